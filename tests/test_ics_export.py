"""The follow-ups' calendar (issue 17, item 3): an iCalendar file of every open follow-up, parsed back with
icalendar and held to RFC 5545's rules (CRLF, 75-octet lines, required properties, escaping, UTC or all-day
dates, alarms), stable UIDs, the export command, and the one file Carnet keeps up to date."""

from __future__ import annotations

import json
import os
import stat
import time as time_module
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from carnet.__main__ import main
from carnet.domain.enums import ArchiveReason, Stage
from carnet.io.ics_export import PRODID, book_id, calendar_bytes, refresh_calendar_file, write_calendar
from carnet.services import ContactDraft, archive_contacts, create_contact, update_contact
from carnet.services.follow_ups import postpone, set_follow_up
from carnet.services.follow_ups_read import open_follow_ups
from carnet.storage import Database

NOW = datetime(2026, 3, 27, 16, 5, 12, 345678, tzinfo=UTC)
NOTE = "Call back about the quote, the logo; then\nsend the invoice (n° F-2026-014) \\ thanks"


@pytest.fixture
def paris() -> Iterator[None]:
    """The computer's time zone is Paris (UTC+1 in winter, UTC+2 from 29 March 2026)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Paris"
    time_module.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time_module.tzset()


@pytest.fixture
def book(db: Database, paris: None) -> Database:
    """Zoé (timed, a note full of punctuation), Bruno (all day), Hélène (a winter day, timed), Marc (archived,
    with a follow-up), Agence Durand (no follow-up)."""
    zoe = create_contact(db, ContactDraft("Zoé Lefèvre", organisation="Atelier Œuvre", email="zoe@atelier-oeuvre.fr",
                                          phone="+33 6 12 34 56 78", stage=Stage.PROSPECT))
    set_follow_up(db, _id(zoe), date(2026, 3, 30), time(14, 30), NOTE)
    create_contact(db, ContactDraft("Bruno Martin", organisation="Boulangerie Martin", stage=Stage.LEAD,
                                    next_follow_up=date(2026, 3, 31)))
    helene = create_contact(db, ContactDraft("Hélène Dubois-Ngọc Ánh", stage=Stage.LEAD))
    set_follow_up(db, _id(helene), date(2027, 1, 12), time(8, 0), "Vœux: appeler pour l'année")
    marc = create_contact(db, ContactDraft("Marc Petit", stage=Stage.LEAD, next_follow_up=date(2026, 3, 30)))
    archive_contacts(db, [_id(marc)], ArchiveReason.NO_ANSWER)
    create_contact(db, ContactDraft("Agence Durand", stage=Stage.VISITOR, kind="organisation"))
    return db


def _id(contact: object) -> int:
    contact_id = getattr(contact, "id", None)
    assert isinstance(contact_id, int)
    return contact_id


def contact_id(db: Database, name: str) -> int:
    (found,) = db.reader().execute("SELECT id FROM contact WHERE display_name = ?", (name,)).fetchone()
    return int(found)


def events(data: bytes) -> dict[str, dict]:
    """Summary -> the event parsed back (its properties, decoded), with its alarms."""
    calendar = Calendar.from_ical(data)
    found = {}
    for event in calendar.walk("VEVENT"):
        found[str(event["summary"])] = {
            "uid": str(event["uid"]), "start": event.decoded("dtstart"), "end": event.decoded("dtend"),
            "description": str(event.get("description", "")), "stamp": event.decoded("dtstamp"),
            "alarms": [(str(alarm["action"]), alarm.decoded("trigger")) for alarm in event.walk("VALARM")],
            "raw_start": event["dtstart"].to_ical(), "value": event["dtstart"].params.get("VALUE"),
        }
    return found


def export(db: Database, path: Path, **options: object) -> bytes:
    write_calendar(db, path, now=NOW, **options)  # type: ignore[arg-type]
    return path.read_bytes()


# --- what the file says ----------------------------------------------------------------------------------------------

def test_one_event_per_open_follow_up(book: Database, tmp_path: Path) -> None:
    path = tmp_path / "follow-ups.ics"
    assert write_calendar(book, path, now=NOW) == 3 == len(open_follow_ups(book))
    found = events(path.read_bytes())
    assert sorted(found) == ["Follow up: Bruno Martin", "Follow up: Hélène Dubois-Ngọc Ánh", "Follow up: Zoé Lefèvre"]
    # Marc is archived, Agence Durand has no follow-up: neither is in the calendar.
    calendar = Calendar.from_ical(path.read_bytes())
    assert len(calendar.walk("VEVENT")) == 3 and not calendar.walk("VTODO")


def test_a_timed_follow_up_is_in_utc_and_an_untimed_one_is_all_day(book: Database, tmp_path: Path) -> None:
    found = events(export(book, tmp_path / "follow-ups.ics"))
    zoe = found["Follow up: Zoé Lefèvre"]
    # 14:30 in Paris on 30 March 2026 (summer time since the 29th) is 12:30 UTC; half an hour long.
    assert zoe["raw_start"] == b"20260330T123000Z" and zoe["value"] is None
    assert zoe["start"] == datetime(2026, 3, 30, 12, 30, tzinfo=UTC)
    assert zoe["end"] - zoe["start"] == timedelta(minutes=30)
    assert zoe["alarms"] == [("DISPLAY", timedelta(minutes=-15))]
    helene = found["Follow up: Hélène Dubois-Ngọc Ánh"]
    assert helene["start"] == datetime(2027, 1, 12, 7, 0, tzinfo=UTC)  # 08:00 in Paris in winter
    bruno = found["Follow up: Bruno Martin"]
    assert (bruno["raw_start"], bruno["value"]) == (b"20260331", "DATE")
    assert (bruno["start"], bruno["end"]) == (date(2026, 3, 31), date(2026, 4, 1))
    assert bruno["alarms"] == [("DISPLAY", timedelta(hours=9))]  # at 09:00 that day


def test_the_all_day_alarm_is_at_the_reminders_hour(book: Database, tmp_path: Path) -> None:
    found = events(export(book, tmp_path / "follow-ups.ics", default_hour=time(7, 45)))
    assert found["Follow up: Bruno Martin"]["alarms"] == [("DISPLAY", timedelta(hours=7, minutes=45))]
    assert found["Follow up: Zoé Lefèvre"]["alarms"] == [("DISPLAY", timedelta(minutes=-15))]


def test_the_note_and_the_coordinates_are_described_and_escaped(book: Database, tmp_path: Path) -> None:
    data = export(book, tmp_path / "follow-ups.ics")
    zoe = events(data)["Follow up: Zoé Lefèvre"]
    assert zoe["description"] == f"{NOTE}\nAtelier Œuvre\nzoe@atelier-oeuvre.fr\n+33 6 12 34 56 78"
    unfolded = data.replace(b"\r\n ", b"")
    assert ("DESCRIPTION:Call back about the quote\\, the logo\\; then\\nsend the invoice (n° F-2026-014) \\\\ "
            "thanks\\nAtelier Œuvre").encode() in unfolded
    bruno = events(data)["Follow up: Bruno Martin"]
    assert bruno["description"] == "Boulangerie Martin"  # no note, no email, no phone: only what there is


def test_the_summary_is_the_callers_template(book: Database, tmp_path: Path) -> None:
    found = events(export(book, tmp_path / "relances.ics", summary="Relancer {name}", calendar_name="Relances"))
    assert "Relancer Zoé Lefèvre" in found
    calendar = Calendar.from_ical((tmp_path / "relances.ics").read_bytes())
    assert str(calendar["x-wr-calname"]) == "Relances"
    (zoe,) = [event for event in calendar.walk("VEVENT") if "Zoé" in str(event["summary"])]
    assert str(zoe.walk("VALARM")[0]["description"]) == "Relancer Zoé Lefèvre"


def test_rfc_5545_lines_and_required_properties(book: Database, tmp_path: Path) -> None:
    update_contact(book, contact_id(book, "Zoé Lefèvre"), organisation="Atelier Œuvre — " + "é" * 120)
    data = export(book, tmp_path / "follow-ups.ics")
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")  # every line ends with CRLF
    lines = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75  # octets, not characters
    assert any(line.startswith(b" ") for line in lines)  # the long description was folded…
    data.decode("utf-8")  # …never inside a character: each line decodes on its own
    for line in lines:
        line.decode("utf-8")
    calendar = Calendar.from_ical(data)
    assert (str(calendar["version"]), str(calendar["prodid"])) == ("2.0", PRODID)
    assert lines[0] == b"BEGIN:VCALENDAR" and lines[-1] == b"END:VCALENDAR"
    for event in calendar.walk("VEVENT"):
        for name in ("uid", "dtstamp", "dtstart", "dtend", "summary"):
            assert name in event, name
        assert event.decoded("dtstamp") == datetime(2026, 3, 27, 16, 5, 12, tzinfo=UTC)  # UTC, whole seconds
        assert event.decoded("dtend") > event.decoded("dtstart")
        for alarm in event.walk("VALARM"):  # DISPLAY needs a description and a trigger (RFC 5545 §3.6.6)
            assert {"action", "trigger", "description"} <= {key.lower() for key in alarm}


def test_uids_are_stable_across_exports_and_edits(book: Database, tmp_path: Path) -> None:
    first = {summary: event["uid"] for summary, event in events(export(book, tmp_path / "1.ics")).items()}
    zoe = contact_id(book, "Zoé Lefèvre")
    assert first["Follow up: Zoé Lefèvre"] == f"contact-{zoe}-{book_id(book)}@carnet"
    assert len(set(first.values())) == 3
    postpone(book, zoe, date(2026, 4, 2))
    set_follow_up(book, contact_id(book, "Bruno Martin"), date(2026, 4, 1), time(9, 30), "Tasting")
    second = events(export(book, tmp_path / "2.ics"))
    assert {summary: event["uid"] for summary, event in second.items()} == first
    assert second["Follow up: Zoé Lefèvre"]["start"] == datetime(2026, 4, 2, 12, 30, tzinfo=UTC)
    # The same book reopened, or its copy: the same UIDs. Another book: others.
    book.close()
    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes(book.path.read_bytes())
    with Database.open(copy, daily_backup=False) as reopened:
        assert {s: e["uid"] for s, e in events(export(reopened, tmp_path / "3.ics")).items()} == first
    with Database.open(tmp_path / "other.sqlite3", daily_backup=False) as other:
        create_contact(other, ContactDraft("Zoé Lefèvre", stage=Stage.LEAD, next_follow_up=date(2026, 3, 30)))
        (uid,) = [e["uid"] for e in events(export(other, tmp_path / "4.ics")).values()]
        assert uid not in first.values()


def test_a_book_whose_id_was_taken_out_still_has_stable_uids(book: Database, tmp_path: Path) -> None:
    with book.transaction() as session:
        session.connection().exec_driver_sql("DELETE FROM book_setting WHERE key = 'book_id'")
    first, second = book_id(book), book_id(book)
    assert first == second and len(first) == 36
    assert all(f"-{first}@carnet" in event["uid"] for event in events(export(book, tmp_path / "1.ics")).values())


def test_an_empty_book_gives_an_empty_calendar(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "none.ics"
    assert write_calendar(db, path, now=NOW) == 0
    calendar = Calendar.from_ical(path.read_bytes())
    assert calendar.walk("VEVENT") == [] and str(calendar["prodid"]) == PRODID


def test_calendar_bytes_is_what_the_file_holds(book: Database, tmp_path: Path) -> None:
    data = export(book, tmp_path / "follow-ups.ics")
    assert calendar_bytes(open_follow_ups(book), book_id(book), now=NOW) == data


# --- the file --------------------------------------------------------------------------------------------------------

def test_the_export_is_private_and_never_overwrites(book: Database, tmp_path: Path) -> None:
    path = tmp_path / "follow-ups.ics"
    write_calendar(book, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    mine = tmp_path / "mine.ics"
    mine.write_bytes(b"BEGIN:VCALENDAR\r\nmy own\r\n")
    with pytest.raises(FileExistsError):
        write_calendar(book, mine)
    assert mine.read_bytes() == b"BEGIN:VCALENDAR\r\nmy own\r\n"
    with pytest.raises(FileExistsError):
        write_calendar(book, path)  # not even Carnet's own calendar: that is refresh_calendar_file's
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".ics") or p.name.startswith(".")) == [
        "follow-ups.ics", "mine.ics"]  # no temporary file left behind


def test_the_kept_calendar_is_replaced_whole(book: Database, tmp_path: Path) -> None:
    path = tmp_path / "Carnet.ics"
    assert refresh_calendar_file(book, path, now=NOW) == 3  # made the first time
    inode = path.stat().st_ino
    set_follow_up(book, contact_id(book, "Agence Durand"), date(2026, 4, 3), None, "Meet the new director")
    archive_contacts(book, [contact_id(book, "Bruno Martin")], ArchiveReason.NOT_A_FIT)
    assert refresh_calendar_file(book, path, now=NOW) == 3
    found = events(path.read_bytes())
    assert "Follow up: Agence Durand" in found and "Follow up: Bruno Martin" not in found
    assert found["Follow up: Agence Durand"]["description"] == "Meet the new director"
    assert path.stat().st_ino != inode  # a new file renamed over the old one, never the old one rewritten
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_the_kept_calendar_is_left_alone_when_it_says_it_all_already(book: Database, tmp_path: Path) -> None:
    path = tmp_path / "Carnet.ics"
    refresh_calendar_file(book, path, now=NOW)
    before, inode = path.read_bytes(), path.stat().st_ino
    update_contact(book, contact_id(book, "Zoé Lefèvre"), role="Gérante")  # nothing the calendar shows
    assert refresh_calendar_file(book, path, now=NOW + timedelta(hours=1)) == 3
    assert (path.read_bytes(), path.stat().st_ino) == (before, inode)  # not written: DTSTAMP unchanged
    # The same follow-ups in another time zone are other UTC times: written again.
    os.environ["TZ"] = "America/Montreal"
    time_module.tzset()
    refresh_calendar_file(book, path, now=NOW + timedelta(hours=2))
    assert path.stat().st_ino != inode
    assert events(path.read_bytes())["Follow up: Zoé Lefèvre"]["start"] == datetime(2026, 3, 30, 18, 30, tzinfo=UTC)
    # So is a new reminders' hour.
    inode = path.stat().st_ino
    refresh_calendar_file(book, path, default_hour=time(8, 0))
    assert path.stat().st_ino != inode


def test_the_kept_calendar_never_replaces_another_file(book: Database, tmp_path: Path) -> None:
    mine = tmp_path / "holidays.ics"
    theirs = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r\n"
    mine.write_bytes(theirs)
    with pytest.raises(FileExistsError):
        refresh_calendar_file(book, mine)
    assert mine.read_bytes() == theirs
    # Nor another book's calendar: two books kept in one file would undo each other's events.
    other_calendar = tmp_path / "other.ics"
    with Database.open(tmp_path / "other.sqlite3", daily_backup=False) as other:
        refresh_calendar_file(other, other_calendar)
    before = other_calendar.read_bytes()
    with pytest.raises(FileExistsError):
        refresh_calendar_file(book, other_calendar)
    assert other_calendar.read_bytes() == before


# --- the command line ------------------------------------------------------------------------------------------------

def test_carnet_export_format_ics(book: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "follow-ups.ics"
    # Carnet may have the book open meanwhile: the export only reads.
    assert main(["export", "--db", str(book.path), "--format", "ics", str(out)]) == 0
    assert json.loads(capsys.readouterr().out) == {"format": "ics", "follow_ups": 3, "file": str(out)}
    assert len(Calendar.from_ical(out.read_bytes()).walk("VEVENT")) == 3
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    before = out.read_bytes()
    assert main(["export", "--db", str(book.path), "--format", "ics", str(out)]) != 0
    assert "never overwrites" in capsys.readouterr().err
    assert out.read_bytes() == before


def test_another_parser_reads_the_same_calendar(book: Database, tmp_path: Path) -> None:
    # vobject (Carnet's vCard library, which reads iCalendar too) as a second, independent reader.
    import vobject

    data = export(book, tmp_path / "follow-ups.ics")
    calendar = vobject.readOne(data.decode("utf-8"))
    read = {event.summary.value: event for event in calendar.vevent_list}
    assert set(read) == set(events(data))
    zoe = read["Follow up: Zoé Lefèvre"]
    assert zoe.dtstart.value == datetime(2026, 3, 30, 12, 30, tzinfo=UTC).astimezone(zoe.dtstart.value.tzinfo)
    assert zoe.description.value.startswith(NOTE)
    assert read["Follow up: Bruno Martin"].dtstart.value == date(2026, 3, 31)
    assert [alarm.trigger.value for alarm in zoe.valarm_list] == [timedelta(minutes=-15)]
