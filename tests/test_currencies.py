"""Nothing is ever added across currencies (issue 15 items 2 and 3), on a book kept in three.

The book's home currency is EUR; some clients pay in USD or CHF. Every figure below is worked out by hand
in the comments, and chosen so that adding the currencies together would give another answer: RFM's
amount score, PMG's sizes, the board's badge, To do's order, the referrers' and the gift list's order.
The second half shows the same money in the interface, in English and in French.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCharts import QValueAxis
from PySide6.QtCore import QLocale
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QListView
from pytestqt.qtbot import QtBot

from carnet.analytics.clients import PmgSize, PmgThresholds, Segment, tercile_thresholds
from carnet.analytics.common import Period
from carnet.analytics.dashboard import Dashboard, compute_dashboard
from carnet.domain.enums import PaymentStatus, Source, Stage, Temperature
from carnet.domain.models import DEFAULT_CURRENCY, Contact, Payment
from carnet.services import reports
from carnet.services.board_read import Card, _paid_by_contact, board_cards
from carnet.services.book import home_currency_or_default, set_home_currency
from carnet.services.dashboard_read import dashboard_rows
from carnet.storage import Database
from carnet.storage.sql import board as board_sql
from carnet.ui import formatting
from carnet.ui.board.card_delegate import CardDelegate
from carnet.ui.board.column import StageColumn
from carnet.ui.board.model import BoardModel, CardRole
from carnet.ui.board.stage_proxy import StageProxy
from carnet.ui.contact_panel import ContactPanel
from carnet.ui.dashboard import DashboardTab
from carnet.ui.dashboard.charts import BarLabels, money_label_format
from carnet.ui.formatting import format_money, format_paid, paid_text
from carnet.ui.todo_view import SHORT_TEXT_ROLE, TodoModel, TodoView

PAID, QUOTED, INVOICED = PaymentStatus.PAID, PaymentStatus.QUOTED, PaymentStatus.INVOICED
YEAR_2025 = Period(date(2025, 1, 1), date(2025, 12, 31))
END_2025 = date(2025, 12, 31)  # the dashboard's today: the last 12 months are 2025 exactly
ADA, BEN, CARLA, DAN, EVE, RUTH = range(1, 7)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)


def spaced(text: str) -> str:
    """Qt writes French groups and the symbol with a narrow or a plain no-break space, by version."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def fill(db: Database) -> None:
    """Six contacts, all added in 2025, and their payments:

    ========  ==========  ========  ===================================================  ==============
    contact   stage       source    paid in 2025 (cents)                                 open
    ========  ==========  ========  ===================================================  ==============
    1 Ada     client      website   EUR 100,000 (1 Mar), EUR 50,050 (1 Jun), USD 30,000  EUR 25,000 quote
                                    (1 Jul); referred by Ruth
    2 Ben     client      referral  EUR 20,000 (1 Nov), CHF 400,000 (2 Nov); by Ruth
    3 Carla   ambassador  website   EUR 300,000 (1 Feb)
    4 Dan     client      website   USD 500,000 (1 Dec), USD 100,000 (2 Dec); by Carla   USD 70,000 invoice
    5 Eve     client      referral  CHF 90,000 (1 Oct); referred by Carla                CHF 5,000 quote
    6 Ruth    ambassador  —         EUR 10,000 (15 Jan)
    ========  ==========  ========  ===================================================  ==============
    """
    people = [
        (ADA, "Ada", Stage.CLIENT, Source.WEBSITE, RUTH), (BEN, "Ben", Stage.CLIENT, Source.REFERRAL, RUTH),
        (CARLA, "Carla", Stage.AMBASSADOR, Source.WEBSITE, None), (DAN, "Dan", Stage.CLIENT, Source.WEBSITE, CARLA),
        (EVE, "Eve", Stage.CLIENT, Source.REFERRAL, CARLA), (RUTH, "Ruth", Stage.AMBASSADOR, None, None),
    ]
    payments = [
        (ADA, PAID, "EUR", 100_000, date(2025, 3, 1)), (ADA, PAID, "EUR", 50_050, date(2025, 6, 1)),
        (ADA, PAID, "USD", 30_000, date(2025, 7, 1)), (ADA, QUOTED, "EUR", 25_000, date(2025, 12, 10)),
        (BEN, PAID, "EUR", 20_000, date(2025, 11, 1)), (BEN, PAID, "CHF", 400_000, date(2025, 11, 2)),
        (CARLA, PAID, "EUR", 300_000, date(2025, 2, 1)),
        (DAN, PAID, "USD", 500_000, date(2025, 12, 1)), (DAN, PAID, "USD", 100_000, date(2025, 12, 2)),
        (DAN, INVOICED, "USD", 70_000, date(2025, 12, 15)),
        (EVE, PAID, "CHF", 90_000, date(2025, 10, 1)), (EVE, QUOTED, "CHF", 5_000, date(2025, 12, 20)),
        (RUTH, PAID, "EUR", 10_000, date(2025, 1, 15)),
    ]
    with db.transaction() as session:
        for cid, name, stage, source, _ in people:  # referrers first: the foreign key is checked
            session.add(Contact(id=cid, display_name=name, stage=stage, source=source,
                                created_at=noon(date(2025, 1, 2))))
        session.flush()
        for cid, _, _, _, referrer in people:
            contact = session.get(Contact, cid)
            assert contact is not None
            contact.referred_by_id = referrer
        for cid, status, currency, cents, day in payments:
            session.add(Payment(contact_id=cid, amount_cents=cents, currency=currency, status=status,
                                issued_on=day, paid_on=day if status is PAID else None))
    set_home_currency(db, "EUR")


