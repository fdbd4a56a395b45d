"""The hand-written SQL's shared pieces (`carnet.storage.sql`) agree with what the ORM writes."""

from __future__ import annotations

import subprocess
import sys
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


def test_the_first_paint_and_the_exporters_read_their_sql_without_the_orm() -> None:
    # `carnet.storage.sql.board`, `.dashboard`, `.export` and `.common` must not pull SQLAlchemy in: the
    # board paints, and the window imports the exporters, before any session is opened.
    code = (
        "import sys, carnet.services.board_read, carnet.services.dashboard_read, carnet.io.csv_export, "
        "carnet.io.vcard_export; print(sorted(n for n in ('sqlalchemy', 'sqlmodel') if n in sys.modules))"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert found.strip() == "[]"
