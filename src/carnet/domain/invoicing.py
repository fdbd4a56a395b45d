"""The arithmetic and the numbering of quotes, invoices and credit notes (issue 20): pure functions, no Qt, no SQL.

Amounts are integer cents, quantities and VAT rates `Decimal` (a rate in percent: ``Decimal("5.5")``; None is a
line that charges no VAT: the VAT franchise, or an operation outside VAT's scope).

**The totals, as EN 16931 (and so Factur-X's validators) computes them:**

1. A line's net amount (BT-131) is its quantity × its unit price excluding VAT, rounded half up to the cent,
   once (`line_net_cents`).
2. A discount on the whole document (a document-level allowance, BG-20) is split between the VAT rates the
   document uses, in proportion to each rate's sum of line nets (largest remainder, so the parts add up to the
   discount exactly and each part is within a cent of its exact share; `allocate_discount`). EN 16931 requires
   each document allowance to carry one VAT category and rate (BT-95, BT-96): a discount across several rates is
   therefore one allowance per rate, and the renderer writes rate r's as ``lines_cents - base_cents`` of its
   `RateTotal`.
3. **BR-CO-17**: "VAT category tax amount (BT-117) = VAT category taxable amount (BT-116) × (VAT category rate
   (BT-119) / 100), rounded to two decimals." Each rate's tax is its whole taxable base (its line nets minus its
   share of the discount) × the rate, rounded half up **once** — never a sum of per-line taxes, which can differ
   by a cent per line and is refused by the validators (`vat_cents`).
4. BR-CO-13: the net total (BT-109) is the sum of line nets minus the document's discount; BR-CO-14: the VAT
   total (BT-110) is the sum of the rates' taxes; BR-CO-15: the gross total (BT-112) is their sum.

**Numbering** (French rule: "une numérotation continue, chronologique, sans rupture", CGI annexe II art. 242
nonies A, 7°): each kind of document has its series, formatted by a preference such as ``F-{year}-{seq:04d}``;
the series restarts each year (the year is part of every number, which the format must say, so that two years'
numbers never collide); an issue date may not come before the last issued one of the series
(`check_chronology`). The counting itself is the services' (one transaction with the document).
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from carnet.domain.errors import InvalidInput, RuleViolation
from carnet.domain.money import MAX_AMOUNT_CENTS

# --- values a line accepts -------------------------------------------------------------------------------------

MAX_QUANTITY = Decimal(1_000_000)
QUANTITY_DECIMALS = 3  # "0.125" day; Factur-X carries up to four, a printed invoice rarely more than three
MAX_LINES = 500
MAX_DESCRIPTION = 1000

# UN/ECE recommendation 20 codes (what the XML says; the PDF prints them translated): the units a solo business
# invoices in. "C62" is the plain "one" (a unit, a piece); "LS" a lump sum (forfait).
UNIT_CODES: tuple[str, ...] = ("C62", "H87", "LS", "HUR", "MIN", "DAY", "WEE", "MON", "ANN", "KGM", "GRM", "TNE",
                               "MTR", "KMT", "MTK", "MTQ", "LTR", "SET", "PR")
DEFAULT_UNIT = "C62"

# The French rates (normal, intermediate, reduced, super-reduced) and Corsica's and the overseas ones are all
# accepted: any rate from 0 to 100 excluded with at most two decimals ("8.5", "1.05", "0.9").
FRENCH_VAT_RATES: tuple[Decimal, ...] = (Decimal("20"), Decimal("10"), Decimal("5.5"), Decimal("2.1"), Decimal("0"))
RATE_DECIMALS = 2

NO_DESCRIPTION = "Describe what the line sells."
DESCRIPTION_TOO_LONG = "A line's description cannot be longer than {maximum} characters."
BAD_QUANTITY = "The quantity must be a number above 0 with at most three decimals."
QUANTITY_TOO_LARGE = "The quantity cannot be more than {maximum}."
BAD_UNIT = "\"{unit}\" is not a unit Carnet knows."
BAD_UNIT_PRICE = "The unit price cannot be negative."
UNIT_PRICE_TOO_LARGE = "The unit price cannot be more than {maximum}."
BAD_VAT_RATE = "The VAT rate must be a percentage from 0 to 100 with at most two decimals (such as 20 or 5.5)."
LINE_TOO_LARGE = "A line's total cannot be more than {maximum}."
NO_LINES = "A document needs at least one line."
TOO_MANY_LINES = "A document cannot have more than {maximum} lines."
BAD_DISCOUNT = "The discount cannot be negative."
DISCOUNT_TOO_LARGE = "The discount cannot be more than the lines' total."
BAD_DISCOUNT_PERCENT = "The discount must be a percentage from 0 to 100."

# --- numbering -------------------------------------------------------------------------------------------------

INVOICE_FORMAT = "F-{year}-{seq:04d}"
QUOTE_FORMAT = "D-{year}-{seq:04d}"
CREDIT_NOTE_FORMAT = "A-{year}-{seq:04d}"
MAX_NUMBER_LENGTH = 30

BAD_NUMBER_FORMAT = ("A number format holds {{year}} and {{seq}} once each (the sequence may be padded: "
                     "{{seq:04d}}), with letters, digits and - _ / . around them, such as F-{{year}}-{{seq:04d}}.")
NUMBER_TOO_LONG = "Numbers made by this format would be longer than {maximum} characters."
BEFORE_LAST_ISSUED = ("The issue date cannot be before {last}, the date of {number}: numbers follow the dates "
                      "(French rule of chronological numbering).")

_FORMAT_TEXT = re.compile(r"^[A-Za-z0-9_./-]*$")
_SEQ_SPEC = re.compile(r"^(0[1-9])?d?$")


def _round_cents(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def line_net_cents(quantity: Decimal, unit_price_cents: int) -> int:
    """A line's total excluding VAT: quantity × unit price, rounded half up to the cent (BT-131)."""
    return _round_cents(quantity * unit_price_cents)


