"""Correcting the record through the real window (issue 13): the timeline's keys and right-click menu, the
pre-filled dialogs, the confirmations, the stage question, undo and redo, erasing a person, and the
right-click menus of cards and rows. Confirmation boxes are answered by clicking their real buttons."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from carnet.domain import PaymentStatus, Stage
from carnet.domain.enums import InteractionKind
from carnet.services import ContactDraft, PaymentDraft, create_contact, log_interaction, record_payment
from carnet.storage import Database
from carnet.ui.board.model import CardRole
from carnet.ui.main_window import MainWindow


def add(db: Database, name: str, stage: Stage) -> int:
    return create_contact(db, ContactDraft(name, stage=stage)).id


def one(db: Database, sql: str, *params: object) -> tuple | None:
    with sqlite3.connect(db.path) as connection:
        return connection.execute(sql, params).fetchone()


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    main_window = MainWindow(db)
    qtbot.addWidget(main_window)
    main_window.show()
    return main_window


def answer_next_box(button_text: str, seen: list[str] | None = None) -> None:
    """Click ``button_text`` in the next message box as soon as it is open (it blocks until answered)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        if seen is not None:
            seen.append(box.text())
        button = next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == button_text)
        button.click()

    QTimer.singleShot(0, click)


def pending(qtbot: QtBot, window: MainWindow, class_name: str) -> object:
    def ready() -> bool:
        dialog = window.record_actions.pending_dialog
        return dialog is not None and type(dialog).__name__ == class_name and dialog.isVisible()

    qtbot.waitUntil(ready)
    return window.record_actions.pending_dialog


def select_card(qtbot: QtBot, window: MainWindow, contact_id: int) -> None:
    """Click the contact's card (the panel follows the selection)."""
    for column in window.board.columns.values():
        model = column.view.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(CardRole.CONTACT_ID) == contact_id:
                column.view.select_row(row)
                qtbot.waitUntil(lambda: window.panel.contact_id == contact_id)
                return
    raise AssertionError(f"no card for contact {contact_id}")


def timeline_details(window: MainWindow) -> list[str]:
    timeline = window.panel.timeline
    return [timeline.topLevelItem(i).text(2) for i in range(timeline.topLevelItemCount())]


def show_row(qtbot: QtBot, window: MainWindow, contact_id: int, pick: Callable[[object], bool]) -> int:
    """Select the contact's card, put the timeline's focus on the first entry ``pick`` accepts."""
    window.refresh()
    select_card(qtbot, window, contact_id)
    row = next(i for i, entry in enumerate(window.panel.entries) if pick(entry))
    timeline = window.panel.timeline
    timeline.setCurrentItem(timeline.topLevelItem(row))
    timeline.setFocus()
    return row


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window.panel.timeline, key)


