"""The board through its real widgets and models: drops, rules and dialogs, keyboard, undo, filter."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from carnet.domain import InteractionKind, PaymentStatus, Source, Stage, Temperature
from carnet.services import ContactDraft, PaymentDraft, create_contact, log_interaction, record_payment
from carnet.storage import Database
from carnet.ui.board.mime import MIME_TYPE, encode_ids
from carnet.ui.board.model import CardRole
from carnet.ui.dialogs.archive import ArchiveDialog
from carnet.ui.dialogs.flag_ambassador import FlagAmbassadorDialog
from carnet.ui.dialogs.mark_payment import MarkPaymentDialog
from carnet.ui.main_window import MainWindow

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def add(db: Database, name: str, stage: Stage, **fields: object) -> int:
    return create_contact(db, ContactDraft(name, stage=stage, **fields)).id  # type: ignore[arg-type]


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    """A small, known board. Created in reverse so each column reads top-down as listed here."""
    ids: dict[str, int] = {}
    for name, stage, extra in reversed([
        ("Ana", Stage.LEAD, {"organisation": "Atelier Œuvre", "temperature": Temperature.HOT}),
        ("Ben", Stage.LEAD, {"email": "ben@martin.fr", "source": Source.WEBINAR}),
        ("Chloé", Stage.LEAD, {"tags": "export, vip"}),
        ("Dan", Stage.PROSPECT, {"temperature": Temperature.WARM}),
        ("Eve", Stage.PROSPECT, {}),
        ("Farid", Stage.VISITOR, {"next_follow_up": date.today() - timedelta(days=3)}),
    ]):
        ids[name] = add(db, name, stage, **extra)
    ids["Gus"] = add(db, "Gus", Stage.PROSPECT)
    record_payment(db, ids["Gus"], PaymentDraft(250000, PaymentStatus.PAID), move_to_client=True)
    return ids


@pytest.fixture
def window(qtbot: QtBot, db: Database, people: dict[str, int]) -> MainWindow:
    main_window = MainWindow(db)
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    return main_window


def names(window: MainWindow, stage: Stage) -> list[str]:
    proxy = window.board.columns[stage].proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def stored(db: Database, contact_id: int) -> tuple[str, float, str | None]:
    """Stage, position and archive time as SQLite has them: the truth, not the model's idea of it."""
    with sqlite3.connect(db.path) as connection:
        return connection.execute(
            "SELECT stage, position, archived_at FROM contact WHERE id = ?", (contact_id,)
        ).fetchone()


def stored_column(db: Database, stage: Stage) -> list[str]:
    with sqlite3.connect(db.path) as connection:
        rows = connection.execute(
            "SELECT display_name FROM contact WHERE stage = ? AND archived_at IS NULL ORDER BY position, id",
            (stage.value,),
        ).fetchall()
    return [row[0] for row in rows]


def drop(window: MainWindow, source: Stage, rows: list[int], target: Stage, row: int) -> bool:
    """A drop the way the view performs it: the source column's MIME data into the target's dropMimeData."""
    source_proxy = window.board.columns[source].proxy
    target_proxy = window.board.columns[target].proxy
    data = source_proxy.mimeData([source_proxy.index(r, 0) for r in rows])
    return target_proxy.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, QModelIndex())


# --- models ---------------------------------------------------------------------------------


def test_board_and_column_models_pass_the_model_tester(qtbot: QtBot, window: MainWindow) -> None:
    tester = ModelTester(qtbot)
    tester.check(window.board_model)
    for column in window.board.columns.values():
        tester.check(column.proxy)


def test_mime_data_carries_ids_only(window: MainWindow, people: dict[str, int]) -> None:
    proxy = window.board.columns[Stage.LEAD].proxy
    data = proxy.mimeData([proxy.index(1, 0), proxy.index(0, 0)])
    assert data.formats()[0] == MIME_TYPE
    assert bytes(data.data(MIME_TYPE).data()) == f"[{people['Ana']}, {people['Ben']}]".encode()


def test_headers_show_count_and_revenue(window: MainWindow) -> None:
    assert window.board.columns[Stage.LEAD].header_text() == "Lead · 3"
    client = window.board.columns[Stage.CLIENT].header_text()
    assert client.startswith("Client · 1 · ") and "2,500" in client


