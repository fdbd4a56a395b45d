"""The second backup folder (another disk, chosen in Preferences): each day's automatic backup copied there too.

Storage knows nothing of the settings: the caller says which folder (`carnet.ui.backup_copies`). The folder
is never created — missing, it is a disk not plugged in, and creating it would put the copies on the
computer's own disk under the mount point. A copy is written under a temporary name in that folder, made
durable, then given its real name (never over an existing file), so the folder never holds half a backup
under a backup's name; a copy left by a Carnet killed meanwhile is removed at the next copy. The copies
there are thinned by the same rule as ``backups/`` (`rotation.rotate`: 7 days, then 4 weeks); manual
backups copied there are kept, as they are in ``backups/``.

A copy that cannot be made raises `SecondFolderUnavailable`, which says what is true (not plugged in,
read-only, full) and that the backup itself is safe in the usual folder: the caller shows it as a warning,
and nothing else waits for it.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from datetime import datetime
from pathlib import Path

from carnet.storage.backup import PARTIAL_SUFFIX, backups_dir, process_alive, remove_partial
from carnet.storage.errors import StorageError
from carnet.storage.files import PRIVATE_FILE, fsync_folder
from carnet.storage.rotation import rotate, todays_backup

SECOND_FOLDER_MISSING = (
    "The second backup folder {folder} is not there (is the disk plugged in?). Today's backup is in the usual "
    "folder, {usual}."
)
SECOND_FOLDER_NOT_A_FOLDER = (
    "The second backup folder {folder} is a file, not a folder: choose another one in Preferences. Today's "
    "backup is in the usual folder, {usual}."
)
SECOND_FOLDER_READ_ONLY = (
    "Carnet may not write in the second backup folder {folder} (it is read-only for you). Today's backup is in "
    "the usual folder, {usual}."
)
SECOND_FOLDER_FULL = (
    "The disk of the second backup folder {folder} is full: the backup could not be copied there. Today's "
    "backup is in the usual folder, {usual}."
)
SECOND_FOLDER_FAILED = (
    "The backup could not be copied to the second backup folder {folder} ({reason}). Today's backup is in the "
    "usual folder, {usual}."
)
_READ_ONLY = (errno.EACCES, errno.EPERM, errno.EROFS)
_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))


class SecondFolderUnavailable(StorageError):
    """The second backup folder could not take the copy; the backup itself is safe in ``backups/``."""


def copy_to_second_folder(db_path: Path, folder: Path, now: datetime, backup: Path | None = None) -> Path | None:
    """Copy today's automatic backup of ``db_path`` (or ``backup``, a manual one) into ``folder``, then thin
    the automatic copies there; the new copy, or None when there was nothing to copy or it was there already.

    Raises `SecondFolderUnavailable` when the folder is missing, not a folder, read-only or full.
    """
    source = todays_backup(db_path, now) if backup is None else backup
    usual = backups_dir(db_path)
    if source is None:
        return None  # no backup today (a new book, or one that failed: the open already said so)
    _check_folder(folder, usual)
    if _same_folder(folder, source.parent):
        return None  # the second folder is the usual one: the backup is there already
    _remove_dead_copies(folder, usual)
    target = folder / source.name
    copied = None if target.exists() else _copy(source, target, usual)
    try:
        rotate(db_path, now, folder=folder)
    except OSError as exc:
        raise _unavailable(exc, folder, usual) from exc
    return copied


def _check_folder(folder: Path, usual: Path) -> None:
    try:
        mode = folder.stat().st_mode
    except FileNotFoundError as exc:
        raise SecondFolderUnavailable(SECOND_FOLDER_MISSING, folder=str(folder), usual=str(usual)) from exc
    except OSError as exc:  # a parent folder the user may not enter
        raise _unavailable(exc, folder, usual) from exc
    if not stat.S_ISDIR(mode):
        raise SecondFolderUnavailable(SECOND_FOLDER_NOT_A_FOLDER, folder=str(folder), usual=str(usual))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise SecondFolderUnavailable(SECOND_FOLDER_READ_ONLY, folder=str(folder), usual=str(usual))


def _same_folder(folder: Path, other: Path) -> bool:
    try:
        return os.path.samefile(folder, other)
    except OSError:
        return False


def _copy(source: Path, target: Path, usual: Path) -> Path:
    """``source`` to ``target`` through a temporary name in the same folder; never over an existing file."""
    partial = target.with_name(f".{target.name}.{os.getpid()}{PARTIAL_SUFFIX}")
    folder = target.parent
    try:
        remove_partial(partial)
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        with os.fdopen(fd, "wb") as written, source.open("rb") as read:
            while block := read.read(1 << 20):
                written.write(block)
            written.flush()
            os.fsync(written.fileno())  # a disk unplugged after the rename must find a whole file
        try:
            os.link(partial, target)  # fails if the name is taken: no check-then-rename race
            partial.unlink()
        except FileExistsError:
            return target  # another Carnet on this book's name copied it meanwhile: it is there
        except OSError:  # FAT and some network shares have no hard links (most USB disks are FAT)
            if target.exists():
                return target
            partial.rename(target)
        fsync_folder(folder)
    except OSError as exc:
        raise _unavailable(exc, folder, usual) from exc
    finally:
        remove_partial(partial)
    return target


def _unavailable(exc: OSError, folder: Path, usual: Path) -> SecondFolderUnavailable:
    if exc.errno == errno.ENOENT:  # the disk went away during the copy
        return SecondFolderUnavailable(SECOND_FOLDER_MISSING, folder=str(folder), usual=str(usual))
    if exc.errno in _READ_ONLY:
        return SecondFolderUnavailable(SECOND_FOLDER_READ_ONLY, folder=str(folder), usual=str(usual))
    if exc.errno in _FULL:
        return SecondFolderUnavailable(SECOND_FOLDER_FULL, folder=str(folder), usual=str(usual))
    return SecondFolderUnavailable(SECOND_FOLDER_FAILED, folder=str(folder), usual=str(usual),
                                   reason=exc.strerror or str(exc))


# The temporary copies `_copy` makes (of any book: they share the folder), nothing else.
_PARTIAL = re.compile(r"^\..+\.sqlite3\.(?P<pid>\d+)" + re.escape(PARTIAL_SUFFIX) + "$")


def _remove_dead_copies(folder: Path, usual: Path) -> None:
    """Temporary copies whose Carnet is gone (killed mid-copy, or quit while a copy was running)."""
    try:
        names = [entry.name for entry in os.scandir(folder)]
    except OSError as exc:
        raise _unavailable(exc, folder, usual) from exc
    for name in names:
        match = _PARTIAL.match(name)
        if match is not None and not process_alive(int(match["pid"])):
            remove_partial(folder / name)
