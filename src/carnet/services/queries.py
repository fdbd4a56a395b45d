"""Reads for the screens through the ORM: plain values, so views never see SQL or ORM sessions.

The board's own reads, on the path of the first paint, are in `board_read`.

A row SQLite's checks cannot see is damaged (a flipped byte inside a stored text, a text stored as a blob)
fails here as the error that says so: sqlite3's own (SQLAlchemy's wrapper is taken off, so the command line
and the error report know it for damage), a `LookupError` (not a stage…) or a `ValueError` (not a date…).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import func
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, col, select

from carnet.domain.enums import STAGE_ORDER, Stage
from carnet.domain.models import Contact
from carnet.storage import Database


@contextmanager
def _reading(db: Database) -> Iterator[Session]:
    """`Database.reading`, whose unreadable rows raise sqlite3's error, or a `ValueError` for a wrong type."""
    try:
        with db.reading() as session:
            yield session
    except DBAPIError as exc:
        if isinstance(exc.orig, sqlite3.Error):
            raise exc.orig from None
        raise
    except TypeError as exc:  # a date or a time stored as a blob or a number: SQLAlchemy cannot parse it
        raise ValueError(f"a stored value has the wrong type ({exc})") from exc


def stage_counts(db: Database) -> dict[Stage, int]:
    """Contacts on the board per stage, every stage present (zero included), in lifecycle order."""
    query = (
        select(Contact.stage, func.count())
        .where(col(Contact.archived_at).is_(None))
        .group_by(Contact.stage)
    )
    with _reading(db) as session:
        found = dict(session.exec(query).all())
    return {stage: found.get(stage, 0) for stage in STAGE_ORDER}


def contact_details(db: Database, contact_id: int) -> Contact | None:
    """One contact with every field (archived or not), detached from the session.

    A text stored as a blob of the same bytes (one flipped bit of the record's header) is read as the text
    it holds; one that is not UTF-8 raises `UnicodeDecodeError`.
    """
    with _reading(db) as session:
        contact = session.get(Contact, contact_id)
    if contact is not None:
        for name in Contact.model_fields:
            value = getattr(contact, name)
            if isinstance(value, bytes):
                setattr(contact, name, value.decode())
    return contact
