"""Environment errors (the file, the disk, another window), told apart from bugs.

Each carries a message fit to show a user; see `carnet.domain.errors` for how it is translated.
"""

from __future__ import annotations

from carnet.domain.errors import CarnetError


class StorageError(CarnetError):
    """The database file cannot be used as asked."""


class DatabaseLocked(StorageError):
    """Another Carnet has this file open."""


class NewerSchema(StorageError):
    """The file was written by a newer Carnet; it is left untouched."""


class NotACarnetDatabase(StorageError):
    """The file is not a SQLite database, or is one that Carnet did not create."""


class DamagedDatabase(NotACarnetDatabase):
    """SQLite's integrity check finds the file damaged; a backup may bring it back."""


class ReadOnly(StorageError):
    """The file or its folder cannot be written by this user."""


class BackupFailed(StorageError):
    """A backup copy could not be written."""


LOCKED = (
    "{path} is already open in another Carnet window. Close that window first, or open another "
    "database with --db."
)
NEWER = (
    "{path} was saved by a newer version of Carnet (schema {revision}). This version cannot open "
    "it; the file was left untouched. Install the latest Carnet to open it."
)
NOT_SQLITE = "{path} is not a Carnet database (it is not a SQLite file, or it is damaged)."
FOREIGN_SQLITE = "{path} is a SQLite database, but not one of Carnet's: it was left untouched."
UNREADABLE = "{path} cannot be read: {reason}"
BACKUP_EXISTS = "{path} already exists; Carnet never overwrites a file. Choose another name."
BACKUP_FAILED = "The backup to {path} failed: {reason}"
NO_FOLDER = "The folder {folder} does not exist. Create it first, or choose another place for the database."
CANNOT_OPEN = "Carnet cannot open {path}: {reason}."
MISSING = "{path} does not exist."
OUTDATED = "{path} was saved by an older Carnet: open it in Carnet once to bring it up to date."
DAMAGED = "{path} is damaged: {problem}"
WRITE_FAILED = "Carnet could not save this change ({reason}); nothing of it was saved."
READ_ONLY_FILE = (
    "{path} is read-only for you, so Carnet could not save anything in it. Copy it to a folder of yours "
    "and open the copy, or make the file writable."
)
READ_ONLY_FOLDER = (
    "The folder {folder} is read-only for you. Carnet writes small files beside the database (a lock and "
    "a journal): move the database to a folder of yours and open it from there."
)
