"""The follow-ups in the user's calendar (issue 17): File ▸ Export Follow-ups to Calendar…, and the one
calendar file Carnet keeps up to date in a place the user chose (Preferences ▸ Reminders), so that a
calendar app can subscribe to it or a sync tool carry it.

The kept file is written again a few seconds after a change (several changes in a row make one write) and
at start; the book is read here, on the window's thread, and the file rendered and written on a worker
thread (`carnet.io.ics_export.refresh_from`): 10,000 follow-ups take seconds to render, the window never
waits for them. A file that cannot be written is said in the window's notice bar, once per problem.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future
from datetime import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from carnet.ui.background import run_in_background
from carnet.ui.settings import path_setting, save_path_setting

if TYPE_CHECKING:
    from carnet.services.changes import Change
    from carnet.ui.main_window import MainWindow

log = logging.getLogger(__name__)

KEPT_FILE_KEY = "calendar/kept_file"  # the calendar file Carnet keeps up to date; none when missing
WRITE_AFTER_MS = 3000  # after the last of a run of changes


def _t(text: str) -> str:
    return QCoreApplication.translate("CalendarFile", text)


def labels() -> dict[str, str]:
    """The calendar's words in the interface's language (io/ knows no Qt)."""
    return {"summary": _t("Follow up: {name}"), "calendar_name": _t("Carnet follow-ups")}


def kept_calendar_file() -> Path | None:
    return path_setting(KEPT_FILE_KEY)


def save_kept_calendar_file(path: Path | None) -> None:
    save_path_setting(KEPT_FILE_KEY, path)


def _reminder_hour() -> time:
    from carnet.ui.reminders import reminder_settings

    return reminder_settings().hour


def export_follow_ups(window: MainWindow, path: str | None = None) -> int | None:
    """Ask for a new .ics file and write every open follow-up there; how many, or None if nothing was written."""
    from carnet.io.ics_export import write_calendar

    if path is None:
        path, _ = QFileDialog.getSaveFileName(window, _t("Export Follow-ups to Calendar"), "follow-ups.ics",
                                              _t("Calendar files (*.ics)"))
        if not path:
            return None
    target = Path(path) if Path(path).suffix else Path(path).with_suffix(".ics")
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # thousands of follow-ups take seconds
    try:
        words = labels()
        count = write_calendar(window.database, target, default_hour=_reminder_hour(), summary=words["summary"],
                               calendar_name=words["calendar_name"])
    except FileExistsError:
        window.notice.say(_t("%1 already exists; Carnet never overwrites a file. Choose another name.")
                          .replace("%1", str(target)))
        return None
    except OSError as error:
        window.notice.say(_t("%1 cannot be written: %2").replace("%1", str(target))
                          .replace("%2", error.strerror or str(error)))
        return None
    finally:
        QApplication.restoreOverrideCursor()
    window.show_message(QCoreApplication.translate("CalendarFile", "%n follow-up(s) written to %1", "", count)
                        .replace("%1", str(target)))
    return count


class KeptCalendar(QObject):
    """Keeps the chosen calendar file up to date with the book's follow-ups (see the module's docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(WRITE_AFTER_MS)
        self._timer.timeout.connect(self.write_now)
        self._running: Future[int] | None = None
        self._again = False
        self._said = ""  # the last problem said, not repeated at each change
        window.changes.changed.connect(self._changed)

    def _changed(self, _change: Change) -> None:
        if kept_calendar_file() is not None:
            self._timer.start()

    def write_now(self) -> Future[int] | None:
        """Read the book now and write the file on a worker thread; None when there is no file to keep."""
        from carnet.io.ics_export import calendar_source, refresh_from

        path = kept_calendar_file()
        if path is None:
            return None
        if self._running is not None and not self._running.done():
            self._again = True  # once this one is written, the change that came meanwhile
            return self._running
        source = calendar_source(self.window.database)
        hour, words = _reminder_hour(), labels()
        self._running = run_in_background(
            self, lambda: refresh_from(source, path, default_hour=hour, summary=words["summary"],
                                       calendar_name=words["calendar_name"]),
            lambda future: self._written(future, path), name="carnet-calendar-file")
        return self._running

    def _written(self, future: Future[int], path: Path) -> None:
        problem = ""
        try:
            future.result()
        except FileExistsError:
            problem = _t("The calendar file %1 is not one Carnet wrote for this book: it was left as it is. "
                         "Choose another file in Preferences ▸ Reminders.").replace("%1", str(path))
        except OSError as error:
            problem = _t("The calendar file %1 cannot be written (%2). Your follow-ups are safe in Carnet.") \
                .replace("%1", str(path)).replace("%2", error.strerror or str(error))
        if problem and problem != self._said:
            log.warning("calendar file: %s", problem)
            self.window.notice.say(problem)
        self._said = problem
        if self._again:
            self._again = False
            self._timer.start()
