"""A stored quote, invoice or credit note made into the `InvoiceDocument` its PDF and Factur-X XML are written from
(issue 20), and the parties as a document keeps them.

A draft names its seller and buyer as they are now (the business identity, the contact and its billing row); a
sent quote or an issued invoice as they were when it was sent or issued (``document.seller`` and ``buyer``,
JSON written then by `seller_snapshot` and `buyer_snapshot`), so that it prints the same forever.

The texts printed in the document's own language (payment terms, the late-payment default, the quote an invoice
comes from) are the document's content, in the contact's language whatever the interface's: they are written here
in both languages, not translated by Qt.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, select

from carnet.domain.business_identity import (
    BusinessIdentity,
    ContactBilling,
    address_from_text,
    default_language,
)
from carnet.domain.enums import PaymentStatus
from carnet.domain.errors import NotFound
from carnet.domain.invoice_document import (
    BankAccount,
    DocumentKind,
    DocumentLanguage,
    DocumentLine,
    InvoiceDocument,
    Party,
    SaleNature,
    VatBreakdown,
)
from carnet.domain.invoice_models import DocumentLineRow, DocumentRow, DocumentStatus
from carnet.domain.invoicing import PricedLine, compute_totals
from carnet.domain.models import Contact
from carnet.services.business import billing_in, identity_in
from carnet.storage import Database
from carnet.storage.sql import invoices as sql

DOCUMENT_GONE = "This document no longer exists (it may have been deleted)."

_TERMS = {
    DocumentLanguage.FRENCH: ("Paiement à réception de facture.",
                              "Paiement à {days} jours à compter de la date de facture."),
    DocumentLanguage.ENGLISH: ("Payment on receipt of the invoice.", "Payment within {days} days of the invoice date."),
}
_LATE_PAYMENT = {
    DocumentLanguage.FRENCH: "En cas de retard de paiement, des pénalités sont dues au taux de trois fois le taux "
                             "d'intérêt légal.",
    DocumentLanguage.ENGLISH: "Late payment incurs penalties at three times the French legal interest rate.",
}
_FROM_QUOTE = {DocumentLanguage.FRENCH: "Selon devis {number} du {day}.",
               DocumentLanguage.ENGLISH: "As quoted in {number} of {day}."}


def get_document(session: Session, document_id: int) -> DocumentRow:
    row = session.get(DocumentRow, document_id)
    if row is None:
        raise NotFound(DOCUMENT_GONE)
    return row


def document_lines(session: Session, document_id: int) -> list[DocumentLineRow]:
    return list(session.exec(select(DocumentLineRow).where(DocumentLineRow.document_id == document_id)
                             .order_by(col(DocumentLineRow.position), col(DocumentLineRow.id))))


def rate_of(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def priced(line: DocumentLineRow) -> PricedLine:
    return PricedLine(Decimal(line.quantity), line.unit_price_cents, rate_of(line.vat_rate))


# --- what has been paid and credited ---------------------------------------------------------------------------


def paid_against(session: Session, row: DocumentRow) -> int:
    """Received so far against an issued invoice: its paid payments of its number, in its currency."""
    if row.number is None or row.kind is not DocumentKind.INVOICE:
        return 0
    return int(session.connection().exec_driver_sql(
        sql.PAID_AGAINST, (PaymentStatus.PAID.value, row.number, row.currency)).scalar_one())


def credited(session: Session, row: DocumentRow) -> int:
    """What the issued credit notes correcting an invoice take off it."""
    if row.id is None or row.kind is not DocumentKind.INVOICE:
        return 0
    return int(session.connection().exec_driver_sql(
        sql.CREDITED, (DocumentKind.CREDIT_NOTE.value, DocumentStatus.ISSUED.value, row.id)).scalar_one())


# --- the parties -----------------------------------------------------------------------------------------------


def seller_party(identity: BusinessIdentity) -> Party:
    return Party(
        name=identity.name, address_lines=identity.address.lines, postcode=identity.address.postcode,
        city=identity.address.city, country_code=identity.address.country_code, legal_form=identity.legal_form,
        siren=identity.siren, siret=identity.siret, vat_number=identity.vat_number,
        registration=identity.registration, email=identity.email, phone=identity.phone, is_business=True,
    )


def buyer_party(contact: Contact, billing: ContactBilling) -> Party:
    address = billing.billing if not billing.billing.is_empty else address_from_text(contact.address)
    if billing.name:
        name = billing.name
    elif billing.is_business and contact.organisation:
        name = contact.organisation
    else:
        name = contact.display_name
    return Party(
        name=name, address_lines=address.lines, postcode=address.postcode, city=address.city,
        country_code=address.country_code, siren=billing.siren, siret=billing.siret or "",
        vat_number=billing.vat_number, email=contact.email, phone=contact.phone, is_business=billing.is_business,
    )


def delivery_party(buyer: Party, billing: ContactBilling) -> Party | None:
    delivery = billing.delivery
    if delivery is None or delivery.is_empty:
        return None
    party = Party(name=buyer.name, address_lines=delivery.lines, postcode=delivery.postcode, city=delivery.city,
                  country_code=delivery.country_code)
    same = (party.address_lines, party.postcode, party.city, party.country_code) == (
        buyer.address_lines, buyer.postcode, buyer.city, buyer.country_code)
    return None if same else party


def language_for(billing: ContactBilling, buyer: Party, identity: BusinessIdentity) -> DocumentLanguage:
    if billing.language is not None:
        return DocumentLanguage(billing.language)
    return default_language(buyer.country_code if not _no_address(buyer) else "", identity.address.country_code)


def _no_address(party: Party) -> bool:
    return not (party.address_lines or party.postcode or party.city)


def seller_snapshot(identity: BusinessIdentity) -> str:
    """The seller's side of a document as it is sent or issued (JSON kept in ``document.seller``)."""
    return json.dumps({
        "party": asdict(seller_party(identity)), "vat_franchise": identity.vat_franchise,
        "vat_on_debits": identity.vat_on_debits, "payment_days": identity.payment_days,
        "late_payment_text": identity.late_payment_text, "iban": identity.iban, "bic": identity.bic,
        "logo_path": identity.logo_path,
    }, ensure_ascii=False)


