"""Creating, editing and deleting contacts, and who referred whom."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from carnet.domain.errors import InvalidInput, RuleViolation
from carnet.domain.models import Contact, StageChange
from carnet.domain.rules import check_move
from carnet.domain.types import utc_now
from carnet.domain.validation import clean_contact_values
from carnet.services.details import draft_values, write_details
from carnet.services.drafts import EDITABLE_FIELDS, ContactDraft
from carnet.services.lookups import get_contact, saved_id
from carnet.services.positions import top_position
from carnet.storage import Database

UNKNOWN_FIELD = "\"{name}\" is not a field that can be edited."
SELF_REFERRAL = "A contact cannot be referred by themselves."
REFERRAL_LOOP = "{referrer} was referred, directly or not, by {name}: that would make a loop."


def create_contact(db: Database, draft: ContactDraft) -> Contact:
    """Add a contact at the top of its stage's column; its creation is its first stage change.

    A new contact cannot start as client or ambassador: those need a paid payment (SPEC §1).
    """
    values, more = draft_values(draft)
    with db.transaction() as session:
        check_move(values["display_name"], draft.stage, has_paid_payment=False).raise_if_refused()
        if draft.referred_by_id is not None:
            get_contact(session, draft.referred_by_id)
        now = utc_now()
        contact = Contact(**values, position=top_position(session, draft.stage), created_at=now, updated_at=now)
        session.add(contact)
        session.flush()
        session.add(StageChange(contact_id=saved_id(contact), from_stage=None, to_stage=draft.stage, at=now))
        write_details(session, saved_id(contact), more)
        return contact


def update_contact(db: Database, contact_id: int, **changes: Any) -> Contact:
    """Change editable fields (not the stage: that is a move, with its rules and history); ``more`` replaces
    the contact's further emails, phones and addresses, and ``billing`` (a `ContactBilling`) its billing
    details (issue 20), in the same transaction."""
    billing = changes.pop("billing", None)
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise InvalidInput(UNKNOWN_FIELD, name=sorted(unknown)[0])
    values = clean_contact_values(changes)
    more = values.pop("more", None)
    if billing is not None:
        from carnet.domain.business_identity import check_billing

        billing = check_billing(billing)  # refused before anything is written
    with db.transaction() as session:
        contact = get_contact(session, contact_id)
        if "referred_by_id" in values:
            _check_referrer(session, contact, values["referred_by_id"])
        for name, value in values.items():
            setattr(contact, name, value)
        if more is not None:
            write_details(session, contact_id, more)
        if billing is not None:
            from carnet.services.business import write_billing

            write_billing(session, contact_id, billing)
        contact.updated_at = utc_now()
        return contact


def delete_contact(db: Database, contact_id: int) -> Contact:
    """Delete a contact with its interactions, payments, stage changes and gifts.

    Contacts it referred keep existing; their "referred by" is cleared by the foreign key.
    """
    with db.transaction() as session:
        contact = get_contact(session, contact_id)
        session.delete(contact)
        return contact


def set_referrer(db: Database, contact_id: int, referrer_id: int | None) -> Contact:
    """Record who sent this contact to you (usually an ambassador), or clear it with None."""
    with db.transaction() as session:
        contact = get_contact(session, contact_id)
        _check_referrer(session, contact, referrer_id)
        contact.referred_by_id = referrer_id
        contact.updated_at = utc_now()
        return contact


def _check_referrer(session: Session, contact: Contact, referrer_id: int | None) -> None:
    if referrer_id is None:
        return
    if referrer_id == contact.id:
        raise RuleViolation(SELF_REFERRAL, field="referred_by_id")
    referrer = get_contact(session, referrer_id)
    link: Contact | None = referrer
    seen: set[int] = set()
    while link is not None and link.referred_by_id is not None and link.id not in seen:
        seen.add(saved_id(link))
        if link.referred_by_id == contact.id:
            raise RuleViolation(
                REFERRAL_LOOP, field="referred_by_id", referrer=referrer.display_name, name=contact.display_name
            )
        link = session.get(Contact, link.referred_by_id)
