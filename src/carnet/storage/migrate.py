"""Bringing a database file's schema up to this Carnet's, safely.

Order matters: the stored revision is read through a read-only connection first, so a file from a
newer Carnet (or not a Carnet file at all) is refused before anything could write to it; a backup copy
is written before any migration step runs.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from carnet.migrations import HEAD
from carnet.storage.backup import backup_database, free_backup_path, prune_labelled_backups
from carnet.storage.connections import classify, reading_connection
from carnet.storage.errors import (
    FOREIGN_SQLITE,
    NEWER,
    NO_REVISION,
    NOT_SQLITE,
    UNREADABLE,
    DamagedDatabase,
    NewerSchema,
    NotACarnetDatabase,
    StorageError,
)
from carnet.storage.files import looks_like_sqlite

if TYPE_CHECKING:  # imported at run time inside the functions that need them, for start-up time
    from alembic.config import Config
    from alembic.script import ScriptDirectory

SCRIPT_LOCATION = "carnet:migrations"
BEFORE_MIGRATION = "before-migration-from-"
# Copies taken before a migration are kept (the user may want the old file back), but an upgrade that is
# interrupted again and again must not fill the disk with them: the newest few are enough.
KEEP_BEFORE_MIGRATION = 3
# Tables every Carnet schema has had since revision 0001: a file with an alembic_version table but without
# them belongs to another program that happens to use Alembic too.
CARNET_TABLES = frozenset({"contact", "stage_change", "interaction", "payment", "gift"})


def stored_revision(path: Path) -> str | None:
    """The schema revision recorded in the file; None for a new, empty database.

    Raises `NotACarnetDatabase` for a non-SQLite file, a SQLite file with foreign tables only, or one
    whose revision is missing; `DatabaseBusy` (and the like, see `connections.classify`) when the file
    cannot be read for a reason other than its content.
    """
    try:
        is_sqlite = looks_like_sqlite(path)
    except OSError as exc:
        raise StorageError(UNREADABLE, path=str(path), reason=exc.strerror or str(exc)) from exc
    if not is_sqlite:
        raise NotACarnetDatabase(NOT_SQLITE, path=str(path))
    try:
        connection = reading_connection(path)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                if tables:
                    raise NotACarnetDatabase(FOREIGN_SQLITE, path=str(path))
                return None
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        error = classify(exc, path)
        if isinstance(error, DamagedDatabase):
            raise NotACarnetDatabase(NOT_SQLITE, path=str(path)) from exc
        raise error from exc
    if row is None or not isinstance(row[0], str) or not row[0]:
        raise NotACarnetDatabase(NO_REVISION, path=str(path))
    if not tables >= CARNET_TABLES:
        raise NotACarnetDatabase(FOREIGN_SQLITE, path=str(path))
    return row[0]


def known_revisions() -> set[str]:

    return {script.revision for script in _script_directory().walk_revisions()}


def head_revision() -> str:
    return _script_directory().get_current_head() or ""


def _script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def _config() -> Config:
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
        backup = backup_database(path, free_backup_path(path, f"{BEFORE_MIGRATION}{revision}"))
        prune_labelled_backups(path, BEFORE_MIGRATION, keep=KEEP_BEFORE_MIGRATION)
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
