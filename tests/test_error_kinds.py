"""Environment errors and bugs told apart (issue 12, item 4): a full disk stays a message about the disk; a
mistake in Carnet's own SQL or a constraint its code should have kept is an internal error, logged with its
traceback, and nothing of the transaction is saved."""

from __future__ import annotations

import logging
import sqlite3

import pytest
from sqlalchemy import event, text

from carnet.domain.enums import PaymentStatus
from carnet.domain.models import Contact, Payment
from carnet.services import ContactDraft, create_contact
from carnet.storage import Database, StorageError
from carnet.storage.errors import InternalError


def contact_count(db: Database) -> int:
    with sqlite3.connect(db.path) as connection:
        return int(connection.execute("SELECT count(*) FROM contact").fetchone()[0])


@pytest.mark.parametrize("mistake", ["SELECT missing_column FROM contact", "UPDATE no_such_table SET x = 1",
                                     "SELEKT 1"])
def test_bad_sql_is_an_internal_error_logged_with_its_traceback(
    db: Database, caplog: pytest.LogCaptureFixture, mistake: str
) -> None:
    with caplog.at_level(logging.ERROR, logger="carnet"), pytest.raises(InternalError) as refused, \
            db.transaction() as session:
        session.add(Contact(display_name="Ghost"))
        session.flush()
        session.exec(text(mistake))  # type: ignore[call-overload]
    assert "internal error in Carnet" in refused.value.message and "carnet.log" in refused.value.message
    assert not isinstance(refused.value, StorageError)  # not "your disk", not "your file"
    assert any(record.exc_info for record in caplog.records)  # the traceback is in the log
    assert contact_count(db) == 0  # nothing of the transaction was kept


def test_a_constraint_the_code_should_have_kept_is_internal(db: Database) -> None:
    with pytest.raises(InternalError), db.transaction() as session:
        session.add(Payment(contact_id=9999, amount_cents=100, currency="EUR", status=PaymentStatus.QUOTED))


def test_an_environment_failure_stays_a_storage_message(db: Database) -> None:
    create_contact(db, ContactDraft(display_name="Ana"))
    db.release_connections()

    def read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # What SQLite says when the file became read-only under Carnet (SQLITE_READONLY).
        dbapi_connection.execute("PRAGMA query_only=ON")

    event.listen(db.engine, "connect", read_only)
    with pytest.raises(StorageError) as refused:
        create_contact(db, ContactDraft(display_name="Ben"))
    assert "could not save" in refused.value.message and not isinstance(refused.value, InternalError)
    assert contact_count(db) == 1
