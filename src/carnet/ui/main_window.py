"""The main window: menus, the board, the status bar; remembers its geometry."""

from __future__ import annotations

import time
from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from carnet import __version__
from carnet.services.changes import Change, ChangeKind
from carnet.storage import Database
from carnet.ui import calendar_file, database_files, file_actions
from carnet.ui.board.board_view import BoardView
from carnet.ui.board.controller import BoardController
from carnet.ui.board.filter_bar import FilterBar
from carnet.ui.board.model import BoardModel
from carnet.ui.board.undo import DoneCommand
from carnet.ui.changes import ChangeHub, StaleTabs
from carnet.ui.contact_actions import ContactActions
from carnet.ui.contact_menu import ROW_MENU, build_contact_menu, popup_contact_menu
from carnet.ui.contact_panel import ContactPanel
from carnet.ui.dialogs.opening import open_pending
from carnet.ui.dialogs.pmg_thresholds import pmg_thresholds_from_settings
from carnet.ui.edit_actions import add_clipboard_actions
from carnet.ui.formatting import home_currency as home_currency_code
from carnet.ui.import_flow import import_contacts
from carnet.ui.invoice_actions import InvoiceActions
from carnet.ui.lazy_tabs import LazyTabs
from carnet.ui.notice_bar import NoticeBar
from carnet.ui.record_actions import RecordActions
from carnet.ui.settings import app_settings
from carnet.ui.toolbar import build_toolbar, make_search_action
from carnet.ui.welcome import WelcomePanel

DEFAULT_SIZE = (1320, 800)
LAST_TAB_SETTING = "window/tab"
FRAME_ALLOWANCE = (16, 64)  # room for a title bar and borders, which Qt only learns once shown
PANEL_DELAY_MS = 120