@pytest.fixture
def book(db: Database) -> Database:
    fill(db)
    return db


def dashboard_of(db: Database) -> Dashboard:
    return compute_dashboard(dashboard_rows(db, END_2025), YEAR_2025)


# --- the home currency ---------------------------------------------------------------------------


def test_the_board_reads_the_home_currency_as_the_book_service_does(db: Database) -> None:
    # `storage.sql.board.HOME_CURRENCY` is the SQL twin of `services.book.home_currency_or_default`.
    def in_sql() -> str:
        return db.reader().execute(f"SELECT {board_sql.HOME_CURRENCY}").fetchone()[0]

    assert (board_sql.DEFAULT_HOME_CURRENCY, board_sql.HOME_CURRENCY_KEY) == (DEFAULT_CURRENCY, "home_currency")
    assert in_sql() == home_currency_or_default(db) == "EUR"  # never set
    set_home_currency(db, "chf")
    assert in_sql() == home_currency_or_default(db) == "CHF"
    assert dashboard_rows(db).home_currency == "CHF"


# --- the dashboard -------------------------------------------------------------------------------


def test_revenue_totals_and_averages_are_per_currency(book: Database) -> None:
    dashboard = dashboard_of(book)
    assert dashboard.currency == "EUR"
    revenue = dashboard.revenue
    # EUR: 100,000 + 50,050 + 20,000 + 300,000 + 10,000 = 480,050 in 5 payments by 4 clients (Ada, Ben, Carla,
    # Ruth); USD: 30,000 + 500,000 + 100,000 = 630,000 in 3 by 2 (Ada, Dan); CHF: 400,000 + 90,000 = 490,000 in
    # 2 by 2 (Ben, Eve). Largest first.
    assert revenue.total == (("USD", 630_000), ("CHF", 490_000), ("EUR", 480_050))
    assert (revenue.payments, revenue.clients) == (10, 6)  # counts of payments and of people: no money added
    # 480,050 / 5 = 96,010; 630,000 / 3 = 210,000; 490,000 / 2 = 245,000 — never 1,600,050 / 10 = 160,005.
    assert revenue.average_payment == (("CHF", 245_000), ("USD", 210_000), ("EUR", 96_010))
    # 480,050 / 4 = 120,012.5, half up; 630,000 / 2; 490,000 / 2.
    assert revenue.per_client == (("USD", 315_000), ("CHF", 245_000), ("EUR", 120_013))
    assert revenue.quoted == (("EUR", 25_000), ("CHF", 5_000))
    assert revenue.invoiced == (("USD", 70_000),)
    assert revenue.pipeline == (("USD", 70_000), ("EUR", 25_000), ("CHF", 5_000))
    months = {month.month: month.paid for month in revenue.by_month}
    assert months[(2025, 11)] == (("CHF", 400_000), ("EUR", 20_000))
    assert months[(2025, 12)] == (("USD", 600_000),)


