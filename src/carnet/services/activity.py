"""Day-to-day records on a contact: interactions, ambassador status, year-end gifts."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import select

from carnet.domain.enums import InteractionKind, Stage
from carnet.domain.errors import InvalidInput
from carnet.domain.models import Gift, Interaction
from carnet.domain.types import utc_now
from carnet.services.lookups import get_contact
from carnet.services.moves import move_in_session
from carnet.services.results import MoveResult
from carnet.storage import Database

NAIVE_TIME = "The time of an interaction must include its time zone."
BAD_YEAR = "{year} is not a sensible year for a gift."


def log_interaction(
    db: Database,
    contact_id: int,
    kind: InteractionKind,
    summary: str = "",
    *,
    at: datetime | None = None,
    follow_up: date | None = None,
) -> Interaction:
    """Record a call, email, meeting…; a follow-up date also becomes the contact's next follow-up."""
    if at is not None and at.utcoffset() is None:
        raise InvalidInput(NAIVE_TIME, field="at")
    with db.transaction() as session:
        contact = get_contact(session, contact_id)
        interaction = Interaction(
            contact_id=contact_id, kind=kind, at=at or utc_now(), summary=summary.strip(), follow_up=follow_up
        )
        session.add(interaction)
        if follow_up is not None:
            contact.next_follow_up = follow_up
        contact.updated_at = utc_now()
        session.flush()
        return interaction


def flag_ambassador(
    db: Database,
    contact_id: int,
    *,
    since: date | None = None,
    recommends_how: str = "",
    gift_preferences: str = "",
    row: int | None = None,
) -> MoveResult:
    """Make a client an ambassador (SPEC §1: refused for anyone who has not paid)."""
    with db.transaction() as session:
        result = move_in_session(session, [contact_id], Stage.AMBASSADOR, row)
        contact = get_contact(session, contact_id)
        contact.ambassador_since = since or contact.ambassador_since or date.today()
        contact.recommends_how = recommends_how.strip()
        contact.gift_preferences = gift_preferences.strip()
        return result


def record_gift(
    db: Database, contact_id: int, year: int, what: str = "", sent_on: date | None = None
) -> Gift:
    """Record this year's gift for a contact; a second call for the same year updates it."""
    if not 1900 <= year <= 9999:
        raise InvalidInput(BAD_YEAR, field="year", year=year)
    with db.transaction() as session:
        get_contact(session, contact_id)
        gift = session.exec(select(Gift).where(Gift.contact_id == contact_id, Gift.year == year)).first()
        if gift is None:
            gift = Gift(contact_id=contact_id, year=year)
            session.add(gift)
        gift.what = what.strip()
        gift.sent_on = sent_on
        session.flush()
        return gift
