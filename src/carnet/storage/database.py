"""One open Carnet database: the lock, the checked schema, the engine and its transactions.

SQLAlchemy is imported only when the first session is opened: the board's first paint reads through a
plain sqlite3 connection (`reader`), so the window shows before the ORM has even loaded.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from carnet.domain.errors import CarnetError
from carnet.migrations import HEAD
from carnet.paths import log_dir
from carnet.storage.backup import remove_leftovers
from carnet.storage.connections import is_busy, is_environment, reading_connection
from carnet.storage.errors import (
    CANNOT_OPEN,
    DAMAGED,
    DANGLING_LINK,
    EMPTY,
    EMPTY_NO_BACKUP,
    HARD_LINKED,
    IN_USE_WRITE,
    INTERNAL_ERROR,
    IS_FOLDER,
    LOCKED,
    MISSING,
    NEWER,
    NO_FOLDER,
    NOT_A_FILE,
    NOT_READABLE,
    OUTDATED,
    READ_ONLY_FILE,
    READ_ONLY_FOLDER,
    WRITE_FAILED,
    DamagedDatabase,
    DatabaseBusy,
    DatabaseLocked,
    EmptyDatabase,
    InternalError,
    NewerSchema,
    ReadOnly,
    StorageError,
)
from carnet.storage.files import create_private_file, looks_like_sqlite
from carnet.storage.integrity import page_problems
from carnet.storage.lock import DatabaseLock
from carnet.storage.migrate import ensure_current_schema, known_revisions, stored_revision
from carnet.storage.sql import search as search_sql
from carnet.thread_priority import give_way_to_the_window

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
        #: Why the day's automatic backup could not be written at open (shown to the user), or None.
        self.backup_warning: CarnetError | None = None
        #: How many write transactions have ended (and restores happened) through this object: a read made
        #: on another thread keeps the value it began with, and a view drops a result read before a write
        #: (`carnet.ui.read_worker`).
        self.generation = 0
        #: The open's check and backup, when left until after the first paint (``Database.open(defer_check=)``).
        self.startup_check: StartupCheck | None = None

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
            # It reads; the services write, through the engine (query_only, set by reading_connection).
            self._reader = reading_connection(self.path, timeout=5.0)
        return self._reader

    @classmethod
    def open(
        cls, path: Path, *, exclusive: bool = True, daily_backup: bool = True, allow_empty: bool = False,
        defer_check: bool = False,
    ) -> Database:
        """Open (creating if needed) the database at ``path``.

        ``exclusive`` takes the single-instance lock: the GUI and commands that write do; read-only
        commands (check, backup) do not, so a backup from cron works while Carnet is open.
        ``daily_backup``: the day's automatic backup of an existing file, before anything writes to it.
        ``allow_empty``: an existing 0-byte file may become a new database (the user said so); otherwise it
        is refused with `EmptyDatabase`, as it is more likely a lost book than a new one.
        A symlink is followed: the database, its journal, its lock and its backups live beside the real file.
        ``defer_check`` (the window): when no migration is due, the check of the pages and the day's backup,
        which read the whole file (1.6 s at 100,000 contacts), are left to `StartupCheck` (``startup_check``),
        run on a thread once the board is painted; every write waits for it to pass (`wait_until_checked`),
        reads do not.
        """
        path = usable_path(path)
        created = _create_if_missing(path)
        lock = DatabaseLock(path) if exclusive else None
        if lock is not None:
            lock.acquire()
        try:
            if lock is not None and not lock.locks(path):  # renamed or replaced between the two steps
                raise DatabaseLocked(LOCKED, path=str(path))
            _refuse_extra_names(path)
            if lock is not None:
                _make_private(path)
                remove_leftovers(path)
            warning = None
            deferred = None
            if not created:
                _refuse_empty(path, allow_empty=allow_empty)
                if defer_check and _current_schema(path):
                    deferred = StartupCheck(path, daily_backup)
                else:
                    warning = _check_then_back_up(path, daily_backup, allow_empty=allow_empty)
            migration_backup = ensure_current_schema(path)
            database = cls(path, lock)
            database.migration_backup = migration_backup
            database.backup_warning = warning
            database.startup_check = deferred
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        log.info("opened %s", path)
        return database

    @classmethod
    def open_read_only(cls, path: Path, *, pages_checked: bool = False) -> Database:
        """Open for reading only (``carnet check``, ``export``): no lock, no migration, no write of any kind.

        The pages are checked first (``quick_check``): a command that reads every row must not stumble on
        a damaged file halfway. ``pages_checked``: the caller has just run the full integrity check.
        """
        path = Path(path).expanduser().absolute()
        if not path.exists() and not path.is_symlink():
            raise StorageError(MISSING, path=str(path))
        path = usable_path(path, writing=False)
        if path.stat().st_size == 0:
            raise EmptyDatabase(EMPTY, path=str(path))
        revision = stored_revision(path)
        if revision != HEAD:
            if revision is not None and revision not in known_revisions():
                raise NewerSchema(NEWER, path=str(path), revision=revision)
            raise StorageError(OUTDATED, path=str(path))
        problems = [] if pages_checked else page_problems(path, quick=True)
        if problems:
            raise DamagedDatabase(DAMAGED, path=str(path), problem="; ".join(problems))
        return cls(path, None, read_only=True)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One write transaction: committed on normal exit, rolled back whole on any exception.

        A failure of the environment (disk full, file gone read-only, I/O, another program's lock) comes out as
        a `StorageError` the user can read; a failure of Carnet's own code (bad SQL, a constraint it should
        have kept) as an `InternalError`, logged with its traceback. Nothing of the transaction is kept.
        """
        import sqlalchemy as sa
        from sqlmodel import Session

        self.wait_until_checked()
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
                _bring_search_up_to_date(session)
        except (sqlite3.Error, sa.exc.DBAPIError) as exc:
            reason: BaseException = exc.orig if isinstance(exc, sa.exc.DBAPIError) and exc.orig else exc
            if is_busy(reason):
                raise DatabaseBusy(IN_USE_WRITE, path=str(self.path)) from exc
            if is_environment(reason):
                raise StorageError(WRITE_FAILED, reason=str(reason)) from exc
            log.error("internal error in a write transaction", exc_info=exc)
            raise InternalError(INTERNAL_ERROR, reason=str(reason), log=str(log_dir() / "carnet.log")) from exc
        finally:
            # Committed or not: a read begun before now is read again (a rollback only costs that read).
            self.generation += 1

    def write_back_deletions(self) -> bool:
        """Copy the committed pages into the database file and empty the write-ahead log (after an erasure
        written with ``secure_delete``: the erased bytes then exist in neither file). False if another
        connection's read kept part of the log; the next checkpoint finishes it."""
        import sqlalchemy as sa

        self.wait_until_checked()
        try:
            with self.engine.connect() as connection:
                busy, _, _ = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        except (sqlite3.Error, sa.exc.DBAPIError):
            log.warning("could not write the log back into %s", self.path, exc_info=True)
            return False
        return not busy

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads; it writes nothing (its transaction is rolled back at the end).

        A row SQLite's checks cannot see is damaged (undecodable text, a number where a date belongs) fails
        here as SQLite's own error or a `ValueError`, never as SQLAlchemy's wrapper or a `TypeError`: the
        callers and the error report then call it damage, not a bug.
        """
        import sqlalchemy as sa
        from sqlmodel import Session

        try:
            with Session(self.engine, expire_on_commit=False) as session:
                yield session
        except sa.exc.DBAPIError as exc:
            if isinstance(exc.orig, sqlite3.Error):
                raise exc.orig from exc
            raise
        except TypeError as exc:
            if _raised_by_sqlalchemy(exc):
                raise ValueError(f"a stored value has the wrong type ({exc})") from exc
            raise

    def wait_until_checked(self) -> None:
        """Return once the open's deferred check has passed (and the day's backup is written): at once when
        there is none or it is done. A damaged file raises its `DamagedDatabase` here, so nothing writes to it."""
        if self.startup_check is not None:
            self.startup_check.wait()

    def release_connections(self) -> None:
        """Close every connection to the file but keep the lock (restoring a backup into it)."""
        if self.startup_check is not None:
            self.startup_check.join()  # a restore writes the file: never under the check's or backup's reads
        self.generation += 1  # what comes next may be another book's content
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


def _bring_search_up_to_date(session: Session) -> None:
    """Write the search index's rows of the contacts this transaction changed, before it commits (the
    triggers of migration 0003 noted them: see `carnet.storage.sql.search`)."""
    session.flush()  # the ORM's pending writes, and so their triggers, first
    connection = session.connection()
    if connection.exec_driver_sql(search_sql.ANY_STALE).scalar():
        for statement in search_sql.CATCH_UP:
            connection.exec_driver_sql(statement)


def _raised_by_sqlalchemy(exc: BaseException) -> bool:
    """The innermost Python frame of the traceback is SQLAlchemy's (its result processors convert values)."""
    trace = exc.__traceback__
    last = None
    while trace is not None:
        last = trace.tb_frame.f_code.co_filename
        trace = trace.tb_next
    return last is not None and f"{os.sep}sqlalchemy{os.sep}" in last


