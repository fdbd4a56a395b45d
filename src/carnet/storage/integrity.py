"""SQLite's own integrity check, run without writing anything.

A failure that is not damage (the file is in use by another program, unreadable, read-only) is raised as
the `StorageError` that says so (`connections.classify`), never reported as a "problem" of the file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from carnet.storage.connections import classify, reading_connection
from carnet.storage.errors import DamagedDatabase

# SQLite refuses a damaged schema with a message quoting the damaged text, which Python's sqlite3 then fails to
# decode (a UnicodeDecodeError instead of the DatabaseError): the problem is said in SQLite's own words.
UNDECODABLE_SCHEMA = "malformed database schema (text that is not UTF-8)"


def integrity_problems(path: Path, limit: int = 20) -> list[str]:
    """What ``PRAGMA integrity_check`` finds wrong (and foreign keys pointing nowhere); empty when sound."""
    try:
        connection = reading_connection(path)
        connection.text_factory = _readable
        try:
            rows = [row[0] for row in connection.execute(f"PRAGMA integrity_check({int(limit)})")]
            dangling = connection.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        return _damage_or_raise(exc, path)
    except UnicodeDecodeError:
        return [UNDECODABLE_SCHEMA]
    problems = [one_line(row) for row in rows if row != "ok"]
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
        connection = reading_connection(path, frozen=backup)
        connection.text_factory = _readable
        try:
            rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}({int(limit)})")]
        finally:
            connection.close()
    except sqlite3.Error as exc:
        return _damage_or_raise(exc, path)
    except UnicodeDecodeError:
        return [UNDECODABLE_SCHEMA]
    return [one_line(row) for row in rows if row != "ok"]


def _readable(data: bytes) -> str:
    # A check's row names what it found damaged, bytes of the file included: shown with the undecodable bytes
    # replaced, never raised as a UnicodeDecodeError.
    return data.decode("utf-8", "replace")


def one_line(text: str) -> str:
    """SQLite's check rows span lines ('*** in database main ***\nOn tree page …'): one line for a message."""
    return " ".join(str(text).split())


def _damage_or_raise(exc: sqlite3.Error, path: Path) -> list[str]:
    error = classify(exc, path)
    if isinstance(error, DamagedDatabase):
        return [one_line(str(exc))]
    raise error from exc
