"""The dashboard's figures on small books whose right answers are worked out by hand (no Qt, no database)."""

from __future__ import annotations

from datetime import date

import pytest

from carnet.analytics.acquisition import referrals, sources
from carnet.analytics.common import Period, add_money, divide_half_up, median, one_year_before
from carnet.analytics.dashboard import compute_dashboard
from carnet.analytics.funnel import funnel, stage_counts
from carnet.analytics.ledger import paid_ledger
from carnet.analytics.revenue import revenue
from carnet.analytics.rows import ContactRow, DashboardRows, PaymentRow, StageChangeRow
from carnet.domain.enums import PaymentStatus, Source, Stage

S, P = Stage, PaymentStatus
YEAR_2025 = Period(date(2025, 1, 1), date(2025, 12, 31))


def d(month: int, day: int, year: int = 2025) -> date:
    return date(year, month, day)


# Five contacts (see each history); contact 3 is archived.
CONTACTS = [
    ContactRow.make(1, S.CLIENT, d(1, 10), source=Source.WEBSITE),
    ContactRow.make(2, S.LEAD, d(1, 5), source=Source.NEWSLETTER),
    ContactRow.make(3, S.VISITOR, d(12, 1, 2024), source=Source.WEBSITE, archived=True),
    ContactRow.make(4, S.AMBASSADOR, d(6, 1), source=Source.REFERRAL, referred_by=1),
    ContactRow.make(5, S.STRANGER, d(2, 1)),
]
CHANGES = [
    # 1: stranger → visitor → lead → prospect → client
    StageChangeRow.make(1, S.STRANGER, d(1, 10)), StageChangeRow.make(1, S.VISITOR, d(1, 20)),
    StageChangeRow.make(1, S.LEAD, d(2, 1)), StageChangeRow.make(1, S.PROSPECT, d(3, 1)),
    StageChangeRow.make(1, S.CLIENT, d(3, 11)),
    # 2: lead → prospect → back to lead
    StageChangeRow.make(2, S.LEAD, d(1, 5)), StageChangeRow.make(2, S.PROSPECT, d(1, 15)),
    StageChangeRow.make(2, S.LEAD, d(1, 25)),
    # 3: stranger (in 2024) → visitor, then archived
    StageChangeRow.make(3, S.STRANGER, d(12, 1, 2024)), StageChangeRow.make(3, S.VISITOR, d(1, 4)),
    # 4: lead → client (prospect skipped) → ambassador
    StageChangeRow.make(4, S.LEAD, d(6, 1)), StageChangeRow.make(4, S.CLIENT, d(6, 11)),
    StageChangeRow.make(4, S.AMBASSADOR, d(7, 1)),
    # 5: added as a stranger
    StageChangeRow.make(5, S.STRANGER, d(2, 1)),
]
PAYMENTS = [
    PaymentRow.make(1, P.PAID, 70_000, d(12, 15, 2024)),  # before 2025
    PaymentRow.make(1, P.PAID, 100_000, d(3, 11)),
    PaymentRow.make(1, P.PAID, 50_000, d(5, 20)),
    PaymentRow.make(4, P.PAID, 30_000, d(6, 11)),
    PaymentRow.make(4, P.PAID, 20_000, d(6, 20), "USD"),
    PaymentRow.make(2, P.QUOTED, 80_000, d(4, 1)),
    PaymentRow.make(3, P.QUOTED, 99_900, d(4, 1)),  # archived contact: not pipeline
    PaymentRow.make(4, P.INVOICED, 40_000, d(11, 1)),
]


# --- common --------------------------------------------------------------------------------------


def test_money_is_added_per_currency_largest_first():
    assert add_money([("EUR", 100), ("USD", 300), ("EUR", 50), ("CHF", 150)]) == (
        ("USD", 300), ("CHF", 150), ("EUR", 150))
    assert add_money([]) == ()


