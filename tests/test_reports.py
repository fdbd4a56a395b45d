"""The reports on small hand-built databases whose right answers are written in each test.

The data is made through the services. Only creation and move times are backdated by hand (no service
takes them: they are "now"), so that no result depends on the day the tests run, except through the
``today`` a report is given. The local time zone is pinned to Paris: local days are part of the answers.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import col, select

from carnet.domain.enums import ArchiveReason, InteractionKind, PaymentStatus, Stage
from carnet.domain.models import Contact, Payment, StageChange
from carnet.services import (
    ContactDraft,
    PaymentDraft,
    archive_contacts,
    create_contact,
    flag_ambassador,
    log_interaction,
    move_contacts,
    record_gift,
    record_payment,
    reports,
    set_referrer,
)
from carnet.services.reports import (
    GiftInfo,
    GiftReason,
    GiftRow,
    ReferralStats,
    ReferredContact,
    TimelineKind,
    TodoGroup,
    TodoRow,
)
from carnet.storage import Database

CAN_SET_ZONE = hasattr(time, "tzset")
needs_zone = pytest.mark.skipif(not CAN_SET_ZONE, reason="time.tzset is needed to pin the local time zone")

PAID, QUOTED, INVOICED = PaymentStatus.PAID, PaymentStatus.QUOTED, PaymentStatus.INVOICED
TODAY = date(2025, 6, 15)
AHEAD = date(2025, 7, 1)  # a follow-up planned, not due yet


@pytest.fixture(autouse=True)
def paris_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local days in Paris (UTC+1 in winter, +2 in summer), in Python and in SQLite alike."""
    monkeypatch.setenv("TZ", "Europe/Paris")
    if CAN_SET_ZONE:
        time.tzset()
    yield
    monkeypatch.undo()  # the machine's zone back before it is read again
    if CAN_SET_ZONE:
        time.tzset()


# --- helpers -------------------------------------------------------------------------------------


