"""Small reads the services share inside their write transactions."""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session, col, select

from carnet.domain.errors import NotFound
from carnet.domain.models import Contact, Payment

CONTACT_GONE = "This contact no longer exists (it may have been deleted)."
PAYMENT_GONE = "This payment no longer exists (it may have been deleted)."


def get_contact(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFound(CONTACT_GONE)
    return contact


def saved_id(contact: Contact) -> int:
    """The id of a contact read from the database or flushed to it; only one never flushed has none."""
    if contact.id is None:
        raise AssertionError("a contact that was never flushed has no id")
    return contact.id


def get_contacts(session: Session, contact_ids: Iterable[int]) -> list[Contact]:
    """The contacts in the order asked; any missing id refuses the whole action."""
    ids = list(dict.fromkeys(contact_ids))
    found = {c.id: c for c in session.exec(select(Contact).where(col(Contact.id).in_(ids)))}
    if len(found) != len(ids):
        raise NotFound(CONTACT_GONE)
    return [found[i] for i in ids]


def get_payment(session: Session, payment_id: int) -> Payment:
    payment = session.get(Payment, payment_id)
    if payment is None:
        raise NotFound(PAYMENT_GONE)
    return payment
