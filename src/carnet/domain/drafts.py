"""Plain values a dialog (or an importer) fills and a service validates and writes.

In the domain, below both: `carnet.io` fills them from a file and `carnet.services` writes them, and neither
imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, time

from carnet.domain.enums import (
    DEFAULT_CURRENCY,
    Answer,
    ContactKind,
    DetailKind,
    PaymentMethod,
    PaymentStatus,
    Source,
    Stage,
    Temperature,
)


@dataclass(frozen=True, slots=True)
class ContactDetail:
    """One more email, phone or address of a contact, beyond the primary ones (``ContactDraft.email``,
    ``.phone``, ``.address``, which the card shows and duplicates compare first). ``label`` is as the user or
    the exporter wrote it ("Work", "Mobile", "Domicile"), "" when none was given."""

    kind: DetailKind
    value: str
    label: str = ""


@dataclass(slots=True)  # slots: an import of 200,000 rows holds as many drafts
class ContactDraft:
    """Every field a user edits on a contact (stage only counts when creating)."""

    display_name: str
    kind: ContactKind = ContactKind.PERSON
    organisation: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    address: str = ""
    notes: str = ""
    tags: str = ""
    source: Source | None = None
    referred_by_id: int | None = None
    stage: Stage = Stage.STRANGER
    temperature: Temperature = Temperature.COLD
    budget: Answer = Answer.UNKNOWN
    authority: Answer = Answer.UNKNOWN
    need: Answer = Answer.UNKNOWN
    timing: Answer = Answer.UNKNOWN
    qualification_note: str = ""
    next_follow_up: date | None = None
    # Every further email, phone and address, in order (the primary ones are the fields above).
    more: tuple[ContactDetail, ...] = ()
    # The follow-up's time of day (None: any time that day) and what to do then ("call back about the quote"),
    # with next_follow_up; last, so that drafts built by position keep their meaning.
    follow_up_time: time | None = None
    follow_up_note: str = ""


EDITABLE_FIELDS: frozenset[str] = frozenset(f.name for f in fields(ContactDraft)) - {"stage"}


@dataclass
class PaymentDraft:
    amount_cents: int
    status: PaymentStatus
    currency: str = DEFAULT_CURRENCY
    issued_on: date | None = None
    paid_on: date | None = None
    description: str = ""
    method: PaymentMethod | None = None  # how it was paid; None: not said
    reference: str = ""  # an invoice or cheque number, a transfer's reference
