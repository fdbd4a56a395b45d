"""What each block of a document says, as plain lines of text: the mandatory mentions, each from its field.

No Qt and no layout here: the PDF (`invoice_pdf`) draws these lines where they go, and the tests read them
back from the PDF's text. Which mention applies to which document follows French law (docs/invoicing.md
cites each source): the seller's identity and numbers, the buyer's (a business buyer's SIREN), the dates, the
nature of the supply, VAT or the franchise's formula, payment terms, late-payment penalties, and for
business buyers the €40 recovery indemnity and the early-payment discount conditions.
"""

from __future__ import annotations

from carnet.documents import formats
from carnet.documents.wording import wording
from carnet.domain.invoice_document import DocumentKind, InvoiceDocument, Party

COUNTRIES = {  # the countries a French solo business most often bills, in each language; others by their code
    "FR": ("France", "France"), "BE": ("Belgique", "Belgium"), "CH": ("Suisse", "Switzerland"),
    "LU": ("Luxembourg", "Luxembourg"), "MC": ("Monaco", "Monaco"), "DE": ("Allemagne", "Germany"),
    "ES": ("Espagne", "Spain"), "IT": ("Italie", "Italy"), "NL": ("Pays-Bas", "Netherlands"),
    "PT": ("Portugal", "Portugal"), "IE": ("Irlande", "Ireland"), "GB": ("Royaume-Uni", "United Kingdom"),
    "US": ("États-Unis", "United States"), "CA": ("Canada", "Canada"),
}


def is_invoice(document: InvoiceDocument) -> bool:
    """An invoice or a deposit invoice (not a quote, not a credit note)."""
    return document.kind is DocumentKind.INVOICE


def country_name(code: str, document: InvoiceDocument) -> str:
    names = COUNTRIES.get(code.upper())
    if names is None:
        return code.upper()
    return names[0] if document.language.value == "fr" else names[1]


def address_lines(party: Party, document: InvoiceDocument) -> list[str]:
    """Street lines, then postcode and city, then the country when the two parties are not in the same one."""
    lines = [line for line in party.address_lines if line.strip()]
    town = " ".join(part for part in (party.postcode, party.city) if part)
    if town:
        lines.append(town)
    if document.seller.country_code.upper() != document.buyer.country_code.upper():
        lines.append(country_name(party.country_code, document))
    return lines


def seller_lines(document: InvoiceDocument) -> list[str]:
    """The seller's block: name (the first line, printed bold), legal form, address, numbers, contact."""
    seller, words = document.seller, wording(document.language)
    lines = [seller.name]
    if seller.legal_form:
        lines.append(seller.legal_form)
    lines += address_lines(seller, document)
    lines += identifier_lines(seller, document)
    if seller.registration:
        lines.append(seller.registration)
    if seller.email:
        lines.append(f"{words.email} : {seller.email}" if document.language.value == "fr"
                     else f"{words.email}: {seller.email}")
    if seller.phone:
        lines.append(f"{words.phone} {seller.phone}")
    return lines


def identifier_lines(party: Party, document: InvoiceDocument) -> list[str]:
    """SIREN or SIRET, and the intra-community VAT number, labelled."""
    words = wording(document.language)
    lines = []
    if party.siret:
        lines.append(f"{words.siret} {formats.siren(party.siret)}")
    elif party.siren:
        lines.append(f"{words.siren} {formats.siren(party.siren)}")
    if party.vat_number:
        lines.append(f"{words.vat_number} {party.vat_number}")
    return lines


def buyer_lines(document: InvoiceDocument) -> list[str]:
    """The buyer's block: name, address, and for a business its SIREN (a reform mention) and VAT number."""
    buyer = document.buyer
    lines = [buyer.name, *address_lines(buyer, document)]
    if buyer.is_business or buyer.siren or buyer.siret or buyer.vat_number:
        lines += identifier_lines(buyer, document)
    return lines


def delivery_lines(document: InvoiceDocument) -> list[str]:
    """The delivery address (a reform mention when it differs from the buyer's); none when not given."""
    place = document.delivery_address
    if place is None:
        return []
    return [line for line in (place.name, *address_lines(place, document)) if line]


def reference_lines(document: InvoiceDocument) -> list[tuple[str, str]]:
    """(label, value) pairs beside the title: number, dates, due date or validity."""
    words, language = wording(document.language), document.language
    pairs = [(words.number, document.number), (words.issue_date, formats.day(document.issue_date, language))]
    if document.kind is not DocumentKind.QUOTE:
        pairs.append((words.sale_date, formats.day(document.sale_date or document.issue_date, language)))
    if document.due_date is not None and document.kind is not DocumentKind.QUOTE:
        pairs.append((words.due_date, formats.day(document.due_date, language)))
    if document.valid_until is not None and document.kind is DocumentKind.QUOTE:
        pairs.append((words.valid_until, formats.day(document.valid_until, language)))
    return pairs


def corrects_line(document: InvoiceDocument) -> str:
    """A credit note names the invoice it corrects (its number and date); "" for other documents."""
    if document.kind is not DocumentKind.CREDIT_NOTE or not document.corrects_number:
        return ""
    words = wording(document.language)
    when = formats.day(document.corrects_date, document.language) if document.corrects_date else "—"
    return words.corrects.format(number=document.corrects_number, date=when)


def late_payment_text(document: InvoiceDocument) -> str:
    """The penalty rate's wording; for a business buyer with none given, the rate the law applies by default
    (L441-10: the ECB's refinancing rate plus 10 points), since the invoice must state one."""
    if document.late_payment_text:
        return document.late_payment_text
    return wording(document.language).default_late_payment if document.buyer.is_business else ""


def foot_mentions(document: InvoiceDocument) -> list[str]:
    """The paragraphs printed below the totals, in order; each one a mention the document's fields call for."""
    words = wording(document.language)
    lines = [words.nature.format(nature=words.natures[document.nature])]
    if document.vat_franchise:
        lines.append(words.franchise)
    if document.vat_on_debits:
        lines.append(words.on_debits)
    if document.kind is DocumentKind.QUOTE and document.conditions:
        lines.append(f"{words.conditions} : {document.conditions}" if document.language.value == "fr"
                     else f"{words.conditions}: {document.conditions}")
    if document.payment_terms and document.kind is not DocumentKind.CREDIT_NOTE:
        lines.append(f"{words.payment_terms} : {document.payment_terms}" if document.language.value == "fr"
                     else f"{words.payment_terms}: {document.payment_terms}")
    if is_invoice(document):
        penalty = late_payment_text(document)
        if penalty:
            lines.append(words.late_payment.format(text=penalty))
        if document.buyer.is_business:
            lines.append(words.indemnity)
            lines.append(words.early_payment.format(text=document.early_payment_text)
                         if document.early_payment_text else words.no_early_discount)
    lines += [note for note in document.notes if note.strip()]
    return lines


def legal_line(document: InvoiceDocument) -> str:
    """The seller's identity at the foot of every page: name, form, SIRET or SIREN, registration, VAT number."""
    seller, words = document.seller, wording(document.language)
    parts = [seller.name, seller.legal_form]
    if seller.siret:
        parts.append(f"{words.siret} {formats.siren(seller.siret)}")
    elif seller.siren:
        parts.append(f"{words.siren} {formats.siren(seller.siren)}")
    parts.append(seller.registration)
    if seller.vat_number:  # under the franchise there is none: its formula is among the foot mentions
        parts.append(f"{words.vat_number} {seller.vat_number}")
    return " · ".join(part for part in parts if part)
