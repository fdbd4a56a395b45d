"""The SQLModel tables of SPEC §2.

Money is integer minor units (cents) plus an ISO currency code; times are aware UTC datetimes;
calendar days (follow-ups, payment dates) are plain dates.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING, ClassVar

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from carnet.domain import enums
from carnet.domain.enums import (
    Answer,
    ArchiveReason,
    ContactKind,
    DetailKind,
    InteractionKind,
    PaymentMethod,
    PaymentStatus,
    Source,
    Stage,
    Temperature,
)
from carnet.domain.types import UTCDateTime, enum_type, utc_now

DEFAULT_CURRENCY = enums.DEFAULT_CURRENCY  # re-exported: where most of Carnet imports it from


def _contact_fk(ondelete: str, *, nullable: bool = False) -> sa.Column:
    return sa.Column(sa.Integer, sa.ForeignKey("contact.id", ondelete=ondelete), nullable=nullable, index=True)


class Contact(SQLModel, table=True):
    """A person or organisation followed along the lifecycle."""

    if TYPE_CHECKING:  # set by SQLAlchemy on every table class; SQLModel's stubs do not declare it
        __table__: ClassVar[sa.Table]

    __table_args__ = (sa.Index("ix_contact_board", "archived_at", "stage", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: ContactKind = Field(default=ContactKind.PERSON, sa_type=enum_type(ContactKind), nullable=False)
    display_name: str = Field(nullable=False)
    organisation: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    address: str = ""
    notes: str = ""
    # Comma-separated; see domain.tags for the one way to read and write it.
    tags: str = ""
    source: Source | None = Field(default=None, sa_type=enum_type(Source))
    referred_by_id: int | None = Field(default=None, sa_column=_contact_fk("SET NULL", nullable=True))

    stage: Stage = Field(default=Stage.STRANGER, sa_type=enum_type(Stage), nullable=False)
    # Order inside the column: ascending; fractional so that a drop rewrites one row, not the column.
    position: float = Field(default=0.0, nullable=False)
    temperature: Temperature = Field(
        default=Temperature.COLD, sa_type=enum_type(Temperature), nullable=False
    )

    budget: Answer = Field(default=Answer.UNKNOWN, sa_type=enum_type(Answer), nullable=False)
    authority: Answer = Field(default=Answer.UNKNOWN, sa_type=enum_type(Answer), nullable=False)
    need: Answer = Field(default=Answer.UNKNOWN, sa_type=enum_type(Answer), nullable=False)
    timing: Answer = Field(default=Answer.UNKNOWN, sa_type=enum_type(Answer), nullable=False)
    qualification_note: str = ""

    next_follow_up: date | None = None
    # The follow-up's local time of day (None: any time that day, reminded at the chosen hour) and what to do
    # then; they belong with next_follow_up (carnet.domain.follow_ups). Stored as SQLAlchemy's TIME text
    # ("09:30:00.000000"), as the day is its DATE text.
    follow_up_time: time | None = None
    follow_up_note: str = ""

    ambassador_since: date | None = None
    recommends_how: str = ""
    gift_preferences: str = ""

    # Archived contacts keep `stage`: it is the stage they left, where restore puts them back.
    archived_at: datetime | None = Field(default=None, sa_type=UTCDateTime())
    archive_reason: ArchiveReason | None = Field(default=None, sa_type=enum_type(ArchiveReason))
    archive_note: str = ""

    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime(), nullable=False)
    updated_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime(), nullable=False)

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None


class ContactDetailRow(SQLModel, table=True):
    """A contact's further email, phone or address (the primary ones are columns of `Contact`: the card, the
    board's filter and the duplicate check read them without a join); ``position`` orders them per contact."""

    if TYPE_CHECKING:  # set by SQLAlchemy on every table class; SQLModel's stubs do not declare it
        __table__: ClassVar[sa.Table]

    __tablename__ = "contact_detail"
    __table_args__ = (sa.Index("ix_contact_detail_contact", "contact_id", "position"),
                      sa.Index("ix_contact_detail_value", "kind", "value"))

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(sa_column=sa.Column(
        sa.Integer, sa.ForeignKey("contact.id", ondelete="CASCADE"), nullable=False
    ))
    kind: DetailKind = Field(sa_type=enum_type(DetailKind), nullable=False)
    label: str = ""
    value: str = Field(nullable=False)
    position: int = Field(default=0, nullable=False)


