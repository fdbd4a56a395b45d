"""Setting and postponing a contact's follow-up (its day, time of day and note), one transaction each.

Each returns a `FollowUpChange`: the `Change` the window's change hub takes, which also carries the follow-up
as it was before and as it is now, so that the caller's undo step is ``set_follow_up(db, id, *change.before)``
and its redo ``set_follow_up(db, id, *change.after)``, whatever else of the contact was edited meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from carnet.domain.follow_ups import PlannedFollowUp, to_the_minute
from carnet.domain.models import Contact
from carnet.domain.types import utc_now
from carnet.services.changes import Change, ChangeKind
from carnet.services.lookups import get_contact
from carnet.storage import Database

__all__ = ["FollowUpChange", "PlannedFollowUp", "follow_up_of", "planned_of", "postpone", "set_follow_up",
           "write_planned"]

NO_FOLLOW_UP = PlannedFollowUp()  # immutable: one value serves as every default


@dataclass(frozen=True)
class FollowUpChange(Change):
    """A contact's follow-up written: the change (the contact, `ChangeKind.CONTACT`) and its follow-up
    ``before`` and ``after`` the write."""

    before: PlannedFollowUp = NO_FOLLOW_UP
    after: PlannedFollowUp = NO_FOLLOW_UP


def set_follow_up(
    db: Database, contact_id: int, day: date | None, at: time | None = None, note: str = ""
) -> FollowUpChange:
    """Follow the contact up on ``day``, at ``at`` (None: any time that day; kept to the minute), to do
    ``note``. ``day`` None takes the follow-up away, its time and note with it."""
    with db.transaction() as session:
        contact = get_contact(session, contact_id)
        before = planned_of(contact)
        planned = write_planned(contact, PlannedFollowUp(day, at, note))
    return _change(contact_id, before, planned)


def postpone(db: Database, contact_id: int, to: date) -> FollowUpChange:
    """Move the contact's follow-up to another day, keeping its time and note (a contact without a follow-up
    gets one on that day)."""
    with db.transaction() as session:
        contact = get_contact(session, contact_id)
        before = planned_of(contact)
        contact.next_follow_up = to
        contact.updated_at = utc_now()
        after = planned_of(contact)
    return _change(contact_id, before, after)


def follow_up_of(db: Database, contact_id: int) -> PlannedFollowUp:
    """The contact's follow-up as stored (for a dialog's first values)."""
    with db.reading() as session:
        return planned_of(get_contact(session, contact_id))


def planned_of(contact: Contact) -> PlannedFollowUp:
    """The contact's follow-up as stored (every writer of follow-ups reads its "before" with this)."""
    if contact.next_follow_up is None:  # a time or a note left without a day means nothing
        return NO_FOLLOW_UP
    return PlannedFollowUp(contact.next_follow_up, contact.follow_up_time, contact.follow_up_note)


def write_planned(contact: Contact, planned: PlannedFollowUp) -> PlannedFollowUp:
    """Give the contact ``planned`` inside the caller's transaction: the time kept to the minute, the note
    trimmed, none of them without a day. Returns the follow-up as written."""
    if planned.day is None:
        written = NO_FOLLOW_UP
    else:
        at = planned.at
        written = PlannedFollowUp(planned.day, None if at is None else to_the_minute(at), planned.note.strip())
    contact.next_follow_up, contact.follow_up_time, contact.follow_up_note = written.day, written.at, written.note
    contact.updated_at = utc_now()
    return written


def _change(contact_id: int, before: PlannedFollowUp, after: PlannedFollowUp) -> FollowUpChange:
    return FollowUpChange(frozenset({contact_id}), frozenset({ChangeKind.CONTACT}), before=before, after=after)
