"""The second backup folder, from the window: today's backup copied there after the window opens and after
File ▸ Back Up Now, a failure said in the window's notice bar (the backup itself is in the usual folder).

The copy runs on a thread of its own: on a slow USB disk a book of 25 MB takes seconds to write and make
durable, and neither the first paint nor the user should wait for it. The thread touches no Qt object and
no database connection (it reads backup files only); the window looks at its result with a timer.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from carnet.domain.errors import CarnetError
from carnet.storage.backup_copies import copy_to_second_folder
from carnet.ui.background import run_in_background
from carnet.ui.dialogs.backup_folders import second_backup_folder
from carnet.ui.labels import error_text

if TYPE_CHECKING:
    from carnet.ui.main_window import MainWindow

log = logging.getLogger(__name__)
# One copy at a time: Back Up Now during the copy made at open waits for it rather than racing it.
_one_at_a_time = threading.Lock()


def copy_backup_after_open(window: MainWindow) -> None:
    """Once the window's event loop runs, copy today's automatic backup to the second folder, if one is chosen."""
    QTimer.singleShot(0, window, lambda: copy_in_background(window))


def copy_in_background(window: MainWindow, backup: Path | None = None,
                       copied: Callable[[list[Path]], None] | None = None) -> Future[list[Path]] | None:
    """Copy today's automatic backup (and ``backup``, a manual one, when given) to the second folder.

    None when there is no second folder; else the work's future (its result: the copies made). A failure
    is said in the window's notice bar; ``copied`` is called, in the window's thread, with what was copied.
    """
    folder = second_backup_folder()
    if folder is None:
        return None
    db_path = window.database.path

    def work() -> list[Path]:
        with _one_at_a_time:
            now = datetime.now()
            made = [copy_to_second_folder(db_path, folder, now)]
            if backup is not None:
                made.append(copy_to_second_folder(db_path, folder, now, backup))
        return [path for path in made if path is not None]

    # The window owns the watch: a copy still running when it closes is told to nobody.
    return run_in_background(window, work, lambda future: _report(window, future, copied),
                             name="carnet-second-backup")


def _report(window: MainWindow, future: Future[list[Path]], copied: Callable[[list[Path]], None] | None) -> None:
    try:
        made = future.result()
    except CarnetError as error:
        log.warning("copy to the second backup folder failed: %s", error.message)
        window.notice.say(error_text(error))
        return
    for path in made:
        log.info("backup copied to %s", path)
    if copied is not None:
        copied(made)
