"""Reads for the screens through the ORM: plain values, so views never see SQL or ORM sessions.

The board's own reads, on the path of the first paint, are in `board_read`.

A row SQLite's checks cannot see is damaged (a flipped byte inside a stored text, a text stored as a blob)
fails here as the error that says so (`Database.reading` takes SQLAlchemy's wrapper off): sqlite3's own, a
`LookupError` (not a stage…) or a `ValueError` (not a date…), which the command line and the error report know
for damage.
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
    """One contact with every field (archived or not), detached from the session.

    A text stored as a blob of the same bytes (one flipped bit of the record's header) is read as the text
    it holds; one that is not UTF-8 raises `UnicodeDecodeError`.
    """
    with db.reading() as session:
        contact = session.get(Contact, contact_id)
    if contact is not None:
        for name in Contact.model_fields:
            value = getattr(contact, name)
            if isinstance(value, bytes):
                setattr(contact, name, value.decode())
    return contact
