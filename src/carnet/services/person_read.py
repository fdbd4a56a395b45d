"""Everything Carnet holds about one contact, for the export of a person's data (GDPR right of access).

A pure read returning frozen dataclasses, no Qt: the contact's own fields, the name of who referred them,
and every stage change, interaction, payment and gift, each list oldest first (a record of access reads as
a history). Read in one transaction, so the lists agree with each other and with the fields. Archived
contacts are included: archiving keeps the data, so it is part of what the person may ask for.

Unlike the panel's reads, a missing contact is refused (`NotFound`, the services' "no longer exists"): the
user asked for this export, and an empty file would say "we hold nothing" when the truth is "it is gone".
A damaged row fails as `Database.reading` says (SQLite's error, `LookupError`, `ValueError`), never as a
wrong page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlmodel import col, select

from carnet.domain.drafts import ContactDetail
from carnet.domain.enums import (
    Answer,
    ArchiveReason,
    ContactKind,
    InteractionKind,
    PaymentStatus,
    Source,
    Stage,
    Temperature,
)
from carnet.domain.models import Contact, Gift, Interaction, Payment, StageChange
from carnet.domain.rules import payment_date
from carnet.services.details import details_in
from carnet.services.lookups import get_contact
from carnet.storage import Database


@dataclass(frozen=True, slots=True)
class StageChangeRecord:
    at: datetime  # aware UTC
    from_stage: Stage | None  # None for the contact's creation
    to_stage: Stage


@dataclass(frozen=True, slots=True)
class InteractionRecord:
    at: datetime  # aware UTC
    kind: InteractionKind
    summary: str
    follow_up: date | None


@dataclass(frozen=True, slots=True)
class PaymentRecord:
    status: PaymentStatus
    amount_cents: int
    currency: str
    issued_on: date | None
    paid_on: date | None
    description: str
    recorded_at: datetime  # aware UTC: when it was entered in Carnet


@dataclass(frozen=True, slots=True)
class GiftRecord:
    year: int
    what: str
    sent_on: date | None


@dataclass(frozen=True, slots=True)
class PersonRecord:
    """One contact's fields and history, as plain values detached from any session."""

    id: int
    kind: ContactKind
    display_name: str
    organisation: str
    role: str
    email: str
    phone: str
    website: str
    address: str
    notes: str
    tags: str
    source: Source | None
    referrer_name: str  # "" when nobody referred them (or the referrer was deleted since)
    stage: Stage  # for an archived contact, the stage it left
    temperature: Temperature
    budget: Answer
    authority: Answer
    need: Answer
    timing: Answer
    qualification_note: str
    next_follow_up: date | None
    follow_up_time: time | None
    follow_up_note: str
    ambassador_since: date | None
    recommends_how: str
    gift_preferences: str
    archived_at: datetime | None
    archive_reason: ArchiveReason | None
    archive_note: str
    created_at: datetime
    updated_at: datetime
    stage_changes: tuple[StageChangeRecord, ...]
    interactions: tuple[InteractionRecord, ...]
    payments: tuple[PaymentRecord, ...]  # by the day they are dated (`rules.payment_date`), then entry
    gifts: tuple[GiftRecord, ...]  # by year
    more: tuple[ContactDetail, ...] = ()  # further emails, phones and addresses, in order


def _text(value: str | bytes) -> str:
    # A text stored as a blob of the same bytes (one flipped bit of a record's header) comes back as bytes:
    # read it as the text it holds, as `queries.contact_details` does; one that is not UTF-8 raises.
    return value.decode() if isinstance(value, bytes) else value


def person_record(db: Database, contact_id: int) -> PersonRecord:
    """Everything about ``contact_id``, archived or not; `NotFound` if the contact no longer exists."""
    with db.reading() as session:
        contact = get_contact(session, contact_id)
        referrer = None if contact.referred_by_id is None else session.get(Contact, contact.referred_by_id)
        changes = session.exec(
            select(StageChange).where(StageChange.contact_id == contact_id)
            .order_by(col(StageChange.at), col(StageChange.id))
        ).all()
        interactions = session.exec(
            select(Interaction).where(Interaction.contact_id == contact_id)
            .order_by(col(Interaction.at), col(Interaction.id))
        ).all()
        payments = session.exec(
            select(Payment).where(Payment.contact_id == contact_id).order_by(col(Payment.id))
        ).all()
        gifts = session.exec(select(Gift).where(Gift.contact_id == contact_id).order_by(col(Gift.year))).all()
        return PersonRecord(
            id=contact_id,
            kind=contact.kind,
            display_name=_text(contact.display_name),
            organisation=_text(contact.organisation),
            role=_text(contact.role),
            email=_text(contact.email),
            phone=_text(contact.phone),
            website=_text(contact.website),
            address=_text(contact.address),
            notes=_text(contact.notes),
            tags=_text(contact.tags),
            source=contact.source,
            referrer_name="" if referrer is None else _text(referrer.display_name),
            stage=contact.stage,
            temperature=contact.temperature,
            budget=contact.budget,
            authority=contact.authority,
            need=contact.need,
            timing=contact.timing,
            qualification_note=_text(contact.qualification_note),
            next_follow_up=contact.next_follow_up,
            # Without a day there is no follow-up: an old time or note left behind is not shown as one.
            follow_up_time=contact.follow_up_time if contact.next_follow_up else None,
            follow_up_note=_text(contact.follow_up_note) if contact.next_follow_up else "",
            ambassador_since=contact.ambassador_since,
            recommends_how=_text(contact.recommends_how),
            gift_preferences=_text(contact.gift_preferences),
            archived_at=contact.archived_at,
            archive_reason=contact.archive_reason,
            archive_note=_text(contact.archive_note),
            created_at=contact.created_at,
            updated_at=contact.updated_at,
            stage_changes=tuple(StageChangeRecord(c.at, c.from_stage, c.to_stage) for c in changes),
            interactions=tuple(
                InteractionRecord(i.at, i.kind, _text(i.summary), i.follow_up) for i in interactions
            ),
            payments=_by_payment_day(payments),
            gifts=tuple(GiftRecord(g.year, _text(g.what), g.sent_on) for g in gifts),
            more=details_in(session, contact_id),
        )


def _by_payment_day(payments: Sequence[Payment]) -> tuple[PaymentRecord, ...]:
    """Ordered as the timeline dates them: the payment day, else the quote or invoice day, else the day it
    was entered (`rules.payment_date`); ties in the order they were entered."""
    records = [
        PaymentRecord(p.status, p.amount_cents, _text(p.currency), p.issued_on, p.paid_on, _text(p.description),
                      p.created_at)
        for p in payments
    ]
    return tuple(sorted(records, key=lambda p: (
        payment_date(p.status, p.issued_on, p.paid_on) or p.recorded_at.astimezone().date(), p.recorded_at,
    )))
