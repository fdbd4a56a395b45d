"""Moving cards along the lifecycle and inside a column; archiving and restoring."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlmodel import Session

from carnet.domain.enums import ArchiveReason, Stage
from carnet.domain.errors import NotFound, RuleViolation
from carnet.domain.models import Contact, StageChange
from carnet.domain.rules import check_move
from carnet.domain.types import utc_now
from carnet.services import hot_sql
from carnet.services.lookups import CONTACT_GONE, get_contacts
from carnet.services.positions import positions_for_insert, top_position
from carnet.services.results import MovedContact, MoveResult, Placement
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
    movers = _movers(session, contact_ids)
    _check_moves(session, movers, {m.id: stage for m in movers})
    positions = positions_for_insert(session, stage, row, [m.id for m in movers])
    targets = {m.id: Placement(stage, position) for m, position in zip(movers, positions, strict=True)}
    return _apply(session, movers, targets, now or utc_now())


def place_contacts(db: Database, placements: dict[int, Placement]) -> MoveResult:
    """Put contacts back exactly where they were (undo of a move), recording the stage changes."""
    with db.transaction() as session:
        movers = _movers(session, placements)
        _check_moves(session, movers, {m.id: placements[m.id].stage for m in movers})
        return _apply(session, movers, placements, utc_now())


def _movers(session: Session, contact_ids: Iterable[int]) -> list[MovedContact]:
    """What a move needs of each contact (moves are the hot path of the board: see `hot_sql`)."""
    if session.new or session.dirty:  # plain SELECTs do not autoflush: let them see the caller's changes
        session.flush()
    ids = list(dict.fromkeys(contact_ids))
    found = hot_sql.contact_rows(session, ids)
    if len(found) != len(ids):
        raise NotFound(CONTACT_GONE)
    return [MovedContact(i, found[i][1], Stage(found[i][2]), found[i][3], bool(found[i][4])) for i in ids]


def _check_moves(session: Session, movers: Sequence[MovedContact], targets: dict[int, Stage]) -> None:
    """Refuse the whole action if any contact may not go to its target (SPEC §1)."""
    moving = [m for m in movers if m.stage != targets[m.id] or m.archived]
    paid = hot_sql.paid_ids(session, [m.id for m in moving])
    for mover in moving:
        check_move(
            mover.display_name, targets[mover.id], has_paid_payment=mover.id in paid, archived=mover.archived
        ).raise_if_refused()


def _apply(
    session: Session, movers: Sequence[MovedContact], targets: dict[int, Placement], now: datetime
) -> MoveResult:
    before = {m.id: Placement(m.stage, m.position) for m in movers}
    moved = [(m.id, m.stage, targets[m.id].stage) for m in movers if m.stage != targets[m.id].stage]
    changes = [StageChange(contact_id=cid, from_stage=old, to_stage=new, at=now) for cid, old, new in moved]
    hot_sql.place(session, ((m.id, targets[m.id].stage, targets[m.id].position) for m in movers), now)
    if moved:
        hot_sql.record_stage_changes(session, moved, now)
    # Contacts this session had already loaded (a payment's contact) must not keep their old stage.
    moved_ids = set(before)
    for loaded in list(session.identity_map.values()):
        if isinstance(loaded, Contact) and loaded.id in moved_ids:
            session.expire(loaded)
    after = [
        MovedContact(m.id, m.display_name, targets[m.id].stage, targets[m.id].position, m.archived) for m in movers
    ]
    return MoveResult(after, changes, before)


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
