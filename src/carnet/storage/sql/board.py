"""The board's reads (`carnet.services.board_read`), run on the database's sqlite3 reader connection.

On the path of the first paint: imports neither SQLAlchemy nor the ORM tables (see `carnet.storage.sql`).
Times come back as local julian days (floats) rather than text to parse.
"""

from __future__ import annotations

from carnet.domain.enums import Answer
from carnet.storage.sql.common import PAYMENT_DAY, last_contact_day, marks

_UNKNOWN, _YES = Answer.UNKNOWN.value, Answer.YES.value
_QUALIFICATION = ("c.budget", "c.authority", "c.need", "c.timing")

# The texts are read as texts whatever their stored type: a flipped bit of a record's header can turn a
# name into a blob of the same bytes (SQLite's checks cannot see it), which Qt cannot paint. A value that is
# not valid UTF-8 still fails, with sqlite3's "Could not decode" (the file is then reported damaged).
# The last contact (an interaction, an invoice or payment, a gift sent: `common.last_contact_day`) comes back as
# the julian day of its local day, NULL if there was none. Then the qualification's "yes" answers, NULL while
# all four are unknown, and what the filter searches besides the card's own texts: the phone and every further
# email, phone and address, one per line.
_TEXTS = {
    "display_name": "coalesce(CAST(c.display_name AS TEXT), '')",
    "organisation": "coalesce(CAST(c.organisation AS TEXT), '')",
    "email": "coalesce(CAST(c.email AS TEXT), '')",
    "tags": "coalesce(CAST(c.tags AS TEXT), '')",
    "also_searched": "coalesce(CAST(c.phone AS TEXT), '') || coalesce((SELECT char(10) || group_concat("
                     "CAST(d.value AS TEXT), char(10)) FROM contact_detail AS d WHERE d.contact_id = c.id), '')",
}
_ON_BOARD = "c.archived_at IS NULL"
CARD_SELECT = f"""
    SELECT c.id, {_TEXTS["display_name"]} AS display_name,
           {_TEXTS["organisation"]} AS organisation, {_TEXTS["email"]} AS email,
           {_TEXTS["tags"]} AS tags, CAST(c.stage AS TEXT) AS stage,
           CAST(c.position AS REAL) AS position, CAST(c.temperature AS TEXT) AS temperature,
           CAST(c.source AS TEXT) AS source, CAST(c.next_follow_up AS TEXT) AS next_follow_up,
           julianday({last_contact_day("c.id")}),
           julianday(c.created_at, 'localtime'),
           CASE WHEN {" AND ".join(f"{column} = '{_UNKNOWN}'" for column in _QUALIFICATION)} THEN NULL
                ELSE {" + ".join(f"({column} = '{_YES}')" for column in _QUALIFICATION)} END,
           {_TEXTS["also_searched"]} AS also_searched
    FROM contact AS c"""
CARD_COLUMNS = f"{CARD_SELECT}\n    WHERE {_ON_BOARD}"

# The board's index (`board_read.BoardIndex`): every card as the few values the filter, the badges and the columns
# need, and the text the filter searches in one piece, in `card_filter.haystack`'s order (name, organisation,
# email, tags, the phone and further values; case-folded in Python: SQLite's lower() knows ASCII only).
INDEX_COLUMNS = f"""
    SELECT c.id, CAST(c.stage AS TEXT), CAST(c.position AS REAL), CAST(c.temperature AS TEXT),
           CAST(c.source AS TEXT), CAST(c.next_follow_up AS TEXT), julianday({last_contact_day("c.id")}),
           julianday(c.created_at, 'localtime'),
           {" || char(10) || ".join(_TEXTS.values())}
    FROM contact AS c
    WHERE {_ON_BOARD}
    ORDER BY c.position, c.id"""
# Every card's id and name (the contacts a payment may be moved to).
BOARD_NAMES = f"SELECT c.id, {_TEXTS['display_name']} FROM contact AS c WHERE {_ON_BOARD}"

# Every card, in column order.
ALL_CARDS = CARD_COLUMNS + " ORDER BY c.position, c.id"
# The first cards of one column (stage, limit bound), read through its index.
COLUMN_HEAD = CARD_COLUMNS + " AND c.stage = ? ORDER BY c.position, c.id LIMIT ?"
# How many cards each column holds.
COLUMN_COUNTS = "SELECT stage, count(*) FROM contact WHERE archived_at IS NULL GROUP BY stage"
# What each column's contacts paid (the paid status bound), per currency.
COLUMN_PAID = (
    "SELECT c.stage, CAST(p.currency AS TEXT) AS currency, sum(p.amount_cents) FROM payment AS p "
    "JOIN contact AS c ON c.id = p.contact_id WHERE p.status = ? AND c.archived_at IS NULL "
    "GROUP BY c.stage, p.currency"
)


def cards_by_id(count: int) -> str:
    """The cards of ``count`` contacts (their ids bound), archived ones left out. Looked up by id: the unary
    ``+`` keeps SQLite from walking the board's index of every card on it instead (12 ms for 48 cards at
    100,000, against 0.3 ms by id)."""
    return f"{CARD_SELECT}\n    WHERE c.id IN ({marks(count)}) AND +{_ON_BOARD}"


# The book's home currency, as `carnet.services.book.home_currency_or_default` reads it (a test holds the two
# together): the stored setting, else the currency of a book that never set one. Written out rather than
# imported from there: that module loads the ORM, which the first paint must not.
HOME_CURRENCY_KEY = "home_currency"
DEFAULT_HOME_CURRENCY = "EUR"
HOME_CURRENCY = (
    f"coalesce(nullif((SELECT CAST(value AS TEXT) FROM book_setting WHERE key = '{HOME_CURRENCY_KEY}'), ''), "
    f"'{DEFAULT_HOME_CURRENCY}')"
)


def paid_by_contact(count: int | None) -> str:
    """Per contact and currency: all paid, and what was paid in the home currency (`HOME_CURRENCY`: a client's
    size, PMG, compares cents of one currency only) between two days (bound first, then the paid status), the
    payment dated by `PAYMENT_DAY`; for every contact (``None``) or ``count`` of them (ids bound last). The
    home currency is an uncorrelated subquery: SQLite reads it once per statement."""
    sql = (
        "SELECT contact_id, CAST(currency AS TEXT) AS currency, sum(amount_cents), "
        f"CASE WHEN CAST(currency AS TEXT) = {HOME_CURRENCY} "
        f"THEN sum(CASE WHEN {PAYMENT_DAY} BETWEEN ? AND ? THEN amount_cents ELSE 0 END) ELSE 0 END "
        "FROM payment WHERE status = ?"
    )
    if count is not None:
        sql += f" AND contact_id IN ({marks(count)})"
    return sql + " GROUP BY contact_id, currency"


# The largest id on the board: how far the board's index (addressed by contact id) reaches.
BOARD_TOP_ID = f"SELECT coalesce(max(c.id), 0) FROM contact AS c WHERE {_ON_BOARD}"
