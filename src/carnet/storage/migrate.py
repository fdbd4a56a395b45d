"""Bringing a database file's schema up to this Carnet's, safely.

Order matters: the stored revision is read through a read-only connection first, so a file from a
newer Carnet (or not a Carnet file at all) is refused before anything could write to it; a backup copy
is written before any migration step runs.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from carnet.migrations import HEAD
from carnet.storage.backup import backup_database, default_backup_path
from carnet.storage.errors import (
    FOREIGN_SQLITE,
    NEWER,
    NOT_SQLITE,
    UNREADABLE,
    NewerSchema,
    NotACarnetDatabase,
    StorageError,
)
from carnet.storage.files import looks_like_sqlite
from carnet.storage.sqlite_uri import read_only_uri

SCRIPT_LOCATION = "carnet:migrations"


def stored_revision(path: Path) -> str | None:
    """The schema revision recorded in the file; None for a new, empty database.

    Raises `NotACarnetDatabase` for a non-SQLite file or a SQLite file with foreign tables only.
    """
    try:
        is_sqlite = looks_like_sqlite(path)
    except OSError as exc:
        raise StorageError(UNREADABLE, path=str(path), reason=exc.strerror or str(exc)) from exc
    if not is_sqlite:
        raise NotACarnetDatabase(NOT_SQLITE, path=str(path))
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                if tables:
                    raise NotACarnetDatabase(FOREIGN_SQLITE, path=str(path))
                return None
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise NotACarnetDatabase(NOT_SQLITE, path=str(path)) from exc
    return row[0] if row else None


def known_revisions() -> set[str]:

    return {script.revision for script in _script_directory().walk_revisions()}


def head_revision() -> str:
    return _script_directory().get_current_head() or ""


def _script_directory() -> "ScriptDirectory":  # noqa: F821, UP037 - imported lazily for start-up time
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def _config() -> "Config":  # noqa: F821, UP037
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return config


def ensure_current_schema(path: Path) -> Path | None:
    """Refuse a newer file, else migrate it to HEAD; returns the backup written before migrating."""
    revision = stored_revision(path)
    if revision == HEAD:
        return None
    if revision is not None and revision not in known_revisions():
        raise NewerSchema(NEWER, path=str(path), revision=revision)
    backup = None
    if revision is not None:
        backup = backup_database(path, default_backup_path(path, label=f"before-migration-from-{revision}"))
    upgrade(path)
    return backup


def upgrade(path: Path) -> None:
    """Run every pending migration in one transaction, foreign keys off (see `make_engine`)."""
    from alembic import command

    from carnet.storage.engine import make_engine

    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config = _config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        engine.dispose()
