"""The Contact menu: what can be done with the selected card, each with its shortcut; the same actions
make the right-click menu of a card and of the rows of the list tabs (To do, Gifts, Archived, To review)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from carnet.domain.enums import STAGE_ORDER, Stage
from carnet.domain.postpone import PostponeChoice
from carnet.ui.labels import stage_label
from carnet.ui.postpone_menu import TOMORROW_SHORTCUT, fill_postpone_menu

if TYPE_CHECKING:
    from carnet.ui.main_window import MainWindow

# The entries of a card's right-click menu, in order (None: a separator).
CARD_MENU = ("edit", "log", "postpone", "sequence", "pay", "documents", "move", None, "archive", "export", "erase")
# The entries of a list tab's right-click menu: the card's, less the board's own (moves, archive).
ROW_MENU = ("edit", "log", "postpone", "sequence", "pay", "documents", None, "export", "erase")


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

    documents = window.invoice_actions  # quotes and invoices (issue 20): made before the menus

    entries: dict[str, tuple[str, str | QKeySequence.StandardKey | None, Callable[[], None]]] = {
        "new": (_t("&New Contact…"), QKeySequence.StandardKey.New, actions.new_contact),
        "edit": (_t("&Edit Contact…"), None, on_selected(actions.edit_contact)),
        "log": (_t("&Log Interaction…"), "Ctrl+I", on_selected(actions.log_interaction)),
        "pay": (_t("Record &Payment or Quote…"), None, on_selected(actions.record_payment)),
        "quote": (_t("New Quo&te…"), None, on_selected(documents.new_quote)),
        "invoice": (_t("New In&voice…"), None, on_selected(documents.new_invoice)),
        "documents": (_t("Quotes &and Invoices…"), None, on_selected(documents.show_documents)),
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
    for key in ("new", "edit", "log"):
        menu.addAction(made[key])
    # Postpone Follow-up ▸ (Set Follow-up ▸ for a contact without one): kept as its menu's action.
    made["postpone"] = _postpone_menu(window, menu).menuAction()
    menu.addAction(made["postpone"])
    menu.aboutToShow.connect(lambda: update_postpone_entry(window, menu))
    made["sequence"] = _sequence_menu(window, menu).menuAction()
    menu.addAction(made["sequence"])
    for key in ("pay", "quote", "invoice", "documents", "qualify"):
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


def _postpone_menu(window: MainWindow, parent: QWidget) -> QMenu:
    """Postpone Follow-up ▸ Tomorrow, In 3 Days, Next Week, In a Month, Pick a Date…: the selected card's or
    row's follow-up moves there, its time and note kept; a contact without one gets one (the entry is then
    called Set Follow-up: the same quick days give an open deal its next step). One undoable step each."""
    menu = QMenu(_t("Postpone &Follow-up"), parent)
    menu.setObjectName("postpone-menu")

    def chosen(day: date | None) -> None:
        contact_id = window.current_contact_id()
        if contact_id is None:
            window.show_message(_t("Select a card first."))
        else:
            window.contact_actions.postpone(contact_id, day)

    made = fill_postpone_menu(menu, chosen)
    tomorrow = made[PostponeChoice.TOMORROW]
    tomorrow.setShortcut(QKeySequence(TOMORROW_SHORTCUT))
    tomorrow.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    return menu


def _sequence_menu(window: MainWindow, parent: QWidget) -> QMenu:
    """Start Sequence ▸ each of the book's follow-up sequences, and Stop Sequence for a contact following one
    (issue 17, item 5). Filled each time it opens: the sequences are edited in Preferences."""
    menu = QMenu(_t("&Start Sequence"), parent)
    menu.setObjectName("sequence-menu")

    def fill() -> None:
        from carnet.ui.sequence_defaults import book_sequences

        menu.clear()
        contact_id = window.current_contact_id()
        sequences = book_sequences(window.database)
        for sequence in sequences:
            action = menu.addAction(sequence.name.replace("&", "&&"))
            action.triggered.connect(lambda _checked=False, chosen=sequence: _on_selected(window, chosen))
        if not sequences:
            empty = menu.addAction(_t("No sequence: add one in Preferences"))
            empty.setEnabled(False)
        following = None if contact_id is None else window.contact_actions.sequence_of(contact_id)
        if following is not None and contact_id is not None:
            menu.addSeparator()
            stop = menu.addAction(_t("&Stop \u201c%1\u201d").replace("%1", following.sequence.name.replace("&", "&&")))
            stop.triggered.connect(lambda _checked=False, c=contact_id: window.contact_actions.stop_sequence(c))

    menu.aboutToShow.connect(fill)
    return menu


def _on_selected(window: MainWindow, sequence: object) -> None:
    from carnet.domain.sequences import FollowUpSequence

    contact_id = window.current_contact_id()
    if contact_id is None:
        window.show_message(_t("Select a card first."))
    elif isinstance(sequence, FollowUpSequence):
        window.contact_actions.start_sequence(contact_id, sequence)


def update_postpone_entry(window: MainWindow, menu: QMenu) -> None:
    """While ``menu`` is open, say what the entry will do for the contact it acts on: postpone its follow-up,
    or set one; greyed for an archived contact, whose follow-ups are not planned. Once it closes, the entry
    is as before: its shortcut works again for whatever is selected next (and says why when it cannot)."""
    entry = window.contact_menu_actions["postpone"]
    contact_id = window.current_contact_id()
    actions = window.contact_actions
    has_one = contact_id is not None and actions.has_follow_up(contact_id)
    entry.setText(_t("Postpone &Follow-up") if has_one or contact_id is None else _t("Set &Follow-up"))
    entry.setEnabled(contact_id is None or actions.can_plan_follow_up(contact_id))

    def reset() -> None:
        menu.aboutToHide.disconnect(reset)
        entry.setText(_t("Postpone &Follow-up"))
        entry.setEnabled(True)

    menu.aboutToHide.connect(reset)


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
    update_postpone_entry(window, menu)
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
