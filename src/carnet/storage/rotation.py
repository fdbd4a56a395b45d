"""Automatic daily backups, their rotation, the list shown by "Restore from backup…" and the restore.

Automatic backups are named ``backups/<stem>-auto-YYYYmmdd-HHMMSS.sqlite3``; manual ones (made by
`default_backup_path`, e.g. before a migration or a restore) have no ``auto-`` part, so rotation can
tell them apart and never deletes them.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from carnet.migrations import HEAD
from carnet.storage.backup import PARTIAL_SUFFIX, backup_database, backups_dir, default_backup_path, remove_partial
from carnet.storage.connections import reading_connection
from carnet.storage.errors import (
    DAMAGED,
    NEWER,
    UNREADABLE,
    DamagedDatabase,
    NewerSchema,
    NotACarnetDatabase,
    StorageError,
)
from carnet.storage.files import PRIVATE_FILE, create_private_file, fsync_folder, looks_like_sqlite
from carnet.storage.integrity import page_problems
from carnet.storage.sql.common import BOARD_CONTACT_COUNT

AUTO_PREFIX = "auto-"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
SUFFIX = ".sqlite3"
NOT_CARNET_BACKUP = "{path} is not a Carnet backup: the database was left unchanged."
RESTORE_FAILED = "Carnet could not restore {path}: {reason}. The previous state is kept in {before}."


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    automatic: bool
    contacts: int | None  # non-archived contacts; None when the file cannot be read
    size: int


def auto_backup_path(db_path: Path, now: datetime) -> Path:
    return backups_dir(db_path) / f"{db_path.stem}-{AUTO_PREFIX}{_local(now).strftime(STAMP_FORMAT)}{SUFFIX}"


def backup_due(db_path: Path, now: datetime) -> bool:
    """No automatic backup was taken today, and the file has something in it."""
    if todays_backup(db_path, now) is not None:
        return False
    return db_path.is_file() and db_path.stat().st_size > 0


def todays_backup(db_path: Path, now: datetime) -> Path | None:
    """The newest sound automatic backup taken on ``now``'s local day in ``backups/``, if there is one."""
    today = _local(now).date()
    taken_today = [(taken, path) for path, taken in _automatic(db_path).items() if taken.date() == today]
    return max(taken_today)[1] if taken_today else None


def daily_backup(db_path: Path, now: datetime) -> Path | None:
    """Write today's automatic backup unless there is one already, then rotate; the new path or None.

    Meant to run at open, before any migration. A new or empty file (zero bytes, no contact table)
    or one that cannot be read is skipped: there is nothing worth keeping, and opening it will report
    any problem far better than a backup could.
    """
    if not backup_due(db_path, now) or _count_contacts(db_path) is None:
        return None
    path = backup_database(db_path, auto_backup_path(db_path, now))
    rotate(db_path, now)
    return path


def rotate(db_path: Path, now: datetime, folder: Path | None = None) -> list[Path]:
    """Delete the automatic backups that are no longer kept; returns the deleted paths.

    Kept: the newest backup of each of the 7 most recent days that have one, then, among the older
    backups, the newest of each of the 4 most recent ISO weeks. Backups stamped after ``now`` (the
    clock was set back) are kept and count for nothing. Manual backups and other files are never seen.
    ``folder``: where the backups are, ``backups/`` beside the database unless said (the second backup
    folder's copies follow the same rule: `carnet.storage.backup_copies`).
    """
    folder = backups_dir(db_path) if folder is None else folder
    limit = _local(now)
    by_day: dict[date, tuple[datetime, Path]] = {}
    for path, taken in _automatic(db_path, folder).items():
        if taken <= limit and (taken.date() not in by_day or taken > by_day[taken.date()][0]):
            by_day[taken.date()] = (taken, path)
    days = sorted(by_day, reverse=True)
    keep = {by_day[day][1] for day in days[:KEEP_DAILY]}
    weeks: dict[tuple[int, int], Path] = {}
    for day in days[KEEP_DAILY:]:  # newest first, so the first seen of a week is its newest
        iso = day.isocalendar()
        weeks.setdefault((iso.year, iso.week), by_day[day][1])
    keep.update(list(weeks.values())[:KEEP_WEEKLY])
    deleted = []
    for path, taken in sorted(_automatic(db_path, folder).items(), key=lambda item: item[1]):
        if taken <= limit and path not in keep:
            path.unlink(missing_ok=True)
            deleted.append(path)
    for path in _broken_automatic(db_path, folder):  # left by an older Carnet killed mid-copy: never a backup
        for leftover in (path, path.with_name(path.name + "-journal")):
            leftover.unlink(missing_ok=True)
        deleted.append(path)
    return deleted


