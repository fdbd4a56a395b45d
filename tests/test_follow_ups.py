"""Follow-ups with a time of day and a note (issue 17, item 2): the services that set and postpone them, the
drafts and edits that carry them, and the reads the reminders and the calendar use (open, due by a clock)."""

from __future__ import annotations

import csv
import io
import os
import time as time_module
from collections.abc import Iterator
from dataclasses import fields
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from carnet.domain.enums import ArchiveReason, Stage
from carnet.domain.errors import NotFound
from carnet.domain.follow_ups import DEFAULT_HOUR, FollowUp, PlannedFollowUp, due_at, read_time
from carnet.io.csv_export import STYLES, write_contacts_csv
from carnet.io.csv_import import guess_mapping, read_csv, validate
from carnet.services import ContactDraft, archive_contacts, create_contact, restore_contacts, update_contact
from carnet.services.changes import ChangeKind
from carnet.services.follow_ups import follow_up_of, postpone, set_follow_up
from carnet.services.follow_ups_read import due_follow_ups, open_follow_ups
from carnet.services.importing import DuplicateChoice, import_plan
from carnet.storage import Database

MONDAY = date(2026, 3, 30)


@pytest.fixture
def book(db: Database) -> Database:
    """Four contacts: Zoé (Monday 14:30, a note), Bruno (Monday, no time), Hélène (Tuesday 08:15), Agence Durand
    (no follow-up); and Marc, archived with a follow-up on Monday."""
    zoe = create_contact(db, ContactDraft("Zoé Lefèvre", organisation="Atelier Œuvre", email="zoe@atelier-oeuvre.fr",
                                          phone="+33 6 12 34 56 78", stage=Stage.PROSPECT))
    bruno = create_contact(db, ContactDraft("Bruno Martin", organisation="Boulangerie Martin", stage=Stage.LEAD,
                                            next_follow_up=MONDAY))
    helene = create_contact(db, ContactDraft("Hélène Dubois", stage=Stage.LEAD))
    create_contact(db, ContactDraft("Agence Durand", stage=Stage.VISITOR))
    marc = create_contact(db, ContactDraft("Marc Petit", stage=Stage.LEAD, next_follow_up=MONDAY,
                                           follow_up_time=time(10, 0), follow_up_note="Send the brochure"))
    set_follow_up(db, _id(zoe), MONDAY, time(14, 30), "Call back about the quote")
    set_follow_up(db, _id(helene), date(2026, 3, 31), time(8, 15))
    archive_contacts(db, [_id(marc)], ArchiveReason.NO_ANSWER)
    assert _id(bruno)
    return db


def _id(contact: object) -> int:
    contact_id = getattr(contact, "id", None)
    assert isinstance(contact_id, int)
    return contact_id


def names(follow_ups: list[FollowUp]) -> list[str]:
    return [follow_up.display_name for follow_up in follow_ups]


def contact_id(db: Database, name: str) -> int:
    (found,) = db.reader().execute("SELECT id FROM contact WHERE display_name = ?", (name,)).fetchone()
    return int(found)


def stored(db: Database, name: str) -> tuple:
    return db.reader().execute("SELECT next_follow_up, follow_up_time, follow_up_note FROM contact "
                               "WHERE display_name = ?", (name,)).fetchone()


# --- open follow-ups -------------------------------------------------------------------------------------------------

def test_open_follow_ups_are_every_follow_up_of_a_contact_on_the_board(book: Database) -> None:
    found = open_follow_ups(book)
    # By day; on Monday the one without a time first (as a calendar shows all-day events), then by time.
    assert names(found) == ["Bruno Martin", "Zoé Lefèvre", "Hélène Dubois"]
    zoe = found[1]
    assert zoe == FollowUp(contact_id(book, "Zoé Lefèvre"), "Zoé Lefèvre", "Atelier Œuvre", Stage.PROSPECT, MONDAY,
                           time(14, 30), "Call back about the quote", "zoe@atelier-oeuvre.fr", "+33 6 12 34 56 78")
    assert (found[0].time, found[0].note, found[0].organisation) == (None, "", "Boulangerie Martin")


