"""Reads for the screens: plain values, so views never see SQL or ORM sessions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, String, func, type_coerce
from sqlmodel import Session, col, select

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
    # Local calendar days: what "12 days ago" and "stale" are counted in.
    last_interaction_on: date | None
    created_on: date
    # Paid totals per currency, largest first: ``(("EUR", 125050), ("USD", 30000))``.
    paid: tuple[tuple[str, int], ...] = ()

    @property
    def has_paid(self) -> bool:
        """Client status (SPEC §1): at least one paid payment."""
        return bool(self.paid)

# julianday('0001-01-01') is 1721425.5; date.fromordinal(1) is that day.
JULIAN_DAY_OF_ORDINAL_0 = 1721424.5


def _raw(column: Any) -> Any:
    """The column's stored text, skipping SQLAlchemy's per-value conversion (slow over 10,000 rows)."""
    return type_coerce(column, String)


def _local_julian_day(moment: Any) -> Any:
    # SQLite turns the stored UTC text into a local julian day: a float, much cheaper to bring into
    # Python than 20,000 parsed datetimes.
    return func.julianday(moment, "localtime")


_DAYS: dict[int, date] = {}  # ordinal -> date: 100,000 cards share a few hundred days


def _from_julian(day: float | None) -> date | None:
    if day is None:
        return None
    ordinal = int(day - JULIAN_DAY_OF_ORDINAL_0)
    found = _DAYS.get(ordinal)
    if found is None:
        found = _DAYS[ordinal] = date.fromordinal(ordinal)
    return found


def _card_query() -> Select:
    last_at = (
        select(_local_julian_day(func.max(_raw(Interaction.at))))
        .where(Interaction.contact_id == Contact.id)
        .scalar_subquery()
    )
    return select(
        Contact.id,
        Contact.display_name,
        Contact.organisation,
        Contact.email,
        Contact.tags,
        _raw(Contact.stage),
        Contact.position,
        _raw(Contact.temperature),
        _raw(Contact.source),
        _raw(Contact.next_follow_up),
        last_at,
        _local_julian_day(_raw(Contact.created_at)),
    ).where(col(Contact.archived_at).is_(None))


def _paid_by_contact(session: Session, contact_ids: Sequence[int] | None) -> dict[int, tuple[tuple[str, int], ...]]:
    query = (
        select(Payment.contact_id, Payment.currency, func.sum(Payment.amount_cents))
        .where(Payment.status == PaymentStatus.PAID)
        .group_by(Payment.contact_id, Payment.currency)
    )
    if contact_ids is not None:
        query = query.where(col(Payment.contact_id).in_(contact_ids))
    totals: dict[int, list[tuple[str, int]]] = {}
    for contact_id, currency, cents in session.connection().execute(query).all():
        totals.setdefault(contact_id, []).append((currency, cents))
    return {cid: tuple(sorted(amounts, key=lambda a: -a[1])) for cid, amounts in totals.items()}


def _cards(session: Session, *queries: Select, every_contact: bool = False) -> list[Card]:
    """Cards for the rows of the queries; ``every_contact`` when they read the whole board (one aggregate of
    all payments then beats a long IN list)."""
    rows = [row for query in queries for row in session.connection().execute(query).all()]
    paid = _paid_by_contact(session, None if every_contact else [row[0] for row in rows])
    stages, temperatures, sources = Stage._value2member_map_, Temperature._value2member_map_, Source._value2member_map_
    return [
        Card(
            cid, name, organisation, email, tags, stages[stage], position, temperatures[temperature],
            sources.get(source), None if follow_up is None else date.fromisoformat(follow_up),
            _from_julian(last_at), _from_julian(created_at), paid.get(cid, ()),
        )
        for cid, name, organisation, email, tags, stage, position, temperature, source, follow_up, last_at, created_at
        in rows
    ]


def board_cards(db: Database) -> list[Card]:
    """Every contact on the board (not archived), in column order."""
    with db.reading() as session:
        return _cards(session, _card_query().order_by(col(Contact.position), col(Contact.id)), every_contact=True)


@dataclass(frozen=True, slots=True)
class ColumnSummary:
    """A column's header figures, computed by SQLite: how many contacts, and what they paid per currency."""

    count: int
    paid: tuple[tuple[str, int], ...]


def board_head(db: Database, per_stage: int) -> tuple[list[Card], dict[Stage, ColumnSummary]]:
    """The first ``per_stage`` cards of each column and every column's figures: enough to paint the
    board at start-up before every card is loaded (each column is read through its index)."""
    query = _card_query()
    with db.reading() as session:
        heads = [
            query.where(Contact.stage == stage).order_by(col(Contact.position), col(Contact.id)).limit(per_stage)
            for stage in STAGE_ORDER
        ]
        cards = _cards(session, *heads)
        counts = dict(
            session.connection().execute(
                select(_raw(Contact.stage), func.count())
                .where(col(Contact.archived_at).is_(None))
                .group_by(Contact.stage)
            ).all()
        )
        paid: dict[str, list[tuple[str, int]]] = {}
        totals = (
            select(_raw(Contact.stage), Payment.currency, func.sum(Payment.amount_cents))
            .join(Contact, Contact.id == Payment.contact_id)
            .where(Payment.status == PaymentStatus.PAID, col(Contact.archived_at).is_(None))
            .group_by(Contact.stage, Payment.currency)
        )
        for stage, currency, cents in session.connection().execute(totals):
            paid.setdefault(stage, []).append((currency, cents))
    summaries = {
        stage: ColumnSummary(counts.get(stage.value, 0), tuple(sorted(paid.get(stage.value, []), key=lambda a: -a[1])))
        for stage in STAGE_ORDER
    }
    return cards, summaries


def cards_by_id(db: Database, contact_ids: Sequence[int]) -> list[Card]:
    """The board cards of these contacts, after a change; archived ones are left out."""
    ids = list(contact_ids)
    with db.reading() as session:
        return _cards(session, _card_query().where(col(Contact.id).in_(ids)))


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
