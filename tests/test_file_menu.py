"""File ▸ Restore from Backup… and File ▸ Export, through the main window."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from carnet.domain import Stage
from carnet.services import ContactDraft, create_contact
from carnet.storage import Database
from carnet.storage.backup import backup_database, backups_dir, default_backup_path
from carnet.ui.main_window import MainWindow


def names(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT display_name FROM contact ORDER BY id")]


def test_restore_from_backup_keeps_the_current_file(qtbot: QtBot, db: Database) -> None:
    # Ana's next step is planned (a lead without one would be listed in To do for that).
    create_contact(db, ContactDraft("Ana", stage=Stage.LEAD, next_follow_up=date.today() + timedelta(days=7)))
    backup = backup_database(db.path, default_backup_path(db.path, label="by-hand"))
    ben = create_contact(db, ContactDraft("Ben", stage=Stage.LEAD, next_follow_up=date.today() - timedelta(days=1))).id
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentIndex(window.todo_tab)  # Ben's follow-up is due: listed
    todo = window.tabs.widget(window.todo_tab)
    assert [todo.model.row_at(r).contact_id for r in range(todo.model.rowCount())] == [ben]
    window.tabs.setCurrentIndex(0)
    window.restore_from_backup()
    qtbot.waitUntil(lambda: window.pending_dialog is not None and window.pending_dialog.isVisible())
    dialog = window.pending_dialog
    rows = [dialog.list.item(i).toolTip() for i in range(dialog.list.count())]
    dialog.list.setCurrentRow(rows.index(str(backup)))
    dialog.restore_button.click()
    assert names(db.path) == ["Ana"]
    assert window.board.columns[Stage.LEAD].count() == 1
    window.tabs.setCurrentIndex(window.todo_tab)  # the restored book has no Ben: To do follows
    assert todo.model.rowCount() == 0
    kept = [p for p in backups_dir(db.path).iterdir() if "before-restore" in p.name]
    assert len(kept) == 1 and names(kept[0]) == ["Ana", "Ben"]
    # Carnet goes on writing to the restored file.
    create_contact(db, ContactDraft("Chloé", stage=Stage.LEAD))
    assert names(db.path) == ["Ana", "Chloé"]


def test_export_from_the_file_menu_never_overwrites(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_contact(db, ContactDraft("Ana", stage=Stage.LEAD))
    window = MainWindow(db)
    qtbot.addWidget(window)
    out = tmp_path / "contacts.csv"
    window.export_contacts("csv", str(out))
    assert "Ana" in out.read_text(encoding="utf-8-sig")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    before = out.read_bytes()
    window.export_contacts("csv", str(out))
    assert out.read_bytes() == before
    assert "never overwrites" in warnings[0]
