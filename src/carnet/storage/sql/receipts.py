"""The receipts book's statement (`carnet.services.receipts`): every paid payment received in a range of days.

A payment is dated by `carnet.storage.sql.common.PAYMENT_DAY`, the one rule the board, the dashboard and the
reports follow (a paid payment on its payment day, else its issue day, else the local day it was recorded),
so the book and the dashboard's revenue per month always agree. That expression names the payment's columns
unqualified, hence the subquery on the payment table alone. Texts are read as texts whatever their stored
type (see `carnet.storage.sql.reports`); an amount or a day that still cannot be read comes back as stored,
for the service to refuse naming the payment. Enum values and days are bound by the service.
"""

from __future__ import annotations

from carnet.domain.models import Contact, Payment
from carnet.storage.sql.common import PAYMENT_DAY

_CONTACT = Contact.__tablename__
_PAYMENT = Payment.__tablename__


def _text(column: str) -> str:
    """The SQL for a column's text, whatever its stored type ('' for a NULL)."""
    return f"coalesce(CAST({column} AS TEXT), '')"


# The paid status, then the first and last day ('YYYY-MM-DD', both included). Archived contacts are in: the
# book lists what was received, whoever has since left the board. The method stays NULL when not said.
RECEIPTS = f"""
    SELECT p.id, p.contact_id, CAST(p.day AS TEXT), {_text("c.display_name")}, {_text("p.description")},
           p.amount_cents, {_text("p.currency")}, CAST(p.method AS TEXT), {_text("p.reference")}
    FROM (SELECT id, contact_id, description, amount_cents, currency, method, reference, {PAYMENT_DAY} AS day
          FROM {_PAYMENT} WHERE CAST(status AS TEXT) = ?) AS p
    JOIN {_CONTACT} AS c ON c.id = p.contact_id
    WHERE p.day BETWEEN ? AND ?
    ORDER BY p.day, p.id"""