def list_backups(db_path: Path) -> list[BackupInfo]:
    """This database's backups in ``backups/`` (automatic and manual), newest first."""
    folder = backups_dir(db_path)
    auto = _pattern(db_path, AUTO_PREFIX)
    manual = _pattern(db_path, "")
    found = []
    for path in _entries(folder, f"{glob_escape(db_path.stem)}-*{SUFFIX}"):
        if not path.is_file():
            continue
        match = auto.match(path.name) or manual.match(path.name)
        taken = _parse(match.group(1)) if match else None
        status = path.stat()
        found.append(
            BackupInfo(
                path=path,
                taken_at=taken or datetime.fromtimestamp(status.st_mtime),
                automatic=auto.match(path.name) is not None and taken is not None,
                contacts=_count_contacts(path, frozen=True),
                size=status.st_size,
            )
        )
    return sorted(found, key=lambda info: (info.taken_at, info.path.name), reverse=True)


def restore_backup(db_path: Path, backup: Path, now: datetime) -> Path:
    """Replace the database's content with ``backup``'s; returns the "before-restore" copy of it.

    The caller must first close every connection it has to ``db_path`` (close the `Database`): the
    copy is made with the online backup API into the file itself, which would fail, or leave a
    connection seeing stale pages, otherwise. A damaged backup is refused before anything is written.
    """
    check_backup(backup)
    # The current state is kept first, so that a restore can itself be undone.
    before = backup_database(db_path, default_backup_path(db_path, label="before-restore", now=now))
    _copy_in(backup, db_path, kept=before)
    return before


def recover_from_backup(db_path: Path, backup: Path, now: datetime) -> Path:
    """Put ``backup`` in place of a damaged (or empty) database; returns where the damaged file was kept.

    The damaged file is never overwritten nor deleted: it is copied, with its -wal and -shm files moved
    beside the copy (the journal may hold the last changes someone could still rescue), to
    ``<stem>-damaged-<stamp>``. The backup is first copied and checked under a temporary name, then renamed
    over ``db_path`` in one step, so a process killed at any moment leaves at ``db_path`` either the
    damaged file or the whole backup, never an empty or half-written book. A damaged backup is refused
    before anything moves.
    """
    check_backup(backup)
    aside = db_path.with_name(f"{db_path.stem}-damaged-{_local(now).strftime(STAMP_FORMAT)}{db_path.suffix}")
    if aside.exists():
        raise StorageError(RESTORE_FAILED, path=str(backup), reason=f"{aside} already exists", before=str(db_path))
    incoming = db_path.with_name(f".{db_path.name}.{os.getpid()}{PARTIAL_SUFFIX}")
    try:
        incoming.unlink(missing_ok=True)
        _copy_in(backup, incoming, kept=db_path, create=True)
        if page_problems(incoming, quick=True, backup=True):
            raise StorageError(RESTORE_FAILED, path=str(backup), reason="the copy is damaged", before=str(db_path))
        _keep_aside(db_path, aside)
        os.replace(incoming, db_path)
        fsync_folder(db_path.parent)
    except OSError as exc:
        raise StorageError(
            RESTORE_FAILED, path=str(backup), reason=exc.strerror or str(exc), before=str(db_path)) from exc
    finally:
        remove_partial(incoming)
    return aside


def _keep_aside(db_path: Path, aside: Path) -> None:
    """A private copy of the damaged file (copied, not moved: ``db_path`` is never missing), then its journal
    moved beside the copy. In that order: a process killed in between leaves the journal with the file at
    ``db_path``, never beside a copy that does not exist yet (where nobody would look for it)."""
    fd = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    with os.fdopen(fd, "wb") as copy, db_path.open("rb") as damaged:
        shutil.copyfileobj(damaged, copy, 1 << 20)
        copy.flush()
        os.fsync(copy.fileno())
    for extra in ("-wal", "-shm"):
        companion = db_path.with_name(db_path.name + extra)
        if companion.exists():
            companion.rename(aside.with_name(aside.name + extra))
    fsync_folder(db_path.parent)


