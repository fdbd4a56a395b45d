"""A read-only, damaged or missing database at start: a clear message, and a backup restored on request
without the damaged file ever being overwritten (SPEC §4; issue 5, item 8)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from carnet.domain import Stage
from carnet.services import ContactDraft, create_contact
from carnet.storage import Database
from carnet.storage.backup import backup_database, default_backup_path
from carnet.storage.errors import DamagedDatabase, StorageError
from carnet.storage.rotation import list_backups, recover_from_backup
from carnet.ui.startup_recovery import open_or_recover


def opener(path: Path) -> Callable[[bool], Database]:
    """What launch hands open_or_recover: an open that may be retried with an empty file allowed."""
    return lambda allow_empty: Database.open(path, allow_empty=allow_empty)

def make_database(path: Path, *names: str) -> None:
    with Database.open(path) as db:
        for name in names:
            create_contact(db, ContactDraft(display_name=name, stage=Stage.LEAD))
    with sqlite3.connect(path) as connection:  # one self-contained file, as a user would copy it
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def names(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT display_name FROM contact ORDER BY id")]


def damage(path: Path) -> bytes:
    """Scribble over the middle of the file, keeping SQLite's header: a disk error, a bad copy."""
    data = bytearray(path.read_bytes())
    page = 4096
    data[2 * page : len(data) - page] = bytes((i * 7) % 251 for i in range(len(data) - 3 * page))
    path.write_bytes(bytes(data))
    return bytes(data)


def test_damaged_pages_are_found_at_the_days_first_open_and_never_backed_up(db_path: Path) -> None:
    make_database(db_path, *(f"Contact {i}" for i in range(400)))
    damaged = damage(db_path)
    with pytest.raises(DamagedDatabase) as refused:
        Database.open(db_path)
    assert "is damaged" in refused.value.message
    assert db_path.read_bytes() == damaged
    assert list_backups(db_path) == []  # a damaged copy must not push good backups out of the rotation


def test_recovery_moves_the_damaged_file_and_its_journal_aside(db_path: Path, tmp_path: Path) -> None:
    from datetime import datetime

    make_database(db_path, "Ana", "Ben")
    backup = backup_database(db_path, default_backup_path(db_path, label="by-hand"))
    with Database.open(db_path) as db:
        create_contact(db, ContactDraft("Chloé"))
    damaged = damage(db_path)
    wal = db_path.with_name(db_path.name + "-wal")
    wal.write_bytes(b"the last changes, maybe")

    aside = recover_from_backup(db_path, backup, datetime(2026, 11, 23, 9, 30))
    assert aside.name == "carnet-damaged-20261123-093000.sqlite3"
    assert aside.read_bytes() == damaged
    assert aside.with_name(aside.name + "-wal").read_bytes() == b"the last changes, maybe"
    assert not wal.exists()
    assert names(db_path) == ["Ana", "Ben"]
    with Database.open(db_path) as db:
        create_contact(db, ContactDraft("Chloé again"))
    assert names(db_path) == ["Ana", "Ben", "Chloé again"]


def test_a_damaged_backup_is_refused_before_anything_moves(db_path: Path, tmp_path: Path) -> None:
    from datetime import datetime

    make_database(db_path, *(f"Contact {i}" for i in range(400)))
    backup = tmp_path / "broken-backup.sqlite3"
    backup.write_bytes(db_path.read_bytes())
    damage(backup)
    before = db_path.read_bytes()
    with pytest.raises(StorageError):
        recover_from_backup(db_path, backup, datetime.now())
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir() if "damaged" in p.name) == []


def _answer_dialogs(qtbot: QtBot, answers: dict[str, str], seen: list[str]) -> QTimer:
    """Click through the modal dialogs as they come, by object name: the named button, or a row + Restore."""
    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        seen.append(dialog.objectName() or type(dialog).__name__)
        if isinstance(dialog, QMessageBox):
            wanted = answers.get(dialog.objectName(), "OK")
            button = next(b for b in dialog.buttons() if wanted in b.text().replace("&", ""))
            button.click()
        else:  # the restore dialog: the newest backup
            dialog.list.setCurrentRow(0)
            dialog.restore_button.click()

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(50)
    return timer


def test_at_start_a_damaged_file_offers_the_backups_and_opens_the_restored_one(
    qtbot: QtBot, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_database(db_path, "Ana", "Ben")
    backup_database(db_path, default_backup_path(db_path, label="by-hand"))
    make_database(db_path, *(f"Contact {i}" for i in range(400)))
    damaged = damage(db_path)
    seen: list[str] = []
    timer = _answer_dialogs(qtbot, {"startup-problem": "Restore a Backup"}, seen)
    database = open_or_recover(opener(db_path), db_path, interactive=True)
    timer.stop()
    assert database is not None
    try:
        assert seen[:2] == ["startup-problem", "startup-restore"]
        assert names(db_path) == ["Ana", "Ben"]
        aside = next(db_path.parent.glob("carnet-damaged-*.sqlite3"))
        assert aside.read_bytes() == damaged
    finally:
        database.close()
    assert "is damaged" in capsys.readouterr().err


def test_at_start_quit_leaves_the_damaged_file_as_it_is(qtbot: QtBot, db_path: Path) -> None:
    make_database(db_path, "Ana")
    backup_database(db_path, default_backup_path(db_path, label="by-hand"))
    make_database(db_path, *(f"Contact {i}" for i in range(400)))
    damaged = damage(db_path)
    seen: list[str] = []
    timer = _answer_dialogs(qtbot, {"startup-problem": "Quit"}, seen)
    assert open_or_recover(opener(db_path), db_path, interactive=True) is None
    timer.stop()
    assert seen == ["startup-problem"]
    assert db_path.read_bytes() == damaged
    assert not list(db_path.parent.glob("*damaged*"))


def test_a_missing_folder_is_explained_without_a_restore_offer(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "no-such-folder" / "carnet.sqlite3"
    shown: list[tuple[str, list[str]]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append((box.text(), [button.text().replace("&", "") for button in box.buttons()]))
            box.buttons()[0].click()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(50)
    assert open_or_recover(opener(path), path, interactive=True) is None
    timer.stop()
    assert shown == [(f"The folder {path.parent} does not exist. Create it first, or choose another place for the "
                      "database.", ["Quit"])]
    assert not path.parent.exists()
