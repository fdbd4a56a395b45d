"""The database file: refusals that leave it untouched, the lock, migrations, pragmas, backups, modes."""

from __future__ import annotations

import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel, func, select

from carnet.domain.enums import Stage
from carnet.domain.models import Contact
from carnet.migrations import HEAD
from carnet.services import ContactDraft, create_contact
from carnet.storage import Database, DatabaseLocked, NewerSchema, NotACarnetDatabase
from carnet.storage import migrate as migrate_module
from carnet.storage.backup import backup_database, backups_dir
from carnet.storage.errors import BackupFailed, EmptyDatabase
from carnet.storage.lock import DatabaseLock
from carnet.storage.migrate import head_revision, known_revisions
from carnet.storage.sql import search as search_sql

# --- helpers -------------------------------------------------------------------------------------


def make_database(path: Path, *names: str) -> None:
    """A closed Carnet database holding contacts called ``names``."""
    with Database.open(path) as db:
        for name in names:
            create_contact(db, ContactDraft(display_name=name, stage=Stage.LEAD))


def contact_names(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT display_name FROM contact ORDER BY id")]
    finally:
        connection.close()


def stored_version(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def set_version(path: Path, revision: str) -> None:
    connection = sqlite3.connect(path)
    try:
        with connection:
            connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    finally:
        connection.close()


def snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def lock_is_free(path: Path) -> bool:
    lock = DatabaseLock(path)
    try:
        lock.acquire()
    except DatabaseLocked:
        return False
    lock.release()
    return True


# --- files Carnet must refuse and leave alone ----------------------------------------------------


def test_a_newer_schema_is_refused_and_left_byte_identical(db_path):
    make_database(db_path, "Alice")
    set_version(db_path, "9999_future")
    before = snapshot(db_path)
    header = before[0][18:20]  # file format bytes: 2, 2 means WAL

    with pytest.raises(NewerSchema) as refused:
        Database.open(db_path)

    assert "9999_future" in refused.value.message
    assert "untouched" in refused.value.message
    assert snapshot(db_path) == before
    assert db_path.read_bytes()[18:20] == header == b"\x02\x02"
    assert stored_version(db_path) == "9999_future"
    assert lock_is_free(db_path)


def test_a_text_file_is_refused_and_left_byte_identical(db_path):
    db_path.write_text("Name,Email\nAlice,alice@example.com\n" * 20)
    before = snapshot(db_path)

    with pytest.raises(NotACarnetDatabase) as refused:
        Database.open(db_path)

    assert str(db_path) in refused.value.message
    assert snapshot(db_path) == before
    assert lock_is_free(db_path)


def test_a_damaged_sqlite_file_is_refused_and_left_byte_identical(db_path):
    db_path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 20)
    before = snapshot(db_path)

    with pytest.raises(NotACarnetDatabase):
        Database.open(db_path)

    assert snapshot(db_path) == before


def test_a_foreign_sqlite_file_is_refused_and_left_byte_identical(db_path):
    connection = sqlite3.connect(db_path)
    with connection:
        connection.execute("CREATE TABLE recipe (id INTEGER PRIMARY KEY, title TEXT)")
        connection.execute("INSERT INTO recipe (title) VALUES ('tarte tatin')")
    connection.close()
    before = snapshot(db_path)

    with pytest.raises(NotACarnetDatabase) as refused:
        Database.open(db_path)

    assert "not one of Carnet's" in refused.value.message
    assert snapshot(db_path) == before
    assert lock_is_free(db_path)


# --- opening -------------------------------------------------------------------------------------


def test_a_new_database_is_created_at_head_without_a_backup(db_path):
    with Database.open(db_path) as db:
        assert db.migration_backup is None
    assert stored_version(db_path) == HEAD
    assert not backups_dir(db_path).exists()


def test_an_empty_file_becomes_a_database_only_when_the_user_allows_it(db_path):
    db_path.touch(mode=0o600)

    with pytest.raises(EmptyDatabase) as refused:
        Database.open(db_path)
    assert "0 bytes" in refused.value.message and "no backup" in refused.value.message
    assert db_path.stat().st_size == 0
    with Database.open(db_path, allow_empty=True):
        pass

    assert stored_version(db_path) == HEAD


def test_reopening_keeps_the_data(db_path):
    make_database(db_path, "Alice", "Bruno")

    with Database.open(db_path) as db, db.reading() as session:
        names = session.exec(select(Contact.display_name).order_by(Contact.id)).all()

    assert names == ["Alice", "Bruno"]
    # Reopening an existing file makes the day's automatic backup, and nothing else.
    assert [p.name.split("-")[1] for p in backups_dir(db_path).iterdir()] == ["auto"]


@pytest.mark.parametrize(
    "name",
    ["Clients 2025.sqlite3", "a%20b.sqlite3", "what?mode=ro.sqlite3", "notes#2.sqlite3", "carnet é.sqlite3"],
)
def test_any_file_name_opens_that_very_file(tmp_path, name):
    # SQLAlchemy parses "%xx", "?" and "#" in a URL; the engine must still open the file that was
    # checked and locked, not "a b.sqlite3", "what" or "notes".
    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / name

    with Database.open(path) as db:
        create_contact(db, ContactDraft(display_name="Alice"))
    with Database.open_read_only(path) as reader, reader.reading() as session:
        assert session.exec(select(Contact.display_name)).all() == ["Alice"]

    assert contact_names(path) == ["Alice"]
    assert {p.name for p in folder.iterdir()} <= {name, name + "-wal", name + "-shm"}


def test_pragmas_on_every_connection(db):
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_a_transaction_is_rolled_back_whole_on_error(db):
    with pytest.raises(RuntimeError), db.transaction() as session:
        session.add(Contact(display_name="Ghost"))
        session.flush()
        raise RuntimeError("interrupted")

    with db.reading() as session:
        assert session.exec(select(func.count()).select_from(Contact)).one() == 0


# --- the single-instance lock --------------------------------------------------------------------


def test_a_second_open_is_refused_while_the_first_is_open(db_path):
    first = Database.open(db_path)
    try:
        with pytest.raises(DatabaseLocked) as refused:
            Database.open(db_path)
        assert "already open" in refused.value.message
        assert str(db_path) in refused.value.message
    finally:
        first.close()

    second = Database.open(db_path)
    second.close()


def test_a_read_only_command_may_open_without_the_lock(db):
    with Database.open(db.path, exclusive=False) as reader:
        assert reader.path == db.path


CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from carnet.storage import Database, DatabaseLocked
    try:
        database = Database.open(Path(sys.argv[1]))
    except DatabaseLocked as exc:
        print(exc.message)
        sys.exit(3)
    database.close()
    print("opened")
    """
)


def open_in_another_process(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        capture_output=True, text=True, timeout=60, cwd=path.parent, check=False,
    )


def test_the_lock_blocks_another_process(db_path):
    with Database.open(db_path):
        child = open_in_another_process(db_path)
        assert child.returncode == 3, child.stderr
        assert "already open in another Carnet window" in child.stdout

    child = open_in_another_process(db_path)
    assert child.returncode == 0, child.stderr
    assert child.stdout.strip() == "opened"


# --- migrations ----------------------------------------------------------------------------------

# A revision after this Carnet's head, as a newer Carnet would ship it.
NEXT = f"{int(HEAD) + 1:04d}"


def test_head_constant_names_the_real_head_revision():
    assert head_revision() == HEAD
    assert HEAD in known_revisions()


def test_migrated_schema_matches_the_models(db):
    # The search index (migration 0003) is no model: an FTS5 table, its shadow tables and triggers, written
    # by SQL alone (tests/test_migration_0003.py checks them).
    def not_the_search_index(name: str | None, kind: str, _parent: object) -> bool:
        return not (kind == "table" and name is not None and name.startswith(search_sql.TABLE))

    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": not_the_search_index})
        differences = compare_metadata(context, SQLModel.metadata)

    # The models' enums are sa.Enum(native_enum=False, length=n), the migration's columns sa.String(n):
    # Alembic compares those as equal only when the lengths match, so an empty list also checks lengths.
    assert differences == []


def test_a_migration_writes_a_backup_before_upgrading(db_path, monkeypatch):
    """Pretend HEAD moved on past the real one and watch what runs before `upgrade` (the real migrations are
    tested with data in test_migration_0002.py and test_migration_0003.py)."""
    make_database(db_path, "Alice", "Bruno")
    original = snapshot(db_path)[0]
    seen: dict[str, object] = {}

    def fake_upgrade(path: Path) -> None:
        backups = [p for p in backups_dir(path).iterdir() if "before-migration" in p.name]
        seen["backups"] = backups
        seen["source_untouched"] = path.read_bytes() == original
        seen["backup_names"] = contact_names(backups[0])
        seen["backup_version"] = stored_version(backups[0])
        set_version(path, NEXT)

    monkeypatch.setattr(migrate_module, "HEAD", NEXT)
    monkeypatch.setattr(migrate_module, "known_revisions", lambda: {*known_revisions(), NEXT})
    monkeypatch.setattr(migrate_module, "upgrade", fake_upgrade)

    with Database.open(db_path) as db:
        backup = db.migration_backup

    assert seen["backups"] == [backup]
    assert seen["source_untouched"]
    assert seen["backup_names"] == ["Alice", "Bruno"]
    assert seen["backup_version"] == HEAD
    assert f"before-migration-from-{HEAD}" in backup.name
    assert mode(backup) == 0o600
    assert stat.S_IMODE(backup.parent.stat().st_mode) == 0o700
    assert stored_version(db_path) == NEXT


def test_no_migration_runs_if_the_backup_fails(db_path, monkeypatch):
    make_database(db_path, "Alice")
    before = snapshot(db_path)
    upgraded: list[Path] = []

    def failing_backup(source: Path, dest: Path) -> Path:
        raise BackupFailed("The backup to {path} failed: {reason}", path=str(dest), reason="disk full")

    monkeypatch.setattr(migrate_module, "HEAD", NEXT)
    monkeypatch.setattr(migrate_module, "known_revisions", lambda: {*known_revisions(), NEXT})
    monkeypatch.setattr(migrate_module, "backup_database", failing_backup)
    monkeypatch.setattr(migrate_module, "upgrade", upgraded.append)

    with pytest.raises(BackupFailed) as refused:
        Database.open(db_path)

    assert "disk full" in refused.value.message
    assert upgraded == []
    assert snapshot(db_path) == before
    assert lock_is_free(db_path)


# --- backups -------------------------------------------------------------------------------------


def test_backup_database_makes_a_sound_private_copy(db, tmp_path):
    for name in ("Alice", "Bruno", "Chloé"):
        create_contact(db, ContactDraft(display_name=name, stage=Stage.PROSPECT))
    dest = tmp_path / "copies" / "carnet-copy.sqlite3"

    assert backup_database(db.path, dest) == dest

    connection = sqlite3.connect(dest)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        connection.close()
    assert contact_names(dest) == contact_names(db.path) == ["Alice", "Bruno", "Chloé"]
    assert stored_version(dest) == HEAD
    assert mode(dest) == 0o600


def test_backup_database_never_overwrites(db, tmp_path):
    create_contact(db, ContactDraft(display_name="Alice"))
    dest = tmp_path / "precious.sqlite3"
    dest.write_bytes(b"the user's other file")

    with pytest.raises(BackupFailed) as refused:
        backup_database(db.path, dest)

    assert "never overwrites" in refused.value.message
    assert dest.read_bytes() == b"the user's other file"


# --- file modes ----------------------------------------------------------------------------------


def test_database_and_wal_files_are_private_and_no_lock_file_is_left(db, db_path):
    create_contact(db, ContactDraft(display_name="Alice"))  # so the WAL files exist

    assert mode(db_path) == 0o600
    assert not db_path.with_name(db_path.name + ".lock").exists()  # the lock is on the file itself
    for suffix in ("-wal", "-shm"):
        sidecar = db_path.with_name(db_path.name + suffix)
        if sidecar.exists():
            assert mode(sidecar) == 0o600, suffix
