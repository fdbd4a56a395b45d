"""The cycle collector kept from stopping the window (issue 19): paused while a big result is made, and what the
reader thread read kept out of later collections' walks, without keeping the garbage made before."""

from __future__ import annotations

import gc
import threading
import weakref

from pytestqt.qtbot import QtBot

from carnet import collector
from carnet.storage import Database
from carnet.ui.read_worker import ReadWorker


class Node:
    """A Python object that can be in a cycle and be watched by a weak reference."""

    def __init__(self) -> None:
        self.other: Node | None = None


def test_pauses_from_two_threads_end_when_the_last_one_leaves() -> None:
    assert gc.isenabled()
    inside, leave = threading.Event(), threading.Event()

    def other_thread() -> None:
        with collector.paused():
            inside.set()
            assert leave.wait(5)

    thread = threading.Thread(target=other_thread)
    with collector.paused():
        thread.start()
        assert inside.wait(5)
    assert not gc.isenabled()  # the other thread is still inside
    leave.set()
    thread.join(5)
    assert gc.isenabled()


def test_a_collector_turned_off_before_stays_off() -> None:
    gc.disable()
    try:
        with collector.paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_threaded_read_runs_paused_and_leaves_its_result_out_of_later_walks(qtbot: QtBot, db: Database) -> None:
    # Garbage in a cycle, made just before the read: freed before the survivors are kept, not kept with them.
    first, second = Node(), Node()
    first.other, second.other = second, first
    garbage = weakref.ref(first)
    del first, second
    worker = ReadWorker(db, threaded=True)
    seen: dict[str, object] = {}

    def work(view: Database) -> list[Node]:
        seen["enabled"] = gc.isenabled()
        return [Node() for _ in range(1000)]

    with qtbot.waitSignal(worker.delivered, timeout=10_000):
        worker.read("nodes", work, lambda nodes: seen.setdefault("nodes", nodes))
    worker.stop()
    assert seen["enabled"] is False
    assert gc.isenabled()
    assert garbage() is None
    walked = {id(item) for item in gc.get_objects()}
    nodes = seen["nodes"]
    assert isinstance(nodes, list) and id(nodes[0]) not in walked and gc.get_freeze_count() > 0
