"""Who sells and who buys on a document (issue 20): the user's business identity and a contact's billing details,
their validation (python-stdnum: SIREN, SIRET, VAT numbers, IBAN, BIC), and what an invoice needs before it can be
issued. No Qt, no SQL.

The numbers are kept in their compact form ("732829320", "FR40303265045", "FR7630006000011234567890189"); the
documents print them grouped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from stdnum import bic as stdnum_bic
from stdnum import iban as stdnum_iban
from stdnum.eu import vat as stdnum_vat
from stdnum.exceptions import ValidationError
from stdnum.fr import siren as stdnum_siren
from stdnum.fr import siret as stdnum_siret

from carnet.domain.errors import InvalidInput, RuleViolation
from carnet.domain.invoice_document import DocumentLanguage, SaleNature
from carnet.domain.invoicing import CREDIT_NOTE_FORMAT, INVOICE_FORMAT, QUOTE_FORMAT, check_number_format
from carnet.domain.validation import check_email, check_phone

FRANCE = "FR"
DEFAULT_PAYMENT_DAYS = 30
DEFAULT_QUOTE_VALIDITY_DAYS = 30
# French law (Code de commerce L441-10): at most 60 days from the invoice's date between businesses.
MAX_PAYMENT_DAYS_FRANCE = 60
MAX_PAYMENT_DAYS = 365
MAX_VALIDITY_DAYS = 365
MAX_TEXT = 500

BAD_SIREN = "\"{value}\" is not a SIREN number (nine digits whose check digit is right)."
BAD_SIRET = "\"{value}\" is not a SIRET number (fourteen digits whose check digit is right)."
SIRET_NOT_SIREN = "The SIRET {siret} does not begin with the SIREN {siren}."
BAD_VAT_NUMBER = "\"{value}\" is not a European VAT number (such as FR40303265045)."
VAT_NOT_SIREN = "The French VAT number {vat} does not hold the SIREN {siren}."
BAD_IBAN = "\"{value}\" is not an IBAN (its check digits or length are wrong)."
BAD_BIC = "\"{value}\" is not a BIC (8 or 11 letters and digits)."
BAD_COUNTRY = "\"{value}\" is not a country code (two letters, such as FR or BE)."
BAD_POSTCODE = "\"{value}\" is not a French postcode (five digits)."
BAD_PAYMENT_DAYS = "Payment terms are a number of days from 0 to {maximum}."
BAD_VALIDITY_DAYS = "A quote's validity is a number of days from 1 to {maximum}."
TEXT_TOO_LONG = "This text cannot be longer than {maximum} characters."
NEEDS_NAME = "Before issuing an invoice, give your business's name (Tools ▸ Preferences ▸ My Business)."
NEEDS_ADDRESS = "Before issuing an invoice, give your business's address: street, postcode and city."
NEEDS_SIREN = "Before issuing an invoice, give your SIREN or SIRET number (French invoices must show it)."
NEEDS_VAT_CHOICE = ("Before issuing an invoice, give your VAT number, or say that you are under the VAT "
                    "franchise (art. 293 B du CGI).")
BUYER_NEEDS_ADDRESS = "Before issuing an invoice, give {name}'s billing address (street, postcode and city)."

_COUNTRY = re.compile(r"^[A-Z]{2}$")
_FRENCH_POSTCODE = re.compile(r"^[0-9]{5}$")
_LOCALITY = re.compile(r"^(?:F-)?([0-9]{5})\s+(.+)$")


@dataclass(frozen=True)
class Address:
    lines: tuple[str, ...] = ()  # street lines, without postcode and city
    postcode: str = ""
    city: str = ""
    country_code: str = FRANCE

    @property
    def is_empty(self) -> bool:
        return not (self.lines or self.postcode or self.city)

    @property
    def is_complete(self) -> bool:
        return bool(self.lines and self.city and (self.postcode or self.country_code != FRANCE))


@dataclass(frozen=True)
class BusinessIdentity:
    """The user's business as its documents name it (one per book: it travels with the file)."""

    name: str = ""
    legal_form: str = ""  # "EI", "Micro-entrepreneur", "SASU"…
    address: Address = field(default_factory=Address)
    siren: str = ""
    siret: str = ""
    vat_number: str = ""
    vat_franchise: bool = False  # "TVA non applicable, art. 293 B du CGI": no line charges VAT
    registration: str = ""  # "RCS Lyon 732 829 320", "RM 69"
    email: str = ""
    phone: str = ""
    iban: str = ""
    bic: str = ""
    logo_path: str = ""
    payment_days: int = DEFAULT_PAYMENT_DAYS
    late_payment_text: str = ""  # "" : the documents print the legal default in their language
    vat_on_debits: bool = False  # "Option pour le paiement de la taxe d'après les débits"
    nature: SaleNature = SaleNature.SERVICES  # what a new document sells, unless it says otherwise
    quote_validity_days: int = DEFAULT_QUOTE_VALIDITY_DAYS
    invoice_format: str = INVOICE_FORMAT
    quote_format: str = QUOTE_FORMAT
    credit_note_format: str = CREDIT_NOTE_FORMAT


