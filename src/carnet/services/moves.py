"""Moving cards along the lifecycle and inside a column; archiving and restoring."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session

from carnet.domain.enums import ArchiveReason, Stage
from carnet.domain.errors import RuleViolation
from carnet.domain.models import Contact, StageChange
from carnet.domain.rules import check_move
from carnet.domain.types import utc_now
from carnet.services.lookups import get_contacts, paid_contact_ids
from carnet.services.positions import positions_for_insert, top_position
from carnet.services.results import MoveResult, Placement
from carnet.storage import Database

ALREADY_ARCHIVED = "{name} is already archived."
NOT_ARCHIVED = "{name} is not archived."


def move_contacts(
    db: Database, contact_ids: Sequence[int], stage: Stage, row: int | None = None
) -> MoveResult:
    """Move the contacts, in this order, to ``stage`` at ``row`` (see `positions_for_insert`).

    A move within the same column is a reorder and records no stage change. Refused whole if any
    contact may not go there (SPEC §1): nothing is written.
    """
    with db.transaction() as session:
        return move_in_session(session, contact_ids, stage, row)


def move_in_session(
    session: Session, contact_ids: Sequence[int], stage: Stage, row: int | None, *, now: datetime | None = None
) -> MoveResult:
    """`move_contacts` inside a transaction the caller owns (a payment saved with its move)."""
    contacts = get_contacts(session, contact_ids)
    _check_moves(session, contacts, {c.id: stage for c in contacts})
    positions = positions_for_insert(session, stage, row, [c.id for c in contacts])
    targets = {c.id: Placement(stage, position) for c, position in zip(contacts, positions, strict=True)}
    return _apply(session, contacts, targets, now or utc_now())


def place_contacts(db: Database, placements: dict[int, Placement]) -> MoveResult:
    """Put contacts back exactly where they were (undo of a move), recording the stage changes."""
    with db.transaction() as session:
        contacts = get_contacts(session, placements)
        _check_moves(session, contacts, {c.id: placements[c.id].stage for c in contacts})
        return _apply(session, contacts, placements, utc_now())


def _check_moves(session: Session, contacts: Sequence[Contact], targets: dict[int, Stage]) -> None:
    """Refuse the whole action if any contact may not go to its target (SPEC §1)."""
    movers = [c for c in contacts if c.stage != targets[c.id] or c.is_archived]
    paid = paid_contact_ids(session, [c.id for c in movers])
    for contact in movers:
        check_move(
            contact.display_name, targets[contact.id], has_paid_payment=contact.id in paid, archived=contact.is_archived
        ).raise_if_refused()


def _apply(session: Session, contacts: Sequence[Contact], targets: dict[int, Placement], now: datetime) -> MoveResult:
    before = {c.id: Placement(c.stage, c.position) for c in contacts}
    changes: list[StageChange] = []
    for contact in contacts:
        target = targets[contact.id]
        if contact.stage != target.stage:
            changes.append(StageChange(contact_id=contact.id, from_stage=contact.stage, to_stage=target.stage, at=now))
            contact.stage = target.stage
        contact.position = target.position
        contact.updated_at = now
    session.add_all(changes)
    session.flush()
    return MoveResult(list(contacts), changes, before)


def archive_contacts(
    db: Database, contact_ids: Sequence[int], reason: ArchiveReason, note: str = ""
) -> list[Contact]:
    """Take contacts off the board without deleting them; their stage is kept for restore."""
    with db.transaction() as session:
        contacts = get_contacts(session, contact_ids)
        now = utc_now()
        for contact in contacts:
            if contact.is_archived:
                raise RuleViolation(ALREADY_ARCHIVED, name=contact.display_name)
            contact.archived_at = now
            contact.archive_reason = reason
            contact.archive_note = note.strip()
            contact.updated_at = now
        return contacts


def restore_contacts(db: Database, contact_ids: Sequence[int], *, to_top: bool = True) -> list[Contact]:
    """Put archived contacts back on the board in the stage they left: at the top of its column, or
    (``to_top=False``, the undo of an archive) exactly where they were."""
    with db.transaction() as session:
        contacts = get_contacts(session, contact_ids)
        now = utc_now()
        for contact in contacts:
            if not contact.is_archived:
                raise RuleViolation(NOT_ARCHIVED, name=contact.display_name)
            if to_top:
                contact.position = top_position(session, contact.stage)
            contact.archived_at = None
            contact.archive_reason = None
            contact.archive_note = ""
            contact.updated_at = now
            session.flush()
        return contacts