def test_small_helpers():
    assert divide_half_up(100, 3) == 33 and divide_half_up(5, 2) == 3 and divide_half_up(7, 7) == 1
    assert median([]) is None and median([3, 1, 2]) == 2.0 and median([4, 1, 3, 2]) == 2.5
    assert one_year_before(d(2, 29, 2024)) == d(2, 28, 2023)


def test_periods():
    assert Period.this_year(d(5, 17)) == Period(d(1, 1), d(5, 17))
    assert Period.last_12_months(d(5, 17)) == Period(d(5, 18, 2024), d(5, 17))
    assert Period.last_12_months(d(2, 29, 2024)) == Period(d(3, 1, 2023), d(2, 29, 2024))
    assert Period.all_time(d(5, 17)).bounds() == (0, d(5, 17).toordinal())
    assert YEAR_2025.contains(d(1, 1)) and YEAR_2025.contains(d(12, 31)) and not YEAR_2025.contains(d(12, 31, 2024))
    with pytest.raises(ValueError):
        Period(d(2, 1), d(1, 1))


# --- funnel --------------------------------------------------------------------------------------


def test_counts_per_stage_leave_archived_contacts_out():
    assert stage_counts(CONTACTS) == {S.STRANGER: 1, S.VISITOR: 0, S.LEAD: 1, S.PROSPECT: 0, S.CLIENT: 1,
                                      S.AMBASSADOR: 1}


def test_funnel_conversions_and_median_days():
    steps = {step.stage: step for step in funnel(CONTACTS, CHANGES, YEAR_2025)}
    # Entered in 2025 → went further later (any later stage counts).
    assert [(s.entered, s.went_further) for s in steps.values()] == [
        (2, 1),  # stranger: 1 went on, 5 did not (3 entered in 2024)
        (2, 1),  # visitor: 1 went on, 3 (archived) did not
        (3, 3),  # lead: 1 → prospect, 2 → prospect (then back), 4 → client directly
        (2, 1),  # prospect: 1 → client; 2 cooled down to lead
        (2, 1),  # client: 4 became an ambassador, 1 did not
        (1, None),  # ambassador: the last stage
    ]
    assert steps[S.LEAD].conversion == 1.0 and steps[S.PROSPECT].conversion == 0.5
    assert steps[S.AMBASSADOR].conversion is None
    # Stays that ended in 2025, in days: stranger 10 (1) and 34 (3, begun in 2024); visitor 12; lead 28, 10, 10
    # (2's second stay goes on); prospect 10 and 10; client 20 (4; 1's stay goes on); ambassador none.
    assert [s.median_days for s in steps.values()] == [22.0, 12.0, 10.0, 10.0, 20.0, None]
    assert [s.now for s in steps.values()] == [1, 0, 1, 0, 1, 1]


def test_funnel_period_selects_entries_and_ended_stays():
    steps = funnel(CONTACTS, CHANGES, Period(d(2, 1), d(12, 31)))
    stranger, visitor, lead = steps[0], steps[1], steps[2]
    assert (stranger.entered, stranger.went_further, stranger.median_days) == (1, 0, None)  # only 5
    assert (visitor.entered, visitor.median_days) == (0, 12.0)  # 1 left visitor on 1 February
    assert (lead.entered, lead.went_further) == (2, 2)  # 1 and 4; 2 entered in January


def test_funnel_counts_the_first_entry_and_same_day_moves():
    changes = [StageChangeRow.make(7, S.LEAD, d(3, 5)), StageChangeRow.make(7, S.PROSPECT, d(3, 5)),
               StageChangeRow.make(7, S.LEAD, d(4, 1)), StageChangeRow.make(7, S.PROSPECT, d(9, 1))]
    lead = funnel([ContactRow.make(7, S.PROSPECT, d(3, 5))], changes, YEAR_2025)[2]
    assert (lead.entered, lead.went_further) == (1, 1)
    assert lead.median_days == 76.5  # 0 days (same day), then 1 April → 1 September: 153 days


# --- revenue -------------------------------------------------------------------------------------


