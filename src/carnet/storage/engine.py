"""The SQLAlchemy engine over one SQLite file, with Carnet's pragmas on every connection."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event

from carnet.storage.connections import reading_connection

BUSY_TIMEOUT_MS = 5000


def make_engine(path: Path, *, foreign_keys: bool = True, read_only: bool = False) -> sa.Engine:
    """An engine whose connections use WAL, durable commits and (by default) foreign keys.

    pysqlite's own transaction handling starts transactions late and cannot run PRAGMAs that must sit
    outside one; as SQLAlchemy's SQLite documentation recommends, it is switched off and BEGIN is
    emitted here, so a Session's transaction is exactly one SQLite transaction.
    ``foreign_keys=False`` is for migrations only: batch table rebuilds would otherwise cascade deletes.
    ``read_only``: nothing done through it can change the file (``query_only``, or ``mode=ro``).
    """
    # URL.create, not an f-string: SQLAlchemy would parse "?", "#" and "%xx" in the file name and open
    # another file than the one checked and locked.
    if read_only:
        # Through reading_connection: it writes nothing, and leaves no -wal/-shm behind (see there).
        engine = sa.create_engine("sqlite://", creator=lambda: reading_connection(path, timeout=BUSY_TIMEOUT_MS / 1000))
    else:
        engine = sa.create_engine(sa.URL.create("sqlite", database=str(path)))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: sa.Connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine
