"""Follow-ups with a time and a note, and the Postpone menu (issue 17, items 2 and 6), through the real window:
the contact editor, Log Interaction, the contact panel, Contact ▸ Postpone Follow-up on cards and To do rows,
its keyboard shortcut, the To do tab's buttons, undo and redo; every write read back from SQLite."""

from __future__ import annotations

import sqlite3
from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from carnet.domain.enums import InteractionKind, Stage
from carnet.domain.follow_ups import PlannedFollowUp
from carnet.domain.postpone import PostponeChoice, add_a_month, postponed_to
from carnet.services import ContactDraft, archive_contacts, create_contact
from carnet.services.follow_ups import follow_up_of, set_follow_up
from carnet.storage import Database
from carnet.ui.board.model import CardRole
from carnet.ui.contact_menu import CARD_MENU, ROW_MENU
from carnet.ui.dialogs.contact_editor import ContactEditorDialog
from carnet.ui.edit_actions import shortcut_rows
from carnet.ui.main_window import MainWindow
from carnet.ui.todo_view import TodoView
from dialog_checks import assert_error, assert_fine

TODAY = date.today()
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
QUOTE = "Call back about the quote"


pytestmark = pytest.mark.usefixtures("english_us")


def add(db: Database, name: str, stage: Stage = Stage.LEAD, **fields: object) -> int:
    return create_contact(db, ContactDraft(name, stage=stage, **fields)).id  # type: ignore[arg-type]


def one(db: Database, sql: str, *params: object) -> tuple:
    with sqlite3.connect(db.path) as connection:
        return connection.execute(sql, params).fetchone()


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    main_window = MainWindow(db)
    qtbot.addWidget(main_window)
    main_window.resize(1400, 800)
    main_window.show()
    qtbot.waitExposed(main_window)
    return main_window


def pending(qtbot: QtBot, window: MainWindow, class_name: str) -> object:
    def ready() -> bool:
        dialog = window.contact_actions.pending_dialog
        return dialog is not None and type(dialog).__name__ == class_name and dialog.isVisible()

    qtbot.waitUntil(ready)
    return window.contact_actions.pending_dialog


def retype(qtbot: QtBot, field: object, text: str) -> None:
    """Select what the field holds and type ``text`` over it, key by key."""
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)


def select_card(qtbot: QtBot, window: MainWindow, contact_id: int) -> None:
    for column in window.board.columns.values():
        model = column.view.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(CardRole.CONTACT_ID) == contact_id:
                column.view.select_row(row)
                column.view.setFocus()
                qtbot.waitUntil(lambda: window.panel.contact_id == contact_id)
                return
    raise AssertionError(f"no card for contact {contact_id}")


def right_click_card(window: MainWindow, contact_id: int) -> QMenu:
    card = window.board_model.card(contact_id)
    assert card is not None
    view = window.board.columns[card.stage].view
    index = next(view.model().index(row, 0) for row in range(view.model().rowCount())
                 if view.model().index(row, 0).data(CardRole.CONTACT_ID) == contact_id)
    point = view.visualRect(index).center()
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                              view.viewport().mapToGlobal(point)))
    menu = window.context_menu
    assert menu is not None
    return menu


def submenu(menu: QMenu, title: str) -> QMenu:
    entry = next(a for a in menu.actions() if a.text().replace("&", "") == title)
    found = entry.menu()
    assert isinstance(found, QMenu)
    return found


def entry(menu: QMenu, starts: str) -> object:
    return next(a for a in menu.actions() if a.text().replace("&", "").startswith(starts))


def spaced(text: str) -> str:
    """Qt writes "2:30 PM" with a narrow no-break space (CLDR)."""
    return text.replace("\u202f", " ")


def once_shown(qtbot: QtBot, menu: QMenu, key: Qt.Key) -> None:
    """Press ``key`` in ``menu`` as soon as it is on screen (a button's menu runs its own event loop)."""
    timer = QTimer(menu, interval=20)

    def press() -> None:
        if menu.isVisible():
            timer.stop()
            qtbot.keyClick(menu, key)

    timer.timeout.connect(press)
    timer.start()


def close_menus(window: MainWindow) -> None:
    if window.context_menu is not None:
        window.context_menu.close()


# --- the contact editor ----------------------------------------------------------------------------


def test_a_new_contact_is_followed_up_at_a_time_with_a_note(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    window.contact_actions.new_contact()
    dialog = pending(qtbot, window, "ContactEditorDialog")
    assert isinstance(dialog, ContactEditorDialog)
    dialog.name_edit.setText("Zoé Lefèvre")  # QTest types ASCII only
    assert not dialog.follow_up_time_edit.isEnabled() and not dialog.follow_up_note_edit.isEnabled()
    qtbot.mouseClick(dialog.follow_up_check, Qt.MouseButton.LeftButton)
    assert dialog.focusWidget() is dialog.follow_up_edit  # ticked: the cursor is in the day, ready to type
    day = TODAY + timedelta(days=3)
    qtbot.keyClicks(dialog.follow_up_edit, day.isoformat())
    qtbot.keyClick(dialog.follow_up_edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.follow_up_time_edit  # Tab: from the day to the time, then the note
    qtbot.keyClicks(dialog.follow_up_time_edit, "14h30")
    qtbot.keyClick(dialog.follow_up_time_edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.follow_up_note_edit
    qtbot.keyClicks(dialog.follow_up_note_edit, QUOTE)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    zoe = one(db, "SELECT id FROM contact WHERE display_name = 'Zoé Lefèvre'")[0]
    assert follow_up_of(db, zoe) == PlannedFollowUp(day, time(14, 30), QUOTE)
    select_card(qtbot, window, zoe)
    shown = spaced(window.panel.field_labels["next_follow_up"].text())
    assert shown == f"{day.month}/{day.day}/{day.year} at 2:30 PM\n{QUOTE}"


def test_a_time_that_is_no_time_is_refused_and_none_means_any_time(qtbot: QtBot) -> None:
    dialog = ContactEditorDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Hugo Bernard")
    qtbot.mouseClick(dialog.follow_up_check, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.follow_up_time_edit, "25h")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # saving says what is wrong, and waits
    assert_error(dialog.follow_up_error, '"25h" is not a time')
    assert dialog.isVisible() and not dialog.ok_button.isEnabled()
    retype(qtbot, dialog.follow_up_time_edit, "")
    assert_fine(dialog.follow_up_error)
    draft = dialog.value()
    assert (draft.next_follow_up, draft.follow_up_time, draft.follow_up_note) == (TODAY, None, "")


def test_editing_changes_the_time_and_note_and_undo_brings_them_back(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    day = TODAY + timedelta(days=10)
    hugo = add(db, "Hugo Bernard", Stage.PROSPECT)
    set_follow_up(db, hugo, day, time(9, 0), "Send the brochure")
    window.refresh()
    window.contact_actions.edit_contact(hugo)
    dialog = pending(qtbot, window, "ContactEditorDialog")
    assert isinstance(dialog, ContactEditorDialog)
    assert dialog.follow_up_check.isChecked()
    assert (dialog.follow_up_edit.day(), spaced(dialog.follow_up_time_edit.text()),
            dialog.follow_up_note_edit.text()) == (day, "9:00 AM", "Send the brochure")
    retype(qtbot, dialog.follow_up_time_edit, "16:15")
    retype(qtbot, dialog.follow_up_note_edit, QUOTE)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert follow_up_of(db, hugo) == PlannedFollowUp(day, time(16, 15), QUOTE)
    window.undo_action.trigger()
    assert follow_up_of(db, hugo) == PlannedFollowUp(day, time(9, 0), "Send the brochure")
    window.redo_action.trigger()
    assert follow_up_of(db, hugo) == PlannedFollowUp(day, time(16, 15), QUOTE)


# --- Log Interaction -----------------------------------------------------------------------------


def test_log_interaction_writes_the_next_follow_up_whole(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    client = add(db, "Camille Roux", Stage.LEAD)
    set_follow_up(db, client, TODAY + timedelta(days=2), time(10, 0), "Ask about the budget")
    window.refresh()
    window.contact_actions.log_interaction(client)
    dialog = pending(qtbot, window, "LogInteractionDialog")
    assert not dialog.follow_up_check.isChecked()  # a follow-up ahead: nothing proposed
    qtbot.keyClicks(dialog.summary_edit, "Budget approved; wants a quote")
    qtbot.mouseClick(dialog.follow_up_check, Qt.MouseButton.LeftButton)
    day = TODAY + timedelta(days=5)
    retype(qtbot, dialog.follow_up_edit, day.isoformat())
    qtbot.keyClicks(dialog.follow_up_time_edit, "2:30 pm")
    qtbot.keyClicks(dialog.follow_up_note_edit, QUOTE)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert follow_up_of(db, client) == PlannedFollowUp(day, time(14, 30), QUOTE)
    assert one(db, "SELECT kind, summary, follow_up FROM interaction") == (
        InteractionKind.CALL.value, "Budget approved; wants a quote", day.isoformat())


def test_log_interaction_without_a_follow_up_keeps_the_one_planned(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    lead = add(db, "Léa Petit", Stage.LEAD)
    planned = PlannedFollowUp(TODAY + timedelta(days=4), time(11, 0), "Send the portfolio")
    set_follow_up(db, lead, *planned)
    window.refresh()
    window.contact_actions.log_interaction(lead)
    dialog = pending(qtbot, window, "LogInteractionDialog")
    qtbot.keyClicks(dialog.summary_edit, "Quick hello at the fair")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert one(db, "SELECT count(*), follow_up FROM interaction") == (1, None)
    assert follow_up_of(db, lead) == planned


def test_correcting_an_interaction_asks_for_its_day_only(qtbot: QtBot) -> None:
    from datetime import UTC, datetime

    from carnet.ui.dialogs.log_interaction import InteractionEntry, LogInteractionDialog

    recorded = InteractionEntry(InteractionKind.CALL, datetime(2026, 3, 2, 9, tzinfo=UTC), "Call", date(2026, 3, 9))
    dialog = LogInteractionDialog("Zoé", entry=recorded)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.follow_up_edit.isVisible() and dialog.follow_up_edit.day() == date(2026, 3, 9)
    assert not dialog.follow_up_time_edit.isVisible() and not dialog.follow_up_note_edit.isVisible()


# --- Postpone ------------------------------------------------------------------------------------


def test_the_choices_count_from_today() -> None:
    thursday = date(2026, 5, 21)
    assert [postponed_to(choice, thursday) for choice in PostponeChoice] == [
        date(2026, 5, 22), date(2026, 5, 24), date(2026, 5, 28), date(2026, 6, 21)]
    assert postponed_to(PostponeChoice.NEXT_WEEK, date(2026, 5, 24)) == date(2026, 5, 31)  # a Sunday: a week
    assert add_a_month(date(2026, 1, 31)) == date(2026, 2, 28)
    assert add_a_month(date(2028, 1, 31)) == date(2028, 2, 29)
    assert add_a_month(date(2026, 12, 15)) == date(2027, 1, 15)


def test_postpone_from_a_cards_menu_keeps_time_and_note_in_one_undo_step(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    late = add(db, "Denis Moreau", Stage.PROSPECT)
    planned = PlannedFollowUp(TODAY - timedelta(days=3), time(9, 30), QUOTE)
    set_follow_up(db, late, *planned)
    window.refresh()
    menu = right_click_card(window, late)
    assert "Postpone Follow-up" in [a.text().replace("&", "") for a in menu.actions()]
    postpone = submenu(menu, "Postpone Follow-up")
    in_three = TODAY + timedelta(days=3)
    texts = [a.text().replace("&", "") for a in postpone.actions() if a.text()]
    assert texts[1] == f"In 3 Days ({QLocale().dayName(in_three.isoweekday(), QLocale.FormatType.ShortFormat)} "\
                       f"{in_three.month}/{in_three.day}/{in_three.year})"
    assert texts[-1] == "Pick a Date…"
    entry(postpone, "In 3 Days").trigger()
    close_menus(window)
    assert follow_up_of(db, late) == PlannedFollowUp(in_three, time(9, 30), QUOTE)
    card = window.board_model.card(late)
    assert card is not None and card.next_follow_up == in_three  # the board followed the change
    assert window.undo_action.text().replace("&", "") == "Undo Postpone Follow-up of Denis Moreau"
    window.undo_action.trigger()
    assert follow_up_of(db, late) == planned
    window.redo_action.trigger()
    assert follow_up_of(db, late) == PlannedFollowUp(in_three, time(9, 30), QUOTE)


def test_the_same_menu_sets_a_follow_up_on_a_contact_without_one(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    lead = add(db, "Anaïs Girard", Stage.LEAD)
    window.refresh()
    menu = right_click_card(window, lead)
    assert "Set Follow-up" in [a.text().replace("&", "") for a in menu.actions()]
    entry(submenu(menu, "Set Follow-up"), "Tomorrow").trigger()
    close_menus(window)
    assert follow_up_of(db, lead) == PlannedFollowUp(TODAY + timedelta(days=1))
    assert "set for" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert follow_up_of(db, lead) == PlannedFollowUp()


def test_pick_a_date_asks_for_a_day_ahead(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    client = add(db, "Ruth Haddad", Stage.LEAD)
    set_follow_up(db, client, TODAY, time(8, 0), "Renewal")
    window.refresh()
    select_card(qtbot, window, client)
    postpone = window.contact_menu_actions["postpone"].menu()  # Contact ▸ Postpone: on the selected card
    assert isinstance(postpone, QMenu)
    entry(postpone, "Pick a Date").trigger()
    dialog = pending(qtbot, window, "PickFollowUpDayDialog")
    retype(qtbot, dialog.day_edit, (TODAY - timedelta(days=1)).isoformat())
    assert_error(dialog.day_error, "This follow-up date is in the past.")
    assert not dialog.ok_button.isEnabled()
    chosen = TODAY + timedelta(days=12)
    retype(qtbot, dialog.day_edit, chosen.isoformat())
    assert_fine(dialog.day_error)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert follow_up_of(db, client) == PlannedFollowUp(chosen, time(8, 0), "Renewal")


def test_ctrl_shift_p_postpones_the_selected_card_to_tomorrow(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    lead = add(db, "Paul Martin", Stage.LEAD, next_follow_up=TODAY - timedelta(days=1))
    window.refresh()
    select_card(qtbot, window, lead)
    qtbot.keyClick(window.board.columns[Stage.LEAD].view, Qt.Key.Key_P, CTRL_SHIFT)
    assert follow_up_of(db, lead).day == TODAY + timedelta(days=1)


def test_the_shortcut_is_listed_and_clashes_with_no_other(window: MainWindow) -> None:
    rows = shortcut_rows(window.menuBar())
    postpone = [row for row in rows if row[2] == "Ctrl+Shift+P"]
    assert len(postpone) == 1
    assert postpone[0][0] == "Contact ▸ Postpone Follow-up" and postpone[0][1].startswith("Tomorrow (")
    keys = [row[2] for row in rows]
    assert len(keys) == len(set(keys)), keys
    # The To do tab's Alt keys (Open, Postpone, Done): no menu of the menu bar answers to them.
    bar = [a.text().casefold() for a in window.menuBar().actions()]
    assert not [text for text in bar for letter in "osd" if f"&{letter}" in text]


def test_an_archived_contact_has_no_follow_up_to_postpone(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    from carnet.domain.enums import ArchiveReason

    gone = add(db, "Gone Away", Stage.LEAD, next_follow_up=TODAY + timedelta(days=2))
    archive_contacts(db, [gone], ArchiveReason.NO_ANSWER)
    window.tabs.setCurrentIndex(window.archived_tab)
    view = window.tabs.currentWidget()
    view.table.selectRow(0)
    point = view.table.visualRect(view.table.model().index(0, 0)).center()
    view.table.customContextMenuRequested.emit(point)
    assert window.context_menu is not None
    postpone = next(a for a in window.context_menu.actions() if a.menu() is not None
                    and a.text().replace("&", "").endswith("Follow-up"))
    assert not postpone.isEnabled()
    close_menus(window)
    qtbot.keyClick(view.table, Qt.Key.Key_P, CTRL_SHIFT)  # the shortcut says why, and writes nothing
    assert "archived" in window.notice.label.text()
    assert follow_up_of(db, gone).day == TODAY + timedelta(days=2)


# --- To do, from the keyboard --------------------------------------------------------------------


def todo_book(db: Database) -> dict[str, int]:
    return {
        "Camille": add(db, "Camille Roux", Stage.PROSPECT, next_follow_up=TODAY - timedelta(days=3)),
        "Hugo": add(db, "Hugo Bernard", Stage.PROSPECT, next_follow_up=TODAY - timedelta(days=1)),
        "Zoé": add(db, "Zoé Lefèvre", Stage.LEAD, next_follow_up=TODAY),
    }


def test_to_do_postpones_the_selected_row_and_the_next_one_is_selected(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    book = todo_book(db)
    window.refresh()
    window.tabs.setCurrentIndex(window.todo_tab)
    todo = window.tabs.currentWidget()
    assert isinstance(todo, TodoView)
    assert todo.shown_ids() == [book["Camille"], book["Hugo"], book["Zoé"]]
    todo.table.setFocus()
    todo.select_contact(book["Camille"])
    qtbot.keyClick(todo.table, Qt.Key.Key_P, CTRL_SHIFT)
    assert follow_up_of(db, book["Camille"]).day == TODAY + timedelta(days=1)
    qtbot.waitUntil(lambda: todo.shown_ids() == [book["Hugo"], book["Zoé"]])
    assert todo.selected_id() == book["Hugo"]  # the row that took its place: the next key acts on it
    # The right-click menu of a row offers the same entries.
    point = todo.table.visualRect(todo.table.model().index(0, 0)).center()
    todo.table.customContextMenuRequested.emit(point)
    assert window.context_menu is not None
    entry(submenu(window.context_menu, "Postpone Follow-up"), "In a Month").trigger()
    close_menus(window)
    assert follow_up_of(db, book["Hugo"]).day == add_a_month(TODAY)
    assert todo.shown_ids() == [book["Zoé"]] and todo.selected_id() == book["Zoé"]


def test_to_do_rows_are_done_postponed_and_opened_from_the_keyboard(qtbot: QtBot, db: Database) -> None:
    book = todo_book(db)
    view = TodoView(db)
    qtbot.addWidget(view)
    view.resize(1100, 400)
    view.show()
    qtbot.waitExposed(view)
    assert not view.postpone_button.isEnabled()  # nothing selected yet
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)  # the first row
    assert view.selected_id() == book["Camille"] and view.postpone_button.isEnabled()
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [book["Camille"]]
    # The buttons' Alt keys (offscreen, QTest's Alt+letter reaches no mnemonic under pytest: the keys are
    # checked as set, and each button is pressed from the keyboard with Tab and Space).
    assert [button.shortcut().toString() for button in (view.open_button, view.postpone_button, view.log_button)] \
        == ["Alt+O", "Alt+S", "Alt+D"]
    view.log_button.setFocus()
    with qtbot.waitSignal(view.log_interaction_requested) as done:
        qtbot.keyClick(view.log_button, Qt.Key.Key_Space)
    assert done.args == [book["Camille"]]
    # The Postpone button's menu; "3" (its mnemonic) picks In 3 Days. The menu runs its own loop.
    view.postpone_button.setFocus()
    with qtbot.waitSignal(view.postpone_requested) as postponed:
        once_shown(qtbot, view.postpone_menu, Qt.Key.Key_3)
        qtbot.keyClick(view.postpone_button, Qt.Key.Key_Space)
    assert postponed.args == [book["Camille"], TODAY + timedelta(days=3)]
    with qtbot.waitSignal(view.postpone_requested) as asked:
        once_shown(qtbot, view.postpone_menu, Qt.Key.Key_P)
        qtbot.keyClick(view.postpone_button, Qt.Key.Key_Space)
    assert asked.args == [book["Camille"], None]  # Pick a Date…: the window asks for the day


def test_menus_offer_postpone_on_cards_and_rows() -> None:
    assert CARD_MENU.index("postpone") == CARD_MENU.index("log") + 1
    assert ROW_MENU.index("postpone") == ROW_MENU.index("log") + 1


def test_the_contact_menu_says_what_the_entry_will_do(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    planned = add(db, "Planned", Stage.LEAD, next_follow_up=TODAY + timedelta(days=5))
    unplanned = add(db, "Unplanned", Stage.LEAD)
    window.refresh()
    contact_menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Contact")
    assert isinstance(contact_menu, QMenu)
    for contact_id, title in ((planned, "Postpone Follow-up"), (unplanned, "Set Follow-up")):
        select_card(qtbot, window, contact_id)
        contact_menu.aboutToShow.emit()  # what opening the menu sends first
        assert window.contact_menu_actions["postpone"].text().replace("&", "") == title


def test_the_to_do_postpone_button_moves_the_follow_up_in_the_window(
        qtbot: QtBot, window: MainWindow, db: Database) -> None:
    """The To do tab's Postpone button, wired by the window: In 3 Days moves the overdue follow-up, keeping
    its time and note, and the row leaves the overdue group."""
    zoe = create_contact(db, ContactDraft("Zoé", stage=Stage.LEAD)).id
    set_follow_up(db, zoe, TODAY - timedelta(days=2), time(9, 30), QUOTE)
    window.refresh()
    window.tabs.setCurrentIndex(window.todo_tab)
    view = window.tabs.widget(window.todo_tab)
    assert isinstance(view, TodoView)
    view.table.selectRow(0)
    assert view.selected_id() == zoe
    # The button's menu, as a click opens it; its In 3 Days entry chosen once it is on screen.
    def choose() -> None:
        if view.postpone_menu.isVisible():
            timer.stop()
            entry = next(action for action in view.postpone_menu.actions() if "&3" in action.text())
            view.postpone_menu.close()
            entry.trigger()

    timer = QTimer(view, interval=20)
    timer.timeout.connect(choose)
    timer.start()
    view.postpone_button.showMenu()
    qtbot.waitUntil(lambda: follow_up_of(db, zoe).day == TODAY + timedelta(days=3))
    planned = follow_up_of(db, zoe)
    assert (planned.at, planned.note) == (time(9, 30), QUOTE)
    assert [row for row in range(view.model.rowCount()) if view.model.row_at(row).contact_id == zoe] == []
    window.undo_action.trigger()
    assert follow_up_of(db, zoe).day == TODAY - timedelta(days=2)
