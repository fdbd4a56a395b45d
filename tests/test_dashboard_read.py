"""The dashboard's rows read from a real database, and the figures computed from them."""

from __future__ import annotations

from datetime import UTC, date, datetime

from carnet.analytics.common import Period
from carnet.analytics.dashboard import compute_dashboard
from carnet.analytics.rows import STAGE_RANK, ContactRow, PaymentRow
from carnet.domain.enums import PaymentStatus, Source, Stage
from carnet.domain.models import Contact, Payment, StageChange
from carnet.services.dashboard_read import dashboard_rows
from carnet.storage import Database


def noon(day: date) -> datetime:
    # Midday UTC is the same calendar day in every time zone the tests run in.
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def fill(db: Database) -> None:
    with db.transaction() as session:
        session.add(Contact(id=1, display_name="Zoé Lefèvre", stage=Stage.CLIENT, source=Source.WEBSITE,
                            created_at=noon(date(2025, 1, 10))))
        session.add(Contact(id=2, display_name="Hans Müller", stage=Stage.PROSPECT, referred_by_id=1,
                            created_at=noon(date(2025, 2, 1)), archived_at=noon(date(2025, 6, 1))))
        session.flush()
        # Inserted out of order: the history is read in the order it happened, not by id.
        session.add(StageChange(id=10, contact_id=1, from_stage=Stage.LEAD, to_stage=Stage.CLIENT,
                                at=noon(date(2025, 3, 1))))
        session.add(StageChange(id=11, contact_id=1, from_stage=None, to_stage=Stage.LEAD, at=noon(date(2025, 1, 10))))
        session.add(StageChange(id=12, contact_id=2, from_stage=None, to_stage=Stage.PROSPECT,
                                at=noon(date(2025, 2, 1))))
        session.add(Payment(contact_id=1, amount_cents=120_000, currency="EUR", status=PaymentStatus.PAID,
                            issued_on=date(2025, 2, 20), paid_on=date(2025, 3, 1)))
        # Paid without a payment day: dated by its issue day.
        session.add(Payment(contact_id=1, amount_cents=30_000, currency="USD", status=PaymentStatus.PAID,
                            issued_on=date(2025, 4, 2)))
        # A quote without any day: dated by the day it was recorded.
        session.add(Payment(contact_id=2, amount_cents=50_000, currency="EUR", status=PaymentStatus.QUOTED,
                            created_at=noon(date(2025, 5, 5))))


def test_rows_as_the_analytics_read_them(db):
    fill(db)
    rows = dashboard_rows(db, today=date(2025, 12, 31))
    assert rows.today == date(2025, 12, 31)
    assert sorted(rows.contacts) == [
        ContactRow.make(1, Stage.CLIENT, date(2025, 1, 10), source=Source.WEBSITE),
        ContactRow.make(2, Stage.PROSPECT, date(2025, 2, 1), referred_by=1, archived=True),
    ]
    assert [(c.contact_id, c.rank, date.fromordinal(c.day)) for c in rows.stage_changes] == [
        (1, STAGE_RANK["lead"], date(2025, 1, 10)), (1, STAGE_RANK["client"], date(2025, 3, 1)),
        (2, STAGE_RANK["prospect"], date(2025, 2, 1)),
    ]
    assert sorted(rows.payments) == sorted([
        PaymentRow.make(1, PaymentStatus.PAID, 120_000, date(2025, 3, 1)),
        PaymentRow.make(1, PaymentStatus.PAID, 30_000, date(2025, 4, 2), "USD"),
        PaymentRow.make(2, PaymentStatus.QUOTED, 50_000, date(2025, 5, 5)),
    ])
    assert rows.names == {1: "Zoé Lefèvre"}


def test_figures_from_the_database(db):
    fill(db)
    rows = dashboard_rows(db, today=date(2025, 12, 31))
    dashboard = compute_dashboard(rows, Period(date(2025, 1, 1), date(2025, 12, 31)))
    assert dashboard.currency == "EUR" and dashboard.archived == 1
    lead = dashboard.funnel[STAGE_RANK["lead"]]
    assert (lead.entered, lead.went_further, lead.median_days) == (1, 1, 50.0)  # 10 January → 1 March
    assert [step.now for step in dashboard.funnel] == [0, 0, 0, 0, 1, 0]  # 2 is archived
    assert dashboard.revenue.total == (("EUR", 120_000), ("USD", 30_000))
    assert dashboard.revenue.quoted == ()  # the only quote is an archived contact's
    (referrer,) = dashboard.referrals.referrers
    assert (referrer.name, referrer.referred, referrer.became_clients) == ("Zoé Lefèvre", 1, 0)


def test_an_empty_database(db):
    rows = dashboard_rows(db)
    dashboard = compute_dashboard(rows, Period.last_12_months(rows.today))
    assert dashboard.currency == "EUR" and dashboard.revenue.total == () and dashboard.pmg.thresholds is None
    assert all(step.entered == 0 and step.median_days is None for step in dashboard.funnel)