def test_sources_and_referrals_are_per_currency_and_ranked_by_the_home_one(book: Database) -> None:
    dashboard = dashboard_of(book)
    sources = {row.source: row.revenue for row in dashboard.sources}
    # Website: Ada (EUR 150,050, USD 30,000), Carla (EUR 300,000), Dan (USD 600,000).
    assert sources[Source.WEBSITE] == (("USD", 630_000), ("EUR", 450_050))
    # Referral: Ben (EUR 20,000, CHF 400,000), Eve (CHF 90,000). None: Ruth.
    assert sources[Source.REFERRAL] == (("CHF", 490_000), ("EUR", 20_000))
    assert sources[None] == (("EUR", 10_000),)
    loop = dashboard.referrals
    # Ruth brought EUR 170,050 (Ada's 150,050 and Ben's 20,000), USD 30,000, CHF 400,000; Carla USD 600,000 and
    # CHF 90,000 but no euro. Ruth first: added together, Carla's 690,000 would beat Ruth's 600,050.
    assert [(row.name, row.revenue) for row in loop.referrers] == [
        ("Ruth", (("CHF", 400_000), ("EUR", 170_050), ("USD", 30_000))),
        ("Carla", (("USD", 600_000), ("CHF", 90_000))),
    ]
    assert loop.share("EUR") == pytest.approx(170_050 / 480_050)
    assert loop.share("USD") == pytest.approx(630_000 / 630_000) and loop.share("CHF") == 1.0


def test_rfm_scores_the_home_currencys_payments_only(book: Database) -> None:
    rfm = dashboard_of(book).rfm
    assert rfm.currency == "EUR"
    scores = {score.contact_id: score for score in rfm.scores}
    # Dan and Eve paid no euro: not scored. Four clients: a score is 1 + ⌊5 × (2 × lower + equal) / 8⌋.
    assert set(scores) == {ADA, BEN, CARLA, RUTH}
    # Recency, last euro payment: Ruth 15 Jan < Carla 1 Feb < Ada 1 Jun < Ben 1 Nov → 1, 2, 4, 5.
    # Frequency in euros: Ada 2, the others 1 (Ada's USD payment is not counted) → 5 and 2.
    # Amount in euros: Ruth 10,000 < Ben 20,000 < Ada 150,050 < Carla 300,000 → 1, 2, 4, 5. With Ben's CHF
    # 400,000 added, Ben would be the biggest.
    assert {cid: (s.recency, s.frequency, s.monetary) for cid, s in scores.items()} == {
        ADA: (4, 5, 4), BEN: (5, 2, 2), CARLA: (2, 2, 5), RUTH: (1, 2, 1)}
    # Ada: 213 days from 1 June to 31 December, 2 euro payments, EUR 150,050.
    assert (scores[ADA].days_since, scores[ADA].payments, scores[ADA].paid) == (213, 2, 150_050)
    segments = {row.segment: (row.contact_ids, row.revenue) for row in rfm.segments}
    assert segments[Segment.CHAMPIONS] == ((ADA,), 150_050)
    assert segments[Segment.POTENTIAL_LOYALISTS] == ((BEN,), 20_000)
    assert segments[Segment.HIBERNATING] == ((CARLA, RUTH), 310_000)


def test_pmg_sizes_by_the_home_currency_only_and_the_board_agrees(book: Database) -> None:
    pmg = dashboard_of(book).pmg
    assert pmg.currency == "EUR"
    # Euro cents over 2025: Ruth 10,000, Ben 20,000, Ada 150,050, Carla 300,000 (Dan and Eve: none). Terciles
    # of four: medium from the third value, big from the fourth.
    assert pmg.thresholds == PmgThresholds(150_050, 300_000)
    groups = {group.size: (group.contact_ids, group.revenue) for group in pmg.groups}
    # Ben's CHF 400,000 added would make him big.
    assert groups == {PmgSize.SMALL: ((BEN, RUTH), 30_000), PmgSize.MEDIUM: ((ADA,), 150_050),
                      PmgSize.BIG: ((CARLA,), 300_000)}
    assert pmg.total == 480_050 and pmg.share(pmg.groups[0]) == pytest.approx(30_000 / 480_050)
    # The board's badge (`Card.recent_paid`) is sized by the same euro cents over the 12 months to the same day,
    # so its terciles are the dashboard's; Dan and Eve, who paid in USD or CHF only, have no size.
    _, recent = _paid_by_contact(book.reader(), None, END_2025)
    assert recent == {ADA: 150_050, BEN: 20_000, CARLA: 300_000, RUTH: 10_000}
    assert tercile_thresholds(recent.values()) == pmg.thresholds


