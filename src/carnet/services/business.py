"""The business identity (who sells) and a contact's billing details (who buys): read and saved (issue 20).

Both live in the book (``business_identity``, one row; ``contact_billing``, one row per contact at most) and
travel with the file. Values are checked by `carnet.domain.business_identity` before anything is written.
"""

from __future__ import annotations

from sqlmodel import Session, select

from carnet.domain.business_identity import (
    Address,
    BusinessIdentity,
    ContactBilling,
    check_billing,
    check_identity,
)
from carnet.domain.invoice_document import SaleNature
from carnet.domain.invoice_models import BusinessIdentityRow, ContactBillingRow
from carnet.services.changes import Change, ChangeKind
from carnet.services.lookups import get_contact
from carnet.storage import Database

IDENTITY_ID = 1  # the one row


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line for line in text.split("\n") if line)


def identity_from_row(row: BusinessIdentityRow | None) -> BusinessIdentity:
    if row is None:
        return BusinessIdentity()
    return BusinessIdentity(
        name=row.name, legal_form=row.legal_form,
        address=Address(_lines(row.address_lines), row.postcode, row.city, row.country_code),
        siren=row.siren, siret=row.siret, vat_number=row.vat_number, vat_franchise=row.vat_franchise,
        registration=row.registration, email=row.email, phone=row.phone, iban=row.iban, bic=row.bic,
        logo_path=row.logo_path, payment_days=row.payment_days, late_payment_text=row.late_payment_text,
        vat_on_debits=row.vat_on_debits, nature=SaleNature(row.nature), quote_validity_days=row.quote_validity_days,
        invoice_format=row.invoice_format, quote_format=row.quote_format, credit_note_format=row.credit_note_format,
    )


def identity_in(session: Session) -> BusinessIdentity:
    return identity_from_row(session.get(BusinessIdentityRow, IDENTITY_ID))


def business_identity(db: Database) -> BusinessIdentity:
    """The book's business identity; an empty one (with the default formats and terms) until it is saved."""
    with db.reading() as session:
        return identity_in(session)


def save_business_identity(db: Database, identity: BusinessIdentity) -> Change:
    """Check and store the identity (`InvalidInput` names the first bad field; nothing is written then).

    Documents already sent or issued keep the identity they were made with: they print the same forever."""
    checked = check_identity(identity)
    with db.transaction() as session:
        row = session.get(BusinessIdentityRow, IDENTITY_ID) or BusinessIdentityRow(
            id=IDENTITY_ID, invoice_format=checked.invoice_format, quote_format=checked.quote_format,
            credit_note_format=checked.credit_note_format)
        row.name, row.legal_form = checked.name, checked.legal_form
        row.address_lines = "\n".join(checked.address.lines)
        row.postcode, row.city, row.country_code = checked.address.postcode, checked.address.city, \
            checked.address.country_code
        row.siren, row.siret, row.vat_number = checked.siren, checked.siret, checked.vat_number
        row.vat_franchise, row.registration = checked.vat_franchise, checked.registration
        row.email, row.phone, row.iban, row.bic = checked.email, checked.phone, checked.iban, checked.bic
        row.logo_path, row.payment_days = checked.logo_path, checked.payment_days
        row.late_payment_text, row.vat_on_debits = checked.late_payment_text, checked.vat_on_debits
        row.nature, row.quote_validity_days = checked.nature, checked.quote_validity_days
        row.invoice_format, row.quote_format = checked.invoice_format, checked.quote_format
        row.credit_note_format = checked.credit_note_format
        session.add(row)
    return Change.of((), ChangeKind.BUSINESS)


def billing_from_row(row: ContactBillingRow | None) -> ContactBilling:
    if row is None:
        return ContactBilling()
    delivery = Address(_lines(row.delivery_lines), row.delivery_postcode, row.delivery_city,
                       row.delivery_country or row.billing_country)
    return ContactBilling(
        is_business=row.is_business, name=row.name, siren=row.siren, siret=row.siret, vat_number=row.vat_number,
        billing=Address(_lines(row.billing_lines), row.billing_postcode, row.billing_city, row.billing_country),
        delivery=None if delivery.is_empty else delivery, language=row.language,
    )


def billing_in(session: Session, contact_id: int) -> ContactBilling:
    row = session.exec(select(ContactBillingRow).where(ContactBillingRow.contact_id == contact_id)).first()
    return billing_from_row(row)


def contact_billing(db: Database, contact_id: int) -> ContactBilling:
    """A contact's billing details; empty ones (a private customer, billed at the contact's address) if none."""
    with db.reading() as session:
        return billing_in(session, contact_id)


def save_contact_billing(db: Database, contact_id: int, billing: ContactBilling) -> Change:
    """Check and store a contact's billing details (`InvalidInput` names the first bad field)."""
    checked = check_billing(billing)
    with db.transaction() as session:
        get_contact(session, contact_id)
        write_billing(session, contact_id, checked)
    return Change.of((contact_id,), ChangeKind.BUSINESS)


def write_billing(session: Session, contact_id: int, checked: ContactBilling) -> None:
    """Store billing details already checked (`check_billing`), inside the caller's transaction: the contact
    editor saves the contact and its billing in one (`services.contacts.update_contact`)."""
    row = session.exec(select(ContactBillingRow).where(ContactBillingRow.contact_id == contact_id)).first()
    row = row or ContactBillingRow(contact_id=contact_id)
    row.is_business, row.name = checked.is_business, checked.name
    row.siren, row.siret, row.vat_number = checked.siren, checked.siret, checked.vat_number
    row.billing_lines = "\n".join(checked.billing.lines)
    row.billing_postcode, row.billing_city = checked.billing.postcode, checked.billing.city
    row.billing_country = checked.billing.country_code
    delivery = checked.delivery or Address(country_code="")
    row.delivery_lines = "\n".join(delivery.lines)
    row.delivery_postcode, row.delivery_city = delivery.postcode, delivery.city
    row.delivery_country = delivery.country_code if checked.delivery else ""
    row.language = checked.language
    session.add(row)
