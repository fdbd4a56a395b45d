"""The dashboard kept up to date write by write (issue 19): what each contact contributes to every panel.

`compute_dashboard` reads every row each time: 0.6 s of Python at 100,000 contacts, after every write.
`DashboardFacts` keeps the rows and the panels' running totals, which are sums of each contact's
**contribution** (`_Part`: the stages it entered in the period, the stays that ended in it, what it paid per
currency and day, its open quotes and invoices, its RFM and PMG values, its source and referrer).

The first read counts the totals in one pass per kind of row, as `compute_dashboard` does, and makes no part
(one object per contact cost more than the whole of `compute_dashboard`); the moves and payments are grouped
per contact only when the first write needs them. After a write, `replace` works out the old part of each
contact it touched from the rows kept, takes it off, keeps the rows read again (by
`services.dashboard_read.contact_rows`) and adds the new part, so the cost follows what changed. What is global
follows too: the medians from counts of stay lengths; RFM and PMG client by client (`clients.KeptRfm`,
`clients.KeptPmg`: only the clients whose values changed, or whose value's score or group the shifting
quintiles and terciles moved, are placed again); the referrers' table in order (`_Ranked`) — a few
milliseconds after a payment in a 100,000-contact book, where making RFM, PMG and the referrers again took
some 200 ms.

The result is `compute_dashboard`'s, exactly (`tests/test_analytics_incremental.py` compares them after
random writes); `compute_dashboard` stays the definition, and each panel's module its documentation. A
change of period or of day (midnight), or of the home currency, recounts every contribution from the rows
kept (`reframe`), without reading the book again.

Not thread-safe: one thread (the window's reader) changes and reads an instance at a time.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from itertools import groupby
from operator import attrgetter, itemgetter
from typing import TypeVar

from carnet.analytics.acquisition import Referrals, ReferrerRow, SourceRow
from carnet.analytics.clients import KeptPmg, KeptRfm, Pmg, PmgThresholds, Rfm, pmg_window
from carnet.analytics.common import Period, add_money, divide_half_up, money_of, months_between
from carnet.analytics.dashboard import Dashboard
from carnet.analytics.funnel import FunnelStep
from carnet.analytics.revenue import MonthRevenue, RevenueSummary
from carnet.analytics.rows import PAID, ContactRow, DashboardRows, PaymentRow, StageChangeRow
from carnet.analytics.thresholds import YearRevenue
from carnet.domain.enums import STAGE_ORDER, PaymentStatus, Source, Stage, members_by_value

_SOURCES = members_by_value(Source)
_STAGES = members_by_value(Stage)
_SOURCE_ORDER = {source.value: rank for rank, source in enumerate(Source)}
_QUOTED = PaymentStatus.QUOTED.value
_LAST_RANK = len(STAGE_ORDER) - 1
_CREATED = attrgetter("created")
_CONTACT_ID = itemgetter(0)
_K = TypeVar("_K")
_V = TypeVar("_V")


class _Part:
    """One contact's contribution to the figures (a contact id with no contact row — payments or moves of a
    contact that is gone — contributes its payments and moves only, as in `compute_dashboard`)."""

    __slots__ = ("added", "amounts", "archived", "count", "created", "entries", "ever", "home", "last_day",
                 "paid_days", "pipeline", "pmg", "referred_by", "source", "stage", "stays", "year")

    def __init__(self) -> None:
        self.stage: str | None = None  # None: no contact row
        self.archived = False
        self.source: str | None = None
        self.referred_by: int | None = None
        self.created = 0  # the day added (with a contact row)
        self.added = False  # created in the period
        self.entries: list[tuple[int, bool]] = []  # (stage rank entered in the period, went further since)
        self.stays: list[tuple[int, int]] = []  # (stage rank, days) of the stays that ended in the period
        self.ever = False  # a paid payment at any time, in any currency
        self.amounts: dict[str, int] | None = None  # paid in the period per currency; None: nothing paid in it
        self.count = 0  # paid payments in the period
        self.last_day = 0
        self.paid_days: list[tuple[int, str, int]] = []  # (day, currency, cents) of each paid payment of the period
        self.pipeline: list[tuple[bool, str, int]] = []  # (quoted, currency, cents): open, issued in the period
        self.home: tuple[int, int, int] | None = None  # RFM's (last day, payments, cents) in the home currency
        self.pmg: int | None = None  # cents in the home currency over PMG's 12 months
        self.year: tuple[int, int, dict[str, int]] = (0, 0, {})  # this calendar year: home cents, payments, others


class _Tally:
    """What a source or a referrer brought: contacts added in the period, those who became clients, the
    contacts who paid in the period (their presence makes a row even when the sum is nothing) and the sum."""

    __slots__ = ("added", "clients", "money", "spenders")

    def __init__(self) -> None:
        self.added = self.clients = self.spenders = 0
        self.money: dict[str, int] = {}

    def empty(self) -> bool:
        return not self.added and not self.spenders


def _bring(tallies: dict[_K, _Tally], key: _K, added: bool, client: bool, spent: Mapping[str, int] | None) -> None:
    """Add one contact to its source's or referrer's tally (`DashboardFacts._tally`, counting everything)."""
    tally = tallies.get(key)
    if tally is None:
        tally = tallies[key] = _Tally()
    if added:
        tally.added += 1
        if client:
            tally.clients += 1
    if spent is not None:
        tally.spenders += 1
        _add(tally.money, spent, 1)


def _add(totals: dict[str, int], more: Mapping[str, int], sign: int) -> None:
    for currency, cents in more.items():
        totals[currency] = totals.get(currency, 0) + sign * cents


def _refer(referring: dict[int, set[int]], contact_id: int, old: int | None, new: int | None) -> None:
    """``contact_id`` now names ``new`` as its referrer, not ``old``."""
    if old == new:
        return
    if old is not None:
        named = referring[old]
        named.discard(contact_id)
        if not named:
            del referring[old]
    if new is not None:
        referring.setdefault(new, set()).add(contact_id)


def _put(kept: dict[int, _V], key: int, value: _V | None) -> None:
    if value is None:
        kept.pop(key, None)
    else:
        kept[key] = value


def _count(counts: dict[_K, int], key: _K, sign: int) -> None:
    value = counts.get(key, 0) + sign
    if value:
        counts[key] = value
    else:
        del counts[key]


def _median(lengths: Mapping[int, int]) -> float | None:
    """`common.median` of the values counted in ``lengths`` (value → how many times)."""
    total = sum(lengths.values())
    if not total:
        return None
    middle = total // 2
    wanted = (middle,) if total % 2 else (middle - 1, middle)
    found: list[int] = []
    seen = 0
    for value in sorted(lengths):
        seen += lengths[value]
        while len(found) < len(wanted) and wanted[len(found)] < seen:
            found.append(value)
        if len(found) == len(wanted):
            break
    return float(found[0]) if total % 2 else (found[0] + found[1]) / 2


class DashboardFacts:
    """The rows of the book per contact and the running totals of every panel for one period and day."""

    def __init__(self, rows: DashboardRows, period: Period) -> None:
        # The rows per contact: what a contact's contribution is worked out from when it changes.
        self.contacts: dict[int, ContactRow] = {contact.id: contact for contact in rows.contacts}
        self._moves: dict[int, Sequence[StageChangeRow]] = {}
        self._paid_by: dict[int, list[PaymentRow]] = {}
        # The moves and payments as read, until a write needs them per contact (`_group`): grouping them is a
        # tenth of the first read's work at 100,000 contacts, and the first figures need only the totals.
        self._as_read: tuple[Sequence[StageChangeRow], Sequence[PaymentRow]] | None = (
            rows.stage_changes, rows.payments)
        self._referring: dict[int, set[int]] | None = None  # referrer → who names it (`to_read`)
        self.names = dict(rows.names)
        self.home = rows.home_currency
        self.today = rows.today
        self.period = period
        self._count_all(rows.stage_changes, rows.payments)

    @property
    def moves(self) -> dict[int, Sequence[StageChangeRow]]:
        """Each contact's moves, in the order they happened."""
        self._group()
        return self._moves

    @property
    def payments(self) -> dict[int, list[PaymentRow]]:
        """Each contact's payments."""
        self._group()
        return self._paid_by

    def _group(self) -> None:
        if self._as_read is None:
            return
        stage_changes, payments = self._as_read
        self._as_read = None
        moves = self._moves
        for contact_id, history in groupby(stage_changes, _CONTACT_ID):
            found, run = moves.get(contact_id), list(history)
            moves[contact_id] = run if found is None else [*found, *run]  # rows grouped by contact: never
        paid_by = self._paid_by
        for payment in payments:
            found_payments = paid_by.get(payment[0])
            if found_payments is None:
                paid_by[payment[0]] = [payment]
            else:
                found_payments.append(payment)

    def rows(self) -> DashboardRows:
        """The rows kept, as `dashboard_rows` reads them (contacts by id)."""
        return DashboardRows(
            self.today, [self.contacts[i] for i in sorted(self.contacts)],
            [move for i in sorted(self.moves) for move in self.moves[i]],
            [payment for i in sorted(self.payments) for payment in self.payments[i]],
            {i: name for i, name in self.names.items() if i in self.contacts}, self.home)

    # --- following the book -------------------------------------------------------------------

    def to_read(self, contact_ids: Iterable[int]) -> set[int]:
        """The contacts to read again after a write that touched ``contact_ids``: them, and those who named
        one of them as their referrer (a merge or a deletion changes their "referred by" without naming them)."""
        asked = set(contact_ids)
        if self._referring is None:  # made at the first write: a look through every contact was 6 ms at 100,000
            self._referring = {}
            for contact in self.contacts.values():
                if contact.referred_by is not None:
                    self._referring.setdefault(contact.referred_by, set()).add(contact.id)
        referring = self._referring
        return asked.union(*(referring[i] for i in asked if i in referring))

    def replace(self, contact_ids: Iterable[int], contacts: Iterable[ContactRow],
                moves: Iterable[StageChangeRow], payments: Iterable[PaymentRow], names: Mapping[int, str],
                home_currency: str) -> None:
        """Take the rows of ``contact_ids`` as read now (a contact without rows is gone) and update the totals.
        ``moves`` in the order they happened per contact, as `dashboard_rows` reads them; ``names`` of
        ``contact_ids`` and of the referrers they name."""
        self._group()
        ids = set(contact_ids)
        new_contacts: dict[int, ContactRow] = {}
        for contact in contacts:
            new_contacts[contact.id] = contact
        new_moves: dict[int, list[StageChangeRow]] = {}
        for move in moves:
            new_moves.setdefault(move[0], []).append(move)
        new_payments: dict[int, list[PaymentRow]] = {}
        for payment in payments:
            new_payments.setdefault(payment[0], []).append(payment)
        ids.update(new_moves, new_payments, new_contacts)
        if home_currency != self.home:  # every RFM, PMG and ceiling figure changes: counted again below
            self.home = home_currency
            self._store(ids, new_contacts, new_moves, new_payments, names)
            self._count_all_kept()
            return
        # A contact's old part is worked out from the rows kept, now, rather than kept for every contact.
        old_parts = {contact_id: self._part(contact_id) for contact_id in ids}
        for contact_id, part in old_parts.items():
            self._contribute(contact_id, part, -1)
        self._store(ids, new_contacts, new_moves, new_payments, names)
        new_parts = {contact_id: self._part(contact_id) for contact_id in ids}
        rfm, sizes = self._kept_rfm, self._kept_pmg
        for contact_id, part in new_parts.items():
            self._contribute(contact_id, part, 1)
            old = old_parts[contact_id]
            # RFM and PMG follow the clients whose values changed.
            if rfm is not None and _rfm_signature(old) != _rfm_signature(part):
                rfm.change(contact_id, self._rfm.get(contact_id))
            if sizes is not None and _pmg_signature(old) != _pmg_signature(part):
                sizes.change(contact_id, self._pmg.get(contact_id))
        ranked = self._ranked
        if ranked is not None:
            # The referrers whose row may have changed: those of the contacts counted again (their tallies), and
            # the contacts themselves and every name read (a referrer's own row shows its name and stage; asked
            # once every contact is counted again: a referrer has no row while those it referred are taken off).
            referrers = {*ids, *names}
            for part in (*old_parts.values(), *new_parts.values()):
                if part is not None and part.stage is not None and part.referred_by is not None:
                    referrers.add(part.referred_by)
            for referrer_id in referrers:
                ranked.put(referrer_id, self._referrer_row(referrer_id))

    def reframe(self, period: Period, today: date) -> None:
        """Another period or another day: every contribution counted again from the rows kept."""
        if (period, today) != (self.period, self.today):
            self.period, self.today = period, today
            self._count_all_kept()

    def _store(self, ids: set[int], contacts: dict[int, ContactRow], moves: dict[int, list[StageChangeRow]],
               payments: dict[int, list[PaymentRow]], names: Mapping[int, str]) -> None:
        referring = self._referring
        for contact_id in ids:
            if referring is not None:
                old, new = self.contacts.get(contact_id), contacts.get(contact_id)
                _refer(referring, contact_id, old and old.referred_by, new and new.referred_by)
            _put(self.contacts, contact_id, contacts.get(contact_id))
            _put(self.moves, contact_id, moves.get(contact_id))
            _put(self.payments, contact_id, payments.get(contact_id))
            if contact_id not in contacts:
                self.names.pop(contact_id, None)
        self.names.update(names)

    # --- contributions ------------------------------------------------------------------------

    def _count_all_kept(self) -> None:
        """`_count_all` of the rows kept (another period, day or home currency)."""
        if self._as_read is not None:
            self._count_all(*self._as_read)
        else:
            self._count_all([move for moves in self._moves.values() for move in moves],
                            [payment for payments in self._paid_by.values() for payment in payments])

    def _count_all(self, stage_changes: Sequence[StageChangeRow], payments: Iterable[PaymentRow]) -> None:
        """Every total counted again, in one pass per kind of row (as `compute_dashboard` does): exactly the sums
        of every contact's `_part` (a test holds them together), without making one. ``stage_changes`` grouped by
        contact, in the order things happened."""
        first, last = self._first, self._last = self.period.bounds()
        window_first, window_last = self._window = pmg_window(self.today).bounds()
        year_first, year_last = self._year = (date(self.today.year, 1, 1).toordinal(), self.today.toordinal())
        home = self.home
        # RFM, PMG and the referrers' table, kept from the first figures on and followed client by client.
        self._kept_rfm: KeptRfm | None = None
        self._kept_pmg: KeptPmg | None = None
        self._ranked: _Ranked | None = None
        self._entered = entered = [0] * len(STAGE_ORDER)
        self._further = further = [0] * len(STAGE_ORDER)
        self._stays: list[dict[int, int]] = [{} for _ in STAGE_ORDER]  # per stage: days → stays
        stays = self._stays
        self._by_day: dict[tuple[int, str], list[int]] = {}  # (day, currency) → [cents, payments]
        by_day = self._by_day
        self._payments: dict[str, int] = {}  # paid payments of the period per currency
        self._payers: dict[str, int] = {}  # contacts who paid in the period per currency
        self._paid: dict[str, int] = {}  # paid in the period per currency
        self._quoted: dict[str, int] = {}
        self._invoiced: dict[str, int] = {}
        self._sources: dict[str | None, _Tally] = {}
        self._referrers: dict[int, _Tally] = {}
        self._referred: dict[str, int] = {}  # paid in the period by referred contacts
        self._year_others: dict[str, int] = {}

        contacts = self.contacts
        archived_ids = {contact.id for contact in contacts.values() if contact.archived}
        self._archived = len(archived_ids)
        self._now: dict[str, int] = dict(Counter(contact.stage for contact in contacts.values()
                                                 if not contact.archived))
        # Day added → contacts (the first one starts "all time").
        self._created: dict[int, int] = dict(Counter(map(_CREATED, contacts.values())))

        # The funnel's walk (`funnel.funnel`).
        count = len(stage_changes)
        start = 0
        while start < count:
            contact_id = stage_changes[start][0]
            end = start + 1
            while end < count and stage_changes[end][0] == contact_id:
                end += 1
            went_on: dict[int, bool] = {}
            furthest = -1
            for position in range(end - 1, start - 1, -1):
                _, rank, day = stage_changes[position]
                if position + 1 < end:
                    left_on = stage_changes[position + 1][2]
                    if first <= left_on <= last:
                        lengths = stays[rank]
                        length = left_on - day
                        lengths[length] = lengths.get(length, 0) + 1
                if first <= day <= last:
                    went_on[rank] = furthest > rank
                if rank > furthest:
                    furthest = rank
            for rank, converted in went_on.items():
                entered[rank] += 1
                if converted:
                    further[rank] += 1
            start = end

        # The payments' pass (`paid_ledger`, `revenue`, `pmg_values`, `year_revenue` at once).
        ever: set[int] = set()
        amounts: dict[int, dict[str, int]] = {}  # paid in the period per contact and currency
        rfm: dict[int, list[int]] = {}  # [last day, payments, cents] in the home currency, in the period
        pmg_cents: dict[int, int] = {}
        counts, quoted, invoiced, year_others = self._payments, self._quoted, self._invoiced, self._year_others
        year_home = year_count = 0
        for contact_id, status, currency, cents, day in payments:
            if status == PAID:
                ever.add(contact_id)
                if first <= day <= last:
                    spent = amounts.get(contact_id)
                    if spent is None:
                        amounts[contact_id] = {currency: cents}
                    else:
                        spent[currency] = spent.get(currency, 0) + cents
                    key = (day, currency)
                    entry = by_day.get(key)
                    if entry is None:
                        by_day[key] = [cents, 1]
                    else:
                        entry[0] += cents
                        entry[1] += 1
                    counts[currency] = counts.get(currency, 0) + 1
                    if currency == home:
                        scored = rfm.get(contact_id)
                        if scored is None:
                            rfm[contact_id] = [day, 1, cents]
                        else:
                            if day > scored[0]:
                                scored[0] = day
                            scored[1] += 1
                            scored[2] += cents
                if currency == home and window_first <= day <= window_last:
                    pmg_cents[contact_id] = pmg_cents.get(contact_id, 0) + cents
                if year_first <= day <= year_last:
                    if currency == home:
                        year_home += cents
                        year_count += 1
                    else:
                        year_others[currency] = year_others.get(currency, 0) + cents
            elif first <= day <= last and contact_id not in archived_ids:
                bucket = quoted if status == _QUOTED else invoiced
                bucket[currency] = bucket.get(currency, 0) + cents
        self._year_home, self._year_count = year_home, year_count
        self._rfm: dict[int, tuple[int, int, int]] = {
            contact_id: (day, times, cents) for contact_id, (day, times, cents) in rfm.items()
            if contact_id not in archived_ids}
        self._pmg: dict[int, int] = {contact_id: cents for contact_id, cents in pmg_cents.items()
                                     if contact_id not in archived_ids}
        self._paying = len(amounts)
        payers, paid = self._payers, self._paid
        for spent in amounts.values():
            for currency, cents in spent.items():
                payers[currency] = payers.get(currency, 0) + 1
                paid[currency] = paid.get(currency, 0) + cents

        # Sources and referrers: what the contacts added in the period and those who paid in it brought.
        sources, referrers, referred = self._sources, self._referrers, self._referred
        for contact in contacts.values():
            added = first <= contact.created <= last
            spent = amounts.get(contact.id)
            if not added and spent is None:
                continue
            client = added and contact.id in ever
            _bring(sources, contact.source, added, client, spent)
            if contact.referred_by is not None:
                _bring(referrers, contact.referred_by, added, client, spent)
                if spent is not None:
                    _add(referred, spent, 1)

    def _part(self, contact_id: int) -> _Part | None:
        contact = self.contacts.get(contact_id)
        moves = self.moves.get(contact_id, ())
        payments = self.payments.get(contact_id, ())
        if contact is None and not moves and not payments:
            return None
        first, last = self._first, self._last
        part = _Part()
        if contact is not None:
            part.stage, part.archived = contact.stage, bool(contact.archived)
            part.source, part.referred_by, part.created = contact.source, contact.referred_by, contact.created
            part.added = first <= contact.created <= last
        # The funnel's walk (`funnel.funnel`), for this contact's history alone.
        went_on: dict[int, bool] = {}
        furthest = -1
        end = len(moves)
        for position in range(end - 1, -1, -1):
            _, rank, day = moves[position]
            if position + 1 < end:
                left_on = moves[position + 1][2]
                if first <= left_on <= last:
                    part.stays.append((rank, left_on - day))
            if first <= day <= last:
                went_on[rank] = furthest > rank
            if rank > furthest:
                furthest = rank
        part.entries = list(went_on.items())
        home = self.home
        window_first, window_last = self._window
        year_first, year_last = self._year
        home_count = home_cents = home_last = 0
        pmg_cents: int | None = None
        year_home = year_count = 0
        year_others: dict[str, int] = {}
        for _, status, currency, cents, day in payments:
            if status == PAID:
                part.ever = True
                if first <= day <= last:
                    if part.amounts is None:
                        part.amounts = {currency: cents}
                        part.last_day = day
                    else:
                        part.amounts[currency] = part.amounts.get(currency, 0) + cents
                        if day > part.last_day:
                            part.last_day = day
                    part.count += 1
                    part.paid_days.append((day, currency, cents))
                    if currency == home:
                        if not home_count or day > home_last:
                            home_last = day
                        home_count += 1
                        home_cents += cents
                if currency == home and window_first <= day <= window_last:
                    pmg_cents = cents + (pmg_cents or 0)
                if year_first <= day <= year_last:
                    if currency == home:
                        year_home += cents
                        year_count += 1
                    else:
                        year_others[currency] = year_others.get(currency, 0) + cents
            elif first <= day <= last and not part.archived:
                part.pipeline.append((status == _QUOTED, currency, cents))
        if home_count and not part.archived:
            part.home = (home_last, home_count, home_cents)
        if not part.archived:
            part.pmg = pmg_cents
        part.year = (year_home, year_count, year_others)
        return part

    def _contribute(self, contact_id: int, part: _Part | None, sign: int) -> None:
        """Add (``sign`` 1) or take off (-1) one contact's part of every total."""
        if part is None:
            return
        if part.stage is not None:
            if part.archived:
                self._archived += sign
            else:
                _count(self._now, part.stage, sign)
            _count(self._created, part.created, sign)
        for rank, converted in part.entries:
            self._entered[rank] += sign
            if converted:
                self._further[rank] += sign
        for rank, days in part.stays:
            _count(self._stays[rank], days, sign)
        by_day = self._by_day
        for day, currency, cents in part.paid_days:
            key = (day, currency)
            entry = by_day.get(key)
            if entry is None:
                by_day[key] = [cents, 1]  # only ever added: a part taken off was added before
            else:
                entry[0] += sign * cents
                entry[1] += sign
                if not entry[1]:
                    del by_day[key]
            _count(self._payments, currency, sign)
        if part.amounts is not None:
            self._paying += sign
            for currency in part.amounts:
                _count(self._payers, currency, sign)
            _add(self._paid, part.amounts, sign)
        for quoted, currency, cents in part.pipeline:
            bucket = self._quoted if quoted else self._invoiced
            bucket[currency] = bucket.get(currency, 0) + sign * cents
        if part.stage is not None:
            self._tally(self._sources, part.source, part, sign)
            if part.referred_by is not None:
                self._tally(self._referrers, part.referred_by, part, sign)
                if part.amounts is not None:
                    _add(self._referred, part.amounts, sign)
        if part.home is not None:
            if sign > 0:
                self._rfm[contact_id] = part.home
            else:
                del self._rfm[contact_id]
        if part.pmg is not None:
            if sign > 0:
                self._pmg[contact_id] = part.pmg
            else:
                del self._pmg[contact_id]
        year_home, year_count, year_others = part.year
        self._year_home += sign * year_home
        self._year_count += sign * year_count
        _add(self._year_others, year_others, sign)

    @staticmethod
    def _tally(tallies: dict[_K, _Tally], key: _K, part: _Part, sign: int) -> None:
        if not part.added and part.amounts is None:
            return
        tally = tallies.get(key)
        if tally is None:
            tally = tallies[key] = _Tally()
        if part.added:
            tally.added += sign
            if part.ever:
                tally.clients += sign
        if part.amounts is not None:
            tally.spenders += sign
            _add(tally.money, part.amounts, sign)
        if tally.empty():
            del tallies[key]

    # --- the figures --------------------------------------------------------------------------

    def first_day(self) -> date | None:
        """The day the first contact was added (where a custom period starts by default); None for no contact."""
        return date.fromordinal(min(self._created)) if self._created else None

    def dashboard(self, thresholds: PmgThresholds | None = None) -> Dashboard:
        """Every panel's figures, as `compute_dashboard(rows, self.period, thresholds)` gives them."""
        home = self.home
        period = self.period
        return Dashboard(
            period=period,
            currency=home,
            archived=self._archived,
            funnel=self._funnel(),
            revenue=self._revenue(),
            sources=self._sources_rows(),
            referrals=self._referrals(),
            rfm=self._rfm_now(),
            pmg=self._pmg_now(thresholds),
        )

    def _pmg_now(self, thresholds: PmgThresholds | None) -> Pmg:
        if self._kept_pmg is None:
            self._kept_pmg = KeptPmg(self._pmg, self.home)
        return self._kept_pmg.pmg(thresholds)

    def year_revenue(self) -> YearRevenue:
        """`thresholds.year_revenue` of every payment, for ``today``."""
        return YearRevenue(self.today.year, self.today, self.home, self._year_home, money_of(self._year_others),
                           self._year_count)

    def _funnel(self) -> tuple[FunnelStep, ...]:
        return tuple(
            FunnelStep(
                stage=stage,
                now=self._now.get(stage.value, 0),
                entered=self._entered[rank],
                went_further=None if rank == _LAST_RANK else self._further[rank],
                median_days=_median(self._stays[rank]),
            )
            for rank, stage in enumerate(STAGE_ORDER)
        )

    def _revenue(self) -> RevenueSummary:
        monthly: dict[tuple[int, int], dict[str, int]] = {}
        totals: dict[str, int] = {}
        for (day, currency), (cents, _) in self._by_day.items():
            moment = date.fromordinal(day)
            per_currency = monthly.setdefault((moment.year, moment.month), {})
            per_currency[currency] = per_currency.get(currency, 0) + cents
            totals[currency] = totals.get(currency, 0) + cents
        period = self.period
        start = period.start or (date.fromordinal(min(day for day, _ in self._by_day)) if self._by_day else None)
        months = months_between((start.year, start.month), (period.end.year, period.end.month)) if start else []
        counts, payers = self._payments, self._payers
        return RevenueSummary(
            by_month=tuple(MonthRevenue(month, money_of(monthly.get(month, {}))) for month in months),
            total=money_of(totals),
            payments=sum(counts.values()),
            clients=self._paying,
            average_payment=add_money((c, divide_half_up(cents, counts[c])) for c, cents in totals.items()),
            per_client=add_money((c, divide_half_up(cents, payers[c])) for c, cents in totals.items()),
            quoted=money_of(self._quoted),
            invoiced=money_of(self._invoiced),
        )

    def _sources_rows(self) -> tuple[SourceRow, ...]:
        tallies = self._sources
        keys = sorted(tallies, key=lambda s: (-tallies[s].added, _SOURCE_ORDER.get(s or "", len(_SOURCES))))
        return tuple(SourceRow(_SOURCES.get(s or ""), tallies[s].added, tallies[s].clients,
                               money_of(tallies[s].money)) for s in keys)

    def _rfm_now(self) -> Rfm:
        if self._kept_rfm is None:
            rfm = self._rfm
            self._kept_rfm = KeptRfm({cid: rfm[cid] for cid in sorted(rfm)}, self.period.end.toordinal(), self.home)
        return self._kept_rfm.rfm()

    def _referrals(self) -> Referrals:
        if self._ranked is None:
            self._ranked = _Ranked(map(self._referrer_row, self._referrers), self.home)
        return Referrals(self._ranked.rows(), money_of(self._referred), money_of(self._paid))

    def _referrer_row(self, referrer_id: int) -> ReferrerRow | None:
        """The referrer's row of the table; None for a contact who brought nothing in the period."""
        tally = self._referrers.get(referrer_id)
        if tally is None:
            return None
        row = self.contacts.get(referrer_id)
        return ReferrerRow(referrer_id, self.names.get(referrer_id, ""), _STAGES[row.stage] if row else None,
                           bool(row and row.archived), tally.added, tally.clients, money_of(tally.money))


