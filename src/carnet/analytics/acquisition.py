"""Where clients come from (issue 6 §3–4): sources, and the referral loop per referrer.

Both tables answer "what did this channel bring during the period":

- **Contacts** are those *added* during the period (every contact added counts, strangers included:
  a source is where a contact came from, whatever stage they were added at), archived ones included.
- **Became clients**: of those, how many have paid at least once by now (client status, SPEC §1).
- **Revenue**: what was *paid during the period* by every contact of that source (or referred by that
  referrer), whenever they were added: this year's revenue from referrals includes a client referred
  two years ago. Per currency.

Referrals follow "referred by" (the contact field), not the *referral* source: a referrer is any contact
set as "referred by" on another, usually an ambassador, sometimes a partner who never bought
("prescripteur", SPEC §1). The share of revenue from referrals is per currency: the part of the period's
paid revenue in that currency that came from referred contacts; the referrers are ranked by what they
brought in the home currency (the chart's), since amounts in two currencies cannot be compared.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from carnet.analytics.common import Money, cents_in, merge_into, money_of
from carnet.analytics.ledger import PaidLedger
from carnet.analytics.rows import ContactRow
from carnet.domain.enums import Source, Stage, members_by_value

_SOURCES = members_by_value(Source)
_STAGES = members_by_value(Stage)
_SOURCE_ORDER = {source.value: rank for rank, source in enumerate(Source)}


@dataclass(frozen=True, slots=True)
class SourceRow:
    source: Source | None  # None: no source recorded
    contacts: int  # added in the period
    became_clients: int  # of those, how many have paid by now
    revenue: Money  # paid in the period by every contact from this source

    @property
    def conversion(self) -> float | None:
        return self.became_clients / self.contacts if self.contacts else None


@dataclass(frozen=True, slots=True)
class ReferrerRow:
    referrer_id: int
    name: str
    stage: Stage | None  # None when the referrer is not among the rows (should not happen)
    archived: bool
    referred: int  # contacts they referred who were added in the period
    became_clients: int  # of those, how many have paid by now
    revenue: Money  # paid in the period by every contact they referred


@dataclass(frozen=True, slots=True)
class Referrals:
    referrers: tuple[ReferrerRow, ...]  # most revenue in the home currency first
    revenue: Money  # paid in the period by referred contacts
    total: Money  # every payment of the period

    def share(self, currency: str) -> float | None:
        """The part (0..1) of the period's revenue in ``currency`` that came from referred contacts."""
        total = cents_in(self.total, currency)
        return cents_in(self.revenue, currency) / total if total else None


def _tally(
    contacts: Iterable[ContactRow], paid: PaidLedger, *, by_referrer: bool
) -> tuple[dict[Any, int], dict[Any, int], dict[Any, dict[str, int]]]:
    """Contacts added in the period, how many became clients, and revenue in the period, per source (None:
    no source) or per referrer (contacts nobody referred left out)."""
    first, last = paid.period.bounds()
    added: dict[Any, int] = {}
    clients: dict[Any, int] = {}
    money: dict[Any, dict[str, int]] = {}
    ever, amounts = paid.ever, paid.amounts
    for contact in contacts:
        key = contact.referred_by if by_referrer else contact.source
        if key is None and by_referrer:
            continue
        if first <= contact.created <= last:
            added[key] = added.get(key, 0) + 1
            if contact.id in ever:
                clients[key] = clients.get(key, 0) + 1
        spent = amounts.get(contact.id)
        if spent is not None:
            merge_into(money.setdefault(key, {}), spent)
    return added, clients, money


def sources(contacts: Iterable[ContactRow], paid: PaidLedger) -> list[SourceRow]:
    """One row per source that brought a contact or revenue in the period, most contacts first."""
    added, clients, money = _tally(contacts, paid, by_referrer=False)
    keys = sorted(set(added) | set(money), key=lambda s: (-added.get(s, 0), _SOURCE_ORDER.get(s, len(_SOURCES))))
    return [
        SourceRow(_SOURCES.get(s), added.get(s, 0), clients.get(s, 0), money_of(money.get(s, {})))
        for s in keys
    ]


def referrals(contacts: Iterable[ContactRow], paid: PaidLedger, names: Mapping[int, str], home: str) -> Referrals:
    """The referral loop: per referrer, who they sent and what it brought; rows ordered by revenue in the
    ``home`` currency, then by contacts referred, then by name."""
    contacts = list(contacts)
    added, clients, money = _tally(contacts, paid, by_referrer=True)
    referrer_ids = set(added) | set(money)
    by_id = {contact.id: contact for contact in contacts if contact.id in referrer_ids}
    rows = []
    for referrer_id in referrer_ids:
        row = by_id.get(referrer_id)
        rows.append(ReferrerRow(
            referrer_id, names.get(referrer_id, ""), _STAGES[row.stage] if row else None,
            bool(row and row.archived), added.get(referrer_id, 0), clients.get(referrer_id, 0),
            money_of(money.get(referrer_id, {})),
        ))
    rows.sort(key=lambda r: (-cents_in(r.revenue, home), -r.referred, r.name.casefold(), r.referrer_id))
    referred_money: dict[str, int] = {}
    for amounts in money.values():
        merge_into(referred_money, amounts)
    total: dict[str, int] = {}
    for amounts in paid.amounts.values():
        merge_into(total, amounts)
    return Referrals(tuple(rows), money_of(referred_money), money_of(total))
