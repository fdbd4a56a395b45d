"""In-process timings of the board on a database: a drop committed and shown, a key press in the filter.

Run by bench/run.py in a fresh process per database (on a copy: drops write to it); prints one JSON object.

    python bench/interactive.py DB [--drops 40]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from carnet.domain.enums import Stage
from carnet.storage import Database
from carnet.ui.main_window import MainWindow

try:
    from carnet.ui.preload import importing as preload_importing
except ImportError:  # an older Carnet (bench/ab.py): its preload was a thread of its own, ended when done

    def preload_importing() -> bool:
        return any(thread.name == "carnet-preload" and thread.is_alive() for thread in threading.enumerate())

FILTER_TEXT = "martin"


def time_drops(app: QApplication, window: MainWindow, count: int, cpu: list[float]) -> list[float]:
    """Drop the top card of one column at the top of the other, back and forth; ms until painted (and, in
    ``cpu``, the window thread's own CPU time for each: what a loaded machine inflates least)."""
    proxies = window.board.proxies()
    samples = []
    for i in range(count):
        # Visitor and lead: a move that opens no dialog (a lead becoming a prospect is asked to be qualified).
        source, target = (Stage.VISITOR, Stage.LEAD) if i % 2 == 0 else (Stage.LEAD, Stage.VISITOR)
        proxy = proxies[source]
        data = proxy.mimeData([proxy.index(0, 0)])
        started, cpu_started = time.perf_counter(), time.thread_time()
        ok = proxies[target].dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
        app.processEvents()
        samples.append((time.perf_counter() - started) * 1000)
        cpu.append((time.thread_time() - cpu_started) * 1000)
        assert ok, "the drop was refused"
    return samples


def time_filter(app: QApplication, window: MainWindow, rounds: int = 3) -> list[float]:
    """Type a word into the filter bar, then erase it; ms per key press until every column is repainted."""
    search = window.filter_bar.search
    search.setFocus()
    samples = []
    for _ in range(rounds):
        for key in [*FILTER_TEXT, *["\b"] * len(FILTER_TEXT)]:
            started = time.perf_counter()
            if key == "\b":
                QTest.keyClick(search, Qt.Key.Key_Backspace)
            else:
                QTest.keyClicks(search, key)
            app.processEvents()
            samples.append((time.perf_counter() - started) * 1000)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("--drops", type=int, default=40)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    database = Database.open(args.db)
    window = MainWindow(database)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    # The rest of a big board is read right after the first paint, as the window does it (on the reader thread
    # where the version has one): time it on its own. Reading it here instead, while the reader reads it too,
    # charged the first drops with the reader's work (the GIL): 2x the 10k drop median on a loaded machine.
    started = time.perf_counter()
    deadline = time.monotonic() + 120
    while not window.controller.fully_loaded and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    if not window.controller.fully_loaded:
        window.controller.load()
    full_load_ms = (time.perf_counter() - started) * 1000
    # The services and the ORM are imported in the background after the load: wait for them before timing
    # drops, so that the first drop is not charged with it.
    started = time.perf_counter()
    app.processEvents()
    while preload_importing():
        time.sleep(0.01)
    services_load_ms = (time.perf_counter() - started) * 1000
    drops_cpu: list[float] = []
    drops = time_drops(app, window, args.drops, drops_cpu)
    filters = time_filter(app, window)
    window.close()
    database.close()
    print(json.dumps({
        "full_load_ms": round(full_load_ms, 1),
        "services_load_ms": round(services_load_ms, 1),
        # Peak memory of this process: the whole board loaded, 40 drops and the filter used.
        "rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "drop_ms_median": round(statistics.median(drops), 2),
        "drop_ms_max": round(max(drops), 2),
        "drop_cpu_ms_median": round(statistics.median(drops_cpu), 2),
        "filter_ms_median": round(statistics.median(filters), 2),
        "filter_ms_max": round(max(filters), 2),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