def test_the_board_sizes_by_the_home_currency_it_reads(db: Database) -> None:
    today = date.today()
    with db.transaction() as session:
        for cid in (1, 2):
            session.add(Contact(id=cid, display_name=f"Client {cid}", stage=Stage.CLIENT))
        session.flush()
        for cid, currency, cents in ((1, "EUR", 100_000), (1, "USD", 20_000), (2, "USD", 70_000)):
            session.add(Payment(contact_id=cid, amount_cents=cents, currency=currency, status=PAID, paid_on=today))
    assert {c.id: c.recent_paid for c in board_cards(db)} == {1: 100_000, 2: 0}  # EUR, never set
    set_home_currency(db, "USD")
    assert {c.id: c.recent_paid for c in board_cards(db)} == {1: 20_000, 2: 70_000}
    assert {c.id: c.paid for c in board_cards(db)} == {1: (("EUR", 100_000), ("USD", 20_000)), 2: (("USD", 70_000),)}


# --- reports -------------------------------------------------------------------------------------


def test_todo_value_is_per_currency_and_ranked_by_the_home_one(book: Database) -> None:
    rows = reports.todo_today(book, date(2026, 6, 15))  # everyone has gone quiet by then
    # Paid plus open, all time: Carla EUR 300,000; Ada EUR 175,050 (150,050 + the 25,000 quote) and USD 30,000;
    # Ben EUR 20,000 and CHF 400,000; Ruth EUR 10,000; Dan USD 670,000 (600,000 + the 70,000 invoice); Eve CHF
    # 95,000. Ranked by euros; Dan and Eve (none) by silence: Eve's last contact is 1 October (a quote is not
    # one), Dan's his invoice of 15 December. Added together, Dan would come first and Ben second.
    assert [(row.display_name, row.value, row.home_value_cents) for row in rows] == [
        ("Carla", (("EUR", 300_000),), 300_000),
        ("Ada", (("EUR", 175_050), ("USD", 30_000)), 175_050),
        ("Ben", (("CHF", 400_000), ("EUR", 20_000)), 20_000),
        ("Ruth", (("EUR", 10_000),), 10_000),
        ("Eve", (("CHF", 95_000),), 0),
        ("Dan", (("USD", 670_000),), 0),
    ]


def test_referral_revenue_is_per_currency(book: Database) -> None:
    stats = reports.referral_stats(book, RUTH)
    assert [(c.display_name, c.paid) for c in stats.referred] == [
        ("Ada", (("EUR", 150_050), ("USD", 30_000))), ("Ben", (("CHF", 400_000), ("EUR", 20_000)))]
    assert stats.became_clients == 2
    assert stats.revenue == (("CHF", 400_000), ("EUR", 170_050), ("USD", 30_000))
    # The year-end list ranks its ambassadors by this year's referral revenue in euros: Ruth (170,050) before
    # Carla (none; USD 600,000 and CHF 90,000 added would put her first).
    gifts = reports.gift_list(book, 2025)
    assert [(row.display_name, row.referral_revenue_this_year) for row in gifts] == [
        ("Ruth", (("CHF", 400_000), ("EUR", 170_050), ("USD", 30_000))),
        ("Carla", (("USD", 600_000), ("CHF", 90_000))),
    ]


def test_another_home_currency_changes_what_is_scored(book: Database) -> None:
    set_home_currency(book, "USD")
    dashboard = dashboard_of(book)
    assert dashboard.currency == "USD"
    # Dollars only: Ada 30,000 (1 Jul), Dan 600,000 (1 and 2 Dec, two payments).
    assert {s.contact_id: (s.payments, s.paid) for s in dashboard.rfm.scores} == {ADA: (1, 30_000), DAN: (2, 600_000)}
    assert dashboard.pmg.total == 630_000
    assert [row.name for row in dashboard.referrals.referrers] == ["Carla", "Ruth"]  # USD 600,000 against 30,000
    assert [row.display_name for row in reports.todo_today(book, date(2026, 6, 15))][:2] == ["Dan", "Ada"]


# --- the interface, in English and in French -----------------------------------------------------


@pytest.fixture(params=[ENGLISH, FRENCH], ids=["en_US", "fr_FR"])
def locale(request: pytest.FixtureRequest) -> Iterator[QLocale]:
    previous = QLocale()
    QLocale.setDefault(request.param)
    try:
        yield request.param
    finally:
        QLocale.setDefault(previous)
        formatting.set_home_currency("EUR")


