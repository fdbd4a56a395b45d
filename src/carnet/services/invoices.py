"""Invoices and credit notes (issue 20): drafts, issue with an unbroken chronological number, payments received,
corrections by credit note. Every write is one transaction and returns a `DocumentResult` (with its `Change`).

**Numbering.** A draft has no number. `issue_document` gives the next number of its series (the kind's format,
the issue year: `carnet.domain.invoicing`) in the same transaction as its ``document_counter`` row: a crash or
a refusal leaves both as they were, so a number is never skipped nor given twice, and a draft deleted changes no
number. The issue date may not be in the future nor before the series' last one.

**Immutable once issued.** An issued invoice or credit note is never edited nor deleted (the services refuse,
and migration 0006's triggers refuse any other writer); a mistake is corrected by a credit note that names it.

**Payments.** Every payment received against an invoice (a deposit too) is an ordinary paid payment of Carnet
(`carnet.services.payments`: it enters the receipts book and makes the contact a Client by the one rule), whose
reference is the invoice's number: that reference is the link — visible and editable in the payment's dialog,
kept by corrections and their undo, which know nothing of other tables. The invoice is paid once nothing is due
(gross − credited − paid).

**The dashboard.** An issued invoice with something due has one *invoiced* payment of its reference for the
amount due (created at issue, brought up to date by each payment and credit note here, removed when nothing is
due), and a sent quote one *quoted* payment (`carnet.services.quotes`): the dashboard's pipeline ("invoiced, not
paid yet", "quoted") and a contact's worth read them as they read the payments typed by hand, and nothing is
counted twice (the quote's amount falls by what its issued invoices come to). That invoiced payment marked paid
from the timeline is a payment of the balance like any other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlmodel import Session

from carnet.domain.business_identity import BUYER_NEEDS_ADDRESS, check_ready_to_issue
from carnet.domain.enums import PaymentMethod, PaymentStatus
from carnet.domain.errors import InvalidInput, RuleViolation
from carnet.domain.invoice_document import DocumentKind, SaleNature
from carnet.domain.invoice_models import DocumentCounter, DocumentLineRow, DocumentRow, DocumentStatus
from carnet.domain.invoicing import (
    BAD_DISCOUNT,
    DocumentDraft,
    LineDraft,
    check_chronology,
    check_line,
    check_line_count,
    compute_totals,
    format_number,
)
from carnet.domain.models import DEFAULT_CURRENCY, BookSetting, Contact, Payment
from carnet.domain.money import format_amount
from carnet.domain.types import utc_now
from carnet.domain.validation import check_amount_cents, check_currency
from carnet.services.book import HOME_CURRENCY
from carnet.services.business import billing_in, identity_in
from carnet.services.changes import Change, ChangeKind
from carnet.services.invoice_documents import (
    buyer_party,
    buyer_snapshot,
    credited,
    delivery_party,
    document_lines,
    get_document,
    language_for,
    paid_against,
    seller_snapshot,
)
from carnet.services.lookups import get_contact
from carnet.services.payments import PAID_BEFORE_ISSUED, after_payment
from carnet.services.results import PaymentResult
from carnet.storage import Database
from carnet.storage.sql import invoices as sql

ISSUED_IS_FINAL = "{number} was issued: it can no longer be changed. Correct it with a credit note."
ISSUED_NOT_DELETED = "{number} was issued: it cannot be deleted. Correct it with a credit note."
NOT_A_DRAFT = "Only a draft can be changed."
NOT_AN_INVOICE = "This document is not an invoice."
ALREADY_ISSUED = "{number} is already issued."
ISSUED_IN_FUTURE = "An invoice cannot be issued with a date in the future."
CREDIT_NEEDS_ISSUED = "Only an issued invoice is corrected by a credit note (a draft is simply edited)."
CREDIT_TOO_LARGE = ("This credit note would credit {amount} {currency}, more than the {left} {currency} left on "
                    "{number}.")
CREDIT_BEFORE_INVOICE = "A credit note cannot be dated before the invoice it corrects ({day})."
PAYMENT_NEEDS_ISSUED = "Issue the invoice first: a payment is recorded against an issued invoice."
NOTHING_DUE = "Nothing is due on {number} any more."
MORE_THAN_DUE = "This is more than the {due} {currency} still due on {number}."
NO_CONTACT = "The contact of this document was deleted: choose a contact first."
DUE_BEFORE_ISSUE = "The due date cannot be before the issue date."
BAD_NATURE = "\"{value}\" is not a kind of sale (goods, services or both)."

_MIRROR_LENGTH = 120  # the description of the mirror payment: the first line's, shortened


@dataclass(frozen=True)
class DocumentResult:
    document_id: int
    change: Change
    number: str | None = None  # given when sent or issued
    invoice_id: int | None = None  # an invoice made by the same write (a quote accepted, see `quotes`)


@dataclass(frozen=True)
class InvoicePayment:
    """A payment received against an invoice: the payments service's own result (its ``offer_client_move``
    is the usual offer to move the contact to Client) and what is still due."""

    result: PaymentResult
    due_cents: int
    change: Change


@dataclass(frozen=True)
class Balance:
    gross_cents: int
    credited_cents: int
    paid_cents: int
    due_cents: int

    @property
    def is_paid(self) -> bool:
        """Nothing left to pay, and something was paid (an invoice credited in full is cancelled, not paid)."""
        return self.due_cents == 0 and self.paid_cents > 0


# --- shared by quotes, invoices and credit notes ---------------------------------------------------------------


def saved(row: DocumentRow) -> int:
    if row.id is None:
        raise AssertionError("a document that was never flushed has no id")
    return row.id


def contact_ids(row: DocumentRow) -> tuple[int, ...]:
    return () if row.contact_id is None else (row.contact_id,)


def write_lines(session: Session, row: DocumentRow, lines: Sequence[LineDraft], *, vat_franchise: bool) -> None:
    """Replace a draft's lines by ``lines`` (checked) and store its totals."""
    check_line_count(len(lines))
    checked = [check_line(line, vat_franchise=vat_franchise) for line in lines]
    totals = compute_totals([line.priced for line in checked], row.discount_cents)
    for old in document_lines(session, saved(row)):
        session.delete(old)
    session.flush()
    for position, line in enumerate(checked):
        session.add(DocumentLineRow(
            document_id=saved(row), position=position, description=line.description, quantity=str(line.quantity),
            unit=line.unit, unit_price_cents=line.unit_price_cents,
            vat_rate=None if line.vat_rate is None else str(line.vat_rate), net_cents=line.net_cents,
            source_line_id=line.source_line_id,
        ))
    row.net_cents, row.vat_cents, row.gross_cents = totals.net_cents, totals.vat_cents, totals.gross_cents


