"""Quotes, invoices and payments; a paid payment is what makes a client (SPEC §1)."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from carnet.domain.enums import PaymentStatus, Stage
from carnet.domain.errors import RuleViolation
from carnet.domain.models import Contact, Payment
from carnet.domain.rules import should_offer_client_move
from carnet.domain.types import utc_now
from carnet.domain.validation import check_amount_cents, check_currency
from carnet.services.drafts import PaymentDraft
from carnet.services.lookups import get_contact, get_payment, saved_id
from carnet.services.moves import move_in_session
from carnet.services.results import PaymentResult
from carnet.storage import Database

ALREADY_PAID = "This payment is already marked paid."
PAID_BEFORE_ISSUED = "The payment date cannot be before the date of the quote or invoice."


def record_payment(
    db: Database,
    contact_id: int,
    draft: PaymentDraft,
    *,
    move_to_client: bool = False,
    row: int | None = None,
) -> PaymentResult:
    """Record a quote, an invoice or a payment.

    With ``move_to_client`` (a card dropped on *Client*), the payment and the move are one
    transaction: the card moves only if the payment is saved, and a payment is never saved without it.
    """
    amount = check_amount_cents(draft.amount_cents)
    currency = check_currency(draft.currency)
    paid_on = draft.paid_on
    if draft.status is PaymentStatus.PAID and paid_on is None:
        paid_on = date.today()
    if draft.status is not PaymentStatus.PAID:
        paid_on = None
    if paid_on is not None and draft.issued_on is not None and paid_on < draft.issued_on:
        raise RuleViolation(PAID_BEFORE_ISSUED, field="paid_on")
    with db.transaction() as session:
        contact = get_contact(session, contact_id)
        payment = Payment(
            contact_id=contact_id,
            amount_cents=amount,
            currency=currency,
            status=draft.status,
            issued_on=draft.issued_on,
            paid_on=paid_on,
            description=draft.description.strip(),
            method=draft.method,
            reference=draft.reference.strip(),
            created_at=utc_now(),
        )
        session.add(payment)
        session.flush()
        return after_payment(session, contact, payment, move_to_client, row)


def mark_paid(
    db: Database,
    payment_id: int,
    paid_on: date | None = None,
    *,
    move_to_client: bool = False,
    row: int | None = None,
) -> PaymentResult:
    """Mark an existing quote or invoice as paid (today unless told otherwise)."""
    with db.transaction() as session:
        payment = get_payment(session, payment_id)
        if payment.status is PaymentStatus.PAID:
            raise RuleViolation(ALREADY_PAID)
        paid_on = paid_on or date.today()
        if payment.issued_on is not None and paid_on < payment.issued_on:
            raise RuleViolation(PAID_BEFORE_ISSUED, field="paid_on")
        payment.status = PaymentStatus.PAID
        payment.paid_on = paid_on
        session.flush()
        return after_payment(session, get_contact(session, payment.contact_id), payment, move_to_client, row)


def after_payment(
    session: Session, contact: Contact, payment: Payment, move_to_client: bool, row: int | None
) -> PaymentResult:
    is_paid = payment.status is PaymentStatus.PAID
    stage_change = None
    if move_to_client and should_offer_client_move(contact.stage, payment_is_paid=is_paid):
        moved = move_in_session(session, [saved_id(contact)], Stage.CLIENT, row)
        stage_change = moved.stage_changes[0] if moved.stage_changes else None
    offer = should_offer_client_move(contact.stage, payment_is_paid=is_paid) and not contact.is_archived
    return PaymentResult(payment, contact, stage_change, offer_client_move=offer)
