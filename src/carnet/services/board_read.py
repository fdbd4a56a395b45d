"""The board's reads, in plain SQL (`carnet.storage.sql.board`) on the database's sqlite3 reader connection.

They are on the path of the first paint, so they import neither SQLAlchemy nor the ORM tables, and turn
10,000 rows into cards with as little Python per row as possible: times come back from SQLite as local
julian days (floats) rather than text to parse.
"""

from __future__ import annotations

import bisect
import sqlite3
from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import compress

from carnet.analytics.common import one_year_before
from carnet.domain.enums import STAGE_ORDER, PaymentStatus, Source, Stage, Temperature, members_by_value
from carnet.domain.next_step import OPEN_DEAL_STAGES, lacks_next_step
from carnet.domain.stay_in_touch import DEFAULT_STALE_AFTER_DAYS
from carnet.storage.database import Database
from carnet.storage.sql import board as sql
from carnet.storage.sql.common import BOARD_CONTACT_COUNT, JULIAN_DAY_OF_ORDINAL_0


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
    """A column's header figures, computed by SQLite: how many contacts, and what they paid per currency (None
    until added up: `column_paid`, read after the first paint)."""

    count: int
    paid: tuple[tuple[str, int], ...] | None


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
    """The first ``per_stage`` cards of each column and how many each column holds: enough to paint the board at
    start-up before every card is loaded (each column is read through its index). What the columns were paid is
    left to `column_paid`: adding up every payment took 130 ms at 100,000 contacts, before the window showed."""
    reader = db.reader()
    rows = [row for stage in STAGE_ORDER for row in reader.execute(sql.COLUMN_HEAD, (stage.value, per_stage))]
    counts = dict(reader.execute(sql.COLUMN_COUNTS))
    summaries = {stage: ColumnSummary(counts.get(stage.value, 0), None) for stage in STAGE_ORDER}
    return _cards(reader, rows), summaries


def column_paid(db: Database) -> dict[Stage, Paid]:
    """What each column's contacts paid, per currency, largest first."""
    paid: dict[str, list[tuple[str, int]]] = {}
    for stage, currency, cents in db.reader().execute(sql.COLUMN_PAID, (_PAID,)):
        paid.setdefault(stage, []).append((currency, cents))
    return {stage: tuple(sorted(paid.get(stage.value, []), key=lambda a: -a[1])) for stage in STAGE_ORDER}


def cards_by_id(db: Database, contact_ids: Sequence[int]) -> list[Card]:
    """The board cards of these contacts, after a change; archived ones are left out."""
    ids = list(contact_ids)
    if not ids:
        return []
    reader = db.reader()
    rows = reader.execute(sql.cards_by_id(len(ids)), ids).fetchall()
    return _cards(reader, rows)


def board_names(db: Database) -> list[tuple[int, str]]:
    """(id, name) of every contact on the board, in no order."""
    return [(int(cid), str(name)) for cid, name in db.reader().execute(sql.BOARD_NAMES)]


def board_size(db: Database) -> int:
    """How many cards the board holds."""
    (count,) = db.reader().execute(BOARD_CONTACT_COUNT).fetchone()
    return int(count)


def haystack(card: Card) -> str:
    """The text the filter searches, case-folded once: name, organisation, email, tags, then the phone and
    every further email, phone and address (`sql.INDEX_COLUMNS` reads the same text in one piece)."""
    return f"{card.display_name}\n{card.organisation}\n{card.email}\n{card.tags}\n{card.also_searched}".casefold()


# --- the board's index: every card in a few bytes and one text ---------------------------------------------

NOT_ON_BOARD = 255  # the stage code of an id that has no card on the board
NO_SOURCE = 255
STAGE_CODES: Mapping[Stage, int] = {stage: code for code, stage in enumerate(STAGE_ORDER)}
TEMPERATURES: tuple[Temperature, ...] = tuple(Temperature)
SOURCES: tuple[Source, ...] = tuple(Source)
_TEMPERATURE_CODES = {temperature: code for code, temperature in enumerate(TEMPERATURES)}
_SOURCE_CODES = {source: code for code, source in enumerate(SOURCES)}
_OPEN_DEAL_CODES = bytes(STAGE_CODES[stage] for stage in OPEN_DEAL_STAGES)
Paid = tuple[tuple[str, int], ...]
# ``stage.translate(ON_BOARD)``: 1 for every id with a card, 0 for the others (in C, not a Python loop).
ON_BOARD = bytes(0 if code == NOT_ON_BOARD else 1 for code in range(256))


