"""Plain sqlite3 connections that cannot write, and SQLite's failures told apart for the user.

SQLite says "database is locked" both when another program holds the file and when it waits too long for
one; neither is damage. Every check and read goes through `reading_connection` and turns a failure into the
error that says what is true (`classify`): in use, read-only, unreadable, full, or really damaged.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from carnet.storage.errors import (
    DAMAGED,
    DISK_FULL,
    IN_USE,
    NOT_READABLE,
    READ_ONLY_FILE,
    UNREADABLE,
    DamagedDatabase,
    DatabaseBusy,
    ReadOnly,
    StorageError,
)
from carnet.storage.sqlite_uri import frozen_uri, read_only_uri

# How long a check waits for another program's lock before saying the file is in use: long enough for a
# short write by another Carnet to finish, short enough that a command never seems to hang.
CHECK_TIMEOUT_S = 2.0

# SQLite's primary result codes (its "Result and Error Codes" page); extended codes are masked to these.
_PERM, _BUSY, _LOCKED, _NOMEM, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _PROTOCOL, _NOTADB = (
    3, 5, 6, 7, 8, 10, 11, 13, 14, 15, 26)


def reading_connection(path: Path, *, frozen: bool = False, timeout: float = CHECK_TIMEOUT_S) -> sqlite3.Connection:
    """A connection that writes nothing to the database and leaves no file beside it once closed.

    ``mode=ro`` alone is not enough: a read-only connection to a WAL database creates its -wal and -shm
    files and, as it may not checkpoint, leaves them behind. A read-write connection with ``query_only``
    writes no page either, and when it is the last one to close, SQLite itself removes both files, with its
    own locking, whoever else has the file open. But that last close also checkpoints the WAL into the
    file: when a -wal is already there (another Carnet has the file open, or one was killed), a read must
    not fold it into the file — it may be the journal of a damaged file, kept aside at a restore — so
    ``mode=ro`` is used, which creates nothing the WAL's owner does not already have. ``mode=ro`` is used
    too where the file or its folder is not writable (nothing can be created there anyway). ``frozen`` is
    for backups only, files no process writes: immutable, no lock, nothing created (`frozen_uri`).
    """
    if frozen:
        return sqlite3.connect(frozen_uri(path), uri=True, timeout=timeout, isolation_level=None)
    writable = os.access(path, os.R_OK | os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)
    if writable and not _has_wal(path):
        connection = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    else:
        connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=timeout, isolation_level=None)
    try:
        connection.execute("PRAGMA query_only=ON")
    except sqlite3.Error:
        connection.close()
        raise
    return connection


def _has_wal(path: Path) -> bool:
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except OSError:
        return False


# SQLite's primary codes for what the user's environment causes (busy, read-only, I/O, damage, full, cannot
# open, permissions, out of memory): everything else (SQLITE_ERROR's syntax errors and missing tables, a
# constraint, a misuse, a type mismatch) means the code asked for something wrong.
_ENVIRONMENT = frozenset(
    {_PERM, _BUSY, _LOCKED, _NOMEM, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _PROTOCOL, _NOTADB})


def is_environment(exc: BaseException) -> bool:
    """True when SQLite failed because of the machine or the file, not because of Carnet's own code."""
    return isinstance(exc, sqlite3.Error) and _primary(exc) in _ENVIRONMENT


def is_busy(exc: BaseException) -> bool:
    """SQLite gave up waiting for a lock another connection holds."""
    return isinstance(exc, sqlite3.Error) and _primary(exc) in (_BUSY, _LOCKED)


def classify(exc: sqlite3.Error, path: Path) -> StorageError:
    """The error to show for a failure of SQLite on ``path``: what is true, not "damaged" for everything."""
    code = _primary(exc)
    if code in (_BUSY, _LOCKED):
        return DatabaseBusy(IN_USE, path=str(path))
    if code == _READONLY:
        return ReadOnly(READ_ONLY_FILE, path=str(path))
    if code == _FULL:
        return StorageError(DISK_FULL, path=str(path))
    if code == _PERM or (code == _CANTOPEN and path.exists() and not os.access(path, os.R_OK)):
        return StorageError(NOT_READABLE, path=str(path))
    if code == _CANTOPEN:
        return StorageError(UNREADABLE, path=str(path), reason=str(exc))
    return DamagedDatabase(DAMAGED, path=str(path), problem=str(exc))


def _primary(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF
