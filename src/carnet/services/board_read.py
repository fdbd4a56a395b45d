"""The board's reads, in plain SQL (`carnet.storage.sql.board`) on the database's sqlite3 reader connection.

They are on the path of the first paint, so they import neither SQLAlchemy nor the ORM tables, and turn
10,000 rows into cards with as little Python per row as possible: times come back from SQLite as local
julian days (floats) rather than text to parse.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from carnet.analytics.common import one_year_before
from carnet.domain.enums import STAGE_ORDER, PaymentStatus, Source, Stage, Temperature, members_by_value
from carnet.domain.next_step import lacks_next_step
from carnet.storage.database import Database
from carnet.storage.sql import board as sql
from carnet.storage.sql.common import JULIAN_DAY_OF_ORDINAL_0


@dataclass(frozen=True, slots=True)
class Card:
    """What the board shows of one contact."""

    id: int
    display_name: str
    organisation: str
    email: str
    tags: str
    stage: Stage
    position: float
    temperature: Temperature
    source: Source | None
    next_follow_up: date | None
    # Local calendar days: what "12 days ago" and "stale" are counted in. The last contact is the last
    # interaction, invoice or payment, or gift sent (`carnet.storage.sql.common.last_contact_day`).
    last_contact_on: date | None
    created_on: date
    # Paid totals per currency, largest first: ``(("EUR", 125050), ("USD", 30000))``.
    paid: tuple[tuple[str, int], ...] = ()
    # Qualification (budget, authority, need, timing): how many are "yes", None while all are unknown.
    qualification: int | None = None
    # Cents paid over the last 12 months in the book's home currency only: what the client's size (PMG, the
    # card's "Big / Medium / Small" badge) is measured by, as on the dashboard (`carnet.analytics.clients`):
    # cents of two currencies cannot be compared, so a client who paid only in another one has no size.
    recent_paid: int = 0
    # What the filter searches besides the texts above: the phone, every further email, phone and address.
    also_searched: str = ""

    @property
    def has_paid(self) -> bool:
        """Client status (SPEC §1): at least one paid payment."""
        return bool(self.paid)

    @property
    def lacks_next_step(self) -> bool:
        """A lead or a prospect without a follow-up date: its card says *No next step* (issue 17)."""
        return lacks_next_step(self.stage, self.next_follow_up)


@dataclass(frozen=True, slots=True)
class ColumnSummary:
    """A column's header figures, computed by SQLite: how many contacts, and what they paid per currency."""

    count: int
    paid: tuple[tuple[str, int], ...]


_DAYS: dict[int, date] = {}  # ordinal -> date: 100,000 cards share a few hundred days
_PAID = PaymentStatus.PAID.value


def _from_julian(day: float | None) -> date | None:
    if day is None:
        return None
    ordinal = int(day - JULIAN_DAY_OF_ORDINAL_0)
    found = _DAYS.get(ordinal)
    if found is None:
        found = _DAYS[ordinal] = date.fromordinal(ordinal)
    return found


def _created_on(day: float | None, contact_id: int) -> date:
    # NOT NULL and always a time as Carnet writes it: julianday() reads only a damaged value as NULL.
    found = _from_julian(day)
    if found is None:
        raise ValueError(f"contact {contact_id} has no readable creation time")
    return found


def _paid_by_contact(
    reader: sqlite3.Connection, contact_ids: Sequence[int] | None, today: date | None = None
) -> tuple[dict[int, tuple[tuple[str, int], ...]], dict[int, int]]:
    """Paid totals per contact and currency, and what each contact paid over the last 12 months in the home
    currency; a payment is dated as the dashboard dates it (`services.dashboard_read`)."""
    last = today or date.today()
    first = one_year_before(last) + timedelta(days=1)
    params: list[object] = [first.isoformat(), last.isoformat(), _PAID]
    if contact_ids is not None:
        params += contact_ids
    statement = sql.paid_by_contact(None if contact_ids is None else len(contact_ids))
    totals: dict[int, list[tuple[str, int]]] = {}
    recent: dict[int, int] = {}
    for contact_id, currency, cents, recent_cents in reader.execute(statement, params):
        totals.setdefault(contact_id, []).append((currency, cents))
        if recent_cents:  # only the home currency's row has any: nothing of another currency is added to it
            recent[contact_id] = recent_cents
    return {cid: tuple(sorted(amounts, key=lambda a: -a[1])) for cid, amounts in totals.items()}, recent


def _cards(reader: sqlite3.Connection, rows: list[tuple], every_contact: bool = False) -> list[Card]:
    """Cards for these rows; ``every_contact`` when they are the whole board (one aggregate of every
    payment then beats a long IN list)."""
    paid, recent = _paid_by_contact(reader, None if every_contact else [row[0] for row in rows])
    stages, temperatures, sources = members_by_value(Stage), members_by_value(Temperature), members_by_value(Source)
    return [
        Card(
            cid, name, organisation, email, tags, stages[stage], position, temperatures[temperature],
            sources.get(source), None if follow_up is None else date.fromisoformat(follow_up),
            _from_julian(last_on), _created_on(created_at, cid), paid.get(cid, ()), qualification, recent.get(cid, 0),
            also_searched,
        )
        for (cid, name, organisation, email, tags, stage, position, temperature, source, follow_up, last_on,
             created_at, qualification, also_searched) in rows
    ]


def board_cards(db: Database) -> list[Card]:
    """Every contact on the board (not archived), in column order."""
    reader = db.reader()
    rows = reader.execute(sql.ALL_CARDS).fetchall()
    return _cards(reader, rows, every_contact=True)


def board_head(db: Database, per_stage: int) -> tuple[list[Card], dict[Stage, ColumnSummary]]:
    """The first ``per_stage`` cards of each column and every column's figures: enough to paint the
    board at start-up before every card is loaded (each column is read through its index)."""
    reader = db.reader()
    rows = [row for stage in STAGE_ORDER for row in reader.execute(sql.COLUMN_HEAD, (stage.value, per_stage))]
    counts = dict(reader.execute(sql.COLUMN_COUNTS))
    paid: dict[str, list[tuple[str, int]]] = {}
    for stage, currency, cents in reader.execute(sql.COLUMN_PAID, (_PAID,)):
        paid.setdefault(stage, []).append((currency, cents))
    summaries = {
        stage: ColumnSummary(counts.get(stage.value, 0), tuple(sorted(paid.get(stage.value, []), key=lambda a: -a[1])))
        for stage in STAGE_ORDER
    }
    return _cards(reader, rows), summaries


def cards_by_id(db: Database, contact_ids: Sequence[int]) -> list[Card]:
    """The board cards of these contacts, after a change; archived ones are left out."""
    ids = list(contact_ids)
    reader = db.reader()
    rows = reader.execute(sql.cards_by_id(len(ids)), ids).fetchall()
    return _cards(reader, rows)
