"""The first run (issue 16 item 1): an empty book shows the welcome and the empty columns say who belongs
there; the welcome goes with the first contact and is not shown for a book whose contacts are archived."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from carnet.domain.enums import ArchiveReason, Stage
from carnet.services import ContactDraft, archive_contacts, create_contact
from carnet.storage import Database
from carnet.ui.main_window import MainWindow
from carnet.ui.welcome import demo_command


def make_window(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    return window


def test_an_empty_book_is_welcomed_until_its_first_contact(qtbot: QtBot, db: Database) -> None:
    window = make_window(qtbot, db)
    assert window.welcome.isVisible()
    client = window.board.columns[Stage.CLIENT]
    assert client.hint_label.isVisible() and client.hint_label.text() == "Paid at least once."
    qtbot.mouseClick(window.welcome.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: type(window.contact_actions.pending_dialog).__name__ == "ContactEditorDialog")
    dialog = window.contact_actions.pending_dialog
    dialog.name_edit.setText("Zoé Lefèvre")
    dialog.ok_button.click()
    assert not window.welcome.isVisible()
    stranger = window.board.columns[Stage.STRANGER]
    assert not stranger.hint_label.isVisible()  # Zoé is there
    assert client.hint_label.isVisible()
    window.undo_action.trigger()  # the last contact goes: welcome again
    assert window.welcome.isVisible()


def test_a_book_with_archived_contacts_only_is_not_new(qtbot: QtBot, db: Database) -> None:
    contact = create_contact(db, ContactDraft(display_name="Gone", stage=Stage.LEAD)).id
    archive_contacts(db, [contact], ArchiveReason.NO_ANSWER)
    window = make_window(qtbot, db)
    assert not window.welcome.isVisible()


def test_the_demo_starts_carnet_itself() -> None:
    program, arguments = demo_command()
    assert arguments[-1] == "--demo" and program