def buyer_snapshot(buyer: Party, delivery: Party | None, language: DocumentLanguage) -> str:
    return json.dumps({"party": asdict(buyer), "delivery": None if delivery is None else asdict(delivery),
                       "language": language.value}, ensure_ascii=False)


def _party(values: dict[str, Any]) -> Party:
    return Party(**{**values, "address_lines": tuple(values.get("address_lines", ()))})


class _Sides:
    """The seller's and the buyer's values a document prints, from its snapshots or from the book as it is now."""

    def __init__(self, session: Session, row: DocumentRow) -> None:
        if row.seller:
            seller = json.loads(row.seller)
            self.seller = _party(seller["party"])
            self.vat_franchise = bool(seller["vat_franchise"])
            self.vat_on_debits = bool(seller["vat_on_debits"])
            self.payment_days = int(seller["payment_days"])
            self.late_payment_text = str(seller["late_payment_text"])
            self.iban, self.bic, self.logo_path = str(seller["iban"]), str(seller["bic"]), str(seller["logo_path"])
        else:
            identity = identity_in(session)
            self.seller = seller_party(identity)
            self.vat_franchise, self.vat_on_debits = identity.vat_franchise, identity.vat_on_debits
            self.payment_days, self.late_payment_text = identity.payment_days, identity.late_payment_text
            self.iban, self.bic, self.logo_path = identity.iban, identity.bic, identity.logo_path
        if row.buyer:
            buyer = json.loads(row.buyer)
            self.buyer = _party(buyer["party"])
            self.delivery = None if buyer["delivery"] is None else _party(buyer["delivery"])
            self.language = DocumentLanguage(buyer["language"])
        else:
            contact = session.get(Contact, row.contact_id) if row.contact_id is not None else None
            billing = billing_in(session, row.contact_id) if row.contact_id is not None else ContactBilling()
            if contact is None:  # a draft whose contact was deleted
                self.buyer, self.delivery = Party(name=""), None
            else:
                self.buyer = buyer_party(contact, billing)
                self.delivery = delivery_party(self.buyer, billing)
            identity = identity_in(session)
            self.language = DocumentLanguage(row.language) if row.language else language_for(
                billing, self.buyer, identity)