@dataclass(frozen=True)
class ContactBilling:
    """A contact's side of a document: kept apart from the contact's own row (its search triggers stay as they
    are). ``name`` is what the invoice is made out to ("" : the organisation for a business, else the name)."""

    is_business: bool = False
    name: str = ""
    siren: str = ""
    siret: str = ""
    vat_number: str = ""
    billing: Address = field(default_factory=Address)  # empty: the contact's own address is read
    delivery: Address | None = None  # printed only when it differs from the billing address
    language: DocumentLanguage | None = None  # None: `default_language`


def default_language(buyer_country: str, seller_country: str) -> DocumentLanguage:
    """A contact's documents are in French when the buyer is in France (or gives no country and the seller is in
    France), in English otherwise; a contact's own choice overrides it (`ContactBilling.language`)."""
    country = buyer_country or seller_country
    return DocumentLanguage.FRENCH if country == FRANCE else DocumentLanguage.ENGLISH


# --- checks ----------------------------------------------------------------------------------------------------


def _text(value: str, field_name: str, maximum: int = MAX_TEXT) -> str:
    text = value.strip()
    if len(text) > maximum:
        raise InvalidInput(TEXT_TOO_LONG, field=field_name, maximum=maximum)
    return text


def check_siren(value: str, field_name: str = "siren") -> str:
    if not value.strip():
        return ""
    try:
        return str(stdnum_siren.validate(value))
    except ValidationError:
        raise InvalidInput(BAD_SIREN, field=field_name, value=value.strip()) from None


def check_siret(value: str, field_name: str = "siret") -> str:
    if not value.strip():
        return ""
    try:
        return str(stdnum_siret.validate(value))
    except ValidationError:
        raise InvalidInput(BAD_SIRET, field=field_name, value=value.strip()) from None


def check_vat_number(value: str, field_name: str = "vat_number") -> str:
    """A European VAT number in its compact form with its country prefix ("FR40303265045")."""
    if not value.strip():
        return ""
    try:
        return str(stdnum_vat.validate(value))
    except ValidationError:
        raise InvalidInput(BAD_VAT_NUMBER, field=field_name, value=value.strip()) from None


def check_iban(value: str) -> str:
    if not value.strip():
        return ""
    try:
        return str(stdnum_iban.validate(value))
    except ValidationError:
        raise InvalidInput(BAD_IBAN, field="iban", value=value.strip()) from None


def check_bic(value: str) -> str:
    if not value.strip():
        return ""
    try:
        return str(stdnum_bic.validate(value))
    except ValidationError:
        raise InvalidInput(BAD_BIC, field="bic", value=value.strip()) from None


def _check_numbers(siren: str, siret: str, vat: str, prefix: str) -> tuple[str, str, str]:
    """SIREN, SIRET and VAT number checked one by one and together: the SIRET begins with the SIREN (which it
    gives when none was typed), and a French VAT number holds it."""
    siren = check_siren(siren, f"{prefix}siren")
    siret = check_siret(siret, f"{prefix}siret")
    vat = check_vat_number(vat, f"{prefix}vat_number")
    if siret and siren and not siret.startswith(siren):
        raise InvalidInput(SIRET_NOT_SIREN, field=f"{prefix}siret", siret=siret, siren=siren)
    siren = siren or siret[:9]
    if vat.startswith(FRANCE) and siren and vat[4:] != siren:
        raise InvalidInput(VAT_NOT_SIREN, field=f"{prefix}vat_number", vat=vat, siren=siren)
    return siren, siret, vat


