"""Follow-up sequences (issue 17, item 5), without Qt: the checks on a sequence as the user writes it, the day
each step falls on, the book keeping its sequences, a contact starting one, logging interactions through its
steps, leaving it, and undoing a start."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from carnet.domain.enums import InteractionKind, Stage
from carnet.domain.errors import InvalidInput, RuleViolation
from carnet.domain.follow_ups import PlannedFollowUp
from carnet.domain.models import ArchiveReason
from carnet.domain.sequences import (
    FollowUpSequence,
    SequenceProgress,
    SequenceStep,
    checked,
    first_follow_up,
    next_follow_up,
    sequences_from_json,
    sequences_to_json,
)
from carnet.services import ContactDraft, archive_contacts, create_contact
from carnet.services.corrections import erase_contacts
from carnet.services.follow_ups import follow_up_of, set_follow_up
from carnet.services.next_steps import log_with_follow_up
from carnet.services.sequences import (
    restore_sequence,
    save_sequences,
    saved_sequences,
    sequence_of,
    start_sequence,
    stop_sequence,
)
from carnet.services.snapshots import restore
from carnet.storage import Database

NEW_LEAD = FollowUpSequence("New lead", (
    SequenceStep(0, "Call to introduce yourself"),
    SequenceStep(2, "Send the brochure"),
    SequenceStep(7, "Follow up on the brochure"),
))
TUESDAY = date(2026, 12, 1)


def step(days: int, what: str) -> SequenceStep:
    return SequenceStep(days, what)


# --- the domain --------------------------------------------------------------------------------------------------


def test_a_sequence_is_trimmed_and_its_faults_are_named() -> None:
    assert checked([FollowUpSequence("  New lead ", (step(0, "  Call \n back "),))]) == (
        FollowUpSequence("New lead", (step(0, "Call back"),)),)
    faults = {
        "Give the sequence a name.": FollowUpSequence("  ", (step(0, "Call"),)),
        'The sequence "Quote" has no step. Add at least one.': FollowUpSequence("Quote", ()),
        'Step 2 of "Quote" says nothing to do. Say what to do then.': FollowUpSequence(
            "Quote", (step(0, "Send"), step(3, "  "))),
        'Step 1 of "Quote" must come 0 to 365 days after the start.': FollowUpSequence("Quote", (step(-1, "Send"),)),
        'Step 2 of "Quote" comes before the step above it. Put the steps in the order of their days.':
            FollowUpSequence("Quote", (step(5, "Send"), step(2, "Call"))),
    }
    for message, sequence in faults.items():
        with pytest.raises(InvalidInput) as refused:
            checked([sequence])
        assert refused.value.message == message and refused.value.field == "sequences"
    with pytest.raises(InvalidInput, match="Two sequences are called"):
        checked([NEW_LEAD, FollowUpSequence("new LEAD", (step(0, "Call"),))])


def test_each_step_keeps_its_distance_from_the_step_done() -> None:
    assert first_follow_up(NEW_LEAD, TUESDAY) == PlannedFollowUp(TUESDAY, None, "Call to introduce yourself")
    # The call was made three days late: the brochure goes two days after the call, not at the start's +2.
    done_late = SequenceProgress(NEW_LEAD, 0, TUESDAY)
    assert next_follow_up(done_late, date(2026, 12, 4)) == PlannedFollowUp(date(2026, 12, 6), None,
                                                                            "Send the brochure")
    assert next_follow_up(SequenceProgress(NEW_LEAD, 1, TUESDAY), date(2026, 12, 3)) == PlannedFollowUp(
        date(2026, 12, 8), None, "Follow up on the brochure")
    assert next_follow_up(SequenceProgress(NEW_LEAD, 2, TUESDAY), date(2026, 12, 8)) is None


def test_sequences_survive_their_json_and_a_hand_edited_value_is_read_safely() -> None:
    french = FollowUpSequence("Après un devis", (step(2, "Vérifier que le devis est bien arrivé"),))
    assert sequences_from_json(sequences_to_json((NEW_LEAD, french))) == (NEW_LEAD, french)
    for broken in ("", "{", "42", '[{"name": 3}]', '[{"name": "x", "steps": [{"days": "2", "what": "a"}]}]'):
        assert sequences_from_json(broken) == ()


# --- the services ------------------------------------------------------------------------------------------------


@pytest.fixture
def lead(db: Database) -> int:
    contact = create_contact(db, ContactDraft("Bruno Martin", organisation="Boulangerie Martin", stage=Stage.LEAD,
                                              next_follow_up=date(2026, 11, 28)))
    assert contact.id is not None
    return contact.id


def test_the_book_keeps_its_sequences_and_none_until_saved(db: Database) -> None:
    assert saved_sequences(db) is None  # the window offers the two Carnet provides
    save_sequences(db, [NEW_LEAD])
    assert saved_sequences(db) == (NEW_LEAD,)
    save_sequences(db, [])
    assert saved_sequences(db) == ()  # every sequence deleted stays deleted
    with pytest.raises(InvalidInput):
        save_sequences(db, [FollowUpSequence("", (step(0, "Call"),))])
    assert saved_sequences(db) == ()


def test_starting_a_sequence_sets_its_first_step_and_logging_walks_the_steps(db: Database, lead: int) -> None:
    change = start_sequence(db, lead, NEW_LEAD, TUESDAY)
    assert change.before == PlannedFollowUp(date(2026, 11, 28), None, "") and change.progress_before is None
    assert follow_up_of(db, lead) == PlannedFollowUp(TUESDAY, None, "Call to introduce yourself")
    progress = sequence_of(db, lead)
    assert progress is not None and progress.step == 0 and progress.sequence == NEW_LEAD

    at = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
    brochure = PlannedFollowUp(date(2026, 12, 3), time(9, 0), "Send the brochure")
    log_with_follow_up(db, lead, InteractionKind.CALL, "Interested in sourdough classes", at=at, follow_up=brochure)
    progress = sequence_of(db, lead)
    assert progress is not None and progress.step == 1 and follow_up_of(db, lead) == brochure

    log_with_follow_up(db, lead, InteractionKind.EMAIL, "Brochure sent", at=at,
                       follow_up=PlannedFollowUp(date(2026, 12, 8), None, "Follow up on the brochure"))
    log_with_follow_up(db, lead, InteractionKind.CALL, "Booked a class", at=at, follow_up=None)
    assert sequence_of(db, lead) is None  # the last step done: the contact left the sequence
    assert follow_up_of(db, lead) == PlannedFollowUp(date(2026, 12, 8), None, "Follow up on the brochure")


def test_editing_the_book_s_sequence_leaves_a_contact_s_copy_alone(db: Database, lead: int) -> None:
    save_sequences(db, [NEW_LEAD])
    start_sequence(db, lead, NEW_LEAD, TUESDAY)
    save_sequences(db, [FollowUpSequence("New lead", (step(0, "Write"),))])
    progress = sequence_of(db, lead)
    assert progress is not None and progress.sequence == NEW_LEAD


def test_stopping_keeps_the_follow_up_and_undoing_a_start_puts_everything_back(db: Database, lead: int) -> None:
    set_follow_up(db, lead, date(2026, 12, 10), time(15, 0), "Taste the new rye")
    change = start_sequence(db, lead, NEW_LEAD, TUESDAY)
    restore_sequence(db, lead, change.progress_before, change.before)
    assert sequence_of(db, lead) is None
    assert follow_up_of(db, lead) == PlannedFollowUp(date(2026, 12, 10), time(15, 0), "Taste the new rye")

    start_sequence(db, lead, NEW_LEAD, TUESDAY)
    stopped = stop_sequence(db, lead)
    assert sequence_of(db, lead) is None and stopped.progress_before is not None
    assert follow_up_of(db, lead) == PlannedFollowUp(TUESDAY, None, "Call to introduce yourself")
    restore_sequence(db, lead, stopped.progress_before, stopped.before)  # the undo of the stop
    progress = sequence_of(db, lead)
    assert progress is not None and progress.step == 0


def test_an_archived_contact_starts_no_sequence_and_an_erased_one_takes_its_row_along(
    db: Database, lead: int
) -> None:
    start_sequence(db, lead, NEW_LEAD, TUESDAY)
    archive_contacts(db, [lead], ArchiveReason.NO_BUDGET)
    with pytest.raises(RuleViolation, match="archived"):
        start_sequence(db, lead, NEW_LEAD, TUESDAY)
    snapshot = erase_contacts(db, [lead])
    with db.reading() as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM contact_sequence").scalar() == 0
    restore(db, snapshot)  # the erasure's undo: the contact comes back in its sequence, at its step
    progress = sequence_of(db, lead)
    assert progress is not None and progress.sequence == NEW_LEAD and progress.step == 0
