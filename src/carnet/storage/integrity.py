"""SQLite's own integrity check, run read-only."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from carnet.storage.sqlite_uri import frozen_uri, read_only_uri


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


def page_problems(path: Path, *, quick: bool, limit: int = 3, backup: bool = False) -> list[str]:
    """What SQLite's own check finds wrong in the file's pages; empty when sound.

    ``quick`` runs ``quick_check`` (about 2 ms per 1,000 contacts: affordable at every open) rather than
    the full ``integrity_check``, which also compares every index with its table. Unlike
    `integrity_problems`, rows pointing nowhere are not counted: they are not damage that a backup mends.
    ``backup``: the file is a backup, opened immutable (`frozen_uri`).
    """
    pragma = "quick_check" if quick else "integrity_check"
    try:
        connection = sqlite3.connect(frozen_uri(path) if backup else read_only_uri(path), uri=True)
        try:
            rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}({int(limit)})")]
        finally:
            connection.close()
    except sqlite3.Error as exc:
        return [str(exc)]
    return [row for row in rows if row != "ok"]