def apply_draft(session: Session, row: DocumentRow, draft: DocumentDraft) -> None:
    """A draft's values and lines written into ``row`` (new or a draft)."""
    get_contact(session, draft.contact_id)
    identity = identity_in(session)
    if draft.discount_cents < 0:
        raise InvalidInput(BAD_DISCOUNT, field="discount")
    try:
        nature = SaleNature(draft.nature) if draft.nature else identity.nature
    except ValueError:
        raise InvalidInput(BAD_NATURE, field="nature", value=draft.nature) from None
    if draft.currency:
        row.currency = check_currency(draft.currency)
    elif row.id is None:
        setting = session.get(BookSetting, HOME_CURRENCY)
        row.currency = setting.value if setting is not None else DEFAULT_CURRENCY
    row.contact_id = draft.contact_id
    row.discount_cents = draft.discount_cents
    row.issue_date, row.sale_date = draft.issue_date, draft.sale_date
    row.due_date, row.valid_until = draft.due_date, draft.valid_until
    row.nature, row.deposit = nature, draft.deposit
    row.conditions, row.notes = draft.conditions.strip(), draft.notes.strip()
    row.updated_at = utc_now()
    session.add(row)
    session.flush()
    write_lines(session, row, draft.lines, vat_franchise=identity.vat_franchise)


def refuse_unless_draft(row: DocumentRow, *, deleting: bool = False) -> None:
    if row.status is DocumentStatus.ISSUED:
        raise RuleViolation(ISSUED_NOT_DELETED if deleting else ISSUED_IS_FINAL, number=row.number or "")
    if row.status is not DocumentStatus.DRAFT:
        raise RuleViolation(NOT_A_DRAFT)