# --- drops ----------------------------------------------------------------------------------


def test_drop_between_columns_is_committed_and_shown(window: MainWindow, db: Database, people: dict[str, int]) -> None:
    assert drop(window, Stage.LEAD, [1], Stage.PROSPECT, 1)
    assert stored(db, people["Ben"])[0] == "prospect"
    assert names(window, Stage.PROSPECT) == ["Dan", "Ben", "Eve"]
    assert stored_column(db, Stage.PROSPECT) == ["Dan", "Ben", "Eve"]
    assert names(window, Stage.LEAD) == ["Ana", "Chloé"]
    assert window.board.columns[Stage.LEAD].header_text() == "Lead · 2"


def test_reorder_inside_a_column(window: MainWindow, db: Database) -> None:
    assert drop(window, Stage.LEAD, [0], Stage.LEAD, 3)  # Ana to the bottom
    assert names(window, Stage.LEAD) == ["Ben", "Chloé", "Ana"]
    assert stored_column(db, Stage.LEAD) == ["Ben", "Chloé", "Ana"]
    assert drop(window, Stage.LEAD, [2], Stage.LEAD, 1)  # and back between Ben and Chloé
    assert stored_column(db, Stage.LEAD) == ["Ben", "Ana", "Chloé"]
    with sqlite3.connect(db.path) as connection:
        assert connection.execute("SELECT count(*) FROM stage_change WHERE from_stage = to_stage").fetchone()[0] == 0


def test_several_cards_move_together_in_order(window: MainWindow, db: Database) -> None:
    assert drop(window, Stage.LEAD, [0, 2], Stage.VISITOR, 0)
    assert names(window, Stage.VISITOR) == ["Ana", "Chloé", "Farid"]
    assert stored_column(db, Stage.VISITOR) == ["Ana", "Chloé", "Farid"]


def test_a_real_drop_event_on_a_column_viewport(qtbot: QtBot, window: MainWindow, db: Database,
                                                people: dict[str, int]) -> None:
    view = window.board.columns[Stage.VISITOR].view
    data = encode_ids([people["Dan"]], ["Dan"])
    point = QPoint(view.viewport().width() // 2, view.viewport().height() - 5)  # below the last card
    actions = Qt.DropAction.MoveAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, actions, data, buttons, modifiers)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point, actions, data, buttons, modifiers)
    QApplication.sendEvent(view.viewport(), move)
    assert move.isAccepted()
    QApplication.sendEvent(view.viewport(), QDropEvent(QPointF(point), actions, data, buttons, modifiers))
    assert stored(db, people["Dan"])[0] == "visitor"
    assert names(window, Stage.VISITOR) == ["Farid", "Dan"]


def test_foreign_drags_are_refused(window: MainWindow, db: Database, people: dict[str, int]) -> None:
    data = QMimeData()
    data.setText("Ana")
    proxy = window.board.columns[Stage.PROSPECT].proxy
    assert not proxy.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not proxy.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert stored(db, people["Ana"])[0] == "lead"


# --- the rules through the board ----------------------------------------------------------------


def pending(qtbot: QtBot, window: MainWindow, kind: type) -> object:
    qtbot.waitUntil(lambda: isinstance(window.controller.pending_dialog, kind) and
                    window.controller.pending_dialog.isVisible())
    return window.controller.pending_dialog


def test_drop_on_client_without_payment_asks_for_one_and_moves_once_saved(
    qtbot: QtBot, window: MainWindow, db: Database, people: dict[str, int]
) -> None:
    assert not drop(window, Stage.PROSPECT, [0], Stage.CLIENT, 0)  # Dan: not moved yet
    assert stored(db, people["Dan"])[0] == "prospect"
    dialog = pending(qtbot, window, MarkPaymentDialog)
    qtbot.keyClicks(dialog.amount_edit, "1250.50")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert stored(db, people["Dan"])[0] == "client"
    with sqlite3.connect(db.path) as connection:
        payment = connection.execute(
            "SELECT amount_cents, status FROM payment WHERE contact_id = ?", (people["Dan"],)
        ).fetchone()
    assert payment == (125050, "paid")
    assert names(window, Stage.CLIENT) == ["Dan", "Gus"]


