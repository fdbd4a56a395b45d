"""The Dashboard tab follows writes contact by contact on the reader thread (issue 19), and never shows a result
read before a write: told of the write, it reads the contacts again; not told, it reads everything."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

import carnet.ui.dashboard.tab as tab_module
from carnet.domain import Stage
from carnet.services import ContactDraft, create_contact
from carnet.storage import Database
from carnet.ui import read_worker
from carnet.ui.main_window import MainWindow

WAIT_MS = 10_000


class Gate:
    """Holds the first read on the reader thread once it has read, until the test has written."""

    def __init__(self) -> None:
        self.read = threading.Event()
        self.go = threading.Event()
        self.calls: list[frozenset[int]] = []

    def wrap(self, reader: Callable[..., object]) -> Callable[..., object]:
        def gated(view: Database, ids: object) -> object:
            self.calls.append(frozenset(ids))  # type: ignore[arg-type]
            result = reader(view, ids)
            if len(self.calls) == 1 and threading.current_thread() is not threading.main_thread():
                self.read.set()
                assert self.go.wait(WAIT_MS / 1000)
            return result

        return gated


@pytest.fixture
def threaded(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(read_worker, "THREADED_FROM", 0)
    yield


def now(tab: tab_module.DashboardTab) -> dict[Stage, int]:
    assert tab.dashboard is not None
    return {step.stage: step.now for step in tab.dashboard.funnel}


def shown_dashboard(qtbot: QtBot, db: Database) -> tuple[MainWindow, tab_module.DashboardTab]:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.controller.fully_loaded, timeout=WAIT_MS)
    window.tabs.setCurrentIndex(window.dashboard_tab)
    tab = window.tabs.widget(window.dashboard_tab)
    assert isinstance(tab, tab_module.DashboardTab)
    qtbot.waitUntil(lambda: tab.dashboard is not None and not tab.loading, timeout=WAIT_MS)
    return window, tab


def test_a_write_during_a_contact_read_ends_with_both_writes_shown(
    qtbot: QtBot, db: Database, threaded: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    ana = create_contact(db, ContactDraft("Ana Pereira", stage=Stage.VISITOR))
    bruno = create_contact(db, ContactDraft("Bruno Martin", stage=Stage.VISITOR))
    create_contact(db, ContactDraft("Chloé Dubois", stage=Stage.LEAD))
    window, tab = shown_dashboard(qtbot, db)
    assert now(tab)[Stage.VISITOR] == 2
    gate = Gate()
    monkeypatch.setattr(tab_module, "contact_rows", gate.wrap(tab_module.contact_rows))
    monkeypatch.setattr(tab_module, "dashboard_rows", lambda *args: pytest.fail("read everything"))

    assert window.controller.move([ana.id], Stage.LEAD, None)  # the tab reads Ana's rows again...
    assert gate.read.wait(WAIT_MS / 1000)
    assert tab.loading and tab.loading_label.isVisibleTo(tab)
    assert window.controller.move([bruno.id], Stage.LEAD, None)  # ...and Bruno moves meanwhile
    with qtbot.waitSignal(tab.refreshed, timeout=WAIT_MS):
        gate.go.set()
    qtbot.waitUntil(lambda: not tab.loading, timeout=WAIT_MS)
    assert (now(tab)[Stage.VISITOR], now(tab)[Stage.LEAD]) == (0, 3)
    assert gate.calls[0] == {ana.id}
    assert bruno.id in gate.calls[-1] and ana.id in gate.calls[-1]  # the read superseded is read again too


def test_a_write_nobody_told_of_during_a_contact_read_reads_everything(
    qtbot: QtBot, db: Database, threaded: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    ana = create_contact(db, ContactDraft("Ana Pereira", stage=Stage.VISITOR))
    window, tab = shown_dashboard(qtbot, db)
    gate = Gate()
    monkeypatch.setattr(tab_module, "contact_rows", gate.wrap(tab_module.contact_rows))
    whole: list[int] = []
    read_all = tab_module.dashboard_rows
    monkeypatch.setattr(tab_module, "dashboard_rows", lambda *args: whole.append(1) or read_all(*args))

    assert window.controller.move([ana.id], Stage.LEAD, None)
    assert gate.read.wait(WAIT_MS / 1000)
    create_contact(db, ContactDraft("Bruno Martin", stage=Stage.LEAD))  # no change handed to the window
    with qtbot.waitSignal(tab.refreshed, timeout=WAIT_MS):
        gate.go.set()
    qtbot.waitUntil(lambda: not tab.loading, timeout=WAIT_MS)
    assert now(tab)[Stage.LEAD] == 2
    assert whole == [1]  # read again whole: the tab cannot know whom that write touched


def test_a_hidden_dashboard_follows_the_changes_made_meanwhile(qtbot: QtBot, db: Database, threaded: None,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    ana = create_contact(db, ContactDraft("Ana Pereira", stage=Stage.VISITOR))
    bruno = create_contact(db, ContactDraft("Bruno Martin", stage=Stage.VISITOR))
    window, tab = shown_dashboard(qtbot, db)
    read: list[frozenset[int]] = []
    contact_rows = tab_module.contact_rows
    monkeypatch.setattr(tab_module, "contact_rows", lambda view, ids: read.append(frozenset(ids))
                        or contact_rows(view, ids))
    monkeypatch.setattr(tab_module, "dashboard_rows", lambda *args: pytest.fail("read everything"))
    window.tabs.setCurrentIndex(0)
    assert window.controller.move([ana.id], Stage.LEAD, None)
    assert window.controller.move([bruno.id], Stage.PROSPECT, None)
    assert read == []  # nothing read while hidden
    with qtbot.waitSignal(tab.refreshed, timeout=WAIT_MS):
        window.tabs.setCurrentIndex(window.dashboard_tab)
    assert read == [frozenset({ana.id, bruno.id})]  # one read of both, once shown
    assert (now(tab)[Stage.VISITOR], now(tab)[Stage.LEAD], now(tab)[Stage.PROSPECT]) == (0, 1, 1)
