"""A full disk (simulated with SQLite's max_page_count): the failed action says so, everything committed
before it is intact, and Carnet goes on working once there is room again."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from sqlalchemy import event

from carnet.domain import InteractionKind, Stage
from carnet.services import ContactDraft, create_contact, log_interaction
from carnet.storage import Database, StorageError


def names(db: Database) -> list[str]:
    with sqlite3.connect(db.path) as connection:
        return [row[0] for row in connection.execute("SELECT display_name FROM contact ORDER BY id")]


def test_a_full_disk_refuses_the_write_and_keeps_what_was_saved(db: Database) -> None:
    ana = create_contact(db, ContactDraft("Ana", stage=Stage.LEAD))
    log_interaction(db, ana.id, InteractionKind.CALL, "Before the disk filled up")
    db.release_connections()

    def cap(dbapi_connection: Any, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages + 1}")

    event.listen(db.engine, "connect", cap)
    with pytest.raises(StorageError) as refused:
        create_contact(db, ContactDraft("Ben", stage=Stage.LEAD, notes="x" * 200_000))
    assert "could not save" in refused.value.message and "full" in refused.value.message
    assert names(db) == ["Ana"]
    with sqlite3.connect(db.path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT summary FROM interaction").fetchone() == ("Before the disk filled up",)

    event.remove(db.engine, "connect", cap)
    db.release_connections()
    create_contact(db, ContactDraft("Ben", stage=Stage.LEAD))
    assert names(db) == ["Ana", "Ben"]
