"""The single-instance lock: one Carnet per database *file*, whatever name it is opened by.

On Linux and macOS the lock is an OS lock (``flock``) on the database file itself, so it belongs to the file
(its device and inode), not to a name: a hard link, a symlink or a bind mount of the same file meets the same
lock. The OS drops it when the process dies, so a crash never leaves a stale lock, and no ``.lock`` file is
ever left beside the database. ``flock`` locks are separate from the POSIX (``fcntl``) byte-range locks
SQLite itself takes on the file, so the two never interfere on a local disk. SQLite's rule for POSIX locks
(closing *any* descriptor of the file drops the process's locks) is respected: the lock's descriptor is
opened before the first SQLite connection and closed only after the last one (`Database.close`).

Windows locks bytes mandatorily, which would stop SQLite from reading the locked range; there the lock stays
a sidecar file beside the *resolved* path (symlinks followed).

The lock alone cannot make two names of one file safe: SQLite keeps a write-ahead log per *name*
(``NAME-wal``), so a file opened by another name after a crash would miss the first name's log, and the log
would later be replayed over newer pages. `Database.open` therefore resolves symlinks and refuses a file with
more than one hard link (`HARD_LINKED`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from carnet.storage.errors import CANNOT_OPEN, LOCKED, DatabaseLocked, StorageError
from carnet.storage.files import PRIVATE_FILE


class DatabaseLock:
    """Held while a Carnet window (or a writing command) has the database open. ``db_path`` must exist."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = _open_lock_target(self.db_path)
        except OSError as exc:
            raise StorageError(CANNOT_OPEN, path=str(self.db_path), reason=exc.strerror or str(exc)) from exc
        try:
            _lock_nonblocking(fd)
        except OSError:
            os.close(fd)
            raise DatabaseLocked(LOCKED, path=str(self.db_path)) from None
        self._fd = fd

    def locks(self, path: Path) -> bool:
        """True while the lock is held on the very file now at ``path`` (not one renamed into its place)."""
        if self._fd is None:
            return False
        try:
            held, there = os.fstat(self._fd), os.stat(path)
        except OSError:
            return False
        return (held.st_dev, held.st_ino) == (there.st_dev, there.st_ino) or sys.platform == "win32"

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _open_lock_target(db_path: Path) -> int:
        sidecar = db_path.resolve().with_name(db_path.resolve().name + ".lock")
        return os.open(sidecar, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)

    def _lock_nonblocking(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _open_lock_target(db_path: Path) -> int:
        # Read-only is enough for flock, and O_NOFOLLOW: the caller has resolved the name already.
        return os.open(db_path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)

    def _lock_nonblocking(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
