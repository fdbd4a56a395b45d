"""The rows the dashboard computes from (`carnet.analytics.DashboardRows`), in plain SQL on the reader.

Three statements (contacts, stage changes, payments) and the referrers' names, in **one read
transaction** so that the figures agree with each other, never one query per contact. SQLite does the
parts it does best: local calendar days (``'localtime'``, as `services.reports` and the board do), the
per-contact ordering of the history, and the payment's day by status. Enum values and day texts are
come back as they are stored, days as day numbers (see `carnet.analytics.rows`): nothing is converted
per row in Python.
"""

from __future__ import annotations

from datetime import date

from carnet.analytics.rows import PAID, STAGE_RANK, ContactRow, DashboardRows, PaymentRow, StageChangeRow
from carnet.storage.database import Database

# A local day as a day number (`date.toordinal`): julianday('0001-01-01') is 1721425.5, day number 1.
_DAY = "CAST(julianday({}, 'localtime') - 1721424.5 AS INTEGER)"
_CONTACTS = f"""
    SELECT id, stage, source, referred_by_id, archived_at IS NOT NULL, {_DAY.format("created_at")} FROM contact"""
# Grouped by contact, in the order things happened: by time, then by id (moves of one transaction share a time).
_STAGE_CHANGES = f"""
    SELECT contact_id,
           CASE to_stage {" ".join(f"WHEN '{value}' THEN {rank}" for value, rank in STAGE_RANK.items())} END,
           {_DAY.format("at")}
    FROM stage_change ORDER BY contact_id, at, id"""
# A paid payment is dated by its payment day, an open one by its issue day; either falls back on the other,
# then on the local day it was recorded. Calendar dates are local days already: julianday() without 'localtime'.
_PAYMENTS = f"""
    SELECT contact_id, status, currency, amount_cents,
           coalesce(CAST(julianday(CASE WHEN status = '{PAID}' THEN coalesce(paid_on, issued_on)
                                        ELSE coalesce(issued_on, paid_on) END) - 1721424.5 AS INTEGER),
                    {_DAY.format("created_at")})
    FROM payment"""
_REFERRERS = """
    SELECT id, display_name FROM contact
    WHERE id IN (SELECT referred_by_id FROM contact WHERE referred_by_id IS NOT NULL)"""


def dashboard_rows(db: Database, today: date | None = None) -> DashboardRows:
    """Every contact, stage change and payment, as the analytics read them; ``today`` defaults to the local day."""
    reader = db.reader()
    began = not reader.in_transaction
    if began:
        reader.execute("BEGIN")  # one snapshot for the four statements
    try:
        contacts = list(map(ContactRow._make, reader.execute(_CONTACTS)))
        changes = list(map(StageChangeRow._make, reader.execute(_STAGE_CHANGES)))
        payments = list(map(PaymentRow._make, reader.execute(_PAYMENTS)))
        names = dict(reader.execute(_REFERRERS))
    finally:
        if began:
            reader.execute("COMMIT")
    return DashboardRows(today or date.today(), contacts, changes, payments, names)
