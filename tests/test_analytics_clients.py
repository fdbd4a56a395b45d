"""RFM and PMG on hand-computed books (no Qt, no database)."""

from __future__ import annotations

from datetime import date

import pytest

from carnet.analytics.clients import (
    PmgSize,
    PmgThresholds,
    Segment,
    pmg,
    pmg_values,
    pmg_window,
    quintile_scores,
    rfm,
    segment_of,
    tercile_thresholds,
)
from carnet.analytics.common import Period
from carnet.analytics.ledger import paid_ledger
from carnet.analytics.rows import PaymentRow
from carnet.domain.enums import PaymentStatus

PAID = PaymentStatus.PAID
YEAR_2025 = Period(date(2025, 1, 1), date(2025, 12, 31))


def paid(contact_id: int, cents: int, month: int, day: int, currency: str = "EUR") -> PaymentRow:
    return PaymentRow.make(contact_id, PAID, cents, date(2025, month, day), currency)


def test_quintile_scores():
    assert quintile_scores({1: 10, 2: 20, 3: 30, 4: 40, 5: 50}) == {1: 1, 2: 2, 3: 3, 4: 4, 5: 5}
    assert list(quintile_scores({n: n for n in range(10)}).values()) == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    assert quintile_scores({1: 7, 2: 7, 3: 7}) == {1: 3, 2: 3, 3: 3}  # all alike: the middle
    # Three tied at the bottom share the middle of their ranks (0..2 of 4): ⌊5 × 1.5 / 4⌋ + 1 = 2.
    assert quintile_scores({1: 1, 2: 1, 3: 1, 4: 5}) == {1: 2, 2: 2, 3: 2, 4: 5}
    assert quintile_scores({}) == {}


@pytest.mark.parametrize(("r", "f", "segment"), [
    (5, 5, Segment.CHAMPIONS), (4, 4, Segment.CHAMPIONS), (3, 5, Segment.LOYAL), (5, 3, Segment.LOYAL),
    (4, 2, Segment.POTENTIAL_LOYALISTS), (5, 1, Segment.NEW), (3, 2, Segment.NEED_ATTENTION),
    (3, 1, Segment.NEED_ATTENTION), (2, 3, Segment.AT_RISK), (1, 5, Segment.AT_RISK),
    (2, 2, Segment.HIBERNATING), (1, 1, Segment.HIBERNATING),
])
def test_segment_map(r, f, segment):
    assert segment_of(r, f) is segment


def test_every_score_pair_has_a_segment():
    assert {segment_of(r, f) for r in range(1, 6) for f in range(1, 6)} == set(Segment)


def test_rfm_scores_and_segments():
    payments = [
        *(paid(1, 10_000, m, dd) for m, dd in ((12, 20), (12, 10), (11, 1), (10, 1))),  # last 20 Dec, 4 payments
        *(paid(2, 30_000, m, dd) for m, dd in ((12, 15), (6, 1))),  # last 15 Dec, 2
        paid(3, 5_000, 9, 1),  # last 1 Sep, 1
        *(paid(4, 2_000, m, 1) for m in (1, 2, 3, 4, 5)),  # last 1 May, 5
        *(paid(5, 10_000, 2, dd) for dd in (1, 1, 1)),  # last 1 Feb, 3
        paid(6, 99_000, 12, 30),  # archived: not scored
        PaymentRow.make(7, PaymentStatus.QUOTED, 50_000, date(2025, 12, 1)),  # a quote is not a payment
        PaymentRow.make(8, PAID, 50_000, date(2024, 12, 1)),  # before the period
    ]
    result = rfm(paid_ledger(payments, YEAR_2025, "EUR"), {6})
    scores = {s.contact_id: s for s in result.scores}
    assert list(scores) == [1, 2, 3, 4, 5]
    assert {c: (s.recency, s.frequency, s.monetary) for c, s in scores.items()} == {
        1: (5, 4, 4), 2: (4, 2, 5), 3: (3, 1, 1), 4: (2, 5, 2), 5: (1, 3, 3)}
    assert (scores[1].days_since, scores[1].payments, scores[1].paid) == (11, 4, 40_000)
    segments = {row.segment: row.contact_ids for row in result.segments}
    assert list(segments) == list(Segment)
    assert segments == {Segment.CHAMPIONS: (1,), Segment.LOYAL: (), Segment.POTENTIAL_LOYALISTS: (2,),
                        Segment.NEW: (), Segment.NEED_ATTENTION: (3,), Segment.AT_RISK: (4, 5),
                        Segment.HIBERNATING: ()}
    at_risk = result.segments[list(Segment).index(Segment.AT_RISK)]
    assert at_risk.revenue == 40_000 and at_risk.clients == 2 and result.currency == "EUR"


