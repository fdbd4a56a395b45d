"""The client base (issue 6 §5–6): RFM scores and segments, and PMG (small / medium / big clients).

Both describe the clients on the board: contacts with a paid payment (client status, SPEC §1, whatever
their column), archived ones left out, since a segment is something to act on and filters the board.

Both read the **home currency's payments only** (`PaidLedger.currency`): a score compares clients by what
they paid, and cents of two currencies cannot be compared without an exchange rate Carnet does not have
(SPEC §2: nothing is ever added across currencies). A client who paid only in another currency has no score
and no size; the dashboard says so under the panels.

**RFM**, over the period's paid payments in the home currency (clients who paid in it during the period):
recency = days from the last payment to the period's end, frequency = number of payments, monetary = cents
paid.
Each is scored 1–5 by quintile among these clients (`quintile_scores`: 5 is the best fifth; equal values
share a score). The segments follow the usual recency × frequency map (monetary is shown beside it but
does not name a segment: in a small book it mostly repeats frequency), first match wins:

======================  ===================  ==================================================
segment                 rule                 reads as
======================  ===================  ==================================================
champions               R ≥ 4 and F ≥ 4      bought recently and often
loyal                   R ≥ 3 and F ≥ 3      steady buyers
potential loyalists     R ≥ 4 and F = 2      recent, a second purchase already
new                     R ≥ 4 and F = 1      recent first purchase
need attention          R = 3 and F ≤ 2      neither recent nor frequent, not lost yet
at risk                 R ≤ 2 and F ≥ 3      used to buy often, have not for a while
hibernating             R ≤ 2 and F ≤ 2      few purchases, long ago
======================  ===================  ==================================================

**PMG** (petits / moyens / grands: small / medium / big) is by revenue over the **last 12 months**
whatever the period chosen (the board's badge must not change with the dashboard's period): clients who
paid in the home currency in those 12 months, sized by what they paid in it (the thresholds are amounts in
the home currency, as the board's badge reads them: `services.board_read.Card.recent_paid`). Thresholds
are the user's (Preferences) or, by default, the terciles of those clients (`tercile_thresholds`). Clients
who paid nothing in it in 12 months have no size.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import partial
from operator import getitem
from typing import Any, NamedTuple, TypeVar, cast

from carnet.analytics.common import Period
from carnet.analytics.ledger import PaidLedger

_V = TypeVar("_V", int, float)


def quintile_scores(values: Mapping[int, float]) -> dict[int, int]:
    """A 1–5 score per key, by quintile of its value among all (higher value, higher score).

    A value sits at the middle of the values equal to it: with ``lower`` values below it and ``equal`` values
    equal to it (itself included) among ``n``, its score is ``1 + ⌊5 × (lower + equal / 2) / n⌋``. Ten distinct
    values score 1, 1, 2, 2, 3, 3, 4, 4, 5, 5; five score 1 to 5; equal values share a score, and one
    that everybody shares is 3 (the middle, not the bottom: a book where every client bought once is not a
    book of bad clients). Why the middle: in a real book many clients paid the same number of times or on
    the same day, and scoring a tie by its lowest member would push a whole top group down to 3.

    Scored once per distinct value (days and counts repeat a lot); the dashboard follows a few clients at a
    time with `KeptRfm`.
    """
    score_of = _score_of(Counter(values.values()), len(values))
    return {key: score_of[value] for key, value in values.items()}


def _score_of(tally: Mapping[_V, int], count: int) -> dict[_V, int]:
    """`quintile_scores`' score of each distinct value, from how many of the ``count`` values are equal to it."""
    score_of: dict[_V, int] = {}
    lower = 0
    for value in sorted(tally):
        equal = tally[value]
        score_of[value] = 1 + min(4, 5 * (2 * lower + equal) // (2 * count))
        lower += equal
    return score_of


class Segment(StrEnum):
    """The RFM segments, in the order they are shown (best first)."""

    CHAMPIONS = "champions"
    LOYAL = "loyal"
    POTENTIAL_LOYALISTS = "potential_loyalists"
    NEW = "new"
    NEED_ATTENTION = "need_attention"
    AT_RISK = "at_risk"
    HIBERNATING = "hibernating"


def segment_of(recency: int, frequency: int) -> Segment:
    """The segment of an R and F score (the table in the module's docstring)."""
    if recency >= 4 and frequency >= 4:
        return Segment.CHAMPIONS
    if recency >= 3 and frequency >= 3:
        return Segment.LOYAL
    if recency >= 4:
        return Segment.POTENTIAL_LOYALISTS if frequency == 2 else Segment.NEW
    if recency == 3:
        return Segment.NEED_ATTENTION
    return Segment.AT_RISK if frequency >= 3 else Segment.HIBERNATING


class ClientScore(NamedTuple):
    """One client's scores (a tuple: the dashboard makes one per client after each write)."""

    contact_id: int
    days_since: int  # from the last payment (in the home currency) to the period's end
    payments: int  # in the home currency
    paid: int  # cents, in the home currency
    recency: int  # 1..5
    frequency: int  # 1..5
    monetary: int  # 1..5
    segment: Segment


# The segment of each (R, F) pair, looked up rather than decided per client.
_SEGMENT_OF = {r: {f: segment_of(r, f) for f in range(1, 6)} for r in range(1, 6)}
# A `ClientScore` from a tuple of its fields, made by C (its own ``__new__`` is a Python function).
_client_score = cast(Callable[[tuple[Any, ...]], ClientScore], partial(tuple.__new__, ClientScore))


@dataclass(frozen=True, slots=True)
class SegmentRow:
    segment: Segment
    contact_ids: tuple[int, ...]
    revenue: int  # cents paid in the period by the segment's clients, in the home currency

    @property
    def clients(self) -> int:
        return len(self.contact_ids)


@dataclass(frozen=True, slots=True)
class Rfm:
    currency: str  # the home currency: the only one scored
    scores: tuple[ClientScore, ...]  # by contact id
    segments: tuple[SegmentRow, ...]  # every segment, in `Segment` order, empty ones included


def _one_currency(paid: PaidLedger) -> str:
    """The ledger's one currency: RFM and PMG refuse a ledger that keeps several (their cents would be
    compared across currencies)."""
    if paid.currency is None:
        raise ValueError("RFM and PMG score the payments of one currency: pass paid_ledger(..., currency).")
    return paid.currency


def _on_board(paid: PaidLedger, archived_ids: Collection[int]) -> dict[int, int]:
    """The contacts who paid in the ledger's period and are not archived, by id, and the cents they paid
    (the ledger holds one currency)."""
    currency = _one_currency(paid)
    amounts = paid.amounts
    return {cid: amounts[cid][currency] for cid in sorted(amounts) if cid not in archived_ids}


def rfm(paid: PaidLedger, archived_ids: Collection[int]) -> Rfm:
    """RFM scores and segments of the clients on the board who paid during the ledger's period, in its one
    currency (`paid_ledger(..., currency=home)`)."""
    cents = _on_board(paid, archived_ids)
    last_day, counts = paid.last_day, paid.counts
    clients = {cid: (last_day[cid], counts[cid], paid_cents) for cid, paid_cents in cents.items()}
    return rfm_of(clients, paid.period.end.toordinal(), _one_currency(paid))


def rfm_of(clients: Mapping[int, tuple[int, int, int]], end: int, currency: str) -> Rfm:
    """RFM of ``clients``, by contact id in ascending order: (day number of the last payment, number of
    payments, cents), all in ``currency``, over the period ending on day number ``end``."""
    # Made in whole columns (a score per distinct value, then looked up by `map`): the dashboard makes RFM again
    # for the tens of thousands of clients of a big book after each payment, and a Python loop per client,
    # with a named tuple made by keywords, cost 60 ms of it at 100,000 contacts.
    ids = list(clients)
    count = len(ids)
    members: dict[Segment, list[int]] = {segment: [] for segment in Segment}
    revenue: dict[Segment, int] = dict.fromkeys(Segment, 0)
    scores: tuple[ClientScore, ...] = ()
    if count:
        lasts, counts, cents = zip(*clients.values(), strict=True)
        recency = list(map(_score_of(Counter(lasts), count).__getitem__, lasts))  # a later day is better
        frequency = list(map(_score_of(Counter(counts), count).__getitem__, counts))
        monetary = map(_score_of(Counter(cents), count).__getitem__, cents)
        segments = list(map(getitem, map(_SEGMENT_OF.__getitem__, recency), frequency))
        for cid, segment, paid_cents in zip(ids, segments, cents, strict=True):
            members[segment].append(cid)
            revenue[segment] += paid_cents
        scores = tuple(map(_client_score, zip(ids, map(end.__sub__, lasts), counts, cents, recency, frequency,
                                              monetary, segments, strict=True)))
    segment_rows = tuple(SegmentRow(segment, tuple(members[segment]), revenue[segment]) for segment in Segment)
    return Rfm(currency, scores, segment_rows)


class KeptRfm:
    """`rfm_of` kept up to date as clients change a few at a time (the dashboard after a write): only the clients
    whose values changed, and those whose value's score moved (the quintiles shift as values come and go), are
    scored again, instead of every client of the book (30 ms at 100,000 contacts).

    What the first change needs — how many clients share each value, who has it, each segment's members in
    order — is gathered at that change, not before: the first figures do not wait for it.
    """

    def __init__(self, clients: Mapping[int, tuple[int, int, int]], end: int, currency: str) -> None:
        """``clients`` and ``end`` as for `rfm_of` (by contact id in ascending order)."""
        self._end, self._currency = end, currency
        self._result = rfm_of(clients, end, currency)
        self._values = dict(clients)
        self._changed: dict[int, tuple[int, int, int] | None] = {}
        self._scores: dict[int, ClientScore] = {}  # by contact id in ascending order
        # Per value kind (days, counts, cents): value → how many clients have it, → who, → its score.
        self._tallies: tuple[dict[int, int], ...] = ()
        self._holders: tuple[dict[int, set[int]], ...] = ()
        self._score_of: list[dict[int, int]] = []
        self._members: dict[Segment, list[int]] = {}  # in ascending order
        self._revenue: dict[Segment, int] = {}

    def change(self, contact_id: int, value: tuple[int, int, int] | None) -> None:
        """A client's (last day, payments, cents) now; None: no longer a client of the period."""
        self._changed[contact_id] = value

    def rfm(self) -> Rfm:
        """`rfm_of` of the clients as they are now."""
        if self._changed:
            self._follow()
        return self._result

    def _gather(self) -> None:
        values = self._values
        self._scores = {score.contact_id: score for score in self._result.scores}
        ids = list(values)
        holders_of: list[dict[int, set[int]]] = []
        for column in zip(*values.values(), strict=True) if values else ((), (), ()):
            holders: dict[int, set[int]] = {}
            for contact_id, one in zip(ids, column, strict=True):
                found = holders.get(one)
                if found is None:
                    holders[one] = {contact_id}
                else:
                    found.add(contact_id)
            holders_of.append(holders)
        self._holders = tuple(holders_of)
        self._tallies = tuple({one: len(named) for one, named in holders.items()} for holders in holders_of)
        self._score_of = [_score_of(tally, len(values)) for tally in self._tallies]
        self._members = {row.segment: list(row.contact_ids) for row in self._result.segments}
        self._revenue = {row.segment: row.revenue for row in self._result.segments}

    def _count(self, contact_id: int, value: tuple[int, int, int], sign: int) -> None:
        for tally, holders, one in zip(self._tallies, self._holders, value, strict=True):
            if sign > 0:
                tally[one] = tally.get(one, 0) + 1
                holders.setdefault(one, set()).add(contact_id)
            else:
                tally[one] -= 1
                holders[one].discard(contact_id)
                if not tally[one]:
                    del tally[one], holders[one]

    def _follow(self) -> None:
        if not self._tallies:
            self._gather()
        changed, self._changed = self._changed, {}
        values = self._values
        rescore: set[int] = set()
        for contact_id, value in changed.items():
            old = values.get(contact_id)
            if old == value:
                continue
            rescore.add(contact_id)
            if old is not None:
                self._count(contact_id, old, -1)
                del values[contact_id]
            if value is not None:
                self._count(contact_id, value, 1)
                values[contact_id] = value
        if not rescore:
            return
        count = len(values)
        for kind, tally in enumerate(self._tallies):  # whose value's score moved
            was, now = self._score_of[kind], _score_of(tally, count)
            holders = self._holders[kind]
            for one, score in now.items():
                if was.get(one) != score:
                    rescore.update(holders[one])
            self._score_of[kind] = now
        self._rescore(rescore)

    def _rescore(self, contact_ids: set[int]) -> None:
        scores, members, revenue, values = self._scores, self._members, self._revenue, self._values
        recency, frequency, monetary = self._score_of
        in_order = True
        changed: set[Segment] = set()
        for contact_id in contact_ids:
            old = scores.pop(contact_id, None)
            if old is not None:
                ids = members[old.segment]
                del ids[bisect_left(ids, contact_id)]
                revenue[old.segment] -= old.paid
                changed.add(old.segment)
            value = values.get(contact_id)
            if value is None:
                continue
            last, count, cents = value
            r, f = recency[last], frequency[count]
            segment = _SEGMENT_OF[r][f]
            if scores and contact_id < next(reversed(scores)):
                in_order = False
            scores[contact_id] = ClientScore(contact_id, self._end - last, count, cents, r, f, monetary[cents], segment)
            insort(members[segment], contact_id)
            revenue[segment] += cents
            changed.add(segment)
        if not in_order:
            self._scores = scores = {contact_id: scores[contact_id] for contact_id in sorted(scores)}
        rows = tuple(SegmentRow(row.segment, tuple(members[row.segment]), revenue[row.segment])
                     if row.segment in changed else row for row in self._result.segments)
        self._result = Rfm(self._currency, tuple(scores.values()), rows)


# --- PMG -----------------------------------------------------------------------------------------


class PmgSize(StrEnum):
    """A client's size by its revenue over the last 12 months, smallest first."""

    SMALL = "small"
    MEDIUM = "medium"
    BIG = "big"


@dataclass(frozen=True, slots=True)
class PmgThresholds:
    """From how many cents (inclusive) a client is medium, and big."""

    medium_from: int
    big_from: int

    def __post_init__(self) -> None:
        if not 0 <= self.medium_from <= self.big_from:
            raise ValueError("PMG thresholds must satisfy 0 ≤ medium ≤ big.")

    def size(self, cents: int) -> PmgSize:
        if cents >= self.big_from:
            return PmgSize.BIG
        return PmgSize.MEDIUM if cents >= self.medium_from else PmgSize.SMALL


def tercile_thresholds(values: Iterable[int]) -> PmgThresholds | None:
    """The default thresholds: the values that start the second and the last third of the clients.

    Sorted ascending ``v`` of ``n`` values: medium from ``v[⌈n/3⌉]``, big from ``v[⌈2n/3⌉]`` (the last value
    when that is past the end): six clients split two by two; with a number not divisible by three the
    smaller groups take the extra ones (four clients: two small, one medium, one big). None for no value.
    """
    return _terciles(sorted(values))


def _terciles(ordered: Sequence[int]) -> PmgThresholds | None:
    """`tercile_thresholds` of values sorted already."""
    count = len(ordered)
    if not count:
        return None
    return PmgThresholds(ordered[min(count - 1, -(-count // 3))], ordered[min(count - 1, -(-2 * count // 3))])


def pmg_window(today: date) -> Period:
    """The last 12 months PMG is measured over."""
    return Period.last_12_months(today)


def pmg_values(paid: PaidLedger, archived_ids: Collection[int]) -> dict[int, int]:
    """The cents each client on the board paid over the ledger's period (`pmg_window`), in its one currency
    (`paid_ledger(..., currency=home)`); clients who paid nothing in it in that time are not in it."""
    return _on_board(paid, archived_ids)


@dataclass(frozen=True, slots=True)
class PmgGroup:
    size: PmgSize
    contact_ids: tuple[int, ...]
    revenue: int  # cents paid over the last 12 months by the group's clients, in the home currency


@dataclass(frozen=True, slots=True)
class Pmg:
    currency: str  # the home currency: the only one sized by, and the thresholds' unit
    thresholds: PmgThresholds | None  # None when no client paid in the last 12 months
    default_thresholds: bool  # True when they are the terciles (no user setting)
    groups: tuple[PmgGroup, ...]  # small, medium, big
    total: int  # cents, in the home currency

    def share(self, group: PmgGroup) -> float | None:
        """The group's part (0..1) of the 12 months' client revenue (in the home currency)."""
        return group.revenue / self.total if self.total else None


def pmg(values: Mapping[int, int], currency: str, thresholds: PmgThresholds | None = None) -> Pmg:
    """Clients grouped by size, by their cents in ``currency`` (see `pmg_values`); ``thresholds`` None means
    the terciles of ``values``."""
    chosen = thresholds if thresholds is not None else tercile_thresholds(values.values())
    small: list[int] = []
    medium: list[int] = []
    big: list[int] = []
    revenue = [0, 0, 0]
    if chosen is not None:
        medium_from, big_from = chosen.medium_from, chosen.big_from  # `PmgThresholds.size`, inlined
        for cid in sorted(values):
            cents = values[cid]
            if cents >= big_from:
                big.append(cid)
                revenue[2] += cents
            elif cents >= medium_from:
                medium.append(cid)
                revenue[1] += cents
            else:
                small.append(cid)
                revenue[0] += cents
    groups = tuple(PmgGroup(size, tuple(ids), cents)
                   for size, ids, cents in zip(PmgSize, (small, medium, big), revenue, strict=True))
    return Pmg(currency, chosen, thresholds is None, groups, sum(values.values()))


class KeptPmg:
    """`pmg` kept up to date as clients change a few at a time (the dashboard after a write): the terciles come
    from the values kept in order, and only the clients whose value changed, or whose value the thresholds
    moved past, change group, instead of every client being sized again (10 ms at 100,000 contacts).

    What the first change needs (the values in order, who has each one, each client's group) is gathered at
    that change, not before: the first figures do not wait for it.
    """

    def __init__(self, values: Mapping[int, int], currency: str) -> None:
        self._currency = currency
        self._values = dict(values)
        self._changed: dict[int, int | None] = {}
        self._result: Pmg | None = None
        self._ordered: list[int] = []  # every value, ascending
        self._holders: dict[int, set[int]] = {}  # value → the clients who have it
        self._placed: dict[int, tuple[int, int]] = {}  # client → its group (an index in `PmgSize`) and cents
        self._chosen: PmgThresholds | None = None
        self._members: tuple[list[int], ...] = ()  # per group, ascending
        self._revenue = [0, 0, 0]
        self._total = 0

    def change(self, contact_id: int, cents: int | None) -> None:
        """A client's cents over the last 12 months now; None: no longer a client of those months."""
        self._changed[contact_id] = cents

    def pmg(self, thresholds: PmgThresholds | None = None) -> Pmg:
        """`pmg` of the clients as they are now."""
        result = self._result
        if result is None:  # the first figures
            self._result = result = pmg(self._values, self._currency, thresholds)
            return result
        if not self._changed and result.default_thresholds == (thresholds is None) and (
                thresholds is None or thresholds == result.thresholds):
            return result
        if not self._members:
            self._gather(result)
        moved = self._follow()
        chosen = thresholds if thresholds is not None else _terciles(self._ordered)
        if chosen != self._chosen:
            moved.update(self._passed(self._chosen, chosen))
            self._chosen = chosen
        self._place(moved)
        groups = tuple(PmgGroup(size, tuple(ids), cents)
                       for size, ids, cents in zip(PmgSize, self._members, self._revenue, strict=True))
        self._result = result = Pmg(self._currency, chosen, thresholds is None, groups, self._total)
        return result

    def _gather(self, result: Pmg) -> None:
        values = self._values
        self._ordered = sorted(values.values())
        holders = self._holders
        for contact_id, cents in values.items():
            found = holders.get(cents)
            if found is None:
                holders[cents] = {contact_id}
            else:
                found.add(contact_id)
        self._members = tuple(list(group.contact_ids) for group in result.groups)
        self._revenue = [group.revenue for group in result.groups]
        self._placed = {contact_id: (size, values[contact_id])
                        for size, group in enumerate(result.groups) for contact_id in group.contact_ids}
        self._chosen = result.thresholds
        self._total = result.total

    def _follow(self) -> set[int]:
        """The changed values taken in; returns the clients whose value changed."""
        changed, self._changed = self._changed, {}
        values, ordered, holders = self._values, self._ordered, self._holders
        moved: set[int] = set()
        for contact_id, cents in changed.items():
            old = values.get(contact_id)
            if old == cents:
                continue
            moved.add(contact_id)
            if old is not None:
                del values[contact_id], ordered[bisect_left(ordered, old)]
                named = holders[old]
                named.discard(contact_id)
                if not named:
                    del holders[old]
                self._total -= old
            if cents is not None:
                values[contact_id] = cents
                insort(ordered, cents)
                holders.setdefault(cents, set()).add(contact_id)
                self._total += cents
        return moved

    def _passed(self, was: PmgThresholds | None, now: PmgThresholds | None) -> set[int]:
        """The clients whose group changes from thresholds ``was`` to ``now`` (None: nobody is sized)."""
        if was is None or now is None:
            return set(self._values)
        passed: set[int] = set()
        for low, high in sorted((was.medium_from, now.medium_from)), sorted((was.big_from, now.big_from)):
            if low != high:
                for cents, named in self._holders.items():
                    if low <= cents < high:
                        passed.update(named)
        return passed

    def _place(self, contact_ids: set[int]) -> None:
        chosen, values, placed = self._chosen, self._values, self._placed
        members, revenue = self._members, self._revenue
        for contact_id in contact_ids:
            old = placed.pop(contact_id, None)
            if old is not None:
                size, cents = old
                ids = members[size]
                del ids[bisect_left(ids, contact_id)]
                revenue[size] -= cents
            now = values.get(contact_id)
            if now is None or chosen is None:
                continue
            size = 2 if now >= chosen.big_from else 1 if now >= chosen.medium_from else 0  # `PmgThresholds.size`
            placed[contact_id] = (size, now)
            insort(members[size], contact_id)
            revenue[size] += now