def check_address(address: Address, prefix: str = "") -> Address:
    country = address.country_code.strip().upper() or FRANCE
    if not _COUNTRY.match(country):
        raise InvalidInput(BAD_COUNTRY, field=f"{prefix}country", value=address.country_code.strip())
    postcode = address.postcode.strip()
    if country == FRANCE and postcode and not _FRENCH_POSTCODE.match(postcode):
        raise InvalidInput(BAD_POSTCODE, field=f"{prefix}postcode", value=postcode)
    lines = tuple(_text(line, f"{prefix}address") for line in address.lines if line.strip())
    return Address(lines, _text(postcode, f"{prefix}postcode", 20), _text(address.city, f"{prefix}city", 100), country)


def check_identity(identity: BusinessIdentity) -> BusinessIdentity:
    """The identity with every value checked and in its stored form; `InvalidInput` names the first bad one."""
    address = check_address(identity.address)
    siren, siret, vat = _check_numbers(identity.siren, identity.siret, identity.vat_number, "")
    maximum = MAX_PAYMENT_DAYS_FRANCE if address.country_code == FRANCE else MAX_PAYMENT_DAYS
    if not 0 <= identity.payment_days <= maximum:
        raise InvalidInput(BAD_PAYMENT_DAYS, field="payment_days", maximum=maximum)
    if not 1 <= identity.quote_validity_days <= MAX_VALIDITY_DAYS:
        raise InvalidInput(BAD_VALIDITY_DAYS, field="quote_validity_days", maximum=MAX_VALIDITY_DAYS)
    return replace(
        identity,
        name=_text(identity.name, "name", 200),
        legal_form=_text(identity.legal_form, "legal_form", 100),
        address=address,
        siren=siren,
        siret=siret,
        vat_number=vat,
        registration=_text(identity.registration, "registration", 200),
        email=check_email(identity.email.strip()) if identity.email.strip() else "",
        phone=check_phone(identity.phone.strip()) if identity.phone.strip() else "",
        iban=check_iban(identity.iban),
        bic=check_bic(identity.bic),
        logo_path=identity.logo_path.strip(),
        late_payment_text=_text(identity.late_payment_text, "late_payment_text"),
        invoice_format=check_number_format(identity.invoice_format),
        quote_format=check_number_format(identity.quote_format),
        credit_note_format=check_number_format(identity.credit_note_format),
    )


def check_billing(billing: ContactBilling) -> ContactBilling:
    siren, siret, vat = _check_numbers(billing.siren, billing.siret, billing.vat_number, "")
    delivery = None if billing.delivery is None or billing.delivery.is_empty else check_address(
        billing.delivery, "delivery_")
    return replace(billing, name=_text(billing.name, "name", 200), siren=siren, siret=siret, vat_number=vat,
                   billing=check_address(billing.billing), delivery=delivery)


def check_ready_to_issue(identity: BusinessIdentity) -> None:
    """What an invoice must show of its seller (CGI annexe II art. 242 nonies A) before it is issued."""
    if not identity.name:
        raise RuleViolation(NEEDS_NAME, field="name")
    if not identity.address.is_complete:
        raise RuleViolation(NEEDS_ADDRESS, field="address")
    if identity.address.country_code == FRANCE:
        if not (identity.siren or identity.siret):
            raise RuleViolation(NEEDS_SIREN, field="siren")
        if not (identity.vat_number or identity.vat_franchise):
            raise RuleViolation(NEEDS_VAT_CHOICE, field="vat_number")


def address_from_text(text: str) -> Address:
    """A contact's envelope address (`Contact.address`: AFNOR order, one part a line) read into its parts: the
    line "69001 Lyon" gives the postcode and city, the lines above it the street; a line after it is a country's
    name (left out: the country code stays France, as a French postcode says). Without such a line, every line is
    a street line and the city is unknown."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for index in range(len(lines) - 1, -1, -1):
        found = _LOCALITY.match(lines[index])
        if found:
            return Address(tuple(lines[:index]), found[1], found[2].strip(), FRANCE)
    return Address(tuple(lines))
