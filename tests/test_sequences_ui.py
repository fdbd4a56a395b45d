"""Follow-up sequences in the window (issue 17, item 5): Preferences ▸ Sequences edits the book's sequences
(the provided ones shown until then), Contact ▸ Start Sequence gives a card its first step (one undoable step),
and Log Interaction marks the step done and proposes the next one."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QSpinBox
from pytestqt.qtbot import QtBot

from carnet.domain.enums import Stage
from carnet.domain.follow_ups import PlannedFollowUp
from carnet.domain.sequences import FollowUpSequence, SequenceStep
from carnet.services import ContactDraft, create_contact
from carnet.services.follow_ups import follow_up_of, set_follow_up
from carnet.services.sequences import save_sequences, saved_sequences, sequence_of
from carnet.storage import Database
from carnet.ui.dialogs.preferences import PreferencesDialog
from carnet.ui.main_window import MainWindow
from test_follow_up_ui import pending, right_click_card, select_card, submenu

TODAY = date.today()
QUOTE_SENT = FollowUpSequence("Quote sent", (
    SequenceStep(2, "Check the quote arrived"), SequenceStep(7, "Ask whether it suits them"),
))


pytestmark = pytest.mark.usefixtures("english_us")


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    main_window = MainWindow(db)
    qtbot.addWidget(main_window)
    main_window.resize(1400, 800)
    main_window.show()
    qtbot.waitExposed(main_window)
    return main_window


def lead(db: Database, name: str = "Bruno Martin") -> int:
    contact = create_contact(db, ContactDraft(name, organisation="Boulangerie Martin", stage=Stage.LEAD))
    assert contact.id is not None
    return contact.id


def names(dialog: PreferencesDialog) -> list[str]:
    group = dialog.sequences_group
    assert group is not None
    return [group.names.item(row).text() for row in range(group.names.count())]


def test_preferences_show_the_provided_sequences_and_save_only_what_was_edited(qtbot: QtBot, db: Database) -> None:
    dialog = PreferencesDialog(database=db)
    qtbot.addWidget(dialog)
    group = dialog.sequences_group
    assert group is not None
    assert names(dialog) == ["New lead", "Quote sent"]
    assert group.steps.item(1, 1).text() == "Send the brochure"
    dialog.accept()
    assert saved_sequences(db) is None  # untouched: still the provided ones, in the user's language

    dialog = PreferencesDialog(database=db)
    qtbot.addWidget(dialog)
    group = dialog.sequences_group
    assert group is not None
    group.names.setCurrentRow(1)
    qtbot.mouseClick(group.add_step_button, Qt.MouseButton.LeftButton)
    assert not dialog.ok_button.isEnabled() and "says nothing to do" in group.error_label.text()
    group.steps.item(3, 1).setText("Send a thank-you card")
    days = group.steps.cellWidget(3, 0)
    assert isinstance(days, QSpinBox) and days.value() == 16  # two days after the step above
    assert dialog.ok_button.isEnabled()
    days.setValue(3)  # before the step above
    assert not dialog.ok_button.isEnabled() and "comes before the step above" in group.error_label.text()
    days.setValue(21)
    dialog.accept()
    saved = saved_sequences(db)
    assert saved is not None and [s.name for s in saved] == ["New lead", "Quote sent"]
    assert saved[1].steps[-1] == SequenceStep(21, "Send a thank-you card")


def test_a_sequence_can_be_added_renamed_and_deleted(qtbot: QtBot, db: Database) -> None:
    save_sequences(db, [QUOTE_SENT])
    dialog = PreferencesDialog(database=db)
    qtbot.addWidget(dialog)
    group = dialog.sequences_group
    assert group is not None and names(dialog) == ["Quote sent"]
    qtbot.mouseClick(group.add_sequence_button, Qt.MouseButton.LeftButton)
    assert names(dialog) == ["Quote sent", "New sequence"] and not dialog.ok_button.isEnabled()
    group.names.item(1).setText("Workshop booked")
    group.steps.item(0, 1).setText("Send the practical details")
    assert dialog.ok_button.isEnabled()
    group.names.setCurrentRow(0)
    qtbot.mouseClick(group.delete_sequence_button, Qt.MouseButton.LeftButton)
    dialog.accept()
    assert saved_sequences(db) == (
        FollowUpSequence("Workshop booked", (SequenceStep(0, "Send the practical details"),)),)


def test_start_sequence_from_a_card_s_menu_sets_the_first_step_and_undo_puts_the_old_follow_up_back(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    bruno = lead(db)
    set_follow_up(db, bruno, TODAY + timedelta(days=9), None, "Taste the new rye")
    window.refresh()
    select_card(qtbot, window, bruno)
    menu = right_click_card(window, bruno)
    sequences = submenu(menu, "Start Sequence")
    sequences.aboutToShow.emit()
    assert [a.text() for a in sequences.actions() if a.text()] == ["New lead", "Quote sent"]
    next(a for a in sequences.actions() if a.text() == "Quote sent").trigger()
    menu.close()
    assert follow_up_of(db, bruno) == PlannedFollowUp(TODAY + timedelta(days=2), None,
                                                      "Check the quote arrived and answer questions")
    card = window.board_model.card(bruno)
    assert card is not None and card.next_follow_up == TODAY + timedelta(days=2)
    assert "follows \u201cQuote sent\u201d" in window.statusBar().currentMessage()

    sequences.aboutToShow.emit()  # now it offers to stop
    assert any(a.text() == "&Stop \u201cQuote sent\u201d" for a in sequences.actions())
    window.undo_stack.undo()
    assert sequence_of(db, bruno) is None
    assert follow_up_of(db, bruno) == PlannedFollowUp(TODAY + timedelta(days=9), None, "Taste the new rye")
    window.undo_stack.redo()
    assert sequence_of(db, bruno) is not None


def test_log_interaction_marks_the_step_done_and_proposes_the_next(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    bruno = lead(db)
    window.refresh()
    window.contact_actions.start_sequence(bruno, QUOTE_SENT)
    window.contact_actions.log_interaction(bruno)
    dialog = pending(qtbot, window, "LogInteractionDialog")
    assert dialog.sequence_label is not None and "Check the quote arrived" in dialog.sequence_label.text()
    assert dialog.follow_up_check.isChecked()
    assert dialog.follow_up_edit.day() == TODAY + timedelta(days=5)  # 7 − 2 days after today
    assert dialog.follow_up_note_edit.text() == "Ask whether it suits them"
    qtbot.keyClicks(dialog.summary_edit, "Quote received, will answer Friday")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    progress = sequence_of(db, bruno)
    assert progress is not None and progress.step == 1
    assert follow_up_of(db, bruno) == PlannedFollowUp(TODAY + timedelta(days=5), None, "Ask whether it suits them")

    window.contact_actions.log_interaction(bruno)
    dialog = pending(qtbot, window, "LogInteractionDialog")
    assert dialog.sequence_label is not None and "last step" in dialog.sequence_label.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert sequence_of(db, bruno) is None


def test_the_contact_menu_has_the_sequence_entry(window: MainWindow) -> None:
    entry = window.contact_menu_actions["sequence"]
    assert isinstance(entry.menu(), QMenu) and entry.text() == "&Start Sequence"
