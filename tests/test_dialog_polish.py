"""Dialogs that behave like native ones (issue 16, item 8 and the polish list): Enter never saves a form with a
field in error, the field is shown; no minimise or maximise button; never narrower than their texts, in French
too; the dashboard's tables show their headers and figures whole."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QPushButton, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from carnet.i18n import install_translations, uninstall_translations
from carnet.services.demo_data import generate_demo_data
from carnet.storage import Database
from carnet.ui.dialogs.archive import ArchiveDialog
from carnet.ui.dialogs.contact_editor import ContactEditorDialog
from carnet.ui.dialogs.flag_ambassador import FlagAmbassadorDialog
from carnet.ui.dialogs.home_currency import HomeCurrencyDialog
from carnet.ui.dialogs.log_interaction import LogInteractionDialog
from carnet.ui.dialogs.mark_payment import MarkPaymentDialog
from carnet.ui.dialogs.merge import DuplicatePairsDialog, MergeDialog
from carnet.ui.dialogs.preferences import PreferencesDialog
from carnet.ui.dialogs.qualify import QualifyDialog
from carnet.ui.dialogs.record_dialogs import AddedDayDialog, GiftDialog, GiftValues, StageBackDialog
from carnet.ui.dialogs.restore_backup import RestoreBackupDialog
from carnet.ui.dialogs.validated_form import FieldError, ValidatedDialog

FRANCE = QLocale(QLocale.Language.French, QLocale.Country.France)
NAME = "Zoé Lefèvre"


def shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def retype(qtbot: QtBot, widget: QWidget, text: str) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    if text:
        qtbot.keyClicks(widget, text)


# --- Enter in a form with a field in error ------------------------------------------------------


@dataclass(frozen=True)
class Form:
    """A dialog, how to leave one of its fields wrong, where the user then presses Enter, and the error."""

    make: Callable[[], ValidatedDialog]
    spoil: Callable[[QtBot, ValidatedDialog], None]
    enter_in: Callable[[ValidatedDialog], QWidget]
    error: Callable[[ValidatedDialog], FieldError | None]
    message: str


def _error_of(dialog: ValidatedDialog, field: QWidget) -> FieldError | None:
    return next((error for error in dialog.findChildren(FieldError) if error.field is field), None)


def _other_reason(qtbot: QtBot, dialog: ValidatedDialog) -> None:
    assert isinstance(dialog, ArchiveDialog)
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData("other"))


def _bad_sent_day(qtbot: QtBot, dialog: ValidatedDialog) -> None:
    assert isinstance(dialog, GiftDialog)
    dialog.sent_check.setChecked(True)
    retype(qtbot, dialog.sent_edit, "le 12")


FORMS = {
    "new contact, Enter in the email": Form(
        ContactEditorDialog, lambda qtbot, d: qtbot.keyClicks(d.email_edit, "zoe@atelier.fr"),
        lambda d: d.email_edit, lambda d: d.name_error, "A contact needs a name."),
    "payment without an amount": Form(
        lambda: MarkPaymentDialog(NAME), lambda qtbot, d: qtbot.keyClicks(d.description_edit, "Workshop"),
        lambda d: d.description_edit, lambda d: d.amount_error, "Type an amount"),
    "archived for another reason, no note": Form(
        lambda: ArchiveDialog([NAME]), _other_reason, lambda d: d.note_edit, lambda d: d.note_error,
        "Say why"),
    "home currency not a code": Form(
        lambda: HomeCurrencyDialog("EUR"), lambda qtbot, d: retype(qtbot, d.currency_combo.lineEdit(), "12"),
        lambda d: d.currency_combo.lineEdit(), lambda d: _error_of(d, d.currency_combo), "is not a currency code"),
    "interaction with no day": Form(
        lambda: LogInteractionDialog(NAME), lambda qtbot, d: retype(qtbot, d.when_edit.date_field, ""),
        lambda d: d.when_edit.time_field, lambda d: d.when_error, "Type a date"),
    "ambassador since a day that is not one": Form(
        lambda: FlagAmbassadorDialog(NAME), lambda qtbot, d: retype(qtbot, d.since_edit, "hier"),
        lambda d: d.since_edit, lambda d: d.since_error, "\"hier\" is not a date"),
    "gift sent on a day that is not one": Form(
        lambda: GiftDialog(NAME, GiftValues(2025, "Thé vert", None)), _bad_sent_day,
        lambda d: d.what_edit, lambda d: d.sent_error, "is not a date"),
    "day added left empty": Form(
        lambda: AddedDayDialog(NAME, date(2024, 5, 3)), lambda qtbot, d: retype(qtbot, d.day_edit, ""),
        lambda d: d.day_edit, lambda d: d.day_error, "Type a date"),
}


@pytest.mark.parametrize("form", FORMS.values(), ids=FORMS.keys())
def test_enter_with_a_field_in_error_saves_nothing_and_shows_the_field(qtbot, form):
    dialog = shown(qtbot, form.make())
    accepted = []
    dialog.accepted.connect(lambda: accepted.append(True))
    form.spoil(qtbot, dialog)
    where = form.enter_in(dialog)
    where.setFocus()
    qtbot.keyClick(where, Qt.Key.Key_Return)
    assert accepted == [] and dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    error = form.error(dialog)
    assert error is not None and error.isVisible()
    assert form.message in error.text()
    assert dialog.focusWidget() in (error.field, error.field.focusProxy())  # the cursor is where to type
    dialog.accept()  # what OK (or a shortcut) does: refused all the same
    assert accepted == [] and dialog.isVisible()


def test_enter_on_the_second_tab_shows_the_missing_name_on_the_first(qtbot):
    editor = shown(qtbot, ContactEditorDialog())
    editor.tabs.setCurrentIndex(1)
    editor.budget.buttons[editor.budget.value()].setFocus()
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Return)
    assert editor.isVisible()
    assert editor.tabs.currentIndex() == 0
    assert editor.name_error is not None and editor.name_error.isVisible()
    assert editor.focusWidget() is editor.name_edit


def test_enter_in_a_wrong_further_detail_goes_to_its_tab(qtbot):
    editor = shown(qtbot, ContactEditorDialog())
    qtbot.keyClicks(editor.name_edit, "Zoe Lefevre")
    editor.more_error.show_error("An email is not right.")  # as the editor's check would say
    editor.tabs.setCurrentIndex(0)
    editor.show_first_error()
    assert editor.tabs.currentIndex() == 2


def test_enter_in_a_complete_form_saves_it(qtbot):
    dialog = shown(qtbot, MarkPaymentDialog(NAME))
    qtbot.keyClicks(dialog.amount_edit, "120")
    qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value().amount_cents == 12_000


# --- window buttons and sizes ----------------------------------------------------------------------


def _every_dialog(db: Database) -> list[QDialog]:
    return [
        ContactEditorDialog(), QualifyDialog(NAME), LogInteractionDialog(NAME), MarkPaymentDialog(NAME),
        FlagAmbassadorDialog(NAME), ArchiveDialog([NAME]), HomeCurrencyDialog("EUR"),
        GiftDialog(NAME, GiftValues(2025, "Thé vert", date(2025, 12, 15))), AddedDayDialog(NAME, date(2024, 5, 3)),
        StageBackDialog("Move Zoé back?"), PreferencesDialog(database=db),
        MergeDialog({"display_name": "Zoé"}, {"display_name": "Zoé L."}), DuplicatePairsDialog([]),
        RestoreBackupDialog([]),
    ]


def test_no_dialog_asks_for_minimise_or_maximise(qtbot, db):
    for dialog in _every_dialog(db):
        qtbot.addWidget(dialog)
        flags = dialog.windowFlags()
        name = type(dialog).__name__
        assert not flags & (Qt.WindowType.WindowMinimizeButtonHint | Qt.WindowType.WindowMaximizeButtonHint), name
        assert flags & Qt.WindowType.WindowCloseButtonHint and flags & Qt.WindowType.WindowTitleHint, name


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    install_translations(qapp, preference="fr", system_locale=FRANCE)
    yield
    uninstall_translations(qapp)


def _cut_texts(dialog: QDialog) -> list[str]:
    """The labels and buttons shown narrower (or, wrapped, shorter) than their text needs."""
    cut = []
    for label in dialog.findChildren(QLabel):
        if not label.isVisibleTo(dialog) or not label.text():
            continue
        if label.wordWrap():
            if label.height() < label.heightForWidth(label.width()):
                cut.append(label.text())
        elif label.width() < label.minimumSizeHint().width():
            cut.append(label.text())
    for button in dialog.findChildren(QAbstractButton):
        if isinstance(button, QToolButton):  # an icon: the date fields' calendar button
            continue
        if button.isVisibleTo(dialog) and button.text() and button.width() < button.minimumSizeHint().width():
            cut.append(button.text())
    return cut


@pytest.mark.usefixtures("french")
def test_no_text_is_cut_even_in_the_narrowest_window_in_french(qtbot, db):
    for dialog in _every_dialog(db):
        shown(qtbot, dialog)
        dialog.resize(120, dialog.height())  # as narrow as the user can drag it
        QApplication.processEvents()
        assert dialog.width() >= max(dialog.minimumWidth(), 380), type(dialog).__name__
        assert _cut_texts(dialog) == [], type(dialog).__name__
        dialog.close()


@pytest.mark.usefixtures("french")
def test_the_qualification_questions_sit_on_their_own_line_in_french(qtbot):
    dialog = shown(qtbot, QualifyDialog(NAME))
    question = next(label for label in dialog.findChildren(QLabel) if label.buddy() is dialog.authority)
    assert question.text().startswith("&Autorité")
    assert question.wordWrap()
    # Above its answers, not beside them: the whole width of the form is the question's.
    assert question.geometry().bottom() <= dialog.authority.geometry().top()
    assert dialog.authority.accessibleName().startswith("Autorité")


@pytest.mark.usefixtures("french")
def test_restore_defaults_is_whole_in_french(qtbot):
    dialog = shown(qtbot, PreferencesDialog())
    restore = next(button for button in dialog.buttons.findChildren(QPushButton)
                   if button.text() == "Restaurer les valeurs par défaut")
    assert restore.width() >= restore.sizeHint().width()


# --- the dashboard's tables ---------------------------------------------------------------------------


@pytest.mark.usefixtures("french")
@pytest.mark.parametrize("width", [1090, 1250, 1400, 1920])
def test_dashboard_tables_show_headers_and_figures_whole(qtbot, db, width):
    from carnet.ui.dashboard import DashboardTab

    generate_demo_data(db, 150, seed=1, today=date(2026, 6, 15))
    tab = DashboardTab(db, today=lambda: date(2026, 6, 15))
    qtbot.addWidget(tab)
    tab.resize(width, 800)
    tab.show()
    qtbot.waitExposed(tab)
    # The panels come on screen a row at a time (`DashboardTab._show_in_turn`): each as it is shown.
    qtbot.waitUntil(lambda: all(panel.isVisible() for panel in tab.panels.values()))
    QApplication.processEvents()
    for name, panel in tab.panels.items():
        header = panel.table.horizontalHeader()
        assert panel.table.horizontalScrollBar().maximum() == 0, (width, tab.columns, name)
        for column in range(header.count()):
            assert header.sectionSize(column) >= header.sectionSizeHint(column), (width, name, column)
    if width < 1250:
        assert tab.columns == 1