class StageChange(SQLModel, table=True):
    """One move along the lifecycle; ``from_stage`` is None when the contact was created."""

    if TYPE_CHECKING:  # set by SQLAlchemy on every table class; SQLModel's stubs do not declare it
        __table__: ClassVar[sa.Table]

    __tablename__ = "stage_change"

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(sa_column=_contact_fk("CASCADE"))
    from_stage: Stage | None = Field(default=None, sa_type=enum_type(Stage))
    to_stage: Stage = Field(sa_type=enum_type(Stage), nullable=False)
    at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime(), nullable=False)


class Interaction(SQLModel, table=True):
    """A call, an email, a meeting… with a contact."""

    if TYPE_CHECKING:  # set by SQLAlchemy on every table class; SQLModel's stubs do not declare it
        __table__: ClassVar[sa.Table]

    __table_args__ = (sa.Index("ix_interaction_contact_at", "contact_id", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(sa_column=sa.Column(
        sa.Integer, sa.ForeignKey("contact.id", ondelete="CASCADE"), nullable=False
    ))
    kind: InteractionKind = Field(sa_type=enum_type(InteractionKind), nullable=False)
    at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime(), nullable=False)
    summary: str = ""
    follow_up: date | None = None


class Payment(SQLModel, table=True):
    """A quote, an invoice or a payment; only status ``paid`` makes a client."""

    if TYPE_CHECKING:  # set by SQLAlchemy on every table class; SQLModel's stubs do not declare it
        __table__: ClassVar[sa.Table]

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(sa_column=_contact_fk("CASCADE"))
    amount_cents: int = Field(nullable=False)
    currency: str = Field(default=DEFAULT_CURRENCY, max_length=3, nullable=False)
    status: PaymentStatus = Field(sa_type=enum_type(PaymentStatus), nullable=False)
    issued_on: date | None = None
    paid_on: date | None = None
    description: str = ""
    method: PaymentMethod | None = Field(default=None, sa_type=enum_type(PaymentMethod))
    reference: str = ""  # an invoice or cheque number, a transfer's reference
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime(), nullable=False)


class Gift(SQLModel, table=True):
    """The year-end gift sent to an ambassador (or a top client, or a referrer); one per year."""

    if TYPE_CHECKING:  # set by SQLAlchemy on every table class; SQLModel's stubs do not declare it
        __table__: ClassVar[sa.Table]

    __table_args__ = (sa.UniqueConstraint("contact_id", "year", name="uq_gift_contact_year"),)

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(sa_column=_contact_fk("CASCADE"))
    year: int = Field(nullable=False)
    what: str = ""
    sent_on: date | None = None


class ContactSequence(SQLModel, table=True):
    """The follow-up sequence a contact follows (issue 17): its own copy of the sequence's name and steps
    (`carnet.domain.sequences`, JSON), and the step its follow-up is now for (migration 0005 says why a copy)."""

    if TYPE_CHECKING:  # set by SQLAlchemy on every table class; SQLModel's stubs do not declare it
        __table__: ClassVar[sa.Table]

    __tablename__ = "contact_sequence"

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(sa_column=sa.Column(
        sa.Integer, sa.ForeignKey("contact.id", ondelete="CASCADE"), nullable=False, unique=True,
    ))
    name: str = Field(nullable=False)
    steps: str = Field(nullable=False)
    step: int = Field(default=0, nullable=False)
    started_on: date = Field(nullable=False)


class BookSetting(SQLModel, table=True):
    """A setting of this book (this database file), not of the computer: the home currency travels with
    the file to another machine."""

    if TYPE_CHECKING:  # set by SQLAlchemy on every table class; SQLModel's stubs do not declare it
        __table__: ClassVar[sa.Table]

    __tablename__ = "book_setting"

    key: str = Field(primary_key=True)
    value: str = Field(nullable=False)


from carnet.domain import invoice_models as invoice_models  # noqa: E402  # the tables of migration 0006 join the metadata
