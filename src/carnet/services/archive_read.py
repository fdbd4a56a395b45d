"""The archived contacts (SPEC §1: searchable, restorable to the stage they left), as plain values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import col, select

from carnet.domain.enums import ArchiveReason, Stage
from carnet.domain.models import Contact
from carnet.storage import Database


@dataclass(frozen=True, slots=True)
class ArchivedRow:
    """One archived contact, as the archive view shows it."""

    contact_id: int
    display_name: str
    organisation: str
    stage: Stage  # the stage it left: where a restore puts it back
    archived_at: datetime  # aware, UTC
    reason: ArchiveReason | None
    note: str


def _matches(needle: str, *fields: str) -> bool:
    return any(needle in field.casefold() for field in fields)


def archived_contacts(db: Database, text: str = "") -> list[ArchivedRow]:
    """Every archived contact, newest archive first; ``text`` keeps those whose name, organisation,
    email, tags or archive note contain it (case-insensitively, accents included: "ÉLODIE" finds "Élodie")."""
    query = (
        select(  # type: ignore[call-overload]  # sqlmodel's stubs stop at four columns; select() takes any number
            Contact.id, Contact.display_name, Contact.organisation, Contact.email, Contact.tags,
            Contact.stage, Contact.archived_at, Contact.archive_reason, Contact.archive_note,
        )
        .where(col(Contact.archived_at).is_not(None))
        .order_by(col(Contact.archived_at).desc(), col(Contact.id).desc())
    )
    # Filtered in Python rather than with LIKE: SQLite folds the case of ASCII letters only.
    needle = text.strip().casefold()
    with db.reading() as session:
        found = session.exec(query).all()
    return [
        ArchivedRow(cid, name, organisation, stage, archived_at, reason, note)
        for cid, name, organisation, email, tags, stage, archived_at, reason, note in found
        if not needle or _matches(needle, name, organisation, email, tags, note)
    ]


def archived_ids(db: Database, contact_ids: list[int]) -> list[int]:
    """Those of ``contact_ids`` archived now, in the given order (an undo step asks whether its premise holds)."""
    if not contact_ids:
        return []
    query = select(Contact.id).where(col(Contact.id).in_(contact_ids), col(Contact.archived_at).is_not(None))
    with db.reading() as session:
        found = set(session.exec(query).all())
    return [contact_id for contact_id in contact_ids if contact_id in found]
