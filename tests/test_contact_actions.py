"""Working with one contact from the main window: each action through its real dialog, read back from SQLite."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from carnet.domain import Answer, PaymentStatus, Stage
from carnet.services import ContactDraft, PaymentDraft, create_contact, record_payment, set_referrer
from carnet.storage import Database
from carnet.ui.main_window import MainWindow


def add(db: Database, name: str, stage: Stage, **fields: object) -> int:
    return create_contact(db, ContactDraft(name, stage=stage, **fields)).id  # type: ignore[arg-type]


def one(db: Database, sql: str, *params: object) -> tuple:
    with sqlite3.connect(db.path) as connection:
        return connection.execute(sql, params).fetchone()


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    main_window = MainWindow(db)
    qtbot.addWidget(main_window)
    main_window.show()
    return main_window


def pending(qtbot: QtBot, window: MainWindow, class_name: str) -> object:
    def ready() -> bool:
        dialog = window.contact_actions.pending_dialog
        return dialog is not None and type(dialog).__name__ == class_name and dialog.isVisible()

    qtbot.waitUntil(ready)
    return window.contact_actions.pending_dialog


def drop(window: MainWindow, source: Stage, row: int, target: Stage) -> bool:
    proxy = window.board.columns[source].proxy
    data = proxy.mimeData([proxy.index(row, 0)])
    return window.board.columns[target].proxy.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())


def test_new_contact(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    window.contact_actions.new_contact()
    dialog = pending(qtbot, window, "ContactEditorDialog")
    dialog.name_edit.setText("Zoé Lefèvre")
    dialog.email_edit.setText("zoe@atelier-oeuvre.fr")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    stored = one(db, "SELECT display_name, email, stage FROM contact")
    assert stored == ("Zoé Lefèvre", "zoe@atelier-oeuvre.fr", "stranger")
    assert window.board.columns[Stage.STRANGER].count() == 1


def test_a_duplicate_email_is_flagged_and_can_be_opened(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    add(db, "Zoé Lefèvre", Stage.LEAD, email="zoe@atelier-oeuvre.fr")
    window.refresh()
    window.contact_actions.new_contact()
    dialog = pending(qtbot, window, "ContactEditorDialog")
    dialog.name_edit.setText("Zoe L")
    dialog.email_edit.setText("ZOE@atelier-oeuvre.fr")
    qtbot.waitUntil(dialog.duplicate_box.isVisible)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    editor = pending(qtbot, window, "ContactEditorDialog")
    assert editor is not dialog and "Zoé Lefèvre" in editor.windowTitle()
    assert one(db, "SELECT count(*) FROM contact") == (1,)


def test_edit_contact(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    zoe = add(db, "Zoé", Stage.LEAD)
    window.refresh()
    window.contact_actions.edit_contact(zoe)
    dialog = pending(qtbot, window, "ContactEditorDialog")
    dialog.phone_edit.setText("+33 6 12 34 56 78")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert one(db, "SELECT phone, stage FROM contact WHERE id = ?", zoe) == ("+33 6 12 34 56 78", "lead")


def test_log_interaction_sets_the_last_touch(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    zoe = add(db, "Zoé", Stage.LEAD)
    window.refresh()
    window.contact_actions.log_interaction(zoe)
    dialog = pending(qtbot, window, "LogInteractionDialog")
    dialog.summary_edit.setPlainText("Called about the quote")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert one(db, "SELECT summary FROM interaction WHERE contact_id = ?", zoe) == ("Called about the quote",)
    assert window.board_model.card(zoe).last_contact_on is not None


def test_a_lead_moved_to_prospect_is_qualified(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    zoe = add(db, "Zoé", Stage.LEAD)
    window.refresh()
    assert drop(window, Stage.LEAD, 0, Stage.PROSPECT)
    dialog = pending(qtbot, window, "QualifyDialog")
    dialog.budget.set_value(Answer.YES)
    dialog.need.set_value(Answer.YES)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert one(db, "SELECT stage, budget, need, timing FROM contact WHERE id = ?", zoe) == (
        "prospect", "yes", "yes", "unknown")
    assert window.board_model.card(zoe).qualification == 2


def test_several_leads_moved_to_prospect_are_each_qualified_or_said_skipped(
        qtbot: QtBot, window: MainWindow, db: Database) -> None:
    """Three leads dropped together on Prospect: the questions come for each in turn ("1 of 3"…); the one
    the user cancels is named in a message that stays above the board."""
    ids = [add(db, name, Stage.LEAD) for name in ("Zoé", "Omar", "Léa")]
    window.refresh()
    proxy = window.board.columns[Stage.LEAD].proxy
    data = proxy.mimeData([proxy.index(row, 0) for row in range(3)])
    assert window.board.columns[Stage.PROSPECT].proxy.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0,
                                                                    QModelIndex())
    titles: list[str] = []
    for answer in ("save", "cancel", "save"):
        dialog = pending(qtbot, window, "QualifyDialog")
        titles.append(dialog.windowTitle())
        if answer == "save":
            dialog.budget.set_value(Answer.YES)
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        else:
            dialog.reject()
        qtbot.waitUntil(lambda current=dialog: window.contact_actions.pending_dialog is not current)
    assert [title.endswith(f"({number} of 3)") for number, title in enumerate(titles, start=1)] == [True] * 3
    budgets = [one(db, "SELECT budget FROM contact WHERE id = ?", contact_id)[0] for contact_id in ids]
    skipped = [name for name, budget in zip(("Zoé", "Omar", "Léa"), budgets, strict=True) if budget != "yes"]
    assert len(skipped) == 1 and budgets.count("yes") == 2
    qtbot.waitUntil(lambda: window.notice.isVisible())
    assert skipped[0] in window.notice.label.text() and "Qualify" in window.notice.label.text()


def test_a_paid_payment_offers_the_move_to_client(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    zoe = add(db, "Zoé", Stage.PROSPECT)
    window.refresh()
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    window.contact_actions.record_payment(zoe)
    dialog = pending(qtbot, window, "MarkPaymentDialog")
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(PaymentStatus.PAID.value))
    qtbot.keyClicks(dialog.amount_edit, "1250")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert one(db, "SELECT stage FROM contact WHERE id = ?", zoe) == ("client",)
    assert one(db, "SELECT amount_cents, status FROM payment") == (125000, "paid")


def test_a_client_whose_referral_became_a_client_is_suggested_as_ambassador(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ana = add(db, "Ana", Stage.PROSPECT)
    record_payment(db, ana, PaymentDraft(50000, PaymentStatus.PAID), move_to_client=True)
    ben = add(db, "Ben", Stage.PROSPECT)
    set_referrer(db, ben, ana)
    record_payment(db, ben, PaymentDraft(80000, PaymentStatus.PAID))
    window.refresh()
    asked: list[str] = []

    def answer_yes(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    assert drop(window, Stage.PROSPECT, 0, Stage.CLIENT)  # Ben has paid: no dialog needed
    qtbot.waitUntil(lambda: bool(asked))
    assert "Ana sent you Ben" in asked[0]
    # Saying yes moves Ana towards Ambassador, which asks for her ambassador details first.
    qtbot.waitUntil(lambda: type(window.controller.pending_dialog).__name__ == "FlagAmbassadorDialog")


def test_merge_duplicates_and_undo(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    keep = add(db, "Zoé Lefèvre", Stage.LEAD, email="zoe@atelier-oeuvre.fr")
    other = add(db, "Zoe Lefevre", Stage.VISITOR, email="zoe@atelier-oeuvre.fr", phone="06 12 34 56 78")
    window.refresh()
    window.contact_actions.merge_pair(keep, other)
    dialog = pending(qtbot, window, "MergeDialog")
    dialog.accept()  # the defaults: every differing field keeps the filled value
    assert one(db, "SELECT count(*) FROM contact") == (1,)
    assert one(db, "SELECT phone FROM contact WHERE id = ?", keep) == ("06 12 34 56 78",)  # the filled value won
    assert one(db, "SELECT count(*) FROM stage_change WHERE contact_id = ?", keep) == (2,)
    window.undo_action.trigger()
    assert one(db, "SELECT count(*) FROM contact") == (2,)
    assert window.board.columns[Stage.VISITOR].count() == 1


def test_a_quote_in_the_timeline_can_be_marked_paid(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    zoe = add(db, "Zoé", Stage.PROSPECT)
    record_payment(db, zoe, PaymentDraft(90000, PaymentStatus.QUOTED))
    window.refresh()
    # "Mark it paid?" yes, then "move to Client?" no.
    answers = iter([QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: next(answers))
    window.panel.show_contact(zoe)
    quote_row = next(i for i, entry in enumerate(window.panel.entries) if entry.kind == "payment")
    timeline = window.panel.timeline
    timeline.customContextMenuRequested.emit(timeline.visualItemRect(timeline.topLevelItem(quote_row)).center())
    menu = window.panel.entry_menu
    next(a for a in menu.actions() if a.text().replace("&", "") == "Mark Paid…").trigger()
    assert one(db, "SELECT status FROM payment") == ("paid",)
    assert one(db, "SELECT stage FROM contact WHERE id = ?", zoe) == ("prospect",)


def test_to_do_offers_one_click_logging(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    from datetime import date, timedelta

    from PySide6.QtWidgets import QPushButton

    late = add(db, "Late", Stage.LEAD, next_follow_up=date.today() - timedelta(days=2))
    window.tabs.setCurrentIndex(window.todo_tab)
    todo = window.tabs.currentWidget()
    todo.refresh()
    todo.select_contact(late)
    button = next(b for b in todo.findChildren(QPushButton) if "Log Interaction" in b.text().replace("&", ""))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = pending(qtbot, window, "LogInteractionDialog")
    assert "Late" in dialog.windowTitle()


def test_the_panel_and_the_contact_menu_follow_the_to_do_list(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    from datetime import date, timedelta

    late = add(db, "Late", Stage.LEAD, next_follow_up=date.today() - timedelta(days=2))
    window.tabs.setCurrentIndex(window.todo_tab)
    todo = window.tabs.currentWidget()
    todo.refresh()
    todo.select_contact(late)
    qtbot.waitUntil(lambda: window.panel.contact_id == late)
    assert window.current_contact_id() == late


def test_adding_and_editing_a_contact_can_be_undone(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    window.contact_actions.new_contact()
    dialog = pending(qtbot, window, "ContactEditorDialog")
    dialog.name_edit.setText("Hugo")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    hugo = one(db, "SELECT id FROM contact")[0]
    window.contact_actions.edit_contact(hugo)
    editor = pending(qtbot, window, "ContactEditorDialog")
    editor.email_edit.setText("hugo@example.fr")
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert one(db, "SELECT email FROM contact") == ("hugo@example.fr",)
    window.undo_action.trigger()
    assert one(db, "SELECT email FROM contact") == ("",)
    window.undo_action.trigger()
    assert one(db, "SELECT count(*) FROM contact") == (0,)
    assert window.board.columns[Stage.STRANGER].count() == 0
    window.redo_action.trigger()
    assert one(db, "SELECT display_name FROM contact") == ("Hugo",)
    assert window.board.columns[Stage.STRANGER].count() == 1