def _day(ordinal: int) -> date | None:
    if not ordinal:
        return None
    found = _DAYS.get(ordinal)
    if found is None:
        found = _DAYS[ordinal] = date.fromordinal(ordinal)
    return found


class BoardIndex:
    """What the board needs of every card without holding one `Card` per contact (57 MB at 100,000): the
    values the columns file cards by, the filter's toggles, the badges and the totals count, and the text
    the filter searches. Plain Python, no Qt: read on the reader thread (`board_index`).

    Addressed by contact id (SQLite's rowids, dense from 1): ``stage[id]`` is the card's stage as its place
    in `STAGE_ORDER`, `NOT_ON_BOARD` for an id without a card; a day is a date ordinal, 0 for none. ``ids``
    lists the ids on the board in ascending order: the board model's rows. ``columns`` are each stage's
    (positions, ids) sorted by (position, id), made with the index for the columns to take once.
    """

    __slots__ = ("columns", "created", "follow_up", "haystacks", "ids", "last_contact", "paid", "position",
                 "recent_paid", "source", "stage", "temperature")

    def __init__(self) -> None:
        self.stage = bytearray()
        self.position = array("d")
        self.temperature = bytearray()
        self.source = bytearray()
        self.follow_up = array("i")
        self.last_contact = array("i")
        self.created = array("i")
        self.recent_paid = array("q")
        self.haystacks: list[str] = []
        self.paid: dict[int, Paid] = {}  # only the cards that paid anything
        self.ids = array("q")
        self.columns: dict[Stage, tuple[array[float], array[int]]] = {}

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def span(self) -> int:
        """How many ids the arrays address (the largest id + 1)."""
        return len(self.stage)

    def grow(self, top_id: int) -> None:
        """Make room for ids up to ``top_id``."""
        more = top_id + 1 - len(self.stage)
        if more <= 0:
            return
        self.stage.extend(bytes([NOT_ON_BOARD]) * more)
        self.position.extend(array("d", bytes(8 * more)))
        self.temperature.extend(bytes(more))
        self.source.extend(bytes([NO_SOURCE]) * more)
        for days in (self.follow_up, self.last_contact, self.created):
            days.extend(array("i", bytes(4 * more)))
        self.recent_paid.extend(array("q", bytes(8 * more)))
        self.haystacks.extend([""] * more)

    @classmethod
    def from_cards(cls, cards: Iterable[Card]) -> BoardIndex:
        """The index of these cards (a small board, or the top of each column at start-up)."""
        listed = list(cards)
        index = cls()
        index.grow(max((card.id for card in listed), default=0))
        for card in listed:
            index._set(card)
        index.ids = array("q", sorted(card.id for card in listed))
        by_stage: dict[Stage, list[tuple[float, int]]] = {}
        for card in listed:
            by_stage.setdefault(card.stage, []).append((card.position, card.id))
        for stage, keys in by_stage.items():
            keys.sort()
            index.columns[stage] = (array("d", [key[0] for key in keys]), array("q", [key[1] for key in keys]))
        return index

    def _set(self, card: Card) -> None:
        cid = card.id
        self.stage[cid] = STAGE_CODES[card.stage]
        self.position[cid] = card.position
        self.temperature[cid] = _TEMPERATURE_CODES[card.temperature]
        self.source[cid] = NO_SOURCE if card.source is None else _SOURCE_CODES[card.source]
        self.follow_up[cid] = 0 if card.next_follow_up is None else card.next_follow_up.toordinal()
        self.last_contact[cid] = 0 if card.last_contact_on is None else card.last_contact_on.toordinal()
        self.created[cid] = card.created_on.toordinal()
        self.recent_paid[cid] = card.recent_paid
        self.haystacks[cid] = haystack(card)
        if card.paid:
            self.paid[cid] = card.paid
        else:
            self.paid.pop(cid, None)

    def has(self, contact_id: int) -> bool:
        return 0 <= contact_id < len(self.stage) and self.stage[contact_id] != NOT_ON_BOARD

    def row_of(self, contact_id: int) -> int:
        """The id's row among ``ids``, -1 if it has no card."""
        row = bisect.bisect_left(self.ids, contact_id)
        return row if row < len(self.ids) and self.ids[row] == contact_id else -1

    def insertion_row(self, contact_id: int) -> int:
        return bisect.bisect_left(self.ids, contact_id)

    def put(self, card: Card) -> None:
        """A card added or changed (its row in ``ids`` is `insertion_row` for a new one)."""
        new = not self.has(card.id)
        self.grow(card.id)
        self._set(card)
        if new:
            self.ids.insert(bisect.bisect_left(self.ids, card.id), card.id)

    def remove(self, contact_id: int) -> None:
        row = self.row_of(contact_id)
        if row < 0:
            return
        del self.ids[row]
        self.stage[contact_id] = NOT_ON_BOARD
        self.haystacks[contact_id] = ""
        self.recent_paid[contact_id] = 0
        self.paid.pop(contact_id, None)

    def stage_of(self, contact_id: int) -> Stage | None:
        code = self.stage[contact_id] if 0 <= contact_id < len(self.stage) else NOT_ON_BOARD
        return None if code == NOT_ON_BOARD else STAGE_ORDER[code]

    def lacks_next_step(self, contact_id: int) -> bool:
        """`Card.lacks_next_step` from the index."""
        return self.follow_up[contact_id] == 0 and self.stage[contact_id] in _OPEN_DEAL_CODES

    def overdue(self, contact_id: int, today: int) -> bool:
        """`stay_in_touch.is_overdue` on ordinals."""
        day = self.follow_up[contact_id]
        return day != 0 and day < today

    def stale(self, contact_id: int, today: int, limits: Sequence[int | None]) -> bool:
        """`stay_in_touch.touch_status(...).stale` on ordinals; ``limits`` by stage code (`stale_limits`)."""
        limit = limits[self.stage[contact_id]]
        return limit is not None and today - (self.last_contact[contact_id] or self.created[contact_id]) > limit

    def next_follow_up(self, contact_id: int) -> date | None:
        return _day(self.follow_up[contact_id])


