"""Reminders that fire (issue 17, item 1): a desktop notification when a follow-up falls due.

While the window is open (minimised too), `ReminderScheduler` wakes when the next follow-up falls due — at
its time of day, else at the hour chosen in Preferences (09:00 by default) — and at least every few minutes
(a clock changed, a computer woken from sleep), and soon after every change the window's change hub sends (a
follow-up set, moved or done elsewhere in the window). Each follow-up is notified once: it is identified by
its contact, day and time, so a follow-up postponed to another day is a new one and fires again on that day.
The first start of the day says how many follow-ups are due today, instead of one notification each; more
than `MAX_SEPARATE` falling due at once are one notification too. A click brings the window to the front on
the contact (`search_palette.show_on_board`), or on the To do list for a summary.

Which follow-ups were notified is kept in the settings file (carnet.ini), per book, and not in the book's
own `book_setting` table: it says what this computer's desktop has shown, not anything about the contacts;
it is written from a timer, and the book is written only by a user's action, in a service's transaction (a
timer's write could meet a busy file, and would change the file between two of the user's backups).
"""

from __future__ import annotations

import hashlib
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from carnet.domain.errors import CarnetError
from carnet.domain.follow_ups import DEFAULT_HOUR, FollowUp
from carnet.services.changes import Change
from carnet.services.follow_ups_read import due_follow_ups
from carnet.storage import Database
from carnet.ui.desktop_notifications import Notice, Notifier, desktop_notifier
from carnet.ui.read_worker import ReadWorker
from carnet.ui.settings import app_settings

if TYPE_CHECKING:
    from carnet.ui.main_window import MainWindow

log = logging.getLogger("carnet.reminders")

CONTEXT = "Reminders"
ENABLED_KEY = "reminders/enabled"  # "true" or "false"; on when missing
HOUR_KEY = "reminders/hour"  # "HH:MM", when a follow-up with no time of day falls due; 09:00 when missing
NOTIFIED_GROUP = "reminders/notified"  # per book: the follow-ups already notified
SUMMARY_GROUP = "reminders/summary_shown_on"  # per book: the day of the last start-up summary
MAX_WAIT_MS = 5 * 60 * 1000  # the longest sleep: a clock put forward or a computer woken is seen within it
MIN_WAIT_MS = 1000  # never a busy loop, whatever the clock says
CHANGE_DELAY_MS = 500  # a burst of changes (an import, an undo of many) is one check
MAX_SEPARATE = 3  # more follow-ups falling due at once are one notification, not a stack of them
NAMES_SHOWN = 4  # names in a summary's text
_READ_KEY = "reminders"


DueReader = Callable[[Database, datetime, time], Sequence[FollowUp]]


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _counted(translated: str, count: int) -> str:
    """A plural already translated (a literal ``translate`` call, which lupdate reads); with no catalogue
    loaded (English), Qt leaves its "(s)" in place."""
    if "(s)" not in translated:
        return translated
    return translated.replace("follow-up(s)", "follow-up" if count == 1 else "follow-ups")


# --- the preferences ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReminderSettings:
    """Preferences ▸ Reminders: whether follow-ups notify, and when one with no time of day falls due."""

    enabled: bool = True
    hour: time = DEFAULT_HOUR


def _hour(value: object) -> time:
    try:
        return time.fromisoformat(str(value).strip()).replace(second=0, microsecond=0)
    except ValueError:
        return DEFAULT_HOUR


def reminder_settings() -> ReminderSettings:
    """The reminders' preferences; the defaults where nothing (or garbage) is stored."""
    settings = app_settings()
    enabled = str(settings.value(ENABLED_KEY, "true")).strip().lower() not in ("false", "0", "no", "off")
    return ReminderSettings(enabled=enabled, hour=_hour(settings.value(HOUR_KEY, DEFAULT_HOUR.isoformat("minutes"))))


def save_reminder_settings(enabled: bool, hour: time) -> None:
    """Write the reminders' preferences (read again at the scheduler's next check, or `check()` at once)."""
    settings = app_settings()
    settings.setValue(ENABLED_KEY, "true" if enabled else "false")
    settings.setValue(HOUR_KEY, hour.replace(second=0, microsecond=0).isoformat("minutes"))
    settings.sync()


# --- which follow-ups, when -----------------------------------------------------------------------------


def follow_up_key(follow_up: FollowUp) -> str:
    """A follow-up's identity: its contact, day and time (a postponed follow-up is a new one)."""
    moment = "" if follow_up.time is None else follow_up.time.isoformat("minutes")
    return f"{follow_up.contact_id}|{follow_up.day.isoformat()}|{moment}"


