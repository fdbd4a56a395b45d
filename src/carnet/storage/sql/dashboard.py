"""The dashboard's reads (`carnet.services.dashboard_read`), run on the reader in one read transaction.

Local calendar days come back as day numbers (`date.toordinal`), enum values as they are stored. A value the
analytics cannot count (a damaged file) makes SQLite call `REFUSE` (registered by the service) for that row
only: ``REFUSE(table, id, column, value as bytes, what)``, ``what`` one of the texts below. A sound file costs
next to nothing more. Texts are read as texts whatever their stored type (see `carnet.storage.sql.board`).
"""

from __future__ import annotations

from collections.abc import Iterable

from carnet.domain.enums import STAGE_ORDER, PaymentStatus, Source
from carnet.storage.sql import board
from carnet.storage.sql.common import JULIAN_DAY_OF_ORDINAL_0, PAYMENT_DATE

REFUSE = "carnet_dashboard_refuse"
NOT_A_STAGE, NOT_A_SOURCE, NOT_A_STATUS = "is not a stage", "is not a source", "is not a payment status"
UNKNOWN_VALUES = (NOT_A_STAGE, NOT_A_SOURCE, NOT_A_STATUS)  # LookupErrors; the other refusals are ValueErrors

# Stage values to their rank (`Stage.rank`), as `carnet.analytics.rows.STAGE_RANK` reads them back.
_STAGE_RANK = {stage.value: rank for rank, stage in enumerate(STAGE_ORDER)}


def _refusal(table: str, column: str, what: str, value: str | None = None) -> str:
    """The call that refuses the current row of ``table`` for its ``value`` (the column, by default);
    SQLite evaluates it for that row only. The value is passed as bytes: a text that is not UTF-8 would
    keep sqlite3 from calling the function at all."""
    return f"{REFUSE}('{table}', id, '{column}', CAST({value or column} AS BLOB), '{what}')"


def _known(column: str, among: Iterable[str], table: str, what: str, *, optional: bool = False) -> str:
    """The column's text if it is one of ``among`` (NULL too, if ``optional``), else the row's refusal."""
    cases = " ".join(f"WHEN '{value}' THEN '{value}'" for value in among)
    otherwise = _refusal(table, column, what)
    if optional:
        otherwise = f"CASE WHEN {column} IS NULL THEN NULL ELSE {otherwise} END"
    return f"CASE CAST({column} AS TEXT) {cases} ELSE {otherwise} END"


def _integer(column: str, table: str, *, optional: bool = False) -> str:
    valid = f"typeof({column}) = 'integer'"
    if optional:
        valid = f"{column} IS NULL OR {valid}"
    return f"CASE WHEN {valid} THEN {column} ELSE {_refusal(table, column, 'is not an integer')} END"


# A local day as a day number (`date.toordinal`).
_DAY = f"CAST(julianday({{}}, 'localtime') - {JULIAN_DAY_OF_ORDINAL_0} AS INTEGER)"


def _day(column: str, table: str) -> str:
    # julianday() is NULL for what is not a time; coalesce() evaluates the refusal only then.
    return f"coalesce({_DAY.format(column)}, {_refusal(table, column, 'is not a time')})"


CONTACTS = f"""
    SELECT id, {_known("stage", _STAGE_RANK, "contact", NOT_A_STAGE)},
           {_known("source", (source.value for source in Source), "contact", NOT_A_SOURCE, optional=True)},
           {_integer("referred_by_id", "contact", optional=True)}, archived_at IS NOT NULL,
           {_day("created_at", "contact")}
    FROM contact"""
# Grouped by contact, in the order things happened: by time, then by id (moves of one transaction share a time).
# Sorted by the checked contact id (ORDER BY 1): scanning the table and sorting in memory is quicker than
# following the contact_id index row by row, and sorts one copy of the id.
STAGE_CHANGES = f"""
    SELECT {_integer("contact_id", "stage_change")},
           CASE CAST(to_stage AS TEXT) {" ".join(f"WHEN '{value}' THEN {rank}" for value, rank in _STAGE_RANK.items())}
                ELSE {_refusal("stage_change", "to_stage", NOT_A_STAGE)} END,
           {_day("at", "stage_change")}
    FROM stage_change ORDER BY 1, CAST(at AS TEXT), id"""
# A payment is dated by `PAYMENT_DATE`, then by the local day it was recorded. Calendar dates are local days
# already: julianday() without 'localtime'.
_DATED = PAYMENT_DATE
PAYMENTS = f"""
    SELECT {_integer("contact_id", "payment")},
           {_known("status", (status.value for status in PaymentStatus), "payment", NOT_A_STATUS)},
           coalesce(CAST(currency AS TEXT), {_refusal("payment", "currency", "is missing")}),
           {_integer("amount_cents", "payment")},
           coalesce(CAST(julianday({_DATED}) - {JULIAN_DAY_OF_ORDINAL_0} AS INTEGER),
                    CASE WHEN {_DATED} IS NULL THEN {_day("created_at", "payment")}
                         ELSE {_refusal("payment", "paid_on or issued_on", "is not a date", _DATED)} END)
    FROM payment"""
REFERRERS = """
    SELECT id, coalesce(CAST(display_name AS TEXT), '') FROM contact
    WHERE id IN (SELECT referred_by_id FROM contact WHERE referred_by_id IS NOT NULL)"""
# The book's home currency, as the board reads it for a client's size (`board.HOME_CURRENCY`): the dashboard's
# figures and the board's badge must agree on it.
HOME_CURRENCY = f"SELECT {board.HOME_CURRENCY}"

# The same rows for some contacts only (`services.dashboard_read.contact_rows`, after a write): the ids as one
# JSON array parameter, so that one statement serves any number of them. The contact-id indexes find them.
_IDS = "(SELECT value FROM json_each(?))"
CONTACTS_OF = f"{CONTACTS} WHERE id IN {_IDS}"
STAGE_CHANGES_OF = STAGE_CHANGES.replace(" ORDER BY ", f" WHERE contact_id IN {_IDS} ORDER BY ")
PAYMENTS_OF = f"{PAYMENTS} WHERE contact_id IN {_IDS}"
# Who names one of them as their referrer now (a merge moved them onto the contact kept).
REFERRED_BY_ANY_OF = f"SELECT id FROM contact WHERE referred_by_id IN {_IDS}"
NAMES_OF = f"SELECT id, coalesce(CAST(display_name AS TEXT), '') FROM contact WHERE id IN {_IDS}"
