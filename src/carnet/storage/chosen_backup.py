"""A backup file chosen anywhere (File ▸ Restore from Backup… ▸ Browse…, a USB disk, say), taken in for a restore.

The chosen file is never opened, only read byte by byte into a private copy in ``backups/`` (a temporary
name that `backup.remove_leftovers` clears if Carnet is killed meanwhile); everything else — the checks,
the contact count, the restore itself — works on that copy. So the chosen file cannot be changed (SQLite
would otherwise replay or create a journal beside it), a disk unplugged halfway cannot break the restore,
and what is restored is exactly what was checked. The copy then goes the way of any listed backup
(`rotation.restore_backup`), and is deleted afterwards (`ChosenBackup.discard`).
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from carnet.domain.errors import CarnetError
from carnet.storage.backup import PARTIAL_SUFFIX, backups_dir, remove_partial
from carnet.storage.connections import classify
from carnet.storage.errors import NOT_A_FILE, NOT_READABLE, UNREADABLE, StorageError
from carnet.storage.files import PRIVATE_FILE, ensure_private_dir, looks_like_sqlite
from carnet.storage.rotation import STAMP_FORMAT, BackupInfo, check_backup

THE_OPEN_BOOK = "{path} is the contact book open in this window, not a backup of it: choose a backup file."
COPY_FAILED = "Carnet could not copy {path} into {folder} to check it ({reason}). Nothing was changed."
# The stamp Carnet puts in a backup's name ("carnet-auto-20240630-200000.sqlite3"): a truer date than the
# file's, which a copy to another disk may have set to the day of the copy.
_STAMP = re.compile(r"(\d{8}-\d{6})")


@dataclass(frozen=True)
class ChosenBackup(BackupInfo):
    """A chosen file taken in: ``path`` is Carnet's private copy of ``original``, the file the user chose."""

    original: Path

    def discard(self) -> None:
        """Delete the private copy (after the restore, or when the user chose another file or cancelled)."""
        remove_partial(self.path)


def take_in(chosen: Path, db_path: Path) -> ChosenBackup:
    """A checked private copy of ``chosen``, ready to restore into ``db_path``; ``chosen`` is only read.

    Refused with the error that says what is true, naming ``chosen``: not a file, unreadable, not a Carnet
    book (`NotACarnetDatabase`), damaged (`DamagedDatabase`), written by a newer Carnet (`NewerSchema`), or
    the very book that is open.
    """
    chosen = Path(chosen).expanduser().absolute()
    try:
        status = chosen.stat()
        if not stat.S_ISREG(status.st_mode):  # a FIFO would block the copy forever
            raise StorageError(NOT_A_FILE, path=str(chosen))
        if db_path.exists() and os.path.samefile(chosen, db_path):
            raise StorageError(THE_OPEN_BOOK, path=str(chosen))
    except OSError as exc:
        raise StorageError(UNREADABLE, path=str(chosen), reason=exc.strerror or str(exc)) from exc
    if not os.access(chosen, os.R_OK):
        raise StorageError(NOT_READABLE, path=str(chosen))
    copy = backups_dir(db_path) / f".{chosen.name}.{os.getpid()}{PARTIAL_SUFFIX}"
    try:
        _copy_bytes(chosen, copy)
        contacts = check_backup(copy)
    except CarnetError as error:
        remove_partial(copy)
        raise _naming(error, chosen) from error
    except BaseException:
        remove_partial(copy)
        raise
    return ChosenBackup(path=copy, taken_at=_taken_at(chosen, status.st_mtime), automatic=False,
                        contacts=contacts, size=status.st_size, original=chosen)


def _copy_bytes(chosen: Path, copy: Path) -> None:
    """``chosen`` (and its write-ahead log, if one lies beside it) into the private file ``copy``, as one book.

    A book copied while Carnet had it open may have its last changes in ``<name>-wal``: that is copied too,
    then folded into the copy, whose journal mode is set back to a rollback journal, as a backup's is (a
    backup is then read immutable, creating nothing beside it). Only the copy is opened by SQLite.
    """
    wal = chosen.with_name(chosen.name + "-wal")
    try:
        ensure_private_dir(copy.parent)
        remove_partial(copy)  # this process's own copy of an earlier choice of the same name
        _copy_file(chosen, copy)
        has_wal = wal.is_file() and wal.stat().st_size > 0 and looks_like_sqlite(copy)
        if has_wal:
            _copy_file(wal, copy.with_name(copy.name + "-wal"))
    except _Unreadable as unreadable:
        exc = unreadable.error
        raise StorageError(UNREADABLE, path=str(chosen), reason=exc.strerror or str(exc)) from exc
    except OSError as exc:  # writing the copy: a full disk, a backups folder that is not the user's
        raise StorageError(COPY_FAILED, path=str(chosen), folder=str(copy.parent),
                           reason=exc.strerror or str(exc)) from exc
    if not has_wal:
        return  # nothing to fold in; `check_backup` says what a file that is no SQLite file is
    try:
        connection = sqlite3.connect(copy, isolation_level=None)
        try:
            connection.execute("PRAGMA journal_mode=DELETE")  # replays the log into the copy, then drops it
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise classify(exc, chosen) from exc


class _Unreadable(Exception):
    """Reading the chosen file failed (as opposed to writing the copy): the two are said differently."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


def _copy_file(source: Path, target: Path) -> None:
    try:
        read = source.open("rb")
    except OSError as exc:
        raise _Unreadable(exc) from exc
    with read:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        with os.fdopen(fd, "wb") as written:
            while True:
                try:
                    block = read.read(1 << 20)
                except OSError as exc:
                    raise _Unreadable(exc) from exc
                if not block:
                    break
                written.write(block)


def _naming(error: CarnetError, chosen: Path) -> CarnetError:
    """The same refusal, naming the file the user chose rather than Carnet's hidden copy of it."""
    if "path" not in error.args_map:
        return error
    return type(error)(error.template, **{**error.args_map, "path": str(chosen)})


def _taken_at(chosen: Path, modified: float) -> datetime:
    match = _STAMP.search(chosen.name)
    if match:
        try:
            return datetime.strptime(match.group(1), STAMP_FORMAT)
        except ValueError:
            pass
    return datetime.fromtimestamp(modified)
