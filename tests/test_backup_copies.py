"""The second backup folder (storage): today's automatic backup copied there once, thinned like ``backups/``,
and a folder that is not there, not writable or too small said as it is, the usual backup untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from tests.unprivileged import as_user, give, in_child, user_folder

from carnet.services.demo_data import generate_demo_data
from carnet.storage import Database
from carnet.storage.backup import backup_database, backups_dir, default_backup_path
from carnet.storage.backup_copies import SecondFolderUnavailable, copy_to_second_folder
from carnet.storage.rotation import auto_backup_path, daily_backup

NOW = datetime(2024, 6, 30, 20, 0)  # a Sunday


def make_book(path: Path, contacts: int = 30) -> Path:
    with Database.open(path, daily_backup=False) as db:
        generate_demo_data(db, contacts, today=NOW.date())
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tiny_sqlite(path: Path) -> Path:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.close()
    return path


@pytest.fixture
def book(db_path: Path) -> Path:
    """A book with today's automatic backup in ``backups/``."""
    make_book(db_path)
    assert daily_backup(db_path, NOW) is not None
    return db_path


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "media" / "USB DISK" / "Carnet"
    folder.mkdir(parents=True)
    return folder


def test_todays_backup_is_copied_whole_and_private(book: Path, usb: Path) -> None:
    [backup] = backups_dir(book).iterdir()
    copied = copy_to_second_folder(book, usb, NOW)
    assert copied == usb / backup.name == usb / "carnet-auto-20240630-200000.sqlite3"
    assert digest(copied) == digest(backup)
    assert stat.S_IMODE(copied.stat().st_mode) == 0o600
    assert list(usb.iterdir()) == [copied]  # no temporary copy left beside it
    with Database.open(copied, daily_backup=False) as db:  # a book Carnet opens as it is
        assert db.reader().execute("SELECT count(*) FROM contact").fetchone()[0] == 30


def test_the_same_day_it_is_copied_once(book: Path, usb: Path) -> None:
    copied = copy_to_second_folder(book, usb, NOW)
    assert copied is not None
    before = copied.stat()
    assert copy_to_second_folder(book, usb, NOW + timedelta(hours=3)) is None
    after = copied.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    # The next day brings the next day's backup; both are kept.
    tomorrow = NOW + timedelta(days=1)
    new = daily_backup(book, tomorrow)
    assert new is not None
    assert copy_to_second_folder(book, usb, tomorrow) == usb / new.name
    assert sorted(path.name for path in usb.iterdir()) == [copied.name, new.name]


def test_the_copies_are_thinned_as_in_the_usual_folder(book: Path, usb: Path) -> None:
    # The same history as test_rotation's: every other day at 09:00 for 56 days, two earlier ones.
    stamps = [NOW.replace(hour=9) - timedelta(days=2 * n) for n in range(28)]
    stamps += [datetime(2024, 6, 30, 7, 0), datetime(2024, 6, 16, 7, 0)]
    for stamp in stamps:
        tiny_sqlite(usb / auto_backup_path(book, stamp).name)
    kept_anyway = {
        tiny_sqlite(usb / default_backup_path(book, now=datetime(2024, 1, 1)).name).name,  # a manual one
        tiny_sqlite(usb / "other-auto-20240501-090000.sqlite3").name,  # another book's
    }
    (usb / "photos.txt").write_text("not Carnet's")
    kept_anyway.add("photos.txt")
    usual = sorted(backups_dir(book).iterdir())

    copy_to_second_folder(book, usb, NOW)

    # Today's 20:00 copy is the day's newest: the 07:00 and 09:00 ones of the day go.
    kept_days = [(6, 28), (6, 26), (6, 24), (6, 22), (6, 20), (6, 18), (6, 16), (6, 8), (6, 2), (5, 25)]
    expected = {"carnet-auto-20240630-200000.sqlite3"}
    expected |= {f"carnet-auto-2024{m:02}{d:02}-090000.sqlite3" for m, d in kept_days}
    assert {path.name for path in usb.iterdir()} == expected | kept_anyway
    assert sorted(backups_dir(book).iterdir()) == usual  # the usual folder is not the second folder's business


