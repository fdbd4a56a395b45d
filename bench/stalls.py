"""The stall meter (issue 19): how long the window's thread stops answering, action by action.

A 10 ms heartbeat timer runs on the GUI thread; every gap between two beats longer than the beat is time the
window could not answer (a click, a repaint, a key). For each action the longest gap is reported, and how many
gaps were over 50 ms and over 100 ms. Actions, in one process on a copy of the database (run by
bench/run.py, which gives it a private home, so the day's automatic backup is due as at a real first start):

- ``startup``: `Database.open` and the window built (before the window exists nothing can answer: that part
  is the start-up ratio's, reported here as ``startup_open_ms``), then from the first paint until the board is
  fully loaded, the services imported and the companions (reminders, the calendar file, checks and backup
  after the first paint) done;
- ``filter``: the word "martin" typed into the filter bar at a typist's pace (one key per 120 ms), then
  erased;
- ``drop``: one card dropped from Visitor onto Lead, and what follows it (notice bar, panel, hidden tabs);
- ``tab_<name>``: each tab shown for the first time, until its rows are on screen;
- ``dashboard_write``: with the dashboard on screen, a write (a card moved by the controller); also the
  time from the write until the dashboard shows it (``dashboard_after_write_ms``).

    python bench/stalls.py DB            # prints one JSON object
    python bench/stalls.py DB --why      # and, on stderr, where the window's thread was during each stall
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QModelIndex, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

BEAT_MS = 10


class Heartbeat(QObject):
    """A 10 ms timer on the GUI thread that remembers the gaps between its beats."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.beats: list[float] = []
        # The window thread's own CPU time at each beat: a long gap with little of it was spent waiting (for the
        # GIL held by another thread, a lock), not working.
        self.cpu: list[float] = []

    def start(self) -> None:
        self.beats = [time.perf_counter()]
        self.cpu = [time.thread_time()]
        self.timer.start()

    def _beat(self) -> None:
        self.beats.append(time.perf_counter())
        self.cpu.append(time.thread_time())

    def take(self, since: float | None = None) -> dict[str, float]:
        """The figures since `start` (or since the moment ``since``: a gap open then counts from it), the
        gap still open now included (a stall at the very end)."""
        beats, cpu = [*self.beats, time.perf_counter()], [*self.cpu, time.thread_time()]
        if since is not None:
            kept = [i for i, moment in enumerate(beats) if moment > since]
            beats, cpu = [since] + [beats[i] for i in kept], [cpu[kept[0]]] + [cpu[i] for i in kept]
        gaps = [(later - earlier) * 1000 for earlier, later in pairwise(beats)] or [0.0]
        spent = [(later - earlier) * 1000 for earlier, later in pairwise(cpu)] or [0.0]
        longest = max(range(len(gaps)), key=gaps.__getitem__)
        self.start()
        return {"max_ms": round(gaps[longest], 1), "over_50": sum(g > 50 for g in gaps),
                "over_100": sum(g > 100 for g in gaps),
                # The window thread's CPU time during the longest gap: the rest of it was waiting.
                "max_cpu_ms": round(spent[longest], 1) if longest < len(spent) else 0.0}


class StallSampler(threading.Thread):
    """``--why``: a thread that looks at the GUI thread's stack when a beat is 60 ms late, once per stall."""

    def __init__(self, beat: Heartbeat) -> None:
        super().__init__(name="stall-sampler", daemon=True)
        self.beat = beat
        self.main = threading.main_thread().ident
        self.seen: set[float] = set()

    def run(self) -> None:
        import traceback

        while True:
            time.sleep(0.02)
            beats = self.beat.beats
            last = beats[-1] if beats else time.perf_counter()
            if time.perf_counter() - last > 0.06 and last not in self.seen:
                self.seen.add(last)
                frames = sys._current_frames()
                names = {thread.ident: thread.name for thread in threading.enumerate()}
                for ident, frame in frames.items():
                    if ident == threading.get_ident() or (ident != self.main and "carnet" not in names.get(ident, "")):
                        continue
                    stack = [f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in traceback.extract_stack(frame)
                             if "carnet" in f.filename or "bench" in f.filename][-6:]
                    # The window's thread; a stall it spent waiting shows where the others were (the GIL's holder).
                    who = "stall" if ident == self.main else f"  meanwhile {names.get(ident)}"
                    print(f"{who}: " + " < ".join(reversed(stack)), file=sys.stderr, flush=True)


