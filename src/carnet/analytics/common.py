"""What every panel shares: money per currency, periods of local calendar days, months, medians."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

# Amounts per currency, largest first: ``(("EUR", 125050), ("USD", 30000))``; the same shape as
# `carnet.services.reports.Money`, declared again so that this package imports no database code.
Money = tuple[tuple[str, int], ...]
Month = tuple[int, int]  # (year, month)


def add_money(amounts: Iterable[tuple[str, int]]) -> Money:
    """Amounts summed per currency, largest first (ties by currency code, so the order is stable)."""
    totals: dict[str, int] = {}
    for currency, cents in amounts:
        totals[currency] = totals.get(currency, 0) + cents
    return money_of(totals)


def money_of(totals: dict[str, int]) -> Money:
    """Totals per currency as `Money`: largest first, currencies with nothing left out."""
    if len(totals) == 1:  # nearly every client pays in one currency: skip the sort
        ((currency, cents),) = totals.items()
        return ((currency, cents),) if cents else ()
    return tuple(sorted(((c, v) for c, v in totals.items() if v), key=lambda item: (-item[1], item[0])))


def merge_into(totals: dict[str, int], more: dict[str, int]) -> None:
    """Add ``more``'s amounts to ``totals``, per currency."""
    for currency, cents in more.items():
        totals[currency] = totals.get(currency, 0) + cents


def cents_in(money: Money, currency: str) -> int:
    """The part of ``money`` in ``currency`` (0 when there is none)."""
    return next((cents for code, cents in money if code == currency), 0)


def divide_half_up(cents: int, count: int) -> int:
    """``cents / count`` rounded to the nearest cent, halves up, on integers (no float rounding surprises)."""
    return (2 * cents + count) // (2 * count)


def one_year_before(day: date) -> date:
    """The same day a year earlier; 28 February for a 29 February."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


@dataclass(frozen=True, slots=True)
class Period:
    """Local calendar days from ``start`` to ``end``, both included; ``start`` None means since the beginning."""

    start: date | None
    end: date

    def __post_init__(self) -> None:
        if self.start is not None and self.start > self.end:
            raise ValueError(f"A period cannot start ({self.start}) after it ends ({self.end}).")

    def contains(self, day: date) -> bool:
        return day <= self.end and (self.start is None or day >= self.start)

    def bounds(self) -> tuple[int, int]:
        """The first and last day as day numbers (`date.toordinal`), for quick tests in loops; the first
        is 0 (before any day) for "all time"."""
        return (0 if self.start is None else self.start.toordinal()), self.end.toordinal()

    @classmethod
    def this_year(cls, today: date) -> Period:
        """1 January of ``today``'s year to ``today``."""
        return cls(date(today.year, 1, 1), today)

    @classmethod
    def last_12_months(cls, today: date) -> Period:
        """The 365 (or 366) days ending ``today``: from the day after the same day last year."""
        return cls(one_year_before(today) + timedelta(days=1), today)

    @classmethod
    def all_time(cls, today: date) -> Period:
        return cls(None, today)


def months_between(first: Month, last: Month) -> list[Month]:
    """Every month from ``first`` to ``last``, both included."""
    months = []
    year, month = first
    while (year, month) <= last:
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def median(values: Sequence[float]) -> float | None:
    """The median (mean of the two middle values for an even count); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    middle = len(ordered) // 2
    return float(ordered[middle]) if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
