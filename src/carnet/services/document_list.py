"""What the window lists and edits of a contact's quotes, invoices and credit notes (issue 20): each document's
state today (draft, sent, accepted, refused, expired; issued, partly paid, paid, credited), its due date and
balance, and a draft's values as its editor shows them. Reads only; the writes are `quotes` and `invoices`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlmodel import Session

from carnet.domain.invoice_document import DocumentKind
from carnet.domain.invoice_models import DocumentRow, DocumentStatus
from carnet.domain.invoicing import DocumentDraft, LineDraft
from carnet.services.invoice_documents import document_lines, get_document, rate_of
from carnet.services.invoices import balance_in
from carnet.services.quotes import QuoteState, documents, quote_state
from carnet.storage import Database


class DocumentState(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    EXPIRED = "expired"
    ISSUED = "issued"
    PARTLY_PAID = "partly_paid"
    PAID = "paid"
    CREDITED = "credited"  # an invoice whose credit notes take off all it was owed


@dataclass(frozen=True)
class ListedDocument:
    id: int
    kind: DocumentKind
    status: DocumentStatus
    state: DocumentState
    number: str  # "" for a draft
    day: date | None  # a quote's date, an invoice's or credit note's issue date
    valid_until: date | None  # quotes
    due_date: date | None  # invoices
    gross_cents: int
    paid_cents: int
    credited_cents: int
    due_cents: int  # what is still owed on an issued invoice; 0 otherwise
    currency: str
    deposit: bool
    corrects_id: int | None

    def is_overdue(self, today: date | None = None) -> bool:
        return (self.kind is DocumentKind.INVOICE and self.status is DocumentStatus.ISSUED and self.due_cents > 0
                and self.due_date is not None and self.due_date < (today or date.today()))


def _state(row: DocumentRow, paid: int, credited: int, due: int, today: date) -> DocumentState:
    if row.kind is DocumentKind.QUOTE:
        state = quote_state(row.status, row.valid_until, today)
        return DocumentState(state.value) if state is not QuoteState.DRAFT else DocumentState.DRAFT
    if row.status is not DocumentStatus.ISSUED:
        return DocumentState.DRAFT
    if row.kind is DocumentKind.INVOICE:
        if credited >= row.gross_cents > 0:
            return DocumentState.CREDITED
        if due == 0 and paid > 0:
            return DocumentState.PAID
        if paid > 0:
            return DocumentState.PARTLY_PAID
    return DocumentState.ISSUED


def _listed(session: Session, row: DocumentRow, today: date) -> ListedDocument:
    paid = credited = due = 0
    if row.kind is DocumentKind.INVOICE and row.status is DocumentStatus.ISSUED:
        balance = balance_in(session, row)
        paid, credited, due = balance.paid_cents, balance.credited_cents, balance.due_cents
    return ListedDocument(
        id=row.id or 0, kind=row.kind, status=row.status, state=_state(row, paid, credited, due, today),
        number=row.number or "", day=row.issue_date, valid_until=row.valid_until,
        due_date=row.due_date if row.kind is DocumentKind.INVOICE else None, gross_cents=row.gross_cents,
        paid_cents=paid, credited_cents=credited, due_cents=due, currency=row.currency, deposit=row.deposit,
        corrects_id=row.corrects_id,
    )


def contact_documents(db: Database, contact_id: int, today: date | None = None) -> list[ListedDocument]:
    """The contact's quotes, invoices and credit notes, newest first, each with its state ``today``."""
    day = today or date.today()
    ids = [summary.id for summary in documents(db, contact_id=contact_id)]
    with db.reading() as session:
        return [_listed(session, get_document(session, document_id), day) for document_id in ids]


def listed_document(db: Database, document_id: int, today: date | None = None) -> ListedDocument:
    with db.reading() as session:
        return _listed(session, get_document(session, document_id), today or date.today())


@dataclass(frozen=True)
class StoredDraft:
    kind: DocumentKind
    draft: DocumentDraft
    line_ids: tuple[int, ...]  # the stored lines' ids, in the draft's order (a quote's lines to invoice)


def stored_draft(db: Database, document_id: int) -> StoredDraft:
    """A document's values as its editor shows them (a draft's, to edit; a quote's, to choose lines from)."""
    with db.reading() as session:
        row = get_document(session, document_id)
        lines = document_lines(session, document_id)
        draft = DocumentDraft(
            contact_id=row.contact_id or 0,
            lines=tuple(LineDraft(line.description, Decimal(line.quantity), line.unit_price_cents,
                                  rate_of(line.vat_rate), line.unit, line.source_line_id) for line in lines),
            discount_cents=row.discount_cents, currency=row.currency, issue_date=row.issue_date,
            sale_date=row.sale_date, due_date=row.due_date, valid_until=row.valid_until, nature=row.nature.value,
            conditions=row.conditions, notes=row.notes, deposit=row.deposit,
        )
        return StoredDraft(row.kind, draft, tuple(line.id or 0 for line in lines))
