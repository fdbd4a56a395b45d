"""The open follow-ups (`carnet.services.follow_ups_read`, `carnet.io.ics_export`), run on the reader.

Imports nothing heavy: the calendar export and the reminders read them without the ORM. Texts are read as
texts whatever their stored type, as the board reads them; each row is what `carnet.domain.follow_ups.FollowUp
.from_row` takes.
"""

from __future__ import annotations

# Every contact who is not archived and has a next follow-up: id, name, organisation, stage, day, time of day
# (NULL: any time that day), note, primary email and phone. By day, the follow-ups without a time first (a
# calendar shows a day's all-day events on top), then by time, name and id.
_OPEN = """
    SELECT id, coalesce(CAST(display_name AS TEXT), ''), coalesce(CAST(organisation AS TEXT), ''),
           CAST(stage AS TEXT), CAST(next_follow_up AS TEXT), CAST(follow_up_time AS TEXT),
           coalesce(CAST(follow_up_note AS TEXT), ''), coalesce(CAST(email AS TEXT), ''),
           coalesce(CAST(phone AS TEXT), '')
    FROM contact
    WHERE archived_at IS NULL AND next_follow_up IS NOT NULL"""
_ORDER = " ORDER BY next_follow_up, follow_up_time IS NOT NULL, follow_up_time, display_name, id"

OPEN_FOLLOW_UPS = _OPEN + _ORDER
# The open follow-ups of a day or before it (the day bound, ISO text): those that may be due by then, whose
# time the caller compares (`carnet.domain.follow_ups.is_due`).
OPEN_FOLLOW_UPS_UNTIL = _OPEN + " AND next_follow_up <= ?" + _ORDER

# The book's own id (migration 0004), from which the calendar's event UIDs are made.
BOOK_ID_KEY = "book_id"
BOOK_ID = f"SELECT CAST(value AS TEXT) FROM book_setting WHERE key = '{BOOK_ID_KEY}'"