def run_until(condition: Callable[[], bool], timeout_s: float, settle_ms: int = 0) -> bool:
    """Run the event loop until ``condition()`` holds (checked every 5 ms), then ``settle_ms`` more."""
    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s
    met = [False]

    def look() -> None:
        if condition():
            met[0] = True
            checker.stop()
            QTimer.singleShot(settle_ms, loop.quit)
        elif time.monotonic() > deadline:
            checker.stop()
            loop.quit()

    checker = QTimer()
    checker.setInterval(5)
    checker.timeout.connect(look)
    checker.start()
    loop.exec()
    return met[0]


def run_for(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _threads_done(prefix: str) -> bool:
    return not any(thread.name.startswith(prefix) and thread.is_alive() for thread in threading.enumerate())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("--why", action="store_true", help="say where each stall was, on stderr")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    beat = Heartbeat()
    if args.why:
        StallSampler(beat).start()
    results: dict[str, object] = {}

    from carnet.ui.launch import check_after_paint, create_application, start_companions_soon

    create_application()
    from carnet.storage import Database
    from carnet.ui.main_window import MainWindow

    sys.path.insert(0, str(Path(__file__).parent))
    from interactive import preload_importing  # this Carnet's preload, or an older one's thread (bench/ab.py)

    started = time.perf_counter()
    database = Database.open(args.db, defer_check=True)  # as the window opens it (`ui.launch`)
    window = MainWindow(database)
    window.resize(1280, 800)
    painted: list[float] = []
    window.board_painted.connect(lambda: painted.append(time.perf_counter()))
    window.board_painted.connect(lambda: QTimer.singleShot(0, lambda: check_after_paint(window, print)))
    window.board_painted.connect(lambda: QTimer.singleShot(0, lambda: start_companions_soon(window)))
    window.show()
    results["startup_open_ms"] = round((time.perf_counter() - started) * 1000, 1)
    beat.start()
    run_until(lambda: bool(painted), 30)
    results["startup_painted_ms"] = round((painted[0] - started) * 1000, 1)

    def settled() -> bool:
        check = database.startup_check
        return (window.controller.fully_loaded and not preload_importing() and window.reminders is not None
                and not window.reminders.checking
                and (check is None or check.done) and _threads_done("carnet-startup-check"))

    run_until(settled, 120, settle_ms=300)
    results["startup_settled_ms"] = round((time.perf_counter() - started) * 1000, 1)
    # The paint itself is the start-up ratio's; from the moment the board is on screen, stalls count.
    results["startup"] = beat.take(since=painted[0])

    print("-- filter", file=sys.stderr)
    # A typed word, at a typist's pace, then erased.
    search = window.filter_bar.search
    search.setFocus()
    for key in [*"martin", *["\b"] * 6]:
        if key == "\b":
            QTest.keyClick(search, Qt.Key.Key_Backspace)
        else:
            QTest.keyClicks(search, key)
        run_for(120)
    run_for(400)
    results["filter"] = beat.take()

    print("-- drop", file=sys.stderr)
    # One drop and what follows it (the notice bar at 150 ms, the panel at 120 ms).
    from carnet.domain.enums import Stage

    proxies = window.board.proxies()
    source = proxies[Stage.VISITOR]
    data = source.mimeData([source.index(0, 0)])
    proxies[Stage.LEAD].dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    run_for(600)
    results["drop"] = beat.take()

    # Each tab shown for the first time, until it has read its rows.
    for index in range(1, window.tabs.count()):
        name = "_".join(window.tabs.tabText(index).replace("&", "").lower().split())
        print(f"-- tab {name}", file=sys.stderr)
        started = time.perf_counter()
        window.tabs.setCurrentIndex(index)
        page = window.tabs.widget(index)
        run_until(lambda page=page: not getattr(page, "loading", False), 60, settle_ms=200)
        results[f"tab_{name}"] = {**beat.take(), "shown_ms": round((time.perf_counter() - started) * 1000, 1)}

    # The dashboard on screen, a write: how long until it shows it, and what the window paid meanwhile.
    window.tabs.setCurrentIndex(1)
    dashboard = window.tabs.widget(1)
    run_until(lambda: not getattr(dashboard, "loading", False), 60, settle_ms=200)
    beat.take()
    print("-- dashboard after a write", file=sys.stderr)
    before = dashboard.dashboard
    from carnet.ui.board.model import CardRole

    contact_id = window.board.proxies()[Stage.LEAD].index(0, 0).data(CardRole.CONTACT_ID)
    started = time.perf_counter()
    window.controller.move([contact_id], Stage.VISITOR, 0)
    run_until(lambda: dashboard.dashboard is not before and not getattr(dashboard, "loading", False), 60)
    results["dashboard_after_write_ms"] = round((time.perf_counter() - started) * 1000, 1)
    run_for(300)
    results["dashboard_write"] = beat.take()

    window.close()
    database.close()
    app.processEvents()
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