def vat_cents(base_cents: int, rate: Decimal | None) -> int:
    """BR-CO-17: a rate's tax is its whole taxable base × rate / 100, rounded half up to the cent once."""
    if rate is None:
        return 0
    return _round_cents(Decimal(base_cents) * rate / 100)


def allocate_discount(discount_cents: int, weights: Sequence[int]) -> list[int]:
    """Split ``discount_cents`` in proportion to ``weights`` (each rate's sum of line nets), by largest remainder:
    the parts add up to the discount and each is within one cent of its exact share. Ties go to the earlier
    weight, so the split is the same every time."""
    total = sum(weights)
    if discount_cents == 0 or total == 0:
        return [0] * len(weights)
    shares = [divmod(discount_cents * weight, total) for weight in weights]
    parts = [whole for whole, _ in shares]
    left = discount_cents - sum(parts)
    for index in sorted(range(len(weights)), key=lambda i: (-shares[i][1], i))[:left]:
        parts[index] += 1
    return parts


def discount_from_percent(lines_cents: int, percent: Decimal) -> int:
    """A percentage discount of the lines' total, in cents (half up): "10 % off" becomes an amount."""
    if not Decimal(0) <= percent <= Decimal(100):
        raise InvalidInput(BAD_DISCOUNT_PERCENT, field="discount")
    return _round_cents(Decimal(lines_cents) * percent / 100)


@dataclass(frozen=True)
class PricedLine:
    """What the totals need of a line."""

    quantity: Decimal
    unit_price_cents: int
    vat_rate: Decimal | None


@dataclass(frozen=True)
class RateTotal:
    """One VAT rate's figures: its lines, its share of the discount, the taxable base left, the tax on it."""

    rate: Decimal | None
    lines_cents: int
    discount_cents: int
    base_cents: int
    vat_cents: int


@dataclass(frozen=True)
class Totals:
    line_nets: tuple[int, ...]  # each line's net, in the lines' order
    lines_cents: int  # the sum of the line nets, before the discount
    discount_cents: int
    rates: tuple[RateTotal, ...]  # in rate order, the lines without VAT first
    net_cents: int  # BT-109
    vat_cents: int  # BT-110
    gross_cents: int  # BT-112

    def base_of(self, rate: Decimal | None) -> int:
        return next((r.base_cents for r in self.rates if r.rate == rate), 0)


def rate_order(rate: Decimal | None) -> tuple[int, Decimal]:
    """The order the VAT breakdown lists its rates in: no VAT first, then the rates from the lowest."""
    return (0, Decimal(0)) if rate is None else (1, rate)


