"""Consistent copies of a database with SQLite's online backup API (safe while Carnet writes).

A copy is written under a temporary name (``backups/.<name>.<pid>.partial``), checked, and only then
renamed to its real name: a process killed halfway, a full disk or a failed check never leaves a file that
looks like a backup. Temporary files of a process that is gone are removed at the next open
(`remove_leftovers`).
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

from carnet.storage.connections import classify, is_busy, reading_connection
from carnet.storage.errors import BACKUP_EXISTS, BACKUP_FAILED, IN_USE, NOT_A_FOLDER, BackupFailed, DatabaseBusy
from carnet.storage.files import create_private_file, ensure_private_dir, fsync_folder

BACKUP_DIR_NAME = "backups"
PARTIAL_SUFFIX = ".partial"
# A source another program keeps locked is retried this long, then the backup says the file is in use.
BUSY_DEADLINE_S = 10.0
# A temporary copy and what SQLite may leave beside it when the copying process is killed: its rollback
# journal, or (a copy of a WAL database says WAL in its header until it is switched) its -wal and -shm.
_PARTIAL = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)" + re.escape(PARTIAL_SUFFIX) + r"(?:-journal|-wal|-shm)?$")
_COMPANIONS = ("", "-journal", "-wal", "-shm")


def backups_dir(db_path: Path) -> Path:
    """The ``backups/`` folder beside the database."""
    return db_path.parent / BACKUP_DIR_NAME


def default_backup_path(db_path: Path, label: str = "", now: datetime | None = None) -> Path:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    suffix = f"-{label}" if label else ""
    return backups_dir(db_path) / f"{db_path.stem}-{stamp}{suffix}.sqlite3"


def free_backup_path(db_path: Path, label: str) -> Path:
    """`default_backup_path`, a second later for each name already taken: a start interrupted during its
    migration and tried again within the same second must still get its own copy (never overwrite)."""
    now = datetime.now()
    for seconds in range(60):
        path = default_backup_path(db_path, label, now + timedelta(seconds=seconds))
        if not path.exists() and not path.is_symlink():
            return path
    return default_backup_path(db_path, label, now)  # backup_database refuses it, saying why


class _GiveUp(Exception):
    """Raised from the backup's progress callback to stop waiting for a source another program holds."""


def backup_database(db_path: Path, dest: Path) -> Path:
    """Copy ``db_path`` to the new file ``dest`` (mode 0600); never overwrite an existing file.

    The source is read through `reading_connection`, so a backup never changes the database it copies
    and leaves nothing beside it. The copy is checked (``quick_check``) before it takes its name.
    """
    partial = dest.with_name(f".{dest.name}.{os.getpid()}{PARTIAL_SUFFIX}")
    try:
        if dest.exists() or dest.is_symlink():
            raise BackupFailed(BACKUP_EXISTS, path=str(dest))
        if dest.parent.exists() and not dest.parent.is_dir():
            raise BackupFailed(BACKUP_FAILED, path=str(dest), reason=NOT_A_FOLDER.format(path=dest.parent))
        ensure_private_dir(dest.parent)
        create_private_file(partial)
    except OSError as exc:
        raise BackupFailed(BACKUP_FAILED, path=str(dest), reason=exc.strerror or str(exc)) from exc
    try:
        _copy(db_path, partial)
        _check_copy(partial, dest)
        _put_in_place(partial, dest)
    except BaseException:
        remove_partial(partial)
        raise
    return dest


