"""What each contact paid during a period, gathered in one pass over the payments and shared by the panels."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from carnet.analytics.common import Period
from carnet.analytics.rows import PAID, PaymentRow


@dataclass(frozen=True, slots=True)
class PaidLedger:
    """Paid payments of one period, per contact; of one currency only when ``currency`` is set."""

    period: Period
    currency: str | None  # None: every currency, each kept apart in ``amounts``
    ever: frozenset[int]  # contacts with a paid payment (in ``currency``, if set) at any time (client status)
    amounts: dict[int, dict[str, int]]  # contact → currency → cents paid in the period
    counts: dict[int, int]  # contact → number of paid payments in the period
    last_day: dict[int, int]  # contact → day number of its last payment in the period


def paid_ledger(payments: Iterable[PaymentRow], period: Period, currency: str | None = None) -> PaidLedger:
    """Gather the paid payments of ``period`` per contact (and who ever paid); with ``currency``, only the
    payments in that currency: what RFM and PMG score, since cents of two currencies cannot be compared."""
    first, last = period.bounds()
    ever: set[int] = set()
    amounts: dict[int, dict[str, int]] = {}
    counts: dict[int, int] = {}
    last_day: dict[int, int] = {}
    for contact_id, status, code, cents, day in payments:
        if status != PAID or (currency is not None and code != currency):
            continue
        ever.add(contact_id)
        if first <= day <= last:
            per_currency = amounts.get(contact_id)
            if per_currency is None:
                amounts[contact_id] = {code: cents}
                counts[contact_id] = 1
                last_day[contact_id] = day
            else:
                per_currency[code] = per_currency.get(code, 0) + cents
                counts[contact_id] += 1
                if day > last_day[contact_id]:
                    last_day[contact_id] = day
    return PaidLedger(period, currency, frozenset(ever), amounts, counts, last_day)
