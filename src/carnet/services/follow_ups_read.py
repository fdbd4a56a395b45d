"""The open follow-ups, for the reminders, the To do list and the calendar: which are open, which are due.

Read with plain SQL (`carnet.storage.sql.follow_ups`) on the reader, without the ORM: the reminders ask every
minute or so while Carnet runs.
"""

from __future__ import annotations

from datetime import datetime, time

from carnet.domain.follow_ups import DEFAULT_HOUR, FollowUp, is_due, local_wall_clock
from carnet.storage import Database
from carnet.storage.sql import follow_ups as sql

__all__ = ["FollowUp", "due_follow_ups", "open_follow_ups"]


def open_follow_ups(db: Database) -> list[FollowUp]:
    """Every follow-up of a contact who is not archived: by day, those without a time first, then by time."""
    return [FollowUp.from_row(row) for row in db.reader().execute(sql.OPEN_FOLLOW_UPS)]


def due_follow_ups(db: Database, now: datetime, default_hour: time = DEFAULT_HOUR) -> list[FollowUp]:
    """The open follow-ups due at or before ``now`` (aware, or naive local time): one with a time of day at its
    day and time, one without at its day and ``default_hour``. The earliest due first."""
    local = local_wall_clock(now)
    rows = db.reader().execute(sql.OPEN_FOLLOW_UPS_UNTIL, (local.date().isoformat(),))
    due = [follow_up for follow_up in map(FollowUp.from_row, rows) if is_due(follow_up, local, default_hour)]
    return sorted(due, key=lambda follow_up: (follow_up.due_at(default_hour), follow_up.contact_id))
