"""The date field every dialog uses: a date typed with the keyboard is read in the user's words (issue 16)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.qtbot import QtBot

from carnet.domain.errors import InvalidInput
from carnet.ui.dialogs.date_field import DateField, DateTimeField, month_first, read_typed_date, read_typed_time
from carnet.ui.dialogs.flag_ambassador import FlagAmbassadorDialog
from carnet.ui.dialogs.log_interaction import LogInteractionDialog
from dialog_checks import assert_error, assert_fine

FRANCE = QLocale(QLocale.Language.French, QLocale.Country.France)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
BRITAIN = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
GERMANY = QLocale(QLocale.Language.German, QLocale.Country.Germany)
C = QLocale(QLocale.Language.C)
TODAY = date(2026, 1, 15)
MARCH_31 = date(2026, 3, 31)
# The calendar is a popup, which the offscreen platform can neither raise nor give the keyboard.
POPUP = pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")


# --- reading what was typed (no widget) -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "31/03/2026", "31.03.2026", "31-03-2026", "2026-03-31", "2026/03/31", "31/3/26", "31/3/2026", " 31/03/2026 ",
    "31032026", "310326", "20260331", "31 mars 2026", "31 MARS 2026", "mardi 31 mars 2026", "31/03", "31.3.",
    "31 mars", "3/31/2026",  # the second number cannot be a month: an American date, read as one
])
def test_french_forms(text):
    assert read_typed_date(text, FRANCE, TODAY) == MARCH_31


@pytest.mark.parametrize("text", [
    "3/31/2026", "3/31/26", "03/31/2026", "2026-03-31", "03312026", "3/31", "March 31, 2026", "Mar 31 2026",
    "Tuesday, March 31, 2026", "March 31", "31/3/2026",  # the first cannot be a month: read day first
])
def test_american_forms(text):
    assert read_typed_date(text, US, TODAY) == MARCH_31


def test_an_ambiguous_date_follows_the_locale():
    assert read_typed_date("04/05/2026", FRANCE, TODAY) == date(2026, 5, 4)
    assert read_typed_date("04/05/2026", BRITAIN, TODAY) == date(2026, 5, 4)
    assert read_typed_date("04/05/2026", US, TODAY) == date(2026, 4, 5)
    assert read_typed_date("04.05.26", GERMANY, TODAY) == date(2026, 5, 4)
    assert read_typed_date("04/05", US, TODAY) == date(2026, 4, 5)


def test_only_the_united_states_writes_the_month_first():
    assert month_first(US)
    assert not any(month_first(locale) for locale in (FRANCE, BRITAIN, GERMANY, C))


@pytest.mark.parametrize("text", [
    "", "   ", "31/02/2026", "29/02/2026", "13/13/2026", "abc", "31 fevrier 2026", "32/01/2026", "0026-03-31",
    "31/03/0026", "1/2/3/4", "31//2026",
])
def test_what_is_not_a_date(text):
    assert read_typed_date(text, FRANCE, TODAY) is None


def test_a_leap_day_is_read_in_a_leap_year():
    assert read_typed_date("29/02/2028", FRANCE, TODAY) == date(2028, 2, 29)


@pytest.mark.parametrize(("text", "locale", "expected"), [
    ("14:30", FRANCE, time(14, 30)), ("14h30", FRANCE, time(14, 30)), ("14 h 30", FRANCE, time(14, 30)),
    ("14h", FRANCE, time(14, 0)), ("9", FRANCE, time(9, 0)), ("1430", FRANCE, time(14, 30)),
    ("9.05", FRANCE, time(9, 5)), ("2:30 pm", US, time(14, 30)), ("2:30PM", US, time(14, 30)),
    ("2 p.m.", US, time(14, 0)), ("12 am", US, time(0, 0)), ("12:15 pm", US, time(12, 15)),
    ("2:30\u202fPM", US, time(14, 30)),  # as Qt itself writes an American time
])
def test_times(text, locale, expected):
    assert read_typed_time(text, locale) == expected


@pytest.mark.parametrize("text", ["", "25:00", "14:75", "13 pm", "0 am", "abc", "14:3"])
def test_what_is_not_a_time(text):
    assert read_typed_time(text, FRANCE) is None


# --- the field, typed into ---------------------------------------------------------------------


@pytest.fixture
def french_field(qtbot: QtBot) -> DateField:
    field = DateField(locale=FRANCE, today=lambda: TODAY)
    qtbot.addWidget(field)
    field.show()
    return field


def type_in(qtbot: QtBot, widget: QWidget, text: str) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget, text)


def test_a_short_date_typed_reads_whole_and_is_written_back_in_the_users_format(qtbot, french_field):
    french_field.setDate(TODAY)
    days = []
    french_field.dateChanged.connect(days.append)
    type_in(qtbot, french_field, "31/3/26")
    assert french_field.day() == MARCH_31
    assert french_field.text() == "31/3/26"  # left alone while the user types
    qtbot.keyClick(french_field, Qt.Key.Key_Return)  # or leaving the field: editing is finished
    assert french_field.text() == "31/03/2026"
    assert days == [None, MARCH_31]  # the field emptied, then "31/3" (this year's), the same day as "31/3/26"


def test_a_half_typed_date_says_nothing(qtbot, french_field):
    french_field.setDate(MARCH_31)
    edited = []
    french_field.edited.connect(lambda: edited.append(french_field.text()))
    qtbot.keyClick(french_field, Qt.Key.Key_End)
    qtbot.keyClick(french_field, Qt.Key.Key_Backspace)  # "31/03/202": not a date yet
    assert edited == []
    assert french_field.day() is None
    qtbot.keyClicks(french_field, "7")
    assert edited == ["31/03/2027"]


def test_the_checked_day_says_what_is_wrong(french_field):
    french_field.setDate(None)
    with pytest.raises(InvalidInput) as empty:
        french_field.checked_day("since")
    assert empty.value.message == "Type a date, such as 31/03/2026."
    assert empty.value.field == "since"
    french_field.setText("le 31")
    with pytest.raises(InvalidInput) as wrong:
        french_field.checked_day()
    assert wrong.value.message == "\"le 31\" is not a date (expected something like 31/03/2026)."
    french_field.setText("31.03.2026")
    assert french_field.checked_day() == MARCH_31


def test_the_placeholder_shows_the_format(french_field, qtbot):
    us_field = DateField(locale=US, today=lambda: TODAY)
    qtbot.addWidget(us_field)
    assert french_field.placeholderText() == "e.g. 31/03/2026"
    assert us_field.placeholderText() == "e.g. 3/31/2026"
    us_field.setDate(date(2026, 12, 5))
    assert us_field.text() == "12/5/2026"
    c_field = DateField(locale=C, today=lambda: TODAY)
    qtbot.addWidget(c_field)
    c_field.setDate(date(2026, 12, 5))
    assert c_field.text() == "2026-12-05"


def test_arrow_keys_move_a_day_and_page_keys_a_month(qtbot, french_field):
    french_field.setDate(MARCH_31)
    qtbot.keyClick(french_field, Qt.Key.Key_Up)
    assert french_field.day() == date(2026, 4, 1)
    qtbot.keyClick(french_field, Qt.Key.Key_Down)
    qtbot.keyClick(french_field, Qt.Key.Key_Down)
    assert french_field.day() == date(2026, 3, 30)
    qtbot.keyClick(french_field, Qt.Key.Key_PageDown)
    assert french_field.day() == date(2026, 2, 28)  # no 30th of February: its last day
    french_field.setDate(None)
    qtbot.keyClick(french_field, Qt.Key.Key_PageUp)
    assert french_field.day() == date(2026, 2, 15)  # from today when the field is empty


@POPUP
def test_the_calendar_picks_a_day(qtbot, french_field):
    french_field.setDate(MARCH_31)
    qtbot.keyClick(french_field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = french_field._popup
    assert popup is not None and popup.isVisible()
    assert popup.calendar.selectedDate() == QDate(2026, 3, 31)  # opens on the day typed
    assert popup.calendar.locale().language() == QLocale.Language.French
    grid = popup.calendar.findChild(QTableView)
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert french_field.text() == "30/03/2026"
    french_field.calendar_action.trigger()  # the button in the field
    assert popup.isVisible()
    qtbot.keyClick(grid, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert french_field.day() == date(2026, 3, 30)


def test_a_disabled_field_opens_no_calendar(qtbot, french_field):
    french_field.setEnabled(False)
    french_field.open_calendar()
    assert french_field._popup is None


# --- in a dialog -----------------------------------------------------------------------------------


def test_tab_goes_to_the_next_field_not_to_the_next_part(qtbot):
    dialog = FlagAmbassadorDialog("Zoé Lefèvre")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.since_edit  # the first field
    type_in(qtbot, dialog.since_edit, "2025-11-03")
    qtbot.keyClick(dialog.since_edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.recommends_edit
    assert dialog.value().since == date(2025, 11, 3)


def test_a_date_that_is_not_one_is_said_under_the_field(qtbot):
    dialog = FlagAmbassadorDialog("Zoé Lefèvre")
    qtbot.addWidget(dialog)
    dialog.show()
    type_in(qtbot, dialog.since_edit, "31 fevrier")
    qtbot.keyClick(dialog.since_edit, Qt.Key.Key_Return)
    assert_error(dialog.since_error, "\"31 fevrier\" is not a date")
    assert not dialog.ok_button.isEnabled()
    assert dialog.isVisible()
    type_in(qtbot, dialog.since_edit, "28 fevrier 2025")
    assert_fine(dialog.since_error)
    assert dialog.value().since == date(2025, 2, 28)


def test_a_moment_is_a_day_and_a_time(qtbot):
    now = datetime(2026, 3, 10, 14, 30, tzinfo=UTC)
    dialog = LogInteractionDialog("Zoé Lefèvre", now=now)
    qtbot.addWidget(dialog)
    dialog.show()
    when = dialog.when_edit
    assert isinstance(when, DateTimeField)
    assert dialog.value().at == now
    type_in(qtbot, when.time_field, "9h05")
    type_in(qtbot, when.date_field, "2026-03-09")
    assert dialog.value().at == datetime(2026, 3, 9, 9, 5).astimezone().astimezone(UTC)
    type_in(qtbot, when.time_field, "25h")
    qtbot.keyClick(when.time_field, Qt.Key.Key_Return)
    assert_error(dialog.when_error, "\"25h\" is not a time")
    assert when.time_field.accessibleDescription() == dialog.when_error.text()
    assert not dialog.ok_button.isEnabled()


def test_tab_walks_the_day_then_the_time_then_the_summary(qtbot):
    dialog = LogInteractionDialog("Zoé Lefèvre")
    qtbot.addWidget(dialog)
    dialog.show()
    chain = []
    widget = dialog.kind_combo
    for _ in range(3):
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isEnabled():
            widget = widget.nextInFocusChain()
        chain.append(widget)
    assert chain == [dialog.when_edit.date_field, dialog.when_edit.time_field, dialog.summary_edit]
    assert dialog.when_edit.date_field.accessibleName() == "When"
    assert dialog.when_edit.time_field.accessibleName() == "Time"
