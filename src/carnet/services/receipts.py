"""The receipts book (livre des recettes, SPEC §3 Money): what was received, day by day, with its totals.

A micro-entrepreneur must keep a chronological book of receipts: the day the money came in, from whom,
what for, how much, how it was paid and its reference. Here that is every payment with status *paid* whose
payment day falls in the range asked, dated by the one rule the rest of Carnet follows
(`carnet.domain.rules.payment_date`: the payment day, else the issue day, else the local day it was
recorded), in date order. Quotes and invoices are not receipts: they are left out until they are paid.
Payments of archived contacts are in: the book lists what was received, whoever has since left the board.

Refunds: Carnet has no refund record and every amount is more than zero (`validation.check_amount_cents`),
so no line of the book is negative and no total is reduced by one. Money paid back is recorded by deleting
the payment, or by correcting its amount (Contact ▸ timeline), which the book then shows as it now is.

Totals are per currency, per month and per calendar year (and over the whole range): amounts in different
currencies are never added together. Within each total the currencies come in the order of their codes, so
a currency keeps its place from one month to the next.

Pure reads returning frozen dataclasses, no Qt; one statement in one read transaction. A row that cannot be
read (a day that is not one, an amount that is not a whole number of cents: a damaged file) raises
`ValueError` or `LookupError` naming the payment, never a wrong figure.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from carnet.domain.enums import PaymentMethod, PaymentStatus, members_by_value
from carnet.services.hot_sql import dbapi
from carnet.storage import Database
from carnet.storage.sql import receipts as sql

_METHODS = members_by_value(PaymentMethod)


@dataclass(frozen=True, slots=True)
class Receipt:
    """One line of the book: one paid payment."""

    payment_id: int
    contact_id: int
    received_on: date
    client: str  # the contact's display name
    description: str  # what for
    amount_cents: int
    currency: str
    method: PaymentMethod | None  # None: not said (payments recorded before Carnet asked)
    reference: str


@dataclass(frozen=True, slots=True)
class CurrencyTotal:
    """What was received in one currency over a period, and in how many payments."""

    currency: str
    cents: int
    count: int


@dataclass(frozen=True, slots=True)
class PeriodTotal:
    """The totals of a month (``month`` 1–12) or of a calendar year (``month`` None), one per currency."""

    year: int
    month: int | None
    totals: tuple[CurrencyTotal, ...]  # by currency code


@dataclass(frozen=True, slots=True)
class ReceiptsBook:
    """The book between two days (both included)."""

    first: date
    last: date
    rows: tuple[Receipt, ...]  # by day, then in the order they were recorded
    months: tuple[PeriodTotal, ...]  # each month with a receipt, in order
    years: tuple[PeriodTotal, ...]  # each calendar year with a receipt, in order (the part in the range)
    totals: tuple[CurrencyTotal, ...]  # over the whole range, by currency code

    @property
    def whole_year(self) -> int | None:
        """The year when the range is exactly one calendar year, else None."""
        if self.first == date(self.first.year, 1, 1) and self.last == date(self.first.year, 12, 31):
            return self.first.year
        return None


def year_range(year: int) -> tuple[date, date]:
    """The first and last day of a calendar year."""
    return date(year, 1, 1), date(year, 12, 31)


def _day(text: object, payment_id: int) -> date:
    if isinstance(text, str):
        with contextlib.suppress(ValueError):
            return date.fromisoformat(text)
    raise ValueError(f"payment {payment_id}: its day {text!r} is not a date")


def _cents(value: object, payment_id: int) -> int:
    # bool is an int to Python, never to SQLite: only a real integer is a number of cents.
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise ValueError(f"payment {payment_id}: its amount {value!r} is not a number of cents")


def _method(value: str | None, payment_id: int) -> PaymentMethod | None:
    if value is None:
        return None
    method = _METHODS.get(value)
    if method is None:
        raise LookupError(f"payment {payment_id}: its method {value!r} is not a payment method")
    return method


def _totals(rows: Iterable[Receipt]) -> tuple[CurrencyTotal, ...]:
    sums: dict[str, list[int]] = {}
    for row in rows:
        found = sums.setdefault(row.currency, [0, 0])
        found[0] += row.amount_cents
        found[1] += 1
    return tuple(CurrencyTotal(currency, cents, count) for currency, (cents, count) in sorted(sums.items()))


def _periods(rows: tuple[Receipt, ...], *, by_month: bool) -> tuple[PeriodTotal, ...]:
    groups: dict[tuple[int, int | None], list[Receipt]] = {}
    for row in rows:  # in date order, so the groups are too
        key = (row.received_on.year, row.received_on.month if by_month else None)
        groups.setdefault(key, []).append(row)
    return tuple(PeriodTotal(year, month, _totals(members)) for (year, month), members in groups.items())


def receipts_book(db: Database, first: date, last: date) -> ReceiptsBook:
    """Every paid payment received from ``first`` to ``last`` (both included), with its totals.

    What a receipt is, how it is dated, and why there are no refunds: see the module's docstring. A range
    whose first day is after its last is an empty book.
    """
    with db.reading() as session:
        found = dbapi(session).execute(
            sql.RECEIPTS, (PaymentStatus.PAID.value, first.isoformat(), last.isoformat())
        ).fetchall()
    rows = tuple(
        Receipt(pid, cid, _day(day, pid), client, description, _cents(cents, pid), currency, _method(method, pid),
                reference)
        for pid, cid, day, client, description, cents, currency, method, reference in found
    )
    return ReceiptsBook(first, last, rows, _periods(rows, by_month=True), _periods(rows, by_month=False),
                        _totals(rows))