def test_cancelling_the_payment_dialog_leaves_the_card_where_it_was(
    qtbot: QtBot, window: MainWindow, db: Database, people: dict[str, int]
) -> None:
    before = stored(db, people["Dan"])
    drop(window, Stage.PROSPECT, [0], Stage.CLIENT, 0)
    dialog = pending(qtbot, window, MarkPaymentDialog)
    qtbot.keyClicks(dialog.amount_edit, "900")
    dialog.reject()
    qtbot.waitUntil(lambda: window.controller.pending_dialog is None)
    assert stored(db, people["Dan"]) == before
    assert names(window, Stage.PROSPECT) == ["Dan", "Eve"]
    with sqlite3.connect(db.path) as connection:
        payments = connection.execute("SELECT count(*) FROM payment WHERE contact_id = ?", (people["Dan"],))
        assert payments.fetchone()[0] == 0


def test_ambassador_is_refused_for_a_non_client_with_the_reason(
    qtbot: QtBot, window: MainWindow, db: Database, people: dict[str, int]
) -> None:
    assert not drop(window, Stage.LEAD, [0], Stage.AMBASSADOR, 0)
    qtbot.wait(10)
    assert window.controller.pending_dialog is None
    message = window.statusBar().currentMessage()
    assert "Ana cannot be an ambassador" in message and "referred by" in message
    assert stored(db, people["Ana"])[0] == "lead"


def test_ambassador_for_a_client_opens_the_flag_dialog(
    qtbot: QtBot, window: MainWindow, db: Database, people: dict[str, int]
) -> None:
    drop(window, Stage.CLIENT, [0], Stage.AMBASSADOR, 0)
    dialog = pending(qtbot, window, FlagAmbassadorDialog)
    qtbot.keyClicks(dialog.recommends_edit, "Talks about us at her club")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert stored(db, people["Gus"])[0] == "ambassador"
    with sqlite3.connect(db.path) as connection:
        how = connection.execute("SELECT recommends_how FROM contact WHERE id = ?", (people["Gus"],)).fetchone()[0]
    assert how == "Talks about us at her club"
    assert names(window, Stage.AMBASSADOR) == ["Gus"]


def test_cancelling_the_flag_dialog_changes_nothing(
    qtbot: QtBot, window: MainWindow, db: Database, people: dict[str, int]
) -> None:
    drop(window, Stage.CLIENT, [0], Stage.AMBASSADOR, 0)
    pending(qtbot, window, FlagAmbassadorDialog).reject()
    assert stored(db, people["Gus"])[0] == "client"
    assert names(window, Stage.CLIENT) == ["Gus"]


# --- keyboard -------------------------------------------------------------------------------


def focus_card(qtbot: QtBot, window: MainWindow, stage: Stage, row: int) -> None:
    view = window.board.columns[stage].view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.select_row(row)


def test_ctrl_shift_arrows_move_the_selected_card_one_stage(
    qtbot: QtBot, window: MainWindow, db: Database, people: dict[str, int]
) -> None:
    focus_card(qtbot, window, Stage.LEAD, 1)  # Ben
    view = window.board.columns[Stage.LEAD].view
    qtbot.keyClick(view, Qt.Key.Key_Right, CTRL_SHIFT)
    assert stored(db, people["Ben"])[0] == "prospect"
    prospect_view = window.board.columns[Stage.PROSPECT].view
    assert prospect_view.hasFocus() and prospect_view.selected_ids() == [people["Ben"]]
    qtbot.keyClick(prospect_view, Qt.Key.Key_Left, CTRL_SHIFT)
    assert stored(db, people["Ben"])[0] == "lead"


def test_ctrl_shift_right_to_client_follows_the_payment_rule(
    qtbot: QtBot, window: MainWindow, db: Database, people: dict[str, int]
) -> None:
    focus_card(qtbot, window, Stage.PROSPECT, 1)  # Eve
    qtbot.keyClick(window.board.columns[Stage.PROSPECT].view, Qt.Key.Key_Right, CTRL_SHIFT)
    pending(qtbot, window, MarkPaymentDialog).reject()
    assert stored(db, people["Eve"])[0] == "prospect"


