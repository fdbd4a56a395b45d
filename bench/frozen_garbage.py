"""What the reader's `gc.freeze` keeps that it should not (issue 19, `carnet.collector`): garbage in cycles frozen
with the live objects is never freed. A window on a copy of the book, the dashboard on screen, then WRITES moves
(each followed by the dashboard, the reminders' check and the board on the reader); then everything is unfrozen
and collected, and what a full collection frees is what the freezes had kept. Prints one JSON object.

    python bench/frozen_garbage.py DB [--writes 200]      # on a copy: the moves are written
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from carnet.domain.enums import Stage
from carnet.storage import Database
from carnet.ui import preload
from carnet.ui.board.model import CardRole
from carnet.ui.launch import create_application
from carnet.ui.main_window import MainWindow


def settle(app: QApplication, condition: Callable[[], bool], timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("--writes", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "book.sqlite3"
        shutil.copyfile(args.db, copy)
        app = create_application()
        database = Database.open(copy, defer_check=True)
        window = MainWindow(database)
        window.resize(1280, 800)
        window.show()
        settle(app, lambda: window.controller.fully_loaded and not preload.importing())
        window.tabs.setCurrentIndex(window.dashboard_tab)
        tab = window.tabs.widget(window.dashboard_tab)
        settle(app, lambda: not getattr(tab, "loading", False))
        frozen_before = gc.get_freeze_count()
        for i in range(args.writes):
            source, target = (Stage.VISITOR, Stage.LEAD) if i % 2 == 0 else (Stage.LEAD, Stage.VISITOR)
            contact_id = window.board.proxies()[source].index(0, 0).data(CardRole.CONTACT_ID)
            window.controller.move([contact_id], target, 0)
            settle(app, lambda: not getattr(tab, "loading", False) and not window.controller.reads.pending("reminders"))
        frozen_after = gc.get_freeze_count()
        window.close()
        app.processEvents()
        gc.unfreeze()
        started = time.perf_counter()
        kept = gc.collect()
        print(json.dumps({"writes": args.writes, "frozen_before": frozen_before, "frozen_after": frozen_after,
                          "garbage_kept_frozen": kept,
                          "full_collection_ms": round((time.perf_counter() - started) * 1000, 1)}))
        window.controller.reads.stop()
        database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
