"""The rows the dashboard computes from (`carnet.analytics.DashboardRows`), in plain SQL on the reader.

Three statements (contacts, stage changes, payments) and the referrers' names, in **one read
transaction** so that the figures agree with each other, never one query per contact. SQLite does the
parts it does best: local calendar days (``'localtime'``, as `services.reports` and the board do), the
per-contact ordering of the history, and the payment's day by status. Enum values and day texts are
come back as they are stored, days as day numbers (see `carnet.analytics.rows`): nothing is converted
per row in Python.

A row the analytics cannot count (a damaged file) is refused, never skipped nor counted as something else:
a stage, source or status Carnet does not know is a `LookupError`; a time or date that is not one, an id or
amount that is not an integer, a missing currency a `ValueError`; both name the row and are what the error
report calls a damaged file. SQLite checks each value in a CASE or coalesce() branch as it reads it and calls
back into Python (`_refuse`) only for a damaged row: a sound file costs next to nothing more. Texts are read
as texts whatever their stored type (a blob of the same bytes: see `services.board_read`).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterable
from datetime import date
from typing import NoReturn

from carnet.analytics.rows import STAGE_RANK, ContactRow, DashboardRows, PaymentRow, StageChangeRow
from carnet.domain.enums import PaymentStatus, Source
from carnet.storage.database import Database
from carnet.storage.sql.common import JULIAN_DAY_OF_ORDINAL_0, PAYMENT_DATE

_REFUSE = "carnet_dashboard_refuse"
_UNKNOWN = ("is not a stage", "is not a source", "is not a payment status")  # LookupErrors; the rest ValueErrors


def _refusal(table: str, column: str, what: str, value: str | None = None) -> str:
    """The call that refuses the current row of ``table`` for its ``value`` (the column, by default);
    SQLite evaluates it for that row only. The value is passed as bytes: a text that is not UTF-8 would
    keep sqlite3 from calling the function at all."""
    return f"{_REFUSE}('{table}', id, '{column}', CAST({value or column} AS BLOB), '{what}')"


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


_CONTACTS = f"""
    SELECT id, {_known("stage", STAGE_RANK, "contact", "is not a stage")},
           {_known("source", (source.value for source in Source), "contact", "is not a source", optional=True)},
           {_integer("referred_by_id", "contact", optional=True)}, archived_at IS NOT NULL,
           {_day("created_at", "contact")}
    FROM contact"""
# Grouped by contact, in the order things happened: by time, then by id (moves of one transaction share a time).
# Sorted by the checked contact id (ORDER BY 1): scanning the table and sorting in memory is quicker than
# following the contact_id index row by row, and sorts one copy of the id.
_STAGE_CHANGES = f"""
    SELECT {_integer("contact_id", "stage_change")},
           CASE CAST(to_stage AS TEXT) {" ".join(f"WHEN '{value}' THEN {rank}" for value, rank in STAGE_RANK.items())}
                ELSE {_refusal("stage_change", "to_stage", "is not a stage")} END,
           {_day("at", "stage_change")}
    FROM stage_change ORDER BY 1, CAST(at AS TEXT), id"""
# A payment is dated by `PAYMENT_DATE`, then by the local day it was recorded. Calendar dates are local days
# already: julianday() without 'localtime'.
_DATED = PAYMENT_DATE
_PAYMENTS = f"""
    SELECT {_integer("contact_id", "payment")},
           {_known("status", (status.value for status in PaymentStatus), "payment", "is not a payment status")},
           coalesce(CAST(currency AS TEXT), {_refusal("payment", "currency", "is missing")}),
           {_integer("amount_cents", "payment")},
           coalesce(CAST(julianday({_DATED}) - {JULIAN_DAY_OF_ORDINAL_0} AS INTEGER),
                    CASE WHEN {_DATED} IS NULL THEN {_day("created_at", "payment")}
                         ELSE {_refusal("payment", "paid_on or issued_on", "is not a date", _DATED)} END)
    FROM payment"""
_REFERRERS = """
    SELECT id, coalesce(CAST(display_name AS TEXT), '') FROM contact
    WHERE id IN (SELECT referred_by_id FROM contact WHERE referred_by_id IS NOT NULL)"""

# What `_refuse` raised last on this thread: sqlite3 turns it into its own "user-defined function raised
# exception", which says nothing of the row.
_refused = threading.local()


def _refuse(table: str, row_id: object, column: str, value: bytes | None, what: str) -> NoReturn:
    shown = "NULL" if value is None else repr(value[:40].decode(errors="replace"))
    kind = LookupError if what in _UNKNOWN else ValueError
    _refused.error = error = kind(f"{table} {row_id}: {column} {shown} {what}")
    raise error


def dashboard_rows(db: Database, today: date | None = None) -> DashboardRows:
    """Every contact, stage change and payment, as the analytics read them; ``today`` defaults to the local day.

    A row they cannot count raises LookupError (a stage, source or status Carnet does not know) or ValueError.
    """
    reader = db.reader()
    # Registered on each read: replacing it costs SQLite some 0.1 ms of preparing statements again. SQLite
    # refuses to replace a function while a statement is still open: it is then this same one, already there.
    with contextlib.suppress(sqlite3.OperationalError):
        reader.create_function(_REFUSE, 5, _refuse)
    began = not reader.in_transaction
    if began:
        reader.execute("BEGIN")  # one snapshot for the four statements
    _refused.error = None
    try:
        contacts = list(map(ContactRow._make, reader.execute(_CONTACTS)))
        changes = list(map(StageChangeRow._make, reader.execute(_STAGE_CHANGES)))
        payments = list(map(PaymentRow._make, reader.execute(_PAYMENTS)))
        names = dict(reader.execute(_REFERRERS))
    except sqlite3.OperationalError as error:
        refusal, _refused.error = _refused.error, None
        if refusal is None:
            raise
        raise refusal from error
    finally:
        if began:
            reader.execute("COMMIT")
    return DashboardRows(today or date.today(), contacts, changes, payments, names)
