"""Revenue (issue 6 §2): paid per month, the open pipeline, the average payment, revenue per client.

- A payment is revenue on the day it was **paid** (status paid); quotes and invoices are not revenue.
- **Per month**: every month of the period (from the first payment's month for "all time"), per currency;
  the chart draws the home currency.
- **Pipeline**: quotes and invoices not paid yet, *issued* during the period, of contacts on the board
  (an archived contact's open quote is lost business, not pipeline). Quoted and invoiced apart.
- **Average payment**: paid in the period divided by the number of paid payments, per currency.
- **Revenue per client**: paid in the period divided by the number of contacts who paid in it (in that
  currency), per currency. Archived contacts count: the money came in.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date

from carnet.analytics.common import Money, Month, Period, add_money, divide_half_up, money_of, months_between
from carnet.analytics.rows import PAID, PaymentRow
from carnet.domain.enums import PaymentStatus

_QUOTED = PaymentStatus.QUOTED.value


@dataclass(frozen=True, slots=True)
class MonthRevenue:
    month: Month  # (year, month)
    paid: Money


@dataclass(frozen=True, slots=True)
class RevenueSummary:
    """The revenue panel's figures for one period."""

    by_month: tuple[MonthRevenue, ...]
    total: Money  # paid in the period
    payments: int  # how many paid payments in the period
    clients: int  # how many contacts paid in the period (whatever the currency)
    average_payment: Money  # per currency: that currency's total / its number of payments
    per_client: Money  # per currency: that currency's total / the contacts who paid in it
    quoted: Money  # open quotes issued in the period (contacts on the board)
    invoiced: Money  # open invoices issued in the period (contacts on the board)

    @property
    def pipeline(self) -> Money:
        """Quoted and invoiced, not paid yet."""
        return add_money(self.quoted + self.invoiced)


def revenue(payments: Iterable[PaymentRow], period: Period, archived_ids: Collection[int]) -> RevenueSummary:
    """The revenue figures of ``period``; ``archived_ids`` are the archived contacts (left out of the pipeline)."""
    first, last = period.bounds()
    by_day: dict[tuple[int, str], int] = {}  # (day, currency) → cents: months are made from days once
    counts: dict[str, int] = {}
    payers: dict[str, set[int]] = {}
    quoted: dict[str, int] = {}
    invoiced: dict[str, int] = {}
    for contact_id, status, currency, cents, day in payments:
        if not first <= day <= last:
            continue
        if status == PAID:
            key = (day, currency)
            by_day[key] = by_day.get(key, 0) + cents
            counts[currency] = counts.get(currency, 0) + 1
            payers.setdefault(currency, set()).add(contact_id)
        elif contact_id not in archived_ids:
            bucket = quoted if status == _QUOTED else invoiced
            bucket[currency] = bucket.get(currency, 0) + cents
    monthly: dict[Month, dict[str, int]] = {}
    totals: dict[str, int] = {}
    for (day, currency), cents in by_day.items():
        moment = date.fromordinal(day)
        per_currency = monthly.setdefault((moment.year, moment.month), {})
        per_currency[currency] = per_currency.get(currency, 0) + cents
        totals[currency] = totals.get(currency, 0) + cents
    start = period.start or (date.fromordinal(min(day for day, _ in by_day)) if by_day else None)
    months = months_between((start.year, start.month), (period.end.year, period.end.month)) if start else []
    return RevenueSummary(
        by_month=tuple(MonthRevenue(month, money_of(monthly.get(month, {}))) for month in months),
        total=money_of(totals),
        payments=sum(counts.values()),
        clients=len(set().union(*payers.values())),
        average_payment=add_money((c, divide_half_up(cents, counts[c])) for c, cents in totals.items()),
        per_client=add_money((c, divide_half_up(cents, len(payers[c]))) for c, cents in totals.items()),
        quoted=money_of(quoted),
        invoiced=money_of(invoiced),
    )
