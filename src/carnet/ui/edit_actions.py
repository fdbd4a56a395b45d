"""Edit ▸ Cut, Copy, Paste, Select All on whatever field has the focus, and Help ▸ Keyboard Shortcuts: the
list of every menu entry that has one (issue 16 item 7)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

_EDITS = (QLineEdit, QPlainTextEdit, QTextEdit)


def _focused_field() -> QLineEdit | QPlainTextEdit | QTextEdit | None:
    widget = QApplication.focusWidget()
    return widget if isinstance(widget, _EDITS) else None


def _run(name: str) -> None:
    field = _focused_field()
    if field is not None:
        getattr(field, name)()


def add_clipboard_actions(menu: QMenu, parent: QWidget) -> list[QAction]:
    """Cut, Copy, Paste and Select All with the platform's shortcuts, acting on the focused text field (a
    field handles the keys itself; the menu entries are for the mouse, and say what the keys are)."""
    made = []
    # The main window's context spelt out, as lupdate files it (see `carnet.ui.contact_menu`).
    for text, key, name in (
        (QCoreApplication.translate("MainWindow", "Cu&t"), QKeySequence.StandardKey.Cut, "cut"),
        (QCoreApplication.translate("MainWindow", "&Copy"), QKeySequence.StandardKey.Copy, "copy"),
        (QCoreApplication.translate("MainWindow", "&Paste"), QKeySequence.StandardKey.Paste, "paste"),
        (QCoreApplication.translate("MainWindow", "Select &All"), QKeySequence.StandardKey.SelectAll, "selectAll"),
    ):
        action = QAction(text, parent)
        action.setShortcut(QKeySequence(key))
        # Shown in the menu, but the field keeps the key: a window-wide shortcut would steal it from the board.
        action.setShortcutVisibleInContextMenu(True)
        action.setShortcutContext(action.shortcutContext().WidgetShortcut)
        action.triggered.connect(lambda _checked=False, n=name: _run(n))
        menu.addAction(action)
        made.append(action)
    return made


def shortcut_rows(menu_bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, entry, keys) for every entry of the menu bar that has a shortcut, in menu order."""
    rows = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if isinstance(submenu := action.menu(), QMenu):
                walk(submenu, f"{path} ▸ {action.text().replace('&', '')}")
            elif not action.shortcut().isEmpty():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                rows.append((path, action.text().replace("&&", "\0").replace("&", "").replace("\0", "&"), keys))

    for action in menu_bar.actions():
        if isinstance(menu := action.menu(), QMenu):
            walk(menu, action.text().replace("&", ""))
    return rows


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut, from the menus themselves (so the list can never be out of date)."""

    def __init__(self, menu_bar: QMenuBar, extra: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        from carnet.ui.dialogs.validated_form import set_dialog_flags  # not on the first paint's path

        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        set_dialog_flags(self)
        rows = shortcut_rows(menu_bar) + extra
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"), self.tr("Keys")])
        for number, row in enumerate(rows):
            for column, text in enumerate(row):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 520)
