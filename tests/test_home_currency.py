"""The book's home currency (issue 15 item 1): asked once for a book that has none, pre-set from its payments
or the locale, changeable in Preferences, and what a new payment starts in (a contact's own currency first)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from carnet.domain.enums import PaymentStatus, Stage
from carnet.services import ContactDraft, PaymentDraft, create_contact, record_payment
from carnet.services.book import currency_for, home_currency, set_home_currency
from carnet.services.changes import Change
from carnet.storage import Database
from carnet.ui.dialogs.home_currency import locale_currency
from carnet.ui.main_window import MainWindow


@pytest.mark.parametrize(("language", "country", "code"), [
    (QLocale.Language.English, QLocale.Country.UnitedKingdom, "GBP"),
    (QLocale.Language.English, QLocale.Country.UnitedStates, "USD"),
    (QLocale.Language.French, QLocale.Country.France, "EUR"),
    (QLocale.Language.French, QLocale.Country.Switzerland, "CHF"),
])
def test_the_suggestion_follows_the_locale(language: QLocale.Language, country: QLocale.Country, code: str) -> None:
    assert locale_currency(QLocale(language, country)) == code


def test_a_new_payment_starts_in_the_contacts_currency_else_the_books(db: Database) -> None:
    set_home_currency(db, "EUR")
    swiss = create_contact(db, ContactDraft(display_name="Uhren AG", stage=Stage.PROSPECT)).id
    other = create_contact(db, ContactDraft(display_name="Zoé", stage=Stage.PROSPECT)).id
    record_payment(db, swiss, PaymentDraft(90_000, PaymentStatus.QUOTED, currency="CHF"))
    assert currency_for(db, swiss) == "CHF"
    assert currency_for(db, other) == "EUR"
    set_home_currency(db, "GBP")
    assert currency_for(db, other) == "GBP"


def test_a_book_without_one_is_asked_once(qtbot: QtBot, db: Database) -> None:
    contact = create_contact(db, ContactDraft(display_name="Zoé", stage=Stage.PROSPECT)).id
    record_payment(db, contact, PaymentDraft(90_000, PaymentStatus.QUOTED, currency="CHF"))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.ask_home_currency_once()
    dialog = window.pending_dialog
    assert type(dialog).__name__ == "HomeCurrencyDialog"
    assert dialog.currency_combo.currentText() == "CHF"  # what the book's payments are in
    dialog.currency_combo.setCurrentText("eur")
    dialog.ok_button.click()
    assert home_currency(db) == "EUR"
    window.pending_dialog = None
    window.ask_home_currency_once()
    assert window.pending_dialog is None  # asked once


def test_preferences_change_it(qtbot: QtBot, db: Database) -> None:
    from carnet.ui.dialogs.preferences import PreferencesDialog

    set_home_currency(db, "EUR")
    dialog = PreferencesDialog(database=db)
    qtbot.addWidget(dialog)
    assert dialog.currency_combo is not None and dialog.currency_combo.currentText() == "EUR"
    dialog.currency_combo.setCurrentText("US")
    assert not dialog.ok_button.isEnabled()  # not a currency code yet
    dialog.currency_combo.setCurrentText("USD")
    dialog.accept()
    assert home_currency(db) == "USD"


def test_the_board_shows_the_home_currency_first(qtbot: QtBot, db: Database) -> None:
    from carnet.ui.formatting import home_currency as shown_first

    set_home_currency(db, "CHF")
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert shown_first() == "CHF"
    window.ask_home_currency_once()  # a book with one is not asked
    assert window.pending_dialog is None
    from carnet.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(window, database=db)
    dialog.currency_combo.setCurrentText("USD")
    dialog.accept()
    window.changes.notify(Change.whole_book())  # what show_preferences does after saving
    assert shown_first() == "USD"
    set_home_currency(db, "EUR")
    window.follow_home_currency()
    assert shown_first() == "EUR"