class _Ranked:
    """The referrers' rows in the table's order (`acquisition.referrals`: most revenue in the home currency first,
    then most contacts referred, then by name), kept: a row that changed moves to its place (`bisect`), rather
    than every row being made and sorted again (30 ms for the 7,500 referrers of a 100,000-contact book)."""

    def __init__(self, rows: Iterable[ReferrerRow | None], home: str) -> None:
        self._home = home
        by_key = {self._key(row): row for row in rows if row is not None}
        self._order = sorted(by_key)  # the rows' keys, in order (unique: a key ends with the referrer's id)
        self._rows = [by_key[key] for key in self._order]
        self._keys = {key[3]: key for key in self._order}
        self._made: tuple[ReferrerRow, ...] | None = None

    def _key(self, row: ReferrerRow) -> tuple[int, int, str, int]:
        return -_cents_in(row.revenue, self._home), -row.referred, row.name.casefold(), row.referrer_id

    def put(self, referrer_id: int, row: ReferrerRow | None) -> None:
        """The referrer's row now; None: no row."""
        order, rows = self._order, self._rows
        old = self._keys.pop(referrer_id, None)
        if old is not None:
            position = bisect_left(order, old)
            if row == rows[position]:
                self._keys[referrer_id] = old
                return
            del order[position], rows[position]
        if row is not None:
            key = self._keys[referrer_id] = self._key(row)
            position = bisect_left(order, key)
            order.insert(position, key)
            rows.insert(position, row)
        elif old is None:
            return
        self._made = None

    def rows(self) -> tuple[ReferrerRow, ...]:
        if self._made is None:
            self._made = tuple(self._rows)
        return self._made


def _rfm_signature(part: _Part | None) -> object:
    return None if part is None else part.home


def _pmg_signature(part: _Part | None) -> object:
    return None if part is None else part.pmg


def _cents_in(money: tuple[tuple[str, int], ...], currency: str) -> int:
    for code, cents in money:
        if code == currency:
            return cents
    return 0
