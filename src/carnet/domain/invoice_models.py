"""The tables of quotes, invoices and credit notes (issue 20, migration 0006).

- ``business_identity``: the user's business, one row (id 1): it travels with the book.
- ``contact_billing``: a contact's billing side (business or not, SIREN/SIRET, VAT number, billing and delivery
  addresses, document language), one row per contact at most, apart from ``contact`` so that the contact table
  and its search triggers stay as they are; an id of its own, as every record, for an erasure's undo.
- ``document``: a quote, an invoice or a credit note. Its ``number`` is given when it is sent (a quote) or issued
  (an invoice, a credit note), in the same transaction as its series' ``document_counter``; once issued, the
  seller and buyer are kept as they were (``seller``, ``buyer``: JSON of `carnet.domain.invoice_document.Party`),
  so that the invoice prints the same forever whatever is edited later.
- ``document_line``: its lines; quantity and VAT rate are decimal texts ("1.5", "5.5"; NULL: no VAT).
- ``document_counter``: the last number given per kind and year: numbers are never reused nor skipped.

Payments received against an invoice are ordinary paid ``payment`` rows whose ``reference`` is the invoice's
number (see `carnet.services.invoices`).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, ClassVar

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from carnet.domain.enums import DEFAULT_CURRENCY
from carnet.domain.invoice_document import DocumentKind, DocumentLanguage, SaleNature
from carnet.domain.types import UTCDateTime, enum_type, utc_now


class DocumentStatus(StrEnum):
    """Stored statuses. A quote: draft → sent → accepted or refused (expired is read from its validity date, see
    `carnet.services.quotes.quote_state`). An invoice or a credit note: draft → issued (paid is read from its
    payments)."""

    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    ISSUED = "issued"


class BusinessIdentityRow(SQLModel, table=True):
    if TYPE_CHECKING:  # set by SQLAlchemy on every table class; SQLModel's stubs do not declare it
        __table__: ClassVar[sa.Table]

    __tablename__ = "business_identity"

    id: int | None = Field(default=None, primary_key=True)
    name: str = ""
    legal_form: str = ""
    address_lines: str = ""  # one street line a line
    postcode: str = ""
    city: str = ""
    country_code: str = Field(default="FR", max_length=2, nullable=False)
    siren: str = ""
    siret: str = ""
    vat_number: str = ""
    vat_franchise: bool = Field(default=False, nullable=False)
    registration: str = ""
    email: str = ""
    phone: str = ""
    iban: str = ""
    bic: str = ""
    logo_path: str = ""
    payment_days: int = Field(default=30, nullable=False)
    late_payment_text: str = ""
    vat_on_debits: bool = Field(default=False, nullable=False)
    nature: SaleNature = Field(default=SaleNature.SERVICES, sa_type=enum_type(SaleNature), nullable=False)
    quote_validity_days: int = Field(default=30, nullable=False)
    invoice_format: str = Field(nullable=False)
    quote_format: str = Field(nullable=False)
    credit_note_format: str = Field(nullable=False)


class ContactBillingRow(SQLModel, table=True):
    if TYPE_CHECKING:  # set by SQLAlchemy on every table class; SQLModel's stubs do not declare it
        __table__: ClassVar[sa.Table]

    __tablename__ = "contact_billing"

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(sa_column=sa.Column(
        sa.Integer, sa.ForeignKey("contact.id", ondelete="CASCADE"), nullable=False, unique=True,
    ))
    is_business: bool = Field(default=False, nullable=False)
    name: str = ""
    siren: str = ""
    siret: str = ""
    vat_number: str = ""
    billing_lines: str = ""
    billing_postcode: str = ""
    billing_city: str = ""
    billing_country: str = Field(default="FR", max_length=2, nullable=False)
    delivery_lines: str = ""  # all four '' : no delivery address of its own
    delivery_postcode: str = ""
    delivery_city: str = ""
    delivery_country: str = Field(default="", max_length=2, nullable=False)
    language: DocumentLanguage | None = Field(default=None, sa_type=enum_type(DocumentLanguage))


class DocumentRow(SQLModel, table=True):
    if TYPE_CHECKING:  # set by SQLAlchemy on every table class; SQLModel's stubs do not declare it
        __table__: ClassVar[sa.Table]

    __tablename__ = "document"
    __table_args__ = (
        sa.UniqueConstraint("kind", "year", "seq", name="uq_document_kind_year_seq"),
        sa.Index("ix_document_kind_issue", "kind", "status", "issue_date"),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: DocumentKind = Field(sa_type=enum_type(DocumentKind), nullable=False)
    status: DocumentStatus = Field(default=DocumentStatus.DRAFT, sa_type=enum_type(DocumentStatus), nullable=False)
    # SET NULL, not CASCADE: an issued invoice outlives its contact (its buyer is kept in ``buyer``; the law keeps
    # invoices ten years), and deleting one would break its series.
    contact_id: int | None = Field(default=None, sa_column=sa.Column(
        sa.Integer, sa.ForeignKey("contact.id", ondelete="SET NULL"), nullable=True, index=True,
    ))
    number: str | None = Field(default=None, sa_column=sa.Column(sa.String(), nullable=True, unique=True))
    year: int | None = None
    seq: int | None = None
    issue_date: date | None = None  # a quote's date, an invoice's issue date (set when it is issued)
    sale_date: date | None = None
    due_date: date | None = None
    valid_until: date | None = None
    decided_on: date | None = None  # a quote accepted or refused on
    currency: str = Field(default=DEFAULT_CURRENCY, max_length=3, nullable=False)
    language: DocumentLanguage | None = Field(default=None, sa_type=enum_type(DocumentLanguage))
    nature: SaleNature = Field(default=SaleNature.SERVICES, sa_type=enum_type(SaleNature), nullable=False)
    discount_cents: int = Field(default=0, nullable=False)
    net_cents: int = Field(default=0, nullable=False)
    vat_cents: int = Field(default=0, nullable=False)
    gross_cents: int = Field(default=0, nullable=False)
    deposit: bool = Field(default=False, nullable=False)
    quote_id: int | None = Field(default=None, sa_column=sa.Column(
        sa.Integer, sa.ForeignKey("document.id", ondelete="SET NULL"), nullable=True, index=True,
    ))
    corrects_id: int | None = Field(default=None, sa_column=sa.Column(
        sa.Integer, sa.ForeignKey("document.id", ondelete="RESTRICT"), nullable=True, index=True,
    ))
    conditions: str = ""
    notes: str = ""  # further lines printed at the foot, one a line
    seller: str = ""  # JSON, kept when sent or issued; '' for a draft
    buyer: str = ""
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime(), nullable=False)
    updated_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime(), nullable=False)
    issued_at: datetime | None = Field(default=None, sa_type=UTCDateTime())


class DocumentLineRow(SQLModel, table=True):
    if TYPE_CHECKING:  # set by SQLAlchemy on every table class; SQLModel's stubs do not declare it
        __table__: ClassVar[sa.Table]

    __tablename__ = "document_line"
    __table_args__ = (sa.Index("ix_document_line_document", "document_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(sa_column=sa.Column(
        sa.Integer, sa.ForeignKey("document.id", ondelete="CASCADE"), nullable=False,
    ))
    position: int = Field(default=0, nullable=False)
    description: str = Field(nullable=False)
    quantity: str = Field(nullable=False)
    unit: str = Field(default="C62", nullable=False)
    unit_price_cents: int = Field(nullable=False)
    vat_rate: str | None = None
    net_cents: int = Field(nullable=False)
    # The quote line an invoice line came from, the invoice line a credit note line credits.
    source_line_id: int | None = Field(default=None, sa_column=sa.Column(
        sa.Integer, sa.ForeignKey("document_line.id", ondelete="SET NULL"), nullable=True, index=True,
    ))


class DocumentCounter(SQLModel, table=True):
    if TYPE_CHECKING:  # set by SQLAlchemy on every table class; SQLModel's stubs do not declare it
        __table__: ClassVar[sa.Table]

    __tablename__ = "document_counter"

    kind: DocumentKind = Field(sa_type=enum_type(DocumentKind), primary_key=True)
    year: int = Field(primary_key=True)
    last_seq: int = Field(nullable=False)
