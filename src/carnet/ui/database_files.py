"""File ▸ New Database…, Open Database…, Open Recent: one book per window, as in Anki's profiles or
Obsidian's vaults.

Each book opens in its own Carnet, started as a separate process on that file (`carnet --db PATH`), so a
window never swaps the book under its views, its undo history or its open dialogs. A book that is open
already comes to the front instead (the single-instance hand-over, `carnet.ui.single_instance`, in the
new process). New Database creates and migrates the file here first, so a name that cannot be written is
said in this window, where the user chose it.

The recent books are kept in the settings (newest first, at most `RECENT_MOST`); one that has gone
(deleted, on a disk not plugged in) is left out of the menu, not forgotten.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QFileDialog, QMenu

from carnet.domain.errors import CarnetError
from carnet.ui.labels import error_text
from carnet.ui.settings import app_settings

if TYPE_CHECKING:
    from carnet.ui.main_window import MainWindow

RECENT_SETTING = "files/recent"
RECENT_MOST = 8


def _t(text: str) -> str:
    return QCoreApplication.translate("DatabaseFiles", text)


def _file_types() -> str:
    return _t("Carnet databases (*.sqlite3 *.sqlite *.db);;All files (*)")


def recent_databases() -> list[Path]:
    """The books opened lately, newest first, whether or not they are there now."""
    value = app_settings().value(RECENT_SETTING, [])
    # QSettings gives back a one-item list as a plain string, and no list at all as None.
    items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [Path(str(item)) for item in items if item]


def remember(path: Path) -> None:
    """Put ``path`` at the top of the recent books."""
    resolved = str(Path(path).resolve())
    kept = [str(item) for item in recent_databases() if str(item) != resolved]
    settings = app_settings()
    settings.setValue(RECENT_SETTING, [resolved, *kept][:RECENT_MOST])
    settings.sync()


def forget_all() -> None:
    app_settings().setValue(RECENT_SETTING, [])


def carnet_command(path: Path) -> tuple[str, list[str]]:
    """The program and arguments that open ``path`` in a Carnet of its own."""
    if getattr(sys, "frozen", False):  # the packaged app: its own executable
        return sys.executable, ["--db", str(path)]
    return sys.executable, ["-m", "carnet", "--db", str(path)]


def open_in_new_window(window: MainWindow, path: Path) -> bool:
    """Start a Carnet on ``path``; whether it could be started (else the user is told why)."""
    if Path(path).resolve() == window.database.path.resolve():
        window.raise_()
        window.activateWindow()
        return True
    program, arguments = carnet_command(path)
    started, _pid = QProcess.startDetached(program, arguments)
    if not started:
        window.notice.say(_t("Carnet could not be started on %1.").replace("%1", str(path)))
        return False
    remember(path)
    window.show_message(_t("Opening %1 in a new window…").replace("%1", Path(path).name))
    return True


def new_database(window: MainWindow, path: str | None = None) -> Path | None:
    """Ask for a new file, create an empty book there (0600, migrated), and open it; the file, or None."""
    from carnet.storage import Database

    if path is None:
        folder = str(window.database.path.parent)
        path, _ = QFileDialog.getSaveFileName(window, _t("New Database"), os.path.join(folder, "contacts.sqlite3"),
                                              _file_types())
        if not path:
            return None
    target = Path(path)
    if target.suffix == "":
        target = target.with_suffix(".sqlite3")
    if target.exists():
        # The save dialog asked before replacing it; Carnet never replaces a file: it opens it instead.
        open_in_new_window(window, target)
        return target
    try:
        with Database.open(target, daily_backup=False):
            pass
    except CarnetError as error:
        window.notice.say(_t("No new database: %1").replace("%1", error_text(error)))
        return None
    except OSError as error:
        window.notice.say(_t("%1 cannot be created: %2").replace("%1", str(target))
                          .replace("%2", error.strerror or str(error)))
        return None
    open_in_new_window(window, target)
    return target


def open_database(window: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(window, _t("Open Database"), str(window.database.path.parent),
                                          _file_types())
    if path:
        open_in_new_window(window, Path(path))


def fill_recent_menu(window: MainWindow, menu: QMenu) -> None:
    """The recent books that are there now (the current one left out), then Clear Menu."""
    menu.clear()
    current = window.database.path.resolve()
    shown = [path for path in recent_databases() if path.exists() and path.resolve() != current]
    for number, path in enumerate(shown, start=1):
        action = menu.addAction(f"&{number} {path.name}" if number < 10 else path.name)
        action.setToolTip(str(path))
        action.setStatusTip(str(path))
        action.triggered.connect(lambda _checked=False, chosen=path: open_in_new_window(window, chosen))
    if not shown:
        empty = menu.addAction(_t("No recent databases"))
        empty.setEnabled(False)
    menu.addSeparator()
    clear = menu.addAction(_t("&Clear Menu"))
    clear.setEnabled(bool(shown))
    clear.triggered.connect(forget_all)
