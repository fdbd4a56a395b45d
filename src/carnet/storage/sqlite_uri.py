"""SQLite URIs for opening a file without any chance of writing to it."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote


def read_only_uri(path: Path) -> str:
    return f"file:{quote(str(path.resolve()))}?mode=ro"


def frozen_uri(path: Path) -> str:
    """Read-only and immutable, for backup files, which nothing writes once made.

    Backups copied from a WAL database are WAL files too; a plain read-only open would leave -wal and
    -shm files beside each of them in ``backups/``. Immutable opens take no lock and create nothing.
    """
    return read_only_uri(path) + "&immutable=1"
