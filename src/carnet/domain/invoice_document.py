"""A quote, invoice or credit note as it is printed and exported: every value a document shows, already decided.

This is the contract between the invoicing services (which read the book and compute) and the documents
made from it (the PDF in the contact's language, the Factur-X XML inside it). A renderer never computes a
total nor looks anything up: what it prints is here, so that the PDF a person reads and the XML a machine
reads cannot disagree. Amounts are integer cents in ``currency``; quantities and rates are ``Decimal``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum


class DocumentKind(StrEnum):
    QUOTE = "quote"  # devis
    INVOICE = "invoice"  # facture (a deposit invoice, facture d'acompte, is an invoice with ``deposit``)
    CREDIT_NOTE = "credit_note"  # avoir: corrects an issued invoice, which is never edited


class SaleNature(StrEnum):
    """What the invoice sells: a mention required on French invoices from the e-invoicing reform."""

    GOODS = "goods"
    SERVICES = "services"
    BOTH = "both"


class DocumentLanguage(StrEnum):
    FRENCH = "fr"
    ENGLISH = "en"


@dataclass(frozen=True)
class Party:
    """The seller (the user's business) or the buyer (the contact), as the document names them."""

    name: str
    address_lines: tuple[str, ...] = ()  # street lines, without postcode and city
    postcode: str = ""
    city: str = ""
    country_code: str = "FR"  # ISO 3166-1 alpha-2
    legal_form: str = ""  # "EI", "Micro-entrepreneur", "SASU"…
    siren: str = ""  # 9 digits, validated
    siret: str = ""  # 14 digits, validated
    vat_number: str = ""  # intra-community VAT number, validated ("" under the VAT franchise)
    registration: str = ""  # "RCS Lyon 123 456 789", "RM 69"… ("" when not registered)
    email: str = ""
    phone: str = ""
    is_business: bool = False  # a buyer that is a business: SIREN, late-payment indemnity, B2B mentions


@dataclass(frozen=True)
class BankAccount:
    iban: str  # validated, printed in groups of four
    bic: str = ""


@dataclass(frozen=True)
class DocumentLine:
    description: str
    quantity: Decimal
    unit: str  # a UN/ECE rec. 20 code for the XML ("C62" one, "HUR" hour, "DAY" day…); printed translated
    unit_price_cents: int  # excluding VAT
    vat_rate: Decimal | None  # percent ("20", "5.5"); None: no VAT charged (VAT franchise)
    net_cents: int  # quantity × unit price, rounded to the cent (half up): the line's total excluding VAT


@dataclass(frozen=True)
class VatBreakdown:
    """One VAT rate's totals: the tax is the rate applied to the rate's whole base, rounded once."""

    rate: Decimal | None  # None: the VAT-franchise line of the breakdown (no tax, exemption reason printed)
    base_cents: int
    vat_cents: int


@dataclass(frozen=True)
class InvoiceDocument:
    kind: DocumentKind
    number: str  # "F-2026-0001"; a quote's own number ("D-2026-0001"); never empty once issued
    issue_date: date
    language: DocumentLanguage
    currency: str  # ISO 4217
    seller: Party
    buyer: Party
    lines: tuple[DocumentLine, ...]
    vat: tuple[VatBreakdown, ...]  # one per rate, in rate order
    net_total_cents: int  # after the document's discount, excluding VAT
    vat_total_cents: int
    gross_total_cents: int  # including VAT; what the buyer owes for this document
    discount_cents: int = 0  # a discount on the whole document, excluding VAT, already taken from the bases
    paid_cents: int = 0  # received so far against this invoice (deposits included)
    due_cents: int = 0  # gross total minus paid (and minus credited_cents): the balance due
    delivery_address: Party | None = None  # printed only when it differs from the buyer's address
    sale_date: date | None = None  # date of the sale or of the service's end, when it differs from issue_date
    due_date: date | None = None  # invoices
    valid_until: date | None = None  # quotes
    nature: SaleNature = SaleNature.SERVICES
    vat_franchise: bool = False  # "TVA non applicable, art. 293 B du CGI"
    vat_on_debits: bool = False  # "Option pour le paiement de la taxe d'après les débits"
    deposit: bool = False  # a deposit invoice (facture d'acompte)
    corrects_number: str = ""  # a credit note: the invoice it corrects
    corrects_date: date | None = None
    payment_terms: str = ""  # "30 days from the invoice date"
    late_payment_text: str = ""  # the penalty rate's wording; the €40 indemnity is added for business buyers
    conditions: str = ""  # a quote's conditions, free text
    bank: BankAccount | None = None
    logo_path: str = ""  # an image file the user chose, or ""
    notes: tuple[str, ...] = field(default_factory=tuple)  # further free lines printed at the foot
    # Added for the documents (optional, so builders need not set them):
    early_payment_text: str = ""  # a discount for early payment (escompte, L441-9); "": "no discount" is printed
    credited_cents: int = 0  # an invoice: what its issued credit notes take off it (added by the invoicing services)
