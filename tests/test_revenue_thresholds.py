"""This year's revenue against the user's ceilings (issue 15 item 6): the figures, the read, Preferences and
the dashboard's panel. Every figure is worked out by hand in the comments."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from carnet.analytics.rows import PaymentRow
from carnet.analytics.thresholds import (
    Ceiling,
    Ceilings,
    Level,
    against_ceilings,
    standing,
    year_revenue,
)
from carnet.domain.enums import PaymentStatus, Stage
from carnet.domain.models import Contact, Payment
from carnet.services.book import set_home_currency
from carnet.services.dashboard_read import dashboard_rows
from carnet.storage import Database
from carnet.ui.dashboard import DashboardTab
from carnet.ui.dashboard.thresholds import CeilingsPanel, whole_percent
from carnet.ui.dialogs.preferences import PreferencesDialog
from carnet.ui.dialogs.revenue_ceilings import (
    KEYS,
    RevenueCeilingsGroup,
    revenue_ceilings_from_settings,
    save_revenue_ceilings,
)
from carnet.ui.formatting import format_money
from carnet.ui.settings import app_settings

PAID, QUOTED = PaymentStatus.PAID, PaymentStatus.QUOTED
TODAY = date(2026, 6, 15)
TURNOVER, VAT = Ceiling.TURNOVER, Ceiling.VAT_FRANCHISE
FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)


def noon(day: date) -> datetime:
    # Midday UTC is the same calendar day in every time zone the tests run in.
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


# --- the pure figures ----------------------------------------------------------------------------


@pytest.mark.parametrize(("revenue", "ceiling", "percent", "level"), [
    (0, 100_000, 0, Level.BELOW),
    (79_999, 100_000, 79, Level.BELOW),  # 79.999 %: not yet
    (80_000, 100_000, 80, Level.NEAR),  # exactly 80 %
    (3_000_000, 3_750_000, 80, Level.NEAR),  # 30,000 of 37,500: 80 % exactly, on integers
    (99_900, 100_000, 99, Level.NEAR),  # 99.9 % reads 99, never a 100 not yet reached
    (99_999, 100_000, 99, Level.NEAR),
    (100_000, 100_000, 100, Level.REACHED),  # exactly the ceiling: reached, not passed
    (100_001, 100_000, 100, Level.PASSED),  # one cent above
    (150_000, 100_000, 150, Level.PASSED),
])
def test_a_standing_against_a_ceiling(revenue: int, ceiling: int, percent: int, level: Level) -> None:
    found = standing(VAT, revenue, ceiling)
    assert found is not None
    assert (found.percent, found.level) == (percent, level)
    assert found.fraction == pytest.approx(revenue / ceiling)


@pytest.mark.parametrize("ceiling", [None, 0, -5])
def test_an_empty_or_zero_ceiling_is_not_set(ceiling: int | None) -> None:
    assert standing(TURNOVER, 50_000, ceiling) is None
    ceilings = Ceilings(ceiling, ceiling, "EUR")
    assert ceilings.amounts() == () and not ceilings.any_set
    revenue = year_revenue([], TODAY, "EUR")
    result = against_ceilings(revenue, ceilings)
    assert result.standings == () and result.level is Level.BELOW and not result.currency_differs


def test_both_ceilings_in_order_and_the_most_urgent_level() -> None:
    # 34,000 paid: 34,000 / 77,700 = 43.7 % of the turnover ceiling; 34,000 / 37,500 = 90.7 % of the VAT one.
    revenue = year_revenue([PaymentRow.make(1, PAID, 3_400_000, date(2026, 3, 1))], TODAY, "EUR")
    result = against_ceilings(revenue, Ceilings(7_770_000, 3_750_000, "EUR"))
    assert [(s.ceiling, s.percent, s.level) for s in result.standings] == [
        (TURNOVER, 43, Level.BELOW), (VAT, 90, Level.NEAR)]
    assert result.level is Level.NEAR
    # Only the VAT threshold set: one bar.
    assert [s.ceiling for s in against_ceilings(revenue, Ceilings(None, 3_750_000, "EUR")).standings] == [VAT]


def test_ceilings_in_another_currency_are_not_compared() -> None:
    revenue = year_revenue([PaymentRow.make(1, PAID, 3_400_000, date(2026, 3, 1), "USD")], TODAY, "USD")
    result = against_ceilings(revenue, Ceilings(7_770_000, 3_750_000, "EUR"))
    assert result.standings == () and result.currency_differs


def test_the_year_counts_paid_payments_of_the_calendar_year_in_the_home_currency() -> None:
    rows = [
        PaymentRow.make(1, PAID, 50_000, date(2025, 12, 31)),  # last year: not counted
        PaymentRow.make(1, PAID, 20_000, date(2026, 1, 1)),  # 1 January: counted
        PaymentRow.make(2, PAID, 30_000, date(2026, 6, 15)),  # today: counted
        PaymentRow.make(2, PAID, 70_000, date(2026, 6, 16)),  # after today: not yet
        PaymentRow.make(3, QUOTED, 90_000, date(2026, 2, 1)),  # a quote is not revenue
        PaymentRow.make(3, PAID, 40_000, date(2026, 2, 1), "USD"),  # listed apart, never added
        PaymentRow.make(3, PAID, 5_000, date(2026, 2, 2), "CHF"),
    ]
    revenue = year_revenue(rows, TODAY, "EUR")
    assert (revenue.year, revenue.cents, revenue.payments) == (2026, 50_000, 2)  # 20,000 + 30,000
    assert revenue.others == (("USD", 40_000), ("CHF", 5_000))


# --- the read, from a book -----------------------------------------------------------------------


def fill(db: Database) -> None:
    """One client's payments around the new year, in a EUR book:

    - EUR 500.00 paid 31 Dec 2025: last year;
    - EUR 200.00 paid 1 Jan 2026 (issued 20 Dec 2025: dated by its payment day): counted;
    - EUR 150.00 paid, no payment day, issued 3 Mar 2026 (dated by its issue day): counted;
    - USD 300.00 paid 1 Feb 2026: listed beside, not added;
    - EUR 900.00 quoted 1 Feb 2026: not revenue.
    This year in EUR: 200 + 150 = 350.00.
    """
    with db.transaction() as session:
        session.add(Contact(id=1, display_name="Zoé Lefèvre", stage=Stage.CLIENT, created_at=noon(date(2025, 1, 2))))
        session.flush()
        for cents, currency, status, issued, paid in [
            (50_000, "EUR", PAID, None, date(2025, 12, 31)),
            (20_000, "EUR", PAID, date(2025, 12, 20), date(2026, 1, 1)),
            (15_000, "EUR", PAID, date(2026, 3, 3), None),
            (30_000, "USD", PAID, None, date(2026, 2, 1)),
            (90_000, "EUR", QUOTED, date(2026, 2, 1), None),
        ]:
            session.add(Payment(contact_id=1, amount_cents=cents, currency=currency, status=status,
                                issued_on=issued, paid_on=paid, created_at=noon(date(2026, 3, 10))))
    set_home_currency(db, "EUR")


def test_the_revenue_read_from_the_book(db: Database) -> None:
    fill(db)
    rows = dashboard_rows(db, TODAY)
    revenue = year_revenue(rows.payments, rows.today, rows.home_currency)
    assert (revenue.currency, revenue.cents, revenue.payments) == ("EUR", 35_000, 2)
    assert revenue.others == (("USD", 30_000),)
    # On 31 December 2025 the year was 2025: only the payment of that day.
    last_year = year_revenue(rows.payments, date(2025, 12, 31), rows.home_currency)
    assert (last_year.year, last_year.cents) == (2025, 50_000)


# --- Preferences ---------------------------------------------------------------------------------


def test_no_ceiling_by_default() -> None:
    assert revenue_ceilings_from_settings() == Ceilings()


def test_ceilings_round_trip_through_preferences(qtbot: QtBot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    group = dialog.ceilings_group
    assert (group.turnover_edit.text(), group.vat_edit.text()) == ("", "")  # empty: Carnet invents no figure
    assert group.turnover_edit.placeholderText() == "Not set"
    group.turnover_edit.setText("77700")
    group.vat_edit.setText("36800.50")
    assert dialog.ok_button.isEnabled()
    dialog.accept()
    assert revenue_ceilings_from_settings() == Ceilings(7_770_000, 3_680_050, "EUR")

    reopened = PreferencesDialog()
    qtbot.addWidget(reopened)
    locale = QLocale()
    whole = f"77{locale.groupSeparator()}700"
    cents = f"36{locale.groupSeparator()}800{locale.decimalPoint()}50"
    assert (reopened.ceilings_group.turnover_edit.text(), reopened.ceilings_group.vat_edit.text()) == (whole, cents)
    reopened.ceilings_group.turnover_edit.clear()  # one ceiling only
    reopened.accept()
    assert revenue_ceilings_from_settings() == Ceilings(None, 3_680_050, "EUR")


def test_restore_defaults_empties_the_ceilings(qtbot: QtBot) -> None:
    save_revenue_ceilings(Ceilings(7_770_000, 3_750_000, "EUR"))
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.ceilings_group.turnover_edit.text()
    dialog.restore_defaults()
    assert (dialog.ceilings_group.turnover_edit.text(), dialog.ceilings_group.vat_edit.text()) == ("", "")
    dialog.accept()
    assert revenue_ceilings_from_settings() == Ceilings()
    settings = app_settings()
    assert not any(settings.contains(key) for key in KEYS.values())


@pytest.mark.parametrize("typed", ["abc", "0", "-500", "12.345", "1 2 3"])
def test_a_bad_amount_disables_save(qtbot: QtBot, typed: str) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    group = dialog.ceilings_group
    group.vat_edit.setText(typed)
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # Enter from the General page: refused, and the Amounts page comes to the front
    assert dialog.tabs.currentWidget().isAncestorOf(group)
    assert group.error_label.isVisibleTo(dialog) and group.error_label.text().startswith("VAT franchise threshold: ")
    assert group.vat_edit.accessibleDescription()
    # The client sizes becoming valid again must not enable Save over the wrong ceiling.
    dialog.pmg_group.medium_edit.setText("1000")
    dialog.pmg_group.medium_edit.clear()
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # Enter or a shortcut: refused, nothing saved
    assert revenue_ceilings_from_settings() == Ceilings()
    group.vat_edit.setText("37500")
    assert dialog.ok_button.isEnabled() and not group.error_label.isVisibleTo(dialog)


def test_amounts_are_read_in_the_locale(qtbot: QtBot) -> None:
    group = RevenueCeilingsGroup(currency="EUR", locale=FRENCH)
    qtbot.addWidget(group)
    group.turnover_edit.setText("77 700")
    group.vat_edit.setText("37 500,50")
    assert group.ceilings() == Ceilings(7_770_000, 3_750_050, "EUR")
    shown = RevenueCeilingsGroup(current=Ceilings(7_770_000, 3_750_050, "EUR"), currency="EUR", locale=FRENCH)
    qtbot.addWidget(shown)
    assert shown.vat_edit.text().replace("\u202f", " ").replace("\u00a0", " ") == "37 500,50"


@pytest.mark.parametrize("garbage", ["lots", "", "0", "-100", "12.5"])
def test_garbage_in_the_settings_is_no_ceiling(garbage: str) -> None:
    settings = app_settings()
    settings.setValue(KEYS[TURNOVER], garbage)
    settings.setValue(KEYS[VAT], 3_750_000)
    settings.setValue("revenue_ceilings/currency", "EUR")
    settings.sync()
    assert revenue_ceilings_from_settings() == Ceilings(None, 3_750_000, "EUR")


# --- the dashboard's panel -----------------------------------------------------------------------


def make_tab(qtbot: QtBot, db: Database, **options) -> DashboardTab:
    tab = DashboardTab(db, today=lambda: TODAY, **options)
    qtbot.addWidget(tab)
    tab.resize(1300, 900)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_the_panel_warns_in_words_at_85_percent(qtbot: QtBot, db: Database) -> None:
    fill(db)  # 350.00 paid this year in EUR; a VAT threshold of 411.76 makes it 85 % (35,000 / 41,176 = 0.85)
    tab = make_tab(qtbot, db, ceilings=lambda: Ceilings(None, 41_176, "EUR"))
    panel = tab.ceilings_panel
    assert panel.title() == "This year's revenue"
    assert panel.warnings() == [f"You have reached {whole_percent(80)} of the VAT franchise threshold."]
    row = panel.rows[VAT]
    assert row.figures.text() == (f"{format_money(35_000, 'EUR', compact=True)} of "
                                  f"{format_money(41_176, 'EUR', compact=True)}: {whole_percent(85)} of the "
                                  "VAT franchise threshold")
    assert row.bar.isVisible() and row.bar.value() == 850  # 35,000 × 1000 // 41,176
    assert row.bar.accessibleName() == "VAT franchise threshold"
    assert not panel.rows[TURNOVER].bar.isVisible() and not panel.hint.isVisible()
    assert panel.summary.text() == f"Paid in 2026 so far, in EUR: {format_money(35_000, 'EUR', compact=True)}."
    # The USD payment is listed beside, never added.
    assert panel.others.isVisible() and format_money(30_000, "USD", compact=True) in panel.others.text()


def test_the_panel_says_when_a_ceiling_is_passed(qtbot: QtBot, db: Database) -> None:
    fill(db)  # 350.00 against a turnover ceiling of 300.00 (passed) and a VAT threshold of 350.00 (reached)
    tab = make_tab(qtbot, db, ceilings=lambda: Ceilings(30_000, 35_000, "EUR"))
    assert tab.ceilings_panel.warnings() == [
        "You have passed the turnover ceiling: check what it means for your VAT and your status.",
        "You have reached the VAT franchise threshold: check what it means for your VAT and your status.",
    ]
    assert tab.ceilings_panel.rows[TURNOVER].bar.value() == 1000  # full, not beyond


def test_without_ceilings_the_panel_says_where_to_set_them(qtbot: QtBot, db: Database) -> None:
    fill(db)
    tab = make_tab(qtbot, db)  # the settings, where nothing is set
    panel = tab.ceilings_panel
    assert panel.hint.isVisible() and "Preferences" in panel.hint.text()
    assert "turnover ceiling and VAT franchise threshold" in panel.hint.text()
    assert not any(row.bar.isVisible() for row in panel.rows.values()) and panel.warnings() == []
    # Set in Preferences: the next refresh (the window's after Preferences) reads them from the settings.
    save_revenue_ceilings(Ceilings(7_770_000, None, "EUR"))
    tab.refresh()
    assert not panel.hint.isVisible() and panel.rows[TURNOVER].bar.isVisible()
    assert panel.rows[TURNOVER].figures.text().endswith(f"{whole_percent(0)} of the turnover ceiling")


def test_ceilings_of_another_currency_say_so(qtbot: QtBot, db: Database) -> None:
    fill(db)
    set_home_currency(db, "USD")
    tab = make_tab(qtbot, db, ceilings=lambda: Ceilings(7_770_000, None, "EUR"))
    panel = tab.ceilings_panel
    assert panel.hint.isVisible() and panel.hint.text().startswith("Your ceilings are in EUR and the home currency "
                                                                   "is USD")
    assert not any(row.bar.isVisible() for row in panel.rows.values())


def test_the_panel_alone_in_french_numbers(qtbot: QtBot) -> None:
    original = QLocale()
    QLocale.setDefault(FRENCH)
    try:
        assert whole_percent(62).replace("\u202f", " ") == "62 %"
        panel = CeilingsPanel()
        qtbot.addWidget(panel)
        revenue = year_revenue([PaymentRow.make(1, PAID, 2_325_000, date(2026, 3, 1))], TODAY, "EUR")
        panel.show_result(against_ceilings(revenue, Ceilings(None, 3_750_000, "EUR")))
        # 23,250 / 37,500 = 62 %
        assert panel.rows[VAT].figures.text().endswith("62\u202f% of the VAT franchise threshold")
    finally:
        QLocale.setDefault(original)
