"""Consistent copies of a database with SQLite's online backup API (safe while Carnet writes)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from carnet.storage.errors import BACKUP_EXISTS, BACKUP_FAILED, BackupFailed
from carnet.storage.files import create_private_file, ensure_private_dir
from carnet.storage.sqlite_uri import read_only_uri

BACKUP_DIR_NAME = "backups"


def backups_dir(db_path: Path) -> Path:
    """The ``backups/`` folder beside the database."""
    return db_path.parent / BACKUP_DIR_NAME


def default_backup_path(db_path: Path, label: str = "", now: datetime | None = None) -> Path:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    suffix = f"-{label}" if label else ""
    return backups_dir(db_path) / f"{db_path.stem}-{stamp}{suffix}.sqlite3"


def backup_database(db_path: Path, dest: Path) -> Path:
    """Copy ``db_path`` to the new file ``dest`` (mode 0600); never overwrite an existing file.

    The source is opened read-only, so a backup never changes the database it copies.
    """
    ensure_private_dir(dest.parent)
    try:
        create_private_file(dest)
    except FileExistsError:
        raise BackupFailed(BACKUP_EXISTS, path=str(dest)) from None
    except OSError as exc:
        raise BackupFailed(BACKUP_FAILED, path=str(dest), reason=exc.strerror or str(exc)) from exc
    try:
        source = sqlite3.connect(read_only_uri(db_path), uri=True)
        try:
            target = sqlite3.connect(dest)
            try:
                source.backup(target)
                # A copy of a WAL database says WAL in its header: make it a single self-contained file, so
                # reading a backup never leaves -wal and -shm files beside it.
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
        finally:
            source.close()
    except sqlite3.Error as exc:
        dest.unlink(missing_ok=True)
        raise BackupFailed(BACKUP_FAILED, path=str(dest), reason=str(exc)) from exc
    return dest