def next_due(follow_ups: Sequence[FollowUp], now: datetime, default_hour: time) -> datetime | None:
    """The first moment after ``now`` at which one of ``follow_ups`` falls due; None if none does."""
    later = [moment for moment in (item.due_at(default_hour) for item in follow_ups) if moment > now]
    return min(later, default=None)


def wait_ms(now: datetime, upcoming: datetime | None) -> int:
    """How long the scheduler sleeps: until ``upcoming``, but never more than `MAX_WAIT_MS`."""
    if upcoming is None:
        return MAX_WAIT_MS
    milliseconds = (upcoming - now) / timedelta(milliseconds=1)
    return int(max(MIN_WAIT_MS, min(MAX_WAIT_MS, milliseconds)))


class NotifiedFollowUps:
    """The settings file's record, for one book, of the follow-ups notified and of the last summary's day."""

    def __init__(self, database_path: Path) -> None:
        # A book is known by its file (contact ids are the book's own); the path's digest keeps the key short.
        self._book = hashlib.sha256(str(database_path).encode()).hexdigest()[:16]

    def keys(self) -> set[str]:
        stored = str(app_settings().value(f"{NOTIFIED_GROUP}/{self._book}", "") or "")
        return {key for key in stored.split(";") if key}

    def remember(self, keys: set[str]) -> None:
        """Keep exactly ``keys``: a follow-up done or moved is forgotten, so the record never grows."""
        settings = app_settings()
        settings.setValue(f"{NOTIFIED_GROUP}/{self._book}", ";".join(sorted(keys)))
        settings.sync()

    def summary_shown_on(self) -> date | None:
        value = str(app_settings().value(f"{SUMMARY_GROUP}/{self._book}", "") or "")
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None

    def remember_summary(self, day: date) -> None:
        settings = app_settings()
        settings.setValue(f"{SUMMARY_GROUP}/{self._book}", day.isoformat())
        settings.sync()


