"""Amounts, dates, quantities, rates and identifiers written the way the document's language writes them.

French: "1 234,50 €", "01/12/2026", "5,5 %"; English: "€1,234.50", "1 December 2026", "5.5%". This is the
document's language, not the computer's locale nor the window's (QLocale would follow the system), so the
conventions are written out here, for two languages, without Qt.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from carnet.domain.invoice_document import DocumentLanguage

NBSP = "\u00a0"  # between an amount and "€", between a number and "%" (French)
THIN_NBSP = "\u202f"  # French thousands separator (espace fine insécable), as the Imprimerie nationale sets it
SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$"}
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")


def _grouped(digits: str, separator: str) -> str:
    """'1234567' → '1 234 567' (with ``separator``)."""
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[n:n + 3] for n in range(head, len(digits), 3)]
    return separator.join(groups)


def number(value: Decimal, language: DocumentLanguage, places: int | None = None) -> str:
    """A decimal number with the language's separators: ``places`` decimals, or as few as the value needs."""
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places))
        text = f"{abs(value):.{places}f}"
    else:
        text = format(abs(value).normalize(), "f")
    whole, _, fraction = text.partition(".")
    french = language is DocumentLanguage.FRENCH
    whole = _grouped(whole, THIN_NBSP if french else ",")
    sign = "-" if value < 0 else ""
    return sign + whole + ((("," if french else ".") + fraction) if fraction else "")


def money(cents: int, currency: str, language: DocumentLanguage) -> str:
    """'1 234,50 €' (French) or '€1,234.50' (English); a currency without a symbol here is written by its code."""
    amount = number(Decimal(cents).scaleb(-2), language, 2)
    symbol = SYMBOLS.get(currency, currency)
    if language is DocumentLanguage.FRENCH:
        return f"{amount}{NBSP}{symbol}"
    sign, digits = ("-", amount[1:]) if amount.startswith("-") else ("", amount)
    return f"{sign}{symbol}{digits}" if currency in SYMBOLS else f"{sign}{symbol}{NBSP}{digits}"


def day(value: date, language: DocumentLanguage) -> str:
    """'01/12/2026' (French) or '1 December 2026' (English): four-digit years, no ambiguity of order."""
    if language is DocumentLanguage.FRENCH:
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    return f"{value.day} {ENGLISH_MONTHS[value.month - 1]} {value.year}"


def quantity(value: Decimal, language: DocumentLanguage) -> str:
    """'1,5' / '1.5', '3', '1 000': no trailing zeros."""
    return number(value, language)


def rate(value: Decimal, language: DocumentLanguage) -> str:
    """A VAT rate: '5,5 %' (French, a no-break space before the sign) or '5.5%'."""
    text = number(value, language)
    return f"{text}{NBSP}%" if language is DocumentLanguage.FRENCH else f"{text}%"


def siren(value: str) -> str:
    """'123456789' → '123 456 789'; a SIRET '12345678900012' → '123 456 789 00012'."""
    digits = value.replace(" ", "")
    if len(digits) == 14:
        return f"{digits[:3]} {digits[3:6]} {digits[6:9]} {digits[9:]}"
    if len(digits) == 9:
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    return value


def iban(value: str) -> str:
    """An IBAN in groups of four, as banks print it."""
    compact = value.replace(" ", "").upper()
    return " ".join(compact[n:n + 4] for n in range(0, len(compact), 4))