def utc(year: int, month: int, day: int, hour: int = 12, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


NEW_YEAR = utc(2025, 1, 1)


def add(db: Database, name: str, stage: Stage = Stage.LEAD, created: datetime = NEW_YEAR, **fields) -> int:
    """A contact added at ``created`` (its creation stage change too)."""
    contact_id = create_contact(db, ContactDraft(display_name=name, stage=stage, **fields)).id
    with db.transaction() as session:
        session.get(Contact, contact_id).created_at = created
        for change in session.exec(select(StageChange).where(StageChange.contact_id == contact_id)):
            change.at = created
    return contact_id


def pay(db: Database, contact_id: int, cents: int, paid_on: date = date(2025, 3, 1), *,
        status: PaymentStatus = PAID, currency: str = "EUR", issued_on: date | None = None,
        description: str = "", move: bool = False) -> int:
    draft = PaymentDraft(cents, status, currency, issued_on, paid_on if status is PAID else None, description)
    return record_payment(db, contact_id, draft, move_to_client=move).payment.id


def client(db: Database, name: str, cents: int = 100_000, paid_on: date = date(2025, 3, 1), **fields) -> int:
    contact_id = add(db, name, Stage.PROSPECT, **fields)
    pay(db, contact_id, cents, paid_on, move=True)
    return contact_id


def ambassador(db: Database, name: str, cents: int = 100_000, gift_preferences: str = "", **fields) -> int:
    contact_id = client(db, name, cents, **fields)
    flag_ambassador(db, contact_id, since=date(2025, 4, 1), gift_preferences=gift_preferences)
    return contact_id


def paying_lead(db: Database, name: str, referrer: int, cents: int, paid_on: date = date(2025, 3, 1), **fields) -> int:
    # Paid, so it became a client, but stays in the lead column: never a candidate for the top clients.
    contact_id = add(db, name, referred_by_id=referrer, **fields)
    pay(db, contact_id, cents, paid_on)
    return contact_id


def backdate_last_move(db: Database, contact_id: int, when: datetime) -> None:
    with db.transaction() as session:
        query = select(StageChange).where(StageChange.contact_id == contact_id).order_by(col(StageChange.id).desc())
        session.exec(query).first().at = when


# --- referrals -----------------------------------------------------------------------------------


def test_referral_stats_lists_the_referred_contacts_and_what_they_paid(db: Database) -> None:
    alice = ambassador(db, "Alice")
    bea = client(db, "Béatrice", 100_000, referred_by_id=alice)
    pay(db, bea, 30_000, currency="USD")
    carl = add(db, "carl", Stage.PROSPECT)
    set_referrer(db, carl, alice)
    pay(db, carl, 500_000, status=QUOTED, issued_on=date(2025, 2, 1))  # a quote: not revenue, not a client
    dan = client(db, "Dan", 250_000, referred_by_id=alice)
    archive_contacts(db, [dan], ArchiveReason.OTHER)  # archived, but still referred and still paid
    eve = client(db, "Eve", 999_999)
    fay = client(db, "Fay", 777_777, referred_by_id=eve)

    assert reports.referral_stats(db, alice) == ReferralStats(
        referrer_id=alice,
        referred=(
            ReferredContact(bea, "Béatrice", Stage.CLIENT, False, (("EUR", 100_000), ("USD", 30_000))),
            ReferredContact(carl, "carl", Stage.PROSPECT, False, ()),
            ReferredContact(dan, "Dan", Stage.CLIENT, True, (("EUR", 250_000),)),
        ),
        became_clients=2,
        revenue=(("EUR", 350_000), ("USD", 30_000)),
    )
    assert reports.referral_stats(db, fay) == ReferralStats(fay, (), 0, ())  # referred nobody
    assert reports.referral_stats(db, 9999) == ReferralStats(9999, (), 0, ())


def test_a_client_whose_referral_paid_is_suggested_as_ambassador(db: Database) -> None:
    rita = client(db, "Rita")
    leo = add(db, "Leo", Stage.PROSPECT, referred_by_id=rita)
    assert reports.referrer_to_suggest(db, leo) is None  # Leo has not paid
    pay(db, leo, 50_000, status=QUOTED)
    assert reports.referrer_to_suggest(db, leo) is None  # a quote is not enough
    pay(db, leo, 50_000)
    assert reports.referrer_to_suggest(db, leo) == (rita, "Rita")
    flag_ambassador(db, rita)
    assert reports.referrer_to_suggest(db, leo) is None  # already an ambassador
    paula = add(db, "Paula", Stage.PROSPECT)
    pay(db, paula, 10_000)  # paid, not moved: a client by status (rules.is_client_status), whatever the column
    assert reports.referrer_to_suggest(db, paying_lead(db, "Lou", paula, 50_000)) == (paula, "Paula")


def test_no_suggestion_for_non_client_archived_or_missing_referrers(db: Database) -> None:
    accountant = add(db, "Accountant")
    quoted = add(db, "Quoted", Stage.PROSPECT)
    pay(db, quoted, 10_000, status=QUOTED)
    gone = client(db, "Gone")
    archive_contacts(db, [gone], ArchiveReason.NO_ANSWER)
    for referrer in (accountant, quoted, gone):
        assert reports.referrer_to_suggest(db, paying_lead(db, f"Sent by {referrer}", referrer, 5_000)) is None
    alone = client(db, "Alone")
    assert reports.referrer_to_suggest(db, alone) is None
    assert reports.referrer_to_suggest(db, 9999) is None


# --- gift list -----------------------------------------------------------------------------------


def test_the_gift_list_is_every_ambassador_on_the_board_by_default(db: Database) -> None:
    zoe = ambassador(db, "Zoé", organisation="Atelier Œuvre", address="3 rue des Lilas\n75020 Paris",
                     gift_preferences="green tea, no alcohol")
    adam = ambassador(db, "adam")
    old = ambassador(db, "Old friend")
    archive_contacts(db, [old], ArchiveReason.OTHER)
    client(db, "Just a client")
    accountant = add(db, "Accountant")
    paying_lead(db, "Sent by the accountant", accountant, 40_000)
    rows = reports.gift_list(db, 2025)
    assert [row.contact_id for row in rows] == [adam, zoe]
    assert rows[1] == GiftRow(
        contact_id=zoe, display_name="Zoé", organisation="Atelier Œuvre", address="3 rue des Lilas\n75020 Paris",
        why=GiftReason.AMBASSADOR, referrals_this_year=0, referral_revenue_this_year=(), last_gift=None, gift=None,
        gift_preferences="green tea, no alcohol",
    )
    assert rows[1].why == "ambassador"


def test_the_gift_list_can_add_the_top_clients_by_all_time_revenue(db: Database) -> None:
    star = ambassador(db, "Star", 1_000_000)  # listed as an ambassador, never as a top client
    zara = client(db, "Zara", 50_000, date(2020, 5, 1))
    pay(db, zara, 60_000, date(2025, 2, 1))  # 110,000 over all time, only 60,000 this year
    yann = client(db, "Yann", 100_000)
    xavier = client(db, "Xavier", 90_000)
    pay(db, xavier, 500_000, status=QUOTED)  # quotes are not revenue
    archived = client(db, "Archived", 900_000)
    archive_contacts(db, [archived], ArchiveReason.OTHER)
    prospect = add(db, "Prospect who paid", Stage.PROSPECT)
    pay(db, prospect, 800_000)  # not in the client column

    def listed(top: int) -> list[tuple[int, str]]:
        return [(row.contact_id, row.why) for row in reports.gift_list(db, 2025, top_clients=top)]

    assert listed(0) == [(star, "ambassador")]
    assert listed(1) == [(star, "ambassador"), (zara, "top client")]
    # Chosen by revenue, listed by name (their referral revenue is the same: none).
    assert listed(2) == [(star, "ambassador"), (yann, "top client"), (zara, "top client")]
    assert listed(3) == listed(10) == [(star, "ambassador"), (xavier, "top client"), (yann, "top client"),
                                       (zara, "top client")]


def test_the_gift_list_can_add_referrers_whose_leads_became_clients(db: Database) -> None:
    accountant = add(db, "Accountant")
    paying_lead(db, "Lia", accountant, 100_000)
    partner = add(db, "Partner", Stage.VISITOR)
    max_ = add(db, "Max", referred_by_id=partner)
    pay(db, max_, 300_000, status=QUOTED)  # only a quote: not a client
    buyer = client(db, "Buyer")  # a client is no "prescripteur" (but may be a top client)
    paying_lead(db, "Noa", buyer, 50_000)
    prospect = add(db, "Prospect who paid", Stage.PROSPECT)
    pay(db, prospect, 10_000)  # has paid: a client by status, whatever the column
    paying_lead(db, "Pia", prospect, 50_000)
    gone = add(db, "Gone")
    paying_lead(db, "Ola", gone, 50_000)
    archive_contacts(db, [gone], ArchiveReason.NO_ANSWER)
    ex = add(db, "Ex-colleague")
    quin = paying_lead(db, "Quin", ex, 200_000)
    archive_contacts(db, [quin], ArchiveReason.OTHER)  # archived since, but did become a client

    assert reports.gift_list(db, 2025) == []
    rows = reports.gift_list(db, 2025, include_referrers=True)
    assert [(row.contact_id, row.why, row.referral_revenue_this_year) for row in rows] == [
        (ex, GiftReason.REFERRER, (("EUR", 200_000),)),
        (accountant, GiftReason.REFERRER, (("EUR", 100_000),)),
    ]
    assert rows[0].why == "referrer"


@needs_zone
def test_the_gift_list_counts_referrals_and_gifts_by_year(db: Database) -> None:
    amb = ambassador(db, "Amb")
    # Created on these local (Paris) days: 2024-12-31, 2025-01-01, 2025-12-31, 2026-01-01.
    for name, created in [("A", utc(2024, 12, 31, 12)), ("B", utc(2024, 12, 31, 23, 30)),
                          ("C", utc(2025, 12, 31, 22, 30)), ("D", utc(2025, 12, 31, 23, 30))]:
        add(db, name, created=created, referred_by_id=amb)
    payer = add(db, "Payer", created=utc(2023, 6, 1), referred_by_id=amb)
    pay(db, payer, 1_000, date(2024, 12, 31))
    pay(db, payer, 20_000, date(2025, 1, 1))
    pay(db, payer, 300_000, date(2025, 12, 31), currency="USD")
    pay(db, payer, 4_000_000, date(2026, 1, 1))
    pay(db, payer, 50_000_000, status=INVOICED, issued_on=date(2025, 6, 1))  # not paid: not revenue
    record_gift(db, amb, 2023, "Wine", date(2023, 12, 20))
    record_gift(db, amb, 2024, "Chocolates", date(2024, 12, 18))
    record_gift(db, amb, 2025, "Tea")  # chosen, not sent yet
    record_gift(db, amb, 2026, "Book")

    def row(year: int) -> tuple:
        (found,) = reports.gift_list(db, year)
        return found.referrals_this_year, found.referral_revenue_this_year, found.last_gift, found.gift

    assert row(2025) == (2, (("USD", 300_000), ("EUR", 20_000)),
                         GiftInfo(2024, "Chocolates", date(2024, 12, 18)), GiftInfo(2025, "Tea", None))
    assert row(2024) == (1, (("EUR", 1_000),), GiftInfo(2023, "Wine", date(2023, 12, 20)),
                         GiftInfo(2024, "Chocolates", date(2024, 12, 18)))
    assert row(2023) == (1, (), None, GiftInfo(2023, "Wine", date(2023, 12, 20)))
    assert row(2022) == (0, (), None, None)


def test_the_gift_list_puts_ambassadors_first_then_referral_revenue_then_name(db: Database) -> None:
    zed = ambassador(db, "Zed")
    ann = ambassador(db, "Ann")
    mia = ambassador(db, "Mia")
    paying_lead(db, "Sent by Mia", mia, 50_000)
    bob = add(db, "Bob")
    paying_lead(db, "Sent by Bob", bob, 900_000)
    abe = add(db, "Abe")
    paying_lead(db, "Sent by Abe last year", abe, 2_000_000, date(2024, 6, 1))
    cat = client(db, "cat", 10_000)

    rows = reports.gift_list(db, 2025, top_clients=1, include_referrers=True)

    assert [(row.contact_id, row.why) for row in rows] == [
        (mia, "ambassador"), (ann, "ambassador"), (zed, "ambassador"),
        (bob, "referrer"), (abe, "referrer"), (cat, "top client"),
    ]


# --- to do today ---------------------------------------------------------------------------------


def test_todo_today_lists_overdue_follow_ups_open_deals_without_a_next_step_and_stale_contacts(db: Database) -> None:
    fresh = add(db, "Fresh")
    log_interaction(db, fresh, InteractionKind.CALL, at=utc(2025, 6, 10))  # 5 days: fine for a lead
    quiet = add(db, "Quiet", organisation="Quiet & Co")
    log_interaction(db, quiet, InteractionKind.EMAIL, at=utc(2025, 5, 20))  # 26 days > 14
    late = add(db, "Late", Stage.PROSPECT)
    log_interaction(db, late, InteractionKind.CALL, at=utc(2025, 6, 13), follow_up=date(2025, 6, 14))
    due_today = add(db, "Due today", Stage.PROSPECT)
    log_interaction(db, due_today, InteractionKind.CALL, at=utc(2025, 6, 12), follow_up=TODAY)
    add(db, "Cold target", Stage.STRANGER)  # never contacted, but strangers never go stale
    reminder = add(db, "Reminder", Stage.STRANGER, next_follow_up=date(2025, 6, 1))
    never = add(db, "Never called")  # a lead never contacted: stale, counted from its creation
    both = client(db, "Both")
    log_interaction(db, both, InteractionKind.MEETING, at=utc(2025, 1, 10), follow_up=date(2025, 2, 1))
    archived = add(db, "Archived", next_follow_up=date(2025, 1, 5))
    archive_contacts(db, [archived], ArchiveReason.NO_BUDGET)

    quiet_client = client(db, "Quiet client", next_follow_up=AHEAD)  # paid on 1 March: 106 days > 90
    overdue, due, no_next_step, stale = TodoGroup.OVERDUE, TodoGroup.DUE_TODAY, TodoGroup.NO_NEXT_STEP, TodoGroup.STALE
    assert reports.todo_today(db, TODAY) == [
        # Overdue first. Last contact: its payment on 1 March (106 days > 90), later than the meeting.
        TodoRow(both, "Both", "", Stage.CLIENT, date(2025, 2, 1), 106, True, (("EUR", 100_000),), 100_000, overdue),
        # Equal value (none): the furthest stage first, a prospect before a stranger.
        TodoRow(late, "Late", "", Stage.PROSPECT, date(2025, 6, 14), 2, False, (), 0, overdue),
        TodoRow(reminder, "Reminder", "", Stage.STRANGER, date(2025, 6, 1), None, False, (), 0, overdue),
        # Then the follow-ups due today, on time (the call was three days ago: not stale for a prospect).
        TodoRow(due_today, "Due today", "", Stage.PROSPECT, None, 3, False, (), 0, due),
        # Then the leads without a follow-up, gone quiet or not (no next step): equal value and stage, the
        # longest without contact first.
        TodoRow(never, "Never called", "", Stage.LEAD, None, None, True, (), 0, no_next_step),
        TodoRow(quiet, "Quiet", "Quiet & Co", Stage.LEAD, None, 26, True, (), 0, no_next_step),
        TodoRow(fresh, "Fresh", "", Stage.LEAD, None, 5, False, (), 0, no_next_step),
        # Then the contacts gone quiet, their follow-up ahead.
        TodoRow(quiet_client, "Quiet client", "", Stage.CLIENT, None, 106, True, (("EUR", 100_000),), 100_000,
                stale),
    ]


def test_todo_today_puts_the_most_valuable_first(db: Database) -> None:
    # All quiet since 1 March (106 days: a payment or an invoice is a contact) or, never contacted, since
    # 1 January (165 days): stale in every stage. Each has a follow-up ahead: every one is in the stale group.
    nothing = add(db, "Nothing", next_follow_up=AHEAD)
    small = add(db, "Small", next_follow_up=AHEAD)
    pay(db, small, 10_000)
    quotes = add(db, "Quotes", Stage.PROSPECT, next_follow_up=AHEAD)
    pay(db, quotes, 50_000, status=QUOTED)
    pay(db, quotes, 20_000, status=INVOICED, issued_on=date(2025, 3, 1))
    mixed = client(db, "Mixed", 30_000)
    pay(db, mixed, 45_000, currency="USD")  # ranked by its 30,000 EUR cents: USD cents are never added to them
    assert [(row.contact_id, row.value, row.home_value_cents) for row in reports.todo_today(db, TODAY)] == [
        (quotes, (("EUR", 70_000),), 70_000), (mixed, (("USD", 45_000), ("EUR", 30_000)), 30_000),
        (small, (("EUR", 10_000),), 10_000), (nothing, (), 0),
    ]


def test_todo_today_stale_means_more_days_than_the_threshold(db: Database) -> None:
    # Each with its next step planned: only their silence can list them.
    fourteen = add(db, "Fourteen days", next_follow_up=AHEAD)
    log_interaction(db, fourteen, InteractionKind.CALL, at=utc(2025, 6, 1))
    fifteen = add(db, "Fifteen days", next_follow_up=AHEAD)
    log_interaction(db, fifteen, InteractionKind.CALL, at=utc(2025, 5, 31))
    add(db, "Prospect never called", Stage.PROSPECT, next_follow_up=AHEAD)

    assert [row.display_name for row in reports.todo_today(db, TODAY)] == ["Prospect never called", "Fifteen days"]
    # Thresholds from the preferences: stages left out never go stale.
    assert reports.todo_today(db, TODAY, {Stage.LEAD: 30}) == []
    assert [row.contact_id for row in reports.todo_today(db, TODAY, {Stage.LEAD: 13})] == [fifteen, fourteen]


@needs_zone
def test_todo_today_counts_local_days(db: Database) -> None:
    lead = add(db, "Night owl", next_follow_up=AHEAD)  # its next step planned: only its silence counts here
    # 22:30 UTC on 31 May is 00:30 on 1 June in Paris: 14 local days before TODAY, not 15.
    log_interaction(db, lead, InteractionKind.MESSAGE, at=utc(2025, 5, 31, 22, 30))
    assert reports.todo_today(db, TODAY) == []
    assert reports.todo_today(db, TODAY + timedelta(days=1))[0].days_since_touch == 15


# --- timeline ------------------------------------------------------------------------------------


def test_the_timeline_mixes_everything_newest_first(db: Database) -> None:
    tim = add(db, "Tim", created=utc(2025, 1, 10, 9))
    log_interaction(db, tim, InteractionKind.CALL, "Intro call", at=utc(2025, 2, 1, 10), follow_up=date(2025, 2, 8))
    move_contacts(db, [tim], Stage.PROSPECT)
    backdate_last_move(db, tim, utc(2025, 2, 3, 15))
    quote = pay(db, tim, 150_050, status=QUOTED, issued_on=date(2025, 2, 5), description="Website")
    paid = pay(db, tim, 150_050, date(2025, 3, 1), issued_on=date(2025, 2, 5), description="Website", move=True)
    backdate_last_move(db, tim, utc(2025, 3, 1, 12))  # the same instant as the payment's date
    invoice = pay(db, tim, 9_900, status=INVOICED, description="Maintenance")  # no date: when it was recorded
    with db.transaction() as session:
        session.get(Payment, invoice).created_at = utc(2025, 4, 2, 8, 30)
    record_gift(db, tim, 2025, "Book", date(2025, 12, 20))
    record_gift(db, tim, 2026, "Wine")  # not sent: placed at the end of its year
    other = add(db, "Someone else")
    log_interaction(db, other, InteractionKind.EMAIL, at=utc(2025, 3, 3))
    entries = reports.timeline(db, tim)
    assert [(entry.when, entry.kind, entry.title) for entry in entries] == [
        (utc(2026, 12, 31, 12), "gift", "Gift 2026"),
        (utc(2025, 12, 20, 12), "gift", "Gift 2025"),
        (utc(2025, 4, 2, 8, 30), "payment", "Invoiced"),
        (utc(2025, 3, 1, 12), "stage_change", "Prospect → Client"),
        (utc(2025, 3, 1, 12), "payment", "Paid"),
        (utc(2025, 2, 5, 12), "payment", "Quoted"),
        (utc(2025, 2, 3, 15), "stage_change", "Lead → Prospect"),
        (utc(2025, 2, 1, 10), "interaction", "Call"),
        (utc(2025, 1, 10, 9), "stage_change", "Added as Lead"),
    ]
    assert all(entry.when.utcoffset() == timedelta(0) for entry in entries)
    by_title = {entry.title: entry for entry in entries}
    assert by_title["Paid"].id == paid
    assert by_title["Paid"].details == {
        "status": PaymentStatus.PAID, "amount_cents": 150_050, "currency": "EUR", "description": "Website",
        "issued_on": date(2025, 2, 5), "paid_on": date(2025, 3, 1), "method": None, "reference": "",
    }
    assert by_title["Quoted"].id == quote
    assert by_title["Quoted"].details == {
        "status": PaymentStatus.QUOTED, "amount_cents": 150_050, "currency": "EUR", "description": "Website",
        "issued_on": date(2025, 2, 5), "paid_on": None, "method": None, "reference": "",
    }
    call = {"kind": InteractionKind.CALL, "summary": "Intro call", "follow_up": date(2025, 2, 8)}
    assert by_title["Call"].details == call
    assert by_title["Prospect → Client"].details == {"from_stage": Stage.PROSPECT, "to_stage": Stage.CLIENT}
    assert by_title["Added as Lead"].details == {"from_stage": None, "to_stage": Stage.LEAD}
    assert by_title["Gift 2026"].details == {"year": 2026, "what": "Wine", "sent_on": None}
    assert by_title["Gift 2025"].kind is TimelineKind.GIFT
    assert reports.timeline(db, 9999) == []
