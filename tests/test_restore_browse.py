"""File ▸ Restore from Backup… ▸ Browse…: a backup kept elsewhere (a USB disk) is checked before anything is
replaced, restored like a listed one, and never changed itself — through the real window and dialog."""

from __future__ import annotations

import gc
import hashlib
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.test_migration_0002 import make_0001_file

from carnet.domain import Stage
from carnet.migrations import HEAD
from carnet.services import ContactDraft, create_contact
from carnet.services.demo_data import generate_demo_data
from carnet.storage import Database
from carnet.storage.backup import backup_database, backups_dir, default_backup_path
from carnet.ui.dialogs.restore_backup import RestoreBackupDialog
from carnet.ui.main_window import MainWindow


def names(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute("SELECT display_name FROM contact ORDER BY id")]
    finally:
        connection.close()


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file of ``folder`` and its bytes' hash: a file created, changed or removed there shows."""
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir())}


def scribble(path: Path) -> None:
    """Noise over the middle pages, SQLite's header and first pages kept (as tests/test_crash_backup does)."""
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 8 * page
    noise = bytes((i * 7) % 251 for i in range(251))
    size = len(data) - 4 * page
    data[3 * page : 3 * page + size] = (noise * (size // 251 + 1))[:size]
    path.write_bytes(bytes(data))


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "media" / "KINGSTON" / "Carnet backups"
    folder.mkdir(parents=True)
    return folder


def open_dialog(qtbot: QtBot, db: Database) -> tuple[MainWindow, RestoreBackupDialog]:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.restore_from_backup()
    qtbot.waitUntil(lambda: window.pending_dialog is not None and window.pending_dialog.isVisible())
    dialog = window.pending_dialog
    assert isinstance(dialog, RestoreBackupDialog)
    return window, dialog


def browse(dialog: RestoreBackupDialog, chosen: Path) -> None:
    """Click Browse…, the file dialog answering ``chosen`` (no modal QFileDialog in a test)."""
    asked = []
    dialog.choose_file = lambda: asked.append(True) or str(chosen)
    assert dialog.browse_button.isVisible()
    dialog.browse_button.click()
    assert asked == [True]


def partial_copies(db: Database) -> list[Path]:
    folder = backups_dir(db.path)
    return [path for path in folder.iterdir() if path.name.endswith(".partial")] if folder.exists() else []


def test_a_backup_on_another_disk_is_restored_and_left_as_it_was(qtbot: QtBot, db: Database, usb: Path) -> None:
    create_contact(db, ContactDraft("Ana Martin", stage=Stage.LEAD))
    create_contact(db, ContactDraft("Bruno Lefèvre", stage=Stage.PROSPECT))
    chosen = backup_database(db.path, usb / "carnet-auto-20240601-101500.sqlite3")
    create_contact(db, ContactDraft("Chloé Durand", stage=Stage.LEAD))
    on_the_disk = fingerprint(usb)
    window, dialog = open_dialog(qtbot, db)

    browse(dialog, chosen)

    item = dialog.list.item(0)
    assert "2 contact" in item.text() and "carnet-auto-20240601-101500.sqlite3" in item.text()
    assert "2024" in item.text()  # the date in its name (a copy to the disk may have dated the file anew)
    assert item.toolTip() == str(chosen)
    assert dialog.list.currentItem() is item and dialog.restore_button.isEnabled()
    assert dialog.problem.isHidden()
    dialog.restore_button.click()

    assert names(db.path) == ["Ana Martin", "Bruno Lefèvre"]
    assert window.board.columns[Stage.LEAD].count() == 1
    assert "Restored. Your previous file was kept as" in window.statusBar().currentMessage()
    [kept] = [path for path in backups_dir(db.path).iterdir() if "before-restore" in path.name]
    assert names(kept) == ["Ana Martin", "Bruno Lefèvre", "Chloé Durand"]  # the current file, kept first
    assert fingerprint(usb) == on_the_disk  # not a byte changed, no -wal, -shm or -journal beside it
    assert partial_copies(db) == []  # Carnet's private copy of it is gone
    create_contact(db, ContactDraft("Denis Roux", stage=Stage.LEAD))  # Carnet goes on writing to the book
    assert names(db.path) == ["Ana Martin", "Bruno Lefèvre", "Denis Roux"]


def test_a_damaged_backup_is_refused_as_damaged_before_anything_is_replaced(
    qtbot: QtBot, db: Database, usb: Path
) -> None:
    generate_demo_data(db, 60, seed=3)
    chosen = backup_database(db.path, usb / "carnet-20240601-101500.sqlite3")
    scribble(chosen)
    book = names(db.path)
    on_the_disk = fingerprint(usb)
    _window, dialog = open_dialog(qtbot, db)

    browse(dialog, chosen)

    assert not dialog.problem.isHidden()
    message = dialog.problem.text()
    assert message.startswith(f"{chosen} is damaged: ")
    assert "in use" not in message and "busy" not in message
    assert dialog.list.count() == 0 and not dialog.restore_button.isEnabled()
    dialog.reject()
    assert names(db.path) == book
    assert fingerprint(usb) == on_the_disk
    assert partial_copies(db) == []


@pytest.mark.parametrize("kind", ["text", "foreign", "empty"])
def test_a_file_that_is_no_carnet_book_is_refused_plainly(qtbot: QtBot, db: Database, usb: Path, kind: str) -> None:
    create_contact(db, ContactDraft("Ana Martin", stage=Stage.LEAD))
    chosen = usb / {"text": "contacts.txt", "foreign": "places.sqlite", "empty": "carnet.db"}[kind]
    if kind == "text":
        chosen.write_text("Ana Martin, 06 12 34 56 78\nBruno Lefèvre, bruno@example.org\n" * 200, encoding="utf-8")
    elif kind == "foreign":  # another program's SQLite file (a browser's history, say)
        with sqlite3.connect(chosen) as connection:
            connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
            connection.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
        connection.close()
    else:
        chosen.touch()
    on_the_disk = fingerprint(usb)
    _window, dialog = open_dialog(qtbot, db)

    browse(dialog, chosen)

    assert dialog.problem.text() == f"{chosen} is not a Carnet backup: the database was left unchanged."
    assert not dialog.restore_button.isEnabled()
    dialog.reject()
    assert names(db.path) == ["Ana Martin"]
    assert fingerprint(usb) == on_the_disk
    assert partial_copies(db) == []


def test_a_backup_from_a_newer_carnet_is_refused_with_the_newer_schema_message(
    qtbot: QtBot, db: Database, usb: Path
) -> None:
    create_contact(db, ContactDraft("Ana Martin", stage=Stage.LEAD))
    chosen = backup_database(db.path, usb / "carnet-20300101-090000.sqlite3")
    with sqlite3.connect(chosen) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    on_the_disk = fingerprint(usb)
    _window, dialog = open_dialog(qtbot, db)

    browse(dialog, chosen)

    assert dialog.problem.text() == (
        f"{chosen} was saved by a newer version of Carnet (schema 9999). This version cannot open it; the file "
        "was left untouched. Install the latest Carnet to open it.")
    assert not dialog.restore_button.isEnabled()
    dialog.reject()
    assert fingerprint(usb) == on_the_disk


def test_a_backup_from_an_older_carnet_is_restored_then_brought_up_to_date(
    qtbot: QtBot, db: Database, usb: Path
) -> None:
    create_contact(db, ContactDraft("Ana Martin", stage=Stage.LEAD))
    chosen = usb / "carnet-0.1.sqlite3"
    make_0001_file(chosen)
    gc.collect()  # make_0001_file leaves its last sqlite3 connection to the garbage collector, which checkpoints
    assert sorted(path.name for path in usb.iterdir()) == ["carnet-0.1.sqlite3"]
    on_the_disk = fingerprint(usb)
    window, dialog = open_dialog(qtbot, db)

    browse(dialog, chosen)
    assert "3 contact" in dialog.list.currentItem().text()
    dialog.restore_button.click()

    assert names(db.path) == ["Zoé Martin", "Bruno Lefèvre", "Agence Durand"]
    with sqlite3.connect(db.path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
    connection.close()
    assert window.board.columns[Stage.CLIENT].count() == 1
    assert fingerprint(usb) == on_the_disk  # still the old Carnet's file, for the old Carnet


def test_a_book_copied_with_its_write_ahead_log_is_taken_whole(qtbot: QtBot, db: Database, tmp_path: Path,
                                                                usb: Path) -> None:
    """A book copied while a Carnet had it open: its last changes are in the -wal copied beside it."""
    create_contact(db, ContactDraft("Ana Martin", stage=Stage.LEAD))
    other = tmp_path / "laptop" / "carnet.sqlite3"
    other.parent.mkdir()
    backup_database(db.path, other)
    writer = sqlite3.connect(other, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")  # the change stays in the log, as in an open Carnet
    writer.execute("UPDATE contact SET display_name = 'Ana Martin-Dupont'")
    chosen = usb / "carnet.sqlite3"
    chosen.write_bytes(other.read_bytes())
    (usb / "carnet.sqlite3-wal").write_bytes(other.with_name("carnet.sqlite3-wal").read_bytes())
    writer.close()
    assert b"Martin-Dupont" not in chosen.read_bytes()  # the file alone still says "Ana Martin"
    assert b"Martin-Dupont" in (usb / "carnet.sqlite3-wal").read_bytes()
    on_the_disk = fingerprint(usb)
    _window, dialog = open_dialog(qtbot, db)

    browse(dialog, chosen)
    dialog.restore_button.click()

    assert names(db.path) == ["Ana Martin-Dupont"]
    assert fingerprint(usb) == on_the_disk  # the log was copied, not replayed into the file (nor a -shm made)


def test_the_open_book_itself_is_refused(qtbot: QtBot, db: Database) -> None:
    create_contact(db, ContactDraft("Ana Martin", stage=Stage.LEAD))
    _window, dialog = open_dialog(qtbot, db)
    browse(dialog, db.path)
    assert dialog.problem.text() == (
        f"{db.path} is the contact book open in this window, not a backup of it: choose a backup file.")
    dialog.reject()
    assert names(db.path) == ["Ana Martin"]


def test_choosing_again_or_cancelling_leaves_no_copy_behind(qtbot: QtBot, db: Database, usb: Path) -> None:
    create_contact(db, ContactDraft("Ana Martin", stage=Stage.LEAD))
    listed = backup_database(db.path, default_backup_path(db.path, label="by-hand"))
    first = backup_database(db.path, usb / "carnet-20240601-101500.sqlite3")
    create_contact(db, ContactDraft("Bruno Lefèvre", stage=Stage.LEAD))
    second = backup_database(db.path, usb / "carnet-20240602-101500.sqlite3")
    _window, dialog = open_dialog(qtbot, db)

    browse(dialog, first)
    assert len(partial_copies(db)) == 1
    browse(dialog, second)  # the second choice replaces the first, in the list and on the disk
    assert [dialog.list.item(row).toolTip() for row in range(dialog.list.count())] == [str(second), str(listed)]
    assert "2 contact" in dialog.list.currentItem().text()
    assert len(partial_copies(db)) == 1
    dialog.reject()
    assert partial_copies(db) == []
    assert names(db.path) == ["Ana Martin", "Bruno Lefèvre"]


def test_restoring_a_listed_backup_after_browsing_discards_the_chosen_copy(qtbot: QtBot, db: Database,
                                                                           usb: Path) -> None:
    create_contact(db, ContactDraft("Ana Martin", stage=Stage.LEAD))
    listed = backup_database(db.path, default_backup_path(db.path, label="by-hand"))
    create_contact(db, ContactDraft("Bruno Lefèvre", stage=Stage.LEAD))
    _window, dialog = open_dialog(qtbot, db)
    browse(dialog, backup_database(db.path, usb / "carnet-20240602-101500.sqlite3"))
    dialog.list.setCurrentRow([dialog.list.item(r).toolTip() for r in range(dialog.list.count())].index(str(listed)))
    dialog.restore_button.click()
    assert names(db.path) == ["Ana Martin"]
    assert partial_copies(db) == []


def test_the_start_ups_restore_has_no_browse_button(qtbot: QtBot) -> None:
    dialog = RestoreBackupDialog([])  # as the start-up recovery makes it: no book to copy a chosen file beside
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.browse_button.isVisible()
