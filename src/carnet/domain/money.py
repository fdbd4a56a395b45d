"""Amounts as people type them, in English or French, turned into integer cents (never a float).

The locale's decimal point decides the ambiguous cases: with "." as decimal point, "1,250" is one
thousand two hundred and fifty; with ",", "1,25" is one and a quarter. The other mark is read as a
thousands separator when it is followed by groups of exactly three digits, and as a decimal point
otherwise, because a French user on an English system (or a numeric keypad that only types ".")
still means cents when typing "12.50" or "12,50".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from carnet.domain.errors import InvalidInput
from carnet.domain.validation import BAD_AMOUNT

MAX_AMOUNT_CENTS = 100_000_000_000  # 1,000,000,000.00: far above any invoice a solo business sends
EXAMPLE_CENTS = 125_050

NO_AMOUNT = "Type an amount, such as {example}."
NOT_AN_AMOUNT = "\"{value}\" is not an amount (type it like {example})."
TOO_MANY_DECIMALS = "\"{value}\" has more than two decimals (type it like {example})."
SEVERAL_DECIMAL_POINTS = "\"{value}\" has more than one decimal point (type it like {example})."
TOO_LARGE = "The amount cannot be more than {maximum}."

# Spaces people (and locales) put between thousands: ordinary, no-break, narrow no-break, thin;
# apostrophes for Swiss habits. They never mean a decimal point.
_SPACES = " \u00a0\u202f\u2009"
_APOSTROPHES = "'\u2019"
_MINUS = "\u2212\u2013-"  # "-" last: inside [...] it must not start a range
_SYMBOLS = ("US$", "CA$", "C$", "€", "$", "£")
_CODES = ("EUR", "USD", "GBP", "CHF", "CAD")
_CURRENCY = "|".join(re.escape(c) for c in (*_SYMBOLS, *_CODES))
_WS = f"[\\s{_SPACES}]*"
# One optional currency before or after, one optional sign before; the number itself is checked
# below, so this only has to split the text into its parts.
_SHAPE = re.compile(
    f"^{_WS}(?P<sign1>[+{_MINUS}])?{_WS}(?P<cur1>{_CURRENCY})?{_WS}(?P<sign2>[+{_MINUS}])?{_WS}"
    f"(?P<number>[0-9.,{_SPACES}{_APOSTROPHES}]*[0-9.,]){_WS}(?P<cur2>{_CURRENCY})?{_WS}$",
    re.IGNORECASE,
)
_GROUPED = re.compile(r"^[0-9]{1,3}(?:[ ,.][0-9]{3})*$")
_PLAIN = re.compile(r"^[0-9]*$")
_MAX_LENGTH = 64  # "EUR 1 000 000 000,00" is 20 characters; anything this long was pasted by mistake
_MAX_DIGITS = len(str(MAX_AMOUNT_CENTS // 100))  # refuses huge inputs before int() sees them


def format_amount(cents: int, decimal_point: str = ".", group_separator: str = ",") -> str:
    """Write cents the way ``parse_amount`` reads them back, e.g. 125050 → "1,250.50"."""
    units, hundredths = divmod(abs(cents), 100)
    digits = str(units)
    groups = [digits[max(0, end - 3) : end] for end in range(len(digits), 0, -3)]
    sign = "-" if cents < 0 else ""
    return f"{sign}{group_separator.join(reversed(groups))}{decimal_point}{hundredths:02d}"


def parse_amount(text: str, decimal_point: str = ".", group_separator: str = ",") -> int:
    """Read a typed amount into integer cents, or raise ``InvalidInput`` (field "amount").

    ``decimal_point`` and ``group_separator`` are the locale's (``QLocale.decimalPoint()`` and
    ``groupSeparator()``); an optional currency symbol or code may come before or after.
    """
    example = format_amount(EXAMPLE_CENTS, decimal_point, group_separator)
    value = text.strip()
    if not value.strip(_SPACES):
        raise InvalidInput(NO_AMOUNT, field="amount", example=example)
    shown = value if len(value) <= 40 else value[:39] + "…"

    def refuse(template: str) -> InvalidInput:
        return InvalidInput(template, field="amount", value=shown, example=example)

    if len(value) > _MAX_LENGTH:
        raise refuse(NOT_AN_AMOUNT)  # also keeps the regular expressions below from long backtracking
    normalised = _normalise_marks(value, decimal_point, group_separator)
    shape = _SHAPE.match(normalised)
    if shape is None or (shape["cur1"] and shape["cur2"]) or (shape["sign1"] and shape["sign2"]):
        raise refuse(NOT_AN_AMOUNT)
    if (shape["sign1"] or shape["sign2"] or "+") in _MINUS:
        raise InvalidInput(BAD_AMOUNT, field="amount")
    decimal = "." if decimal_point == "." or decimal_point not in ".," else ","
    units, cents_text = _split(shape["number"], decimal, refuse)
    if len(units.lstrip("0")) > _MAX_DIGITS:
        raise _too_large(decimal_point, group_separator)
    cents = int(units or "0") * 100 + int(cents_text.ljust(2, "0"))
    if cents <= 0:
        raise InvalidInput(BAD_AMOUNT, field="amount")
    if cents > MAX_AMOUNT_CENTS:
        raise _too_large(decimal_point, group_separator)
    return cents


_CURRENCY_OF_SYMBOL = {"US$": "USD", "$": "USD", "CA$": "CAD", "C$": "CAD", "€": "EUR", "£": "GBP"}


def amount_currency(text: str, default: str) -> str:
    """The currency written with an amount ("€ 12", "12 USD"), or ``default`` when none is written.

    Read the same way as `parse_amount` reads the amount, so call it only on text that parses.
    """
    shape = _SHAPE.match(_normalise_marks(text, ".", ","))
    written = shape and (shape["cur1"] or shape["cur2"])
    if not written:
        return default
    return _CURRENCY_OF_SYMBOL.get(written.upper(), written.upper())


def _normalise_marks(value: str, decimal_point: str, group_separator: str) -> str:
    """Map an exotic locale's marks onto "." / "," / space, the only ones the parser knows."""
    if decimal_point not in ".,":
        value = value.replace(decimal_point, ".")
    if group_separator and group_separator not in ".," and decimal_point in ".,":
        value = value.replace(group_separator, " ")
    return value