def test_money_keeps_its_cents_and_the_locales_grouping(locale: QLocale) -> None:
    french = locale == FRENCH
    assert spaced(format_money(150_050, "EUR", compact=True)) == ("1 500,50 €" if french else "€1,500.50")
    assert spaced(format_money(150_000, "EUR", compact=True)) == ("1 500 €" if french else "€1,500")
    assert spaced(format_money(12_345_678, "USD")) == ("123 456,78 $" if french else "$123,456.78")
    # The home currency first, whatever the order given (largest first), the others beside it: never "+".
    paid = (("USD", 423_990), ("CHF", 419_647), ("EUR", 393_997))
    assert spaced(format_paid(paid, compact=False)) == (
        "3 939,97 € · also 4 239,90 $, 4 196,47 CHF" if french else "€3,939.97 · also $4,239.90, CHF 4,196.47")
    assert spaced(paid_text(paid, compact=False).short) == ("3 939,97 € · …" if french else "€3,939.97 · …")
    formatting.set_home_currency("CHF")
    assert spaced(format_paid(paid)).startswith("4 196,47 CHF · also" if french else "CHF 4,196.47 · also")
    assert format_paid((("USD", 100),), compact=False) == format_money(100, "USD")  # no home figure: the others


def test_a_card_shows_its_cents(qtbot: QtBot, locale: QLocale) -> None:
    delegate = CardDelegate()
    assert spaced(delegate._paid_text((("EUR", 150_050),))) == (
        "1 500,50 €" if locale == FRENCH else "€1,500.50")
    assert spaced(delegate._paid_text((("EUR", 150_000),))) == ("1 500 €" if locale == FRENCH else "€1,500")


def client_card(card_id: int, paid: tuple[tuple[str, int], ...]) -> Card:
    return Card(card_id, f"Client {card_id}", "", "", "", Stage.CLIENT, float(card_id), Temperature.WARM, None,
                None, None, date(2025, 1, 1), paid)


def test_a_narrow_header_shows_the_home_figure_and_the_rest_in_its_tooltip(qtbot: QtBot, locale: QLocale) -> None:
    model = BoardModel()
    model.set_cards([client_card(1, (("USD", 4_523_990), ("EUR", 14_910_050))), client_card(2, (("CHF", 419_647),))])
    column = StageColumn(StageProxy(model, Stage.CLIENT))
    qtbot.addWidget(column)
    column.resize(160, 400)
    column.show()
    qtbot.waitExposed(column)
    label = column.revenue_label
    # The words are the source's (no catalogue is installed in the tests); the numbers are the locale's.
    if locale == FRENCH:
        home, others = "149 100,50 €", "45 239,90 $, 4 196,47 CHF"
    else:
        home, others = "€149,100.50", "$45,239.90, CHF 4,196.47"
    whole = f"{home} paid · also {others}"
    assert spaced(label.full_text()) == whole
    assert spaced(label.text()) == f"{home} paid · …"  # the home figure whole, never "€149,100.(…"
    assert f"{home} · also {others}" in spaced(label.toolTip())
    column.resize(360, 400)  # wide enough: the whole line
    qtbot.waitUntil(lambda: spaced(label.text()) == whole)


def test_to_do_shows_each_currency_and_gives_up_the_others_before_a_figure(
    qtbot: QtBot, book: Database, locale: QLocale
) -> None:
    view = TodoView(book, today=lambda: date(2026, 6, 15))
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    qtbot.waitExposed(view)
    model = view.model
    ben = next(row for row in range(model.rowCount()) if model.row_at(row).contact_id == BEN)
    value = model.index(ben, TodoModel.VALUE)
    expected = "200,00 € · also 4 000,00 CHF" if locale == FRENCH else "€200.00 · also CHF 4,000.00"
    assert spaced(value.data()) == expected and spaced(value.data(SHORT_TEXT_ROLE)) == expected.split(" · ")[0] + " · …"
    header = view.table.horizontalHeader()
    assert header.sectionSize(TodoModel.VALUE) >= view.table.fontMetrics().horizontalAdvance(value.data())
    view.table.setFixedWidth(420)  # too narrow: names and reasons go first, then the other currencies
    qtbot.waitUntil(lambda: view.table.viewport().width() < 420)
    view.table.fit_columns()
    short = value.data(SHORT_TEXT_ROLE)
    assert header.sectionSize(TodoModel.VALUE) >= view.table.fontMetrics().horizontalAdvance(short)


