"""The mark payment, flag ambassador and archive dialogs, driven through their real widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from carnet.domain.enums import ArchiveReason, PaymentStatus
from carnet.domain.errors import InvalidInput
from carnet.services.drafts import PaymentDraft
from carnet.ui.dialogs.archive import ArchiveChoice, ArchiveDialog
from carnet.ui.dialogs.date_field import DateField
from carnet.ui.dialogs.flag_ambassador import AmbassadorDetails, FlagAmbassadorDialog
from carnet.ui.dialogs.mark_payment import MarkPaymentDialog
from carnet.ui.dialogs.validated_form import ERROR_ON_LIGHT, MIN_WIDTH
from dialog_checks import assert_error, assert_fine

ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)


def shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def clear_and_type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget, text)


def step_years(qtbot: QtBot, field: DateField, years: int) -> None:
    """Type the day ``years`` away from the one shown, with the keyboard, as a user would."""
    shown = field.day()
    assert shown is not None
    clear_and_type(qtbot, field, shown.replace(year=shown.year + years).isoformat())


# --- Mark payment -----------------------------------------------------------------------------


@pytest.fixture
def payment(qtbot: QtBot) -> MarkPaymentDialog:
    return shown(qtbot, MarkPaymentDialog("Zoé Lefèvre", locale=ENGLISH))


def test_payment_dialog_explains_itself(payment):
    assert payment.windowTitle() == "Mark payment — Zoé Lefèvre"
    assert "Zoé Lefèvre becomes a client once a payment is recorded as paid." in payment.intro.text()
    assert payment.ok_button.text() == "Save"
    assert payment.width() >= MIN_WIDTH
    assert payment.amount_edit.accessibleName() == "Amount"
    assert payment.paid_edit.accessibleName() == "Paid on"
    assert payment.issued_edit.accessibleName() == "Quoted or invoiced on"
    assert payment.paid_edit.calendar_action in payment.paid_edit.actions()


def test_an_empty_amount_disables_save_without_scolding(payment):
    assert not payment.ok_button.isEnabled()
    assert_fine(payment.amount_error)


def test_a_good_payment(qtbot, payment):
    qtbot.keyClicks(payment.amount_edit, "1,250.50")
    qtbot.keyClicks(payment.description_edit, "  Website redesign ")
    assert payment.ok_button.isEnabled()
    assert_fine(payment.amount_error)
    assert payment.value() == PaymentDraft(
        amount_cents=125_050,
        status=PaymentStatus.PAID,
        currency="EUR",  # the book's currency (none given: the default), never the computer's locale's
        issued_on=None,
        paid_on=date.today(),
        description="Website redesign",
    )


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("abc", "\"abc\" is not an amount (type it like 1,250.50)."),
        ("12.345", "\"12.345\" has more than two decimals"),
        ("1.2.3", "\"1.2.3\" has more than one decimal point"),
        ("0", "The amount must be more than zero."),
        ("-5", "The amount must be more than zero."),
        ("2000000000", "The amount cannot be more than 1,000,000,000.00."),
    ],
)
def test_bad_amounts_are_refused_as_you_type(qtbot, payment, typed, message):
    qtbot.keyClicks(payment.amount_edit, typed)
    assert_error(payment.amount_error, message)
    assert not payment.ok_button.isEnabled()
    with pytest.raises(InvalidInput):
        payment.value()


def test_clearing_the_amount_says_what_to_type(qtbot, payment):
    qtbot.keyClicks(payment.amount_edit, "12")
    assert payment.ok_button.isEnabled()
    clear_and_type(qtbot, payment.amount_edit, "")
    assert_error(payment.amount_error, "Type an amount, such as 1,250.50.")
    assert not payment.ok_button.isEnabled()


def test_enter_on_a_bad_form_does_not_accept(qtbot, payment):
    qtbot.waitUntil(lambda: payment.focusWidget() is payment.amount_edit)  # typing starts in the amount
    qtbot.keyClick(payment.amount_edit, Qt.Key.Key_Return)
    assert payment.isVisible()
    assert payment.result() != QDialog.DialogCode.Accepted
    assert_error(payment.amount_error, "Type an amount")


def test_french_amount(qtbot):
    dialog = shown(qtbot, MarkPaymentDialog("Zoé Lefèvre", locale=FRENCH))
    assert "1\u202f250,50" in dialog.amount_edit.placeholderText()
    qtbot.keyClicks(dialog.amount_edit, "1 250,50")
    assert dialog.ok_button.isEnabled()
    draft = dialog.value()
    assert draft.amount_cents == 125_050
    assert draft.currency == "EUR"


def test_currency_is_checked(qtbot, payment):
    qtbot.keyClicks(payment.amount_edit, "10")
    clear_and_type(qtbot, payment.currency_combo.lineEdit(), "Z1")
    assert_error(payment.currency_error, "\"Z1\" is not a currency code")
    assert not payment.ok_button.isEnabled()
    clear_and_type(qtbot, payment.currency_combo.lineEdit(), "chf")
    assert_fine(payment.currency_error)
    assert payment.ok_button.isEnabled()
    assert payment.value().currency == "CHF"
    assert payment.currency_combo.count() == 5  # a typed code is not added to the list


def test_paid_date_cannot_be_in_the_future(qtbot, payment):
    qtbot.keyClicks(payment.amount_edit, "10")
    step_years(qtbot, payment.paid_edit, 1)
    assert_error(payment.paid_error, "A payment cannot be dated in the future.")
    assert not payment.ok_button.isEnabled()
    step_years(qtbot, payment.paid_edit, -2)
    assert_fine(payment.paid_error)
    assert payment.value().paid_on == date.today().replace(year=date.today().year - 1)


def test_a_quote_has_no_paid_date(qtbot, payment):
    qtbot.keyClicks(payment.amount_edit, "10")
    step_years(qtbot, payment.paid_edit, 1)  # a future payment date no longer matters for a quote
    qtbot.keyClicks(payment.status_combo, "Quoted")
    assert payment.status() is PaymentStatus.QUOTED
    assert not payment.paid_edit.isEnabled()
    assert_fine(payment.paid_error)
    assert payment.ok_button.isEnabled()
    draft = payment.value()
    assert draft.status is PaymentStatus.QUOTED
    assert draft.paid_on is None


def test_quote_date_is_optional_and_before_payment(qtbot, payment):
    qtbot.keyClicks(payment.amount_edit, "10")
    assert not payment.issued_edit.isEnabled()
    qtbot.keyClick(payment.issued_check, Qt.Key.Key_Space)
    assert payment.issued_check.isChecked()
    assert payment.issued_edit.isEnabled()
    assert payment.value().issued_on == date.today()
    step_years(qtbot, payment.issued_edit, 1)
    assert_error(payment.paid_error, "cannot be before the date of the quote or invoice")
    assert not payment.ok_button.isEnabled()
    qtbot.keyClick(payment.issued_check, Qt.Key.Key_Space)  # no quote date after all
    assert_fine(payment.paid_error)
    assert payment.value().issued_on is None


def test_status_argument_preselects_and_dates_the_quote(qtbot):
    dialog = shown(qtbot, MarkPaymentDialog("Atelier Œuvre", locale=ENGLISH, status=PaymentStatus.INVOICED))
    assert dialog.status() is PaymentStatus.INVOICED
    assert dialog.issued_check.isChecked()
    assert not dialog.paid_edit.isEnabled()


def test_errors_are_red(qtbot, payment):
    qtbot.keyClicks(payment.amount_edit, "x")
    colour = payment.amount_error.palette().color(QPalette.ColorRole.WindowText)
    window = payment.palette().color(QPalette.ColorRole.Window)
    assert window.lightness() < 128 or colour == ERROR_ON_LIGHT


# --- Flag ambassador --------------------------------------------------------------------------


@pytest.fixture
def flag(qtbot: QtBot) -> FlagAmbassadorDialog:
    return shown(qtbot, FlagAmbassadorDialog("Zoé Lefèvre"))


def test_flag_ambassador_defaults_to_today(flag):
    assert flag.windowTitle() == "Flag ambassador — Zoé Lefèvre"
    assert flag.ok_button.text() == "Flag"
    assert flag.ok_button.isEnabled()
    assert_fine(flag.since_error)
    assert flag.value() == AmbassadorDetails(since=date.today(), recommends_how="", gift_preferences="")


def test_flag_ambassador_value(qtbot, flag):
    qtbot.keyClicks(flag.recommends_edit, "Mentions me at her business club ")
    qtbot.keyClicks(flag.gifts_edit, " Loves green tea")
    step_years(qtbot, flag.since_edit, -1)
    assert flag.value() == AmbassadorDetails(
        since=date.today().replace(year=date.today().year - 1),
        recommends_how="Mentions me at her business club",
        gift_preferences="Loves green tea",
    )
    assert flag.recommends_edit.accessibleName() == "How they recommend you"


def test_flag_ambassador_since_cannot_be_in_the_future(qtbot, flag):
    step_years(qtbot, flag.since_edit, 1)
    assert_error(flag.since_error, "This date is still to come")
    assert not flag.ok_button.isEnabled()
    with pytest.raises(InvalidInput):
        flag.value()


def test_notes_show_three_lines_and_tab_leaves_them(qtbot, flag):
    qtbot.keyClicks(flag.recommends_edit, "one")
    for line in ("two", "three"):
        qtbot.keyClick(flag.recommends_edit, Qt.Key.Key_Return)
        qtbot.keyClicks(flag.recommends_edit, line)
    assert flag.recommends_edit.verticalScrollBar().maximum() == 0  # no scrolling for three lines
    qtbot.keyClick(flag.recommends_edit, Qt.Key.Key_Tab)
    assert flag.recommends_edit.toPlainText() == "one\ntwo\nthree"


# --- Archive ----------------------------------------------------------------------------------


@pytest.fixture
def archive(qtbot: QtBot) -> ArchiveDialog:
    return shown(qtbot, ArchiveDialog(["Zoé Lefèvre"]))


def test_archive_explains_that_nothing_is_lost(archive):
    assert archive.windowTitle() == "Archive — Zoé Lefèvre"
    assert "can be restored" in archive.intro.text()
    assert archive.ok_button.text() == "Archive"
    labels = [archive.reason_combo.itemText(i) for i in range(archive.reason_combo.count())]
    assert labels == ["Lost to a competitor", "No budget", "No answer", "Not a fit", "Other"]
    assert archive.reason_combo.accessibleName() == "Reason"


def test_archive_with_a_reason_and_no_note(archive):
    assert archive.ok_button.isEnabled()
    assert_fine(archive.note_error)
    assert archive.value() == ArchiveChoice(reason=ArchiveReason.LOST_TO_COMPETITOR, note="")


def test_other_needs_a_note(qtbot, archive):
    qtbot.keyClicks(archive.reason_combo, "Other")
    assert archive.reason() is ArchiveReason.OTHER
    assert_error(archive.note_error, "Say why, so that you remember later.")
    assert not archive.ok_button.isEnabled()
    qtbot.keyClicks(archive.note_edit, "   ")
    assert not archive.ok_button.isEnabled()
    qtbot.keyClicks(archive.note_edit, "Moved abroad ")
    assert_fine(archive.note_error)
    assert archive.ok_button.isEnabled()
    assert archive.value() == ArchiveChoice(reason=ArchiveReason.OTHER, note="Moved abroad")


def test_the_payment_dialog_starts_in_the_currency_it_is_given_whatever_the_locale(qtbot):
    from PySide6.QtCore import QLocale

    british = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    dialog = shown(qtbot, MarkPaymentDialog("Zoé Lefèvre", locale=british, currency="EUR"))
    assert dialog.currency_combo.currentText() == "EUR"
    swiss = shown(qtbot, MarkPaymentDialog("Zoé Lefèvre", locale=british, currency="CHF"))
    assert swiss.currency_combo.currentText() == "CHF"


def test_a_payments_method_and_reference(qtbot, payment):
    from carnet.domain.enums import PaymentMethod

    qtbot.keyClicks(payment.amount_edit, "450")
    payment.method_combo.setCurrentIndex(payment.method_combo.findData(PaymentMethod.CHEQUE.value))
    qtbot.keyClicks(payment.reference_edit, "1234567")
    assert (payment.value().method, payment.value().reference) == (PaymentMethod.CHEQUE, "1234567")
    # A quote has a reference (its number) but no method: it was not paid.
    payment.status_combo.setCurrentIndex(payment.status_combo.findData(PaymentStatus.QUOTED.value))
    assert not payment.method_combo.isEnabled()
    assert (payment.value().method, payment.value().reference) == (None, "1234567")


def test_enter_saves_a_good_form(qtbot, payment):
    qtbot.keyClicks(payment.amount_edit, "12")
    with qtbot.waitSignal(payment.accepted, timeout=1000):
        qtbot.keyClick(payment.amount_edit, Qt.Key.Key_Return)


def test_tab_goes_through_the_fields_before_the_buttons(qtbot, payment):
    order, widget = [], payment.amount_edit
    for _ in range(10):
        order.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or widget.focusProxy() is not None:
            widget = widget.nextInFocusChain()
    fields = [
        payment.amount_edit, payment.currency_combo, payment.status_combo, payment.paid_edit,
        payment.issued_check, payment.issued_edit, payment.description_edit, payment.method_combo,
        payment.reference_edit,
    ]
    assert order[: len(fields)] == fields
    assert order[len(fields)] in payment.buttons.buttons()


def test_another_reason_makes_the_note_optional_again(qtbot, archive):
    qtbot.keyClicks(archive.reason_combo, "Other")
    assert not archive.ok_button.isEnabled()
    qtbot.keyClick(archive.reason_combo, Qt.Key.Key_Up)
    assert archive.reason() is ArchiveReason.NOT_A_FIT
    assert_fine(archive.note_error)
    assert archive.ok_button.isEnabled()


def test_archive_several_contacts(qtbot):
    dialog = shown(qtbot, ArchiveDialog(["Zoé Lefèvre", "Atelier Œuvre", "Paul Martin", "Anne Dupont"]))
    assert dialog.windowTitle() == "Archive 4 contacts"
    assert dialog.intro.text().startswith("Zoé Lefèvre, Atelier Œuvre, Paul Martin and one other will leave")
    two = shown(qtbot, ArchiveDialog(["Zoé Lefèvre", "Paul Martin"]))
    assert two.intro.text().startswith("Zoé Lefèvre and Paul Martin will leave")


def test_archive_needs_contacts():
    with pytest.raises(ValueError, match="at least one"):
        ArchiveDialog([])


def test_a_form_has_no_minimise_or_maximise_button(payment):
    flags = payment.windowFlags()
    assert flags & Qt.WindowType.WindowCloseButtonHint
    assert not flags & Qt.WindowType.WindowMinimizeButtonHint and not flags & Qt.WindowType.WindowMaximizeButtonHint


def test_the_merge_dialog_shows_the_users_words_not_stored_codes(qtbot):
    from datetime import date as day

    from PySide6.QtWidgets import QRadioButton

    from carnet.domain.enums import Source, Temperature
    from carnet.ui.dialogs.merge import MergeDialog

    kept = {"display_name": "Zoé", "temperature": Temperature.COLD, "source": Source.NETWORKING,
            "next_follow_up": None, "referred_by_id": 20}
    other = {"display_name": "Zoé", "temperature": Temperature.WARM, "source": Source.COLD_OUTREACH,
             "next_follow_up": day(2026, 12, 24), "referred_by_id": 21}
    names = {20: "Marc Dubois", 21: "Nina Petit"}
    dialog = shown(qtbot, MergeDialog(kept, other, name_of=names.get))
    texts = {button.text() for button in dialog.findChildren(QRadioButton)}
    assert {"Cold", "Warm", "Networking", "Cold outreach", "Marc Dubois", "Nina Petit", "12/24/2026"} <= texts
    assert not texts & {"cold", "warm", "networking", "20", "21", "2026-12-24"}