def _split(number: str, decimal: str, refuse: Callable[[str], InvalidInput]) -> tuple[str, str]:
    """Split the number into its whole units and its (at most two) decimal digits."""
    # Every space-like mark is a thousands separator; make them one character for the checks.
    number = re.sub(f"[{_SPACES}{_APOSTROPHES}]", " ", number)
    other = "," if decimal == "." else "."
    dots, commas = number.count("."), number.count(",")
    if dots and commas:
        # Both marks: the last one is the decimal point, whatever the locale ("1.250,50", "1,250.50").
        mark = "." if number.rfind(".") > number.rfind(",") else ","
        if number.count(mark) > 1:
            raise refuse(SEVERAL_DECIMAL_POINTS)
    elif number.count(decimal) > 1:
        raise refuse(SEVERAL_DECIMAL_POINTS)
    elif number.count(decimal) == 1:
        mark = decimal
    elif number.count(other) == 1 and not re.search(rf"\{other}[0-9]{{3}}$", number):
        mark = other  # "12,50" typed on an English system: cents, not a thousands group
    else:
        mark = ""  # no decimal point; every "." or "," left is a thousands separator
    units, _, fraction = number.rpartition(mark) if mark else (number, "", "")
    if not _PLAIN.match(fraction):
        raise refuse(NOT_AN_AMOUNT)
    if len(fraction) > 2:
        raise refuse(TOO_MANY_DECIMALS)
    units = units.strip()
    if not units and not fraction:
        raise refuse(NOT_AN_AMOUNT)
    if _PLAIN.match(units):
        return units, fraction
    if not _GROUPED.match(units) or len({ch for ch in units if not ch.isdigit()}) > 1:
        # Groups must be of three digits, with one kind of separator: "12 50" is a typo, not 1250.
        raise refuse(NOT_AN_AMOUNT)
    return re.sub("[ ,.]", "", units), fraction


def _too_large(decimal_point: str, group_separator: str) -> InvalidInput:
    maximum = format_amount(MAX_AMOUNT_CENTS, decimal_point, group_separator)
    return InvalidInput(TOO_LARGE, field="amount", maximum=maximum)
