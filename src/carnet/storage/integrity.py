"""SQLite's own integrity check, run read-only."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from carnet.storage.sqlite_uri import read_only_uri


def integrity_problems(path: Path, limit: int = 20) -> list[str]:
    """What ``PRAGMA integrity_check`` finds wrong (and foreign keys pointing nowhere); empty when sound."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            rows = [row[0] for row in connection.execute(f"PRAGMA integrity_check({int(limit)})")]
            dangling = connection.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    problems = [row for row in rows if row != "ok"]
    problems += [f"row {rowid} of {table} refers to a missing {parent}" for table, rowid, parent, _ in dangling]
    return problems