def usable_path(path: Path, *, writing: bool = True) -> Path:
    """The real file behind ``path`` (symlinks resolved), refused with a message that says what is wrong.

    Refused: a link to nothing, a folder, a device or pipe, a file the user may not read, and for writing
    a read-only file or folder. Nothing is created or changed here.
    """
    path = Path(path).expanduser().absolute()
    if path.is_symlink() and not path.exists():
        raise StorageError(DANGLING_LINK, path=str(path), target=os.readlink(path))
    real = path.resolve()
    if not real.parent.is_dir():
        raise StorageError(NO_FOLDER, folder=str(real.parent))
    if real.is_dir():
        raise StorageError(IS_FOLDER, path=str(path))
    if real.exists():
        if not real.is_file():
            raise StorageError(NOT_A_FILE, path=str(path))
        if not os.access(real, os.R_OK):
            raise StorageError(NOT_READABLE, path=str(real))
    if writing:
        if not os.access(real.parent, os.W_OK | os.X_OK):
            raise ReadOnly(READ_ONLY_FOLDER, folder=str(real.parent))
        if real.exists() and not os.access(real, os.W_OK):
            raise ReadOnly(READ_ONLY_FILE, path=str(real))
    return real


def _create_if_missing(path: Path) -> bool:
    """Create a new private, empty database file; False when the file was already there."""
    try:
        create_private_file(path)
    except FileExistsError:
        return False
    except OSError as exc:
        raise StorageError(CANNOT_OPEN, path=str(path), reason=exc.strerror or str(exc)) from exc
    return True


