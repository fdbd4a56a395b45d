"""Migration 0004 → 0005 (issue 17: follow-up sequences) on a real 0004 file with data: a backup first, every
row kept, the new table empty and usable; a SIGKILL in the middle leaves the 0004 file as it was; a Carnet that
only knows 0004 refuses the migrated file; the downgrade takes the table away and nothing else."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from carnet.domain.sequences import FollowUpSequence, SequenceStep
from carnet.migrations import HEAD
from carnet.services.follow_ups_read import open_follow_ups
from carnet.services.sequences import sequence_of, start_sequence
from carnet.storage import Database, NewerSchema
from carnet.storage import migrate as migrate_module
from carnet.storage.backup import backups_dir
from test_migration_0004 import make_0003_file, migrate_to, schema, version

TABLES = ("contact", "contact_detail", "stage_change", "interaction", "payment", "gift", "book_setting")
NEW_LEAD = FollowUpSequence("New lead", (SequenceStep(0, "Call"), SequenceStep(2, "Send the brochure")))


def make_0004_file(path: Path) -> None:
    """A database at revision 0004 with a book in it: 0003's rows, then 0004's follow-up time and note on one."""
    make_0003_file(path)
    migrate_to(path, "0004")
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE contact SET follow_up_time = '10:30:00.000000', "
                           "follow_up_note = 'Call back about the catalogue' WHERE id = 1")


def dump(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as connection:
        return {table: connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall() for table in TABLES}


def tables(path: Path) -> set[str]:
    return set(schema(path, "table"))


def test_a_0004_file_with_data_is_migrated_whole_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "carnet.sqlite3"
    make_0004_file(path)
    before, triggers = dump(path), schema(path, "trigger")
    with Database.open(path, daily_backup=False) as db:
        backup = db.migration_backup
        assert backup is not None and "before-migration-from-0004" in backup.name
        assert [(f.display_name, f.note) for f in open_follow_ups(db)] == [
            ("Zoé Lefèvre", "Call back about the catalogue")]
        assert sequence_of(db, 1) is None
        start_sequence(db, 2, NEW_LEAD, date(2026, 12, 2))  # the new table takes rows
        assert sequence_of(db, 2) is not None
    assert version(path) == HEAD
    after = dump(path)
    assert after["contact"][0] == before["contact"][0] and after["interaction"] == before["interaction"]
    assert schema(path, "trigger") == triggers
    assert version(backup) == "0004" and dump(backup) == before and "contact_sequence" not in tables(backup)


def test_a_sigkill_in_the_middle_of_the_migration_leaves_the_0004_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "carnet.sqlite3"
    make_0004_file(path)
    before = dump(path)
    worker = Path(__file__).with_name("migration_worker_0005.py")
    run = subprocess.run([sys.executable, str(worker), str(path)], capture_output=True, text=True, timeout=60)
    assert run.returncode == -9, run.stderr
    assert "migrating" in run.stdout  # it died inside the migration, the table made but not committed
    assert version(path) == "0004" and "contact_sequence" not in tables(path) and dump(path) == before
    assert any("before-migration-from-0004" in p.name for p in backups_dir(path).iterdir())
    with Database.open(path, daily_backup=False) as db:
        assert sequence_of(db, 1) is None
    assert version(path) == HEAD and "contact_sequence" in tables(path)


def test_a_carnet_that_only_knows_0004_refuses_the_migrated_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It would erase a contact without its sequence row's knowing, or leave a step behind a new follow-up.
    path = tmp_path / "carnet.sqlite3"
    make_0004_file(path)
    with Database.open(path, daily_backup=False):
        pass
    before = path.read_bytes()
    monkeypatch.setattr(migrate_module, "HEAD", "0004")
    monkeypatch.setattr(migrate_module, "known_revisions", lambda: {"0001", "0002", "0003", "0004"})
    with pytest.raises(NewerSchema) as refused:
        Database.open(path, daily_backup=False)
    assert HEAD in refused.value.message
    assert path.read_bytes() == before


def test_the_downgrade_takes_the_table_away_and_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / "carnet.sqlite3"
    make_0004_file(path)
    with Database.open(path, daily_backup=False) as db:
        start_sequence(db, 2, NEW_LEAD, date(2026, 12, 2))
    before = dump(path)
    migrate_to(path, "0004", down=True)
    assert version(path) == "0004" and "contact_sequence" not in tables(path)
    assert dump(path) == before  # the follow-up the sequence gave stays: it is the contact's own now