def next_number(session: Session, kind: DocumentKind, year: int, fmt: str) -> tuple[int, str]:
    """The next number of the kind's series for ``year``, its counter moved on (the caller's transaction)."""
    counter = session.get(DocumentCounter, (kind, year))
    if counter is None:
        counter = DocumentCounter(kind=kind, year=year, last_seq=0)
    counter.last_seq += 1
    session.add(counter)
    return counter.last_seq, format_number(fmt, year, counter.last_seq)


def freeze_parties(session: Session, row: DocumentRow, *, needs_address: bool = False) -> None:
    """Keep the seller and the buyer as they are now: a sent or issued document prints the same forever.
    ``needs_address``: an invoice must show its buyer's address (CGI annexe II art. 242 nonies A)."""
    if row.contact_id is None:
        raise RuleViolation(NO_CONTACT)
    identity = identity_in(session)
    contact = get_contact(session, row.contact_id)
    billing = billing_in(session, row.contact_id)
    buyer = buyer_party(contact, billing)
    if needs_address and not (buyer.address_lines or buyer.city):
        raise RuleViolation(BUYER_NEEDS_ADDRESS, field="billing_address", name=buyer.name)
    language = language_for(billing, buyer, identity)
    row.seller = seller_snapshot(identity)
    row.buyer = buyer_snapshot(buyer, delivery_party(buyer, billing), language)
    row.language = language


def sync_mirror(session: Session, row: DocumentRow, status: PaymentStatus, amount: int, day: date | None) -> None:
    """Keep the one open payment (``status``) of the document's reference at ``amount``; none when it is 0."""
    if row.number is None or row.contact_id is None:
        return
    ids = [found[0] for found in session.connection().exec_driver_sql(sql.OPEN_MIRRORS, (status.value, row.number))]
    mirrors = [payment for payment in (session.get(Payment, i) for i in ids) if payment is not None]
    if amount <= 0:
        for payment in mirrors:
            session.delete(payment)
        return
    lines = document_lines(session, saved(row))
    first = lines[0] if lines else None
    description = "" if first is None else first.description.split("\n")[0][:_MIRROR_LENGTH]
    if mirrors:
        payment, extra = mirrors[0], mirrors[1:]
        for other in extra:
            session.delete(other)
        payment.amount_cents, payment.currency = amount, row.currency
    else:
        payment = Payment(contact_id=row.contact_id, amount_cents=amount, currency=row.currency, status=status,
                          issued_on=day, description=description, reference=row.number, created_at=utc_now())
    session.add(payment)


def balance_in(session: Session, row: DocumentRow) -> Balance:
    paid = paid_against(session, row)
    credit = credited(session, row)
    return Balance(row.gross_cents, credit, paid, max(0, row.gross_cents - credit - paid))


def sync_invoice_mirror(session: Session, row: DocumentRow) -> Balance:
    session.flush()
    balance = balance_in(session, row)
    sync_mirror(session, row, PaymentStatus.INVOICED, balance.due_cents, row.issue_date)
    return balance


def _issued_invoice(session: Session, document_id: int, not_issued: str) -> tuple[DocumentRow, int]:
    """An issued invoice whose contact is still in the book, with that contact's id; or the refusal
    ``not_issued`` (or `NO_CONTACT`)."""
    invoice = _invoice(session, document_id)
    if invoice.kind is not DocumentKind.INVOICE or invoice.status is not DocumentStatus.ISSUED:
        raise RuleViolation(not_issued)
    if invoice.contact_id is None:
        raise RuleViolation(NO_CONTACT)
    return invoice, invoice.contact_id


def _invoice(session: Session, document_id: int) -> DocumentRow:
    row = get_document(session, document_id)
    if row.kind is DocumentKind.QUOTE:
        raise RuleViolation(NOT_AN_INVOICE)
    return row


# --- drafts ----------------------------------------------------------------------------------------------------


def create_invoice(db: Database, draft: DocumentDraft, *, quote_id: int | None = None) -> DocumentResult:
    """A new draft invoice (no number yet: it is given at issue)."""
    with db.transaction() as session:
        row = DocumentRow(kind=DocumentKind.INVOICE, status=DocumentStatus.DRAFT, quote_id=quote_id)
        apply_draft(session, row, draft)
        return DocumentResult(saved(row), Change.of(contact_ids(row), ChangeKind.DOCUMENT))


