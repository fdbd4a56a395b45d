"""Where cards sit inside a column.

The reads on the path of every drop are plain SQL (see `hot_sql`).

Positions are floats: a card dropped between two others takes a value between theirs, so a drop
rewrites only the moved rows. When repeated drops at one spot exhaust the gap, the column is
renumbered once (rare, and still one transaction).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import update
from sqlmodel import Session, col, func, select
from sqlmodel.sql.expression import Select

from carnet.domain.enums import Stage
from carnet.domain.models import Contact
from carnet.services import hot_sql

MIN_GAP = 1e-6


def _column(stage: Stage) -> Select[int | None, float]:
    return (
        select(Contact.id, Contact.position)
        .where(col(Contact.archived_at).is_(None), Contact.stage == stage)
        .order_by(col(Contact.position), col(Contact.id))
    )


def top_position(session: Session, stage: Stage) -> float:
    """A position before every card of the column (new contacts show first)."""
    lowest = session.connection().execute(
        select(func.min(Contact.position)).where(col(Contact.archived_at).is_(None), Contact.stage == stage)
    ).scalar_one()
    return 0.0 if lowest is None else lowest - 1.0


def positions_for_insert(
    session: Session, stage: Stage, row: int | None, moving: Sequence[int]
) -> list[float]:
    """Positions for ``moving`` (in order) inserted at ``row`` of the column as it is displayed now.

    ``row`` counts the displayed cards, moving ones included (what a view's drop reports);
    None appends at the end. Neighbours are the nearest cards that are not themselves moving.
    """
    moving_set = set(moving)
    count = len(moving)
    if row is None:
        before = _last_not_moving(session, stage, moving_set)
        after = None
    else:
        start = max(0, row - count - 1)
        window = hot_sql.column_window(session, stage, start, row - start + count + 1)
        split = row - start
        before = next((r for r in reversed(window[:split]) if r[0] not in moving_set), None)
        after = next((r for r in window[split:] if r[0] not in moving_set), None)
    low = None if before is None else before[1]
    high = None if after is None else after[1]
    if low is not None and high is not None and (high - low) / (count + 1) < MIN_GAP:
        _renumber(session, stage)
        return positions_for_insert(session, stage, row, moving)
    return _spread(low, high, count)


def _spread(low: float | None, high: float | None, count: int) -> list[float]:
    if low is None:
        if high is None:
            return [float(i) for i in range(count)]
        return [high - (count - i) for i in range(count)]
    if high is None:
        return [low + (i + 1) for i in range(count)]
    step = (high - low) / (count + 1)
    return [low + step * (i + 1) for i in range(count)]


def _last_not_moving(session: Session, stage: Stage, moving: set[int]) -> tuple[int, float] | None:
    return next((r for r in hot_sql.column_tail(session, stage, len(moving) + 1) if r[0] not in moving), None)


def _renumber(session: Session, stage: Stage) -> None:
    """Give the column's cards positions 0, 1, 2… in their displayed order."""
    rows = list(session.connection().execute(_column(stage)))
    session.execute(
        update(Contact), [{"id": contact_id, "position": float(index)} for index, (contact_id, _) in enumerate(rows)]
    )