def compute_totals(lines: Sequence[PricedLine], discount_cents: int = 0) -> Totals:
    """Every total of a document (see the module's docstring for the rules and their EN 16931 numbers)."""
    if discount_cents < 0:
        raise InvalidInput(BAD_DISCOUNT, field="discount")
    nets = tuple(line_net_cents(line.quantity, line.unit_price_cents) for line in lines)
    by_rate: dict[Decimal | None, int] = {}
    for line, net in zip(lines, nets, strict=True):
        # Decimal("20") and Decimal("20.0") are one rate: normalise before keying on it.
        key = None if line.vat_rate is None else _plain(line.vat_rate)
        by_rate[key] = by_rate.get(key, 0) + net
    lines_total = sum(nets)
    if discount_cents > lines_total:
        raise InvalidInput(DISCOUNT_TOO_LARGE, field="discount")
    ordered = sorted(by_rate, key=rate_order)
    parts = allocate_discount(discount_cents, [by_rate[rate] for rate in ordered])
    rates = []
    for rate, part in zip(ordered, parts, strict=True):
        base = by_rate[rate] - part
        rates.append(RateTotal(rate, by_rate[rate], part, base, vat_cents(base, rate)))
    net = lines_total - discount_cents
    vat = sum(r.vat_cents for r in rates)
    return Totals(nets, lines_total, discount_cents, tuple(rates), net, vat, net + vat)


def _plain(rate: Decimal) -> Decimal:
    """A rate without trailing zeros nor exponent: 20.0 → 20, 5.50 → 5.5."""
    normal = rate.normalize()
    return normal.quantize(Decimal(1)) if normal == normal.to_integral() else normal


# --- checks of what the user typed -----------------------------------------------------------------------------


def read_decimal(text: str | Decimal | int) -> Decimal | None:
    """A quantity or a rate as typed ("1,5", "5.5", "20 %"), or None if it is not a number."""
    if isinstance(text, Decimal):
        return text if text.is_finite() else None
    if isinstance(text, int):
        return Decimal(text)
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".").removesuffix("%")
    if not cleaned or not re.fullmatch(r"[0-9]*\.?[0-9]*", cleaned) or cleaned == ".":
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def check_quantity(value: str | Decimal | int) -> Decimal:
    quantity = read_decimal(value)
    if quantity is None or quantity <= 0 or -quantity.as_tuple().exponent > QUANTITY_DECIMALS:  # type: ignore[operator]
        raise InvalidInput(BAD_QUANTITY, field="quantity")
    if quantity > MAX_QUANTITY:
        raise InvalidInput(QUANTITY_TOO_LARGE, field="quantity", maximum=f"{MAX_QUANTITY:,}")
    return _plain(quantity)


