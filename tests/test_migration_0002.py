"""Migration 0001 → 0002 (issue 14), the first Carnet ships, on a real 0001 file with data: every row
kept, a backup written first, a SIGKILL in the middle leaves the 0001 file as it was, and a Carnet that
only knows 0001 refuses the migrated file rather than misreading it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from carnet.domain.enums import DetailKind, Stage
from carnet.migrations import HEAD
from carnet.services import ContactDraft, update_contact
from carnet.services.details import contact_more
from carnet.services.drafts import ContactDetail
from carnet.storage import Database, NewerSchema
from carnet.storage import migrate as migrate_module
from carnet.storage.backup import backups_dir
from carnet.storage.engine import make_engine

TABLES = ("contact", "stage_change", "interaction", "payment", "gift")


def make_0001_file(path: Path) -> None:
    """A database at revision 0001, as Carnet 0.1 left it, holding contacts and their records."""
    from alembic import command

    engine = make_engine(path, foreign_keys=False)
    with engine.begin() as connection:
        config = migrate_module._config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        now = "2026-11-20 09:00:00.000000"
        for number, (name, email, phone, stage) in enumerate([
            ("Zoé Martin", "zoe@atelier-martin.fr", "+33 6 12 34 56 78", "client"),
            ("Bruno Lefèvre", "bruno.lefevre@example.org", "", "lead"),
            ("Agence Durand", "", "04 72 00 00 00", "prospect"),
        ], start=1):
            connection.execute(
                "INSERT INTO contact (id, kind, display_name, organisation, role, email, phone, website, address, "
                "notes, tags, stage, position, temperature, budget, authority, need, timing, qualification_note, "
                "recommends_how, gift_preferences, archive_note, created_at, updated_at) VALUES "
                "(?, 'person', ?, '', '', ?, ?, '', '12 rue des Lilas\n69003 Lyon', 'Met at the fair', 'salon', ?, "
                "?, 'warm', 'unknown', 'unknown', 'unknown', 'unknown', '', '', '', '', ?, ?)",
                (number, name, email, phone, stage, float(number), now, now),
            )
            connection.execute("INSERT INTO stage_change (contact_id, from_stage, to_stage, at) VALUES (?, NULL, ?, ?)",
                               (number, stage, now))
            connection.execute("INSERT INTO interaction (contact_id, kind, at, summary) VALUES (?, 'call', ?, ?)",
                               (number, now, f"Called {name}"))
        connection.execute("INSERT INTO payment (contact_id, amount_cents, currency, status, paid_on, description, "
                           "created_at) VALUES (1, 668000, 'EUR', 'paid', '2026-11-21', 'Logo', ?)", (now,))
        connection.execute("INSERT INTO gift (contact_id, year, what) VALUES (1, 2026, 'Chocolates')")


# The columns revision 0001 has: 0002 adds some (a payment's method and reference), 0004 a contact's follow-up
# time and note, which must not disturb them.
COLUMNS_0001 = {"payment": "id, contact_id, amount_cents, currency, status, issued_on, paid_on, description, "
                           "created_at",
                "contact": "id, kind, display_name, organisation, role, email, phone, website, address, notes, tags, "
                           "source, referred_by_id, stage, position, temperature, budget, authority, need, timing, "
                           "qualification_note, next_follow_up, ambassador_since, recommends_how, gift_preferences, "
                           "archived_at, archive_reason, archive_note, created_at, updated_at"}


def dump(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as connection:
        return {table: connection.execute(f"SELECT {COLUMNS_0001.get(table, '*')} FROM {table} ORDER BY id").fetchall()
                for table in TABLES}


def version(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_a_0001_file_with_data_is_migrated_whole_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "carnet.sqlite3"
    make_0001_file(path)
    before = dump(path)

    with Database.open(path, daily_backup=False) as db:
        backup = db.migration_backup
        assert backup is not None and "before-migration-from-0001" in backup.name
        # The new table works: a further email for Zoé.
        update_contact(db, 1, more=(ContactDetail(DetailKind.EMAIL, "zoe.martin@gmail.com", "Home"),))
        assert contact_more(db, 1) == (ContactDetail(DetailKind.EMAIL, "zoe.martin@gmail.com", "Home"),)

    assert version(path) == HEAD and {"contact_detail", "book_setting"} <= tables(path)
    with sqlite3.connect(path) as connection:  # an old payment's method is not known
        assert connection.execute("SELECT method, reference FROM payment").fetchall() == [(None, "")]
    after = dump(path)
    assert {table: rows for table, rows in after.items() if table != "contact"} == {
        table: rows for table, rows in before.items() if table != "contact"}
    # The contacts are as they were, but for Zoé's updated_at (her further email was just written).
    assert [row[:-1] for row in after["contact"]] == [row[:-1] for row in before["contact"]]
    # The backup is the 0001 file, every row in it.
    assert version(backup) == "0001" and dump(backup) == before
    assert "contact_detail" not in tables(backup)


def test_a_sigkill_in_the_middle_of_the_migration_leaves_the_0001_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "carnet.sqlite3"
    make_0001_file(path)
    before = dump(path)
    worker = Path(__file__).with_name("migration_worker.py")
    run = subprocess.run([sys.executable, str(worker), str(path)], capture_output=True, text=True, timeout=60)
    assert run.returncode == -9, run.stderr  # killed, not finished
    assert "migrating" in run.stdout  # it died inside the migration, after creating the table

    assert version(path) == "0001" and "contact_detail" not in tables(path)
    assert dump(path) == before
    assert any("before-migration-from-0001" in p.name for p in backups_dir(path).iterdir())
    # The next start migrates it for good.
    with Database.open(path, daily_backup=False) as db:
        assert contact_more(db, 1) == ()
    assert version(path) == HEAD and dump(path) == before


def test_a_carnet_that_only_knows_0001_refuses_the_migrated_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "carnet.sqlite3"
    with Database.open(path, daily_backup=False) as db:
        from carnet.services import create_contact

        create_contact(db, ContactDraft(display_name="Zoé", stage=Stage.LEAD))
    before = path.read_bytes()
    # What Carnet 0.1 (revision 0001 only) does on open: its HEAD and the revisions it ships.
    monkeypatch.setattr(migrate_module, "HEAD", "0001")
    monkeypatch.setattr(migrate_module, "known_revisions", lambda: {"0001"})
    with pytest.raises(NewerSchema) as refused:
        Database.open(path, daily_backup=False)
    assert HEAD in refused.value.message and "newer" in refused.value.message.lower()
    assert path.read_bytes() == before
