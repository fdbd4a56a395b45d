"""Plain SQL for the statements of a drop, run on the transaction's own sqlite3 connection.

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

if TYPE_CHECKING:
    from sqlmodel import Session

ContactRow = tuple[int, str, str, float, int]  # id, display name, stage, position, archived (0/1)


def dbapi(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection of the session's transaction (beginning it if need be)."""
    # SQLAlchemy types it as any DB-API connection; Carnet's engine is SQLite's.
    return cast(sqlite3.Connection, session.connection().connection.dbapi_connection)


def stored_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(STORED_TIME_FORMAT)


def _marks(count: int) -> str:
    return ",".join("?" * count)


def contact_rows(session: Session, ids: Sequence[int]) -> dict[int, ContactRow]:
    sql = (
        "SELECT id, display_name, stage, position, archived_at IS NOT NULL FROM contact "
        f"WHERE id IN ({_marks(len(ids))})"
    )
    return {row[0]: row for row in dbapi(session).execute(sql, list(ids))}


def paid_ids(session: Session, ids: Sequence[int]) -> set[int]:
    """Which of these contacts have a paid payment (client status)."""
    if not ids:
        return set()
    sql = f"SELECT DISTINCT contact_id FROM payment WHERE status = ? AND contact_id IN ({_marks(len(ids))})"
    return {row[0] for row in dbapi(session).execute(sql, [PaymentStatus.PAID.value, *ids])}


def column_window(session: Session, stage: Stage, offset: int, limit: int) -> list[tuple[int, float]]:
    """(id, position) of the column's cards from ``offset``, in display order."""
    sql = (
        "SELECT id, position FROM contact WHERE archived_at IS NULL AND stage = ? "
        "ORDER BY position, id LIMIT ? OFFSET ?"
    )
    return dbapi(session).execute(sql, (stage.value, limit, offset)).fetchall()


def column_tail(session: Session, stage: Stage, limit: int) -> list[tuple[int, float]]:
    """(id, position) of the column's last cards, last first."""
    sql = (
        "SELECT id, position FROM contact WHERE archived_at IS NULL AND stage = ? "
        "ORDER BY position DESC, id DESC LIMIT ?"
    )
    return dbapi(session).execute(sql, (stage.value, limit)).fetchall()


def place(session: Session, placements: Iterable[tuple[int, Stage, float]], now: datetime) -> None:
    sql = "UPDATE contact SET stage = ?, position = ?, updated_at = ? WHERE id = ?"
    when = stored_time(now)
    dbapi(session).executemany(sql, [(stage.value, position, when, cid) for cid, stage, position in placements])


def record_stage_changes(session: Session, changes: Iterable[tuple[int, Stage, Stage]], now: datetime) -> None:
    sql = "INSERT INTO stage_change (contact_id, from_stage, to_stage, at) VALUES (?, ?, ?, ?)"
    when = stored_time(now)
    dbapi(session).executemany(sql, [(cid, old.value, new.value, when) for cid, old, new in changes])
