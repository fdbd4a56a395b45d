"""The Contact menu: what can be done with the selected card, each with its shortcut; the same actions
make the right-click menu of a card and of the rows of the list tabs (To do, Gifts, Archived, To review)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from carnet.domain.enums import STAGE_ORDER, Stage
from carnet.ui.labels import stage_label

if TYPE_CHECKING:
    from carnet.ui.main_window import MainWindow

# The entries of a card's right-click menu, in order (None: a separator).
CARD_MENU = ("edit", "log", "pay", "move", None, "archive", "export", "erase")
# The entries of a list tab's right-click menu: the card's, less the board's own (moves, archive).
ROW_MENU = ("edit", "log", "pay", None, "export", "erase")


def _t(text: str) -> str:
    # The main window's context spelt out (what window.tr uses at run time): lupdate files it under "window".
    return QCoreApplication.translate("MainWindow", text)


def build_contact_menu(window: MainWindow) -> QMenu:
    menu = window.menuBar().addMenu(_t("&Contact"))
    actions = window.contact_actions
    records = window.record_actions

    def on_selected(slot: Callable[[int], None]) -> Callable[[], None]:
        def run() -> None:
            contact_id = window.current_contact_id()
            if contact_id is None:
                window.show_message(_t("Select a card first."))
            else:
                slot(contact_id)

        return run

    def export(contact_id: int) -> None:
        from carnet.ui.person_export import export_person

        export_person(window, window.database, contact_id)

    entries: dict[str, tuple[str, str | QKeySequence.StandardKey | None, Callable[[], None]]] = {
        "new": (_t("&New Contact…"), QKeySequence.StandardKey.New, actions.new_contact),
        "edit": (_t("&Edit Contact…"), None, on_selected(actions.edit_contact)),
        "log": (_t("&Log Interaction…"), "Ctrl+I", on_selected(actions.log_interaction)),
        "pay": (_t("Record &Payment or Quote…"), None, on_selected(actions.record_payment)),
        "qualify": (_t("&Qualify…"), None, on_selected(actions.qualify)),
        "export": (_t("E&xport This Contact…"), None, on_selected(export)),
        "erase": (_t("&Delete Permanently…"), "Shift+Del", on_selected(records.erase_contact)),
        "duplicates": (_t("Find D&uplicates…"), None, actions.find_duplicates),
    }
    made: dict[str, QAction] = {}
    for key, (text, shortcut, slot) in entries.items():
        action = QAction(text, window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        made[key] = action
    for key in ("new", "edit", "log", "pay", "qualify"):
        menu.addAction(made[key])
    window.move_menu = _move_menu(window, menu)
    menu.addAction(window.move_menu.menuAction())
    menu.addSeparator()
    for key in ("export", "erase"):
        menu.addAction(made[key])
    menu.addSeparator()
    menu.addAction(made["duplicates"])
    made["archive"] = window.archive_action
    window.contact_menu_actions = made
    return menu


def _move_menu(window: MainWindow, parent: QWidget) -> QMenu:
    """Move to ▸ a stage: the selected cards, with the rules of a drop (the top of the column)."""
    menu = QMenu(_t("&Move To"), parent)
    for stage in STAGE_ORDER:
        action = menu.addAction(stage_label(stage))
        action.triggered.connect(lambda _checked=False, s=stage: _move_selected(window, s))
    return menu


def _move_selected(window: MainWindow, stage: Stage) -> None:
    ids = window.board.selected_ids() if window.tabs.currentIndex() == 0 else []
    if not ids:
        window.show_message(_t("Select a card first."))
        return
    window.controller.move(ids, stage, 0)


def popup_contact_menu(
    window: MainWindow, where: QPoint, entries: tuple[str | None, ...] = CARD_MENU, first: Sequence[QAction] = ()
) -> QMenu:
    """The right-click menu of the selected card (or row), at ``where`` (global); the actions are the
    Contact menu's own, so each shows its shortcut. ``first``: a tab's own actions (Restore), on top."""
    menu = QMenu(window)
    menu.setObjectName("contact-context-menu")
    if first:
        menu.addActions(list(first))
        menu.addSeparator()
    for key in entries:
        if key is None:
            menu.addSeparator()
        elif key == "move":
            menu.addMenu(window.move_menu)
        else:
            menu.addAction(window.contact_menu_actions[key])
    window.context_menu = menu  # the tests reach the open menu here
    menu.popup(where)
    return menu
