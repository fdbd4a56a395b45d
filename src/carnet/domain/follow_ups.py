"""A follow-up: the day a contact is to be followed up, an optional time of day, and what to do then.

Days and times are the user's local wall-clock values, like every calendar day Carnet keeps (a follow-up at
"09:30" is at half past nine wherever the computer is that day, as an alarm clock would be). A follow-up with
a time is due at that day and time; one without is due on its day at the hour the user chose for reminders
(`due_at`). No Qt, no SQL: the notifications, the To do list and the calendar export share these values.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time

from carnet.domain.enums import Stage

# The hour a follow-up without a time of day falls due, unless the user chose another (Preferences).
DEFAULT_HOUR = time(9, 0)

# 14:30, 14.30, 14h30, 14 h, 9:05:00, 2:30 pm, 2 PM: what people type or spreadsheets write.
_TIME = re.compile(r"^(\d{1,2})(?:\s*[:.hH]\s*(\d{2})?(?::(\d{2})(?:\.\d+)?)?)?\s*([aApP]\.?\s*[mM]\.?)?$")


@dataclass(frozen=True, slots=True)
class PlannedFollowUp:
    """What a contact's follow-up is: its day (None: no follow-up), its time of day (None: any time that day)
    and its note ("call back about the quote"). Without a day there is neither time nor note."""

    day: date | None = None
    at: time | None = None
    note: str = ""

    def __iter__(self) -> Iterator[object]:
        """(day, at, note): the arguments of `carnet.services.follow_ups.set_follow_up` that write it again."""
        return iter((self.day, self.at, self.note))


@dataclass(frozen=True, slots=True)
class FollowUp:
    """An open follow-up of a contact who is not archived, with what a reminder or a calendar shows of them."""

    contact_id: int
    display_name: str
    organisation: str
    stage: Stage
    day: date
    time: dt.time | None  # None: any time that day
    note: str
    email: str
    phone: str

    @classmethod
    def from_row(cls, row: tuple) -> FollowUp:
        """From a row of `carnet.storage.sql.follow_ups.OPEN_FOLLOW_UPS` (texts as stored); raises `ValueError`
        for a value no Carnet wrote (a damaged record)."""
        contact_id, name, organisation, stage, day, at, note, email, phone = row
        return cls(int(contact_id), name or "", organisation or "", Stage(stage), date.fromisoformat(day),
                   None if at is None else to_the_minute(dt.time.fromisoformat(at)), note or "", email or "",
                   phone or "")

    def due_at(self, default_hour: dt.time = DEFAULT_HOUR) -> datetime:
        return due_at(self.day, self.time, default_hour)


def to_the_minute(value: time) -> time:
    """A follow-up's time is to the minute: what a reminder fires at and a calendar shows."""
    return value.replace(second=0, microsecond=0, tzinfo=None)


def due_at(day: date, at: time | None, default_hour: time = DEFAULT_HOUR) -> datetime:
    """The local wall-clock moment (naive) a follow-up falls due: its day at its time, else at ``default_hour``."""
    return datetime.combine(day, to_the_minute(at if at is not None else default_hour))


def local_wall_clock(now: datetime) -> datetime:
    """``now`` as the local wall-clock time (naive), which follow-ups are written in: an aware moment is
    converted to the computer's time zone, a naive one is taken as local already."""
    return now if now.tzinfo is None else now.astimezone().replace(tzinfo=None)


def is_due(follow_up: FollowUp, now: datetime, default_hour: time = DEFAULT_HOUR) -> bool:
    """Due at or before ``now`` (aware, or naive local wall-clock time)."""
    return follow_up.due_at(default_hour) <= local_wall_clock(now)


def read_time(text: str) -> time | None:
    """The time of day written in ``text`` ("14:30", "14h30", "9.05", "2:30 pm"), or None when it is not one."""
    match = _TIME.match(text.strip())
    if match is None:
        return None
    hour, minute = int(match[1]), int(match[2] or 0)
    if match[4]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match[4][0] in "pP" else 0)
    elif match[2] is None and not re.search(r"[hH]", text):
        return None  # a bare number ("14") is no time: it may be anything
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)
