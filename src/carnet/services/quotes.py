"""Quotes (devis, issue 20): draft → sent → accepted or refused; expired is read from the validity date, not
stored (a sent quote whose validity date has passed is expired today, and extending it makes it sent again
without a write of its status). Accepting a quote can make the invoice from it, of all its lines or of chosen
ones (a deposit: facture d'acompte); later invoices from the same quote take the lines not invoiced yet.

A quote gets its number (series ``D``) when it is sent, which also keeps its seller and buyer as they were then,
and puts one *quoted* payment of its reference in the book for the dashboard's pipeline; refusing it takes that
payment away, and the invoices issued from it lower it by what they come to (`carnet.services.invoices`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlmodel import Session

from carnet.domain.enums import PaymentStatus
from carnet.domain.errors import RuleViolation
from carnet.domain.invoice_document import DocumentKind
from carnet.domain.invoice_models import DocumentRow, DocumentStatus
from carnet.domain.invoicing import DocumentDraft, LineDraft
from carnet.domain.types import utc_now
from carnet.services.business import identity_in
from carnet.services.changes import Change, ChangeKind
from carnet.services.invoice_documents import document_lines, get_document
from carnet.services.invoices import (
    DocumentResult,
    apply_draft,
    contact_ids,
    freeze_parties,
    next_number,
    refuse_unless_draft,
    saved,
    sync_mirror,
)
from carnet.storage import Database
from carnet.storage.sql import invoices as sql

NOT_A_QUOTE = "This document is not a quote."
QUOTE_SENT_FINAL = "{number} was sent: it can no longer be changed. Make a new quote from it instead."
QUOTE_NOT_DELETED = "{number} was sent: refuse it rather than delete it."
ONLY_SENT_DECIDED = "Only a sent quote can be accepted or refused."
QUOTE_EXPIRED = "{number} expired on {day}: extend its validity before accepting it."
ONLY_ACCEPTED_INVOICED = "Only an accepted quote is invoiced."
LINES_ALREADY_INVOICED = "Every line of {number} is already on an invoice."
LINE_NOT_OF_QUOTE = "This line is not one of the quote's lines still to invoice."
VALID_BEFORE_DATE = "A quote cannot expire before its own date."
DECIDED_BEFORE_SENT = "A quote cannot be accepted or refused before its own date."
ONLY_SENT_EXTENDED = "Only a sent quote's validity can be extended."


class QuoteState(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    EXPIRED = "expired"


def quote_state(status: DocumentStatus, valid_until: date | None, today: date | None = None) -> QuoteState:
    """What a quote is today: its stored status, except that a sent quote past its validity date is expired."""
    if status is DocumentStatus.SENT and valid_until is not None and valid_until < (today or date.today()):
        return QuoteState.EXPIRED
    return QuoteState(status.value)


def _quote(session: Session, quote_id: int) -> DocumentRow:
    row = get_document(session, quote_id)
    if row.kind is not DocumentKind.QUOTE:
        raise RuleViolation(NOT_A_QUOTE)
    return row


def _refuse_unless_draft(row: DocumentRow, *, deleting: bool = False) -> None:
    if row.status is not DocumentStatus.DRAFT:
        raise RuleViolation(QUOTE_NOT_DELETED if deleting else QUOTE_SENT_FINAL, number=row.number or "")
    refuse_unless_draft(row)


def sync_quote_mirror(session: Session, quote: DocumentRow) -> None:
    """The quote's open (quoted) payment: its total less what its issued invoices come to; none for a draft or
    a refused quote."""
    session.flush()
    amount = 0
    if quote.status in (DocumentStatus.SENT, DocumentStatus.ACCEPTED):
        invoiced = int(session.connection().exec_driver_sql(
            sql.INVOICED_FROM_QUOTE, (DocumentKind.INVOICE.value, DocumentStatus.ISSUED.value, saved(quote)),
        ).scalar_one())
        amount = quote.gross_cents - invoiced
    sync_mirror(session, quote, PaymentStatus.QUOTED, amount, quote.issue_date)


def create_quote(db: Database, draft: DocumentDraft) -> DocumentResult:
    """A new draft quote (numbered when it is sent)."""
    with db.transaction() as session:
        row = DocumentRow(kind=DocumentKind.QUOTE, status=DocumentStatus.DRAFT)
        apply_draft(session, row, draft)
        return DocumentResult(saved(row), Change.of(contact_ids(row), ChangeKind.DOCUMENT))


def update_quote(db: Database, quote_id: int, draft: DocumentDraft) -> DocumentResult:
    with db.transaction() as session:
        row = _quote(session, quote_id)
        _refuse_unless_draft(row)
        before = contact_ids(row)
        apply_draft(session, row, draft)
        return DocumentResult(saved(row), Change.of({*before, *contact_ids(row)}, ChangeKind.DOCUMENT))


def delete_quote(db: Database, quote_id: int) -> DocumentResult:
    """Delete a draft quote (a sent one is refused instead: its number stays in the series)."""
    with db.transaction() as session:
        row = _quote(session, quote_id)
        _refuse_unless_draft(row, deleting=True)
        contacts = contact_ids(row)
        session.delete(row)
        return DocumentResult(quote_id, Change.of(contacts, ChangeKind.DOCUMENT))


def send_quote(db: Database, quote_id: int, on: date | None = None) -> DocumentResult:
    """Mark a draft quote sent on ``on`` (its own date if it has one, else today): it gets its number, its
    validity date (the business's validity days, unless the draft set one), and can no longer be edited."""
    with db.transaction() as session:
        row = _quote(session, quote_id)
        _refuse_unless_draft(row)
        identity = identity_in(session)
        day = on or row.issue_date or date.today()
        valid_until = row.valid_until or day + timedelta(days=identity.quote_validity_days)
        if valid_until < day:
            raise RuleViolation(VALID_BEFORE_DATE, field="valid_until")
        freeze_parties(session, row)
        row.seq, row.number = next_number(session, DocumentKind.QUOTE, day.year, identity.quote_format)
        row.year, row.issue_date, row.valid_until = day.year, day, valid_until
        row.status, row.issued_at, row.updated_at = DocumentStatus.SENT, utc_now(), utc_now()
        session.add(row)
        sync_quote_mirror(session, row)
        return DocumentResult(saved(row), Change.of(contact_ids(row), ChangeKind.DOCUMENT, ChangeKind.PAYMENT),
                              row.number)


def extend_quote(db: Database, quote_id: int, valid_until: date) -> DocumentResult:
    """Give a sent (or expired) quote a later validity date: the only change a sent quote accepts."""
    with db.transaction() as session:
        row = _quote(session, quote_id)
        if row.status is not DocumentStatus.SENT:
            raise RuleViolation(ONLY_SENT_EXTENDED)
        if row.issue_date is not None and valid_until < row.issue_date:
            raise RuleViolation(VALID_BEFORE_DATE, field="valid_until")
        row.valid_until, row.updated_at = valid_until, utc_now()
        session.add(row)
        return DocumentResult(saved(row), Change.of(contact_ids(row), ChangeKind.DOCUMENT), row.number)


def _decide(session: Session, row: DocumentRow, on: date | None, status: DocumentStatus) -> date:
    if row.status is not DocumentStatus.SENT:
        raise RuleViolation(ONLY_SENT_DECIDED)
    day = on or date.today()
    if row.issue_date is not None and day < row.issue_date:
        raise RuleViolation(DECIDED_BEFORE_SENT, field="decided_on")
    row.status, row.decided_on, row.updated_at = status, day, utc_now()
    session.add(row)
    return day


def refuse_quote(db: Database, quote_id: int, on: date | None = None) -> DocumentResult:
    with db.transaction() as session:
        row = _quote(session, quote_id)
        _decide(session, row, on, DocumentStatus.REFUSED)
        sync_quote_mirror(session, row)
        return DocumentResult(saved(row), Change.of(contact_ids(row), ChangeKind.DOCUMENT, ChangeKind.PAYMENT),
                              row.number)


def accept_quote(
    db: Database, quote_id: int, on: date | None = None, *, invoice: bool = False,
    line_ids: Sequence[int] | None = None, deposit: bool = False,
) -> DocumentResult:
    """Mark a sent quote accepted on ``on`` (an expired one is refused: extend it first). With ``invoice``, the
    same transaction makes the draft invoice from it (`invoice_from_quote`'s ``line_ids`` and ``deposit``); its
    id is the result's ``invoice_id``."""
    with db.transaction() as session:
        row = _quote(session, quote_id)
        day = on or date.today()
        if quote_state(row.status, row.valid_until, day) is QuoteState.EXPIRED and row.valid_until is not None:
            raise RuleViolation(QUOTE_EXPIRED, number=row.number or "", day=row.valid_until.isoformat())
        _decide(session, row, day, DocumentStatus.ACCEPTED)
        invoice_id = _invoice_from(session, row, line_ids, deposit) if invoice else None
        return DocumentResult(saved(row), Change.of(contact_ids(row), ChangeKind.DOCUMENT), row.number, invoice_id)


def invoice_from_quote(
    db: Database, quote_id: int, line_ids: Sequence[int] | None = None, *, deposit: bool = False,
) -> DocumentResult:
    """A draft invoice made from an accepted quote: its lines not yet on another invoice of it (all of them the
    first time), or the chosen ``line_ids`` among those; ``deposit``: a deposit invoice (facture d'acompte)."""
    with db.transaction() as session:
        row = _quote(session, quote_id)
        invoice_id = _invoice_from(session, row, line_ids, deposit)
        return DocumentResult(invoice_id, Change.of(contact_ids(row), ChangeKind.DOCUMENT), invoice_id=invoice_id)


def _invoice_from(session: Session, quote: DocumentRow, line_ids: Sequence[int] | None, deposit: bool) -> int:
    if quote.status is not DocumentStatus.ACCEPTED:
        raise RuleViolation(ONLY_ACCEPTED_INVOICED)
    session.flush()
    invoiced = {found[0] for found in session.connection().exec_driver_sql(sql.INVOICED_QUOTE_LINES, (saved(quote),))}
    left = [line for line in document_lines(session, saved(quote)) if line.id not in invoiced]
    if not left:
        raise RuleViolation(LINES_ALREADY_INVOICED, number=quote.number or "")
    if line_ids is not None:
        wanted = set(line_ids)
        if not wanted <= {line.id for line in left}:
            raise RuleViolation(LINE_NOT_OF_QUOTE, field="lines")
        left = [line for line in left if line.id in wanted]
    whole = len(left) == len(document_lines(session, saved(quote)))
    draft = DocumentDraft(
        contact_id=quote.contact_id or 0,
        lines=tuple(LineDraft(line.description, line.quantity, line.unit_price_cents, line.vat_rate, line.unit,
                              line.id) for line in left),
        discount_cents=quote.discount_cents if whole else 0,
        currency=quote.currency, sale_date=None, nature=quote.nature.value, conditions="", deposit=deposit,
    )
    invoice = DocumentRow(kind=DocumentKind.INVOICE, status=DocumentStatus.DRAFT, quote_id=saved(quote))
    apply_draft(session, invoice, draft)
    return saved(invoice)


@dataclass(frozen=True)
class DocumentSummary:
    """A row of a list of documents (the dialogs' and tabs' lists)."""

    id: int
    kind: DocumentKind
    status: DocumentStatus
    number: str
    contact_id: int | None
    contact_name: str
    day: date | None
    valid_until: date | None
    gross_cents: int
    currency: str
    corrects_id: int | None
    deposit: bool

    def quote_state(self, today: date | None = None) -> QuoteState | None:
        """A quote's state today (expired read from its validity date); None for an invoice or a credit note."""
        if self.kind is not DocumentKind.QUOTE:
            return None
        return quote_state(self.status, self.valid_until, today)


def documents(
    db: Database, *, kind: DocumentKind | None = None, contact_id: int | None = None
) -> list[DocumentSummary]:
    """Every quote, invoice and credit note (or those of a kind, of a contact), newest first."""
    conditions: list[str] = []
    arguments: list[object] = []
    if kind is not None:
        conditions.append("CAST(d.kind AS TEXT) = ?")
        arguments.append(kind.value)
    if contact_id is not None:
        conditions.append("d.contact_id = ?")
        arguments.append(contact_id)
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    rows = db.reader().execute(sql.DOCUMENTS + where + sql.DOCUMENTS_ORDER, arguments).fetchall()
    return [DocumentSummary(
        id=row[0], kind=DocumentKind(row[1]), status=DocumentStatus(row[2]), number=row[3] or "",
        contact_id=row[4], contact_name=row[5], day=date.fromisoformat(row[6]) if row[6] else None,
        valid_until=date.fromisoformat(row[7]) if row[7] else None, gross_cents=row[8], currency=row[9],
        corrects_id=row[10], deposit=bool(row[11]),
    ) for row in rows]
