"""The second backup folder from the window: Preferences' group (the setting), the copy after the window opens
and after File ▸ Back Up Now, and a disk that is not plugged in said in the notice bar, never in the way."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from carnet.domain import Stage
from carnet.services import ContactDraft, create_contact
from carnet.storage import Database
from carnet.storage.backup import backups_dir
from carnet.ui.backup_copies import copy_backup_after_open, copy_in_background
from carnet.ui.dialogs.backup_folders import SECOND_FOLDER_KEY, BackupFoldersGroup, second_backup_folder
from carnet.ui.main_window import MainWindow
from carnet.ui.settings import app_settings


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def book(db_path: Path) -> Iterator[Database]:
    """A book with contacts, opened a second time: today's automatic backup is in ``backups/``."""
    with Database.open(db_path) as db:
        for name in ("Ana Martin", "Bruno Lefèvre", "Chloé Durand"):
            create_contact(db, ContactDraft(name, stage=Stage.LEAD))
    database = Database.open(db_path)
    assert [path.name for path in backups_dir(db_path).iterdir() if "-auto-" in path.name]
    yield database
    database.close()


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "media" / "KINGSTON" / "Carnet"
    folder.mkdir(parents=True)
    return folder


def window_on(qtbot: QtBot, database: Database) -> MainWindow:
    window = MainWindow(database)
    qtbot.addWidget(window)
    return window


def choose(folder: Path | str) -> None:
    settings = app_settings()
    settings.setValue(SECOND_FOLDER_KEY, str(folder))
    settings.sync()


# --- Preferences' group ---------------------------------------------------------------------------


def test_the_group_chooses_clears_and_saves_the_folder(qtbot: QtBot, usb: Path) -> None:
    group = BackupFoldersGroup()
    qtbot.addWidget(group)
    assert group.folder_edit.text() == "" and second_backup_folder() is None
    group.choose_folder = lambda: str(usb)  # the folder dialog's answer (no modal dialog in a test)
    group.choose_button.click()
    assert group.folder_edit.text() == str(usb)
    assert second_backup_folder() is None  # nothing is written before Save
    group.save()
    assert second_backup_folder() == usb
    again = BackupFoldersGroup()  # Preferences opened again shows it
    qtbot.addWidget(again)
    assert again.folder_edit.text() == str(usb)
    again.clear_button.click()
    again.save()
    assert second_backup_folder() is None
    assert not app_settings().contains(SECOND_FOLDER_KEY)


def test_a_typed_relative_path_is_refused_and_not_saved(qtbot: QtBot, usb: Path) -> None:
    choose(usb)
    group = BackupFoldersGroup()
    qtbot.addWidget(group)
    group.show()
    with qtbot.wait_signal(group.validity_changed) as blocker:
        group.folder_edit.setText("Carnet backups")
    assert blocker.args == [False]
    assert group.error() and group.error_label.isVisible()
    group.save()
    assert second_backup_folder() == usb  # the earlier folder stays
    with qtbot.wait_signal(group.validity_changed) as blocker:
        group.restore_defaults()
    assert blocker.args == [True] and group.folder_edit.text() == ""


def test_a_folder_not_there_now_may_be_chosen(qtbot: QtBot, tmp_path: Path) -> None:
    unplugged = tmp_path / "media" / "USB DISK"  # the disk is chosen once, and is not always plugged in
    group = BackupFoldersGroup()
    qtbot.addWidget(group)
    group.folder_edit.setText(str(unplugged))
    assert group.error() == ""
    group.save()
    assert second_backup_folder() == unplugged


# --- the copy after the window opens ----------------------------------------------------------------


def test_todays_backup_is_copied_once_the_window_is_open(qtbot: QtBot, book: Database, usb: Path) -> None:
    choose(usb)
    [backup] = [path for path in backups_dir(book.path).iterdir() if "-auto-" in path.name]
    window = window_on(qtbot, book)
    copy_backup_after_open(window)
    window.show()
    assert list(usb.iterdir()) == []  # nothing done before the event loop runs: the first paint does not wait
    qtbot.waitUntil(lambda: (usb / backup.name).exists())
    assert digest(usb / backup.name) == digest(backup)


def test_the_window_hears_what_was_copied_and_a_second_time_nothing(qtbot: QtBot, book: Database, usb: Path) -> None:
    choose(usb)
    [backup] = [path for path in backups_dir(book.path).iterdir() if "-auto-" in path.name]
    window = window_on(qtbot, book)
    heard: list[list[Path]] = []
    copy_in_background(window, copied=heard.append)
    qtbot.waitUntil(lambda: len(heard) == 1)
    assert heard == [[usb / backup.name]] and window.notice.isHidden()
    copy_in_background(window, copied=heard.append)
    qtbot.waitUntil(lambda: len(heard) == 2)
    assert heard[1] == []  # there already


def test_a_disk_not_plugged_in_is_said_in_the_notice_bar(qtbot: QtBot, book: Database, tmp_path: Path) -> None:
    unplugged = tmp_path / "media" / "USB DISK" / "Carnet"
    choose(unplugged)
    window = window_on(qtbot, book)
    copy_backup_after_open(window)
    window.show()
    qtbot.waitUntil(lambda: window.notice.isVisible())
    assert window.notice.label.text() == (
        f"The second backup folder {unplugged} is not there (is the disk plugged in?). Today's backup is in the "
        f"usual folder, {backups_dir(book.path)}.")
    assert not unplugged.parent.exists()
    window.controller.load()
    assert window.board.columns[Stage.LEAD].count() == 3  # the book is there to work with all the same


def test_no_second_folder_no_copy(qtbot: QtBot, book: Database) -> None:
    window = window_on(qtbot, book)
    assert copy_in_background(window) is None


def test_back_up_now_copies_its_backup_and_the_days_missing_one(qtbot: QtBot, book: Database, usb: Path) -> None:
    window = window_on(qtbot, book)
    window.show()
    choose(usb)  # the disk plugged in after Carnet opened: the day's automatic copy is missing there
    window.back_up_now()
    manual = [path for path in backups_dir(book.path).iterdir() if "-auto-" not in path.name]
    [automatic] = [path for path in backups_dir(book.path).iterdir() if "-auto-" in path.name]
    assert len(manual) == 1
    qtbot.waitUntil(lambda: "and copied to" in window.statusBar().currentMessage())
    assert sorted(path.name for path in usb.iterdir()) == sorted([manual[0].name, automatic.name])
    assert digest(usb / manual[0].name) == digest(manual[0])
    assert window.statusBar().currentMessage() == f"Backed up to {manual[0]}, and copied to {usb}."


def test_back_up_now_with_the_disk_unplugged_keeps_the_backup_and_says_so(
    qtbot: QtBot, book: Database, tmp_path: Path
) -> None:
    unplugged = tmp_path / "media" / "USB DISK"
    choose(unplugged)
    window = window_on(qtbot, book)
    window.show()
    window.back_up_now()
    assert len([path for path in backups_dir(book.path).iterdir() if "-auto-" not in path.name]) == 1
    qtbot.waitUntil(lambda: window.notice.isVisible())
    assert "is not there (is the disk plugged in?)" in window.notice.label.text()
