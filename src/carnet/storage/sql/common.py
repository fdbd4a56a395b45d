"""What the hand-written statements share: how a day is counted, and when a payment is dated.

Imports nothing heavy: the board's first paint reads through it (see `carnet.storage.sql`).
"""

from __future__ import annotations

from carnet.domain.enums import PaymentStatus

# julianday('0001-01-01') is 1721425.5; date.fromordinal(1) is that day: a julian day minus this constant is
# a day number (`date.toordinal`).
JULIAN_DAY_OF_ORDINAL_0 = 1721424.5

# When a payment is dated: `carnet.domain.rules.payment_date` in SQL (the board, the dashboard, the reports
# and the client's size agree on it). A paid payment by its payment day, an open one by its issue day; either
# falls back on the other. The calendar dates are local days already, stored as 'YYYY-MM-DD'. NULL when
# neither is set: `PAYMENT_DAY` then falls back on the local day the payment was recorded. Columns of the
# payment table, unqualified.
PAYMENT_DATE = (
    f"CASE WHEN CAST(status AS TEXT) = '{PaymentStatus.PAID.value}' THEN coalesce(paid_on, issued_on) "
    "ELSE coalesce(issued_on, paid_on) END"
)
# The local day a payment was recorded, as 'YYYY-MM-DD' text.
PAYMENT_RECORDED_DAY = "date(created_at, 'localtime')"
# The payment's day, as 'YYYY-MM-DD' text: `PAYMENT_DATE`, else `PAYMENT_RECORDED_DAY`.
PAYMENT_DAY = f"coalesce({PAYMENT_DATE}, {PAYMENT_RECORDED_DAY})"


def marks(count: int) -> str:
    """``count`` bound-parameter marks, for an IN list: ``?,?,?``."""
    return ",".join("?" * count)


# How many contacts the book holds, archived ones included (an empty book gets the welcome).
CONTACT_COUNT = "SELECT count(*) FROM contact"
# How many contacts are on the board (not archived): what a backup's description counts.
BOARD_CONTACT_COUNT = "SELECT count(*) FROM contact WHERE archived_at IS NULL"


# Payments that are a contact with the person (SPEC §3, "last contact means contact"): an invoice sent, a
# payment received. A quote alone is not counted (the issue 13 decision: only what the user sent or received
# as a bill).
_CONTACT_STATUSES = ", ".join(f"'{status.value}'" for status in (PaymentStatus.INVOICED, PaymentStatus.PAID))


def last_contact_day(contact_id: str) -> str:
    """SQL for the local day, as 'YYYY-MM-DD' text, of the last contact with the contact whose id is the SQL
    expression ``contact_id`` (a column of the outer query, such as ``c.id``): a logged interaction, an
    invoice or a payment (dated by `PAYMENT_DAY`), a gift sent. NULL when there was none.

    Each part is one indexed lookup (the latest interaction is found before its day is computed); SQLite's
    scalar ``max`` is NULL when one argument is, hence the empty texts. A stored value that is not a date (a
    damaged file) comes back as it is stored, the interaction's time as the payment's and the gift's days, for
    the reader to refuse naming the contact rather than count from another day in silence; ``julianday`` of
    it (the board) is NULL.

    The readers: the board's cards (`carnet.storage.sql.board`: "days since", Stale), To do
    (`carnet.storage.sql.reports`) and the retention review (`carnet.storage.sql.retention`). The three
    lookups make the whole board's read slower than the interaction's alone did: 34 → 47 ms at 10,000
    contacts, 370 → 520 ms at 100,000. Grouped subqueries joined once were no faster (SQLite builds an
    automatic index over them and seeks into it as often), hence one definition, correlated.
    """
    interaction = (
        f"(SELECT coalesce(date(max(at), 'localtime'), CAST(max(at) AS TEXT)) FROM interaction "
        f"WHERE contact_id = {contact_id})"
    )
    payment = (
        f"(SELECT max({PAYMENT_DAY}) FROM payment WHERE contact_id = {contact_id} "
        f"AND CAST(status AS TEXT) IN ({_CONTACT_STATUSES}))"
    )
    gift = f"(SELECT max(sent_on) FROM gift WHERE contact_id = {contact_id})"
    return f"nullif(max(coalesce({interaction}, ''), coalesce({payment}, ''), coalesce({gift}, '')), '')"
