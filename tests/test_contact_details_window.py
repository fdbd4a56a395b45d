"""The contact editor's Further details tab and the panel, through the real widgets (issue 14)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from carnet.domain.enums import DetailKind, Stage
from carnet.services import ContactDraft, create_contact
from carnet.services.details import contact_more
from carnet.services.drafts import ContactDetail
from carnet.storage import Database
from carnet.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    main_window = MainWindow(db)
    qtbot.addWidget(main_window)
    main_window.show()
    return main_window


def open_editor(qtbot: QtBot, window: MainWindow, contact_id: int):
    window.contact_actions.edit_contact(contact_id)
    qtbot.waitUntil(lambda: type(window.contact_actions.pending_dialog).__name__ == "ContactEditorDialog")
    return window.contact_actions.pending_dialog


def button(widget, text: str) -> QPushButton:
    return next(b for b in widget.findChildren(QPushButton) if b.text().replace("&", "") == text)


def test_a_further_email_is_added_in_the_editor_and_shown_in_the_panel(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    zoe = create_contact(db, ContactDraft(display_name="Zoé Martin", email="zoe@gmail.com", stage=Stage.LEAD,
                                          more=(ContactDetail(DetailKind.PHONE, "+33 6 98 76 54 32", "Mobile"),))).id
    dialog = open_editor(qtbot, window, zoe)
    editor = dialog.more_editor
    assert [row.value() for row in editor._rows] == ["+33 6 98 76 54 32"]
    qtbot.mouseClick(button(editor, "Add Email"), Qt.MouseButton.LeftButton)
    label_edit, value_edit = editor._rows[-1].label_edit, editor._rows[-1].value_edit
    value_edit.setText("zoe@atelier")  # not an email yet: Save waits
    assert not dialog.ok_button.isEnabled()
    value_edit.setText("zoe@atelier-martin.fr")
    label_edit.setText("Work")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()

    assert contact_more(db, zoe) == (ContactDetail(DetailKind.PHONE, "+33 6 98 76 54 32", "Mobile"),
                                     ContactDetail(DetailKind.EMAIL, "zoe@atelier-martin.fr", "Work"))
    window.panel.show_contact(zoe)
    shown = window.panel.field_labels["more"].text()
    assert shown == "Phone (Mobile): +33 6 98 76 54 32\nEmail (Work): zoe@atelier-martin.fr"
    # Undo takes the new value back.
    window.undo_action.trigger()
    assert contact_more(db, zoe) == (ContactDetail(DetailKind.PHONE, "+33 6 98 76 54 32", "Mobile"),)


def test_removing_a_further_value(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    zoe = create_contact(db, ContactDraft(display_name="Zoé Martin", stage=Stage.LEAD,
                                          more=(ContactDetail(DetailKind.ADDRESS, "Les Oliviers\n84000 Avignon"),))).id
    dialog = open_editor(qtbot, window, zoe)
    assert dialog.more_editor._rows[0].value() == "Les Oliviers\n84000 Avignon"
    qtbot.mouseClick(button(dialog.more_editor, "Remove"), Qt.MouseButton.LeftButton)
    dialog.ok_button.click()
    assert contact_more(db, zoe) == ()