class MainWindow(QMainWindow):
    board_painted = Signal()
    # Made by `contact_menu.build_contact_menu`: the Contact menu's actions by key, its Move To submenu, and
    # the right-click menu last opened (the tests reach it there).
    contact_menu_actions: dict[str, QAction]
    search_action: QAction
    reminders: QObject | None = None  # the ReminderScheduler, started by launch once the board is painted
    recent_menu: QMenu
    toolbar_text_action: QAction
    move_menu: QMenu
    context_menu: QMenu | None = None

    def __init__(self, database: Database, *, demo: bool = False, parent: Any = None) -> None:
        super().__init__(parent)
        self.database = database
        self.demo = demo
        self._smoke = False
        self.pending_dialog: QDialog | None = None  # the File menu's dialog on screen, if any
        self.undo_stack = QUndoStack(self)
        self.board_model = BoardModel(self)
        self.board_model.set_pmg_thresholds(pmg_thresholds_from_settings())
        self.board = BoardView(self.board_model, self)
        self.board.first_painted.connect(self.board_painted)
        self.filter_bar = FilterBar(self)
        self.filter_bar.filter_changed.connect(self.board_model.set_filter)
        self.filter_bar.leave_requested.connect(self.board.focus_board)
        board_page = QWidget(self)
        layout = QVBoxLayout(board_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        self.notice = NoticeBar(board_page)
        layout.addWidget(self.notice)
        self.welcome = WelcomePanel(board_page)
        self.welcome.setVisible(False)
        layout.addWidget(self.welcome)
        layout.addWidget(self.board, 1)
        # The other tabs are built when first shown: the board's first paint does not wait for them.
        self.tabs = LazyTabs(self)
        self.tabs.add_page(board_page, self.tr("Board"))
        self.dashboard_tab = self.tabs.add_lazy_page(self._make_dashboard_tab, self.tr("Dashboard"))
        self.todo_tab = self.tabs.add_lazy_page(self._make_todo_view, self.tr("To do today"))
        self.gifts_tab = self.tabs.add_lazy_page(self._make_gifts_tab, self.tr("Gifts"))
        self.archived_tab = self.tabs.add_lazy_page(self._make_archived_view, self.tr("Archived"))
        self.review_tab = self.tabs.add_lazy_page(self._make_review_view, self.tr("To review"))
        self.setCentralWidget(self.tabs)

        # One change notification (ui/changes.py): every committed write ends there, every view follows it.
        self.changes = ChangeHub(self)
        self.stale_tabs = StaleTabs(self.tabs.currentWidget)
        self.changes.changed.connect(self._follow_change)
        self.changes.status_message.connect(self.show_message)
        # A refused gesture stays readable above the board until closed or until the next change succeeds.
        self.changes.status_message.connect(self.notice.say)
        self.changes.changed.connect(lambda _change: self.notice.clear())
        self.tabs.currentChanged.connect(self._tab_shown)
        self.controller = BoardController(database, self.board_model, self.undo_stack, self, self.changes)
        self.controller.message.connect(self.show_message)
        self.controller.moved.connect(self.board.show_cards)
        for proxy in self.board.proxies().values():
            proxy.drop_handler = self.controller.drop
        self.contact_actions = ContactActions(
            database, self.board_model, self.controller, self.undo_stack, self, self.changes)
        self.contact_actions.message.connect(self.show_message)
        self.board.open_requested.connect(self.contact_actions.edit_contact)
        self.record_actions = RecordActions(
            database, self.undo_stack, self, self.changes, self.contact_actions.name_of,
            self.contact_actions.contact_choices,
        )
        self.record_actions.message.connect(self.show_message)
        self.contact_actions.payment_recorded.connect(self.record_actions.payment_recorded)
        self.invoice_actions = InvoiceActions(self)
        self.panel = ContactPanel(database, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        # The panel follows the selection once it settles: a drop or a run of arrow keys does not wait for it.
        self._panel_contact: int | None = None
        self._panel_timer = QTimer(self)
        self._panel_timer.setSingleShot(True)
        self._panel_timer.setInterval(PANEL_DELAY_MS)
        self._panel_timer.timeout.connect(self._update_panel)
        self.board.current_changed.connect(self._follow_selection)
        self.panel.edit_entry.connect(self.record_actions.edit_entry)
        self.panel.delete_entry.connect(self.record_actions.delete_entry)
        self.panel.mark_paid_entry.connect(self.contact_actions.mark_paid_entry)
        self.panel.visibilityChanged.connect(lambda visible: self._update_panel() if visible else None)
        self._build_menus()
        self.board.menu_requested.connect(lambda where: popup_contact_menu(self, where))
        self.welcome.add_requested.connect(self.contact_actions.new_contact)
        self.welcome.import_requested.connect(lambda: import_contacts(self))
        for signal in (self.controller.loaded, self.board_model.modelReset, self.board_model.rowsInserted,
                       self.board_model.rowsRemoved):
            signal.connect(self._show_welcome_if_empty)
        self._show_welcome_if_empty()
        self._build_status_bar()
        self._update_title()
        if not demo:
            database_files.remember(database.path)
        # The cards and headers show the book's home currency first; read without the ORM (first paint).
        self.follow_home_currency()
        self.changes.changed.connect(lambda change: self.follow_home_currency() if change.everything else None)
        # Start-up: paint the top of each column first; the rest follows right after the first paint.
        self.controller.load_head()
        self.board.first_painted.connect(self._load_rest)
        self._restore_geometry()
        # The calendar file Carnet keeps up to date, if the user chose one (Preferences ▸ Reminders).
        self.kept_calendar = calendar_file.KeptCalendar(self)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new_database_action = QAction(self.tr("&New Database…"), self)
        new_database_action.setStatusTip(self.tr("Start another, empty book in a file of its own"))
        new_database_action.triggered.connect(lambda: database_files.new_database(self))
        file_menu.addAction(new_database_action)
        open_database_action = QAction(self.tr("&Open Database…"), self)
        open_database_action.setShortcut(QKeySequence.StandardKey.Open)
        open_database_action.triggered.connect(lambda: database_files.open_database(self))
        file_menu.addAction(open_database_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open Recen&t"))
        self.recent_menu.aboutToShow.connect(lambda: database_files.fill_recent_menu(self, self.recent_menu))
        database_files.fill_recent_menu(self, self.recent_menu)
        file_menu.addSeparator()
        self.backup_action = QAction(self.tr("&Back Up Now"), self)
        self.backup_action.setStatusTip(self.tr("Write a copy of the database in the backups folder"))
        self.backup_action.triggered.connect(self.back_up_now)
        file_menu.addAction(self.backup_action)
        self.restore_action = QAction(self.tr("&Restore from Backup…"), self)
        self.restore_action.triggered.connect(self.restore_from_backup)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        self.import_action = QAction(self.tr("&Import Contacts…"), self)
        self.import_action.setStatusTip(self.tr("Add contacts from a CSV or vCard file"))
        self.import_action.triggered.connect(lambda: import_contacts(self))
        file_menu.addAction(self.import_action)
        for text, file_format in ((self.tr("Export Contacts as &CSV…"), "csv"),
                                  (self.tr("Export Contacts as &vCard…"), "vcard")):
            action = QAction(text, self)
            action.triggered.connect(lambda _checked=False, f=file_format: self.export_contacts(f))
            file_menu.addAction(action)
        calendar_action = QAction(self.tr("Export Follow-ups to Ca&lendar…"), self)
        calendar_action.setStatusTip(self.tr("Every open follow-up as an event of an .ics file, for your calendar"))
        calendar_action.triggered.connect(lambda: calendar_file.export_follow_ups(self))
        file_menu.addAction(calendar_action)
        invoices_action = QAction(self.tr("E&xport Invoices…"), self)
        invoices_action.setStatusTip(self.tr("Every invoice and credit note issued in a period, as Factur-X PDFs in "
                                             "a folder"))
        invoices_action.triggered.connect(lambda: self.invoice_actions.export_invoices())
        file_menu.addAction(invoices_action)
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
        add_clipboard_actions(edit_menu, self)
        edit_menu.addSeparator()
        # Shortcuts that act on cards live on the board only, so they never steal keys from the filter bar.
        self.previous_stage_action = self._board_action(
            self.tr("Move to Pre&vious Stage"), "Ctrl+Shift+Left", lambda: self._step_selected(-1)
        )
        self.next_stage_action = self._board_action(
            self.tr("Move to &Next Stage"), "Ctrl+Shift+Right", lambda: self._step_selected(1)
        )
        self.archive_action = self._board_action(self.tr("Arc&hive…"), "Del", self._archive_selected)
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

        view_menu.addSeparator()
        view_menu.addAction(self.panel.toggleViewAction())
        build_contact_menu(self)
        self.search_action = make_search_action(self)
        edit_menu.insertAction(self.previous_stage_action, self.search_action)
        edit_menu.insertSeparator(self.previous_stage_action)
        self.toolbar = build_toolbar(self, view_menu)
        reports_menu = self.menuBar().addMenu(self.tr("Re&ports"))
        receipts_action = QAction(self.tr("&Receipts Book…"), self)
        receipts_action.setStatusTip(self.tr("Every payment received, in date order, with monthly totals"))
        receipts_action.triggered.connect(self.show_receipts_book)
        reports_menu.addAction(receipts_action)
        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        preferences_action = QAction(self.tr("&Preferences…"), self)
        preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
        preferences_action.triggered.connect(self.show_preferences)
        tools_menu.addAction(preferences_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide_action = QAction(self.tr("User &Guide"), self)
        guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide_action.triggered.connect(self.show_guide)
        help_menu.addAction(guide_action)
        shortcuts_action = QAction(self.tr("&Keyboard Shortcuts"), self)
        shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts_action)
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

    def current_contact_id(self) -> int | None:
        """The contact the Contact menu acts on: the selected card, or the row selected in another tab."""
        page = self.tabs.currentWidget()
        if page is not self.tabs.widget(0):
            return _selected_in(page)
        ids = self.board.selected_ids()
        return ids[0] if ids else None

    def _follow_selection(self, contact_id: int | None) -> None:
        self._panel_contact = contact_id
        self._panel_timer.start()

    def _update_panel(self) -> None:
        if self.panel.isVisible():
            self.panel.show_contact(self._panel_contact)

    def _follow_change(self, change: Change) -> None:
        """A committed write: bring the board, the panel, the tabs and the undo steps up to date."""
        if not change.on_board and not change.everything:
            from carnet.services.board_read import cards_by_id

            ids = sorted(change.contact_ids)
            cards = cards_by_id(self.database, ids)
            self.board_model.upsert(cards)
            found = {card.id for card in cards}
            self.board_model.take_out([i for i in ids if i not in found])
        self.stale_tabs.changed(change)
        self._show_selected_contact(refresh=change.touches(self.panel.contact_id))
        self._drop_outdated_steps(change)

    def _tab_shown(self, _index: int) -> None:
        self.stale_tabs.shown(self.tabs.currentWidget())
        self._show_selected_contact()

    def _show_selected_contact(self, *, refresh: bool = False) -> None:
        """The panel shows the contact the Contact menu acts on (the selection is the one source), once the
        selection settles, as for a click: a drop does not wait for the panel's read."""
        contact_id = self.current_contact_id()
        if contact_id != self.panel.contact_id or contact_id != self._panel_contact or refresh:
            self._follow_selection(contact_id)

    def _drop_outdated_steps(self, change: Change) -> None:
        """Undo steps whose premise a write elsewhere removed are marked obsolete, and say so."""
        if DoneCommand.replaying:
            return
        marked = False
        for index in range(self.undo_stack.index()):
            command = self.undo_stack.command(index)
            if isinstance(command, DoneCommand) and not command.isObsolete() and command.outdated_by(change):
                command.setObsolete(True)  # QUndoStack drops it instead of undoing it
                command.setText(self.tr("%1 (already undone elsewhere)").replace("%1", command.text()))
                marked = True
        if marked:  # the Edit menu's Undo shows the new text
            self.undo_stack.undoTextChanged.emit(self.undo_stack.undoText())

    def _show_welcome_if_empty(self, *_: object) -> None:
        """The welcome while the book holds no contact (archived ones count: the book is not new)."""
        if not self.controller.fully_loaded or self.board_model.rowCount() > 0:
            self.welcome.setVisible(False)
            return
        from carnet.storage.sql.common import CONTACT_COUNT

        (count,) = self.database.reader().execute(CONTACT_COUNT).fetchone()
        self.welcome.setVisible(count == 0)

    def follow_home_currency(self) -> None:
        """Tell the board's money formatting the book's home currency (set here, or changed since)."""
        from carnet.storage.sql.board import HOME_CURRENCY
        from carnet.ui.formatting import set_home_currency

        (code,) = self.database.reader().execute(f"SELECT {HOME_CURRENCY}").fetchone()
        if str(code) != home_currency_code():
            set_home_currency(str(code))
            self.board_model.layoutChanged.emit()

    def ask_home_currency_once(self) -> None:
        """A book without a home currency (new, or from before Carnet asked) is asked for one, once: the
        launch calls this after the first paint (a window made by a test or a script asks nothing)."""
        from carnet.services.book import home_currency, most_used_currency, set_home_currency
        from carnet.ui.dialogs.home_currency import HomeCurrencyDialog, locale_currency

        if home_currency(self.database) is not None:
            return
        dialog = HomeCurrencyDialog(most_used_currency(self.database) or locale_currency(), self)

        def save() -> None:
            with self.changes.refusals(self.tr("Not saved")) as attempt:
                set_home_currency(self.database, dialog.value())
            if not attempt.refused:
                self.changes.notify(Change.whole_book())

        open_pending(self, dialog, save)

    def show_receipts_book(self) -> None:
        # Imported here: the dialog loads the ORM, which the window's first paint does without.
        from carnet.ui.receipts_dialog import show_receipts_book

        show_receipts_book(self, self.database)

    def show_preferences(self) -> None:
        from carnet.ui.dialogs.preferences import PreferencesDialog, stale_after_from_settings

        dialog = PreferencesDialog(self, database=self.database)
        if dialog.exec():
            self.board_model.stale_after = stale_after_from_settings()
            self.board_model.set_pmg_thresholds(pmg_thresholds_from_settings())
            self.controller.load()
            # To do (stale thresholds) and the dashboard (client sizes) read the preferences: they follow too.
            self.changes.notify(Change.whole_book())

    def _make_dashboard_tab(self) -> QWidget:
        from carnet.ui.dashboard.tab import DashboardTab

        tab = DashboardTab(self.database, self, thresholds=pmg_thresholds_from_settings, reads=self.controller.reads)
        tab.segment_requested.connect(self.show_segment)
        self.stale_tabs.add(tab)
        return tab

    def show_segment(self, name: str, contact_ids: list[int]) -> None:
        """A dashboard segment clicked: the board, showing only those contacts (the filter bar says which)."""
        self.filter_bar.set_segment((name, frozenset(contact_ids)))
        self.tabs.setCurrentIndex(0)
        self.show_message(self.tr("Showing the segment “%1” on the board; click its name in the filter bar to "
                                  "show every card again.").replace("%1", name))

    def _make_todo_view(self) -> QWidget:
        from carnet.ui.dialogs.preferences import stale_after_from_settings
        from carnet.ui.todo_view import TodoView

        view = TodoView(self.database, self, stale_after_provider=stale_after_from_settings,
                        reads=self.controller.reads)
        view.log_interaction_requested.connect(self.contact_actions.log_interaction)
        view.open_requested.connect(self.contact_actions.edit_contact)
        view.postpone_requested.connect(self.contact_actions.postpone)
        self._panel_follows(view)
        self.stale_tabs.add(view)
        return view

    def _make_gifts_tab(self) -> QWidget:
        from carnet.ui.gifts_tab import GiftsTab

        tab = GiftsTab(self.database, self, reads=self.controller.reads)
        tab.gift_recorded.connect(lambda contact_id: self.changes.notify(Change.of([contact_id], ChangeKind.GIFT)))
        self._panel_follows(tab)
        self.stale_tabs.add(tab)
        return tab

    def _make_archived_view(self) -> QWidget:
        from carnet.ui.archived_view import ArchivedView

        view = ArchivedView(self.database, self, reads=self.controller.reads)
        view.restored.connect(self._show_restored)
        restore = QAction(self.tr("&Restore"), view)
        restore.triggered.connect(view.restore_selected)
        self._panel_follows(view, first=[restore])
        self.stale_tabs.add(view)
        return view

    def _make_review_view(self) -> QWidget:
        from carnet.ui.review_view import ReviewView, review_after_years

        view = ReviewView(self.database, review_after_years, date.today, self, reads=self.controller.reads)
        view.archive_requested.connect(self.controller.ask_archive)
        view.erase_requested.connect(self.record_actions.erase_contacts)
        view.open_requested.connect(self.contact_actions.edit_contact)
        self._panel_follows(view)
        self.stale_tabs.add(view)
        return view

    def _panel_follows(self, view: Any, first: list[QAction] | None = None) -> None:
        """The contact panel shows the row picked in a list tab too, as it does the board's selection; a
        right-click on a row offers the Contact menu's actions (after the tab's own, ``first``)."""
        view.table.selectionModel().selectionChanged.connect(lambda *_: self._follow_selection(_selected_in(view)))
        view.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.table.customContextMenuRequested.connect(lambda point: self._row_menu(view, point, first or []))

    def _row_menu(self, view: Any, point: QPoint, first: list[QAction]) -> None:
        index = view.table.indexAt(point)
        if not index.isValid():
            return
        if not view.table.selectionModel().isSelected(index):
            view.table.setCurrentIndex(index)
        popup_contact_menu(self, view.table.viewport().mapToGlobal(point), ROW_MENU, first)

    def _show_restored(self, contact_ids: list[int]) -> None:
        self.changes.notify(Change.of(contact_ids, ChangeKind.ARCHIVE))
        self.show_message(self.tr("Restored %n contact(s) to the board.", "", len(contact_ids)))

    def refresh(self) -> None:
        """Reload every card from the database (on the reader thread for a big book)."""
        self.controller.load_in_background()

    def quit_after_first_paint(self) -> None:
        """``--smoke``: start, paint the board once, quit (start-up is measured until the board is painted)."""
        self._smoke = True

    def _load_rest(self) -> None:
        # After the first paint has reached the screen, not inside it.
        if self._smoke:
            # CLOCK_MONOTONIC is shared by every process: bench/run.py subtracts the time it spawned us.
            print(f"board painted at {time.monotonic():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
            return
        if not self.controller.fully_loaded:
            QTimer.singleShot(0, self.controller.load_in_background)
        QTimer.singleShot(0, self._restore_last_tab)

    def _restore_last_tab(self) -> None:
        """The tab the user left Carnet on. The board paints first in any case: the other tabs are read
        when first shown, and the start-up budget is the board's."""
        try:
            index = int(str(app_settings().value(LAST_TAB_SETTING, 0)))
        except ValueError:
            return
        if 0 < index < self.tabs.count() and self.tabs.currentIndex() == 0:
            self.tabs.setCurrentIndex(index)

    def back_up_now(self) -> None:
        file_actions.back_up_now(self)

    def export_contacts(self, file_format: str, path: str | None = None) -> None:
        file_actions.export_contacts(self, file_format, path)

    def restore_from_backup(self) -> None:
        file_actions.restore_from_backup(self)

    def show_shortcuts(self) -> None:
        from carnet.ui.edit_actions import ShortcutsDialog

        board, todo = self.tr("Board"), self.tr("To do today")
        keys = [  # the board's and the timeline's own keys, which no menu entry carries
            (board, self.tr("Move between cards and columns"), self.tr("Arrow keys")),
            (board, self.tr("Open the selected contact"), self.tr("Enter")),
            (board, self.tr("Open the card's menu"), self.tr("Menu key")),
            (self.tr("Timeline"), self.tr("Edit the selected entry"), self.tr("Enter")),
            (self.tr("Timeline"), self.tr("Delete the selected entry"), self.tr("Delete")),
            (todo, self.tr("Open the selected contact"), self.tr("Enter")),
            (todo, self.tr("Done: log an interaction"), self.tr("Alt+D or Ctrl+I")),
            (todo, self.tr("Postpone the selected follow-up"), self.tr("Alt+S")),
        ]
        open_pending(self, ShortcutsDialog(self.menuBar(), keys, self))

    def show_guide(self) -> None:
        from carnet.ui.guide_window import show_guide

        show_guide(self)

    def show_about(self) -> None:
        from html import escape

        from PySide6.QtCore import qVersion

        location = self.tr("a demo database, discarded on quit") if self.demo else str(self.database.path)
        QMessageBox.about(
            self,
            self.tr("About Carnet"),
            self.tr(
                "<b>Carnet %1</b><p>The offline CRM for solo entrepreneurs: follow every contact from "
                "stranger to ambassador. Your data stays in one file on this computer.</p>"
            ).replace("%1", __version__)
            + self.tr("<p>Database: %1</p><p>Free software under the GNU General Public License, version 3 or "
                      "later. Built with Qt %2.</p>").replace("%1", escape(location)).replace("%2", qVersion()),
        )

    def _restore_geometry(self) -> None:
        """Size, place, and the contact panel's visibility and width, as the user left them."""
        settings = app_settings()
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        # The first start: the default size, but never larger than the screen (a 1280 × 800 laptop). The
        # window manager's frame is not known before the window is shown, yet it counts: a window as tall
        # as the screen had its status bar (where backup warnings appear) pushed below the bottom edge.
        room = self.screen().availableGeometry()
        self.resize(min(DEFAULT_SIZE[0], room.width() - FRAME_ALLOWANCE[0]),
                    min(DEFAULT_SIZE[1], room.height() - FRAME_ALLOWANCE[1]))

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue(LAST_TAB_SETTING, self.tabs.currentIndex())
        settings.sync()
        super().closeEvent(event)


def _selected_in(page: Any) -> int | None:
    """The contact selected in a list tab (To do, Archived), if any."""
    if hasattr(page, "selected_id"):
        return page.selected_id()
    ids = page.selected_ids() if hasattr(page, "selected_ids") else []
    return ids[0] if ids else None