def _make_private(path: Path) -> None:
    """Tighten a database the user made readable by others (``touch``, a copy): it holds their contacts,
    and SQLite gives its -wal and -shm the database's mode. Only the owner's own file is changed."""
    for item in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            status = item.stat()
            if status.st_mode & 0o077 and status.st_uid == os.geteuid():
                item.chmod(0o600)
        except (OSError, AttributeError):  # missing companion; os.geteuid does not exist on Windows
            pass


def _refuse_extra_names(path: Path) -> None:
    links = path.stat().st_nlink
    if links > 1:
        raise StorageError(HARD_LINKED, path=str(path), links=links)


def _refuse_empty(path: Path, *, allow_empty: bool) -> None:
    """An existing 0-byte file is more likely a lost book than a new one: refused unless the user agreed."""
    if path.stat().st_size == 0 and not allow_empty:
        from carnet.storage.rotation import list_backups

        has_backups = any(backup.contacts is not None for backup in list_backups(path))
        raise EmptyDatabase(EMPTY if has_backups else EMPTY_NO_BACKUP, path=str(path))


def _current_schema(path: Path) -> bool:
    """A SQLite file at Carnet's schema revision, which the open will not migrate (a migration writes, so its
    check may not wait). Anything unusual (unreadable, not SQLite, empty) says no: the open checks it at once."""
    try:
        return path.stat().st_size > 0 and looks_like_sqlite(path) and stored_revision(path) == HEAD
    except (OSError, sqlite3.Error, CarnetError):
        return False


