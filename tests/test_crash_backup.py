"""Never lose a book (SPEC §4): a process killed at any moment of a backup or a restore leaves nothing that
passes for a backup without being one, never an empty or half-written book, and never loses a damaged file.

Each round starts a real process (tests/crash_backup_worker.py, or ``python -m carnet backup``) on fresh
copies and SIGKILLs it at a seeded random moment spread over the operation's measured duration; the rounds
that landed in the middle of the copy (a temporary file was left) are counted, so that a change of timing
that made every kill miss the window would fail the test instead of passing it for nothing.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest

from carnet.services.demo_data import generate_demo_data
from carnet.storage import Database
from carnet.storage.backup import backup_database, backups_dir, default_backup_path
from carnet.storage.errors import DamagedDatabase
from carnet.storage.integrity import integrity_problems
from carnet.storage.rotation import list_backups, recover_from_backup

WORKER = Path(__file__).with_name("crash_backup_worker.py")
KILLS = 30
CLI_KILLS = 8
STEM = "carnet"
AUTO = re.compile(rf"^{STEM}-auto-\d{{8}}-\d{{6}}\.sqlite3$")
MANUAL = re.compile(rf"^{STEM}-\d{{8}}-\d{{6}}\.sqlite3$")
BEFORE_RESTORE = re.compile(rf"^{STEM}-\d{{8}}-\d{{6}}-before-restore\.sqlite3$")
DAMAGED_COPY = re.compile(rf"^{STEM}-damaged-\d{{8}}-\d{{6}}\.sqlite3$")
LAST_CHANGES = b"the last changes of the damaged file, maybe rescuable"
COUNT = "SELECT count(*) FROM contact WHERE archived_at IS NULL"  # what list_backups counts


@dataclass(frozen=True)
class Book:
    path: Path
    contacts: int


def contacts_in(path: Path) -> int:
    """The contacts of a sound file (integrity_check must pass), read immutable: nothing is created beside it."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"{path.name} is not sound"
        return int(connection.execute(COUNT).fetchone()[0])
    finally:
        connection.close()


def make_book(path: Path, contacts: int, *, long_notes: int = 0) -> Book:
    with Database.open(path) as database:
        generate_demo_data(database, contacts, seed=contacts)
    if long_notes:
        # Long notes (``long_notes`` sentences each) make the file big enough for a copy to take a noticeable
        # time, at a fraction of the cost of generating as many contacts.
        connection = sqlite3.connect(path)
        with connection:
            connection.execute(
                "UPDATE contact SET notes = notes || ' ' || replace(hex(zeroblob(?)), '00', printf('met %d. ', id))",
                (long_notes,),
            )
        connection.close()
    return Book(path, contacts_in(path))


