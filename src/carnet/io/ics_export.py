"""The open follow-ups as an iCalendar file (RFC 5545) that the user's calendar imports or subscribes to.

One ``VEVENT`` per follow-up of a contact who is not archived (`carnet.storage.sql.follow_ups`). An event
rather than a ``VTODO``: Thunderbird, GNOME Calendar, Outlook and Apple Calendar all import events into the
calendar the user looks at, whereas GNOME Calendar and Outlook leave to-dos out of an imported file, and Apple
Calendar sends them to Reminders.

- SUMMARY: "Follow up: <name>" (``summary``, a template holding ``{name}``: the window passes its translated
  one, the command line keeps English). DESCRIPTION: the note, then the organisation, email and phone, one a
  line, those that are empty left out (no labels: nothing to translate, and a calendar shows it as it is).
- UID: ``contact-<id>-<book id>@carnet``, the book's id being the random one migration 0004 gave it (a copy
  or a restored backup is the same book). One follow-up per contact, so a calendar importing the file again
  replaces the contact's event: the same UID after a new day, time or note, across exports.
- A follow-up with a time of day: DTSTART and DTEND (half an hour later) in UTC ("…Z"), from the computer's
  local time that day (its time zone's rules for that date, summer time included): RFC-exact without a
  VTIMEZONE, which each calendar then shows in its own zone. Without a time: an all-day event (VALUE=DATE,
  DTEND the next day), which calendars keep on that day wherever the user is.
- VALARM (DISPLAY): 15 minutes before a timed follow-up; for an all-day one at the reminders' hour of its
  day (``default_hour``, 09:00 unless the user chose another), a trigger relative to the day's start.
- DTSTAMP: when the file was written (UTC); the events are TRANSPARENT (a follow-up does not make the user
  busy) and PRIVATE (they hold personal data, if the calendar is shared).

The ``icalendar`` library writes the lines: CRLF ends, folded at 75 octets (never inside a UTF-8 character),
commas, semicolons, backslashes and line breaks escaped. The file is written like the CSV export
(`carnet.io.csv_export.write_new_file`): whole or not at all, readable by its owner only, never over an
existing file (`FileExistsError`), except the one calendar Carnet keeps up to date (`refresh_calendar_file`),
which it replaces in one rename, and only if it is that book's calendar, and only when what it says changed:
the file carries a digest of its events (``X-CARNET-DIGEST``, which calendars ignore). No Qt here.
"""

from __future__ import annotations

import errno
import hashlib
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TextIO

from carnet.domain.follow_ups import DEFAULT_HOUR, FollowUp
from carnet.io.csv_export import write_new_file
from carnet.storage.database import Database
from carnet.storage.sql.follow_ups import BOOK_ID, OPEN_FOLLOW_UPS

SUMMARY = "Follow up: {name}"
CALENDAR_NAME = "Carnet follow-ups"
PRODID = "-//Carnet//Carnet follow-ups//EN"
TIMED_LENGTH = timedelta(minutes=30)
ALARM_BEFORE = timedelta(minutes=15)
# How often a calendar subscribed to the kept-up-to-date file should read it again (RFC 7986, and the older
# property Apple and Outlook read).
REFRESH = timedelta(hours=1)
# The part of the file that says whose calendar it is (`refresh_calendar_file` reads it before replacing).
_HEAD_BYTES = 4096
# The calendar's fingerprint of what it says (`_digest`), and the version of what goes into it: a change to
# how the events are written must change it, so that the kept calendar is written again.
_DIGEST = "X-CARNET-DIGEST"
_FORMAT = 1


@dataclass(frozen=True, slots=True)
class _Event:
    """What one event says, as plain values: what the file holds, and what its digest is made of."""

    uid: str
    summary: str
    description: str
    start: date | datetime  # a date: all day
    end: date | datetime
    trigger: timedelta


def _events(follow_ups: Iterable[FollowUp], book: str, summary: str, default_hour: time) -> list[_Event]:
    found = []
    for follow_up in follow_ups:
        description = "\n".join(part for part in (follow_up.note, follow_up.organisation, follow_up.email,
                                                  follow_up.phone) if part.strip())
        start: date | datetime
        if follow_up.time is None:
            start, end = follow_up.day, follow_up.day + timedelta(days=1)
            trigger = timedelta(hours=default_hour.hour, minutes=default_hour.minute)
        else:
            start = in_utc(follow_up.day, follow_up.time)
            end, trigger = start + TIMED_LENGTH, -ALARM_BEFORE
        found.append(_Event(event_uid(follow_up.contact_id, book), summary.replace("{name}", follow_up.display_name),
                            description, start, end, trigger))
    return found


def _digest(events: list[_Event], book: str, calendar_name: str) -> str:
    """A fingerprint of everything the file says but its DTSTAMPs (the time zone's rules included, through the
    UTC times): equal digests, equal calendars."""
    return hashlib.sha256(repr((_FORMAT, book, calendar_name, events)).encode()).hexdigest()


def calendar_bytes(
    follow_ups: Iterable[FollowUp],
    book_id: str,
    *,
    now: datetime | None = None,
    summary: str = SUMMARY,
    calendar_name: str = CALENDAR_NAME,
    default_hour: time = DEFAULT_HOUR,
) -> bytes:
    """The iCalendar text (UTF-8, CRLF) of ``follow_ups``, each event's UID made from ``book_id``."""
    return _render(_events(follow_ups, book_id, summary, default_hour), book_id, calendar_name, now)


