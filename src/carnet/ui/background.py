"""Work that touches no Qt object and no database connection (copying a backup to a USB disk, rendering a
calendar file) run on a thread of its own, so the window never waits for it; its outcome handed back to the
window's thread, where it may be shown.

The window looks at the work's future with a timer rather than a signal from the thread: the timer belongs
to ``owner`` and dies with it, so an outcome arriving after the window has closed is told to nobody.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer

from carnet.thread_priority import give_way_to_the_window

POLL_MS = 50
_T = TypeVar("_T")


def run_in_background(owner: QObject, work: Callable[[], _T], done: Callable[[Future[_T]], None], *,
                      name: str) -> Future[_T]:
    """Run ``work()`` on a thread named ``name``; ``done(future)`` is then called on ``owner``'s thread."""
    future: Future[_T] = Future()

    def run() -> None:
        give_way_to_the_window()
        future.set_running_or_notify_cancel()
        try:
            future.set_result(work())
        except BaseException as exc:  # handed to the window's thread, which says or reports it
            future.set_exception(exc)

    threading.Thread(target=run, name=name, daemon=True).start()
    when_done(owner, future, done)
    return future


def when_done(owner: QObject, future: Future[_T], done: Callable[[Future[_T]], None]) -> None:
    """``done(future)`` on ``owner``'s thread once ``future`` is done (never, if ``owner`` is gone by then)."""
    timer = QTimer(owner)
    timer.setInterval(POLL_MS)

    def look() -> None:
        if not future.done():
            return
        timer.stop()
        timer.deleteLater()
        done(future)

    timer.timeout.connect(look)
    timer.start()