def test_tercile_thresholds():
    assert tercile_thresholds([600, 100, 500, 200, 400, 300]) == PmgThresholds(300, 500)
    assert tercile_thresholds([10, 20, 30, 40]) == PmgThresholds(30, 40)  # two small, one medium, one big
    assert tercile_thresholds([7]) == PmgThresholds(7, 7)  # a lone client is big
    assert tercile_thresholds([]) is None
    with pytest.raises(ValueError):
        PmgThresholds(500, 100)


def test_pmg_by_terciles_and_by_thresholds():
    today = date(2025, 12, 31)
    assert pmg_window(today) == YEAR_2025
    payments = [paid(cid, cid * 10_000, 6, 1) for cid in range(1, 7)] + [
        paid(6, 20_000, 7, 1, "USD"),  # 6 is sized by its 60,000 EUR cents only: USD cents are not added
        paid(9, 500_000, 7, 1, "USD"),  # paid in USD only: no size
        paid(7, 90_000, 1, 1),  # archived
        PaymentRow.make(8, PAID, 90_000, date(2024, 12, 31)),  # paid 12 months and a day ago: no size
    ]
    values = pmg_values(paid_ledger(payments, pmg_window(today), "EUR"), {7})
    assert values == {1: 10_000, 2: 20_000, 3: 30_000, 4: 40_000, 5: 50_000, 6: 60_000}
    result = pmg(values, "EUR")
    assert result.default_thresholds and result.thresholds == PmgThresholds(30_000, 50_000)
    groups = {g.size: g for g in result.groups}
    assert [groups[s].contact_ids for s in PmgSize] == [(1, 2), (3, 4), (5, 6)]
    assert groups[PmgSize.BIG].revenue == 110_000 and result.total == 210_000 and result.currency == "EUR"
    assert result.share(groups[PmgSize.SMALL]) == pytest.approx(30_000 / 210_000)
    chosen = pmg(values, "EUR", PmgThresholds(15_000, 60_000))
    assert not chosen.default_thresholds
    assert [g.contact_ids for g in chosen.groups] == [(1,), (2, 3, 4, 5), (6,)]
    assert pmg({}, "EUR").thresholds is None and all(not g.contact_ids for g in pmg({}, "EUR").groups)
    with pytest.raises(ValueError):  # a ledger of every currency: its cents cannot be compared
        pmg_values(paid_ledger(payments, pmg_window(today)), {7})


def test_rfm_made_in_columns_is_the_definition_client_by_client() -> None:
    """`rfm_of` scores whole columns at once (for speed); each client must still get what the definition gives it
    alone: its quintile scores, the segment of its R and F, a real `ClientScore`, and the segments' members in
    contact order with their revenue."""
    import random

    from carnet.analytics.clients import ClientScore, rfm_of

    rng = random.Random(6)
    end = date(2025, 12, 31).toordinal()
    for size in (0, 1, 2, 7, 60, 500):
        clients = {cid: (end - rng.choice([0, 3, 3, 40, rng.randrange(365)]), rng.choice([1, 1, 2, 3, 8]),
                         rng.choice([0, 4_500, 12_000, rng.randrange(1, 900_000)]))
                   for cid in sorted(rng.sample(range(1, 5_000), size))}
        got = rfm_of(clients, end, "EUR")
        recency = quintile_scores({cid: last for cid, (last, _, _) in clients.items()})
        frequency = quintile_scores({cid: count for cid, (_, count, _) in clients.items()})
        monetary = quintile_scores({cid: cents for cid, (_, _, cents) in clients.items()})
        expected = tuple(
            ClientScore(contact_id=cid, days_since=end - last, payments=count, paid=cents, recency=recency[cid],
                        frequency=frequency[cid], monetary=monetary[cid],
                        segment=segment_of(recency[cid], frequency[cid]))
            for cid, (last, count, cents) in clients.items())
        assert got.scores == expected
        assert all(type(score) is ClientScore for score in got.scores)
        assert [score.segment for score in got.scores] == [score[7] for score in expected]
        for row in got.segments:
            members = tuple(score.contact_id for score in expected if score.segment is row.segment)
            assert row.contact_ids == members
            assert row.revenue == sum(clients[cid][2] for cid in members)
        assert [row.segment for row in got.segments] == list(Segment)


