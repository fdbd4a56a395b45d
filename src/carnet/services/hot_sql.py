"""The statements of a drop (`carnet.storage.sql.moves`), run on the transaction's own sqlite3 connection.

A drop must be committed and shown in a few milliseconds; building each statement through SQLAlchemy
costs more than SQLite takes to run it. These statements stay inside the session's transaction (the
session has emitted BEGIN on this very connection), so atomicity is unchanged. Values are stored exactly
as the typed columns store them: enums by value, UTC times as `STORED_TIME_FORMAT` text.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, cast

from carnet.domain.enums import PaymentStatus, Stage
from carnet.domain.types import STORED_TIME_FORMAT
from carnet.storage.sql import moves as sql

if TYPE_CHECKING:
    from sqlmodel import Session

ContactRow = tuple[int, str, str, float, int]  # id, display name, stage, position, archived (0/1)
_PAID = PaymentStatus.PAID.value


def dbapi(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection of the session's transaction (beginning it if need be)."""
    # SQLAlchemy types it as any DB-API connection; Carnet's engine is SQLite's.
    return cast(sqlite3.Connection, session.connection().connection.dbapi_connection)


def stored_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(STORED_TIME_FORMAT)


def contact_rows(session: Session, ids: Sequence[int]) -> dict[int, ContactRow]:
    return {row[0]: row for row in dbapi(session).execute(sql.contact_rows(len(ids)), list(ids))}


def paid_ids(session: Session, ids: Sequence[int]) -> set[int]:
    """Which of these contacts have a paid payment (client status)."""
    if not ids:
        return set()
    return {row[0] for row in dbapi(session).execute(sql.paid_ids(len(ids)), [_PAID, *ids])}


def column_window(session: Session, stage: Stage, offset: int, limit: int) -> list[tuple[int, float]]:
    """(id, position) of the column's cards from ``offset``, in display order."""
    return dbapi(session).execute(sql.COLUMN_WINDOW, (stage.value, limit, offset)).fetchall()


def column_tail(session: Session, stage: Stage, limit: int) -> list[tuple[int, float]]:
    """(id, position) of the column's last cards, last first."""
    return dbapi(session).execute(sql.COLUMN_TAIL, (stage.value, limit)).fetchall()


def place(session: Session, placements: Iterable[tuple[int, Stage, float]], now: datetime) -> None:
    when = stored_time(now)
    dbapi(session).executemany(sql.PLACE, [(stage.value, position, when, cid) for cid, stage, position in placements])


def record_stage_changes(session: Session, changes: Iterable[tuple[int, Stage, Stage]], now: datetime) -> None:
    when = stored_time(now)
    rows = [(cid, old.value, new.value, when) for cid, old, new in changes]
    dbapi(session).executemany(sql.RECORD_STAGE_CHANGE, rows)
