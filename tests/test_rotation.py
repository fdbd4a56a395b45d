"""Automatic daily backups, their rotation (7 daily + 4 weekly), the backup list and restoring."""

from __future__ import annotations

import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from carnet.domain.enums import Stage
from carnet.services import ContactDraft, create_contact
from carnet.services.demo_data import generate_demo_data
from carnet.storage import Database, StorageError
from carnet.storage.backup import backup_database, backups_dir, default_backup_path
from carnet.storage.integrity import integrity_problems
from carnet.storage.rotation import auto_backup_path, daily_backup, list_backups, restore_backup, rotate

NOW = datetime(2024, 6, 30, 20, 0)  # a Sunday


def make_demo(path: Path, contacts: int = 20) -> None:
    with Database.open(path, daily_backup=False) as db:
        generate_demo_data(db, contacts, today=NOW.date())


def add_contact(path: Path, name: str) -> None:
    with Database.open(path, daily_backup=False) as db:
        create_contact(db, ContactDraft(display_name=name, stage=Stage.LEAD))


def read(path: Path, query: str) -> list[object]:
    # Immutable: a plain read-only open would leave -wal/-shm files beside a backup.
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return [row[0] for row in connection.execute(query)]
    finally:
        connection.close()


def active_contacts(path: Path) -> list[object]:
    return read(path, "SELECT display_name FROM contact WHERE archived_at IS NULL ORDER BY id")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def tiny_sqlite(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.close()
    return path


# --- daily_backup --------------------------------------------------------------------------------


def test_daily_backup_once_per_local_day(db_path: Path) -> None:
    make_demo(db_path)
    first = daily_backup(db_path, NOW.replace(hour=8))
    assert first == backups_dir(db_path) / "carnet-auto-20240630-080000.sqlite3"
    assert mode(first) == 0o600
    assert mode(first.parent) == 0o700
    assert read(first, "PRAGMA integrity_check") == ["ok"]
    assert active_contacts(first) == active_contacts(db_path)
    assert daily_backup(db_path, NOW.replace(hour=23, minute=59)) is None
    second = daily_backup(db_path, NOW + timedelta(days=1))
    assert second is not None and second.name == "carnet-auto-20240701-200000.sqlite3"
    assert sorted(backups_dir(db_path).iterdir()) == [first, second]


def test_no_daily_backup_of_a_new_or_empty_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite3"
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    foreign = tiny_sqlite(tmp_path / "foreign.sqlite3")
    for path in (missing, empty, foreign):
        assert daily_backup(path, NOW) is None
    assert not backups_dir(tmp_path).exists()


# --- rotate --------------------------------------------------------------------------------------


def test_rotation_keeps_seven_days_and_four_weeks(db_path: Path) -> None:
    # Every other day at 09:00 for 56 days, plus an earlier backup on two of those days: 30 in all.
    stamps = [NOW.replace(hour=9) - timedelta(days=2 * n) for n in range(28)]
    stamps += [datetime(2024, 6, 30, 7, 0), datetime(2024, 6, 16, 7, 0)]
    for stamp in stamps:
        tiny_sqlite(auto_backup_path(db_path, stamp))
    manual = [
        tiny_sqlite(default_backup_path(db_path, now=datetime(2024, 1, 1))),
        tiny_sqlite(default_backup_path(db_path, label="before-restore", now=datetime(2024, 5, 1))),
        tiny_sqlite(backups_dir(db_path) / "other-auto-20240501-090000.sqlite3"),  # another database's
    ]
    (backups_dir(db_path) / "notes.txt").write_text("mine")

    deleted = rotate(db_path, NOW)

    kept_days = [(6, 30), (6, 28), (6, 26), (6, 24), (6, 22), (6, 20), (6, 18)]  # the last 7 days
    # Then the newest of each older ISO week: Jun 10-16, Jun 3-9, May 27-Jun 2, May 20-26.
    kept_days += [(6, 16), (6, 8), (6, 2), (5, 25)]
    expected = {f"carnet-auto-2024{m:02}{d:02}-090000.sqlite3" for m, d in kept_days}
    remaining = {path.name for path in backups_dir(db_path).iterdir()}
    assert remaining == expected | {path.name for path in manual} | {"notes.txt"}
    assert len(deleted) == 30 - 11
    assert not any(path.exists() for path in deleted)
    assert rotate(db_path, NOW) == []  # stable


def test_rotation_keeps_backups_stamped_in_the_future(db_path: Path) -> None:
    future = tiny_sqlite(auto_backup_path(db_path, NOW + timedelta(days=3)))
    for n in range(10):
        tiny_sqlite(auto_backup_path(db_path, NOW - timedelta(days=n)))
    deleted = rotate(db_path, NOW)
    assert future.exists()
    # Jun 30..24 are the daily ones; Jun 23, 22 and 21 share an ISO week, whose newest (23) stays.
    assert sorted(path.name for path in deleted) == [
        "carnet-auto-20240621-200000.sqlite3",
        "carnet-auto-20240622-200000.sqlite3",
    ]


# --- list_backups --------------------------------------------------------------------------------


def test_list_backups_newest_first_with_contact_counts(db_path: Path) -> None:
    make_demo(db_path)
    automatic = daily_backup(db_path, NOW - timedelta(days=1))
    assert automatic is not None
    counted = len(active_contacts(db_path))
    add_contact(db_path, "Zoé Newcomer")
    manual = backup_database(db_path, default_backup_path(db_path, label="by-hand", now=NOW))
    broken = backups_dir(db_path) / "carnet-broken.sqlite3"
    broken.write_bytes(b"not a database")

    infos = list_backups(db_path)

    assert [info.path for info in infos] == [broken, manual, automatic]  # broken: stamped by its mtime
    assert [info.automatic for info in infos] == [False, False, True]
    assert [info.contacts for info in infos] == [None, counted + 1, counted]
    assert infos[1].taken_at == NOW
    assert infos[2].taken_at == NOW - timedelta(days=1)
    assert infos[2].size == automatic.stat().st_size
    assert 0 < counted < 20  # the demo archives some contacts, which are not counted
    assert not list(backups_dir(db_path).glob("*-wal")) and not list(backups_dir(db_path).glob("*-shm"))


def test_list_backups_without_folder(db_path: Path) -> None:
    assert list_backups(db_path) == []


# --- restore_backup ------------------------------------------------------------------------------


def test_restore_brings_back_the_backup_and_keeps_the_current_state(db_path: Path) -> None:
    make_demo(db_path)
    backup = daily_backup(db_path, NOW - timedelta(days=2))
    assert backup is not None
    add_contact(db_path, "Zoé Newcomer")
    add_contact(db_path, "Yann Later")
    before_names = active_contacts(db_path)

    before = restore_backup(db_path, backup, NOW)

    assert before == default_backup_path(db_path, label="before-restore", now=NOW)
    assert active_contacts(db_path) == active_contacts(backup)
    assert active_contacts(before) == before_names
    [info] = [info for info in list_backups(db_path) if info.path == before]
    assert info.contacts == len(before_names) and not info.automatic
    assert mode(before) == 0o600
    assert integrity_problems(db_path) == []
    with Database.open(db_path) as db:  # still a current Carnet database, opened as usual
        assert db.reader().execute("SELECT count(*) FROM contact").fetchone()[0] > 0


@pytest.mark.parametrize("damage", ["garbage-page", "not-sqlite", "foreign"])
def test_restore_refuses_a_bad_backup_and_leaves_the_database_unchanged(db_path: Path, damage: str) -> None:
    make_demo(db_path)
    good = daily_backup(db_path, NOW - timedelta(days=1))
    assert good is not None
    bad = backups_dir(db_path) / "carnet-20240101-000000-bad.sqlite3"
    if damage == "garbage-page":
        data = bytearray(good.read_bytes())
        data[4096 * 2 : 4096 * 4] = b"\xa5" * 8192  # two b-tree pages of noise
        bad.write_bytes(bytes(data))
    elif damage == "not-sqlite":
        bad.write_bytes(b"PK\x03\x04 a zip, say" * 100)
    else:
        tiny_sqlite(bad)
    original = db_path.read_bytes()
    listing = sorted(backups_dir(db_path).iterdir())

    with pytest.raises(StorageError) as caught:
        restore_backup(db_path, bad, NOW)

    assert str(bad) in caught.value.message
    assert db_path.read_bytes() == original
    assert sorted(backups_dir(db_path).iterdir()) == listing  # no "before-restore", no -wal or -shm
