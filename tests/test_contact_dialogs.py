"""The contact editor, log interaction and qualify dialogs, driven through their real widgets."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from carnet.domain.enums import Answer, ContactKind, InteractionKind, Source, Stage, Temperature
from carnet.services.drafts import ContactDraft
from carnet.ui.dialogs.contact_editor import ContactEditorDialog
from carnet.ui.dialogs.date_field import DateField
from carnet.ui.dialogs.log_interaction import InteractionEntry, LogInteractionDialog
from carnet.ui.dialogs.qualify import Qualification, QualifyDialog, qualification_score
from dialog_checks import assert_error, assert_fine

REFERRERS = [(1, "Paul Martin"), (2, "Zoé Lefèvre"), (3, "Jeanne Dupont")]
NOW = datetime(2026, 3, 10, 14, 30, tzinfo=UTC)
# The referrer's completion list is a popup, which the offscreen platform can neither raise nor give the keyboard.
POPUP = pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")


def shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def clear_and_type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget, text)


def step_years(qtbot: QtBot, field: DateField, years: int) -> None:
    """Type the day ``years`` away from the one shown, with the keyboard, as a user would."""
    shown = field.day()
    assert shown is not None
    clear_and_type(qtbot, field, shown.replace(year=shown.year + years).isoformat())


# --- Contact editor ---------------------------------------------------------------------------


@pytest.fixture
def editor(qtbot: QtBot) -> ContactEditorDialog:
    return shown(qtbot, ContactEditorDialog(referrer_choices=REFERRERS))


def test_new_contact_form(editor):
    assert editor.windowTitle() == "New contact"
    assert editor.ok_button.text() == "Add"
    assert editor.width() >= 460
    assert [editor.tabs.tabText(i) for i in range(2)] == ["Detai&ls", "&Qualification && notes"]
    assert not editor.ok_button.isEnabled()  # no name yet, but no scolding either
    assert_fine(editor.name_error)
    stages = [editor.stage_combo.itemData(i) for i in range(editor.stage_combo.count())]
    assert stages == ["stranger", "visitor", "lead", "prospect"]  # client and ambassador need a payment
    assert editor.stage_combo.isVisible()
    assert editor.source_combo.currentText() == "—"
    assert editor.name_edit.accessibleName() == "Name"


@POPUP
def test_a_good_new_contact(qtbot, editor):
    qtbot.mouseClick(editor.organisation_radio, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.name_edit, "  Atelier Oeuvre ")
    qtbot.keyClicks(editor.organisation_edit, "Atelier Oeuvre SARL")
    qtbot.keyClicks(editor.role_edit, "Studio")
    qtbot.keyClicks(editor.email_edit, "hello@atelier.fr")
    qtbot.keyClicks(editor.phone_edit, "+33 4 72 00 00 00")
    qtbot.keyClicks(editor.website_edit, "atelier.fr")
    qtbot.keyClicks(editor.address_edit, "3 rue Neuve")
    qtbot.keyClick(editor.address_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.address_edit, "Lyon")
    qtbot.keyClicks(editor.tags_edit, "design, Lyon, design,")
    editor.source_combo.setCurrentIndex(editor.source_combo.findData("referral"))
    qtbot.keyClicks(editor.referrer_combo.lineEdit(), "paul martin")  # any case
    editor.stage_combo.setCurrentIndex(editor.stage_combo.findData("lead"))
    editor.temperature_combo.setCurrentIndex(editor.temperature_combo.findData("warm"))
    qtbot.mouseClick(editor.follow_up_check, Qt.MouseButton.LeftButton)
    step_years(qtbot, editor.follow_up_edit, 1)
    editor.tabs.setCurrentIndex(1)
    qtbot.mouseClick(editor.budget.buttons[Answer.YES], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.timing.buttons[Answer.NO], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.qualification_note_edit, "Budget voted")
    qtbot.keyClicks(editor.notes_edit, "Met at the fair")
    assert editor.ok_button.isEnabled()
    assert editor.value() == ContactDraft(
        display_name="Atelier Oeuvre", kind=ContactKind.ORGANISATION, organisation="Atelier Oeuvre SARL",
        role="Studio", email="hello@atelier.fr", phone="+33 4 72 00 00 00", website="atelier.fr",
        address="3 rue Neuve\nLyon", notes="Met at the fair", tags="design, Lyon", source=Source.REFERRAL,
        referred_by_id=1, stage=Stage.LEAD, temperature=Temperature.WARM, budget=Answer.YES,
        timing=Answer.NO, qualification_note="Budget voted",
        next_follow_up=QDate.currentDate().addYears(1).toPython(),
    )
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert editor.result() == QDialog.DialogCode.Accepted
    assert editor.chosen_action is None


def test_a_name_is_required(qtbot, editor):
    qtbot.keyClicks(editor.name_edit, "Zo")
    assert_fine(editor.name_error)
    clear_and_type(qtbot, editor.name_edit, "   ")
    assert_error(editor.name_error, "A contact needs a name.")
    assert not editor.ok_button.isEnabled()


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("email", "zoe@atelier", '"zoe@atelier" is not an email address'),
        ("phone", "call me", '"call me" is not a phone number'),
    ],
)
def test_bad_email_and_phone_are_refused_as_you_type(qtbot, editor, field, typed, message):
    qtbot.keyClicks(editor.name_edit, "Zoe")
    assert editor.ok_button.isEnabled()
    qtbot.keyClicks(getattr(editor, f"{field}_edit"), typed)
    assert_error(getattr(editor, f"{field}_error"), message)
    assert not editor.ok_button.isEnabled()
    clear_and_type(qtbot, getattr(editor, f"{field}_edit"), "")
    assert_fine(getattr(editor, f"{field}_error"))
    assert editor.ok_button.isEnabled()


@POPUP
def test_an_unknown_referrer_is_refused(qtbot, editor):
    qtbot.keyClicks(editor.name_edit, "Zoe")
    qtbot.keyClicks(editor.referrer_combo.lineEdit(), "Someone Else")
    assert_error(editor.referrer_error, "Choose someone from your contacts")
    assert not editor.ok_button.isEnabled()
    clear_and_type(qtbot, editor.referrer_combo.lineEdit(), "")
    assert_fine(editor.referrer_error)
    assert editor.value().referred_by_id is None


@POPUP
def test_the_referrer_completer_finds_part_of_a_name(qtbot, editor):
    completer = editor.referrer_combo.completer()
    assert completer.filterMode() == Qt.MatchFlag.MatchContains
    assert completer.caseSensitivity() == Qt.CaseSensitivity.CaseInsensitive
    qtbot.keyClicks(editor.referrer_combo.lineEdit(), "DUP")
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Jeanne Dupont"
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.referrer_combo.currentText() == "Jeanne Dupont"
    qtbot.keyClicks(editor.name_edit, "Zoe")
    assert editor.value().referred_by_id == 3


def test_a_follow_up_cannot_be_in_the_past(qtbot, editor):
    qtbot.keyClicks(editor.name_edit, "Zoe")
    assert not editor.follow_up_edit.isEnabled()
    qtbot.mouseClick(editor.follow_up_check, Qt.MouseButton.LeftButton)
    assert editor.follow_up_edit.isEnabled()
    step_years(qtbot, editor.follow_up_edit, -1)
    assert_error(editor.follow_up_error, "This follow-up date is in the past.")
    assert not editor.ok_button.isEnabled()
    qtbot.mouseClick(editor.follow_up_check, Qt.MouseButton.LeftButton)  # no follow-up after all
    assert_fine(editor.follow_up_error)
    assert editor.value().next_follow_up is None


def test_accepting_from_the_second_tab_shows_the_missing_name(qtbot, editor):
    editor.tabs.setCurrentIndex(1)
    editor.accept()
    assert editor.tabs.currentIndex() == 0
    assert_error(editor.name_error, "A contact needs a name.")
    assert editor.isVisible()


EXISTING = ContactDraft(
    display_name="Zoé Lefèvre", kind=ContactKind.PERSON, organisation="Atelier Œuvre", role="Founder",
    email="zoe@atelier-oeuvre.fr", phone="+33 6 12 34 56 78", website="atelier-oeuvre.fr",
    address="12 rue des Arts\n69001 Lyon", notes="Prefers mornings.\nTwo kids.", tags="design, Lyon",
    source=Source.EVENT, referred_by_id=1, stage=Stage.CLIENT, temperature=Temperature.HOT,
    budget=Answer.YES, authority=Answer.NO, need=Answer.YES, timing=Answer.UNKNOWN,
    qualification_note="Decides with her partner", next_follow_up=date(2020, 5, 4),  # overdue, kept as is
)


def test_editing_prefills_every_field_and_changes_nothing(qtbot):
    dialog = shown(qtbot, ContactEditorDialog(draft=EXISTING, referrer_choices=REFERRERS, contact_id=2))
    assert dialog.windowTitle() == "Edit — Zoé Lefèvre"
    assert dialog.ok_button.text() == "Save"
    assert dialog.person_radio.isChecked()
    assert dialog.name_edit.text() == "Zoé Lefèvre"
    assert dialog.organisation_edit.text() == "Atelier Œuvre"
    assert dialog.role_edit.text() == "Founder"
    assert dialog.email_edit.text() == "zoe@atelier-oeuvre.fr"
    assert dialog.phone_edit.text() == "+33 6 12 34 56 78"
    assert dialog.website_edit.text() == "atelier-oeuvre.fr"
    assert dialog.address_edit.toPlainText() == "12 rue des Arts\n69001 Lyon"
    assert dialog.notes_edit.toPlainText() == "Prefers mornings.\nTwo kids."
    assert dialog.tags_edit.text() == "design, Lyon"
    assert dialog.source_combo.currentText() == "Trade show / event"
    assert dialog.referrer_combo.currentText() == "Paul Martin"
    assert dialog.temperature_combo.currentText() == "Hot"
    assert [row.value() for row in (dialog.budget, dialog.authority, dialog.need, dialog.timing)] == [
        Answer.YES, Answer.NO, Answer.YES, Answer.UNKNOWN,
    ]
    assert dialog.qualification_note_edit.toPlainText() == "Decides with her partner"
    assert dialog.follow_up_check.isChecked()
    assert dialog.follow_up_edit.day() == date(2020, 5, 4)
    assert not dialog.stage_combo.isVisible()  # a stage change is a move on the board
    names = [dialog.referrer_combo.itemText(i) for i in range(dialog.referrer_combo.count())]
    assert names == ["Jeanne Dupont", "Paul Martin"]  # sorted, and not herself
    assert dialog.ok_button.isEnabled()
    assert dialog.value() == EXISTING


def test_editing_keeps_a_referrer_that_is_not_offered(qtbot):
    draft = replace(EXISTING, referred_by_id=99)
    dialog = shown(qtbot, ContactEditorDialog(draft=draft, referrer_choices=REFERRERS, contact_id=2))
    assert dialog.value().referred_by_id == 99


def test_editing_a_name_updates_the_value(qtbot):
    dialog = shown(qtbot, ContactEditorDialog(draft=EXISTING, referrer_choices=REFERRERS, contact_id=2))
    dialog.name_edit.setText("Zoé Lefèvre-Martin")
    assert dialog.value() == replace(EXISTING, display_name="Zoé Lefèvre-Martin")


class FakeDuplicates:
    def __init__(self) -> None:
        self.calls: list[ContactDraft] = []

    def __call__(self, draft: ContactDraft) -> list[SimpleNamespace]:
        self.calls.append(draft)
        if draft.email != "zoe@atelier-oeuvre.fr":
            return []
        return [SimpleNamespace(contact_id=7, display_name="Zoé Lefèvre", organisation="Atelier Œuvre",
                                reasons=("email",))]


@pytest.fixture
def duplicates() -> FakeDuplicates:
    return FakeDuplicates()


@pytest.fixture
def checked_editor(qtbot: QtBot, duplicates: FakeDuplicates) -> ContactEditorDialog:
    return shown(qtbot, ContactEditorDialog(referrer_choices=REFERRERS, find_duplicates=duplicates))


def test_a_duplicate_is_announced_after_a_pause(qtbot, checked_editor, duplicates):
    qtbot.keyClicks(checked_editor.name_edit, "Zoe")
    qtbot.keyClicks(checked_editor.email_edit, "zoe@atelier-oeuvre.fr")
    assert not checked_editor.duplicate_box.isVisible()  # nothing asked while typing
    qtbot.waitUntil(checked_editor.duplicate_box.isVisible, timeout=2000)
    assert len(duplicates.calls) == 1  # one search after the pause, not one per key
    assert duplicates.calls[0].email == "zoe@atelier-oeuvre.fr"
    assert duplicates.calls[0].display_name == "Zoe"
    assert checked_editor.duplicate_label.text() == (
        "Looks like an existing contact: Zoé Lefèvre (Atelier Œuvre) — same email."
    )
    assert checked_editor.ok_button.isEnabled()  # a genuinely new contact can still be saved
    clear_and_type(qtbot, checked_editor.email_edit, "zoe@elsewhere.fr")
    qtbot.waitUntil(lambda: not checked_editor.duplicate_box.isVisible(), timeout=2000)


def test_saving_despite_the_warning(qtbot, checked_editor):
    qtbot.keyClicks(checked_editor.name_edit, "Zoe")
    qtbot.keyClicks(checked_editor.email_edit, "zoe@atelier-oeuvre.fr")
    qtbot.waitUntil(checked_editor.duplicate_box.isVisible, timeout=2000)
    qtbot.mouseClick(checked_editor.ok_button, Qt.MouseButton.LeftButton)
    assert checked_editor.result() == QDialog.DialogCode.Accepted
    assert checked_editor.chosen_action is None
    assert checked_editor.value().email == "zoe@atelier-oeuvre.fr"


@pytest.mark.parametrize(("button", "action"), [("open_button", "open"), ("merge_button", "merge")])
def test_open_or_merge_the_existing_contact(qtbot, checked_editor, button, action):
    qtbot.keyClicks(checked_editor.name_edit, "Zoe")
    qtbot.keyClicks(checked_editor.email_edit, "zoe@atelier-oeuvre.fr")
    qtbot.waitUntil(checked_editor.duplicate_box.isVisible, timeout=2000)
    qtbot.mouseClick(getattr(checked_editor, button), Qt.MouseButton.LeftButton)
    assert checked_editor.chosen_action == (action, 7)
    assert checked_editor.result() == QDialog.DialogCode.Accepted
    assert not checked_editor.isVisible()


def test_an_edited_contact_does_not_match_itself(qtbot, duplicates):
    dialog = ContactEditorDialog(draft=EXISTING, find_duplicates=duplicates, contact_id=7)
    shown(qtbot, dialog)
    dialog.phone_edit.setText("+33 6 12 34 56 79")
    qtbot.waitUntil(lambda: len(duplicates.calls) == 1, timeout=2000)
    assert not dialog.duplicate_box.isVisible()


# --- Log interaction --------------------------------------------------------------------------


@pytest.fixture
def log(qtbot: QtBot) -> LogInteractionDialog:
    return shown(qtbot, LogInteractionDialog("Zoé Lefèvre", now=NOW))


def test_a_good_interaction(qtbot, log):
    assert log.windowTitle() == "Log interaction — Zoé Lefèvre"
    assert log.kind_combo.currentText() == "Call"
    assert log.ok_button.isEnabled()
    log.kind_combo.setCurrentIndex(log.kind_combo.findData("meeting"))
    qtbot.keyClicks(log.summary_edit, "  Workshop in spring ")
    qtbot.mouseClick(log.follow_up_check, Qt.MouseButton.LeftButton)
    entry = log.value()
    assert entry == InteractionEntry(
        kind=InteractionKind.MEETING, at=NOW, summary="Workshop in spring", follow_up=date(2026, 3, 17)
    )
    assert entry.at.tzinfo is UTC


def test_an_interaction_later_today_is_fine(qtbot, log):
    later = (NOW + timedelta(hours=3)).astimezone()
    clear_and_type(qtbot, log.when_edit.time_field, later.strftime("%H:%M"))
    assert_fine(log.when_error)
    assert log.value().at == NOW + timedelta(hours=3)


def test_an_interaction_too_far_in_the_future(qtbot, log):
    step_years(qtbot, log.when_edit.date_field, 1)
    assert_error(log.when_error, "more than a day in the future")
    assert not log.ok_button.isEnabled()


def test_an_interaction_follow_up_in_the_past(qtbot, log):
    qtbot.mouseClick(log.follow_up_check, Qt.MouseButton.LeftButton)
    step_years(qtbot, log.follow_up_edit, -1)
    assert_error(log.follow_up_error, "This follow-up date is in the past.")
    assert not log.ok_button.isEnabled()


def test_log_defaults_to_the_current_time(qtbot):
    dialog = shown(qtbot, LogInteractionDialog("Zoé"))
    assert abs(dialog.value().at - datetime.now(UTC)) < timedelta(minutes=2)
    assert dialog.value().follow_up is None


# --- Qualify ----------------------------------------------------------------------------------


def test_qualify_score_updates_live(qtbot):
    dialog = shown(qtbot, QualifyDialog("Zoé Lefèvre"))
    assert dialog.windowTitle() == "Qualify — Zoé Lefèvre"
    assert dialog.score_label.text() == "Score: 0/4"
    qtbot.mouseClick(dialog.budget.buttons[Answer.YES], Qt.MouseButton.LeftButton)
    assert dialog.score_label.text() == "Score: 1/4"
    for row in (dialog.authority, dialog.need):
        qtbot.mouseClick(row.buttons[Answer.YES], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.timing.buttons[Answer.NO], Qt.MouseButton.LeftButton)
    assert dialog.score_label.text() == "Score: 3/4"
    qtbot.keyClicks(dialog.note_edit, "Decides alone")
    value = dialog.value()
    assert value == Qualification(Answer.YES, Answer.YES, Answer.YES, Answer.NO, "Decides alone")
    assert value.score == 3


def test_qualify_explains_each_question(qtbot):
    dialog = shown(qtbot, QualifyDialog("Zoé"))
    texts = {label.text() for label in dialog.findChildren(type(dialog.score_label))}
    assert {
        "&Budget: can they pay for it?", "&Authority: do they decide?",
        "N&eed: do they need what you sell?", "&Timing: do they want it soon?",
    } <= texts
    assert dialog.budget.accessibleName() == "Budget: can they pay for it?"


def test_qualify_prefills_the_current_answers(qtbot):
    current = Qualification(Answer.NO, Answer.YES, Answer.UNKNOWN, Answer.YES, "Later")
    dialog = shown(qtbot, QualifyDialog("Zoé", current=current))
    assert dialog.score_label.text() == "Score: 2/4"
    assert dialog.value() == current
    qtbot.mouseClick(dialog.need.buttons[Answer.YES], Qt.MouseButton.LeftButton)
    assert dialog.score_label.text() == "Score: 3/4"


def test_qualification_score():
    assert qualification_score(Answer.YES, Answer.YES, Answer.YES, Answer.YES) == 4
    assert qualification_score(Answer.UNKNOWN, Answer.NO, Answer.YES, Answer.UNKNOWN) == 1


def test_editing_keeps_the_follow_ups_time_and_note_and_unticking_takes_them_away(qtbot):
    from datetime import time

    planned = replace(EXISTING, next_follow_up=date(2030, 5, 4), follow_up_time=time(9, 30),
                      follow_up_note="Call back about the quote")
    dialog = shown(qtbot, ContactEditorDialog(draft=planned, referrer_choices=REFERRERS, contact_id=2))
    clear_and_type(qtbot, dialog.role_edit, "Director")
    assert dialog.value() == replace(planned, role="Director")
    qtbot.mouseClick(dialog.follow_up_check, Qt.MouseButton.LeftButton)  # no follow-up any more
    draft = dialog.value()
    assert (draft.next_follow_up, draft.follow_up_time, draft.follow_up_note) == (None, None, "")
