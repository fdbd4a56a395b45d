"""The dashboard kept up to date write by write (`analytics.incremental`) equals the full computation.

Random realistic writes through the real services on a demo book — moves, payments recorded, marked paid,
un-paid and deleted, new contacts with a source and a referrer, archives and restores, referrers set and
cleared, merges and deletions, the home currency changed —, each followed by a read of only the contacts it
touched (`contact_rows`), exactly as the Dashboard tab follows a `Change`; after each one, every panel must
equal `compute_dashboard(dashboard_rows(...))` of the whole book.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from carnet.analytics.clients import PmgThresholds
from carnet.analytics.common import Period
from carnet.analytics.dashboard import Dashboard, compute_dashboard
from carnet.analytics.incremental import DashboardFacts
from carnet.analytics.rows import ContactRow, DashboardRows, PaymentRow, StageChangeRow
from carnet.analytics.thresholds import year_revenue
from carnet.domain.enums import ArchiveReason, PaymentStatus, Source, Stage
from carnet.domain.errors import CarnetError
from carnet.services import (
    ContactDraft,
    PaymentDraft,
    archive_contacts,
    create_contact,
    delete_contact,
    mark_paid,
    move_contacts,
    record_payment,
    restore_contacts,
    set_referrer,
)
from carnet.services.book import set_home_currency
from carnet.services.corrections import delete_payment, edit_payment
from carnet.services.dashboard_read import contact_rows, dashboard_rows
from carnet.services.demo_data import generate_demo_data
from carnet.services.duplicates import merge_contacts
from carnet.storage import Database

TODAY = date.today()  # the services date what they write by the real clock
FIRST_NAMES = ("Ana", "Bruno", "Chloé", "David", "Élodie", "Farid", "Gaëlle", "Hugo", "Inès", "Jules")
LAST_NAMES = ("Pereira", "Martin", "Dubois", "Leroy", "Moreau", "Haddad", "Nguyen", "Roux", "Girard", "Fontaine")


def assert_same(facts: DashboardFacts, db: Database, thresholds: PmgThresholds | None = None) -> None:
    rows = dashboard_rows(db, facts.today)
    expected = compute_dashboard(rows, facts.period, thresholds)
    got = facts.dashboard(thresholds)
    for panel in Dashboard.__slots__:
        assert getattr(got, panel) == getattr(expected, panel), panel
    assert facts.year_revenue() == year_revenue(rows.payments, rows.today, rows.home_currency)
    created = [contact.created for contact in rows.contacts]
    assert facts.first_day() == (date.fromordinal(min(created)) if created else None)


def follow(facts: DashboardFacts, db: Database, touched: set[int]) -> None:
    """What the tab does with a `Change`: read the touched contacts again, replace their rows."""
    to_read = facts.to_read(touched)
    assert to_read == touched | {c.id for c in facts.contacts.values() if c.referred_by in touched}
    read = contact_rows(db, to_read)
    facts.replace(read.contact_ids, read.contacts, read.stage_changes, read.payments, read.names,
                  read.home_currency)


class Writer:
    """One random write through the services; returns the contacts the `Change` would name."""

    def __init__(self, db: Database, rng: random.Random) -> None:
        self.db, self.rng = db, rng

    def ids(self, where: str = "1") -> list[int]:
        return [row[0] for row in self.db.reader().execute(f"SELECT id FROM contact WHERE {where} ORDER BY id")]

    def payments(self, where: str) -> list[tuple[int, int]]:
        return list(self.db.reader().execute(f"SELECT id, contact_id FROM payment WHERE {where} ORDER BY id"))

    def day(self) -> date:
        return TODAY - timedelta(days=self.rng.randrange(0, 800))

    def move(self) -> set[int]:
        chosen = self.rng.sample(self.ids("archived_at IS NULL"), 2)
        move_contacts(self.db, chosen, self.rng.choice(list(Stage)), 0)
        return set(chosen)

    def pay(self) -> set[int]:
        contact = self.rng.choice(self.ids())
        status = self.rng.choice([PaymentStatus.PAID, PaymentStatus.PAID, PaymentStatus.QUOTED,
                                  PaymentStatus.INVOICED])
        day = self.day()
        paid = status is PaymentStatus.PAID
        record_payment(self.db, contact, PaymentDraft(
            self.rng.choice([0, 4_500, 12_000, 99_900, 250_000]), status, self.rng.choice(["EUR", "EUR", "USD"]),
            issued_on=None if paid else day, paid_on=day if paid else None,
        ), move_to_client=paid and self.rng.random() < 0.3)
        return {contact}

    def mark_paid(self) -> set[int]:
        open_ = self.payments("status != 'paid' AND (issued_on IS NULL OR issued_on <= date('now'))")
        payment, contact = self.rng.choice(open_)
        mark_paid(self.db, payment, TODAY)
        return {contact}

    def unpay(self) -> set[int]:
        payment, contact = self.rng.choice(self.payments("status = 'paid'"))
        edit_payment(self.db, payment, PaymentDraft(30_000, PaymentStatus.INVOICED, "EUR", issued_on=self.day()),
                     move_back_to=Stage.PROSPECT)
        return {contact}

    def delete_payment(self) -> set[int]:
        payment, contact = self.rng.choice(self.payments("1"))
        delete_payment(self.db, payment, move_back_to=Stage.LEAD)
        return {contact}

    def new_contact(self) -> set[int]:
        referrer = self.rng.choice([None, *self.ids()[:40]])
        name = f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"
        contact = create_contact(self.db, ContactDraft(
            name, source=self.rng.choice([None, *Source]), referred_by_id=referrer,
            stage=self.rng.choice([Stage.STRANGER, Stage.VISITOR, Stage.LEAD])))
        assert contact.id is not None
        return {contact.id}

    def archive(self) -> set[int]:
        chosen = self.rng.sample(self.ids("archived_at IS NULL"), 2)
        archive_contacts(self.db, chosen, self.rng.choice(list(ArchiveReason)))
        return set(chosen)

    def restore(self) -> set[int]:
        chosen = self.rng.sample(self.ids("archived_at IS NOT NULL"), 1)
        restore_contacts(self.db, chosen)
        return set(chosen)

    def refer(self) -> set[int]:
        contact, referrer = self.rng.sample(self.ids(), 2)
        set_referrer(self.db, contact, None if self.rng.random() < 0.2 else referrer)
        return {contact}

    def merge(self) -> set[int]:
        # A referrer merged away: who it referred now name the kept contact (and are not in the Change).
        referrers = self.ids("id IN (SELECT referred_by_id FROM contact)")
        merged = self.rng.choice(referrers) if referrers and self.rng.random() < 0.6 else self.rng.choice(self.ids())
        kept = self.rng.choice([i for i in self.ids() if i != merged])
        merge_contacts(self.db, kept, merged)
        return {kept, merged}

    def delete(self) -> set[int]:
        contact = self.rng.choice(self.ids())
        delete_contact(self.db, contact)  # whom it referred are left with no referrer, unnamed in the Change
        return {contact}

    def rename_referrer(self) -> set[int]:
        from carnet.services import update_contact

        referrers = self.ids("id IN (SELECT referred_by_id FROM contact)")
        contact = self.rng.choice(referrers)
        update_contact(self.db, contact, display_name=f"{self.rng.choice(FIRST_NAMES)} Renamed")
        return {contact}

    def actions(self) -> list[Callable[[], set[int]]]:
        return [self.move, self.move, self.pay, self.pay, self.pay, self.mark_paid, self.unpay, self.delete_payment,
                self.new_contact, self.archive, self.restore, self.refer, self.merge, self.delete,
                self.rename_referrer]


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_random_writes_followed_contact_by_contact_give_the_full_figures(db: Database, seed: int) -> None:
    generate_demo_data(db, 160, seed=seed, today=TODAY)
    rng = random.Random(seed)
    periods = [Period.last_12_months(TODAY), Period.this_year(TODAY), Period.all_time(TODAY),
               Period(TODAY - timedelta(days=400), TODAY - timedelta(days=30))]
    facts = DashboardFacts(dashboard_rows(db, TODAY), periods[0])
    assert_same(facts, db)
    writer = Writer(db, rng)
    done = 0
    for step in range(60):
        action = rng.choice(writer.actions())
        try:
            touched = action()
        except (CarnetError, IndexError, ValueError):  # refused (nothing written) or nothing to act on
            continue
        done += 1
        follow(facts, db, touched)
        if step % 15 == 14:
            facts.reframe(rng.choice(periods), TODAY)
        assert_same(facts, db, rng.choice([None, PmgThresholds(50_000, 200_000)]))
    assert done >= 40  # most writes went through: the test is about them


def test_a_new_home_currency_is_followed(db: Database) -> None:
    generate_demo_data(db, 80, seed=4, today=TODAY)
    facts = DashboardFacts(dashboard_rows(db, TODAY), Period.last_12_months(TODAY))
    contact = Writer(db, random.Random(4)).ids()[0]
    record_payment(db, contact, PaymentDraft(80_000, PaymentStatus.PAID, "USD", paid_on=TODAY))
    set_home_currency(db, "USD")
    follow(facts, db, {contact})
    assert facts.home == "USD"
    assert_same(facts, db)


def test_another_day_counts_again_from_the_rows_kept(db: Database) -> None:
    generate_demo_data(db, 80, seed=5, today=TODAY)
    rows = dashboard_rows(db, TODAY)
    facts = DashboardFacts(rows, Period.last_12_months(TODAY))
    tomorrow = TODAY + timedelta(days=1)
    facts.reframe(Period.last_12_months(tomorrow), tomorrow)
    expected = compute_dashboard(DashboardRows(tomorrow, rows.contacts, rows.stage_changes, rows.payments,
                                               rows.names, rows.home_currency), Period.last_12_months(tomorrow))
    assert facts.dashboard() == expected


def test_rows_of_a_contact_gone_still_count_as_the_full_computation_counts_them() -> None:
    """A payment or a move whose contact row is missing (a damaged book the checks let through) is counted in
    the totals, as `compute_dashboard` counts it, and taken off when it goes."""
    day = date(2026, 3, 2)
    rows = DashboardRows(
        date(2026, 6, 30),
        [ContactRow.make(1, Stage.CLIENT, day, source=Source.REFERRAL),
         ContactRow.make(2, Stage.LEAD, day, referred_by=1)],
        [StageChangeRow.make(1, Stage.LEAD, day), StageChangeRow.make(1, Stage.CLIENT, day + timedelta(days=9)),
         StageChangeRow.make(3, Stage.LEAD, day), StageChangeRow.make(3, Stage.PROSPECT, day + timedelta(days=4))],
        [PaymentRow.make(1, PaymentStatus.PAID, 50_000, day), PaymentRow.make(3, PaymentStatus.PAID, 7_000, day),
         PaymentRow.make(3, PaymentStatus.QUOTED, 9_000, day)],
        {1: "Zoé Lefèvre"},
    )
    period = Period.this_year(rows.today)
    facts = DashboardFacts(rows, period)
    assert facts.dashboard() == compute_dashboard(rows, period)
    facts.replace({3}, [], [], [], {}, "EUR")
    without = DashboardRows(rows.today, rows.contacts, rows.stage_changes[:2], rows.payments[:1], rows.names)
    assert facts.dashboard() == compute_dashboard(without, period)
    assert facts.dashboard().revenue.total == (("EUR", 50_000),)


def _totals(facts: DashboardFacts) -> dict[str, object]:
    """Every running total of ``facts`` and the rows it keeps, comparable (tallies as tuples, rows as lists)."""
    tallies = {name: {key: (t.added, t.clients, t.spenders, {c: v for c, v in t.money.items() if v})
                      for key, t in getattr(facts, name).items()} for name in ("_sources", "_referrers")}
    plain = {name: getattr(facts, name) for name in (
        "_archived", "_now", "_created", "_entered", "_further", "_stays", "_by_day", "_payments", "_payers",
        "_paying", "_rfm", "_pmg", "_year_home", "_year_count")}
    money = {name: {c: v for c, v in getattr(facts, name).items() if v}
             for name in ("_paid", "_quoted", "_invoiced", "_referred", "_year_others")}
    kept = {"contacts": facts.contacts, "moves": {i: list(m) for i, m in facts.moves.items()},
            "payments": {i: sorted(p) for i, p in facts.payments.items()}, "names": facts.names}
    return {**tallies, **plain, **money, **kept}


@pytest.mark.parametrize("home", ["EUR", "USD"])
def test_the_totals_counted_in_bulk_are_the_sums_of_every_contacts_part(db: Database, home: str) -> None:
    """The first read counts every total in one pass per kind of row; a write takes a contact's part off and
    puts its new one back (`_part`, `_contribute`). Both must agree to the cent, or the figures drift after
    writes: the facts counted in bulk equal the same rows added contact by contact onto an empty book."""
    generate_demo_data(db, 160, seed=7, today=TODAY)
    full = dashboard_rows(db, TODAY)
    # A damaged book's rows of a contact that is gone (a payment and moves of no contact row) count too.
    gone = max(contact.id for contact in full.contacts) + 50
    rows = DashboardRows(
        TODAY, full.contacts,
        [*full.stage_changes, StageChangeRow.make(gone, Stage.LEAD, TODAY - timedelta(days=40)),
         StageChangeRow.make(gone, Stage.PROSPECT, TODAY - timedelta(days=12))],
        [*full.payments, PaymentRow.make(gone, PaymentStatus.PAID, 7_000, TODAY - timedelta(days=3), home),
         PaymentRow.make(gone, PaymentStatus.QUOTED, 0, TODAY - timedelta(days=3))],
        full.names, home)
    assert any(c.archived for c in rows.contacts) and any(c.referred_by for c in rows.contacts)
    assert {p.currency for p in rows.payments} >= {"EUR", "USD"}
    for period in (Period.last_12_months(TODAY), Period.all_time(TODAY),
                   Period(TODAY - timedelta(days=400), TODAY - timedelta(days=30))):
        bulk = DashboardFacts(rows, period)
        one_by_one = DashboardFacts(DashboardRows(TODAY, home_currency=home), period)
        ids = {c.id for c in rows.contacts} | {gone}
        one_by_one.replace(ids, rows.contacts, rows.stage_changes, rows.payments, rows.names, home)
        # Counted again before a write grouped the rows per contact (another period: `reframe`), and after.
        fresh = DashboardFacts(rows, period)
        fresh.reframe(Period.this_year(TODAY), TODAY)
        assert fresh.dashboard() == compute_dashboard(rows, Period.this_year(TODAY))
        assert _totals(bulk) == _totals(one_by_one)
        assert bulk.dashboard() == compute_dashboard(rows, period)
        bulk.reframe(Period.this_year(TODAY), TODAY)
        assert _totals(bulk) == _totals(fresh)
        assert bulk.dashboard() == compute_dashboard(rows, Period.this_year(TODAY))
        kept = bulk.rows()
        assert kept.contacts == sorted(rows.contacts) and sorted(kept.payments) == sorted(rows.payments)
        assert kept.stage_changes == sorted(rows.stage_changes, key=lambda move: move.contact_id)


def test_the_referrers_table_kept_in_order_is_the_table_sorted_again() -> None:
    """The referrers' rows move to their place one at a time (`_Ranked`); after each change they must be in
    `acquisition.referrals`' order: most revenue in the home currency, most contacts referred, then by name
    whatever the case, then by id."""
    from carnet.analytics.acquisition import ReferrerRow
    from carnet.analytics.incremental import _Ranked

    rng = random.Random(8)

    def row(referrer_id: int) -> ReferrerRow:
        revenue = rng.choice([(), (("EUR", 50_000),), (("EUR", 12_000),), (("USD", 90_000), ("EUR", 12_000))])
        return ReferrerRow(referrer_id, rng.choice(["Zoé Lefèvre", "zoé lefèvre", "Ana Pereira", ""]), Stage.AMBASSADOR,
                           False, rng.choice([0, 1, 1, 4]), 0, revenue)

    def ordered(rows: dict[int, ReferrerRow]) -> tuple[ReferrerRow, ...]:
        return tuple(sorted(rows.values(), key=lambda r: (-dict(r.revenue).get("EUR", 0), -r.referred,
                                                           r.name.casefold(), r.referrer_id)))

    rows = {referrer_id: row(referrer_id) for referrer_id in range(1, 40)}
    ranked = _Ranked(rows.values(), "EUR")
    assert ranked.rows() == ordered(rows)
    for _ in range(300):
        referrer_id = rng.randrange(1, 60)
        if rng.random() < 0.3:
            rows.pop(referrer_id, None)
            ranked.put(referrer_id, None)
        else:
            rows[referrer_id] = rng.choice([row(referrer_id), rows.get(referrer_id) or row(referrer_id)])
            ranked.put(referrer_id, rows[referrer_id])
        assert ranked.rows() == ordered(rows)
