"""Edit ▸ Cut/Copy/Paste/Select All act on the focused field; Help ▸ Keyboard Shortcuts lists the menus' own
shortcuts (issue 16 item 7)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from carnet.storage import Database
from carnet.ui.main_window import MainWindow


def entry(window: MainWindow, menu_text: str, text: str):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == menu_text)
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def test_copy_and_paste_act_on_the_focused_field(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    search = window.filter_bar.search
    search.setText("Lefèvre")
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    entry(window, "Edit", "Select All").trigger()
    entry(window, "Edit", "Copy").trigger()
    assert QGuiApplication.clipboard().text() == "Lefèvre"
    search.clear()
    entry(window, "Edit", "Paste").trigger()
    assert search.text() == "Lefèvre"


def test_the_shortcuts_list_comes_from_the_menus(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    entry(window, "Help", "Keyboard Shortcuts").trigger()
    dialog = window.pending_dialog
    table = dialog.table
    rows = {(table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())}
    assert ("Log Interaction…", "Ctrl+I") in rows and ("Delete Permanently…", "Shift+Del") in rows
    assert ("Undo", "Ctrl+Z") in rows
    assert any(command == "Edit the selected entry" for command, _keys in rows)
