"""The main window: menus, the board, the status bar; remembers its geometry."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from carnet import __version__, paths
from carnet.domain.errors import CarnetError
from carnet.storage import Database
from carnet.storage.backup import backup_database, default_backup_path
from carnet.ui.board.board_view import BoardView
from carnet.ui.board.controller import BoardController
from carnet.ui.board.filter_bar import FilterBar
from carnet.ui.board.model import BoardModel
from carnet.ui.labels import error_text

DEFAULT_SIZE = (1240, 780)


def app_settings() -> QSettings:
    return QSettings(str(paths.settings_path()), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    board_painted = Signal()

    def __init__(self, database: Database, *, demo: bool = False, parent: Any = None) -> None:
        super().__init__(parent)
        self.database = database
        self.demo = demo
        self._smoke = False
        self.undo_stack = QUndoStack(self)
        self.board_model = BoardModel(self)
        self.board = BoardView(self.board_model, self)
        self.board.first_painted.connect(self.board_painted)
        self.filter_bar = FilterBar(self)
        self.filter_bar.filter_changed.connect(self.board_model.set_filter)
        self.filter_bar.leave_requested.connect(self.board.focus_board)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.board, 1)
        self.setCentralWidget(central)

        self.controller = BoardController(database, self.board_model, self.undo_stack, self)
        self.controller.message.connect(self.show_message)
        self.controller.moved.connect(self.board.show_cards)
        for proxy in self.board.proxies().values():
            proxy.drop_handler = self.controller.drop
        self.board.open_requested.connect(self.open_contact)
        self._build_menus()
        self._build_status_bar()
        self._update_title()
        # Start-up: paint the top of each column first; the rest follows right after the first paint.
        self.controller.load_head()
        self.board.first_painted.connect(self._load_rest)
        self._restore_geometry()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.backup_action = QAction(self.tr("&Back Up Now"), self)
        self.backup_action.setStatusTip(self.tr("Write a copy of the database in the backups folder"))
        self.backup_action.triggered.connect(self.back_up_now)
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+Z")))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        # Shortcuts that act on cards live on the board only, so they never steal keys from the filter bar.
        self.previous_stage_action = self._board_action(
            self.tr("Move to &Previous Stage"), "Ctrl+Shift+Left", lambda: self._step_selected(-1)
        )
        self.next_stage_action = self._board_action(
            self.tr("Move to &Next Stage"), "Ctrl+Shift+Right", lambda: self._step_selected(1)
        )
        self.archive_action = self._board_action(self.tr("&Archive…"), "Del", self._archive_selected)
        for action in (self.previous_stage_action, self.next_stage_action, self.archive_action):
            edit_menu.addAction(action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        find_action = QAction(self.tr("&Filter Cards…"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self.filter_bar.focus_search)
        view_menu.addAction(find_action)
        clear_action = QAction(self.tr("&Clear Filter"), self)
        clear_action.triggered.connect(self.filter_bar.clear)
        view_menu.addAction(clear_action)
        view_menu.addSeparator()
        refresh_action = QAction(self.tr("&Refresh"), self)
        refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh_action.triggered.connect(self.refresh)
        view_menu.addAction(refresh_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About Carnet"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def _build_status_bar(self) -> None:
        location = self.tr("Demo database (discarded on quit)") if self.demo else str(self.database.path)
        self.path_label = QLabel(location, self)
        self.path_label.setToolTip(str(self.database.path))
        self.statusBar().addPermanentWidget(self.path_label)

    def _update_title(self) -> None:
        name = self.tr("demo") if self.demo else self.database.path.name
        self.setWindowTitle(f"{name} — Carnet")

    def _board_action(self, text: str, shortcut: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.board.addAction(action)
        return action

    def _step_selected(self, step: int) -> None:
        ids = self.board.selected_ids()
        if ids:
            self.controller.step(ids, step)

    def _archive_selected(self) -> None:
        ids = self.board.selected_ids()
        if ids:
            self.controller.ask_archive(ids)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 12000)

    def open_contact(self, contact_id: int) -> None:
        from carnet.ui.dialogs.contact_summary import ContactSummaryDialog

        dialog = ContactSummaryDialog(self.database, contact_id, self)
        dialog.open()

    def refresh(self) -> None:
        """Reload every card from the database."""
        self.controller.load()

    def quit_after_first_paint(self) -> None:
        """``--smoke``: start, paint the board once, quit (start-up is measured until the board is painted)."""
        self._smoke = True

    def _load_rest(self) -> None:
        # After the first paint has reached the screen, not inside it.
        if self._smoke:
            # CLOCK_MONOTONIC is shared by every process: bench/run.py subtracts the time it spawned us.
            print(f"board painted at {time.monotonic():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        elif not self.controller.fully_loaded:
            QTimer.singleShot(0, self.controller.load)

    def back_up_now(self) -> None:
        try:
            written = backup_database(self.database.path, default_backup_path(self.database.path))
        except CarnetError as error:
            QMessageBox.warning(self, self.tr("Backup failed"), error_text(error))
            return
        self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(written)), 8000)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Carnet"),
            self.tr(
                "<b>Carnet %1</b><p>The offline CRM for solo entrepreneurs: follow every contact from "
                "stranger to ambassador. Your data stays in one file on this computer.</p>"
            ).replace("%1", __version__),
        )

    def _restore_geometry(self) -> None:
        geometry = app_settings().value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        self.resize(*DEFAULT_SIZE)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.sync()
        super().closeEvent(event)
