"""What each dashboard panel shows: its table's rows and its chart, from a computed `Dashboard`.

Money is per currency and never added across currencies (SPEC §2): a cell shows the home currency's
figure first and the others beside it ("€862,090 · also $45,900", `formatting.paid_text`), and gives up
the others ("€862,090 · …") rather than a digit where its column is narrow. Charts draw the home currency;
RFM and PMG read only its payments, and their notes say so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from carnet.analytics.clients import PmgSize
from carnet.analytics.common import Money, cents_in
from carnet.analytics.dashboard import Dashboard
from carnet.ui.dashboard import charts
from carnet.ui.dashboard.charts import Colours

__all__ = ["Colours", "Content", "contents", "draw", "make_panels", "show"]
from carnet.ui.dashboard.labels import percent, segment_hint, segment_label, size_label
from carnet.ui.dashboard.panel import Panel
from carnet.ui.formatting import PaidText, format_money, paid_text
from carnet.ui.labels import stage_label
from carnet.ui.labels_extra import source_label

TOP_REFERRERS = 8  # bars in the referral chart; the table lists them all


def tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def _money(money: Money, home: str) -> PaidText:
    """Amounts per currency, the ``home`` one first, with their cents."""
    return paid_text(money, compact=False, home=home)


def _cents(cents: int, currency: str) -> str:
    """One amount (RFM and PMG hold the home currency's only), "" for none: an empty segment shows no €0."""
    return format_money(cents, currency) if cents else ""


def _count(number: int) -> str:
    return QLocale().toString(number)


def _days(days: float | None) -> str:
    if days is None:
        return ""
    return QLocale().toString(days, "f", 1 if days % 1 else 0)


def make_panels(parent: QWidget) -> dict[str, Panel]:
    """The six panels, in reading order (two per row)."""
    return {
        "funnel": Panel(tr("Funnel"), [tr("Stage"), tr("Now"), tr("Entered"), tr("Went further"),
                                        tr("Rate"), tr("Median days")], parent,
                        numeric=(1, 2, 3, 4, 5), chart_name=tr("Funnel chart: contacts per stage"),
                        file_stem="funnel"),
        "revenue": Panel(tr("Revenue"), [tr("Figure"), tr("Amount")], parent, numeric=(1,), money=(1,),
                         chart_name=tr("Revenue chart: paid per month"), file_stem="revenue"),
        "sources": Panel(tr("Sources"), [tr("Source"), tr("Contacts added"), tr("Became clients"), tr("Conversion"),
                                         tr("Revenue")], parent, numeric=(1, 2, 3, 4), money=(4,),
                         chart_name=tr("Sources chart: contacts added and clients per source"), file_stem="sources"),
        "referrals": Panel(tr("Referrals"), [tr("Referrer"), tr("Stage"), tr("Referred"), tr("Became clients"),
                                             tr("Revenue")], parent, numeric=(2, 3, 4), money=(4,),
                           chart_name=tr("Referrals chart: revenue per referrer"), file_stem="referrals"),
        "rfm": Panel(tr("Client segments (RFM)"), [tr("Segment"), tr("Clients"), tr("Share"), tr("Revenue"),
                                                   tr("Who they are")], parent, numeric=(1, 2, 3), money=(3,),
                     chart_name=tr("Segments chart: clients per segment; click a bar to show them on the board"),
                     file_stem="segments"),
        "pmg": Panel(tr("Client size (last 12 months)"), [tr("Size"), tr("Clients"), tr("Revenue"),
                                                          tr("Share of revenue"), tr("From")], parent,
                     numeric=(1, 2, 3, 4), money=(2, 4),
                     chart_name=tr("Client size chart: share of revenue per size"), file_stem="client-size"),
    }


@dataclass(frozen=True, slots=True)
class Content:
    """What one panel shows, made from a `Dashboard` on the reader thread (texts are formatted there, not on the
    window's thread): its table's rows, the contacts behind them, their tooltips, its note, and its chart as
    the name of a `charts` function and its arguments (comparable: a panel whose content is the same as shown
    is not drawn again)."""

    rows: tuple[tuple[str, ...], ...]
    note: str
    chart: tuple[str, tuple[object, ...], tuple[tuple[str, object], ...]]
    ids: tuple[tuple[int, ...], ...] = ()
    tooltips: tuple[str, ...] = ()


# What each panel's content is made from: a panel whose figures are those of the last content is not made again.
_MADE_FROM = {"funnel": ("funnel", "archived"), "revenue": ("revenue", "currency"),
              "sources": ("sources", "currency"), "referrals": ("referrals", "currency"), "rfm": ("rfm",),
              "pmg": ("pmg",)}


def contents(dashboard: Dashboard, previous: tuple[Dashboard, dict[str, Content]] | None = None) -> dict[str, Content]:
    """Every panel's content, by the panel's key (as `make_panels`); safe on any thread (no widget). A panel
    whose figures are those of ``previous`` (the dashboard last shown and its contents) keeps its content."""
    makers: dict[str, Callable[[Dashboard], Content]] = {
        "funnel": _funnel, "revenue": _revenue, "sources": _sources, "referrals": _referrals, "rfm": _rfm,
        "pmg": _pmg}
    made = {}
    for key, make in makers.items():
        if previous is not None and key in previous[1] and all(
                getattr(dashboard, name) is getattr(previous[0], name) or
                getattr(dashboard, name) == getattr(previous[0], name) for name in _MADE_FROM[key]):
            made[key] = previous[1][key]
        else:
            made[key] = make(dashboard)
    return made


def draw(panel: Panel, content: Content, colours: Colours) -> None:
    """Show ``content`` in ``panel``: here, on the window's thread."""
    panel.set_rows(content.rows, content.ids, content.tooltips)
    panel.set_note(content.note)
    assert panel.chart is not None
    name, args, options = content.chart
    drawn = getattr(charts, name)(panel.chart, colours, *args, **dict(options))
    if name == "draw_bars":
        panel.chart_series = drawn


def show(panels: dict[str, Panel], dashboard: Dashboard, colours: Colours) -> None:
    """Fill every panel from ``dashboard``."""
    for key, content in contents(dashboard).items():
        draw(panels[key], content, colours)


def _rows(rows: Iterable[Iterable[str]]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(row) for row in rows)


def _funnel(dashboard: Dashboard) -> Content:
    steps = dashboard.funnel
    rows = _rows([stage_label(s.stage), _count(s.now), _count(s.entered),
                  "" if s.went_further is None else _count(s.went_further), percent(s.conversion),
                  _days(s.median_days)] for s in steps)
    archived = tr("Now: contacts in each column (%1 archived left out). Entered: during the period; went further: "
                  "reached any later stage since. Median days: stays in the stage that ended during the period."
                  ).replace("%1", _count(dashboard.archived))
    return Content(rows, archived, ("draw_funnel", (tuple(stage_label(s.stage) for s in steps),
                                                    tuple(s.now for s in steps)), ()))


def _month_name(year: int, month: int) -> str:
    return f"{QLocale().standaloneMonthName(month)} {year}"


def _revenue(dashboard: Dashboard) -> Content:
    summary, home = dashboard.revenue, dashboard.currency
    rows = _rows([
        [tr("Paid"), _money(summary.total, home)],
        [tr("Payments"), _count(summary.payments)],
        [tr("Clients who paid"), _count(summary.clients)],
        # Each currency's average over its own payments: "€3,939.97 · also $4,239.90", never one of a mix.
        [tr("Average payment"), _money(summary.average_payment, home)],
        [tr("Revenue per client"), _money(summary.per_client, home)],
        [tr("Quoted, not paid yet"), _money(summary.quoted, home)],
        [tr("Invoiced, not paid yet"), _money(summary.invoiced, home)],
        [tr("Pipeline (quoted and invoiced)"), _money(summary.pipeline, home)],
        # The chart's months, in every currency, newest first: the table (and its CSV) has all the figures.
        *([tr("Paid in %1").replace("%1", _month_name(*month.month)), _money(month.paid, home)]
          for month in reversed(summary.by_month)),
    ])
    months = summary.by_month
    values = tuple(cents_in(month.paid, home) / 100 for month in months)
    # "11/25": short enough for thirteen months side by side in a half-width panel, and unique (a category
    # axis needs unique labels: "Nov" would come twice in the last 12 months).
    labels = tuple(f"{m:02d}/{y % 100:02d}" for (y, m) in (month.month for month in months))
    note = tr("Pipeline: quotes and invoices of the period still open, archived contacts left out. Each "
              "currency has its own totals and averages; the chart shows %1.").replace("%1", home)
    return Content(rows, note, ("draw_columns", (labels, values, tr("Paid"), home), ()))


def _sources(dashboard: Dashboard) -> Content:
    found = dashboard.sources
    names = tuple(tr("No source") if r.source is None else source_label(r.source) for r in found)
    rows = _rows([name, _count(r.contacts), _count(r.became_clients), percent(r.conversion),
                  _money(r.revenue, dashboard.currency)] for name, r in zip(names, found, strict=True))
    note = tr("Contacts added during the period, how many have paid since, and what every contact from the source "
              "paid during the period.")
    sets = ((tr("Contacts added"), tuple(r.contacts for r in found)),
            (tr("Became clients"), tuple(r.became_clients for r in found)))
    return Content(rows, note, ("draw_bars", (names, sets), ()))


def _referrals(dashboard: Dashboard) -> Content:
    loop, home = dashboard.referrals, dashboard.currency
    rows = _rows([r.name, stage_label(r.stage) if r.stage else "", _count(r.referred), _count(r.became_clients),
                  _money(r.revenue, home)] for r in loop.referrers)
    share = loop.share(home)
    note = tr("%1 of the revenue in %2 came from referred contacts.").replace(
        "%1", percent(share or 0.0)).replace("%2", home)
    top = [r for r in loop.referrers[:TOP_REFERRERS] if cents_in(r.revenue, home)]
    chart = ("draw_bars", (tuple(r.name for r in top), ((tr("Revenue"), tuple(cents_in(r.revenue, home) / 100
                                                                               for r in top)),)),
             (("amounts", tuple(format_money(cents_in(r.revenue, home), home) for r in top)), ("currency", home)))
    return Content(rows, note, chart)


def _rfm(dashboard: Dashboard) -> Content:
    segments = dashboard.rfm.segments
    clients = sum(s.clients for s in segments)
    currency = dashboard.rfm.currency
    rows = _rows([segment_label(s.segment), _count(s.clients), percent(s.clients / clients if clients else None),
                  _cents(s.revenue, currency), segment_hint(s.segment)] for s in segments)
    note = tr("Clients who paid in %1 (the home currency) during the period, scored 1–5 on the recency, frequency "
              "and amount of their payments in %1 only: amounts in other currencies cannot be compared with them. "
              "Click a bar or a row to show its clients on the board.").replace("%1", currency)
    chart = ("draw_bars", (tuple(segment_label(s.segment) for s in segments),
                           ((tr("Clients"), tuple(s.clients for s in segments)),)), ())
    return Content(rows, note, chart, ids=tuple(s.contact_ids for s in segments),
                   tooltips=(tr("Double-click or press Enter to show these clients on the board"),) * len(segments))


def _pmg(dashboard: Dashboard) -> Content:
    result = dashboard.pmg
    currency = result.currency
    thresholds = result.thresholds
    starts = {PmgSize.SMALL: 0, PmgSize.MEDIUM: thresholds.medium_from if thresholds else None,
              PmgSize.BIG: thresholds.big_from if thresholds else None}
    rows = _rows([size_label(g.size), _count(len(g.contact_ids)), _cents(g.revenue, currency),
                  percent(result.share(g)),
                  "" if starts[g.size] is None else format_money(starts[g.size] or 0, currency, compact=True)]
                 for g in reversed(result.groups))
    how = tr("Thresholds: terciles of your clients (set your own in Preferences).") if result.default_thresholds \
        else tr("Thresholds set in Preferences.")
    note = tr("Clients who paid in %1 (the home currency) in the last 12 months, whatever the period, sized by "
              "their payments in %1 only. %2").replace("%1", currency).replace("%2", how)
    slices = tuple((f"{size_label(g.size)} {percent(result.share(g))}", g.revenue / 100)
                   for g in reversed(result.groups))
    return Content(rows, note, ("draw_pie", (slices,), ()))
