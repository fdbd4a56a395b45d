"""Reads on the reader thread (issue 19) never hand a view a result read before a write: a write during a
read, and the view ends up showing the write."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

import carnet.ui.board.controller as controller_module
import carnet.ui.dashboard.tab as tab_module
from carnet.domain import Stage
from carnet.services import ContactDraft, create_contact
from carnet.storage import Database
from carnet.ui import read_worker
from carnet.ui.board.model import CardRole
from carnet.ui.main_window import MainWindow
from carnet.ui.read_worker import ReadWorker

WAIT_MS = 10_000


class Gate:
    """Holds a read on the reader thread once it has read, until the test has written."""

    def __init__(self) -> None:
        self.read = threading.Event()  # the worker has read (the old state)
        self.go = threading.Event()
        self.calls = 0

    def wrap(self, reader: Callable[..., object]) -> Callable[..., object]:
        def gated(*args: object, **kwargs: object) -> object:
            self.calls += 1
            result = reader(*args, **kwargs)
            if self.calls == 1 and threading.current_thread() is not threading.main_thread():
                self.read.set()
                assert self.go.wait(WAIT_MS / 1000)
            return result

        return gated


def contact_count(view: Database) -> int:
    return int(view.reader().execute("SELECT count(*) FROM contact WHERE archived_at IS NULL").fetchone()[0])


@pytest.fixture
def threaded(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every book counts as big: its reads go to the reader thread."""
    monkeypatch.setattr(read_worker, "THREADED_FROM", 0)
    yield


def test_a_write_during_a_read_is_read_again_before_the_view_is_told(qtbot: QtBot, db: Database) -> None:
    create_contact(db, ContactDraft("Ana Pereira", stage=Stage.LEAD))
    worker = ReadWorker(db, threaded=True)
    gate = Gate()
    shown: list[int] = []
    with qtbot.waitSignal(worker.delivered, timeout=WAIT_MS):
        worker.read("count", gate.wrap(contact_count), shown.append)
        assert gate.read.wait(WAIT_MS / 1000)  # the worker has counted one contact...
        create_contact(db, ContactDraft("Bruno Martin", stage=Stage.VISITOR))  # ...and a write commits
        gate.go.set()
    assert shown == [2]  # the stale count (1) never reached the view
    assert gate.calls == 2
    worker.stop()


def test_only_the_latest_read_of_a_key_is_handed_over(qtbot: QtBot, db: Database) -> None:
    worker = ReadWorker(db, threaded=True)
    gate = Gate()
    shown: list[str] = []
    worker.read("list", gate.wrap(lambda _view: "first"), shown.append)
    assert gate.read.wait(WAIT_MS / 1000)
    with qtbot.waitSignal(worker.delivered, timeout=WAIT_MS):
        worker.read("list", lambda _view: "second", shown.append)
        gate.go.set()
    qtbot.wait(50)  # the first result, arriving after the second, would be shown by now
    assert shown == ["second"]
    assert not worker.pending("list")
    worker.stop()


def test_a_failed_read_on_the_worker_reaches_its_view(qtbot: QtBot, db: Database) -> None:
    worker = ReadWorker(db, threaded=True)
    failures: list[BaseException] = []

    def damaged(_view: Database) -> int:
        raise ValueError("contact 7: its stage 'purple' is not a stage")

    with qtbot.waitSignal(worker.delivered, timeout=WAIT_MS):
        worker.read("x", damaged, lambda _value: None, failures.append)
    assert [str(error) for error in failures] == ["contact 7: its stage 'purple' is not a stage"]
    worker.stop()