def test_a_manual_backup_is_copied_and_kept(book: Path, usb: Path) -> None:
    manual = backup_database(book, default_backup_path(book, now=NOW))
    assert copy_to_second_folder(book, usb, NOW, backup=manual) == usb / manual.name
    copy_to_second_folder(book, usb, NOW)  # today's automatic one, then the thinning: manual copies stay
    assert sorted(path.name for path in usb.iterdir()) == sorted([manual.name, "carnet-auto-20240630-200000.sqlite3"])


def test_a_missing_folder_is_a_disk_not_plugged_in_and_is_not_created(book: Path, tmp_path: Path) -> None:
    unplugged = tmp_path / "media" / "USB DISK" / "Carnet"
    with pytest.raises(SecondFolderUnavailable) as refused:
        copy_to_second_folder(book, unplugged, NOW)
    assert refused.value.message == (
        f"The second backup folder {unplugged} is not there (is the disk plugged in?). Today's backup is in the "
        f"usual folder, {backups_dir(book)}.")
    assert not (tmp_path / "media").exists()
    assert len(list(backups_dir(book).iterdir())) == 1  # today's backup itself is safe


def test_a_file_in_the_folders_place_is_said_so(book: Path, tmp_path: Path) -> None:
    file = tmp_path / "Carnet"
    file.write_text("a note")
    with pytest.raises(SecondFolderUnavailable) as refused:
        copy_to_second_folder(book, file, NOW)
    assert f"{file} is a file, not a folder" in refused.value.message
    assert file.read_text() == "a note"


def test_nothing_to_copy_without_a_backup_today(db_path: Path, usb: Path, tmp_path: Path) -> None:
    make_book(db_path)  # never backed up
    assert copy_to_second_folder(db_path, usb, NOW) is None
    assert list(usb.iterdir()) == []
    # Nor is a missing folder worth a warning then: there was nothing to put in it.
    assert copy_to_second_folder(db_path, tmp_path / "unplugged", NOW) is None


def test_the_usual_folder_chosen_as_second_folder_copies_nothing(book: Path) -> None:
    listing = sorted(backups_dir(book).iterdir())
    assert copy_to_second_folder(book, backups_dir(book), NOW) is None
    assert sorted(backups_dir(book).iterdir()) == listing


def test_a_copy_left_by_a_killed_carnet_is_removed(book: Path, usb: Path) -> None:
    dead = _pid_of_a_process_that_is_gone()
    leftover = usb / f".carnet-auto-20240629-200000.sqlite3.{dead}.partial"
    leftover.write_bytes(b"SQLite format 3\x00 and then nothing")
    running = usb / f".carnet-auto-20240629-200000.sqlite3.{os.getppid()}.partial"  # a live process's
    running.write_bytes(b"SQLite format 3\x00 being written")
    copy_to_second_folder(book, usb, NOW)
    assert not leftover.exists()
    assert running.exists()


def _copy_as_user(book: Path, folder: Path) -> str:
    try:
        copy_to_second_folder(book, folder, NOW)
    except SecondFolderUnavailable as refused:
        return refused.message
    return "copied"


def test_a_read_only_folder_is_said_so_to_an_unprivileged_user() -> None:
    with user_folder() as home:
        book = make_book(home / "carnet.sqlite3")
        assert daily_backup(book, NOW) is not None
        usb = home / "usb"
        usb.mkdir()
        give(home)
        usb.chmod(0o555)  # the user's own folder, made read-only (a disk mounted read-only says the same)
        message = as_user(_copy_as_user, book, usb)
        assert message == (
            f"Carnet may not write in the second backup folder {usb} (it is read-only for you). Today's backup is "
            f"in the usual folder, {backups_dir(book)}.")
        assert list(usb.iterdir()) == []


def test_a_copy_the_disk_cannot_hold_leaves_nothing_with_a_backups_name(book: Path, usb: Path) -> None:
    [backup] = backups_dir(book).iterdir()
    # The OS refuses to write past half the backup's size, as a full disk would stop the copy halfway.
    message = in_child(_copy_as_user, book, usb, file_size_limit=backup.stat().st_size // 2)
    assert message.startswith(f"The backup could not be copied to the second backup folder {usb} (File too large)")
    assert message.endswith(f"Today's backup is in the usual folder, {backups_dir(book)}.")
    assert list(usb.iterdir()) == []  # neither the backup's name nor the temporary copy
    assert copy_to_second_folder(book, usb, NOW) == usb / backup.name  # the next try, with room, copies it


def _pid_of_a_process_that_is_gone() -> int:
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    return pid
