"""The main toolbar: the five things a user does most (New Contact, Log Interaction, Record Payment, Import,
Search), as the same actions as the menus, so a shortcut, a state or a translation is never kept twice.

Icons come from the desktop's theme (a KDE or GNOME user sees their own), with Carnet's own SVG drawings
(``carnet/icons/toolbar``) where the theme has none, as on Windows, macOS and a bare X server. Whether the
text shows under the icons is the user's choice (View ▸ Show Text Under Icons), kept in the settings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from carnet.resources import icons_dir
from carnet.ui.settings import app_settings

if TYPE_CHECKING:
    from carnet.ui.main_window import MainWindow

TEXT_SETTING = "view/toolbar_text"
SEARCH_SHORTCUT = "Ctrl+K"
# Action -> (freedesktop theme icon, Carnet's drawing); the theme names are the Icon Naming Specification's.
_ICONS = {
    "new": ("contact-new", "new-contact.svg"),
    "log": ("mail-message-new", "log-interaction.svg"),
    "pay": ("wallet-open", "record-payment.svg"),
    "import": ("document-import", "import.svg"),
    "search": ("edit-find", "search.svg"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Toolbar", text)


def icon(key: str) -> QIcon:
    """The theme's icon for one of the toolbar's actions, or Carnet's drawing of it."""
    theme_name, drawing = _ICONS[key]
    return QIcon.fromTheme(theme_name, QIcon(str(icons_dir() / "toolbar" / drawing)))


def make_search_action(window: MainWindow) -> QAction:
    """Edit ▸ Search Everything… (Ctrl+K): every contact, archived ones too, by any word they hold."""
    action = QAction(_t("&Search Everything…"), window)
    action.setShortcut(QKeySequence(SEARCH_SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setStatusTip(_t("Find a contact by any word: name, email, phone, address, notes, interactions…"))

    def search() -> None:
        from carnet.ui.search_palette import open_search

        open_search(window)

    action.triggered.connect(search)
    return action


def build_toolbar(window: MainWindow, view_menu: QMenu) -> QToolBar:
    """The toolbar, and its View menu entry for the text under the icons."""
    bar = QToolBar(_t("Main Toolbar"), window)
    bar.setObjectName("main-toolbar")  # saveState/restoreState find it by this name
    bar.setMovable(False)
    bar.setIconSize(QSize(22, 22))
    bar.toggleViewAction().setText(_t("Show &Toolbar"))
    actions = window.contact_menu_actions
    short_texts = {"new": _t("New Contact"), "log": _t("Log Interaction"), "pay": _t("Record Payment"),
                   "import": _t("Import"), "search": _t("Search")}
    for key, action in (("new", actions["new"]), ("log", actions["log"]), ("pay", actions["pay"]),
                        ("import", window.import_action), ("search", window.search_action)):
        # The menus keep their long texts, with "…" and accelerators; the buttons say it short.
        action.setIcon(icon(key))
        action.setIconText(short_texts[key])
        action.setToolTip(_tooltip(short_texts[key], action))
        bar.addAction(action)
        if key == "pay":
            bar.addSeparator()
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    text_action = QAction(_t("Show Text &Under Icons"), window)
    text_action.setCheckable(True)
    text_action.setChecked(str(app_settings().value(TEXT_SETTING, "true")).lower() == "true")

    def show_text(on: bool) -> None:
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon if on
                               else Qt.ToolButtonStyle.ToolButtonIconOnly)
        app_settings().setValue(TEXT_SETTING, "true" if on else "false")

    text_action.toggled.connect(show_text)
    show_text(text_action.isChecked())
    view_menu.addAction(bar.toggleViewAction())
    view_menu.addAction(text_action)
    window.toolbar_text_action = text_action
    return bar


def _tooltip(text: str, action: QAction) -> str:
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text} ({keys})" if keys else text