def stale_limits(stale_after: Mapping[Stage, int] = DEFAULT_STALE_AFTER_DAYS) -> tuple[int | None, ...]:
    """Days without contact after which a card of each stage code is stale (None: never)."""
    return tuple(stale_after.get(stage) for stage in STAGE_ORDER)


def board_index(db: Database, today: date | None = None) -> BoardIndex:
    """The board's index, read in one pass in column order (on the reader thread in a big book: 0.6 s at 100,000
    cards, 25 MB, against 1.3 s and 96 MB for every `Card` with its column keys and case-folded text)."""
    reader = db.reader()
    paid, recent = _paid_by_contact(reader, None, today)
    (top,) = reader.execute(sql.BOARD_TOP_ID).fetchone()
    index = BoardIndex()
    index.grow(int(top))
    stage_codes = {stage.value: code for stage, code in STAGE_CODES.items()}
    temperature_codes = {temperature.value: code for temperature, code in _TEMPERATURE_CODES.items()}
    source_codes = {source.value: code for source, code in _SOURCE_CODES.items()}
    follow_ups: dict[str, int] = {}
    stages, positions, temperatures, sources = index.stage, index.position, index.temperature, index.source
    follow_up, last_contact, created, haystacks = index.follow_up, index.last_contact, index.created, index.haystacks
    columns = [(array("d"), array("q")) for _stage in STAGE_ORDER]
    for cid, stage, position, temperature, source, next_follow_up, last_on, created_at, text in reader.execute(
        sql.INDEX_COLUMNS
    ):
        code = stage_codes[stage]
        stages[cid] = code
        positions[cid] = position
        temperatures[cid] = temperature_codes[temperature]
        sources[cid] = source_codes.get(source, NO_SOURCE)
        if next_follow_up is not None:
            day = follow_ups.get(next_follow_up)
            if day is None:
                day = follow_ups[next_follow_up] = date.fromisoformat(next_follow_up).toordinal()
            follow_up[cid] = day
        if last_on is not None:
            last_contact[cid] = int(last_on - JULIAN_DAY_OF_ORDINAL_0)
        created[cid] = _created_on(created_at, cid).toordinal()
        haystacks[cid] = text.casefold()
        column = columns[code]
        column[0].append(position)
        column[1].append(cid)
    on_board = stages.translate(ON_BOARD)
    index.ids = array("q", compress(range(len(stages)), on_board))
    index.paid = {cid: amounts for cid, amounts in paid.items() if cid < len(on_board) and on_board[cid]}
    for cid, cents in recent.items():
        if cid < len(on_board) and on_board[cid]:
            index.recent_paid[cid] = cents
    index.columns = {stage: columns[code] for stage, code in STAGE_CODES.items() if columns[code][1]}
    return index