# --- the scheduler ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    """What a check read: the follow-ups due by the end of today (for the day's summary, else empty), those due
    now with their keys (the earliest first), and when the next one falls due."""

    today: Sequence[FollowUp]
    due: Sequence[tuple[str, FollowUp]]
    due_keys: frozenset[str]
    upcoming: datetime | None


class ReminderScheduler(QObject):
    """Notifies each follow-up once when it falls due (see the module's docstring).

    ``now`` is the clock (local time, as follow-ups' days and times are); ``read_due`` reads the book's
    follow-ups due by a moment, the earliest first (`carnet.services.follow_ups_read.due_follow_ups`).
    """

    checked = Signal()  # after each check: the notices are shown and the next wake is set

    def __init__(self, database: Database, notifier: Notifier, *, now: Callable[[], datetime] = datetime.now,
                 read_due: DueReader = due_follow_ups, reads: ReadWorker | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        # The window's reader thread (`ui.read_worker`); alone, the follow-ups are read here and now.
        self.reads = reads if reads is not None else ReadWorker(database, self)
        self.notifier = notifier
        self.store = NotifiedFollowUps(database.path)
        self._now = now
        self._read_due = read_due
        self._starting = True
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.CoarseTimer)  # a minute's reminder needs no millisecond
        self.timer.timeout.connect(self.check)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(CHANGE_DELAY_MS)
        self._soon.timeout.connect(self.check)

    def start(self) -> None:
        """The start-up check (the day's summary on its first start), then the timer."""
        self._starting = True
        self.check()

    def stop(self) -> None:
        self.timer.stop()
        self._soon.stop()

    def follow_change(self, _change: Change) -> None:
        """A write committed in the window: a follow-up may have been set, moved or done."""
        self._soon.start()

    def check(self) -> None:
        """Notify what fell due since the last check, and sleep until the next follow-up falls due. In a big
        book the follow-ups are read on the window's reader thread (150–300 ms at 100,000 contacts, once half a
        second after every change: the stall after a drop) and acted on here when they come."""
        self._soon.stop()
        now = self._now()
        preferences = reminder_settings()
        hour = preferences.hour
        summary = self._starting and self.store.summary_shown_on() != now.date()
        read_due = self._read_due

        def work(view: Database) -> _Found:
            # One read serves both: what is due now, and what falls due before the longest sleep ends.
            soon = read_due(view, now + timedelta(milliseconds=MAX_WAIT_MS), hour)
            today = read_due(view, datetime.combine(now.date(), time.max), hour) if summary else []
            # Sorted out here too: at 100,000 contacts some 10,000 are due, a pass the window need not wait for.
            due = [(follow_up_key(item), item) for item in soon if item.due_at(hour) <= now]  # the earliest first
            return _Found(today, due, frozenset(key for key, _item in due), next_due(soon, now, hour))

        self.reads.read(_READ_KEY, work, lambda found: self._act(now, preferences, summary, found),
                        failed=self._read_failed)

    @property
    def checking(self) -> bool:
        """A check's read is under way on the reader thread."""
        return self.reads.pending(_READ_KEY)

    def _read_failed(self, error: BaseException) -> None:
        if not isinstance(error, CarnetError):  # Carnet's own fault: the error report, as any other
            sys.excepthook(type(error), error, error.__traceback__)
        else:  # a busy or unreadable book: the next wake tries again
            log.warning("reminders: cannot read the follow-ups: %s", error)
        self.timer.start(MAX_WAIT_MS)
        self.checked.emit()

    def _act(self, now: datetime, preferences: ReminderSettings, summary: bool, found: _Found) -> None:
        self._starting = False
        if summary:
            self.store.remember_summary(now.date())
        notified = self.store.keys()
        if preferences.enabled:
            if summary:
                self._show_summary(list(found.today))  # covers what is due now: not notified again one by one
            else:
                self._show_due([item for key, item in found.due if key not in notified])
        # Turned off, due follow-ups are kept as notified too: turning reminders on again does not bring back
        # a pile of old ones. What is no longer due (done, moved) is forgotten.
        if found.due_keys != notified:
            self.store.remember(set(found.due_keys))
        self.timer.start(wait_ms(now, found.upcoming))
        self.checked.emit()

    def _show_due(self, fresh: list[FollowUp]) -> None:
        if len(fresh) > MAX_SEPARATE:
            self.notifier.show(Notice(_counted(QCoreApplication.translate(
                "Reminders", "%n follow-up(s) due now", "", len(fresh)), len(fresh)),
                                      _names(fresh)))
            return
        for item in fresh:
            self.notifier.show(Notice(_who(item), _reason(item), item.contact_id))

    def _show_summary(self, today: list[FollowUp]) -> None:
        """``today``: every follow-up due by the end of today, the earliest first (overdue ones included)."""
        if not today:
            return
        count = len(today)
        title = _counted(QCoreApplication.translate("Reminders", "%n follow-up(s) due today", "", count), count)
        if len(today) == 1:  # one: its own words, and a click opens that contact
            self.notifier.show(Notice(title, f"{_who(today[0])}: {_reason(today[0])}", today[0].contact_id))
        else:
            self.notifier.show(Notice(title, _names(today)))


def _who(item: FollowUp) -> str:
    return f"{item.display_name} — {item.organisation}" if item.organisation else item.display_name


def _reason(item: FollowUp) -> str:
    return item.note.strip() or _t("Follow-up due")


def _names(items: Sequence[FollowUp]) -> str:
    names = ", ".join(item.display_name for item in items[:NAMES_SHOWN])
    return names + ", …" if len(items) > NAMES_SHOWN else names


# --- what the window does with a click --------------------------------------------------------------------


def bring_to_front(window: MainWindow) -> None:
    """The window in front, out of the taskbar if minimised (maximised again if it was)."""
    state = window.windowState()
    if state & Qt.WindowState.WindowMinimized:
        if state & Qt.WindowState.WindowMaximized:
            window.showMaximized()
        else:
            window.showNormal()
    else:
        window.show()
    window.raise_()
    window.activateWindow()


def open_notice(window: MainWindow, notice: Notice) -> None:
    """A notification clicked: the window in front, on its contact (on the board), else on To do today."""
    from carnet.ui.search_palette import show_on_board

    bring_to_front(window)
    if notice.contact_id is None:
        window.tabs.setCurrentIndex(window.todo_tab)
    else:
        show_on_board(window, notice.contact_id)


def start_reminders(window: MainWindow, notifier: Notifier | None = None, *,
                    now: Callable[[], datetime] = datetime.now) -> ReminderScheduler:
    """The window's reminders: the desktop's notifier, clicks opening the contact, checks after every change."""
    notifier = desktop_notifier(window) if notifier is None else notifier
    scheduler = ReminderScheduler(window.database, notifier, now=now, reads=window.controller.reads, parent=window)
    notifier.clicked.connect(lambda notice: open_notice(window, notice))
    window.changes.changed.connect(scheduler.follow_change)
    scheduler.start()
    return scheduler