def test_a_mistyped_quote_is_edited_from_the_timeline_then_undone_and_redone(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    hugo = add(db, "Hugo Bernard", Stage.PROSPECT)
    record_payment(db, hugo, PaymentDraft(9_999_900, PaymentStatus.QUOTED, description="Logo"))
    window.refresh()
    show_row(qtbot, window, hugo, lambda entry: entry.kind == "payment")

    press(qtbot, window, Qt.Key.Key_Return)
    dialog = pending(qtbot, window, "MarkPaymentDialog")
    assert "Edit payment" in dialog.windowTitle()
    assert dialog.amount_edit.text() == "99,999.00" and dialog.description_edit.text() == "Logo"
    dialog.amount_edit.setText("999")
    dialog.ok_button.click()

    qtbot.waitUntil(lambda: one(db, "SELECT amount_cents FROM payment") == (99_900,))
    # The panel followed.
    qtbot.waitUntil(lambda: any(text.startswith("€999.00") for text in timeline_details(window)))
    assert window.undo_action.text().replace("&", "").startswith("Undo Edit the quote of €99,999.00")
    window.undo_action.trigger()
    assert one(db, "SELECT amount_cents FROM payment") == (9_999_900,)
    window.redo_action.trigger()
    assert one(db, "SELECT amount_cents FROM payment") == (99_900,)


def test_delete_key_asks_then_deletes_an_interaction_and_undo_brings_it_back(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    lea = add(db, "Léa Fontaine", Stage.LEAD)
    log_interaction(db, lea, InteractionKind.CALL, "Wrong person")
    show_row(qtbot, window, lea, lambda entry: entry.kind == "interaction")

    seen: list[str] = []
    answer_next_box("Cancel", seen)
    press(qtbot, window, Qt.Key.Key_Delete)
    assert one(db, "SELECT count(*) FROM interaction") == (1,)
    assert "Delete the call of" in seen[0] and "Léa Fontaine" in seen[0]

    answer_next_box("Delete")
    press(qtbot, window, Qt.Key.Key_Delete)
    assert one(db, "SELECT count(*) FROM interaction") == (0,)
    qtbot.waitUntil(lambda: not any(entry.kind == "interaction" for entry in window.panel.entries))
    window.undo_action.trigger()
    assert one(db, "SELECT summary FROM interaction") == ("Wrong person",)
    qtbot.waitUntil(lambda: any(entry.kind == "interaction" for entry in window.panel.entries))


def test_deleting_a_clients_only_payment_asks_where_they_go_back(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    chloe = add(db, "Chloé Marchand", Stage.PROSPECT)
    record_payment(db, chloe, PaymentDraft(668_000, PaymentStatus.PAID), move_to_client=True)
    window.refresh()
    assert window.board.columns[Stage.CLIENT].count() == 1
    show_row(qtbot, window, chloe, lambda entry: entry.kind == "payment")

    answer_next_box("Delete")
    press(qtbot, window, Qt.Key.Key_Delete)
    question = pending(qtbot, window, "StageBackDialog")
    assert "Chloé Marchand would have no paid payment left" in question.intro.text()
    assert question.value() is Stage.PROSPECT  # the default
    question.ok_button.click()

    qtbot.waitUntil(lambda: one(db, "SELECT stage FROM contact") == ("prospect",))
    assert one(db, "SELECT count(*) FROM payment") == (0,)
    assert window.board.columns[Stage.CLIENT].count() == 0 and window.board.columns[Stage.PROSPECT].count() == 1
    window.undo_action.trigger()
    assert one(db, "SELECT stage FROM contact") == ("client",) and one(db, "SELECT count(*) FROM payment") == (1,)
    assert window.board.columns[Stage.CLIENT].count() == 1


def test_cancelling_the_stage_question_changes_nothing(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    chloe = add(db, "Chloé Marchand", Stage.PROSPECT)
    record_payment(db, chloe, PaymentDraft(668_000, PaymentStatus.PAID), move_to_client=True)
    window.refresh()
    show_row(qtbot, window, chloe, lambda entry: entry.kind == "payment")
    press(qtbot, window, Qt.Key.Key_Return)
    dialog = pending(qtbot, window, "MarkPaymentDialog")
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(PaymentStatus.QUOTED.value))
    dialog.ok_button.click()
    question = pending(qtbot, window, "StageBackDialog")
    question.reject()
    assert one(db, "SELECT status FROM payment") == ("paid",) and one(db, "SELECT stage FROM contact") == ("client",)
    assert not window.undo_stack.canUndo() or not window.undo_action.text().startswith("Undo Edit")


def test_the_timeline_menu_offers_edit_mark_paid_and_delete(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    hugo = add(db, "Hugo Bernard", Stage.PROSPECT)
    record_payment(db, hugo, PaymentDraft(120_000, PaymentStatus.INVOICED))
    row = show_row(qtbot, window, hugo, lambda entry: entry.kind == "payment")
    timeline = window.panel.timeline
    timeline.customContextMenuRequested.emit(timeline.visualItemRect(timeline.topLevelItem(row)).center())
    texts = [action.text().replace("&", "") for action in window.panel.entry_menu.actions() if action.text()]
    assert texts == ["Edit…", "Mark Paid…", "Delete…"]
    # The "added" entry is edited (its day), never deleted.
    added = next(i for i, entry in enumerate(window.panel.entries) if entry.kind == "stage_change")
    timeline.customContextMenuRequested.emit(timeline.visualItemRect(timeline.topLevelItem(added)).center())
    actions = {a.text().replace("&", ""): a for a in window.panel.entry_menu.actions() if a.text()}
    assert actions["Change the Day Added…"].isEnabled() and not actions["Delete…"].isEnabled()
    actions["Change the Day Added…"].trigger()
    dialog = pending(qtbot, window, "AddedDayDialog")
    dialog.day_edit.setDate(QDate(2019, 4, 2))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: one(db, "SELECT date(created_at, 'localtime') FROM contact") == ("2019-04-02",))


def test_erase_from_the_contact_menu_until_undo(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    marc = add(db, "Marc Dubois", Stage.LEAD)
    log_interaction(db, marc, InteractionKind.MEETING, "Coffee")
    window.refresh()
    window.board.columns[Stage.LEAD].view.select_row(0)
    seen: list[str] = []
    answer_next_box("Delete Permanently", seen)
    window.contact_menu_actions["erase"].trigger()
    assert one(db, "SELECT count(*) FROM contact") == (0,) and one(db, "SELECT count(*) FROM interaction") == (0,)
    assert "7 days and 4 weeks" in seen[0] and "until you close Carnet" in seen[0]
    assert window.board.columns[Stage.LEAD].count() == 0
    window.undo_action.trigger()
    assert one(db, "SELECT display_name FROM contact") == ("Marc Dubois",)
    assert one(db, "SELECT summary FROM interaction") == ("Coffee",)
    assert window.board.columns[Stage.LEAD].count() == 1


def test_a_cards_right_click_menu_has_the_contact_actions_with_their_shortcuts(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    add(db, "Ana", Stage.LEAD)
    add(db, "Ben", Stage.LEAD)
    window.refresh()
    view = window.board.columns[Stage.LEAD].view
    view.select_row(0)
    second = view.visualRect(view.model().index(1, 0)).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, second, view.viewport().mapToGlobal(second))
    QApplication.sendEvent(view.viewport(), event)
    # The right-clicked card, outside the selection, is now the selection the menu acts on.
    assert window.board.selected_ids() == [view.model().index(1, 0).data(CardRole.CONTACT_ID)]
    menu = window.context_menu
    assert menu is not None
    entries = {a.text().replace("&", ""): a.shortcut().toString() for a in menu.actions() if a.text()}
    assert {"Edit Contact…", "Log Interaction…", "Move To", "Archive…", "Export This Contact…",
            "Delete Permanently…"} <= set(entries)
    assert entries["Log Interaction…"] == "Ctrl+I" and entries["Delete Permanently…"] == "Shift+Del"


def test_a_to_review_row_is_erased_in_one_click(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    old = add(db, "Old Lead", Stage.LEAD)
    with sqlite3.connect(db.path) as connection:
        connection.execute("UPDATE contact SET created_at = '2020-01-01 10:00:00.000000' WHERE id = ?", (old,))
        connection.execute("UPDATE stage_change SET at = '2020-01-01 10:00:00.000000' WHERE contact_id = ?", (old,))
    window.refresh()
    window.tabs.setCurrentIndex(window.review_tab)
    view = window.tabs.currentWidget()
    assert view.table.model().rowCount() == 1
    view.table.selectRow(0)
    answer_next_box("Delete Permanently")
    qtbot.mouseClick(view.erase_button, Qt.MouseButton.LeftButton)
    assert one(db, "SELECT count(*) FROM contact") == (0,)
    qtbot.waitUntil(lambda: view.table.model().rowCount() == 0)  # the tab followed the change


def test_a_payment_recorded_from_the_contact_menu_is_undone(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    hugo = add(db, "Hugo Bernard", Stage.PROSPECT)
    window.refresh()
    select_card(qtbot, window, hugo)
    window.contact_menu_actions["pay"].trigger()
    qtbot.waitUntil(lambda: type(window.contact_actions.pending_dialog).__name__ == "MarkPaymentDialog")
    dialog = window.contact_actions.pending_dialog
    dialog.amount_edit.setText("450")
    dialog.ok_button.click()
    assert one(db, "SELECT amount_cents, status FROM payment") == (45_000, "quoted")
    assert window.undo_action.text().replace("&", "") == "Undo Record a payment for Hugo Bernard"
    window.undo_action.trigger()
    assert one(db, "SELECT count(*) FROM payment") == (0,)
    window.redo_action.trigger()
    assert one(db, "SELECT amount_cents FROM payment") == (45_000,)


def test_an_archived_rows_menu_offers_restore(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    from carnet.domain.enums import ArchiveReason
    from carnet.services import archive_contacts

    gone = add(db, "Gone Away", Stage.LEAD)
    archive_contacts(db, [gone], ArchiveReason.NO_ANSWER)
    window.tabs.setCurrentIndex(window.archived_tab)
    view = window.tabs.currentWidget()
    point = view.table.visualRect(view.table.model().index(0, 0)).center()
    view.table.customContextMenuRequested.emit(point)
    texts = [a.text().replace("&", "") for a in window.context_menu.actions() if a.text()]
    assert texts[0] == "Restore" and "Delete Permanently…" in texts and "Export This Contact…" in texts
    window.context_menu.actions()[0].trigger()
    assert one(db, "SELECT archived_at FROM contact") == (None,)


def test_the_timeline_shows_how_a_payment_was_made(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    from carnet.domain.enums import PaymentMethod

    hugo = add(db, "Hugo Bernard", Stage.PROSPECT)
    record_payment(db, hugo, PaymentDraft(45_000, PaymentStatus.PAID, description="Logo",
                                          method=PaymentMethod.CHEQUE, reference="1234567"))
    show_row(qtbot, window, hugo, lambda entry: entry.kind == "payment")
    assert "€450.00 — Logo (Cheque, 1234567)" in timeline_details(window)
