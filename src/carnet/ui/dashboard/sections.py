"""What each dashboard panel shows: its table's rows and its chart, from a computed `Dashboard`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from carnet.analytics.clients import PmgSize
from carnet.analytics.common import Money, cents_in
from carnet.analytics.dashboard import Dashboard
from carnet.ui.dashboard import charts
from carnet.ui.dashboard.charts import Colours
from carnet.ui.dashboard.labels import percent, segment_hint, segment_label, size_label
from carnet.ui.dashboard.panel import Panel
from carnet.ui.formatting import currency_symbol, format_money, format_paid
from carnet.ui.labels import stage_label
from carnet.ui.labels_extra import source_label

TOP_REFERRERS = 8  # bars in the referral chart; the table lists them all


def tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def _money(money: Money) -> str:
    return format_paid(money, compact=False)


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
        "revenue": Panel(tr("Revenue"), [tr("Figure"), tr("Amount")], parent, numeric=(1,),
                         chart_name=tr("Revenue chart: paid per month"), file_stem="revenue"),
        "sources": Panel(tr("Sources"), [tr("Source"), tr("Contacts added"), tr("Became clients"), tr("Conversion"),
                                         tr("Revenue")], parent, numeric=(1, 2, 3, 4),
                         chart_name=tr("Sources chart: contacts added and clients per source"), file_stem="sources"),
        "referrals": Panel(tr("Referrals"), [tr("Referrer"), tr("Stage"), tr("Referred"), tr("Became clients"),
                                             tr("Revenue")], parent, numeric=(2, 3, 4),
                           chart_name=tr("Referrals chart: revenue per referrer"), file_stem="referrals"),
        "rfm": Panel(tr("Client segments (RFM)"), [tr("Segment"), tr("Clients"), tr("Share"), tr("Revenue"),
                                                   tr("Who they are")], parent, numeric=(1, 2, 3),
                     chart_name=tr("Segments chart: clients per segment; click a bar to show them on the board"),
                     file_stem="segments"),
        "pmg": Panel(tr("Client size (last 12 months)"), [tr("Size"), tr("Clients"), tr("Revenue"),
                                                          tr("Share of revenue"), tr("From")], parent,
                     numeric=(1, 2, 3, 4), chart_name=tr("Client size chart: share of revenue per size"),
                     file_stem="client-size"),
    }


def show(panels: dict[str, Panel], dashboard: Dashboard, colours: Colours) -> None:
    """Fill every panel from ``dashboard``."""
    _funnel(panels["funnel"], dashboard, colours)
    _revenue(panels["revenue"], dashboard, colours)
    _sources(panels["sources"], dashboard, colours)
    _referrals(panels["referrals"], dashboard, colours)
    _rfm(panels["rfm"], dashboard, colours)
    _pmg(panels["pmg"], dashboard, colours)


def _funnel(panel: Panel, dashboard: Dashboard, colours: Colours) -> None:
    steps = dashboard.funnel
    panel.set_rows([[stage_label(s.stage), _count(s.now), _count(s.entered),
                     "" if s.went_further is None else _count(s.went_further), percent(s.conversion),
                     _days(s.median_days)] for s in steps])
    archived = tr("Now: contacts in each column (%1 archived left out). Entered: during the period; went further: "
                  "reached any later stage since. Median days: stays in the stage that ended during the period."
                  ).replace("%1", _count(dashboard.archived))
    panel.set_note(archived)
    assert panel.chart is not None
    charts.draw_funnel(panel.chart, colours, [stage_label(s.stage) for s in steps], [s.now for s in steps])


def _month_name(year: int, month: int) -> str:
    return f"{QLocale().standaloneMonthName(month)} {year}"


def _revenue(panel: Panel, dashboard: Dashboard, colours: Colours) -> None:
    summary, currency = dashboard.revenue, dashboard.currency
    panel.set_rows([
        [tr("Paid"), _money(summary.total)],
        [tr("Payments"), _count(summary.payments)],
        [tr("Clients who paid"), _count(summary.clients)],
        [tr("Average payment"), _money(summary.average_payment)],
        [tr("Revenue per client"), _money(summary.per_client)],
        [tr("Quoted, not paid yet"), _money(summary.quoted)],
        [tr("Invoiced, not paid yet"), _money(summary.invoiced)],
        [tr("Pipeline (quoted and invoiced)"), _money(summary.pipeline)],
        # The chart's months, in every currency, newest first: the table (and its CSV) has all the figures.
        *([tr("Paid in %1").replace("%1", _month_name(*month.month)), _money(month.paid)]
          for month in reversed(summary.by_month)),
    ])
    months = summary.by_month
    values = [cents_in(month.paid, currency) / 100 for month in months]
    thousands = max(values, default=0) >= 10_000
    # "11/25": short enough for thirteen months side by side in a half-width panel, and unique (a category
    # axis needs unique labels: "Nov" would come twice in the last 12 months).
    labels = [f"{m:02d}/{y % 100:02d}" for (y, m) in (month.month for month in months)]
    title = (tr("thousands of %1") if thousands else "%1").replace("%1", currency_symbol(currency))
    assert panel.chart is not None
    charts.draw_columns(panel.chart, colours, labels, [v / 1000 for v in values] if thousands else values, title)
    panel.set_note(tr("Pipeline: quotes and invoices of the period still open, archived contacts left out."))


def _sources(panel: Panel, dashboard: Dashboard, colours: Colours) -> None:
    rows = dashboard.sources
    names = [tr("No source") if r.source is None else source_label(r.source) for r in rows]
    panel.set_rows([[name, _count(r.contacts), _count(r.became_clients), percent(r.conversion), _money(r.revenue)]
                    for name, r in zip(names, rows, strict=True)])
    panel.set_note(tr("Contacts added during the period, how many have paid since, and what every contact from "
                      "the source paid during the period."))
    assert panel.chart is not None
    charts.draw_bars(panel.chart, colours, names, [(tr("Contacts added"), [r.contacts for r in rows]),
                                                   (tr("Became clients"), [r.became_clients for r in rows])])


def _referrals(panel: Panel, dashboard: Dashboard, colours: Colours) -> None:
    loop, currency = dashboard.referrals, dashboard.currency
    panel.set_rows([[r.name, stage_label(r.stage) if r.stage else "", _count(r.referred), _count(r.became_clients),
                     _money(r.revenue)] for r in loop.referrers])
    share = loop.share(currency)
    panel.set_note(tr("%1 of the revenue in %2 came from referred contacts.").replace(
        "%1", percent(share or 0.0)).replace("%2", currency_symbol(currency)))
    top = [r for r in loop.referrers[:TOP_REFERRERS] if cents_in(r.revenue, currency)]
    assert panel.chart is not None
    charts.draw_bars(panel.chart, colours, [r.name for r in top],
                     [(tr("Revenue"), [round(cents_in(r.revenue, currency) / 100) for r in top])])


def _rfm(panel: Panel, dashboard: Dashboard, colours: Colours) -> None:
    segments = dashboard.rfm.segments
    clients = sum(s.clients for s in segments)
    panel.set_rows(
        [[segment_label(s.segment), _count(s.clients), percent(s.clients / clients if clients else None),
          _money(s.revenue), segment_hint(s.segment)] for s in segments],
        ids=[s.contact_ids for s in segments],
        tooltips=[tr("Double-click or press Enter to show these clients on the board")] * len(segments),
    )
    panel.set_note(tr("Clients who paid during the period, scored 1–5 on recency, frequency and amount. "
                      "Click a bar or a row to show its clients on the board."))
    assert panel.chart is not None
    panel.chart_series = charts.draw_bars(panel.chart, colours, [segment_label(s.segment) for s in segments],
                                          [(tr("Clients"), [s.clients for s in segments])])


def _pmg(panel: Panel, dashboard: Dashboard, colours: Colours) -> None:
    result, currency = dashboard.pmg, dashboard.currency
    thresholds = result.thresholds
    starts = {PmgSize.SMALL: 0, PmgSize.MEDIUM: thresholds.medium_from if thresholds else None,
              PmgSize.BIG: thresholds.big_from if thresholds else None}
    panel.set_rows([[size_label(g.size), _count(len(g.contact_ids)), _money(g.revenue),
                     percent(result.share(g, currency)),
                     "" if starts[g.size] is None else format_money(starts[g.size] or 0, currency, compact=True)]
                    for g in reversed(result.groups)])
    how = tr("Thresholds: terciles of your clients (set your own in Preferences).") if result.default_thresholds \
        else tr("Thresholds set in Preferences.")
    panel.set_note(tr("Clients who paid in the last 12 months, whatever the period. %1").replace("%1", how))
    assert panel.chart is not None
    charts.draw_pie(panel.chart, colours, [
        (f"{size_label(g.size)} {percent(result.share(g, currency))}", cents_in(g.revenue, currency) / 100)
        for g in reversed(result.groups)])