def test_revenue_of_a_year():
    summary = revenue(PAYMENTS, YEAR_2025, {3})
    assert summary.total == (("EUR", 180_000), ("USD", 20_000))
    assert (summary.payments, summary.clients) == (4, 2)
    assert summary.average_payment == (("EUR", 60_000), ("USD", 20_000))  # 180,000 / 3; 20,000 / 1
    assert summary.per_client == (("EUR", 90_000), ("USD", 20_000))  # 180,000 / 2 clients; 20,000 / 1
    assert summary.quoted == (("EUR", 80_000),)  # 3's quote is lost: archived
    assert summary.invoiced == (("EUR", 40_000),)
    assert summary.pipeline == (("EUR", 120_000),)
    months = {month.month: month.paid for month in summary.by_month}
    assert list(months) == [(2025, m) for m in range(1, 13)]
    assert months[(2025, 3)] == (("EUR", 100_000),)
    assert months[(2025, 6)] == (("EUR", 30_000), ("USD", 20_000))
    assert months[(2025, 1)] == ()


def test_revenue_all_time_starts_at_the_first_payment():
    summary = revenue(PAYMENTS, Period.all_time(d(12, 31)), {3})
    assert summary.by_month[0].month == (2024, 12) and len(summary.by_month) == 13
    assert summary.total == (("EUR", 250_000), ("USD", 20_000))
    assert revenue([], Period.all_time(d(12, 31)), set()).by_month == ()


# --- sources and referrals -----------------------------------------------------------------------


def test_sources_count_contacts_added_and_revenue_paid_in_the_period():
    rows = sources(CONTACTS, paid_ledger(PAYMENTS, YEAR_2025))
    assert [(r.source, r.contacts, r.became_clients, r.revenue) for r in rows] == [
        (Source.WEBSITE, 1, 1, (("EUR", 150_000),)),  # 1; 3 was added in 2024
        (Source.NEWSLETTER, 1, 0, ()),
        (Source.REFERRAL, 1, 1, (("EUR", 30_000), ("USD", 20_000))),
        (None, 1, 0, ()),
    ]
    assert rows[0].conversion == 1.0 and rows[1].conversion == 0.0


def test_referrals_per_referrer_and_share_of_revenue():
    loop = referrals(CONTACTS, paid_ledger(PAYMENTS, YEAR_2025), {1: "Zoé Lefèvre"}, "EUR")
    (row,) = loop.referrers
    assert (row.referrer_id, row.name, row.stage, row.archived) == (1, "Zoé Lefèvre", S.CLIENT, False)
    assert (row.referred, row.became_clients, row.revenue) == (1, 1, (("EUR", 30_000), ("USD", 20_000)))
    assert loop.total == (("EUR", 180_000), ("USD", 20_000))
    assert loop.share("EUR") == pytest.approx(30_000 / 180_000)
    assert loop.share("USD") == 1.0 and loop.share("CHF") is None


def test_dashboard_puts_the_panels_together():
    rows = DashboardRows(d(12, 31), CONTACTS, CHANGES, PAYMENTS, {1: "Zoé Lefèvre"})
    dashboard = compute_dashboard(rows, YEAR_2025)
    assert dashboard.currency == "EUR" and dashboard.archived == 1
    assert dashboard.revenue.total == (("EUR", 180_000), ("USD", 20_000))
    assert [s.entered for s in dashboard.funnel] == [2, 2, 3, 2, 2, 1]
    # PMG over the 12 months to 31 December 2025, in euros only (the home currency): 1 paid 150,000 cents, 4
    # paid 30,000 (its 20,000 USD are not added to them).
    assert dashboard.pmg.thresholds is not None and dashboard.pmg.default_thresholds
    assert {g.size.value: g.contact_ids for g in dashboard.pmg.groups} == {"small": (4,), "medium": (), "big": (1,)}
    assert [g.revenue for g in dashboard.pmg.groups] == [30_000, 0, 150_000] and dashboard.pmg.total == 180_000