def check_backup(backup: Path) -> int:
    """Refuse, before anything is written, a file that is not a Carnet database (`NotACarnetDatabase`), a
    damaged one (`DamagedDatabase`) or one a newer Carnet wrote (`NewerSchema`: restored, it could not be
    opened); returns its contacts (not archived), as the list of backups counts them."""
    from carnet.storage.migrate import known_revisions, stored_revision

    try:
        sqlite = backup.stat().st_size > 0 and looks_like_sqlite(backup)
    except OSError as exc:
        raise StorageError(UNREADABLE, path=str(backup), reason=exc.strerror or str(exc)) from exc
    if not sqlite:  # said as it is, rather than SQLite's "file is not a database" called damage
        raise NotACarnetDatabase(NOT_CARNET_BACKUP, path=str(backup))
    problems = page_problems(backup, quick=False, limit=5, backup=True)
    if problems:
        raise DamagedDatabase(DAMAGED, path=str(backup), problem="; ".join(problems))
    try:
        revision = stored_revision(backup)
    except NotACarnetDatabase as exc:
        raise NotACarnetDatabase(NOT_CARNET_BACKUP, path=str(backup)) from exc
    # HEAD first: the list of known revisions loads Alembic (a tenth of a second), needed for older files only.
    if revision not in (None, HEAD) and revision not in known_revisions():
        raise NewerSchema(NEWER, path=str(backup), revision=revision)
    contacts = _count_contacts(backup, frozen=True)
    if revision is None or contacts is None:
        raise NotACarnetDatabase(NOT_CARNET_BACKUP, path=str(backup))
    return contacts


def _copy_in(backup: Path, db_path: Path, *, kept: Path, create: bool = False) -> None:
    """Copy ``backup`` into ``db_path``; ``kept`` (the previous state) is named if the copy fails.

    ``create``: ``db_path`` is a new file (made private first, as SQLite would use the umask).
    """
    if create:
        create_private_file(db_path)
    source = reading_connection(backup, frozen=True)
    try:
        target = sqlite3.connect(db_path)
        try:
            # Through SQLite rather than a file copy: it goes through the journal (or WAL), so the
            # file is either wholly old or wholly restored, even after a crash halfway.
            source.backup(target)
        finally:
            target.close()
    except sqlite3.Error as exc:
        raise StorageError(RESTORE_FAILED, path=str(backup), reason=str(exc), before=str(kept)) from exc
    finally:
        source.close()


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def _local(moment: datetime) -> datetime:
    """Naive local time: file names carry local stamps, and "a day" is the user's day."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo is not None else moment


def _pattern(db_path: Path, prefix: str) -> re.Pattern[str]:
    label = "" if prefix else r"(?:-.+)?"
    return re.compile(rf"^{re.escape(db_path.stem)}-{prefix}(\d{{8}}-\d{{6}}){label}{re.escape(SUFFIX)}$")


def _parse(stamp: str) -> datetime | None:
    try:
        return datetime.strptime(stamp, STAMP_FORMAT)
    except ValueError:
        return None


def _automatic(db_path: Path, folder: Path | None = None) -> dict[Path, datetime]:
    """The sound automatic backups and when each was taken (see `_broken_automatic` for the others)."""
    return {path: taken for path, (taken, sound) in _automatic_files(db_path, folder).items() if sound}


def _broken_automatic(db_path: Path, folder: Path) -> list[Path]:
    """Automatic backups an older Carnet left half-written: a -journal beside them, or no SQLite header."""
    return [path for path, (_, sound) in _automatic_files(db_path, folder).items() if not sound]


def _automatic_files(db_path: Path, folder: Path | None) -> dict[Path, tuple[datetime, bool]]:
    pattern = _pattern(db_path, AUTO_PREFIX)
    found = {}
    for path in _entries(backups_dir(db_path) if folder is None else folder, "*"):
        match = pattern.match(path.name)
        taken = _parse(match.group(1)) if match else None
        if taken is not None and path.is_file():
            found[path] = (taken, _looks_complete(path))
    return found


def _entries(folder: Path, pattern: str) -> list[Path]:
    """The files of ``folder`` matching ``pattern``; none when it is missing or the user may not read it
    (a ``backups`` folder left by ``sudo carnet``: the backup then fails with a message, not the open)."""
    try:
        return [path for path in folder.glob(pattern) if path.is_file()]
    except OSError:
        return []


def _looks_complete(path: Path) -> bool:
    try:
        return (path.stat().st_size > 0 and looks_like_sqlite(path)
                and not path.with_name(path.name + "-journal").exists())
    except OSError:
        return False


def _count_contacts(path: Path, *, frozen: bool = False) -> int | None:
    """Non-archived contacts, read without any chance of writing; None if there is no contact table."""
    try:
        connection = reading_connection(path, frozen=frozen)
        try:
            return int(connection.execute(BOARD_CONTACT_COUNT).fetchone()[0])
        finally:
            connection.close()
    except sqlite3.Error:
        return None
