"""The hand-written SQL's shared pieces (`carnet.storage.sql`) agree with what the ORM writes."""

from __future__ import annotations

from datetime import UTC, datetime

from carnet.domain.enums import Stage
from carnet.domain.types import STORED_TIME_FORMAT
from carnet.services import ContactDraft, create_contact
from carnet.services.hot_sql import stored_time
from carnet.storage import Database


def test_stored_time_format_is_what_the_orm_writes(db: Database) -> None:
    contact = create_contact(db, ContactDraft(display_name="Ada", stage=Stage.LEAD))
    (stored,) = db.reader().execute("SELECT created_at FROM contact WHERE id = ?", (contact.id,)).fetchone()
    written = datetime.strptime(stored, STORED_TIME_FORMAT).replace(tzinfo=UTC)
    assert stored_time(written) == stored
    assert stored_time(datetime(2025, 1, 31, 9, 15, tzinfo=UTC)) == "2025-01-31 09:15:00.000000"
