"""The Contact menu: what can be done with the selected card, each with its shortcut."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from carnet.ui.main_window import MainWindow


def build_contact_menu(window: MainWindow) -> QMenu:
    # The main window's context spelt out (what window.tr uses at run time): lupdate files window.tr under "window".
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Contact"))
    actions = window.contact_actions

    def on_selected(slot: Callable[[int], None]) -> Callable[[], None]:
        def run() -> None:
            contact_id = window.current_contact_id()
            if contact_id is None:
                window.show_message(QCoreApplication.translate("MainWindow", "Select a card first."))
            else:
                slot(contact_id)

        return run

    entries: list[tuple[str, str | QKeySequence.StandardKey | None, Callable[[], None]]] = [
        (QCoreApplication.translate("MainWindow", "&New Contact…"), QKeySequence.StandardKey.New, actions.new_contact),
        (QCoreApplication.translate("MainWindow", "&Edit Contact…"), None, on_selected(actions.edit_contact)),
        (QCoreApplication.translate("MainWindow", "&Log Interaction…"), "Ctrl+I", on_selected(actions.log_interaction)),
        (QCoreApplication.translate("MainWindow", "Record &Payment or Quote…"), None,
         on_selected(actions.record_payment)),
        (QCoreApplication.translate("MainWindow", "&Qualify…"), None, on_selected(actions.qualify)),
        (QCoreApplication.translate("MainWindow", "Find &Duplicates…"), None, actions.find_duplicates),
    ]
    for text, shortcut, slot in entries:
        action = QAction(text, window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        if text == QCoreApplication.translate("MainWindow", "Find &Duplicates…"):
            menu.insertSeparator(action)
    return menu
