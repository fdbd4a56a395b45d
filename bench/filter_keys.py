"""Each key press of the filter word on its own: where `interactive.py`'s filter median comes from.

Types the word "martin" and erases it, ``--rounds`` times after one warm-up round, and prints one JSON object: the
median ms of each key press (its text after the key) and of them all. Run it on a copy of a database (the window
writes its settings, not the book):

    python bench/filter_keys.py DB [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).parent))
from carnet.storage import Database
from carnet.ui.main_window import MainWindow
from interactive import FILTER_TEXT, preload_importing, time_filter


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    database = Database.open(args.db)
    window = MainWindow(database)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    deadline = time.monotonic() + 120
    while not window.controller.fully_loaded and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    while preload_importing():
        time.sleep(0.01)
    time_filter(app, window, 1)  # the first round makes every card's haystack: not what a key press costs
    samples = time_filter(app, window, args.rounds)
    window.close()
    database.close()
    texts = [FILTER_TEXT[:n] for n in range(1, len(FILTER_TEXT) + 1)]
    texts += [FILTER_TEXT[:n] or "(empty)" for n in range(len(FILTER_TEXT) - 1, -1, -1)]
    keys = len(texts)
    per_key = {f"{i + 1:02} {text}": round(statistics.median(samples[i::keys]), 1) for i, text in enumerate(texts)}
    print(json.dumps({"filter_ms_median": round(statistics.median(samples), 2), "per_key_ms": per_key}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
