"""Reports over the whole book: referrals, the year-end gift list, the day's to-do list, a contact's timeline.

Pure reads returning frozen dataclasses, no Qt. Each report is a handful of aggregate SQL statements run
in one read transaction (so its figures agree with each other), never one query per contact: they must
stay quick at 10,000 contacts, 50,000 interactions and 20,000 payments. An unknown contact id gives an
empty result (a contact deleted while its panel was open is not an error worth a dialog).

Local calendar days (a contact "created in 2025", "12 days without contact") are computed by SQLite's
``'localtime'`` modifier, like the board's cards, so the two always agree.

Texts are read as texts whatever their stored type (a flipped bit of a record's header can turn a name into
a blob of the same bytes: see `services.board_read`). What still cannot be read (a date that is not one, an
amount that is not an integer: a damaged file) raises ValueError, naming the row, never a wrong figure: the
error report calls it a damaged file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from enum import IntEnum, StrEnum

from sqlmodel import select

from carnet.domain.enums import PaymentStatus, Stage, members_by_value
from carnet.domain.models import Gift, Interaction, Payment, StageChange
from carnet.domain.next_step import OPEN_DEAL_STAGES, lacks_next_step
from carnet.domain.rules import payment_date
from carnet.domain.stay_in_touch import DEFAULT_STALE_AFTER_DAYS, touch_status
from carnet.services.book import home_currency_or_default
from carnet.services.hot_sql import dbapi
from carnet.storage import Database
from carnet.storage.sql import reports as sql

# Amounts per currency, largest first: ``(("EUR", 125050), ("USD", 30000))``. Never added across currencies
# (SPEC §2): what ranks contacts by money (To do's value, the gift list's referral revenue) ranks by the
# book's home currency (`services.book`), the others shown beside it.
Money = tuple[tuple[str, int], ...]

_PAID = PaymentStatus.PAID.value
_STAGES = members_by_value(Stage)


def _money(amounts: Iterable[tuple[str, int]]) -> Money:
    totals: dict[str, int] = {}
    for currency, cents in amounts:
        totals[currency] = totals.get(currency, 0) + cents
    # Currency code breaks ties so that the order never depends on the order rows came back in.
    return tuple(sorted(totals.items(), key=lambda item: (-item[1], item[0])))


def _cents_in(money: Money, currency: str) -> int:
    """The part of ``money`` in ``currency`` (0 when there is none)."""
    return next((cents for code, cents in money if code == currency), 0)


def _date(text: str | None, table: str, row_id: int, what: str) -> date:
    """``text`` as a date; else a ValueError naming the row (a time SQLite's date() cannot read comes back as
    it is stored: see `carnet.storage.sql.reports`)."""
    if isinstance(text, str):  # else None, or another type in a damaged row: not a date either
        with contextlib.suppress(ValueError):
            return date.fromisoformat(text)
    raise ValueError(f"{table} {row_id}: its {what} {text!r} is not a date")


def _cached_day(cache: dict[str | None, date], text: str | None, contact_id: int, what: str) -> date:
    found = cache.get(text)
    if found is None:
        found = cache[text] = _date(text, "contact", contact_id, what)
    return found


def _cents(total: int | None, whose: str, row_id: int) -> int:
    """A sum as `carnet.storage.sql.reports` computes it: None when one of the amounts summed is not an
    integer (SQLite's sum() would count a text as 0, or add reals)."""
    if total is None:
        raise ValueError(f"{whose} {row_id}: a payment's amount is not a number of cents")
    return total


def _midday(day: date) -> datetime:
    """A calendar date placed on the time line: midday UTC falls on that same day almost everywhere."""
    return datetime.combine(day, time(12), tzinfo=UTC)


def _local_day(moment: datetime) -> date:
    """The user's calendar day of an aware time (the computer's time zone, as SQLite's 'localtime')."""
    return moment.astimezone().date()


def _name_key(name: str) -> str:
    # casefold in Python, not COLLATE NOCASE: SQLite folds ASCII letters only. (Accents still sort by code
    # point: a view wanting the user's collation re-sorts with QCollator.)
    return name.casefold()


# --- referrals -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReferredContact:
    """A contact someone sent you, and what they have paid so far."""

    id: int
    display_name: str
    stage: Stage
    archived: bool
    paid: Money

    @property
    def became_client(self) -> bool:
        return bool(self.paid)


@dataclass(frozen=True, slots=True)
class ReferralStats:
    """What one referrer (usually an ambassador) brought: the contacts and the revenue (SPEC §1)."""

    referrer_id: int
    referred: tuple[ReferredContact, ...]  # by name; archived ones included: they were still referred
    became_clients: int  # referred contacts with at least one paid payment
    revenue: Money  # paid by the referred contacts, all time


def referral_stats(db: Database, referrer_id: int) -> ReferralStats:
    """The contacts ``referrer_id`` referred, who of them paid, and how much in all."""
    with db.reading() as session:
        reader = dbapi(session)
        rows = reader.execute(sql.REFERRED, (referrer_id,)).fetchall()
        paid_rows = reader.execute(sql.REFERRED_PAID, (referrer_id, _PAID)).fetchall()
    paid: dict[int, list[tuple[str, int]]] = {}
    for contact_id, currency, cents in paid_rows:
        paid.setdefault(contact_id, []).append((currency, _cents(cents, "contact", contact_id)))
    referred = tuple(
        ReferredContact(cid, name, _STAGES[stage], bool(archived), _money(paid.get(cid, ())))
        for cid, name, stage, archived in sorted(rows, key=lambda row: (_name_key(row[1]), row[0]))
    )
    return ReferralStats(
        referrer_id=referrer_id,
        referred=referred,
        became_clients=sum(1 for contact in referred if contact.became_client),
        revenue=_money(amount for amounts in paid.values() for amount in amounts),
    )


def referrer_to_suggest(db: Database, contact_id: int) -> tuple[int, str] | None:
    """The referrer to suggest flagging as ambassador now that ``contact_id`` has paid (SPEC §1), or None.

    Suggested only when the contact has a paid payment and the referrer is a client (has a paid payment,
    whatever column the card is in: `rules.is_client_status`), is not already an ambassador and is not
    archived (an archived contact cannot be moved, so the suggestion could not be followed).
    """
    with db.reading() as session:
        row = dbapi(session).execute(
            sql.REFERRER_TO_SUGGEST, (contact_id, Stage.AMBASSADOR.value, _PAID, _PAID)
        ).fetchone()
    return None if row is None else (row[0], row[1])


# --- year-end gifts ------------------------------------------------------------------------------


class GiftReason(StrEnum):
    """Why a contact is on the gift list; equal to its plain string value."""

    AMBASSADOR = "ambassador"
    TOP_CLIENT = "top client"
    REFERRER = "referrer"


@dataclass(frozen=True, slots=True)
class GiftInfo:
    """One year's gift to a contact."""

    year: int
    what: str
    sent_on: date | None


@dataclass(frozen=True, slots=True)
class GiftRow:
    """One line of the year-end gift list."""

    contact_id: int
    display_name: str
    organisation: str
    address: str
    why: GiftReason
    referrals_this_year: int  # contacts they referred that were created (local day) in the year
    referral_revenue_this_year: Money  # paid (dated by payment_date) in the year by contacts they referred
    last_gift: GiftInfo | None  # the latest gift of an earlier year
    gift: GiftInfo | None  # this year's gift, recorded (sent or not) or None
    gift_preferences: str


def gift_list(db: Database, year: int, *, top_clients: int = 0, include_referrers: bool = False) -> list[GiftRow]:
    """The year-end gift list (SPEC §2): every ambassador on the board, plus on demand the ``top_clients``
    clients who paid the most over all time and the referrers ("prescripteurs") whose leads became clients.

    Archived contacts are left out. Top clients are contacts in the *client* column, ranked by all they
    paid with every currency's cents simply added (a ranking, not an amount shown). Referrers are contacts
    who have never paid (not clients, whatever their column) with at least one referred contact who has.
    The three groups cannot overlap: an ambassador is not in the client column and has paid.
    Sorted ambassadors first, then by this year's referral revenue in the home currency (other currencies
    cannot be compared with it), then name.
    """
    home = home_currency_or_default(db)
    first_day, last_day = date(year, 1, 1).isoformat(), date(year, 12, 31).isoformat()
    with db.reading() as session:
        reader = dbapi(session)
        chosen: list[tuple[GiftReason, tuple]] = [
            (GiftReason.AMBASSADOR, row) for row in reader.execute(sql.GIFT_AMBASSADORS, (Stage.AMBASSADOR.value,))
        ]
        if top_clients > 0:
            chosen += [
                (GiftReason.TOP_CLIENT, row)
                for row in reader.execute(sql.GIFT_TOP_CLIENTS, (Stage.CLIENT.value, _PAID, top_clients))
            ]
            # Ranked by sums SQLite computes, which would count an amount stored as a text as 0.
            damaged = reader.execute(sql.TOP_CLIENT_DAMAGED_AMOUNT, (Stage.CLIENT.value, _PAID)).fetchone()
            if damaged is not None:
                raise ValueError(f"payment {damaged[0]}: its amount is not a number of cents")
        if include_referrers:
            chosen += [
                (GiftReason.REFERRER, row)
                for row in reader.execute(sql.GIFT_REFERRERS, (_PAID, _PAID))
            ]
        # Aggregated for every referrer at once: cheaper than an IN list of the chosen ids, and bounded
        # by the referred contacts, a fraction of the book.
        referrals = dict(reader.execute(sql.REFERRALS_IN_YEAR, (f"{year:04d}",)))
        revenue_rows = reader.execute(sql.REFERRAL_REVENUE_IN_YEAR, (_PAID, first_day, last_day)).fetchall()
        gift_rows = reader.execute(sql.GIFTS_UP_TO_YEAR, (year,)).fetchall()
    revenue: dict[int, list[tuple[str, int]]] = {}
    for referrer_id, currency, cents in revenue_rows:
        revenue.setdefault(referrer_id, []).append((currency, _cents(cents, "the contacts referred by", referrer_id)))
    this_year: dict[int, GiftInfo] = {}
    earlier: dict[int, GiftInfo] = {}
    for gift_id, contact_id, gift_year, what, sent_on in gift_rows:  # by year: the last one written is the latest
        if type(gift_year) is not int:
            raise ValueError(f"gift {gift_id}: its year {gift_year!r} is not a year")
        info = GiftInfo(gift_year, what, None if sent_on is None else _date(sent_on, "gift", gift_id, "sending date"))
        (this_year if gift_year == year else earlier)[contact_id] = info
    rows = [
        GiftRow(
            contact_id=cid,
            display_name=name,
            organisation=organisation,
            address=address,
            why=why,
            referrals_this_year=referrals.get(cid, 0),
            referral_revenue_this_year=_money(revenue.get(cid, ())),
            last_gift=earlier.get(cid),
            gift=this_year.get(cid),
            gift_preferences=preferences,
        )
        for why, (cid, name, organisation, address, preferences) in chosen
    ]
    rows.sort(key=lambda row: (row.why is not GiftReason.AMBASSADOR, -_cents_in(row.referral_revenue_this_year, home),
                               _name_key(row.display_name), row.contact_id))
    return rows


# --- to do today ---------------------------------------------------------------------------------


class TodoGroup(IntEnum):
    """Why a contact is on To do today, in the order the list shows the groups."""

    OVERDUE = 0  # the next follow-up was due before today (whether or not the contact has also gone quiet)
    DUE_TODAY = 1  # the next follow-up is today
    NO_NEXT_STEP = 2  # a lead or a prospect without a follow-up date (`domain.next_step`), quiet or not
    STALE = 3  # no follow-up due, but quiet for longer than the stage's threshold


@dataclass(frozen=True, slots=True)
class TodoRow:
    """A contact to deal with today: its follow-up is late or due today, it is an open deal without a next
    step, or it has gone quiet too long."""

    contact_id: int
    display_name: str
    organisation: str
    stage: Stage
    overdue_since: date | None  # the missed follow-up date, when overdue
    days_since_touch: int | None  # since the last contact (`common.last_contact_day`); None if never contacted
    stale: bool
    # Paid payments plus open quotes and invoices, per currency (never added across currencies).
    value: Money
    # The part of ``value`` in the book's home currency: what the list is ranked by (cents of another
    # currency cannot be compared with it).
    home_value_cents: int
    group: TodoGroup = TodoGroup.STALE


def todo_today(
    db: Database, today: date, stale_after: Mapping[Stage, int] = DEFAULT_STALE_AFTER_DAYS
) -> list[TodoRow]:
    """Contacts on the board whose follow-up date is ``today`` or before, the leads and prospects without a
    follow-up date (issue 17: every open deal carries a next step), and those that are stale (SPEC §1).

    Staleness follows `stay_in_touch.touch_status`: local days since the last contact (an interaction, an
    invoice or payment, a gift sent: `carnet.storage.sql.common.last_contact_day`), or since the contact was
    added if never contacted, over the stage's threshold.

    Grouped (`TodoGroup`): overdue follow-ups, then those due today, then the open deals without a next step
    (gone quiet or not: setting the next step is what is to be done), then the contacts gone quiet. Within a
    group, the most valuable first: by the value in the book's home currency (paid, invoiced and quoted: the
    To do view's Value column), then the furthest stage (an ambassador before a client, a prospect before a
    lead: closer to money), then the longest without contact, then by name.
    """
    home = home_currency_or_default(db)
    with db.reading() as session:
        reader = dbapi(session)
        rows = reader.execute(sql.TODO_COLUMNS).fetchall()
        # Quoted, invoiced and paid: every status counts. A quote later paid is the same row (mark_paid),
        # so nothing is counted twice.
        value_rows = reader.execute(sql.VALUE_PER_CONTACT).fetchall()
    values: dict[int, list[tuple[str, int]]] = {}
    for contact_id, currency, cents in value_rows:
        values.setdefault(contact_id, []).append((currency, cents))
    found: list[tuple[tuple, TodoRow]] = []
    days: dict[str | None, date] = {}  # thousands of rows share a few hundred days: parse each once
    for cid, name, organisation, stage_value, follow_up, last_on, created_on in rows:
        stage = _STAGES.get(stage_value)
        if stage is None:
            raise LookupError(f"contact {cid}: its stage {stage_value!r} is not a stage")
        if follow_up is None and stage not in stale_after and stage not in OPEN_DEAL_STAGES:
            continue  # can be neither overdue, nor without a next step, nor stale: most strangers and visitors
        last = None if last_on is None else _cached_day(days, last_on, cid, "last contact day")
        created = _cached_day(days, created_on, cid, "creation day")
        due = None if follow_up is None else _date(follow_up, "contact", cid, "next follow-up")
        status = touch_status(stage, last, created, due, today, stale_after)
        group = (TodoGroup.OVERDUE if status.overdue else TodoGroup.DUE_TODAY if due == today
                 else TodoGroup.NO_NEXT_STEP if lacks_next_step(stage, due)
                 else TodoGroup.STALE if status.stale else None)
        if group is not None:
            value = _money((currency, _cents(cents, "contact", cid)) for currency, cents in values.get(cid, ()))
            home_value = _cents_in(value, home)
            quiet_days = (today - (last or created)).days
            row = TodoRow(cid, name, organisation, stage, due if status.overdue else None,
                          status.days_since_touch, status.stale, value, home_value, group)
            found.append(((group, -home_value, -stage.rank, -quiet_days, _name_key(name), cid), row))
    found.sort(key=lambda item: item[0])
    return [row for _, row in found]


# --- timeline ------------------------------------------------------------------------------------


class TimelineKind(StrEnum):
    """What a timeline entry records; equal to its plain string value."""

    INTERACTION = "interaction"
    PAYMENT = "payment"
    STAGE_CHANGE = "stage_change"
    GIFT = "gift"


# One action can write several records at one instant (a payment and the move to Client it allowed): the
# order they are read in, oldest first. A gift and a payment come before what they may bring about; a stage
# change is the consequence of the payment or the interaction recorded with it.
_ACTION_ORDER = {kind: rank for rank, kind in enumerate(("gift", "payment", "interaction", "stage_change"))}


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One event of a contact's history. ``title`` is short English for logs and tests; the UI formats
    and translates from ``details``, which holds the record's raw fields (enums, dates, cents)."""

    when: datetime  # aware UTC; a calendar date is placed at midday UTC of that day
    kind: TimelineKind
    title: str
    details: dict[str, object] = field(default_factory=dict)
    id: int = 0  # the record's id in its own table: with ``kind``, what the UI needs to edit it
    # The user's calendar day it is dated (a payment's or a gift's own date; else the local day of ``when``),
    # and the instant it happened on that day, when known (None: a payment dated another day than the one
    # it was entered, a gift): with ``kind``, what orders the entries (`timeline_order`).
    day: date | None = None
    at: datetime | None = None

    @property
    def added(self) -> bool:
        """The contact's creation ("Added as Lead"): the first stage change, from no stage."""
        return self.kind == TimelineKind.STAGE_CHANGE and self.details.get("from_stage") is None


def timeline_order(entry: TimelineEntry) -> tuple[date, bool, bool, datetime, int, int]:
    """The key that sorts a timeline oldest first (`timeline` shows it reversed, newest first).

    Day by day: on one day, the contact's addition first (nothing happens to a contact in Carnet before it is
    added); then the entries whose day is known but not their time (a payment dated another day than it was
    entered, or marked paid later; a gift), at the start of the day, before what they may have brought about;
    then the others by their full time; on one instant, in the order of one action (`_ACTION_ORDER`: the
    payment before the move it allowed); last, in the order the records were written (their ids).
    """
    day = entry.day or entry.when.astimezone().date()
    at = entry.at
    return (day, not entry.added, at is not None, at or entry.when, _ACTION_ORDER[entry.kind], entry.id)


def _label(value: str) -> str:
    return value.replace("_", " ").capitalize()


def timeline(db: Database, contact_id: int) -> list[TimelineEntry]:
    """A contact's interactions, payments, stage changes and gifts, newest first (SPEC §3).

    A payment is dated by its payment date, else its quote/invoice date, else when it was recorded. A gift
    is dated when sent, else at the end of its year (a year-end gift not sent yet is still to come).
    """
    entries: list[TimelineEntry] = []
    with db.reading() as session:
        for interaction in session.exec(select(Interaction).where(Interaction.contact_id == contact_id)):
            entries.append(TimelineEntry(
                interaction.at, TimelineKind.INTERACTION, _label(interaction.kind.value),
                {"kind": interaction.kind, "summary": interaction.summary, "follow_up": interaction.follow_up},
                interaction.id or 0, _local_day(interaction.at), interaction.at,
            ))
        for payment in session.exec(select(Payment).where(Payment.contact_id == contact_id)):
            day = payment_date(payment.status, payment.issued_on, payment.paid_on)
            entered = payment.created_at
            # Its time is when it was entered, if that was on the day it is dated; else only its day is known.
            at = entered if day is None or _local_day(entered) == day else None
            entries.append(TimelineEntry(
                entered if day is None else _midday(day), TimelineKind.PAYMENT,
                _label(payment.status.value),
                {
                    "status": payment.status, "amount_cents": payment.amount_cents, "currency": payment.currency,
                    "description": payment.description, "issued_on": payment.issued_on, "paid_on": payment.paid_on,
                    "method": payment.method, "reference": payment.reference,
                },
                payment.id or 0, day or _local_day(entered), at,
            ))
        for change in session.exec(select(StageChange).where(StageChange.contact_id == contact_id)):
            title = (
                f"Added as {_label(change.to_stage.value)}" if change.from_stage is None
                else f"{_label(change.from_stage.value)} → {_label(change.to_stage.value)}"
            )
            entries.append(TimelineEntry(
                change.at, TimelineKind.STAGE_CHANGE, title,
                {"from_stage": change.from_stage, "to_stage": change.to_stage}, change.id or 0,
                _local_day(change.at), change.at,
            ))
        for gift in session.exec(select(Gift).where(Gift.contact_id == contact_id)):
            day = gift.sent_on or date(gift.year, 12, 31)
            entries.append(TimelineEntry(
                _midday(day), TimelineKind.GIFT, f"Gift {gift.year}",
                {"year": gift.year, "what": gift.what, "sent_on": gift.sent_on}, gift.id or 0, day, None,
            ))
    entries.sort(key=timeline_order, reverse=True)
    return entries