def test_the_rest_of_the_board_read_during_a_move_shows_the_move(
    qtbot: QtBot, db: Database, threaded: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("Ana Pereira", "Bruno Martin", "Chloé Dubois", "David Leroy"):
        create_contact(db, ContactDraft(name, stage=Stage.LEAD))
    monkeypatch.setattr(controller_module, "HEAD_CARDS", 1)
    gate = Gate()
    monkeypatch.setattr(controller_module, "board_cards", gate.wrap(controller_module.board_cards))
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.controller.reads.threaded
    window.show()  # painted, then the rest of the board is asked of the reader
    qtbot.waitUntil(gate.read.is_set, timeout=WAIT_MS)  # the reader holds the whole board, read before the move
    assert not window.controller.fully_loaded
    top = window.board.proxies()[Stage.LEAD].index(0, 0).data(CardRole.CONTACT_ID)  # the one card painted
    with qtbot.waitSignal(window.controller.loaded, timeout=WAIT_MS):
        assert window.controller.move([top], Stage.VISITOR, 0)  # committed while the read waits
        gate.go.set()
    card = window.board_model.card(top)
    assert card is not None and card.stage is Stage.VISITOR
    assert window.board.counts()[Stage.LEAD] == 3
    assert window.board.counts()[Stage.VISITOR] == 1
    assert gate.calls == 2  # read again after the move, not shown from before it


def test_the_dashboard_read_during_a_write_shows_the_write(
    qtbot: QtBot, db: Database, threaded: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_contact(db, ContactDraft("Ana Pereira", stage=Stage.LEAD))
    chloe = create_contact(db, ContactDraft("Chloé Dubois", stage=Stage.VISITOR))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.controller.fully_loaded, timeout=WAIT_MS)
    gate = Gate()
    monkeypatch.setattr(tab_module, "dashboard_rows", gate.wrap(tab_module.dashboard_rows))
    window.tabs.setCurrentIndex(window.dashboard_tab)
    tab = window.tabs.widget(window.dashboard_tab)
    assert isinstance(tab, tab_module.DashboardTab)
    assert gate.read.wait(WAIT_MS / 1000)
    assert tab.loading and tab.loading_label.isVisibleTo(tab)  # the user sees it is on its way
    # The write goes through the board's own path (the hub refreshes the visible dashboard too); the result
    # already read is the one that must not be shown.
    assert window.controller.move([chloe.id], Stage.LEAD, None)
    gate.go.set()
    qtbot.waitUntil(lambda: not tab.loading, timeout=WAIT_MS)
    assert tab.dashboard is not None
    now = {step.stage: step.now for step in tab.dashboard.funnel}
    assert (now[Stage.VISITOR], now[Stage.LEAD]) == (0, 2)
    assert not tab.loading_label.isVisibleTo(tab)


def test_a_hidden_write_during_a_dashboard_read_is_read_again(
    qtbot: QtBot, db: Database, threaded: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write nobody told the tab of (no change notified): the generation alone makes it read again."""
    create_contact(db, ContactDraft("Ana Pereira", stage=Stage.LEAD))
    gate = Gate()
    monkeypatch.setattr(tab_module, "dashboard_rows", gate.wrap(tab_module.dashboard_rows))
    reads = ReadWorker(db, threaded=True)
    tab = tab_module.DashboardTab(db, reads=reads)
    qtbot.addWidget(tab)
    tab.show()
    assert gate.read.wait(WAIT_MS / 1000)
    with qtbot.waitSignal(tab.refreshed, timeout=WAIT_MS):
        create_contact(db, ContactDraft("Bruno Martin", stage=Stage.LEAD))
        gate.go.set()
    assert tab.dashboard is not None
    assert {step.stage: step.now for step in tab.dashboard.funnel}[Stage.LEAD] == 2
    reads.stop()


def test_the_to_do_list_read_during_a_write_shows_the_write(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import carnet.ui.todo_view as todo_module

    create_contact(db, ContactDraft("Ana Pereira", stage=Stage.LEAD))  # a lead without a next step: on the list
    gate = Gate()
    monkeypatch.setattr(todo_module, "todo_today", gate.wrap(todo_module.todo_today))
    reads = ReadWorker(db, threaded=True)
    view = todo_module.TodoView(db, reads=reads)
    qtbot.addWidget(view)
    assert gate.read.wait(WAIT_MS / 1000)
    assert view.loading and view.summary.text() == "Loading…"
    with qtbot.waitSignal(reads.delivered, timeout=WAIT_MS):
        create_contact(db, ContactDraft("Bruno Martin", stage=Stage.PROSPECT))  # another, written meanwhile
        gate.go.set()
    assert sorted(row.display_name for row in view.model.rows()) == ["Ana Pereira", "Bruno Martin"]
    assert "No next step: 2" in view.summary.text()
    reads.stop()


def test_the_to_review_list_read_during_a_write_shows_the_write(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """To review (the CNIL's three years) on the reader: "Loading…" meanwhile, and a contact archived while it
    was read is not listed."""
    from datetime import date, timedelta

    import carnet.ui.review_view as review_module
    from carnet.domain.enums import ArchiveReason
    from carnet.services import archive_contacts

    quiet = [create_contact(db, ContactDraft(name, stage=Stage.LEAD)).id for name in ("Ana Pereira", "Bruno Martin")]
    gate = Gate()
    monkeypatch.setattr(review_module, "to_review", gate.wrap(review_module.to_review))
    reads = ReadWorker(db, threaded=True)
    later = date.today() + timedelta(days=4 * 366)  # four years on, nobody contacted since
    view = review_module.ReviewView(db, lambda: 3, lambda: later, reads=reads)
    qtbot.addWidget(view)
    view.show()
    assert gate.read.wait(WAIT_MS / 1000)
    assert view.loading and view.count_label.text() == "Loading…"
    with qtbot.waitSignal(reads.delivered, timeout=WAIT_MS):
        archive_contacts(db, [quiet[0]], ArchiveReason.NO_ANSWER)  # written while the list was read
        gate.go.set()
    assert [row.contact_id for row in view.model.rows()] == [quiet[1]]
    assert view.count_label.text() == "1 contact to review"
    reads.stop()
