"""This year's revenue against the user's ceilings (issue 15 item 6): pure figures, no Qt, no settings.

- **Revenue so far**: the paid payments dated (`domain.rules.payment_date`, as the rows carry it) from
  1 January of ``today``'s year to ``today``, in the home currency only. Amounts in other currencies are kept
  apart (`YearRevenue.others`) to be listed beside it: never converted, never added.
- **Ceilings**: two amounts the user sets, both optional (Carnet invents none: they change by law and by
  activity), in one currency, the one the user typed them in. Compared only with revenue in that same
  currency: a book whose home currency is another one gets no bar rather than a false one.
- **Levels** are decided on integers (``5 × revenue ≥ 4 × ceiling``), never on a rounded float, so that
  exactly 80 % warns and 79.99 % does not, and "passed" means strictly above the ceiling.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import IntEnum, StrEnum

from carnet.analytics.common import Money, money_of
from carnet.analytics.rows import PAID, PaymentRow

# The share of a ceiling from which the dashboard warns, as a fraction of integers: 80 %.
NEAR_NUMERATOR, NEAR_DENOMINATOR = 4, 5


class Ceiling(StrEnum):
    """The two ceilings, in the order the dashboard shows them."""

    TURNOVER = "turnover"  # "plafond de chiffre d'affaires" (micro-entreprise)
    VAT_FRANCHISE = "vat_franchise"  # "seuil de franchise en base de TVA"


class Level(IntEnum):
    """How far revenue has come towards a ceiling; higher is more urgent."""

    BELOW = 0  # under 80 %: nothing to say
    NEAR = 1  # 80 % or more, below the ceiling
    REACHED = 2  # exactly the ceiling: one more payment passes it
    PASSED = 3  # strictly above the ceiling


@dataclass(frozen=True, slots=True)
class Ceilings:
    """The user's ceilings in cents of ``currency``; None (or 0, which no rule means) for one not set."""

    turnover: int | None = None
    vat_franchise: int | None = None
    currency: str | None = None  # what the amounts were typed in; None when neither is set

    def amounts(self) -> tuple[tuple[Ceiling, int], ...]:
        """The ceilings that are set (a positive amount), in display order."""
        pairs = ((Ceiling.TURNOVER, self.turnover), (Ceiling.VAT_FRANCHISE, self.vat_franchise))
        return tuple((ceiling, cents) for ceiling, cents in pairs if cents is not None and cents > 0)

    @property
    def any_set(self) -> bool:
        return bool(self.amounts())


@dataclass(frozen=True, slots=True)
class Standing:
    """Revenue against one ceiling."""

    ceiling: Ceiling
    ceiling_cents: int  # > 0
    revenue_cents: int

    @property
    def fraction(self) -> float:
        """Revenue over the ceiling (1.0 at the ceiling, above 1 past it): for drawing only."""
        return self.revenue_cents / self.ceiling_cents

    @property
    def percent(self) -> int:
        """The whole percent reached, rounded down: 99.9 % reads "99", never a "100" not yet reached."""
        return self.revenue_cents * 100 // self.ceiling_cents

    @property
    def level(self) -> Level:
        if self.revenue_cents > self.ceiling_cents:
            return Level.PASSED
        if self.revenue_cents == self.ceiling_cents:
            return Level.REACHED
        if self.revenue_cents * NEAR_DENOMINATOR >= self.ceiling_cents * NEAR_NUMERATOR:
            return Level.NEAR
        return Level.BELOW


def standing(ceiling: Ceiling, revenue_cents: int, ceiling_cents: int | None) -> Standing | None:
    """Revenue against one ceiling; None when the ceiling is not set (None) or not a positive amount."""
    if ceiling_cents is None or ceiling_cents <= 0:
        return None
    return Standing(ceiling, ceiling_cents, revenue_cents)


@dataclass(frozen=True, slots=True)
class YearRevenue:
    """Paid from 1 January of ``year`` to ``today``."""

    year: int
    today: date
    currency: str  # the home currency
    cents: int  # paid in the home currency
    others: Money  # paid in other currencies, largest first: listed, never added
    payments: int  # paid payments in the home currency


def year_revenue(payments: Iterable[PaymentRow], today: date, currency: str) -> YearRevenue:
    """The paid payments of ``today``'s calendar year up to ``today``, the home ``currency`` apart."""
    first, last = date(today.year, 1, 1).toordinal(), today.toordinal()
    home = count = 0
    others: dict[str, int] = {}
    for _contact, status, code, cents, day in payments:
        if status != PAID or not first <= day <= last:
            continue
        if code == currency:
            home += cents
            count += 1
        else:
            others[code] = others.get(code, 0) + cents
    return YearRevenue(today.year, today, currency, home, money_of(others), count)


@dataclass(frozen=True, slots=True)
class RevenueAgainstCeilings:
    """What the dashboard's panel shows."""

    revenue: YearRevenue
    ceilings: Ceilings
    standings: tuple[Standing, ...]  # one per ceiling set, in display order; none when the currencies differ

    @property
    def currency_differs(self) -> bool:
        """Ceilings are set, in another currency than the book's: they cannot be compared with its revenue."""
        return self.ceilings.any_set and self.ceilings.currency not in (None, self.revenue.currency)

    @property
    def level(self) -> Level:
        """The most urgent level of all the ceilings."""
        return max((s.level for s in self.standings), default=Level.BELOW)


def against_ceilings(revenue: YearRevenue, ceilings: Ceilings) -> RevenueAgainstCeilings:
    """``revenue`` against each ceiling set, when they are in its currency (or say no currency)."""
    comparable = ceilings.currency in (None, revenue.currency)
    found = (standing(ceiling, revenue.cents, cents) for ceiling, cents in ceilings.amounts()) if comparable else ()
    return RevenueAgainstCeilings(revenue, ceilings, tuple(s for s in found if s is not None))