def test_rfm_kept_through_changes_is_rfm_made_again() -> None:
    """`KeptRfm` scores again only who changed and whose value's score moved: after every few changes (new
    clients, clients gone, a payment more, clients of smaller and larger ids than any before) it must give
    exactly `rfm_of` of the clients as they are."""
    import random

    from carnet.analytics.clients import KeptRfm, rfm_of

    rng = random.Random(11)
    end = date(2025, 12, 31).toordinal()

    def value() -> tuple[int, int, int]:
        return (end - rng.choice([0, 2, 2, 30, rng.randrange(365)]), rng.choice([1, 1, 2, 3, 5]),
                rng.choice([0, 4_500, 12_000, 12_000, rng.randrange(1, 300_000)]))

    for size in (0, 1, 9, 300):
        clients = {cid: value() for cid in sorted(rng.sample(range(100, 3_000), size))}
        kept = KeptRfm(clients, end, "EUR")
        assert kept.rfm() == rfm_of(clients, end, "EUR")
        for _ in range(40):
            for _ in range(rng.choice([1, 1, 3])):
                what = rng.random()
                if clients and what < 0.25:
                    gone = rng.choice(list(clients))
                    del clients[gone]
                    kept.change(gone, None)
                else:
                    cid = rng.choice(list(clients)) if clients and what < 0.7 else rng.randrange(1, 4_000)
                    clients[cid] = value()
                    kept.change(cid, clients[cid])
            assert kept.rfm() == rfm_of(dict(sorted(clients.items())), end, "EUR")
        kept.change(999_999, None)  # never a client: nothing moves
        assert kept.rfm() == rfm_of(dict(sorted(clients.items())), end, "EUR")


def test_pmg_kept_through_changes_is_pmg_made_again() -> None:
    """`KeptPmg` moves only who changed and whom the thresholds passed: after every few changes, with the
    terciles or the user's thresholds (switched back and forth, as Preferences does), it must give exactly
    `pmg` of the clients as they are."""
    import random

    from carnet.analytics.clients import KeptPmg

    rng = random.Random(12)

    def cents() -> int:
        return rng.choice([0, 4_500, 12_000, 12_000, 60_000, rng.randrange(1, 400_000)])

    choices = [None, None, PmgThresholds(50_000, 200_000), PmgThresholds(0, 0), PmgThresholds(12_000, 12_000)]
    for size in (0, 1, 5, 200):
        values = {cid: cents() for cid in sorted(rng.sample(range(100, 3_000), size))}
        kept = KeptPmg(values, "EUR")
        thresholds = rng.choice(choices)
        assert kept.pmg(thresholds) == pmg(values, "EUR", thresholds)
        for step in range(40):
            for _ in range(rng.choice([0, 1, 1, 3])):
                what = rng.random()
                if values and what < 0.25:
                    gone = rng.choice(list(values))
                    del values[gone]
                    kept.change(gone, None)
                else:
                    cid = rng.choice(list(values)) if values and what < 0.7 else rng.randrange(1, 4_000)
                    values[cid] = cents()
                    kept.change(cid, values[cid])
            if step % 4 == 3:
                thresholds = rng.choice(choices)
            assert kept.pmg(thresholds) == pmg(values, "EUR", thresholds)