def test_arrows_move_the_selection_across_columns(qtbot: QtBot, window: MainWindow, people: dict[str, int]) -> None:
    focus_card(qtbot, window, Stage.LEAD, 2)  # Chloé
    qtbot.keyClick(window.board.columns[Stage.LEAD].view, Qt.Key.Key_Left)
    visitor = window.board.columns[Stage.VISITOR].view
    assert visitor.hasFocus() and visitor.selected_ids() == [people["Farid"]]
    qtbot.keyClick(visitor, Qt.Key.Key_Right)
    lead = window.board.columns[Stage.LEAD].view
    assert lead.hasFocus() and lead.selected_ids() == [people["Ana"]]
    qtbot.keyClick(lead, Qt.Key.Key_Down)
    assert lead.selected_ids() == [people["Ben"]]
    assert visitor.selected_ids() == []


def test_enter_opens_the_contact(qtbot: QtBot, window: MainWindow) -> None:
    from carnet.ui.dialogs.contact_editor import ContactEditorDialog

    focus_card(qtbot, window, Stage.LEAD, 0)
    qtbot.keyClick(window.board.columns[Stage.LEAD].view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.contact_actions.pending_dialog, ContactEditorDialog)
                    and window.contact_actions.pending_dialog.isVisible())
    assert "Ana" in window.contact_actions.pending_dialog.windowTitle()
    window.contact_actions.pending_dialog.reject()