def test_an_archived_contact_s_follow_up_comes_back_with_them(book: Database) -> None:
    restore_contacts(book, [contact_id(book, "Marc Petit")])
    marc = next(follow_up for follow_up in open_follow_ups(book) if follow_up.display_name == "Marc Petit")
    assert (marc.day, marc.time, marc.note) == (MONDAY, time(10, 0), "Send the brochure")


def test_an_empty_book_has_no_follow_ups(db: Database) -> None:
    assert open_follow_ups(db) == []
    assert due_follow_ups(db, datetime(2026, 3, 30, 12, 0), DEFAULT_HOUR) == []


# --- due follow-ups, by the clock ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("now", "due"), [
    (datetime(2026, 3, 29, 23, 59), []),  # the evening before: nothing
    (datetime(2026, 3, 30, 8, 59), []),  # Monday before the reminders' hour: Bruno's (no time) is not due yet
    (datetime(2026, 3, 30, 9, 0), ["Bruno Martin"]),  # at the hour exactly: due
    (datetime(2026, 3, 30, 14, 29, 59), ["Bruno Martin"]),
    (datetime(2026, 3, 30, 14, 30), ["Bruno Martin", "Zoé Lefèvre"]),  # Zoé at her time of day
    (datetime(2026, 3, 31, 8, 14), ["Bruno Martin", "Zoé Lefèvre"]),  # still due the next day (overdue)
    (datetime(2026, 3, 31, 8, 15), ["Bruno Martin", "Zoé Lefèvre", "Hélène Dubois"]),
    (datetime(2026, 6, 1, 0, 0), ["Bruno Martin", "Zoé Lefèvre", "Hélène Dubois"]),  # the earliest due first
])
def test_due_follow_ups_by_the_clock(book: Database, now: datetime, due: list[str]) -> None:
    assert names(due_follow_ups(book, now, DEFAULT_HOUR)) == due  # Marc's is archived: never due


def test_the_hour_for_follow_ups_without_a_time_is_the_users(book: Database) -> None:
    early = time(7, 30)
    assert names(due_follow_ups(book, datetime(2026, 3, 30, 7, 30), early)) == ["Bruno Martin"]
    assert names(due_follow_ups(book, datetime(2026, 3, 30, 7, 29), early)) == []
    late = time(18, 0)  # Zoé's 14:30 comes before Bruno's "some time Monday", reminded at 18:00
    assert names(due_follow_ups(book, datetime(2026, 3, 30, 18, 0), late)) == ["Zoé Lefèvre", "Bruno Martin"]


