"""One open Carnet database: the lock, the checked schema, the engine and its transactions.

SQLAlchemy is imported only when the first session is opened: the board's first paint reads through a
plain sqlite3 connection (`reader`), so the window shows before the ORM has even loaded.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from carnet.migrations import HEAD
from carnet.storage.errors import (
    CANNOT_OPEN,
    DAMAGED,
    MISSING,
    NEWER,
    NO_FOLDER,
    OUTDATED,
    READ_ONLY_FILE,
    READ_ONLY_FOLDER,
    WRITE_FAILED,
    DamagedDatabase,
    NewerSchema,
    ReadOnly,
    StorageError,
)
from carnet.storage.files import create_private_file, looks_like_sqlite
from carnet.storage.integrity import page_problems
from carnet.storage.lock import DatabaseLock
from carnet.storage.migrate import ensure_current_schema, known_revisions, stored_revision
from carnet.storage.sqlite_uri import read_only_uri

if TYPE_CHECKING:
    import sqlalchemy as sa
    from sqlmodel import Session

log = logging.getLogger(__name__)


class Database:
    """An open database file. Open with `Database.open`; close when done (or use ``with``)."""

    def __init__(self, path: Path, lock: DatabaseLock | None, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self._lock = lock
        self._engine: sa.Engine | None = None
        self._reader: sqlite3.Connection | None = None
        self.migration_backup: Path | None = None

    @property
    def engine(self) -> sa.Engine:
        """The SQLAlchemy engine, made on first use."""
        if self._engine is None:
            from carnet.storage.engine import make_engine

            self._engine = make_engine(self.path, read_only=self.read_only)
        return self._engine

    def reader(self) -> sqlite3.Connection:
        """A plain sqlite3 connection for the board's bulk reads; each statement sees the last commit."""
        if self._reader is None:
            if self.read_only:
                self._reader = sqlite3.connect(read_only_uri(self.path), uri=True, isolation_level=None)
            else:
                self._reader = sqlite3.connect(self.path, isolation_level=None)
            self._reader.execute("PRAGMA busy_timeout=5000")
            self._reader.execute("PRAGMA query_only=ON")  # it reads; the services write, through the engine
        return self._reader

    @classmethod
    def open(cls, path: Path, *, exclusive: bool = True, daily_backup: bool = True) -> Database:
        """Open (creating if needed) the database at ``path``.

        ``exclusive`` takes the single-instance lock: the GUI and commands that write do; read-only
        commands (check, backup) do not, so a backup from cron works while Carnet is open.
        ``daily_backup``: the day's automatic backup of an existing file, before anything writes to it.
        """
        path = Path(path).expanduser().absolute()
        if not path.parent.is_dir():
            raise StorageError(NO_FOLDER, folder=str(path.parent))
        _check_writable(path)
        lock = DatabaseLock(path) if exclusive else None
        if lock is not None:
            lock.acquire()
        try:
            if not path.exists():
                _create_database_file(path)
            else:
                _check_then_back_up(path, daily_backup)
            migration_backup = ensure_current_schema(path)
            database = cls(path, lock)
            database.migration_backup = migration_backup
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        log.info("opened %s", path)
        return database

    @classmethod
    def open_read_only(cls, path: Path) -> Database:
        """Open for reading only (``carnet check``): no lock, no migration, no write of any kind."""
        path = Path(path).expanduser().absolute()
        if not path.exists():
            raise StorageError(MISSING, path=str(path))
        revision = stored_revision(path)
        if revision != HEAD:
            if revision is not None and revision not in known_revisions():
                raise NewerSchema(NEWER, path=str(path), revision=revision)
            raise StorageError(OUTDATED, path=str(path))
        return cls(path, None, read_only=True)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One write transaction: committed on normal exit, rolled back whole on any exception.

        A failure of SQLite itself (disk full, file gone read-only, a constraint) comes out as a
        `StorageError` the user can read; nothing of the transaction is kept.
        """
        import sqlalchemy as sa
        from sqlmodel import Session

        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except (sqlite3.Error, sa.exc.DBAPIError) as exc:
            reason = exc.orig if isinstance(exc, sa.exc.DBAPIError) else exc
            raise StorageError(WRITE_FAILED, reason=str(reason)) from exc

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads; it writes nothing (its transaction is rolled back at the end)."""
        from sqlmodel import Session

        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    def release_connections(self) -> None:
        """Close every connection to the file but keep the lock (restoring a backup into it)."""
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def close(self) -> None:
        self.release_connections()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _check_writable(path: Path) -> None:
    """Refuse a read-only file or folder at open, with a message saying so, rather than at the first save."""
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise ReadOnly(READ_ONLY_FOLDER, folder=str(path.parent))
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise ReadOnly(READ_ONLY_FILE, path=str(path))


def _check_then_back_up(path: Path, daily_backup: bool) -> None:
    """Check the file's pages, then take the day's automatic backup, before anything (a migration included)
    can write to the file.

    A damaged file is refused with `DamagedDatabase`: never opened for writing, and never copied over the
    good backups that rotation keeps. The day's first open runs the full check (it reads the whole file,
    as the backup does anyway); later opens the quick one. A backup that cannot be written (full disk) must
    not lock the user out of their data: it is logged instead.
    """
    from datetime import datetime

    from carnet.storage.rotation import backup_due
    from carnet.storage.rotation import daily_backup as take_daily_backup

    now = datetime.now()
    try:
        if not path.is_file() or path.stat().st_size == 0 or not looks_like_sqlite(path):
            return  # new, or not SQLite at all: the schema check refuses the latter with a plainer message
    except OSError:
        return  # unreadable: the schema check says so
    due = daily_backup and backup_due(path, now)
    problems = page_problems(path, quick=not due)
    if problems:
        raise DamagedDatabase(DAMAGED, path=str(path), problem="; ".join(problems))
    if due:
        try:
            take_daily_backup(path, now)
        except StorageError as error:
            log.warning("automatic backup of %s failed: %s", path, error.message)


def _create_database_file(path: Path) -> None:
    try:
        create_private_file(path)
    except OSError as exc:
        raise StorageError(CANNOT_OPEN, path=str(path), reason=exc.strerror or str(exc)) from exc
