"""Migration 0003 → 0004 (issue 17: follow-ups with a time and a note, the book's id) on a real 0003 file with
data: a backup first, every row kept, the new columns empty, the search index's triggers alive and the note
searched; a SIGKILL in the middle leaves the 0003 file as it was; a Carnet that only knows 0003 refuses the
migrated file; the downgrade takes the columns away and keeps the book's id."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import uuid
from datetime import date, time
from pathlib import Path

import pytest

from carnet.migrations import HEAD
from carnet.services import update_contact
from carnet.services.follow_ups import set_follow_up
from carnet.services.follow_ups_read import open_follow_ups
from carnet.services.search import MatchedIn, search
from carnet.storage import Database, NewerSchema
from carnet.storage import migrate as migrate_module
from carnet.storage.backup import backups_dir
from carnet.storage.engine import make_engine
from carnet.storage.sql import search as search_sql
from carnet.storage.sql.follow_ups import BOOK_ID, BOOK_ID_KEY

TABLES = ("contact", "contact_detail", "stage_change", "interaction", "payment", "gift", "book_setting")
NEW_COLUMNS = ("follow_up_time", "follow_up_note")
NOW = "2026-12-10 09:00:00.000000"


def migrate_to(path: Path, revision: str, *, down: bool = False) -> None:
    from alembic import command

    engine = make_engine(path, foreign_keys=False)
    with engine.begin() as connection:
        config = migrate_module._config()
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)
    engine.dispose()


def make_0003_file(path: Path) -> None:
    """A database at revision 0003, as Carnet left it before follow-ups had a time, with a book in it."""
    migrate_to(path, "0003")
    with sqlite3.connect(path) as connection:
        for number, (name, stage, follow_up, archived_at) in enumerate([
            ("Zoé Lefèvre", "prospect", "2026-12-14", None),
            ("Bruno Martin", "lead", None, None),
            ("Hélène Dubois", "lead", "2026-12-15", NOW),
        ], start=1):
            connection.execute(
                "INSERT INTO contact (id, kind, display_name, organisation, role, email, phone, website, address, "
                "notes, tags, stage, position, temperature, budget, authority, need, timing, qualification_note, "
                "next_follow_up, recommends_how, gift_preferences, archived_at, archive_reason, archive_note, "
                "created_at, updated_at) VALUES (?, 'person', ?, 'Atelier Œuvre', '', '', '', '', '', "
                "'Met at the fair', 'salon', ?, ?, 'warm', 'unknown', 'unknown', 'unknown', 'unknown', '', ?, '', '', "
                "?, ?, '', ?, ?)",
                (number, name, stage, float(number), follow_up, archived_at, "no_budget" if archived_at else None,
                 NOW, NOW),
            )
            connection.execute("INSERT INTO stage_change (contact_id, from_stage, to_stage, at) VALUES (?, NULL, ?, ?)",
                               (number, stage, NOW))
            connection.execute("INSERT INTO interaction (contact_id, kind, at, summary, follow_up) VALUES "
                               "(?, 'call', ?, ?, ?)", (number, NOW, f"Called {name} about the catalogue", follow_up))
        connection.execute("INSERT INTO contact_detail (contact_id, kind, label, value, position) VALUES "
                           "(1, 'email', 'Home', 'zoe.lefevre@gmail.com', 0)")
        connection.execute("INSERT INTO payment (contact_id, amount_cents, currency, status, issued_on, description, "
                           "method, reference, created_at) VALUES (1, 120000, 'EUR', 'quoted', '2026-12-01', "
                           "'Logo', NULL, 'D-2026-031', ?)", (NOW,))
        connection.execute("INSERT INTO gift (contact_id, year, what) VALUES (1, 2026, 'Chocolates')")
        connection.execute("INSERT INTO book_setting (key, value) VALUES ('home_currency', 'EUR')")


def columns(path: Path, table: str = "contact") -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of the 0003 tables, in the 0003 columns (the book's id aside)."""
    old = ", ".join(name for name in columns(path) if name not in NEW_COLUMNS)
    with sqlite3.connect(path) as connection:
        return {table: connection.execute(
            f"SELECT {old if table == 'contact' else '*'} FROM {table} "
            f"{'WHERE key != ' + repr(BOOK_ID_KEY) if table == 'book_setting' else ''} ORDER BY 1").fetchall()
            for table in TABLES}


