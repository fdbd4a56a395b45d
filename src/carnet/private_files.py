"""Keeping what Carnet writes readable by the user alone: files 0600, folders 0700 (SPEC §4).

Three layers, because Carnet does not write all of its files itself:

* `use_private_umask`, once at process start, covers every writer that creates files with the umask:
  QSettings (through Qt's QSaveFile), logging, the csv module, Qt's PDF writer.
* Where Carnet creates a file or folder itself, it asks for the private mode explicitly
  (`make_private_dir`, `prepare_private_file`, `PrivateRotatingFileHandler`), so that a library
  resetting the umask, or code run without `carnet.__main__`, still gets private files.
* `tighten_carnet_files` fixes what an older Carnet left readable by others (carnet.ini and the logs
  were 0644), since rewriting a file keeps its mode.

Only Carnet's own folders (`carnet.paths`) are ever chmod-ed, never one the user chose, such as the folder
an export goes to. On Windows the modes mean little (only the read-only bit): every call here is harmless
there, and the chmod-ing is skipped.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path

from carnet import paths

# The modes of carnet.storage.files, repeated rather than imported: importing carnet.storage loads
# SQLAlchemy, which `carnet --version` and `carnet --help` should not wait for.
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
PRIVATE_UMASK = 0o077  # new files 0600 (from 0666), new folders 0700 (from 0777)
LOG_FILE = "carnet.log"
_POSIX = os.name == "posix"
log = logging.getLogger(__name__)


def use_private_umask() -> int:
    """Make every file this process creates from now on private to the user; returns the previous umask.

    One process-wide setting, because Carnet does not control how most of its files are created: QSettings
    writes carnet.ini through QSaveFile, logging opens its files, the exports use open() and QPrinter, and
    all of them create files with 0666 & ~umask. Under the common umask 022 that is 0644, readable by every
    account on the machine; under 000 it is 0666. On Windows os.umask only knows the write bit, which 077
    leaves alone, so the call changes nothing there.
    """
    return os.umask(PRIVATE_UMASK)


def tighten(path: Path, mode: int) -> bool:
    """Take the group's and others' permissions off ``path`` if it has any; True if it was changed.

    Never raises: a file Carnet cannot chmod (not the user's, a read-only medium) must not stop it starting.
    """
    if not _POSIX:
        return False
    try:
        current = stat.S_IMODE(os.stat(path).st_mode)
        if not current & 0o077:
            return False
        os.chmod(path, mode)
    except FileNotFoundError:
        return False
    except OSError as exc:
        log.warning("Could not make %s private: %s", path, exc.strerror or exc)
        return False
    return True


def make_private_dir(path: Path) -> Path:
    """Create one of Carnet's own folders 0700, or tighten it to 0700 if an older Carnet made it 0755.

    Only for the folders of `carnet.paths`: a folder the user chose keeps the mode the user gave it.
    """
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    tighten(path, PRIVATE_DIR)
    return path


def prepare_private_file(path: Path) -> Path:
    """Make sure ``path`` exists and is 0600 before a writer that keeps an existing file's mode rewrites it.

    QSettings saves through a temporary file renamed over the old one, and gives the new file the old
    one's mode, or 0666 & ~umask if there was none (checked: tests/test_file_modes.py). Creating the file
    empty and private first keeps carnet.ini 0600 even in a process whose umask was never set.
    Never raises: settings that cannot be saved are QSettings' problem, not a reason to stop.
    """
    try:
        make_private_dir(path.parent)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        os.close(fd)
    except FileExistsError:
        tighten(path, PRIVATE_FILE)
    except OSError as exc:
        log.warning("Could not prepare %s: %s", path, exc.strerror or exc)
    return path


def tighten_carnet_files() -> None:
    """At start: Carnet's folders back to 0700, carnet.ini and the logs back to 0600, if an older Carnet
    left them readable by others. Creates nothing: a command that writes no settings makes no folder."""
    for folder in (paths.data_dir(), paths.config_dir(), paths.log_dir()):
        tighten(folder, PRIVATE_DIR)
    tighten(paths.settings_path(), PRIVATE_FILE)
    for file in log_files(paths.log_dir()):
        tighten(file, PRIVATE_FILE)


def log_files(folder: Path) -> list[Path]:
    """carnet.log and its rotated copies (carnet.log.1, .2, …)."""
    try:
        return sorted(folder.glob(LOG_FILE + "*"))
    except OSError:
        return []


def _private_opener(path: str, flags: int) -> int:
    fd = os.open(path, flags, PRIVATE_FILE)
    # os.open's mode only applies to a new file: one an older Carnet left 0644 is appended to as it is.
    if _POSIX and stat.S_IMODE(os.fstat(fd).st_mode) & 0o077:
        # The log still works if this fails; tighten_carnet_files has already said why it could not.
        with contextlib.suppress(OSError):
            os.fchmod(fd, PRIVATE_FILE)
    return fd


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A RotatingFileHandler whose files are 0600 whatever the umask.

    The log is about the user's data (its file names, what went wrong with it). Rotation renames the
    current file (its mode goes with it) and opens a new one through `_open`, so every copy is private.
    """

    def _open(self) -> TextIOWrapper:
        # `_builtin_open` is logging's own reference to open(), kept so that a record logged while the
        # interpreter shuts down can still open the file. typeshed's logging stub leaves it out, hence the ignore.
        return self._builtin_open(  # type: ignore[attr-defined]
            self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors, opener=_private_opener
        )
