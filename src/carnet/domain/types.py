"""Column types that keep the storage rules of SPEC §2 in one place."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa

# How a `UTCDateTime` is stored: naive UTC text, as SQLAlchemy's SQLite DateTime writes it (its storage
# format, always with the microseconds): "2025-01-31 09:15:00.123456". Plain SQL writing a time uses it.
STORED_TIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


class UTCDateTime(sa.types.TypeDecorator[datetime]):
    """An aware datetime stored in UTC (as `STORED_TIME_FORMAT` text); naive values are refused rather than guessed."""

    impl = sa.types.DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.utcoffset() is None:
            raise ValueError("Carnet stores aware datetimes only; got a naive one")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def enum_type(enum_cls: type[StrEnum]) -> sa.Enum:
    """Store an enum by its value (``"client"``), not its Python name (``"CLIENT"``)."""
    return sa.Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=max(len(member.value) for member in enum_cls),
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


def utc_now() -> datetime:
    return datetime.now(UTC)
