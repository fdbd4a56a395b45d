"""Reads for the screens through the ORM: plain values, so views never see SQL or ORM sessions.

The board's own reads, on the path of the first paint, are in `board_read`.
"""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import col, select

from carnet.domain.enums import STAGE_ORDER, Stage
from carnet.domain.models import Contact
from carnet.storage import Database


def stage_counts(db: Database) -> dict[Stage, int]:
    """Contacts on the board per stage, every stage present (zero included), in lifecycle order."""
    query = (
        select(Contact.stage, func.count())
        .where(col(Contact.archived_at).is_(None))
        .group_by(Contact.stage)
    )
    with db.reading() as session:
        found = dict(session.exec(query).all())
    return {stage: found.get(stage, 0) for stage in STAGE_ORDER}


def contact_details(db: Database, contact_id: int) -> Contact | None:
    """One contact with every field (archived or not), detached from the session."""
    with db.reading() as session:
        return session.get(Contact, contact_id)
