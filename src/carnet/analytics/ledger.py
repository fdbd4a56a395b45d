"""What each contact paid during a period, gathered in one pass over the payments and shared by the panels."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from carnet.analytics.common import Period
from carnet.analytics.rows import PAID, PaymentRow


@dataclass(frozen=True, slots=True)
class PaidLedger:
    """Paid payments of one period, per contact."""

    period: Period
    ever: frozenset[int]  # contacts with a paid payment at any time (client status, SPEC §1)
    amounts: dict[int, dict[str, int]]  # contact → currency → cents paid in the period
    counts: dict[int, int]  # contact → number of paid payments in the period
    last_day: dict[int, int]  # contact → day number of its last payment in the period


def paid_ledger(payments: Iterable[PaymentRow], period: Period) -> PaidLedger:
    """Gather the paid payments of ``period`` per contact (and who ever paid)."""
    first, last = period.bounds()
    ever: set[int] = set()
    amounts: dict[int, dict[str, int]] = {}
    counts: dict[int, int] = {}
    last_day: dict[int, int] = {}
    for contact_id, status, currency, cents, day in payments:
        if status != PAID:
            continue
        ever.add(contact_id)
        if first <= day <= last:
            per_currency = amounts.get(contact_id)
            if per_currency is None:
                amounts[contact_id] = {currency: cents}
                counts[contact_id] = 1
                last_day[contact_id] = day
            else:
                per_currency[currency] = per_currency.get(currency, 0) + cents
                counts[contact_id] += 1
                if day > last_day[contact_id]:
                    last_day[contact_id] = day
    return PaidLedger(period, frozenset(ever), amounts, counts, last_day)
