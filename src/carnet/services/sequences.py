"""Follow-up sequences (issue 17, item 5): the book's sequences (a ``book_setting``: they travel with the
file), a contact starting or leaving one, and the step a contact is at. One transaction per write.

The step's advance when an interaction is logged happens inside that interaction's own transaction
(`carnet.services.next_steps.log_with_follow_up` calls `advance_in_session`): the interaction, the next
follow-up and the step move together or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from carnet.domain.errors import RuleViolation
from carnet.domain.follow_ups import PlannedFollowUp
from carnet.domain.models import ContactSequence
from carnet.domain.sequences import (
    FollowUpSequence,
    SequenceProgress,
    checked,
    first_follow_up,
    sequences_from_json,
    sequences_to_json,
    steps_from_json,
    steps_to_json,
)
from carnet.domain.types import utc_now
from carnet.services.book import book_setting, set_book_setting
from carnet.services.changes import ChangeKind
from carnet.services.follow_ups import FollowUpChange, planned_of, write_planned
from carnet.services.lookups import get_contact
from carnet.storage import Database

SEQUENCES = "follow_up_sequences"
ARCHIVED = "An archived contact follows no sequence. Restore it first."


@dataclass(frozen=True)
class SequenceChange(FollowUpChange):
    """A contact started or left a sequence: its follow-up before and after (`FollowUpChange`), and the
    sequence it followed before, so that the undo is ``restore_sequence(db, id, change.progress_before,
    change.before)``."""

    progress_before: SequenceProgress | None = None


def saved_sequences(db: Database) -> tuple[FollowUpSequence, ...] | None:
    """The book's sequences; None if the user never saved any (the window then offers the two it provides,
    in the user's language)."""
    value = book_setting(db, SEQUENCES)
    return None if value is None else sequences_from_json(value)


def save_sequences(db: Database, sequences: list[FollowUpSequence] | tuple[FollowUpSequence, ...]) -> None:
    """Keep ``sequences`` (checked: ``InvalidInput`` names the first fault) as the book's. Contacts already in
    a sequence keep the copy they started with."""
    set_book_setting(db, SEQUENCES, sequences_to_json(checked(sequences)))


def sequence_of(db: Database, contact_id: int) -> SequenceProgress | None:
    with db.reading() as session:
        return _progress(_row(session, contact_id))


def start_sequence(db: Database, contact_id: int, sequence: FollowUpSequence, start: date) -> SequenceChange:
    """The contact follows ``sequence`` from ``start``: its first step becomes the contact's follow-up (the
    one before is replaced, as choosing any new follow-up does); a sequence it was in is left."""
    sequence = checked([sequence])[0]
    planned = first_follow_up(sequence, start)
    with db.transaction() as session:
        contact = get_contact(session, contact_id)
        if contact.is_archived:
            raise RuleViolation(ARCHIVED)
        row = _row(session, contact_id)
        before_progress = _progress(row)
        if row is not None:
            session.delete(row)
            session.flush()
        session.add(ContactSequence(contact_id=contact_id, name=sequence.name, steps=steps_to_json(sequence.steps),
                                    step=0, started_on=start))
        before = _write_follow_up(session, contact_id, planned)
    return _change(contact_id, before, planned, before_progress)


def stop_sequence(db: Database, contact_id: int) -> SequenceChange:
    """The contact leaves its sequence; its follow-up stays as it is (the user may still want that call)."""
    with db.transaction() as session:
        contact = get_contact(session, contact_id)
        row = _row(session, contact_id)
        before_progress = _progress(row)
        if row is not None:
            session.delete(row)
        contact.updated_at = utc_now()
        kept = planned_of(contact)
    return _change(contact_id, kept, kept, before_progress)


def restore_sequence(
    db: Database, contact_id: int, progress: SequenceProgress | None, follow_up: PlannedFollowUp
) -> SequenceChange:
    """Put back a sequence step and a follow-up as they were (the undo of a start or a stop)."""
    with db.transaction() as session:
        get_contact(session, contact_id)
        row = _row(session, contact_id)
        before_progress = _progress(row)
        if row is not None:
            session.delete(row)
            session.flush()
        if progress is not None:
            session.add(ContactSequence(
                contact_id=contact_id, name=progress.sequence.name, steps=steps_to_json(progress.sequence.steps),
                step=progress.step, started_on=progress.started_on,
            ))
        before = _write_follow_up(session, contact_id, follow_up)
    return _change(contact_id, before, follow_up, before_progress)


def advance_in_session(session: Session, contact_id: int) -> SequenceProgress | None:
    """The contact's current step is done: it moves to the next, or leaves the sequence after the last.
    Returns the progress as it was before (None: the contact follows no sequence)."""
    row = _row(session, contact_id)
    progress = _progress(row)
    if row is None or progress is None:
        return None
    if progress.following is None:
        session.delete(row)
    else:
        row.step = progress.step + 1
    return progress


def _row(session: Session, contact_id: int) -> ContactSequence | None:
    return session.exec(select(ContactSequence).where(ContactSequence.contact_id == contact_id)).first()


def _progress(row: ContactSequence | None) -> SequenceProgress | None:
    if row is None:
        return None
    steps = steps_from_json(row.steps)
    if not steps:
        return None
    step = min(max(row.step, 0), len(steps) - 1)
    return SequenceProgress(FollowUpSequence(row.name, steps), step, row.started_on)


def _write_follow_up(session: Session, contact_id: int, planned: PlannedFollowUp) -> PlannedFollowUp:
    contact = get_contact(session, contact_id)
    before = planned_of(contact)
    write_planned(contact, planned)
    return before


def _change(contact_id: int, before: PlannedFollowUp, after: PlannedFollowUp,
            progress_before: SequenceProgress | None) -> SequenceChange:
    return SequenceChange(frozenset({contact_id}), frozenset({ChangeKind.CONTACT}), before=before, after=after,
                          progress_before=progress_before)
