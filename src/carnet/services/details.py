"""A contact's further emails, phones and addresses (`ContactDetail`), beside the primary ones.

The primary email, phone and address are columns of the contact (the card, the board's filter and the
duplicate check read them without a join); the others are rows of ``contact_detail``, in order. Written by
the services that write contacts (create, edit, import, merge), inside their transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from typing import Any

from sqlmodel import Session, col, delete, select

from carnet.domain.drafts import ContactDetail, ContactDraft
from carnet.domain.enums import DetailKind
from carnet.domain.models import Contact, ContactDetailRow
from carnet.domain.validation import clean_contact_values, clean_details
from carnet.storage import Database

# The contact column holding the primary value of each kind.
PRIMARY = {DetailKind.EMAIL: "email", DetailKind.PHONE: "phone", DetailKind.ADDRESS: "address"}


def draft_values(draft: ContactDraft) -> tuple[dict[str, Any], tuple[ContactDetail, ...]]:
    """The draft's contact columns, checked, and its further values, checked (`dataclasses.asdict` would
    turn the details into dicts)."""
    values = {field.name: getattr(draft, field.name) for field in fields(draft) if field.name != "more"}
    return clean_contact_values(values), clean_details(draft.more)


def write_details(session: Session, contact_id: int, details: Iterable[ContactDetail]) -> None:
    """Replace the contact's further values with ``details`` (checked already), in that order."""
    session.exec(delete(ContactDetailRow).where(col(ContactDetailRow.contact_id) == contact_id))
    session.add_all(
        ContactDetailRow(contact_id=contact_id, kind=detail.kind, label=detail.label, value=detail.value,
                         position=position)
        for position, detail in enumerate(details)
    )


def details_in(session: Session, contact_id: int) -> tuple[ContactDetail, ...]:
    rows = session.exec(
        select(ContactDetailRow).where(ContactDetailRow.contact_id == contact_id)
        .order_by(col(ContactDetailRow.position), col(ContactDetailRow.id))
    )
    return tuple(ContactDetail(DetailKind(row.kind), row.value, row.label) for row in rows)


def contact_more(db: Database, contact_id: int) -> tuple[ContactDetail, ...]:
    """The contact's further emails, phones and addresses, in order."""
    with db.reading() as session:
        return details_in(session, contact_id)


def merged_details(
    contact: Contact, kept: Iterable[ContactDetail], incoming: ContactDraft
) -> tuple[ContactDetail, ...]:
    """What a merge keeps beyond ``contact``'s primary values: its own further values, then every value of
    ``incoming`` (primary or further) it does not hold yet. Nothing is dropped."""
    offered = [ContactDetail(kind, getattr(incoming, column)) for kind, column in PRIMARY.items()]
    primary = {(kind, str(getattr(contact, column)).strip().casefold()) for kind, column in PRIMARY.items()}
    combined = [*kept, *offered, *incoming.more]
    return tuple(detail for detail in clean_details(combined)
                 if (detail.kind, detail.value.casefold()) not in primary)