def version(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def book_id(path: Path) -> str | None:
    with sqlite3.connect(path) as connection:
        row = connection.execute(BOOK_ID).fetchone()
    return None if row is None else row[0]


def schema(path: Path, kind: str) -> dict[str, str]:
    with sqlite3.connect(path) as connection:
        return dict(connection.execute("SELECT name, sql FROM sqlite_master WHERE type = ?", (kind,)).fetchall())


def test_a_0003_file_with_data_is_migrated_whole_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "carnet.sqlite3"
    make_0003_file(path)
    before = dump(path)
    triggers = schema(path, "trigger")

    with Database.open(path, daily_backup=False) as db:
        backup = db.migration_backup
        assert backup is not None and "before-migration-from-0003" in backup.name
        # The follow-ups that were there have no time and no note; the archived one is not open.
        assert [(f.display_name, f.day, f.time, f.note) for f in open_follow_ups(db)] == [
            ("Zoé Lefèvre", date(2026, 12, 14), None, "")]

    assert version(path) == HEAD
    assert dump(path) == before  # nothing of 0003's changed
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT follow_up_time, follow_up_note FROM contact").fetchall() == [(None, "")] * 3
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert uuid.UUID(book_id(path) or "").version == 4
    # Every trigger of the search index is still there (a batch "move and copy" of contact would drop them).
    assert set(schema(path, "trigger")) == set(triggers) and len(triggers) == 12
    # The backup is the 0003 file, every row in it.
    assert version(backup) == "0003" and dump(backup) == before
    assert not set(NEW_COLUMNS) & set(columns(backup)) and book_id(backup) is None


def test_after_the_migration_the_note_is_searched_and_the_index_follows_edits(tmp_path: Path) -> None:
    path = tmp_path / "carnet.sqlite3"
    make_0003_file(path)
    with Database.open(path, daily_backup=False) as db:
        set_follow_up(db, 2, date(2026, 12, 16), time(10, 30), "Call back about the sourdough quote")
        assert [(hit.display_name, hit.matched_in) for hit in search(db, "sourdough")] == [
            ("Bruno Martin", MatchedIn.NOTES)]
        set_follow_up(db, 2, date(2026, 12, 16), time(10, 30), "Send the brochure")
        assert search(db, "sourdough") == []
        assert [hit.display_name for hit in search(db, "brochure")] == ["Bruno Martin"]
        update_contact(db, 1, display_name="Zoé Lefèvre-Martin")  # the other searched columns still note edits
        assert [hit.display_name for hit in search(db, "lefevre martin")] == ["Zoé Lefèvre-Martin"]
        assert [hit.display_name for hit in search(db, "catalogue")] == [
            "Bruno Martin", "Zoé Lefèvre-Martin", "Hélène Dubois"]
        with sqlite3.connect(path) as connection:
            connection.execute(f"INSERT INTO {search_sql.TABLE} ({search_sql.TABLE}) VALUES ('integrity-check')")


def test_a_sigkill_in_the_middle_of_the_migration_leaves_the_0003_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "carnet.sqlite3"
    make_0003_file(path)
    before, view = dump(path), schema(path, "view")
    worker = Path(__file__).with_name("migration_worker_0004.py")
    run = subprocess.run([sys.executable, str(worker), str(path)], capture_output=True, text=True, timeout=60)
    assert run.returncode == -9, run.stderr  # killed, not finished
    assert "migrating" in run.stdout  # it died inside the migration, after adding the columns

    assert version(path) == "0003" and not set(NEW_COLUMNS) & set(columns(path))
    assert dump(path) == before and schema(path, "view") == view and book_id(path) is None
    assert any("before-migration-from-0003" in p.name for p in backups_dir(path).iterdir())
    # The next start migrates it for good.
    with Database.open(path, daily_backup=False) as db:
        assert [f.display_name for f in open_follow_ups(db)] == ["Zoé Lefèvre"]
    assert version(path) == HEAD and dump(path) == before and book_id(path)


def test_a_carnet_that_only_knows_0003_refuses_the_migrated_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Its edits would leave a follow-up's time and note behind on a new day: it must not open the file at all.
    path = tmp_path / "carnet.sqlite3"
    make_0003_file(path)
    with Database.open(path, daily_backup=False):
        pass
    before = path.read_bytes()
    monkeypatch.setattr(migrate_module, "HEAD", "0003")
    monkeypatch.setattr(migrate_module, "known_revisions", lambda: {"0001", "0002", "0003"})
    with pytest.raises(NewerSchema) as refused:
        Database.open(path, daily_backup=False)
    assert HEAD in refused.value.message
    assert path.read_bytes() == before


def test_the_downgrade_takes_the_columns_away_and_keeps_the_book_s_id(tmp_path: Path) -> None:
    path = tmp_path / "carnet.sqlite3"
    make_0003_file(path)
    view_0003 = schema(path, "view")
    with Database.open(path, daily_backup=False) as db:
        set_follow_up(db, 1, date(2026, 12, 14), time(15, 0), "Ask about the hazelnut pralines")
        assert search(db, "hazelnut")
    identity = book_id(path)
    before = dump(path)
    migrate_to(path, "0003", down=True)
    assert version(path) == "0003" and not set(NEW_COLUMNS) & set(columns(path))
    assert schema(path, "view") == view_0003 and len(schema(path, "trigger")) == 12
    assert dump(path) == before and book_id(path) == identity
    # The note left the file; its words leave the index at Carnet's next write (the contact was noted).
    migrate_to(path, "0004")
    assert book_id(path) == identity  # the calendar's UIDs are the same as before the step back
    with Database.open(path, daily_backup=False) as db:
        assert db.reader().execute(f"SELECT contact_id FROM {search_sql.STALE}").fetchall() == [(1,)]
        update_contact(db, 2, role="Baker")  # any write
        assert search(db, "hazelnut") == []
        assert [hit.display_name for hit in search(db, "fair")] == ["Bruno Martin", "Zoé Lefèvre", "Hélène Dubois"]


def test_every_new_book_gets_an_id_of_its_own(tmp_path: Path) -> None:
    ids = set()
    for name in ("first.sqlite3", "second.sqlite3"):
        with Database.open(tmp_path / name, daily_backup=False):
            pass
        ids.add(book_id(tmp_path / name))
    assert len(ids) == 2 and None not in ids