def update_draft(db: Database, document_id: int, draft: DocumentDraft) -> DocumentResult:
    """Edit a draft invoice or credit note (an issued one is refused: correct it with a credit note)."""
    with db.transaction() as session:
        row = _invoice(session, document_id)
        refuse_unless_draft(row)
        before = contact_ids(row)
        if row.kind is DocumentKind.CREDIT_NOTE:
            draft = replace(draft, contact_id=row.contact_id or draft.contact_id)  # a credit note's buyer stays
        apply_draft(session, row, draft)
        if row.kind is DocumentKind.CREDIT_NOTE and row.corrects_id is not None:
            _check_credit(session, row, get_document(session, row.corrects_id))
        return DocumentResult(saved(row), Change.of({*before, *contact_ids(row)}, ChangeKind.DOCUMENT))


def delete_draft(db: Database, document_id: int) -> DocumentResult:
    """Delete a draft invoice or credit note; it had no number, so no number is lost. An issued one is refused."""
    with db.transaction() as session:
        row = _invoice(session, document_id)
        refuse_unless_draft(row, deleting=True)
        contacts = contact_ids(row)
        session.delete(row)
        return DocumentResult(document_id, Change.of(contacts, ChangeKind.DOCUMENT))


# --- issue -----------------------------------------------------------------------------------------------------


def issue_document(db: Database, document_id: int, on: date | None = None) -> DocumentResult:
    """Issue a draft invoice or credit note on ``on`` (today by default): it gets the next number of its series,
    in this one transaction with the series' counter, and can never change again."""
    with db.transaction() as session:
        row = _invoice(session, document_id)
        if row.status is DocumentStatus.ISSUED:
            raise RuleViolation(ALREADY_ISSUED, number=row.number or "")
        identity = identity_in(session)
        check_ready_to_issue(identity)
        day = on or date.today()
        if day > date.today():
            raise RuleViolation(ISSUED_IN_FUTURE, field="issue_date")
        corrected = None
        if row.kind is DocumentKind.CREDIT_NOTE:
            corrected = get_document(session, row.corrects_id or 0)
            if corrected.issue_date is not None and day < corrected.issue_date:
                raise RuleViolation(CREDIT_BEFORE_INVOICE, field="issue_date", day=corrected.issue_date.isoformat())
            _check_credit(session, row, corrected)
        last = session.connection().exec_driver_sql(
            sql.LAST_ISSUED, (row.kind.value, DocumentStatus.ISSUED.value)).first()
        check_chronology(day, None if last is None else (date.fromisoformat(last[0]), str(last[1])))
        if row.due_date is not None and row.due_date < day:
            raise RuleViolation(DUE_BEFORE_ISSUE, field="due_date")
        if row.kind is DocumentKind.INVOICE and row.due_date is None:
            row.due_date = day + timedelta(days=identity.payment_days)
        fmt = identity.credit_note_format if row.kind is DocumentKind.CREDIT_NOTE else identity.invoice_format
        freeze_parties(session, row, needs_address=True)
        row.seq, row.number = next_number(session, row.kind, day.year, fmt)
        row.year, row.issue_date = day.year, day
        row.status, row.issued_at, row.updated_at = DocumentStatus.ISSUED, utc_now(), utc_now()
        session.add(row)
        contacts = set(contact_ids(row))
        if row.kind is DocumentKind.INVOICE:
            sync_invoice_mirror(session, row)
            if row.quote_id is not None:
                from carnet.services.quotes import sync_quote_mirror

                sync_quote_mirror(session, get_document(session, row.quote_id))
        elif corrected is not None:
            sync_invoice_mirror(session, corrected)
            contacts |= set(contact_ids(corrected))
        return DocumentResult(saved(row), Change.of(contacts, ChangeKind.DOCUMENT, ChangeKind.PAYMENT), row.number)


# --- credit notes ----------------------------------------------------------------------------------------------


