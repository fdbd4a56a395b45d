"""The open's check of the pages and the day's backup after the first paint (issue 19, item 4), with the promises
of the open kept: a damaged file is never backed up over the good copies nor written to; a write made before the
check has passed waits for it (and for the day's backup, which therefore holds the book as it was at open);
reads do not wait; a damaged file found after the window opened closes it unwritten."""

from __future__ import annotations

import sqlite3
import sys
import threading
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import carnet.storage.database as database_module
from carnet.domain.enums import Stage
from carnet.services import ContactDraft, create_contact
from carnet.services.board_read import board_cards
from carnet.storage import Database
from carnet.storage.backup import backups_dir
from carnet.storage.errors import DamagedDatabase
from carnet.storage.rotation import todays_backup
from carnet.ui.launch import check_after_paint
from carnet.ui.main_window import MainWindow

NAMES = ["Zoé Lefèvre", "Bruno Martin", "Hélène Dubois", "Karim Benali", "Léa Garnier", "Marc Dubois"]


def make_book(path: Path, contacts: int = 240) -> None:
    book = Database.open(path)
    for number in range(contacts):
        name = f"{NAMES[number % len(NAMES)]} {number}"
        create_contact(book, ContactDraft(name, organisation=f"Atelier {number}", stage=Stage.LEAD,
                                          notes="Met at the Lyon craft fair; wants a quote for the spring. " * 6))
    book.write_back_deletions()  # everything in the file itself, nothing left in its -wal
    book.close()


def contacts_in(path: Path) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM contact").fetchone()[0])
    finally:
        connection.close()


@pytest.fixture
def book(tmp_path: Path) -> Path:
    path = tmp_path / "book.sqlite3"
    make_book(path)
    for backup in backups_dir(path).glob("*"):  # a book opened for the first time today
        backup.unlink()
    return path


def in_wait(thread: threading.Thread) -> bool:
    """``thread`` is blocked in `StartupCheck.wait` (its stack, not a guess from elapsed time)."""
    frame = sys._current_frames().get(thread.ident or -1)
    while frame is not None:
        if frame.f_code.co_name == "wait" and frame.f_code.co_filename == database_module.__file__:
            return True
        frame = frame.f_back
    return False


def test_the_open_leaves_the_check_and_backup_until_started_and_reads_go_on(book: Path) -> None:
    database = Database.open(book, defer_check=True)
    try:
        check = database.startup_check
        assert check is not None and not check.done
        assert todays_backup(book, datetime.now()) is None  # not yet: after the first paint
        assert len(board_cards(database)) == 240  # reads do not wait for it
        check.start()
        check.join()
        assert check.done and check.damage is None and check.backup_warning is None
        backup = todays_backup(book, datetime.now())
        assert backup is not None and contacts_in(backup) == 240
    finally:
        database.close()


def test_a_write_waits_for_the_check_and_the_backup(qtbot: QtBot, book: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    go = threading.Event()
    real = database_module.page_problems

    def held_check(*args: object, **kwargs: object) -> list[str]:
        go.wait(30)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(database_module, "page_problems", held_check)
    database = Database.open(book, defer_check=True)
    try:
        assert database.startup_check is not None
        database.startup_check.start()
        written: list[int] = []
        writer = threading.Thread(target=lambda: written.append(
            create_contact(database, ContactDraft("Inès Faure", stage=Stage.LEAD)).id or 0))
        writer.start()
        qtbot.waitUntil(lambda: in_wait(writer), timeout=10_000)  # held before its transaction began
        assert contacts_in(book) == 240 and not written
        go.set()
        writer.join(30)
        assert written and contacts_in(book) == 241
        backup = todays_backup(book, datetime.now())
        assert backup is not None and contacts_in(backup) == 240  # the book as it was at open
    finally:
        go.set()
        database.close()


def test_a_write_before_the_check_started_runs_it_first(book: Path) -> None:
    database = Database.open(book, defer_check=True)
    try:
        create_contact(database, ContactDraft("Inès Faure", stage=Stage.LEAD))
        assert database.startup_check is not None and database.startup_check.done
        backup = todays_backup(book, datetime.now())
        assert backup is not None and contacts_in(backup) == 240
    finally:
        database.close()


def damage_the_end(path: Path) -> bytes:
    """Scribble over the file's last pages (contacts' rows and indexes), its schema pages left whole: the file
    opens and its revision reads, only the check sees the damage."""
    data = bytearray(path.read_bytes())
    page = 4096
    start = len(data) - 12 * page
    data[start:len(data) - page] = bytes((i * 7) % 251 for i in range(len(data) - page - start))
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_file_is_neither_backed_up_nor_written(book: Path) -> None:
    content = damage_the_end(book)
    database = Database.open(book, defer_check=True)
    try:
        check = database.startup_check
        assert check is not None
        check.start()
        check.join()
        assert isinstance(check.damage, DamagedDatabase)
        with pytest.raises(DamagedDatabase):
            create_contact(database, ContactDraft("Inès Faure", stage=Stage.LEAD))
        assert list(backups_dir(book).glob("*")) == []  # no copy of the damage beside the good ones
    finally:
        database.close()
    assert book.read_bytes() == content
    with pytest.raises(DamagedDatabase):  # opened again, checked first: the start-up offers the backups
        Database.open(book)


def test_the_window_is_told_when_the_check_finds_damage(qtbot: QtBot, book: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # Damage the board's reads do not meet (an index page): the window opens, only the check finds it.
    monkeypatch.setattr(database_module, "page_problems",
                        lambda *_args, **_kwargs: ["row 17 missing from index ix_contact_stage_position"])
    content = book.read_bytes()
    database = Database.open(book, defer_check=True)
    try:
        window = MainWindow(database)
        qtbot.addWidget(window)
        window.show()
        found: list[DamagedDatabase] = []
        check_after_paint(window, found.append)
        qtbot.waitUntil(lambda: bool(found), timeout=10_000)
        assert found[0] is database.startup_check.damage  # type: ignore[union-attr]
        assert "ix_contact_stage_position" in found[0].message
        first = board_cards(database)[0]
        window.controller.move([first.id], Stage.VISITOR, 0)  # refused where the user acted: nothing written
        assert board_cards(database)[0] == first
        window.close()
    finally:
        database.close()
    assert book.read_bytes() == content and list(backups_dir(book).glob("*")) == []
