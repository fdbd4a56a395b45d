"""The user's file is never lost or misdescribed (issue 11): two names of one file, a file another program
holds, half-written backups, empty files, odd things in the file's place, and the leftovers of commands.

Each test uses real processes, real links and real permissions: the permission tests run as the
unprivileged ``nobody`` user when the suite runs as root (`tests.unprivileged`).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot
from tests.unprivileged import as_user, give, in_child, user_folder

from carnet.__main__ import main
from carnet.domain import Stage
from carnet.services import ContactDraft, create_contact
from carnet.storage import Database, DatabaseLocked, NotACarnetDatabase, StorageError
from carnet.storage.backup import PARTIAL_SUFFIX, backup_database, backups_dir, prune_labelled_backups
from carnet.storage.errors import DatabaseBusy, EmptyDatabase, ReadOnly
from carnet.storage.rotation import auto_backup_path, backup_due, list_backups
from carnet.ui.backup_warning import warn_about_backup
from carnet.ui.startup_recovery import open_or_recover

HOLD_CARNET = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from carnet.storage import Database
    database = Database.open(Path(sys.argv[1]))
    print("open", flush=True)
    sys.stdin.readline()
    database.close()
    """
)
# What another program (a database browser, a sync tool) does: an exclusive SQLite lock, held.
HOLD_SQLITE = textwrap.dedent(
    """
    import sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("PRAGMA locking_mode=EXCLUSIVE")
    connection.execute("BEGIN EXCLUSIVE")
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    print("open", flush=True)
    sys.stdin.readline()
    """
)


def make_book(path: Path, *names: str) -> Path:
    with Database.open(path, daily_backup=False) as database:
        for name in names:
            create_contact(database, ContactDraft(display_name=name, stage=Stage.LEAD))
    return path


