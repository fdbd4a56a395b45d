"""The statements of a drop (`carnet.services.hot_sql`, run on the transaction's own sqlite3 connection).

Values are bound as the typed columns store them: enums by value, UTC times as `STORED_TIME_FORMAT` text.
The drop path has loaded the ORM tables already, so table names come from them.
"""

from __future__ import annotations

from carnet.domain.models import Contact, Payment, StageChange
from carnet.storage.sql.common import marks

_CONTACT = Contact.__tablename__
_PAYMENT = Payment.__tablename__
_STAGE_CHANGE = StageChange.__tablename__


def contact_rows(count: int) -> str:
    """id, display name, stage, position, archived (0/1) of ``count`` contacts, by id."""
    return (
        f"SELECT id, display_name, stage, position, archived_at IS NOT NULL FROM {_CONTACT} "
        f"WHERE id IN ({marks(count)})"
    )


def paid_ids(count: int) -> str:
    """Which of ``count`` contacts (bound after the status) have a payment of the status bound first."""
    return f"SELECT DISTINCT contact_id FROM {_PAYMENT} WHERE status = ? AND contact_id IN ({marks(count)})"


# (id, position) of a column's cards (stage, limit, offset bound), in display order.
COLUMN_WINDOW = (
    f"SELECT id, position FROM {_CONTACT} WHERE archived_at IS NULL AND stage = ? "
    "ORDER BY position, id LIMIT ? OFFSET ?"
)
# (id, position) of a column's last cards (stage, limit bound), last first.
COLUMN_TAIL = (
    f"SELECT id, position FROM {_CONTACT} WHERE archived_at IS NULL AND stage = ? "
    "ORDER BY position DESC, id DESC LIMIT ?"
)
PLACE = f"UPDATE {_CONTACT} SET stage = ?, position = ?, updated_at = ? WHERE id = ?"
RECORD_STAGE_CHANGE = f"INSERT INTO {_STAGE_CHANGE} (contact_id, from_stage, to_stage, at) VALUES (?, ?, ?, ?)"