def _render(events: list[_Event], book: str, calendar_name: str, now: datetime | None) -> bytes:
    from icalendar import Alarm, Calendar, Event, vDuration

    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", calendar_name)
    calendar.add("x-wr-relcalid", book)  # Apple's calendar id: this book's
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(REFRESH))  # an X- property is text unless typed
    calendar.add(_DIGEST, _digest(events, book, calendar_name))
    for planned in events:
        event = Event()
        event.add("uid", planned.uid)
        event.add("dtstamp", stamp)
        event.add("summary", planned.summary)
        if planned.description:
            event.add("description", planned.description)
        event.add("dtstart", planned.start)
        event.add("dtend", planned.end)
        event.add("transp", "TRANSPARENT")
        event.add("class", "PRIVATE")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", planned.summary)
        alarm.add("trigger", planned.trigger)
        event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()


def event_uid(contact_id: int, book_id: str) -> str:
    """The UID of a contact's follow-up: the same for as long as the contact and the book exist."""
    return f"contact-{contact_id}-{book_id}@carnet"


def in_utc(day: date, at: time) -> datetime:
    """The local wall-clock ``day`` at ``at`` as a UTC moment, by the computer's time zone rules for that day."""
    return datetime.combine(day, at).astimezone().astimezone(UTC)


def book_id(db: Database) -> str:
    """The book's id (migration 0004 wrote it). A file whose id was taken out by hand gets one made from its
    path, the same at every export of that file, since the export writes nothing to the book."""
    row = db.reader().execute(BOOK_ID).fetchone()
    if row is not None and row[0]:
        return str(row[0])
    return str(uuid.uuid5(uuid.NAMESPACE_URL, Path(db.path).resolve().as_uri()))


def _read(db: Database) -> list[FollowUp]:
    return [FollowUp.from_row(row) for row in db.reader().execute(OPEN_FOLLOW_UPS)]


def write_calendar(
    db: Database,
    path: Path,
    *,
    now: datetime | None = None,
    summary: str = SUMMARY,
    calendar_name: str = CALENDAR_NAME,
    default_hour: time = DEFAULT_HOUR,
) -> int:
    """Write every open follow-up to a new iCalendar file at ``path``; return how many.

    Raises `FileExistsError` if ``path`` exists (nothing is written), `OSError` if the folder cannot be
    written to (nothing is left behind).
    """
    data, count = _data(db, now, summary, calendar_name, default_hour)
    _write(Path(path), data, replace=False)
    return count


def refresh_calendar_file(
    db: Database,
    path: Path,
    *,
    now: datetime | None = None,
    summary: str = SUMMARY,
    calendar_name: str = CALENDAR_NAME,
    default_hour: time = DEFAULT_HOUR,
) -> int:
    """Write the open follow-ups to ``path``, replacing the calendar Carnet wrote there for this book before
    (in one rename: a calendar reading it meanwhile sees the old file or the new one); return how many.

    A file that already says all of it is left as it is (no new DTSTAMPs): a change to the book that touched no
    follow-up writes nothing, so a calendar or a sync tool watching the file has nothing to do. Raises
    `FileExistsError`, writing nothing, if ``path`` holds anything else: another file, or another book's
    calendar. `OSError` if the folder cannot be written to.
    """
    return refresh_from(calendar_source(db), path, now=now, summary=summary, calendar_name=calendar_name,
                        default_hour=default_hour)


@dataclass(frozen=True)
class CalendarSource:
    """What a calendar file is made of, read from the book: the window reads it on its own thread (the
    book's connections belong to it) and hands it to a worker, which renders and writes (`refresh_from`)."""

    book: str
    follow_ups: tuple[FollowUp, ...]


def calendar_source(db: Database) -> CalendarSource:
    return CalendarSource(book_id(db), tuple(_read(db)))


def refresh_from(
    source: CalendarSource,
    path: Path,
    *,
    now: datetime | None = None,
    summary: str = SUMMARY,
    calendar_name: str = CALENDAR_NAME,
    default_hour: time = DEFAULT_HOUR,
) -> int:
    """`refresh_calendar_file` on what was read already; touches no database."""
    path = Path(path)
    book = source.book
    events = _events(source.follow_ups, book, summary, default_hour)
    if path.exists() or path.is_symlink():
        head = _head(path, book)
        if head is None:
            raise FileExistsError(errno.EEXIST, "The file already exists", str(path))
        if f"{_DIGEST}:{_digest(events, book, calendar_name)}".encode() in head:
            return len(events)
    _write(path, _render(events, book, calendar_name, now), replace=True)
    return len(events)


def _head(path: Path, book: str) -> list[bytes] | None:
    """The first lines of ``path`` (unfolded) if it is a calendar Carnet wrote for the book ``book``, else None."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD_BYTES)
    except OSError:
        return None
    lines = head.replace(b"\r\n ", b"").split(b"\r\n")
    ours = (lines[0] == b"BEGIN:VCALENDAR" and f"PRODID:{PRODID}".encode() in lines
            and f"X-WR-RELCALID:{book}".encode() in lines)
    return lines if ours else None


def _data(
    db: Database, now: datetime | None, summary: str, calendar_name: str, default_hour: time
) -> tuple[bytes, int]:
    follow_ups = _read(db)
    book = book_id(db)
    return _render(_events(follow_ups, book, summary, default_hour), book, calendar_name, now), len(follow_ups)


def _write(path: Path, data: bytes, *, replace: bool) -> None:
    def write(handle: TextIO) -> None:
        handle.write(data.decode("utf-8"))

    write_new_file(path, write, encoding="utf-8", replace=replace)