def check_vat_rate(value: str | Decimal | int | None) -> Decimal | None:
    """A VAT rate in percent, normalised ("20.0" → 20); None (or "") for a line without VAT."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    rate = read_decimal(value)
    if rate is None or not Decimal(0) <= rate < Decimal(100) or -rate.as_tuple().exponent > RATE_DECIMALS:  # type: ignore[operator]
        raise InvalidInput(BAD_VAT_RATE, field="vat_rate")
    return _plain(rate)


def check_unit(code: str) -> str:
    unit = code.strip().upper() or DEFAULT_UNIT
    if unit not in UNIT_CODES:
        raise InvalidInput(BAD_UNIT, field="unit", unit=code.strip())
    return unit


def check_unit_price(cents: int) -> int:
    if cents < 0:
        raise InvalidInput(BAD_UNIT_PRICE, field="unit_price")
    if cents > MAX_AMOUNT_CENTS:
        raise InvalidInput(UNIT_PRICE_TOO_LARGE, field="unit_price", maximum=f"{MAX_AMOUNT_CENTS // 100:,}")
    return cents


def check_description(text: str) -> str:
    description = text.strip()
    if not description:
        raise InvalidInput(NO_DESCRIPTION, field="description")
    if len(description) > MAX_DESCRIPTION:
        raise InvalidInput(DESCRIPTION_TOO_LONG, field="description", maximum=MAX_DESCRIPTION)
    return description


def check_line_net(quantity: Decimal, unit_price_cents: int) -> int:
    net = line_net_cents(quantity, unit_price_cents)
    if net > MAX_AMOUNT_CENTS:
        raise InvalidInput(LINE_TOO_LARGE, field="quantity", maximum=f"{MAX_AMOUNT_CENTS // 100:,}")
    return net


def check_line_count(count: int) -> None:
    if count == 0:
        raise RuleViolation(NO_LINES, field="lines")
    if count > MAX_LINES:
        raise RuleViolation(TOO_MANY_LINES, field="lines", maximum=MAX_LINES)


# --- numbering -------------------------------------------------------------------------------------------------


def check_number_format(text: str) -> str:
    """A number format with ``{year}`` and ``{seq}`` (optionally ``{seq:04d}``) once each, and only letters,
    digits and ``- _ / .`` around them (no other replacement field: str.format must not reach attributes)."""
    fmt = text.strip()
    fields: list[str] = []
    try:
        parsed = list(string.Formatter().parse(fmt))
    except ValueError:
        raise InvalidInput(BAD_NUMBER_FORMAT, field="number_format") from None
    for literal, name, spec, conversion in parsed:
        if not _FORMAT_TEXT.match(literal):
            raise InvalidInput(BAD_NUMBER_FORMAT, field="number_format")
        if name is None:
            continue
        if conversion or name not in ("year", "seq") or (name == "year" and spec) or not _SEQ_SPEC.match(spec or ""):
            raise InvalidInput(BAD_NUMBER_FORMAT, field="number_format")
        fields.append(name)
    if sorted(fields) != ["seq", "year"]:
        raise InvalidInput(BAD_NUMBER_FORMAT, field="number_format")
    if len(format_number(fmt, 9999, 99_999)) > MAX_NUMBER_LENGTH:
        raise InvalidInput(NUMBER_TOO_LONG, field="number_format", maximum=MAX_NUMBER_LENGTH)
    return fmt


def format_number(fmt: str, year: int, seq: int) -> str:
    """The number of the ``seq``-th document of ``year`` in a series (the format checked by `check_number_format`)."""
    return fmt.format(year=year, seq=seq)


def check_chronology(issue_date: date, last: tuple[date, str] | None) -> None:
    """An issue date may not come before the series' last issued one (``last``: its date and number)."""
    if last is not None and issue_date < last[0]:
        raise RuleViolation(BEFORE_LAST_ISSUED, field="issue_date", last=last[0].isoformat(), number=last[1])


# --- what a dialog hands the services --------------------------------------------------------------------------


@dataclass(frozen=True)
class LineDraft:
    """A line as typed: checked by the services (`check_line`)."""

    description: str
    quantity: Decimal | str | int
    unit_price_cents: int
    vat_rate: Decimal | str | int | None
    unit: str = DEFAULT_UNIT
    source_line_id: int | None = None  # the quote line it comes from, the invoice line it credits


@dataclass(frozen=True)
class CheckedLine:
    description: str
    quantity: Decimal
    unit: str
    unit_price_cents: int
    vat_rate: Decimal | None
    net_cents: int
    source_line_id: int | None = None

    @property
    def priced(self) -> PricedLine:
        return PricedLine(self.quantity, self.unit_price_cents, self.vat_rate)


NO_VAT_UNDER_FRANCHISE = ("Under the VAT franchise (art. 293 B du CGI) no line charges VAT: choose \"No VAT\" for "
                          "the line, or turn the franchise off in Tools ▸ Preferences ▸ My Business.")


def check_line(line: LineDraft, *, vat_franchise: bool = False) -> CheckedLine:
    quantity = check_quantity(line.quantity)
    price = check_unit_price(line.unit_price_cents)
    rate = check_vat_rate(line.vat_rate)
    if vat_franchise and rate is not None:
        raise RuleViolation(NO_VAT_UNDER_FRANCHISE, field="vat_rate")
    return CheckedLine(check_description(line.description), quantity, check_unit(line.unit), price, rate,
                       check_line_net(quantity, price), line.source_line_id)


@dataclass(frozen=True)
class DocumentDraft:
    """A quote's, an invoice's or a credit note's editable values (a draft's: a sent or issued one changes no
    more). None: the default (the book's home currency, the business's sale nature, its payment terms…)."""

    contact_id: int
    lines: tuple[LineDraft, ...]
    discount_cents: int = 0
    currency: str | None = None
    issue_date: date | None = None  # a quote's date; an invoice's is given when it is issued
    sale_date: date | None = None
    due_date: date | None = None
    valid_until: date | None = None
    nature: str | None = None  # a `SaleNature` value
    conditions: str = ""
    notes: str = ""
    deposit: bool = False