@pytest.fixture
def paris() -> Iterator[None]:
    """The computer's time zone is Paris (UTC+2 in summer) for the test."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Paris"
    time_module.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time_module.tzset()


def test_an_aware_clock_is_read_in_the_computer_s_time_zone(book: Database, paris: None) -> None:
    # 12:29 UTC on Monday 30 March 2026 is 14:29 in Paris (summer time since the 29th): Zoé's 14:30 is not due;
    # a minute later it is. Follow-ups are wall-clock times where the user is.
    assert names(due_follow_ups(book, datetime(2026, 3, 30, 12, 29, tzinfo=UTC), DEFAULT_HOUR)) == ["Bruno Martin"]
    assert "Zoé Lefèvre" in names(due_follow_ups(book, datetime(2026, 3, 30, 12, 30, tzinfo=UTC), DEFAULT_HOUR))
    # 22:30 UTC on Monday is already Tuesday 00:30 in Paris: still not Hélène's 08:15.
    late = due_follow_ups(book, datetime(2026, 3, 30, 22, 30, tzinfo=UTC), DEFAULT_HOUR)
    assert names(late) == ["Bruno Martin", "Zoé Lefèvre"]


# --- setting and postponing ------------------------------------------------------------------------------------------

def test_set_follow_up_writes_day_time_and_note_in_one_change(book: Database) -> None:
    agence = contact_id(book, "Agence Durand")
    change = set_follow_up(book, agence, date(2026, 4, 2), time(16, 45, 31), "  Send the revised quote ")
    assert change.contact_ids == {agence} and change.kinds == {ChangeKind.CONTACT}
    assert change.before == PlannedFollowUp() and not change.on_board
    assert change.after == PlannedFollowUp(date(2026, 4, 2), time(16, 45), "Send the revised quote")  # to the minute
    assert stored(book, "Agence Durand") == ("2026-04-02", "16:45:00.000000", "Send the revised quote")
    assert follow_up_of(book, agence) == change.after


def test_the_change_undoes_and_redoes_the_follow_up(book: Database) -> None:
    zoe = contact_id(book, "Zoé Lefèvre")
    change = set_follow_up(book, zoe, date(2026, 4, 7), None, "Ask about the sourdough order")
    assert change.before == PlannedFollowUp(MONDAY, time(14, 30), "Call back about the quote")
    update_contact(book, zoe, role="Gérante")  # an edit of something else in between stays
    set_follow_up(book, zoe, *change.before)  # undo
    assert stored(book, "Zoé Lefèvre") == ("2026-03-30", "14:30:00.000000", "Call back about the quote")
    set_follow_up(book, zoe, *change.after)  # redo
    assert stored(book, "Zoé Lefèvre") == ("2026-04-07", None, "Ask about the sourdough order")
    assert book.reader().execute("SELECT role FROM contact WHERE id = ?", (zoe,)).fetchone() == ("Gérante",)


def test_no_day_takes_the_time_and_the_note_away(book: Database) -> None:
    zoe = contact_id(book, "Zoé Lefèvre")
    change = set_follow_up(book, zoe, None, time(9, 0), "forgotten")
    assert change.after == PlannedFollowUp()
    assert stored(book, "Zoé Lefèvre") == (None, None, "")
    assert "Zoé Lefèvre" not in names(open_follow_ups(book))


def test_postpone_keeps_the_time_and_the_note(book: Database) -> None:
    zoe = contact_id(book, "Zoé Lefèvre")
    change = postpone(book, zoe, date(2026, 4, 6))
    assert change.before == PlannedFollowUp(MONDAY, time(14, 30), "Call back about the quote")
    assert change.after == PlannedFollowUp(date(2026, 4, 6), time(14, 30), "Call back about the quote")
    assert stored(book, "Zoé Lefèvre") == ("2026-04-06", "14:30:00.000000", "Call back about the quote")
    assert "Zoé Lefèvre" not in names(due_follow_ups(book, datetime(2026, 4, 6, 14, 29), DEFAULT_HOUR))
    assert "Zoé Lefèvre" in names(due_follow_ups(book, datetime(2026, 4, 6, 14, 30), DEFAULT_HOUR))
    # A contact without a follow-up gets one on that day, any time.
    agence = contact_id(book, "Agence Durand")
    assert postpone(book, agence, date(2026, 4, 1)).after == PlannedFollowUp(date(2026, 4, 1))


def test_a_contact_gone_is_refused_and_nothing_is_written(book: Database) -> None:
    with pytest.raises(NotFound):
        set_follow_up(book, 9999, MONDAY)
    with pytest.raises(NotFound):
        postpone(book, 9999, MONDAY)


def test_create_and_update_carry_the_time_and_the_note(db: Database) -> None:
    contact = create_contact(db, ContactDraft("Léa Fontaine", stage=Stage.LEAD, next_follow_up=MONDAY,
                                              follow_up_time=time(11, 0), follow_up_note=" Demo of the app "))
    assert stored(db, "Léa Fontaine") == ("2026-03-30", "11:00:00.000000", "Demo of the app")
    update_contact(db, _id(contact), follow_up_time=None, follow_up_note="Demo, then the price; call her back")
    assert stored(db, "Léa Fontaine") == ("2026-03-30", None, "Demo, then the price; call her back")


def test_a_draft_built_by_position_keeps_its_meaning() -> None:
    # The two new fields come last: a draft built positionally (every field up to ``more``) is unchanged.
    names = [field.name for field in fields(ContactDraft)]
    assert names[-3:] == ["more", "follow_up_time", "follow_up_note"]
    values = [getattr(ContactDraft("Léa", organisation="Atelier"), name) for name in names[:-2]]
    draft = ContactDraft(*values)
    assert (draft.organisation, draft.more, draft.follow_up_time, draft.follow_up_note) == ("Atelier", (), None, "")


# --- the domain's rules ----------------------------------------------------------------------------------------------

def test_due_at_is_the_day_and_the_time_else_the_hour() -> None:
    assert due_at(MONDAY, time(14, 30, 59)) == datetime(2026, 3, 30, 14, 30)
    assert due_at(MONDAY, None) == datetime(2026, 3, 30, 9, 0)
    assert due_at(MONDAY, None, time(7, 45)) == datetime(2026, 3, 30, 7, 45)


@pytest.mark.parametrize(("text", "read"), [
    ("14:30", time(14, 30)), ("9:05", time(9, 5)), ("09:30:00.000000", time(9, 30)), ("14h30", time(14, 30)),
    ("14 h 30", time(14, 30)), ("14h", time(14, 0)), ("9.30", time(9, 30)), ("2:30 pm", time(14, 30)),
    ("2 PM", time(14, 0)), ("12 am", time(0, 0)), ("12:15 p.m.", time(12, 15)),
    ("14", None), ("25:00", None), ("9:75", None), ("13 pm", None), ("", None), ("soon", None),
])
def test_read_time(text: str, read: time | None) -> None:
    assert read_time(text) == read


# --- CSV: exported and read back -------------------------------------------------------------------------------------

def _follow_ups_by_name(db: Database) -> dict[str, tuple]:
    return {name: (day, at, note) for name, day, at, note in db.reader().execute(
        "SELECT display_name, next_follow_up, follow_up_time, follow_up_note FROM contact")}


@pytest.mark.parametrize("style", ["standard", "excel-fr"])
def test_a_csv_export_imports_back_with_its_follow_ups(book: Database, tmp_path: Path, style: str) -> None:
    set_follow_up(book, contact_id(book, "Bruno Martin"), MONDAY, None, '-Bring the "tasting" box; the 6 rolls, too')
    path = tmp_path / "contacts.csv"
    write_contacts_csv(book, path, STYLES[style])
    parsed = read_csv(path)
    header = next(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=STYLES[style].delimiter))
    assert header[-2:] == (["next_follow_up_time", "next_follow_up_note"] if style == "standard"
                           else ["Heure de relance", "Note de relance"])
    plan = validate(parsed, guess_mapping(parsed.headers))
    assert plan.bad == []
    with Database.open(tmp_path / "fresh.sqlite3") as fresh:
        import_plan(fresh, plan, skip_bad=False)
        assert _follow_ups_by_name(fresh) == _follow_ups_by_name(book)
    assert _follow_ups_by_name(book)["Zoé Lefèvre"] == ("2026-03-30", "14:30:00.000000", "Call back about the quote")


def test_a_time_that_is_no_time_is_a_bad_row(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text("Nom complet;Prochaine relance;Heure de relance;Note de relance\r\n"
                    "Zoé Lefèvre;31/03/2026;14h30;Rappeler pour le devis\r\n"
                    "Bruno Martin;31/03/2026;après le déjeuner;\r\n", encoding="utf-8")
    parsed = read_csv(path)
    plan = validate(parsed, guess_mapping(parsed.headers))
    assert [(line, draft.follow_up_time, draft.follow_up_note) for line, draft in plan.good] == [
        (2, time(14, 30), "Rappeler pour le devis")]
    assert [(problem.line, problem.reason) for problem in plan.bad] == [
        (3, '"après le déjeuner" is not a time of day (write it like 14:30).')]


def test_a_merged_row_brings_its_whole_follow_up_to_a_contact_without_one(book: Database, tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text("name,next_follow_up,next_follow_up_time,next_follow_up_note\r\n"
                    "Agence Durand,2026-04-03,11:00,Meet the new director\r\n"
                    "Zoé Lefèvre,2026-05-01,08:00,Not this one\r\n", encoding="utf-8")
    parsed = read_csv(path)
    plan = validate(parsed, guess_mapping(parsed.headers))
    merges = {2: (DuplicateChoice.MERGE, contact_id(book, "Agence Durand")),
              3: (DuplicateChoice.MERGE, contact_id(book, "Zoé Lefèvre"))}
    import_plan(book, plan, skip_bad=False, duplicates=merges)
    found = _follow_ups_by_name(book)
    assert found["Agence Durand"] == ("2026-04-03", "11:00:00.000000", "Meet the new director")
    # Zoé had a follow-up: hers stays whole (never her day with the file's time).
    assert found["Zoé Lefèvre"] == ("2026-03-30", "14:30:00.000000", "Call back about the quote")
