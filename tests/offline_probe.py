"""Carnet's main flows, for tests/test_offline.py: run inside the test's process (where Python's socket module is
guarded), or alone as a script under strace, where what the C libraries do is seen too.

As a script: ``python tests/offline_probe.py WORK_FOLDER``, with QT_QPA_PLATFORM=offscreen (and HOME) set;
it prints one JSON line: which print-system libraries are mapped into the process once the flows have run.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from carnet import paths
from carnet.domain import Stage
from carnet.io.csv_export import write_contacts_csv
from carnet.io.vcard_export import write_contacts_vcard
from carnet.services.demo_data import generate_demo_data
from carnet.storage import Database
from carnet.storage.backup import backup_database, default_backup_path
from carnet.ui import gifts_tab
from carnet.ui.main_window import MainWindow

# Mapped into a process that went near the print system: Qt's print support, its CUPS plugin, libcups.
PRINT_SYSTEM_LIBRARIES = ("libQt6PrintSupport", "libcupsprintersupport", "libcups.so")


class ChosenFile:
    """Stands in for the gifts tab's save dialog: answers at once with a file in ``folder``. Not a real
    QFileDialog, which would scan the home folder and write its history to the user's QtProject.conf."""

    AcceptMode = QFileDialog.AcceptMode
    folder = Path()

    def __init__(self, *_args: object) -> None:
        self._suffix = ""
        self._filter = ""

    def setAcceptMode(self, _mode: object) -> None:
        pass

    def selectFile(self, _name: str) -> None:
        pass

    def setDefaultSuffix(self, suffix: str) -> None:
        self._suffix = suffix

    def setNameFilters(self, filters: list[str]) -> None:  # the CSV's two styles (carnet.ui.dialogs.csv_style)
        self._filter = filters[0]

    def selectNameFilter(self, name: str) -> None:
        self._filter = name

    def selectedNameFilter(self) -> str:
        return self._filter

    def exec(self) -> int:
        return QDialog.DialogCode.Accepted.value

    def selectedFiles(self) -> list[str]:
        return [str(self.folder / f"gifts.{self._suffix}")]


@contextmanager
def files_chosen_in(folder: Path) -> Iterator[None]:
    """The gifts tab's save dialogs choose a file in ``folder``, so that its own buttons can be clicked."""
    real = gifts_tab.QFileDialog
    ChosenFile.folder = folder
    gifts_tab.QFileDialog = ChosenFile  # type: ignore[misc,assignment]
    try:
        yield
    finally:
        gifts_tab.QFileDialog = real  # type: ignore[misc]


def run_flows(folder: Path, keep: Callable[[QWidget], object] = lambda _window: None) -> None:
    """Demo data, the board (a drop, a search, an undo), every tab, every export, a backup. Needs a QApplication;
    ``keep`` gets the window as soon as it exists (pytest-qt's ``qtbot.addWidget`` closes it even on failure)."""
    path = folder / "carnet.sqlite3"
    with Database.open(path) as database:
        generate_demo_data(database, 60, seed=5)
    with Database.open(path) as database:  # reopening also makes the day's backup
        window = MainWindow(database)
        keep(window)
        window.show()
        window.controller.load()
        visitors = window.board.columns[Stage.VISITOR].proxy
        data = visitors.mimeData([visitors.index(0, 0)])
        assert window.board.columns[Stage.LEAD].proxy.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
        QTest.keyClicks(window.filter_bar.search, "ma")
        window.undo_action.trigger()
        for index in [*range(1, window.tabs.count()), 0]:
            window.tabs.setCurrentIndex(index)
            QApplication.processEvents()  # the page is built and painted, as when the user clicks its tab
        assert not _placeholders(window), "a tab was not built"

        dashboard: Any = window.tabs.widget(window.dashboard_tab)
        for name, panel in dashboard.panels.items():
            panel.export_csv(str(folder / f"dashboard-{name}.csv"))
        gifts: Any = window.tabs.widget(window.gifts_tab)
        gifts.top_spin.setValue(10)  # top clients too: the list is never empty, whatever the demo data holds
        assert gifts.model.rowCount() > 0
        with files_chosen_in(folder):
            gifts.csv_button.click()
            gifts.pdf_button.click()
        assert (folder / "gifts.pdf").read_bytes().startswith(b"%PDF")
        assert (folder / "gifts.csv").stat().st_size > 0
        write_contacts_csv(database, folder / "contacts.csv")
        write_contacts_vcard(database, folder / "contacts.vcf")
        backup_database(path, default_backup_path(path, label="manual"))
        window.close()


def _placeholders(window: MainWindow) -> list[int]:
    # A lazy tab not built yet is a bare QWidget; the board's page (tab 0), built up front, is one too.
    return [index for index in range(1, window.tabs.count()) if type(window.tabs.widget(index)) is QWidget]


def mapped_print_libraries() -> list[str]:
    """The print-system libraries this process has loaded (read from /proc/self/maps, so C-level loads count)."""
    maps = Path("/proc/self/maps").read_text()
    found = {line.split()[-1] for line in maps.splitlines() if any(name in line for name in PRINT_SYSTEM_LIBRARIES)}
    return sorted(found)


def main() -> None:
    folder = Path(sys.argv[1])
    paths.override_base_dir(folder / "carnet-home")  # settings and logs stay out of the user's folders
    app = QApplication([sys.argv[0]])
    windows: list[QWidget] = []  # alive until the report is written, as under pytest-qt
    run_flows(folder, keep=windows.append)
    app.processEvents()
    report = {
        "libraries": mapped_print_libraries(),
        "print_support_imported": "PySide6.QtPrintSupport" in sys.modules,
    }
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main()