def _check_credit(session: Session, credit: DocumentRow, invoice: DocumentRow) -> None:
    session.flush()
    left = invoice.gross_cents - credited(session, invoice)
    if credit.gross_cents > left:
        raise RuleViolation(CREDIT_TOO_LARGE, field="lines", amount=format_amount(credit.gross_cents),
                            left=format_amount(left), currency=invoice.currency, number=invoice.number or "")


def create_credit_note(db: Database, invoice_id: int, lines: Sequence[LineDraft] | None = None,
                       *, notes: str = "") -> DocumentResult:
    """A draft credit note correcting an issued invoice: all its lines (and its discount) by default, or
    ``lines`` (what is credited, as positive amounts: "1 day not worked"). Issue it with `issue_document`."""
    with db.transaction() as session:
        invoice, contact_id = _issued_invoice(session, invoice_id, CREDIT_NEEDS_ISSUED)
        whole = lines is None
        if lines is None:
            lines = [LineDraft(line.description, line.quantity, line.unit_price_cents, line.vat_rate, line.unit,
                               line.id) for line in document_lines(session, invoice_id)]
        row = DocumentRow(kind=DocumentKind.CREDIT_NOTE, status=DocumentStatus.DRAFT, corrects_id=invoice_id,
                          currency=invoice.currency)
        apply_draft(session, row, DocumentDraft(
            contact_id=contact_id, lines=tuple(lines), discount_cents=invoice.discount_cents if whole else 0,
            currency=invoice.currency, nature=invoice.nature.value, notes=notes))
        _check_credit(session, row, invoice)
        return DocumentResult(saved(row), Change.of(contact_ids(row), ChangeKind.DOCUMENT))


# --- payments --------------------------------------------------------------------------------------------------


def record_invoice_payment(
    db: Database, invoice_id: int, amount_cents: int, paid_on: date | None = None,
    method: PaymentMethod | None = None, *, move_to_client: bool = False, row: int | None = None,
) -> InvoicePayment:
    """Record a payment received against an issued invoice (all that is due, or part of it: a deposit, an
    instalment). It is a paid payment like any other, whose reference is the invoice's number: it enters the
    receipts book, and the result offers to move the contact to Client (``move_to_client``: moved in the same
    transaction, as `carnet.services.payments.record_payment` does)."""
    amount = check_amount_cents(amount_cents)
    day = paid_on or date.today()
    with db.transaction() as session:
        invoice, contact_id = _issued_invoice(session, invoice_id, PAYMENT_NEEDS_ISSUED)
        due = balance_in(session, invoice).due_cents
        if due == 0:
            raise RuleViolation(NOTHING_DUE, number=invoice.number or "")
        if amount > due:
            raise RuleViolation(MORE_THAN_DUE, field="amount", due=format_amount(due), currency=invoice.currency,
                                number=invoice.number or "")
        if invoice.issue_date is not None and day < invoice.issue_date:
            raise RuleViolation(PAID_BEFORE_ISSUED, field="paid_on")
        contact: Contact = get_contact(session, contact_id)
        lines = document_lines(session, invoice_id)
        payment = Payment(
            contact_id=contact_id, amount_cents=amount, currency=invoice.currency, status=PaymentStatus.PAID,
            issued_on=invoice.issue_date, paid_on=day,
            description=lines[0].description.split("\n")[0][:_MIRROR_LENGTH] if lines else "",
            method=method, reference=invoice.number or "", created_at=utc_now(),
        )
        session.add(payment)
        session.flush()
        result = after_payment(session, contact, payment, move_to_client, row)
        balance = sync_invoice_mirror(session, invoice)
        kinds = [ChangeKind.PAYMENT, ChangeKind.DOCUMENT] + ([ChangeKind.STAGE] if result.stage_change else [])
        return InvoicePayment(result, balance.due_cents, Change.of(contact_ids(invoice), *kinds))


def invoice_balance(db: Database, invoice_id: int) -> Balance:
    """An invoice's gross total, what credit notes took off it, what was paid, and what is still due."""
    with db.reading() as session:
        return balance_in(session, _invoice(session, invoice_id))


def lines_of(db: Database, document_id: int) -> list[DocumentLineRow]:
    """A document's lines in order (their ids are what `quotes.invoice_from_quote` chooses among)."""
    with db.reading() as session:
        return document_lines(session, document_id)
