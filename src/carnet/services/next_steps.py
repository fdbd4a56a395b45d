"""Next steps (issue 17, items 2 and 4): an interaction logged with the whole next follow-up (day, time and
note), and the follow-ups of several contacts planned at once (the one-click "in a week" offer, and its
undo). One transaction each, like every write.

`carnet.services.follow_ups` writes one contact's follow-up; these are the writes that need more in the same
transaction than it does.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from carnet.domain.enums import InteractionKind
from carnet.domain.errors import InvalidInput
from carnet.domain.follow_ups import PlannedFollowUp
from carnet.domain.models import Interaction
from carnet.domain.types import utc_now
from carnet.services.activity import NAIVE_TIME
from carnet.services.changes import Change, ChangeKind
from carnet.services.follow_ups import planned_of, write_planned
from carnet.services.lookups import get_contact
from carnet.services.sequences import advance_in_session
from carnet.storage import Database

__all__ = ["FollowUpsChange", "log_with_follow_up", "plan_follow_ups"]

Plans = tuple[tuple[int, PlannedFollowUp], ...]  # (contact id, follow-up), by contact id


@dataclass(frozen=True)
class FollowUpsChange(Change):
    """The follow-ups of ``contact_ids`` written: each one ``before`` and ``after`` the write, so that the
    caller's undo is ``plan_follow_ups(db, dict(change.before))`` and its redo the same with ``after``."""

    before: Plans = ()
    after: Plans = ()


def plan_follow_ups(db: Database, plans: Mapping[int, PlannedFollowUp]) -> FollowUpsChange:
    """Give each contact of ``plans`` that follow-up (one without a day takes it away, its time and note
    with it), in one transaction."""
    before: dict[int, PlannedFollowUp] = {}
    after: dict[int, PlannedFollowUp] = {}
    with db.transaction() as session:
        for contact_id, planned in sorted(plans.items()):
            contact = get_contact(session, contact_id)
            before[contact_id] = planned_of(contact)
            after[contact_id] = write_planned(contact, planned)
    return FollowUpsChange(frozenset(plans), frozenset({ChangeKind.CONTACT}), before=tuple(before.items()),
                           after=tuple(after.items()))


def log_with_follow_up(
    db: Database, contact_id: int, kind: InteractionKind, summary: str = "", *, at: datetime | None = None,
    follow_up: PlannedFollowUp | None = None,
) -> Interaction:
    """`carnet.services.activity.log_interaction`, the next follow-up written whole: its day (kept on the
    interaction too, as there), its time of day and its note replace the contact's follow-up. ``follow_up``
    None (or without a day) leaves the contact's follow-up as it is. A contact following a sequence moves to
    its next step (`carnet.services.sequences`)."""
    if at is not None and at.utcoffset() is None:
        raise InvalidInput(NAIVE_TIME, field="at")
    day: date | None = None if follow_up is None else follow_up.day
    with db.transaction() as session:
        contact = get_contact(session, contact_id)
        interaction = Interaction(contact_id=contact_id, kind=kind, at=at or utc_now(), summary=summary.strip(),
                                  follow_up=day)
        session.add(interaction)
        if follow_up is not None and day is not None:
            write_planned(contact, follow_up)
        # A contact in a follow-up sequence: this interaction is its current step, done (the dialog proposed the
        # next step as the follow-up).
        advance_in_session(session, contact_id)
        contact.updated_at = utc_now()
        session.flush()
        return interaction

