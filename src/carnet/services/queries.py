"""Reads for the screens: plain values, so views never see SQL or ORM sessions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func
from sqlmodel import col, select

from carnet.domain.enums import STAGE_ORDER, PaymentStatus, Source, Stage, Temperature
from carnet.domain.models import Contact, Interaction, Payment
from carnet.storage import Database


@dataclass(frozen=True, slots=True)
class Card:
    """What the board shows of one contact."""

    id: int
    display_name: str
    organisation: str
    email: str
    tags: str
    stage: Stage
    position: float
    temperature: Temperature
    source: Source | None
    next_follow_up: date | None
    last_interaction_at: datetime | None
    paid_cents: int


def board_cards(db: Database) -> list[Card]:
    """Every contact on the board (not archived), in column order."""
    last_seen = (
        select(Interaction.contact_id, func.max(Interaction.at).label("last_at"))
        .group_by(Interaction.contact_id)
        .subquery()
    )
    paid = (
        select(Payment.contact_id, func.sum(Payment.amount_cents).label("paid"))
        .where(Payment.status == PaymentStatus.PAID)
        .group_by(Payment.contact_id)
        .subquery()
    )
    query = (
        select(
            Contact.id,
            Contact.display_name,
            Contact.organisation,
            Contact.email,
            Contact.tags,
            Contact.stage,
            Contact.position,
            Contact.temperature,
            Contact.source,
            Contact.next_follow_up,
            last_seen.c.last_at,
            func.coalesce(paid.c.paid, 0),
        )
        .outerjoin(last_seen, last_seen.c.contact_id == Contact.id)
        .outerjoin(paid, paid.c.contact_id == Contact.id)
        .where(col(Contact.archived_at).is_(None))
        .order_by(col(Contact.position), col(Contact.id))
    )
    with db.reading() as session:
        return [Card(*row) for row in session.exec(query)]


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