class StartupCheck:
    """The open's check of the pages and the day's automatic backup, run after the first paint (issue 19).

    The promises of `_check_then_back_up` hold: the backup is taken only once the check has passed (a damaged
    file is never copied over the good backups rotation keeps), and nothing writes to the file before both
    are done — every write waits (`wait`), and a damaged file's writes are refused with its `DamagedDatabase`.
    Reads do not wait: the board is read and painted meanwhile. A book found busy by the check (another
    program's lock) is checked again, here and now, by the first write.
    """

    def __init__(self, path: Path, daily_backup: bool) -> None:
        self.path = path
        self.daily_backup = daily_backup
        self.damage: DamagedDatabase | None = None
        #: Why the day's backup could not be written (shown to the user), or None.
        self.backup_warning: CarnetError | None = None
        self._busy: DatabaseBusy | None = None
        self._done = threading.Event()
        self._lock = threading.Lock()  # one run at a time: the thread's, or a write's after a busy file
        self._thread: threading.Thread | None = None

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def start(self) -> None:
        """Run the check on a thread of its own (once)."""
        if self._thread is None and not self.done:
            self._thread = threading.Thread(target=self.run, name="carnet-startup-check", daemon=True)
            self._thread.start()

    def run(self) -> None:
        give_way_to_the_window()  # a thread of its own (`start`), or the window's thread waiting for it: then nothing
        with self._lock:
            if self.done:
                return
            try:
                self.backup_warning = _check_then_back_up(self.path, self.daily_backup, allow_empty=True)
            except DamagedDatabase as error:
                log.error("the pages of %s are damaged: %s", self.path, error.message)
                self.damage = error
            except DatabaseBusy as error:  # not damage: the first write checks again
                self._busy = error
            except CarnetError as error:  # an unreadable file is no sound file: refused like damage
                self.damage = DamagedDatabase(DAMAGED, path=str(self.path), problem=str(error))
            except BaseException as error:  # never a thread's traceback: a check that failed did not pass
                log.exception("the open's check of %s failed", self.path)
                self.damage = DamagedDatabase(DAMAGED, path=str(self.path), problem=str(error))
            finally:
                self._done.set()

    def join(self) -> None:
        """Wait for a check under way, if any (closing, restoring), on whichever thread it runs."""
        with self._lock:
            pass

    def wait(self) -> None:
        """Return once the check has passed and the backup is written; raise the file's damage otherwise."""
        if not self.done:
            if self._thread is None:
                self.run()  # not started yet (a write before the first paint): check now
            self._done.wait()
        if self._busy is not None:
            self._busy = None
            self._done.clear()
            self.run()  # the check could not read the file then: now, before this write
            if self._busy is not None:
                error, self._busy = self._busy, None
                self._done.clear()  # the next write tries again
                raise error
        if self.damage is not None:
            raise self.damage


def _check_then_back_up(path: Path, daily_backup: bool, *, allow_empty: bool) -> CarnetError | None:
    """Check the file's pages, then take the day's automatic backup, before anything (a migration included)
    can write to the file; returns why the backup could not be written, if it could not.

    A damaged file is refused with `DamagedDatabase`: never opened for writing, and never copied over the
    good backups that rotation keeps. The day's first open runs the full check (it reads the whole file,
    as the backup does anyway); later opens the quick one. A backup that cannot be written (full disk, a
    ``backups`` folder the user may not write) must not lock the user out of their data: it is returned, to
    be shown as a warning.
    """
    from datetime import datetime

    from carnet.storage.rotation import backup_due
    from carnet.storage.rotation import daily_backup as take_daily_backup

    now = datetime.now()
    if path.stat().st_size == 0:
        if allow_empty:
            return None
        from carnet.storage.rotation import list_backups

        has_backups = any(backup.contacts is not None for backup in list_backups(path))
        raise EmptyDatabase(EMPTY if has_backups else EMPTY_NO_BACKUP, path=str(path))
    if not looks_like_sqlite(path):
        return None  # not SQLite at all: the schema check refuses it with a plainer message
    due = daily_backup and backup_due(path, now)
    problems = page_problems(path, quick=not due)
    if problems:
        raise DamagedDatabase(DAMAGED, path=str(path), problem="; ".join(problems))
    if due:
        try:
            take_daily_backup(path, now)
        except DatabaseBusy:
            raise
        except StorageError as error:
            log.warning("automatic backup of %s failed: %s", path, error.message)
            return error
    return None