def damage(path: Path) -> bytes:
    """Scribble over the middle of the file, keeping SQLite's header (as tests/test_recovery.py does)."""
    data = bytearray(path.read_bytes())
    page = 4096
    scribble = bytes((i * 7) % 251 for i in range(251))  # the same bytes as test_recovery's, made faster
    size = len(data) - 3 * page
    data[2 * page : len(data) - page] = (scribble * (size // 251 + 1))[:size]
    path.write_bytes(bytes(data))
    return bytes(data)


@pytest.fixture(scope="module")
def big_book(tmp_path_factory: pytest.TempPathFactory) -> Book:
    """About 20 MB: Carnet's own backup of it takes some 50 ms on a laptop's disk."""
    return make_book(tmp_path_factory.mktemp("big") / f"{STEM}.sqlite3", 1500, long_notes=1300)


@pytest.fixture(scope="module")
def small_book(tmp_path_factory: pytest.TempPathFactory) -> Book:
    """Fewer contacts, but big enough (about 8 MB) that keeping it before a restore takes some time too."""
    return make_book(tmp_path_factory.mktemp("small") / f"{STEM}.sqlite3", 300, long_notes=3000)


@pytest.fixture(scope="module")
def big_backup(big_book: Book) -> Book:
    """A backup of the big book, as Carnet writes them (journal mode DELETE, checked)."""
    path = backup_database(big_book.path, default_backup_path(big_book.path, label="chosen"))
    return Book(path, contacts_in(path))


@pytest.fixture(scope="module")
def damaged_book(small_book: Book, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    path = tmp_path_factory.mktemp("damaged") / f"{STEM}.sqlite3"
    shutil.copy(small_book.path, path)
    content = damage(path)
    with pytest.raises(DamagedDatabase):
        Database.open(path, daily_backup=False).close()
    assert path.read_bytes() == content
    return path, content


def fresh_folder(tmp_path: Path, round_: int) -> Path:
    folder = tmp_path / f"round-{round_:02d}"
    folder.mkdir()
    return folder


def worker_command(*args: str | Path) -> list[str]:
    return [sys.executable, str(WORKER), *map(str, args)]


def calibrate(command_for: Callable[[Path], Sequence[str]], tmp_path: Path) -> float:
    """How long the operation takes, unkilled: the shorter of two runs (in fresh folders), as a busy
    machine makes one run slow now and then."""
    return min(run_to_the_end(command_for(fresh_folder(tmp_path, 90 + attempt))) for attempt in range(2))


def run_to_the_end(command: Sequence[str]) -> float:
    """The seconds from the worker's "ready" to its "done", for a run nobody kills."""
    worker = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert worker.stdout is not None
    assert worker.stdout.readline().strip() == "ready"
    started = time.perf_counter()
    assert worker.stdout.readline().strip() == "done"
    duration = time.perf_counter() - started
    assert worker.wait() == 0
    return duration


def kill_after(command: Sequence[str], delay: float) -> bool:
    """Start the worker, SIGKILL it ``delay`` seconds after its "ready"; True if it had finished by then."""
    worker = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert worker.stdout is not None
    assert worker.stdout.readline().strip() == "ready"
    time.sleep(delay)
    os.kill(worker.pid, signal.SIGKILL)
    rest = worker.stdout.read()
    code = worker.wait()  # reaped: remove_leftovers must see a dead process, not a zombie
    return code == 0 and "done" in rest


def kill_moments(seed: int, duration: float, count: int = KILLS, *, start: float = 0.0) -> list[float]:
    """``count`` moments spread over ``[start, duration]``, each at random within its own slice, in random order:
    a kill lands in each phase of the operation about as often as the phase is long."""
    rng = random.Random(seed)
    width = (duration - start) / count
    moments = [start + (slot + rng.random()) * width for slot in range(count)]
    rng.shuffle(moments)
    return moments


def temporary_files(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if ".partial" in name) if folder.is_dir() else []


def assert_only_backups(folder: Path, *patterns: re.Pattern[str], known: Counter[str]) -> list[Path]:
    """Every file in ``folder`` is a backup by its final name: no temporary copy, no journal, no -wal/-shm."""
    names = sorted(os.listdir(folder))
    strays = [name for name in names if not any(pattern.match(name) for pattern in patterns)]
    assert strays == [], f"left in {folder.name}/: {strays}"
    return [folder / name for name in names]


def test_a_daily_backup_killed_at_any_moment_never_leaves_a_broken_backup(tmp_path: Path, big_book: Book) -> None:
    def opening(folder: Path) -> list[str]:  # the check, then the backup, then rotation
        return worker_command("open", shutil.copy(big_book.path, folder / f"{STEM}.sqlite3"))

    duration = calibrate(opening, tmp_path)
    outcomes: Counter[str] = Counter()
    for round_, delay in enumerate(kill_moments(1, duration)):
        db_path = fresh_folder(tmp_path, round_) / f"{STEM}.sqlite3"
        shutil.copy(big_book.path, db_path)  # no backup today: Database.open takes one
        finished = kill_after(worker_command("open", db_path), delay)
        folder = backups_dir(db_path)
        left = temporary_files(folder)
        names = sorted(os.listdir(folder)) if folder.is_dir() else []
        automatic = [folder / name for name in names if AUTO.match(name)]
        outcomes["finished" if finished else "mid-copy" if left else "after" if automatic else "before"] += 1
        for backup in automatic:  # whatever has a backup's name is a whole backup
            assert not backup.with_name(backup.name + "-journal").exists()
            assert contacts_in(backup) == big_book.contacts

        # The next start removes the dead process's temporary files and takes the day's backup if it has none.
        with Database.open(db_path) as database:
            assert database.backup_warning is None
        for backup in assert_only_backups(folder, AUTO, known=outcomes):
            assert contacts_in(backup) == big_book.contacts
        today = [info for info in list_backups(db_path) if info.automatic and info.taken_at.date() == date.today()]
        assert len(today) == 1 and today[0].contacts == big_book.contacts, (left, names, today)
        shutil.rmtree(db_path.parent)
    print(f"daily backup: {dict(outcomes)} over {duration * 1000:.0f} ms")
    assert outcomes["mid-copy"] >= 8, f"too few kills landed during the copy: {dict(outcomes)}"


def test_a_manual_backup_killed_at_any_moment_never_leaves_a_broken_backup(
    tmp_path: Path, big_book: Book
) -> None:
    db_path = tmp_path / f"{STEM}.sqlite3"
    shutil.copy(big_book.path, db_path)
    command = [sys.executable, "-m", "carnet", "backup", "--db", str(db_path)]
    environment = {**os.environ, "CARNET_HOME": str(tmp_path / "home")}
    started = time.perf_counter()
    assert subprocess.run(command, capture_output=True, env=environment, check=True).stdout.strip()
    duration = time.perf_counter() - started  # the start of Python and Carnet, the check, then the copy
    folder = backups_dir(db_path)
    outcomes: Counter[str] = Counter()
    # The copy is the command's last part (after Python's and Carnet's start and the check): kill in its second half.
    for delay in kill_moments(2, duration, CLI_KILLS, start=duration / 2):
        for backup in folder.iterdir():
            backup.unlink()
        worker_start = time.perf_counter()
        worker = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=environment)
        time.sleep(max(0.0, delay - (time.perf_counter() - worker_start)))
        os.kill(worker.pid, signal.SIGKILL)
        finished = worker.wait() == 0
        left = temporary_files(folder)
        written = [path for path in folder.iterdir() if MANUAL.match(path.name)]
        outcomes["finished" if finished else "mid-copy" if left else "after" if written else "before"] += 1
        for backup in written:
            assert not backup.with_name(backup.name + "-journal").exists()
            assert contacts_in(backup) == big_book.contacts
        with Database.open(db_path, daily_backup=False):
            pass
        for backup in assert_only_backups(folder, MANUAL, known=outcomes):
            assert contacts_in(backup) == big_book.contacts
    print(f"carnet backup: {dict(outcomes)} over {duration * 1000:.0f} ms")
    assert outcomes["mid-copy"] >= 1, f"no kill landed during the copy: {dict(outcomes)}"


def recovery_round(folder: Path, damaged: bytes) -> Path:
    """A damaged book with the -wal it had (maybe holding the last changes), as Carnet finds it at start-up."""
    db_path = folder / f"{STEM}.sqlite3"
    db_path.write_bytes(damaged)
    db_path.with_name(db_path.name + "-wal").write_bytes(LAST_CHANGES)
    return db_path


def test_a_recovery_killed_at_any_moment_leaves_the_damaged_file_or_the_whole_backup(
    tmp_path: Path, damaged_book: tuple[Path, bytes], big_backup: Book
) -> None:
    _, damaged = damaged_book
    duration = calibrate(lambda folder: worker_command("recover", recovery_round(folder, damaged), big_backup.path),
                         tmp_path)
    outcomes: Counter[str] = Counter()
    for round_, delay in enumerate(kill_moments(3, duration)):
        folder = fresh_folder(tmp_path, round_)
        db_path = recovery_round(folder, damaged)
        finished = kill_after(worker_command("recover", db_path, big_backup.path), delay)

        assert db_path.is_file() and db_path.stat().st_size > 0
        content = db_path.read_bytes()
        restored = content != damaged
        if restored:  # then it is the whole backup, not a half-written copy
            assert contacts_in(db_path) == big_backup.contacts
        kept = [path for path in folder.iterdir() if DAMAGED_COPY.match(path.name)]
        # The damaged file is never lost: still in place, or wholly in its copy aside, with its journal.
        assert not restored or any(path.read_bytes() == damaged for path in kept), "the damaged file is lost"
        journals = [path.with_name(path.name + "-wal") for path in [db_path, *kept]]
        assert [path for path in journals if path.exists() and path.read_bytes() == LAST_CHANGES], "its -wal is lost"
        if finished or restored:
            outcomes["finished" if finished else "restored"] += 1
        else:  # copying the backup beside the database, or copying the damaged file aside
            outcomes["mid-aside" if kept else "mid-copy" if temporary_files(folder) else "before"] += 1

        if restored:
            with Database.open(db_path) as database:  # the next start opens the backup's book
                assert database.reader().execute(COUNT).fetchone()[0] == big_backup.contacts
            assert integrity_problems(db_path) == []
        else:
            with pytest.raises(DamagedDatabase):  # or refuses the damaged file again: never an empty book
                Database.open(db_path).close()
        shutil.rmtree(folder)
    print(f"recovery: {dict(outcomes)} over {duration * 1000:.0f} ms")
    assert outcomes["mid-copy"] + outcomes["mid-aside"] >= 8, f"too few kills landed mid-way: {dict(outcomes)}"


def test_an_in_app_restore_killed_at_any_moment_leaves_the_old_book_or_the_backup(
    tmp_path: Path, small_book: Book, big_backup: Book
) -> None:
    def restoring(folder: Path) -> list[str]:
        return worker_command("restore", shutil.copy(small_book.path, folder / f"{STEM}.sqlite3"), big_backup.path)

    duration = calibrate(restoring, tmp_path)
    outcomes: Counter[str] = Counter()
    for round_, delay in enumerate(kill_moments(4, duration)):
        db_path = fresh_folder(tmp_path, round_) / f"{STEM}.sqlite3"
        shutil.copy(small_book.path, db_path)
        finished = kill_after(worker_command("restore", db_path, big_backup.path), delay)
        folder = backups_dir(db_path)
        left = temporary_files(folder)
        before = [path for path in folder.iterdir() if BEFORE_RESTORE.match(path.name)] if folder.is_dir() else []
        for backup in before:  # the copy of the current state, if it has its name, is whole
            assert not backup.with_name(backup.name + "-journal").exists()
            assert contacts_in(backup) == small_book.contacts

        with Database.open(db_path) as database:  # the next start: the old book or the backup's, sound
            contacts = database.reader().execute(COUNT).fetchone()[0]
        assert integrity_problems(db_path) == []
        assert contacts in (small_book.contacts, big_backup.contacts)
        assert_only_backups(folder, BEFORE_RESTORE, AUTO, known=outcomes)  # and the next start's own
        for backup in before:
            assert contacts_in(backup) == small_book.contacts
        if finished:
            outcome = "finished"
        elif contacts == big_backup.contacts:
            outcome = "restored"
        elif before:  # the current state was kept: killed while the backup was copied into the file
            outcome = "mid-restore"
        else:  # killed while the current state was being kept, or before
            outcome = "mid-keep" if left else "before"
        outcomes[outcome] += 1
        shutil.rmtree(db_path.parent)
    print(f"in-app restore: {dict(outcomes)} over {duration * 1000:.0f} ms")
    assert outcomes["mid-restore"] >= 5, f"too few kills landed during the copy into the file: {dict(outcomes)}"
    assert outcomes["mid-keep"] >= 2, f"no kill landed during the before-restore copy: {dict(outcomes)}"


def test_a_recovery_killed_mid_copy_leaves_no_temporary_copy_behind(
    tmp_path: Path, damaged_book: tuple[Path, bytes], big_backup: Book
) -> None:
    _, damaged = damaged_book
    folder = fresh_folder(tmp_path, 0)
    db_path = recovery_round(folder, damaged)
    worker = subprocess.Popen(worker_command("recover", db_path, big_backup.path), stdout=subprocess.PIPE, text=True)
    assert worker.stdout is not None
    assert worker.stdout.readline().strip() == "ready"
    deadline = time.monotonic() + 10
    while not temporary_files(folder):  # killed as soon as the copy of the backup has begun
        assert time.monotonic() < deadline and worker.poll() is None
        time.sleep(0.0005)
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait()
    assert db_path.read_bytes() == damaged
    left = temporary_files(folder)
    assert left, "the kill should have landed during the copy"

    with pytest.raises(DamagedDatabase):  # the next start refuses the damaged file again
        Database.open(db_path).close()
    time.sleep(1.0)  # a new second: the damaged file's copy aside gets a name of its own
    recover_from_backup(db_path, big_backup.path, datetime.now())
    assert contacts_in(db_path) == big_backup.contacts
    assert temporary_files(folder) == [], f"left beside the database: {left}"


def test_the_next_open_removes_a_dead_backups_wal_and_shm(tmp_path: Path, small_book: Book) -> None:
    db_path = tmp_path / f"{STEM}.sqlite3"
    shutil.copy(small_book.path, db_path)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    # What the daily-backup kill test finds after some kills (the -wal/-shm SQLite made for the copy).
    folder = backups_dir(db_path)
    folder.mkdir()
    left = [folder / f".{STEM}-auto-20260101-090000.sqlite3.{dead.pid}.partial{extra}" for extra in ("-wal", "-shm")]
    for path in left:
        path.write_bytes(b"")
    with Database.open(db_path):
        pass
    assert [path.name for path in left if path.exists()] == []