def contact_names(path: Path) -> list[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        return [row[0] for row in connection.execute("SELECT display_name FROM contact ORDER BY id")]


def folder_state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def holder() -> Iterator[object]:
    """Start a real process holding a file (Carnet's lock, or SQLite's own exclusive lock) until the test ends."""
    started: list[subprocess.Popen[str]] = []

    def hold(script: str, path: Path) -> subprocess.Popen[str]:
        process = subprocess.Popen([sys.executable, "-c", script, str(path)], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, text=True)
        assert process.stdout is not None and process.stdout.readline().strip() == "open"
        started.append(process)
        return process

    yield hold
    for process in started:
        if process.poll() is None:
            assert process.stdin is not None
            process.stdin.write("\n")
            process.stdin.close()
            process.wait(10)


def start_answering(path: Path, answer: Callable[[], None]) -> Database | None:
    """The window's start on ``path`` (`open_or_recover`, as `launch` calls it), ``answer`` clicking its boxes."""
    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(50)
    try:
        return open_or_recover(lambda allow_empty: Database.open(path, allow_empty=allow_empty), path,
                               interactive=True)
    finally:
        timer.stop()


# --- 1. one lock per file, whatever its name ------------------------------------------------------


def test_a_hard_link_of_an_open_file_is_refused_and_never_opened_by_its_second_name(
    tmp_path: Path, holder: object
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = make_book(tmp_path / "a" / "carnet.sqlite3", "Ana")
    second = tmp_path / "b" / "carnet.sqlite3"
    process = holder(HOLD_CARNET, first)  # type: ignore[operator]
    os.link(first, second)
    with pytest.raises(StorageError) as refused:
        Database.open(second)
    assert isinstance(refused.value, DatabaseLocked) or "hard links" in refused.value.message
    process.stdin.write("\n")
    process.stdin.flush()
    process.wait(10)
    # Even with nobody holding it: two names mean two journals, so the file is refused until one name goes.
    with pytest.raises(StorageError) as refused:
        Database.open(second)
    assert "2 names (hard links)" in refused.value.message
    assert not second.with_name("carnet.sqlite3-wal").exists()
    second.unlink()
    with Database.open(first) as database:
        assert database.path == first
    assert contact_names(first) == ["Ana"]


def test_a_symlink_meets_the_lock_of_the_real_file_and_its_journal_stays_beside_it(
    tmp_path: Path, holder: object
) -> None:
    real = make_book(tmp_path / "carnet.sqlite3", "Ana")
    (tmp_path / "elsewhere").mkdir()
    link = tmp_path / "elsewhere" / "book.sqlite3"
    link.symlink_to(real)
    process = holder(HOLD_CARNET, real)  # type: ignore[operator]
    with pytest.raises(DatabaseLocked):
        Database.open(link)
    contacts = tmp_path / "contacts.csv"
    contacts.write_text("Name,E-mail Address\r\nBen Weiss,ben@example.org\r\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "carnet", "import", str(contacts), "--db", str(link)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "already open in another Carnet window" in result.stderr
    process.stdin.write("\n")
    process.stdin.flush()
    process.wait(10)
    with Database.open(link) as database:
        assert database.path == real
        create_contact(database, ContactDraft(display_name="Ben"))
        assert list((tmp_path / "elsewhere").iterdir()) == [link]  # no journal beside the link
    assert contact_names(real) == ["Ana", "Ben"]


# --- 2. in use is not damaged ------------------------------------------------------------------------


def test_a_file_another_program_holds_is_in_use_never_damaged_and_never_replaced(
    tmp_path: Path, holder: object, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make_book(tmp_path / "carnet.sqlite3", "Ana", "Ben")
    backup_database(path, auto_backup_path(path, datetime.now() - timedelta(days=1)))
    holder(HOLD_SQLITE, path)  # type: ignore[operator]
    before = folder_state(tmp_path)
    started = time.monotonic()
    with pytest.raises(DatabaseBusy) as refused:
        Database.open(path)
    assert "in use by another program" in refused.value.message and "not damaged" in refused.value.message
    for command in (["check"], ["export", "--format", "csv", str(tmp_path / "out.csv")], ["backup"]):
        assert main([*command, "--db", str(path)]) == 2, command
        error = capsys.readouterr().err
        assert "in use by another program" in error and "damaged" not in error.replace("not damaged", ""), command
    assert time.monotonic() - started < 60  # each command returns: the backup no longer waits forever
    assert folder_state(tmp_path) == before  # nothing renamed, restored, created or left behind


def test_at_start_a_file_in_use_offers_to_try_again_never_a_restore(
    qtbot: QtBot, tmp_path: Path, holder: object
) -> None:
    path = make_book(tmp_path / "carnet.sqlite3", "Ana")
    backup_database(path, auto_backup_path(path, datetime.now() - timedelta(days=1)))
    process = holder(HOLD_SQLITE, path)  # type: ignore[operator]
    buttons: list[list[str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "startup-problem":
            texts = [b.text().replace("&", "") for b in box.buttons()]
            buttons.append(texts)
            if len(buttons) == 1:  # the program is closed, then the user tries again
                process.stdin.write("\n")  # type: ignore[attr-defined]
                process.stdin.flush()  # type: ignore[attr-defined]
                process.wait(10)  # type: ignore[attr-defined]
                next(b for b in box.buttons() if "Try Again" in b.text().replace("&", "")).click()
            else:
                next(b for b in box.buttons() if "Quit" in b.text().replace("&", "")).click()

    database = start_answering(path, answer)
    assert database is not None
    database.close()
    assert buttons == [["Try Again", "Quit"]]
    assert contact_names(path) == ["Ana"]


# --- 3. a backup counts only once it is whole --------------------------------------------------------


def test_leftovers_of_a_killed_backup_never_count_and_are_removed_at_the_next_open(tmp_path: Path) -> None:
    path = make_book(tmp_path / "carnet.sqlite3", "Ana")
    now = datetime.now()
    folder = backups_dir(path)
    folder.mkdir()
    # What a SIGKILL leaves: today's partial copy (of a process that is gone) and its journal; and an older
    # Carnet's half-written backup under the final name, with its journal.
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    partial = folder / f".{auto_backup_path(path, now).name}.{int(dead.stdout)}{PARTIAL_SUFFIX}"
    partial.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    partial.with_name(partial.name + "-journal").write_bytes(b"\x00" * 512)
    broken = auto_backup_path(path, now - timedelta(minutes=5))
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    broken.with_name(broken.name + "-journal").write_bytes(b"\x00" * 512)
    assert backup_due(path, now)  # neither counts as today's backup

    with Database.open(path):
        pass

    left = sorted(p.name for p in folder.iterdir())
    assert len(left) == 1 and left[0].startswith("carnet-auto-") and not left[0].startswith(broken.name)
    assert [b.contacts for b in list_backups(path)] == [1]


def test_a_backup_that_fails_its_check_never_takes_a_backup_name(tmp_path: Path) -> None:
    path = make_book(tmp_path / "carnet.sqlite3", "Ana")
    dest = tmp_path / "copies" / "copy.sqlite3"
    os.truncate(path, 4096)  # the pages after the first are gone: the copy cannot pass quick_check
    with pytest.raises(StorageError):
        backup_database(path, dest)
    assert not dest.exists() and list(dest.parent.iterdir()) == []


def test_only_the_newest_copies_taken_before_a_migration_are_kept(tmp_path: Path) -> None:
    path = make_book(tmp_path / "carnet.sqlite3", "Ana")
    stamps = [datetime(2026, 11, day, 9, 0, 0) for day in range(1, 7)]
    copies = [backup_database(path, backups_dir(path) / f"carnet-{s:%Y%m%d-%H%M%S}-before-migration-from-0001"
                              ".sqlite3") for s in stamps]
    manual = backup_database(path, backups_dir(path) / "carnet-20261101-080000-by-hand.sqlite3")
    removed = prune_labelled_backups(path, "before-migration-from-", keep=3)
    assert sorted(removed) == copies[:3]
    assert sorted(p for p in backups_dir(path).iterdir()) == sorted([*copies[3:], manual])


# --- 4. an empty file is not silently a new, empty book ----------------------------------------------


def test_an_empty_file_beside_backups_is_refused_and_the_start_offers_them(qtbot: QtBot, tmp_path: Path) -> None:
    path = make_book(tmp_path / "carnet.sqlite3", "Ana", "Ben")
    backup_database(path, auto_backup_path(path, datetime.now() - timedelta(days=1)))
    path.write_bytes(b"")
    with pytest.raises(EmptyDatabase) as refused:
        Database.open(path)
    assert "restore a backup" in refused.value.message and "older Carnet" not in refused.value.message
    assert main(["check", "--db", str(path)]) == 1

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QMessageBox):
            wanted = "Restore a Backup" if dialog.objectName() == "startup-problem" else "OK"
            next(b for b in dialog.buttons() if wanted in b.text().replace("&", "")).click()
        elif dialog is not None:
            dialog.list.setCurrentRow(0)  # type: ignore[attr-defined]
            dialog.restore_button.click()  # type: ignore[attr-defined]

    database = start_answering(path, answer)
    assert database is not None
    database.close()
    assert contact_names(path) == ["Ana", "Ben"]
    kept = list(tmp_path.glob("carnet-damaged-*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == b""  # the empty file is kept as it was


@pytest.mark.parametrize("choice", ["Start a New Contact Book", "Quit"])
def test_an_empty_file_without_backups_becomes_a_book_only_when_the_user_says_so(
    qtbot: QtBot, tmp_path: Path, choice: str
) -> None:
    path = tmp_path / "carnet.sqlite3"
    path.write_bytes(b"")
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            next(b for b in box.buttons() if choice in b.text().replace("&", "")).click()

    database = start_answering(path, answer)
    assert len(seen) == 1 and "empty (0 bytes)" in seen[0] and "no backup" in seen[0]
    if choice == "Quit":
        assert database is None and path.read_bytes() == b""
    else:
        assert database is not None
        database.close()
        assert contact_names(path) == []


# --- 6. a backup that cannot be written is a warning, never a crash -----------------------------------


def _open_and_report(path: Path) -> tuple[str | None, list[str]]:
    with Database.open(path) as database:
        create_contact(database, ContactDraft(display_name="Cleo"))
        warning = database.backup_warning.message if database.backup_warning else None
    return warning, contact_names(path)


def test_a_backups_folder_the_user_may_not_write_is_a_warning_and_the_book_opens(
    qtbot: QtBot, carnet_home: Path
) -> None:
    with user_folder() as folder:
        path = make_book(folder / "carnet.sqlite3", "Ana")
        give(path)
        backups_dir(path).mkdir()  # left by a `sudo carnet …`: root's, not the user's
        for mode, names in ((0o755, ["Ana", "Cleo"]), (0o700, ["Ana", "Cleo", "Cleo"])):
            backups_dir(path).chmod(mode)
            warning, found = as_user(_open_and_report, path)
            assert warning is not None and "backup" in warning.lower() and "Permission denied" in warning
            assert found == names

    window = QMainWindow()  # what the warning needs of Carnet's window: its status bar
    qtbot.addWidget(window)
    problem = StorageError("The backup to {path} failed: {reason}", path="/x/backups", reason="Permission denied")
    today = date(2026, 12, 1)
    assert warn_about_backup(window, problem, today) is True  # a message, once that day
    assert "Permission denied" in window.statusBar().currentMessage()
    for box in window.findChildren(QMessageBox):
        box.close()
    assert warn_about_backup(window, problem, today) is False  # the status bar only, later that day
    assert warn_about_backup(window, problem, today + timedelta(days=1)) is True
    for box in window.findChildren(QMessageBox):
        box.close()


def test_a_backup_the_disk_cannot_hold_is_a_warning_and_leaves_nothing_in_backups(tmp_path: Path) -> None:
    path = make_book(tmp_path / "carnet.sqlite3", *(f"Contact {i}" for i in range(300)))
    backups_dir(path).mkdir()
    size = path.stat().st_size
    # The OS refuses to write past half the database's size: the day's backup cannot be completed.
    warning, names = in_child(_open_and_report, path, file_size_limit=size // 2)
    assert warning is not None and "backup" in warning.lower()
    assert len(names) == 301
    assert list(backups_dir(path).iterdir()) == []  # no partial copy, no -journal


# --- 7 and 9. what is in the file's place, said as it is ---------------------------------------------


def test_a_folder_a_device_or_a_dangling_link_is_refused_with_what_it_is(tmp_path: Path) -> None:
    folder = tmp_path / "carnet.sqlite3"
    folder.mkdir()
    with pytest.raises(StorageError) as refused:
        Database.open(folder)
    assert "is a folder, not a Carnet file" in refused.value.message

    to_null = tmp_path / "null.sqlite3"
    to_null.symlink_to("/dev/null")
    journal_existed = Path("/dev/null-journal").exists()
    with pytest.raises(StorageError) as refused:
        Database.open(to_null)
    assert "not an ordinary file" in refused.value.message
    assert main(["check", "--db", str(to_null)]) == 2
    assert Path("/dev/null-journal").exists() == journal_existed  # nothing created outside the folder

    dangling = tmp_path / "gone.sqlite3"
    dangling.symlink_to(tmp_path / "moved" / "carnet.sqlite3")
    with pytest.raises(StorageError) as refused:
        Database.open(dangling)
    assert "which does not exist" in refused.value.message and "File exists" not in refused.value.message
    assert not (tmp_path / "moved").exists()


def test_another_programs_alembic_file_and_a_file_without_revision_are_refused_untouched(tmp_path: Path) -> None:
    foreign = tmp_path / "other.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("INSERT INTO alembic_version VALUES ('0001')")
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)")
    before = foreign.read_bytes()
    with pytest.raises(NotACarnetDatabase) as refused:
        Database.open(foreign)
    assert "not one of Carnet's" in refused.value.message
    assert main(["export", "--db", str(foreign), "--format", "csv", str(tmp_path / "x.csv")]) == 2
    assert foreign.read_bytes() == before

    no_revision = make_book(tmp_path / "carnet.sqlite3", "Ana")
    with sqlite3.connect(no_revision) as connection:
        connection.execute("DELETE FROM alembic_version")
    before = no_revision.read_bytes()
    with pytest.raises(NotACarnetDatabase) as refused:
        Database.open(no_revision)
    assert "schema revision is missing" in refused.value.message
    assert no_revision.read_bytes() == before


def _open_message(path: Path) -> str:
    try:
        Database.open(path).close()
    except StorageError as error:
        return f"{type(error).__name__}: {error.message}"
    return "opened"


def test_permissions_are_named_for_what_they_are_as_a_normal_user() -> None:
    with user_folder() as folder:
        book = make_book(folder / "carnet.sqlite3", "Ana")
        give(book)
        before = book.read_bytes()

        book.chmod(0o400)
        assert as_user(_open_message, book).startswith(f"ReadOnly: {book} is read-only for you")
        book.chmod(0o000)
        message = as_user(_open_message, book)
        assert "is not readable for you" in message and "damaged" not in message
        book.chmod(0o600)

        folder.chmod(0o500)
        message = as_user(_open_message, book)
        assert message.startswith(f"ReadOnly: The folder {folder} is read-only") and "damaged" not in message
        folder.chmod(0o700)

        # A lock file a `sudo carnet` left beside the database (older Carnets used one): it stops nothing now.
        stale = book.with_name(book.name + ".lock")
        stale.write_bytes(b"")
        assert as_user(_open_message, book) == "opened"
        assert book.read_bytes() != b"" and contact_names(book) == ["Ana"]
        assert before  # the read-only and unreadable refusals above changed nothing (opened fine after)


def test_read_only_refusals_are_readonly_errors(tmp_path: Path) -> None:
    assert issubclass(ReadOnly, StorageError) and not issubclass(ReadOnly, NotACarnetDatabase)


# --- 10. commands leave nothing behind ----------------------------------------------------------------


def test_check_export_and_backup_leave_no_journal_and_refusals_leave_no_lock(tmp_path: Path) -> None:
    (tmp_path / "good").mkdir()
    good = make_book(tmp_path / "good" / "carnet.sqlite3", "Ana")
    foreign = tmp_path / "foreign.sqlite3"
    with closing(sqlite3.connect(foreign)) as connection:  # another program's WAL-mode file, closed cleanly
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE notes (body TEXT)")
    assert {p.name for p in tmp_path.iterdir()} == {"good", "foreign.sqlite3"}
    for path in (good, foreign):
        folder = path.parent
        before = {p.name for p in folder.iterdir()}
        main(["check", "--db", str(path)])
        main(["export", "--db", str(path), "--format", "vcard", str(tmp_path / f"{path.stem}.vcf")])
        main(["backup", "--db", str(path), "--to", str(tmp_path / f"{path.stem}-copy.sqlite3")])
        after = {p.name for p in folder.iterdir()} - before - {f"{path.stem}.vcf", f"{path.stem}-copy.sqlite3"}
        assert after == set(), path
        with pytest.raises(StorageError):
            Database.open(foreign)
        assert not any(p.name.endswith((".lock", "-wal", "-shm", "-journal")) for p in tmp_path.iterdir())


def test_a_check_never_folds_a_journal_left_by_a_killed_carnet_into_the_file(tmp_path: Path) -> None:
    path = make_book(tmp_path / "carnet.sqlite3", "Ana")
    writer = subprocess.Popen([sys.executable, "-c", textwrap.dedent("""
        import sys
        from pathlib import Path
        from carnet.services import ContactDraft, create_contact
        from carnet.storage import Database
        database = Database.open(Path(sys.argv[1]), daily_backup=False)
        create_contact(database, ContactDraft(display_name="Ben"))
        print("committed", flush=True)
        sys.stdin.readline()
        """), str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None and writer.stdout.readline().strip() == "committed"
    writer.kill()  # SIGKILL: Ben is committed in the -wal only
    writer.wait(10)
    wal = path.with_name(path.name + "-wal")
    before = (path.read_bytes(), wal.read_bytes())
    assert main(["check", "--db", str(path)]) == 0
    main(["export", "--db", str(path), "--format", "csv", str(tmp_path / "out.csv")])
    assert (path.read_bytes(), wal.read_bytes()) == before  # read, not checkpointed into the file
    assert "Ben" in (tmp_path / "out.csv").read_text(encoding="utf-8")
    with Database.open(path) as database:  # Carnet itself then takes the journal in
        assert database.path == path
    assert contact_names(path) == ["Ana", "Ben"]


def test_a_book_others_could_read_is_made_private_at_open(tmp_path: Path) -> None:
    path = make_book(tmp_path / "carnet.sqlite3", "Ana")
    path.chmod(0o644)  # copied or created by hand with the usual umask
    with Database.open(path) as database:
        create_contact(database, ContactDraft(display_name="Ben"))
        for item in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            assert item.stat().st_mode & 0o777 == 0o600, item.name