def test_delete_archives_with_a_reason_and_undo_restores_it_in_place(
    qtbot: QtBot, window: MainWindow, db: Database, people: dict[str, int]
) -> None:
    before = stored(db, people["Ben"])
    focus_card(qtbot, window, Stage.LEAD, 1)
    qtbot.keyClick(window.board.columns[Stage.LEAD].view, Qt.Key.Key_Delete)
    dialog = pending(qtbot, window, ArchiveDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert stored(db, people["Ben"])[2] is not None
    assert names(window, Stage.LEAD) == ["Ana", "Chloé"]
    window.undo_action.trigger()
    assert stored(db, people["Ben"]) == before
    assert names(window, Stage.LEAD) == ["Ana", "Ben", "Chloé"]
    window.redo_action.trigger()
    assert stored(db, people["Ben"])[2] is not None
    assert names(window, Stage.LEAD) == ["Ana", "Chloé"]


# --- undo -----------------------------------------------------------------------------------


def test_undo_and_redo_of_moves_restore_the_database(window: MainWindow, db: Database, people: dict[str, int]) -> None:
    start = {name: stored(db, contact_id) for name, contact_id in people.items()}
    drop(window, Stage.LEAD, [0, 1], Stage.VISITOR, 1)
    drop(window, Stage.PROSPECT, [1], Stage.PROSPECT, 0)
    moved = {name: stored(db, contact_id) for name, contact_id in people.items()}
    assert window.undo_stack.count() == 2
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert {name: stored(db, contact_id) for name, contact_id in people.items()} == start
    assert names(window, Stage.LEAD) == ["Ana", "Ben", "Chloé"]
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert {name: stored(db, contact_id) for name, contact_id in people.items()} == moved
    assert names(window, Stage.VISITOR) == ["Farid", "Ana", "Ben"]


def test_undoing_a_move_to_client_keeps_the_payment(
    qtbot: QtBot, window: MainWindow, db: Database, people: dict[str, int]
) -> None:
    drop(window, Stage.PROSPECT, [0], Stage.CLIENT, 0)
    dialog = pending(qtbot, window, MarkPaymentDialog)
    qtbot.keyClicks(dialog.amount_edit, "300")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    window.undo_action.trigger()
    assert stored(db, people["Dan"])[0] == "prospect"
    with sqlite3.connect(db.path) as connection:
        assert connection.execute(
            "SELECT count(*) FROM payment WHERE contact_id = ? AND status = 'paid'", (people["Dan"],)
        ).fetchone()[0] == 1
    window.redo_action.trigger()
    assert stored(db, people["Dan"])[0] == "client"


# --- filter ---------------------------------------------------------------------------------


def counts(window: MainWindow) -> dict[Stage, int]:
    return {stage: count for stage, count in window.board.counts().items() if count}


def test_typing_filters_every_column(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filter_bar.search.hasFocus()
    qtbot.keyClicks(window.filter_bar.search, "martin")  # Ben's email
    assert counts(window) == {Stage.LEAD: 1}
    assert window.board.columns[Stage.LEAD].header_text() == "Lead · 1 / 3"
    window.filter_bar.search.clear()
    qtbot.keyClicks(window.filter_bar.search, "VIP")  # a tag, any case
    assert names(window, Stage.LEAD) == ["Chloé"]
    window.filter_bar.search.clear()
    window.filter_bar.search.setText("œuvre")  # organisation (QTest types ASCII only)
    assert names(window, Stage.LEAD) == ["Ana"]
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Escape)
    assert counts(window) == {Stage.VISITOR: 1, Stage.LEAD: 3, Stage.PROSPECT: 2, Stage.CLIENT: 1}


def test_quick_toggles(window: MainWindow, db: Database, people: dict[str, int]) -> None:
    bar = window.filter_bar
    bar.temperature_buttons[Temperature.HOT].click()
    assert counts(window) == {Stage.LEAD: 1}
    bar.temperature_buttons[Temperature.WARM].click()
    assert counts(window) == {Stage.LEAD: 1, Stage.PROSPECT: 1}
    bar.clear()
    bar.source.setCurrentIndex(bar.source.findData(Source.WEBINAR.value))
    assert names(window, Stage.LEAD) == ["Ben"]
    bar.clear()
    bar.overdue.click()
    assert counts(window) == {Stage.VISITOR: 1}
    bar.clear()
    window.board_model._today = lambda: date.today() + timedelta(days=30)  # a month without calls
    log_interaction(db, people["Dan"], InteractionKind.CALL, "Kept warm", at=datetime.now(UTC) + timedelta(days=30))
    window.refresh()
    bar.stale.click()
    # Leads go stale after 14 days and prospects after 7; Dan was called that day, strangers never go stale.
    assert names(window, Stage.LEAD) == ["Ana", "Ben", "Chloé"] and names(window, Stage.PROSPECT) == ["Eve"]


def test_a_drop_while_filtered_lands_among_the_hidden_cards_correctly(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    window.filter_bar.temperature_buttons[Temperature.COLD].click()  # hides Ana (hot) and Dan (warm)
    assert names(window, Stage.LEAD) == ["Ben", "Chloé"]
    assert names(window, Stage.PROSPECT) == ["Eve"]
    assert drop(window, Stage.PROSPECT, [0], Stage.LEAD, 1)  # Eve between Ben and Chloé
    assert stored_column(db, Stage.LEAD) == ["Ana", "Ben", "Eve", "Chloé"]
    assert names(window, Stage.LEAD) == ["Ben", "Eve", "Chloé"]


def test_a_big_board_paints_its_top_first_then_loads_the_rest(
    qtbot: QtBot, db: Database, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    import carnet.ui.board.controller as controller

    monkeypatch.setattr(controller, "HEAD_CARDS", 2)
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert not window.controller.fully_loaded
    assert names(window, Stage.LEAD) == ["Ana", "Ben"]  # the top of the column...
    assert window.board.columns[Stage.LEAD].header_text() == "Lead · 3"  # ...under the whole column's figures
    assert "2,500" in window.board.columns[Stage.CLIENT].header_text()
    with qtbot.waitSignal(window.controller.loaded, timeout=5000):
        window.show()
    assert names(window, Stage.LEAD) == ["Ana", "Ben", "Chloé"]
    assert window.board.columns[Stage.LEAD].header_text() == "Lead · 3"


def test_a_big_boards_column_revenue_is_added_up_after_the_first_paint(
    qtbot: QtBot, db: Database, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    import carnet.ui.board.controller as controller
    from carnet.ui import read_worker

    monkeypatch.setattr(controller, "HEAD_CARDS", 2)
    monkeypatch.setattr(read_worker, "THREADED_FROM", 0)  # read on the reader thread, as a big book is
    window = MainWindow(db)
    qtbot.addWidget(window)
    client = window.board.columns[Stage.CLIENT]
    # Counted at once; what the column was paid comes from the reader, and the header says it is on its way.
    assert client.header_text() == "Client · 1 · …"
    assert "Adding up" in client.revenue_label.toolTip()
    assert not window.controller.reads.pending("column paid")  # nothing competes with the first paint
    with qtbot.waitSignal(window.controller.reads.delivered, timeout=5000,
                          check_params_cb=lambda key: key == "column paid"):
        window.show()  # painted: the reader adds them up first, then reads the rest of the board
    assert "2,500" in client.header_text() and "…" not in client.header_text()
    qtbot.waitUntil(lambda: window.controller.fully_loaded, timeout=5000)
    assert "2,500" in client.header_text()


def test_column_revenue_follows_moves(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def confirm(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    assert window.board.columns[Stage.PROSPECT].header_text() == "Prospect · 2"
    # A client cooling down keeps their payment, once the user has confirmed it (after the drop returns).
    assert not drop(window, Stage.CLIENT, [0], Stage.PROSPECT, 0)
    qtbot.waitUntil(lambda: "2,500" in window.board.columns[Stage.PROSPECT].header_text())
    assert asked and "Gus has paid you €2,500.00" in asked[0] and "payments stay recorded" in asked[0]
    assert window.board.columns[Stage.CLIENT].header_text() == "Client · 0"


def test_moving_a_paying_client_back_needs_a_confirmation(
    qtbot: QtBot, window: MainWindow, db: Database, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def cancel(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    assert not drop(window, Stage.CLIENT, [0], Stage.STRANGER, 0)
    qtbot.waitUntil(lambda: bool(asked))
    assert "Move Gus back to Stranger?" in asked[0]
    assert stored(db, people["Gus"])[0] == "client" and names(window, Stage.CLIENT) == ["Gus"]
    # The keyboard's step back asks the same.
    window.board.columns[Stage.CLIENT].view.select_row(0)
    window.previous_stage_action.trigger()
    assert len(asked) == 2 and stored(db, people["Gus"])[0] == "client"
    # A prospect moving back is not asked about.
    assert drop(window, Stage.PROSPECT, [0], Stage.LEAD, 0)
    assert len(asked) == 2


def test_a_drop_selects_the_card_in_its_new_column_and_leaves_the_focus(
    qtbot: QtBot, window: MainWindow, people: dict[str, int]
) -> None:
    focus_card(qtbot, window, Stage.LEAD, 0)  # the user pressed on Ana to drag her
    assert drop(window, Stage.LEAD, [0], Stage.PROSPECT, 2)
    prospect = window.board.columns[Stage.PROSPECT].view
    assert prospect.selected_ids() == [people["Ana"]]
    assert window.board.columns[Stage.LEAD].view.hasFocus()
    assert window.board.selected_ids() == [people["Ana"]]  # Delete or Ctrl+Shift+arrows act on her


def test_a_card_carries_its_qualification_score(qtbot: QtBot, db: Database) -> None:
    from carnet.domain import Answer
    from carnet.services import update_contact

    lead = add(db, "Quentin", Stage.LEAD)
    add(db, "Unasked", Stage.LEAD)
    update_contact(db, lead, budget=Answer.YES, need=Answer.YES, timing=Answer.NO)
    window = MainWindow(db)
    qtbot.addWidget(window)
    proxy = window.board.columns[Stage.LEAD].proxy
    scores = {proxy.index(r, 0).data(): proxy.index(r, 0).data(CardRole.CARD).qualification for r in range(2)}
    assert scores == {"Quentin": 2, "Unasked": None}


def test_a_refused_drop_is_explained_in_a_bar_that_stays(qtbot: QtBot, window: MainWindow) -> None:
    assert not window.notice.isVisible()
    assert not drop(window, Stage.LEAD, [0], Stage.AMBASSADOR, 0)  # Ana has not paid
    assert window.notice.isVisible()
    text = window.notice.label.text()
    assert "Ana" in text and "client" in text.lower()
    qtbot.wait(50)
    assert window.notice.isVisible()  # not gone with the status bar's timeout
    assert drop(window, Stage.LEAD, [0], Stage.PROSPECT, 0)  # the next change that succeeds clears it
    assert not window.notice.isVisible()