def test_the_dashboard_shows_money_whole(qtbot: QtBot, book: Database, locale: QLocale) -> None:
    tab = DashboardTab(book, today=lambda: END_2025)
    qtbot.addWidget(tab)
    tab.resize(1300, 900)
    tab.show()
    qtbot.waitExposed(tab)
    french = locale == FRENCH
    revenue = tab.panels["revenue"].model
    rows = {revenue.index(row, 0).data(): revenue.index(row, 1) for row in range(revenue.rowCount())}
    average = rows["Average payment"]
    # Each currency's own average, the home one first: never a mix, never "+".
    assert spaced(average.data()) == ("960,10 € · also 2 450,00 CHF, 2 100,00 $" if french
                                      else "€960.10 · also CHF 2,450.00, $2,100.00")
    # Every money cell is at least as wide as its home figure: nothing is cut mid-figure.
    for panel in tab.panels.values():
        table = panel.table
        for column in table.shortened:
            for row in range(panel.model.rowCount()):
                index = panel.model.index(row, column)
                short = index.data(SHORT_TEXT_ROLE) or index.data()
                assert table.horizontalHeader().sectionSize(column) >= table.fontMetrics().horizontalAdvance(short)
    # The revenue chart's axis writes money in the home currency, the locale's way.
    assert spaced(money_label_format("EUR")) == ("%.0f €" if french else "€%.0f")
    (axis,) = [axis for axis in tab.panels["revenue"].chart.chart().axes() if isinstance(axis, QValueAxis)]
    assert axis.labelFormat() == money_label_format("EUR")
    assert tab.panels["revenue"].chart.chart().localizeNumbers()  # the locale's grouping: "€3,000", "3 000 €"
    # The referrals' bars are labelled as money: Ruth's EUR 170,050 cents, with their grouping and symbol.
    chart = tab.panels["referrals"].chart.chart()
    labels = [item.text() for item in chart.childItems() if isinstance(item, QGraphicsSimpleTextItem)]
    assert [spaced(text) for text in labels] == ["1 700,50 €" if french else "€1,700.50"]
    assert any(isinstance(child, BarLabels) for child in chart.children())
    # RFM and PMG say whose payments they read.
    assert "EUR" in tab.panels["rfm"].note.text() and "EUR" in tab.panels["pmg"].note.text()


def test_the_contact_panel_lists_referral_revenue_per_currency(qtbot: QtBot, book: Database, locale: QLocale) -> None:
    panel = ContactPanel(book)
    qtbot.addWidget(panel)
    panel.resize(360, 900)
    panel.show()
    panel.show_contact(RUTH)
    # Ada's and Ben's payments, all time: EUR 170,050, CHF 400,000, USD 30,000 cents; the home currency first.
    assert spaced(panel.referral_labels["revenue"].text()) == (
        "1 700,50 € · also 4 000,00 CHF, 300,00 $" if locale == FRENCH else "€1,700.50 · also CHF 4,000.00, $300.00")


def test_a_narrow_card_keeps_the_home_figure_whole(qtbot: QtBot, locale: QLocale) -> None:
    delegate = CardDelegate()
    paid = (("USD", 4_523_990), ("EUR", 150_050), ("CHF", 419_647))
    total = delegate._paid_text(paid)
    assert spaced(total.short) == ("1 500,50 € · …" if locale == FRENCH else "€1,500.50 · …")
    # Painted on a card too narrow for the whole line: the short form, whose figure keeps its cents.
    view = QListView()
    qtbot.addWidget(view)
    model = QStandardItemModel()
    item = QStandardItem("Client 1")
    item.setData(client_card(1, paid), CardRole.CARD)
    model.appendRow(item)
    view.setModel(model)
    view.setItemDelegate(delegate)
    view.resize(220, 120)
    view.show()
    qtbot.waitExposed(view)
    view.grab()  # paints every card
    drawn = {text for (text, _slot, _width) in _all_texts(delegate)}
    assert total.short in drawn  # laid out only when the whole line was measured too wide and dropped


def _all_texts(delegate: CardDelegate) -> set[tuple[str, int, float]]:
    """Every text the delegate laid out (its cache, across fonts)."""
    return {key for fonts in delegate._fonts_by_key.values() for key in fonts.texts}
