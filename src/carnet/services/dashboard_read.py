"""The rows the dashboard computes from (`carnet.analytics.DashboardRows`), in plain SQL on the reader
(the statements are in `carnet.storage.sql.dashboard`).

Three statements (contacts, stage changes, payments) and the referrers' names, in **one read
transaction** (`dashboard_rows`; `contact_rows` reads the same for the contacts a write touched), so that
the figures agree with each other, never one query per contact; and, in the same transaction, the book's
home currency (as `services.book.home_currency_or_default` reads it, in plain SQL: this module must not
load the ORM), which the analytics need to know which figure to show first and score.
SQLite does the parts it does best: local calendar days (``'localtime'``, as `services.reports` and the board do), the
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
import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import NoReturn

from carnet.analytics.rows import ContactRow, DashboardRows, PaymentRow, StageChangeRow
from carnet.storage.database import Database
from carnet.storage.sql import dashboard as sql

# What `_refuse` raised last on this thread: sqlite3 turns it into its own "user-defined function raised
# exception", which says nothing of the row.
_refused = threading.local()


def _refuse(table: str, row_id: object, column: str, value: bytes | None, what: str) -> NoReturn:
    shown = "NULL" if value is None else repr(value[:40].decode(errors="replace"))
    kind = LookupError if what in sql.UNKNOWN_VALUES else ValueError
    _refused.error = error = kind(f"{table} {row_id}: {column} {shown} {what}")
    raise error


@contextlib.contextmanager
def _one_snapshot(db: Database) -> Iterator[sqlite3.Connection]:
    """The reader, inside one read transaction, with `_refuse` registered; a refused row raises its own error."""
    reader = db.reader()
    # Registered on each read: replacing it costs SQLite some 0.1 ms of preparing statements again. SQLite
    # refuses to replace a function while a statement is still open: it is then this same one, already there.
    with contextlib.suppress(sqlite3.OperationalError):
        reader.create_function(sql.REFUSE, 5, _refuse)
    began = not reader.in_transaction
    if began:
        reader.execute("BEGIN")  # one snapshot for every statement
    _refused.error = None
    try:
        yield reader
    except sqlite3.OperationalError as error:
        refusal, _refused.error = _refused.error, None
        if refusal is None:
            raise
        raise refusal from error
    finally:
        if began:
            reader.execute("COMMIT")


def dashboard_rows(db: Database, today: date | None = None) -> DashboardRows:
    """Every contact, stage change and payment, as the analytics read them, and the book's home currency;
    ``today`` defaults to the local day.

    A row they cannot count raises LookupError (a stage, source or status Carnet does not know) or ValueError.
    """
    with _one_snapshot(db) as reader:
        contacts = list(map(ContactRow._make, reader.execute(sql.CONTACTS)))
        changes = list(map(StageChangeRow._make, reader.execute(sql.STAGE_CHANGES)))
        payments = list(map(PaymentRow._make, reader.execute(sql.PAYMENTS)))
        names = dict(reader.execute(sql.REFERRERS))
        (home,) = reader.execute(sql.HOME_CURRENCY).fetchone()
    return DashboardRows(today or date.today(), contacts, changes, payments, names, home)


@dataclass(frozen=True, slots=True)
class ContactRows:
    """The dashboard's rows of some contacts (`contact_rows`), for `analytics.incremental.DashboardFacts.replace`."""

    contact_ids: frozenset[int]  # every contact read: those asked and those who name one of them as referrer
    contacts: list[ContactRow]  # of these, the ones that still exist
    stage_changes: list[StageChangeRow]  # grouped by contact, in the order things happened
    payments: list[PaymentRow]
    names: dict[int, str]  # display names of the contacts read and of the referrers they name
    home_currency: str


def contact_rows(db: Database, contact_ids: Iterable[int]) -> ContactRows:
    """`dashboard_rows` for ``contact_ids`` and the contacts who name one of them as their referrer, in one
    read transaction: what a write that touched them changed. Refuses a row as `dashboard_rows` does."""
    asked = sorted(set(contact_ids))
    with _one_snapshot(db) as reader:
        referring = [row[0] for row in reader.execute(sql.REFERRED_BY_ANY_OF, (json.dumps(asked),))]
        ids = sorted({*asked, *referring})
        wanted = json.dumps(ids)
        contacts = list(map(ContactRow._make, reader.execute(sql.CONTACTS_OF, (wanted,))))
        changes = list(map(StageChangeRow._make, reader.execute(sql.STAGE_CHANGES_OF, (wanted,))))
        payments = list(map(PaymentRow._make, reader.execute(sql.PAYMENTS_OF, (wanted,))))
        referrers = {c.referred_by for c in contacts if c.referred_by is not None}
        names = dict(reader.execute(sql.NAMES_OF, (json.dumps(sorted(referrers.union(ids))),)))
        (home,) = reader.execute(sql.HOME_CURRENCY).fetchone()
    return ContactRows(frozenset(ids), contacts, changes, payments, names, home)
