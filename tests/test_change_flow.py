"""One change notification every view follows (issue 12, items 1 and 2): a write on one tab is seen on every
other one without a manual refresh, the contact panel always shows the contact the Contact menu acts on, and
an undo step whose premise was removed elsewhere is dropped with a word, never refused."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from carnet import services
from carnet.domain.enums import PaymentStatus, Stage
from carnet.services.drafts import ContactDraft, PaymentDraft
from carnet.storage import Database
from carnet.ui.dialogs.archive import ArchiveDialog
from carnet.ui.dialogs.mark_payment import MarkPaymentDialog
from carnet.ui.main_window import MainWindow

TODAY = date.today()


@pytest.fixture
def book(db: Database) -> dict[str, int]:
    ids = {
        "Ana": services.create_contact(db, ContactDraft(display_name="Ana", stage=Stage.LEAD,
                                                        next_follow_up=TODAY - timedelta(days=1))).id,
        "Ben": services.create_contact(db, ContactDraft(display_name="Ben", stage=Stage.LEAD,
                                                        next_follow_up=TODAY - timedelta(days=2))).id,
        "Zoé": services.create_contact(db, ContactDraft(display_name="Zoé", stage=Stage.PROSPECT)).id,
    }
    services.record_payment(db, ids["Zoé"], PaymentDraft(amount_cents=50_000, status=PaymentStatus.PAID),
                            move_to_client=True)
    services.flag_ambassador(db, ids["Zoé"], gift_preferences="Tea")
    return ids


@pytest.fixture
def window(qtbot: QtBot, db: Database, book: dict[str, int]) -> MainWindow:
    main_window = MainWindow(db)
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.controller.load()
    return main_window


def archive_on_the_board(qtbot: QtBot, window: MainWindow, contact_id: int) -> None:
    window.tabs.setCurrentIndex(0)
    window.controller.ask_archive([contact_id])
    qtbot.waitUntil(lambda: isinstance(window.controller.pending_dialog, ArchiveDialog)
                    and window.controller.pending_dialog.isVisible())
    qtbot.mouseClick(window.controller.pending_dialog.ok_button, Qt.MouseButton.LeftButton)


def listed(page: object) -> list[int]:
    model = page.model  # type: ignore[attr-defined]
    return [model.row_at(row).contact_id for row in range(model.rowCount())]


def archived(db: Database, contact_id: int) -> bool:
    with sqlite3.connect(db.path) as connection:
        row = connection.execute("SELECT archived_at FROM contact WHERE id = ?", (contact_id,)).fetchone()
    return row[0] is not None


@pytest.mark.parametrize(("tab", "name"), [("todo_tab", "Ana"), ("gifts_tab", "Zoé")])
def test_a_tab_seen_before_an_archive_on_the_board_no_longer_lists_the_contact(
    qtbot: QtBot, window: MainWindow, book: dict[str, int], tab: str, name: str
) -> None:
    index = getattr(window, tab)
    window.tabs.setCurrentIndex(index)
    page = window.tabs.widget(index)
    assert book[name] in listed(page)
    archive_on_the_board(qtbot, window, book[name])
    window.tabs.setCurrentIndex(index)
    assert book[name] not in listed(window.tabs.widget(index))


def test_the_archived_tab_lists_what_the_board_archived_and_restoring_puts_it_back(
    qtbot: QtBot, window: MainWindow, db: Database, book: dict[str, int]
) -> None:
    window.tabs.setCurrentIndex(window.archived_tab)
    view = window.tabs.widget(window.archived_tab)
    assert listed(view) == []
    archive_on_the_board(qtbot, window, book["Ben"])
    window.tabs.setCurrentIndex(window.archived_tab)
    assert listed(view) == [book["Ben"]]
    assert window.undo_action.text().endswith("Archive Ben")

    view.table.selectRow(0)
    view.restore_selected()
    assert window.board_model.card(book["Ben"]) is not None and not archived(db, book["Ben"])
    # The step "Archive Ben" has nothing left to undo: it says so, and undoing it refuses nothing.
    assert "already undone elsewhere" in window.undo_action.text()
    boxes: list[str] = []
    qtbot_monkey = pytest.MonkeyPatch()
    qtbot_monkey.setattr(QMessageBox, "warning", lambda *args, **kwargs: boxes.append(str(args[2])))
    try:
        window.undo_action.trigger()
    finally:
        qtbot_monkey.undo()
    assert boxes == []
    assert window.board_model.card(book["Ben"]) is not None and not archived(db, book["Ben"])
    assert "Archive Ben" not in window.undo_action.text()


def test_undo_after_the_contact_was_restored_elsewhere_is_a_no_op_with_a_word(
    qtbot: QtBot, window: MainWindow, db: Database, book: dict[str, int]
) -> None:
    archive_on_the_board(qtbot, window, book["Ben"])
    services.restore_contacts(db, [book["Ben"]])  # by another path that tells nobody (the worst case)
    window.undo_action.trigger()
    assert not archived(db, book["Ben"])
    assert "nothing to undo" in window.statusBar().currentMessage()


def test_the_panel_shows_the_card_clicked_after_a_payment_dialog_on_another(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    window.panel.show()
    first = services.create_contact(db, ContactDraft(display_name="Alice", stage=Stage.PROSPECT)).id
    window.contact_actions._show([first])  # what ContactActions does after its own create
    second = services.create_contact(db, ContactDraft(display_name="Bruno", stage=Stage.PROSPECT)).id
    window.contact_actions._show([second])
    prospects = window.board.columns[Stage.PROSPECT].proxy
    row = next(r for r in range(prospects.rowCount()) if prospects.index(r, 0).data() == "Bruno")
    data = prospects.mimeData([prospects.index(row, 0)])
    window.board.columns[Stage.CLIENT].proxy.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    qtbot.waitUntil(lambda: isinstance(window.controller.pending_dialog, MarkPaymentDialog)
                    and window.controller.pending_dialog.isVisible())
    dialog = window.controller.pending_dialog
    qtbot.keyClicks(dialog.amount_edit, "300")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.panel.contact_id == second)

    view = window.board.columns[Stage.PROSPECT].view
    row = next(r for r in range(prospects.rowCount()) if prospects.index(r, 0).data() == "Alice")
    view.setFocus()
    view.select_row(row)
    qtbot.waitUntil(lambda: window.panel.contact_id == first)
    assert window.current_contact_id() == first == window.panel.contact_id
    assert window.panel.name_label.text() == "Alice"


def test_after_a_merge_the_panel_and_the_contact_menu_speak_of_the_same_contact(
    qtbot: QtBot, window: MainWindow, db: Database, book: dict[str, int]
) -> None:
    window.panel.show()
    leads = window.board.columns[Stage.LEAD]
    leads.view.setFocus()
    row = next(r for r in range(leads.proxy.rowCount()) if leads.proxy.index(r, 0).data() == "Ben")
    leads.view.select_row(row)
    qtbot.waitUntil(lambda: window.panel.contact_id == book["Ben"])
    window.contact_actions._merge(book["Ana"], book["Ben"], {}, "Ben")  # Ben merged into Ana: Ben's card goes
    assert window.board_model.card(book["Ben"]) is None
    qtbot.waitUntil(lambda: window.panel.contact_id == window.current_contact_id(), timeout=2000)
    assert window.panel.contact_id != book["Ben"]


def test_a_gift_recorded_in_the_gifts_tab_reaches_the_panel(
    qtbot: QtBot, window: MainWindow, book: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[object] = []
    window.changes.changed.connect(seen.append)
    window.tabs.setCurrentIndex(window.gifts_tab)
    tab = window.tabs.widget(window.gifts_tab)
    row = next(r for r in tab.model.rows() if r.contact_id == book["Zoé"])
    assert tab._record(row, "Tea", TODAY)
    assert [change.contact_ids for change in seen] == [frozenset({book["Zoé"]})]  # type: ignore[attr-defined]


def test_a_payment_and_an_interaction_from_the_contact_actions_reach_every_tab(
    qtbot: QtBot, window: MainWindow, db: Database, book: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    window.tabs.setCurrentIndex(window.dashboard_tab)  # built, then hidden behind the To do tab
    dashboard = window.tabs.widget(window.dashboard_tab)
    payments_before = len(dashboard._rows.payments)
    window.tabs.setCurrentIndex(window.todo_tab)
    todo = window.tabs.widget(window.todo_tab)
    assert book["Ana"] in listed(todo)

    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.No)
    window.contact_actions._pay(book["Ana"], PaymentDraft(amount_cents=12_000, status=PaymentStatus.QUOTED))
    card = window.board_model.card(book["Ana"])
    assert card is not None  # the board has re-read Ana's card
    window.tabs.setCurrentIndex(window.dashboard_tab)
    assert len(dashboard._rows.payments) == payments_before + 1  # the hidden dashboard read again when shown

    from carnet.domain.enums import InteractionKind
    from carnet.ui.dialogs.log_interaction import InteractionEntry

    # What LogInteractionDialog.value() returns: a call, the follow-up settled.
    entry = InteractionEntry(InteractionKind.CALL, datetime.now(UTC), "Called back", TODAY + timedelta(days=7))
    window.tabs.setCurrentIndex(window.todo_tab)
    window.contact_actions._log(book["Ana"], entry)
    assert book["Ana"] not in listed(todo)  # the visible To do read again at once: nothing due any more
