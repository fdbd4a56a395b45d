"""The reports' statements (`carnet.services.reports`), run in one read transaction per report.

Local calendar days come from SQLite's ``'localtime'`` modifier, like the board's. Texts are read as texts
whatever their stored type (see `carnet.storage.sql.board`); what still cannot be read comes back for the
service to refuse, naming the row. Enum values are bound by the service. The reports load the ORM tables
anyway (the timeline reads through them), so table names come from them.
"""

from __future__ import annotations

from carnet.domain.models import Contact, Gift, Payment
from carnet.storage.sql.common import PAYMENT_DAY, last_contact_day

_CONTACT = Contact.__tablename__
_PAYMENT = Payment.__tablename__
_GIFT = Gift.__tablename__


def _text(column: str) -> str:
    """The SQL for a column's text, whatever its stored type ('' for a NULL, which Carnet never writes)."""
    return f"coalesce(CAST({column} AS TEXT), '')"


# A local day of a time, as text; a value that is not a time comes back as stored (never NULL for a value),
# for the service to refuse with what it is.
_DAY = "coalesce(date({0}, 'localtime'), CAST({0} AS TEXT))"
# The sum of amounts, NULL if one of them is not an integer (SQLite's sum() would count a text as 0, or add reals).
_CENTS = "CASE WHEN min(typeof({0}) = 'integer') THEN sum({0}) END"

# --- referrals (the referrer's id bound; then the paid status) ---

REFERRED = (
    f"SELECT id, {_text('display_name')}, CAST(stage AS TEXT), archived_at IS NOT NULL FROM {_CONTACT} "
    "WHERE referred_by_id = ?"
)
REFERRED_PAID = (
    f"SELECT p.contact_id, {_text('p.currency')}, {_CENTS.format('p.amount_cents')} FROM {_PAYMENT} AS p "
    f"JOIN {_CONTACT} AS c ON c.id = p.contact_id WHERE c.referred_by_id = ? AND p.status = ? "
    "GROUP BY p.contact_id, CAST(p.currency AS TEXT)"
)
# The contact's id, the ambassador stage, the paid status twice.
REFERRER_TO_SUGGEST = (
    f"SELECT r.id, {_text('r.display_name')} FROM {_CONTACT} AS c JOIN {_CONTACT} AS r ON r.id = c.referred_by_id "
    "WHERE c.id = ? AND r.archived_at IS NULL AND r.stage != ? "
    f"AND EXISTS (SELECT 1 FROM {_PAYMENT} WHERE contact_id = c.id AND status = ?) "
    f"AND EXISTS (SELECT 1 FROM {_PAYMENT} WHERE contact_id = r.id AND status = ?)"
)

# --- year-end gifts ---

_GIFT_COLUMNS = (
    f"SELECT c.id, {_text('c.display_name')}, {_text('c.organisation')}, {_text('c.address')}, "
    f"{_text('c.gift_preferences')} FROM {_CONTACT} AS c"
)
# The ambassador stage bound.
GIFT_AMBASSADORS = _GIFT_COLUMNS + " WHERE c.archived_at IS NULL AND c.stage = ?"
# The client stage, the paid status, how many.
GIFT_TOP_CLIENTS = (
    _GIFT_COLUMNS + f" JOIN {_PAYMENT} AS p ON p.contact_id = c.id "
    "WHERE c.archived_at IS NULL AND c.stage = ? AND p.status = ? GROUP BY c.id "
    "ORDER BY sum(p.amount_cents) DESC, c.display_name, c.id LIMIT ?"
)
# A paid payment of a client on the board whose amount is not an integer (the client stage, the paid status).
TOP_CLIENT_DAMAGED_AMOUNT = (
    f"SELECT p.id FROM {_PAYMENT} AS p JOIN {_CONTACT} AS c ON c.id = p.contact_id WHERE c.archived_at IS NULL "
    "AND c.stage = ? AND p.status = ? AND typeof(p.amount_cents) != 'integer' LIMIT 1"
)
# The paid status twice.
GIFT_REFERRERS = (
    _GIFT_COLUMNS + " WHERE c.archived_at IS NULL "
    f"AND c.id IN (SELECT r.referred_by_id FROM {_CONTACT} AS r JOIN {_PAYMENT} AS p "
    "ON p.contact_id = r.id WHERE p.status = ?) "
    f"AND NOT EXISTS (SELECT 1 FROM {_PAYMENT} AS p WHERE p.contact_id = c.id AND p.status = ?)"
)
# Per referrer, the contacts created (local day) in the year bound as 'YYYY'.
REFERRALS_IN_YEAR = (
    f"SELECT referred_by_id, count(*) FROM {_CONTACT} WHERE referred_by_id IS NOT NULL "
    "AND strftime('%Y', created_at, 'localtime') = ? GROUP BY referred_by_id"
)
# Per referrer and currency, what the referred contacts paid (the paid status bound) on a payment day
# (`PAYMENT_DAY`) between the two days bound after it.
REFERRAL_REVENUE_IN_YEAR = (
    f"SELECT c.referred_by_id, {_text('p.currency')}, {_CENTS.format('p.amount_cents')} FROM "
    f"(SELECT contact_id, currency, amount_cents, {PAYMENT_DAY} AS day FROM {_PAYMENT} WHERE status = ?) AS p "
    f"JOIN {_CONTACT} AS c ON c.id = p.contact_id WHERE c.referred_by_id IS NOT NULL "
    "AND p.day BETWEEN ? AND ? GROUP BY c.referred_by_id, CAST(p.currency AS TEXT)"
)
# Gifts up to the year bound, by year. A year that is not an integer is read too (SQLite would leave it out:
# a text is more than any number).
GIFTS_UP_TO_YEAR = (
    f"SELECT id, contact_id, year, {_text('what')}, CAST(sent_on AS TEXT) FROM {_GIFT} "
    "WHERE year <= ? OR typeof(year) != 'integer' ORDER BY year"
)

# --- to do today ---

# The last contact's local day (an interaction, an invoice or payment, a gift sent: `common.last_contact_day`),
# NULL if there was none.
TODO_COLUMNS = f"""
    SELECT c.id, {_text("c.display_name")}, {_text("c.organisation")}, CAST(c.stage AS TEXT),
           CAST(c.next_follow_up AS TEXT), {last_contact_day("c.id")},
           {_DAY.format("c.created_at")}
    FROM {_CONTACT} AS c
    WHERE c.archived_at IS NULL"""
# Every payment's amount per contact and currency, whatever its status: amounts of two currencies are never
# added (SPEC §2).
VALUE_PER_CONTACT = (
    f"SELECT contact_id, {_text('currency')}, {_CENTS.format('amount_cents')} FROM {_PAYMENT} "
    "GROUP BY contact_id, CAST(currency AS TEXT)"
)