def _copy(db_path: Path, partial: Path) -> None:
    deadline = time.monotonic() + BUSY_DEADLINE_S

    def give_up_when_held_too_long(status: int, _remaining: int, _total: int) -> None:
        # Python's backup retries a busy source forever; a command must return.
        if status in (5, 6) and time.monotonic() > deadline:
            raise _GiveUp

    try:
        source = reading_connection(db_path)
        try:
            target = sqlite3.connect(partial, isolation_level=None)
            try:
                source.backup(target, pages=256, progress=give_up_when_held_too_long)
                # A copy of a WAL database says WAL in its header: make it a single self-contained file, so
                # reading a backup never leaves -wal and -shm files beside it.
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
        finally:
            source.close()
    except _GiveUp:
        raise DatabaseBusy(IN_USE, path=str(db_path)) from None
    except sqlite3.Error as exc:
        if is_busy(exc):
            raise DatabaseBusy(IN_USE, path=str(db_path)) from exc
        raise BackupFailed(BACKUP_FAILED, path=str(partial.parent), reason=classify(exc, db_path).message) from exc


def _check_copy(partial: Path, dest: Path) -> None:
    try:
        connection = reading_connection(partial, frozen=True)
        try:
            result = connection.execute("PRAGMA quick_check(1)").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error as exc:
        result = str(exc)
    if result != "ok":
        raise BackupFailed(BACKUP_FAILED, path=str(dest), reason=f"the copy does not pass its check: {result}")


def _put_in_place(partial: Path, dest: Path) -> None:
    """Give the checked copy its name without ever replacing a file that took the name meanwhile."""
    try:
        fd = os.open(partial, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(partial, dest)  # fails if dest exists: no check-then-rename race
            partial.unlink()
        except FileExistsError:
            raise BackupFailed(BACKUP_EXISTS, path=str(dest)) from None
        except OSError:  # a file system without hard links (FAT, some network shares)
            if dest.exists():
                raise BackupFailed(BACKUP_EXISTS, path=str(dest)) from None
            partial.rename(dest)
        fsync_folder(dest.parent)
    except OSError as exc:
        raise BackupFailed(BACKUP_FAILED, path=str(dest), reason=exc.strerror or str(exc)) from exc


def remove_partial(partial: Path) -> None:
    """Remove a temporary copy and whatever SQLite left beside it."""
    for extra in _COMPANIONS:
        with contextlib.suppress(OSError):
            partial.with_name(partial.name + extra).unlink(missing_ok=True)


def remove_leftovers(db_path: Path) -> list[Path]:
    """Remove the temporary files of copies whose process is gone (killed mid-copy); returns them.

    Backups make theirs in ``backups/``; a restore at start makes its copy beside the database.
    """
    removed = []
    for folder in (backups_dir(db_path), db_path.parent):
        try:
            names = [entry.name for entry in os.scandir(folder)]
        except OSError:
            continue
        for name in names:
            match = _PARTIAL.match(name)
            if match is None or process_alive(int(match["pid"])):
                continue
            if folder == db_path.parent and match["name"] != db_path.name:
                continue  # another database's, in a shared folder: its own open removes it
            removed += _unlink([folder / name])
    return removed


def prune_labelled_backups(db_path: Path, label_prefix: str, *, keep: int) -> list[Path]:
    """Keep only the newest ``keep`` manual backups whose label starts with ``label_prefix``; returns the others.

    Used for the copies Carnet takes by itself (before a migration): each is a full copy, and an upgrade
    interrupted again and again would otherwise add one every time.
    """
    pattern = re.compile(rf"^{re.escape(db_path.stem)}-(\d{{8}}-\d{{6}})-{re.escape(label_prefix)}.*\.sqlite3$")
    folder = backups_dir(db_path)
    try:
        found = sorted((match[1], entry.name) for entry in os.scandir(folder)
                       if (match := pattern.match(entry.name)) and entry.is_file())
    except OSError:
        return []
    return _unlink([folder / name for _, name in found[: max(0, len(found) - keep)]])


def _unlink(paths: list[Path]) -> list[Path]:
    """Delete what can be deleted; returns what was (a file another process removed first is no failure)."""
    removed = []
    for path in paths:
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            pass
    return removed


def process_alive(pid: int) -> bool:
    """Whether a process ``pid`` may still be running (this one, another user's, or Windows: yes)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - os.kill(pid, 0) would terminate the process there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, but another user's
    return True