def payment_terms(days: int, language: DocumentLanguage) -> str:
    on_receipt, within = _TERMS[language]
    return on_receipt if days == 0 else within.format(days=days)


def _iso_day(day: date, language: DocumentLanguage) -> str:
    return day.strftime("%d/%m/%Y") if language is DocumentLanguage.FRENCH else day.isoformat()


def document_in(session: Session, row: DocumentRow, today: date | None = None) -> InvoiceDocument:
    sides = _Sides(session, row)
    lines = document_lines(session, row.id or 0)
    totals = compute_totals([priced(line) for line in lines], row.discount_cents)
    language = sides.language
    paid = paid_against(session, row)
    credit = credited(session, row)
    due = max(0, totals.gross_cents - credit - paid) if row.kind is DocumentKind.INVOICE else 0
    notes = [line for line in row.notes.split("\n") if line.strip()]
    corrects_number, corrects_date = "", None
    if row.corrects_id is not None:
        corrected = get_document(session, row.corrects_id)
        corrects_number, corrects_date = corrected.number or "", corrected.issue_date
    if row.quote_id is not None and row.kind is DocumentKind.INVOICE:
        quote = session.get(DocumentRow, row.quote_id)
        if quote is not None and quote.number and quote.issue_date:
            notes.insert(0, _FROM_QUOTE[language].format(number=quote.number, day=_iso_day(quote.issue_date, language)))
    is_invoice = row.kind is not DocumentKind.QUOTE
    return InvoiceDocument(
        kind=row.kind,
        number=row.number or "",
        issue_date=row.issue_date or today or date.today(),
        language=language,
        currency=row.currency,
        seller=sides.seller,
        buyer=sides.buyer,
        lines=tuple(DocumentLine(line.description, Decimal(line.quantity), line.unit, line.unit_price_cents,
                                 rate_of(line.vat_rate), line.net_cents) for line in lines),
        vat=tuple(VatBreakdown(rate.rate, rate.base_cents, rate.vat_cents) for rate in totals.rates),
        net_total_cents=totals.net_cents,
        vat_total_cents=totals.vat_cents,
        gross_total_cents=totals.gross_cents,
        discount_cents=totals.discount_cents,
        paid_cents=paid,
        due_cents=due,
        delivery_address=sides.delivery,
        sale_date=row.sale_date,
        due_date=row.due_date if row.kind is DocumentKind.INVOICE else None,
        valid_until=row.valid_until if row.kind is DocumentKind.QUOTE else None,
        nature=SaleNature(row.nature),
        vat_franchise=sides.vat_franchise,
        vat_on_debits=sides.vat_on_debits and is_invoice,
        deposit=row.deposit,
        corrects_number=corrects_number,
        corrects_date=corrects_date,
        payment_terms=payment_terms(sides.payment_days, language) if row.kind is DocumentKind.INVOICE else "",
        late_payment_text=(sides.late_payment_text or _LATE_PAYMENT[language]) if row.kind is DocumentKind.INVOICE
        else "",
        conditions=row.conditions,
        bank=BankAccount(sides.iban, sides.bic) if sides.iban and row.kind is DocumentKind.INVOICE else None,
        logo_path=sides.logo_path,
        notes=tuple(notes),
        credited_cents=credit,
    )


def document_for(db: Database, document_id: int) -> InvoiceDocument:
    """Everything the PDF and the Factur-X XML of a quote, an invoice or a credit note show, decided."""
    with db.reading() as session:
        return document_in(session, get_document(session, document_id))


def issued_documents(db: Database, start: date | None = None, end: date | None = None) -> list[InvoiceDocument]:
    """The issued invoices and credit notes whose issue date is within ``start``…``end`` (both included; None: no
    bound), by issue date, then number: what the export writes."""
    first = None if start is None else start.isoformat()
    last = None if end is None else end.isoformat()
    with db.reading() as session:
        ids = [row[0] for row in session.connection().exec_driver_sql(sql.ISSUED_IN_RANGE, (
            DocumentKind.INVOICE.value, DocumentKind.CREDIT_NOTE.value, DocumentStatus.ISSUED.value,
            first, first, last, last))]
        return [document_in(session, get_document(session, document_id)) for document_id in ids]
