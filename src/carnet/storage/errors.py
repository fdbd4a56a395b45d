"""Environment errors (the file, the disk, another window), told apart from bugs.

Each carries a message fit to show a user; see `carnet.domain.errors` for how it is translated.
"""

from __future__ import annotations

import sqlite3

from carnet.domain.errors import CarnetError

# What reading a row whose bytes are damaged raises — undecodable text, a value that is not a stage, a date
# or a number, or SQLite's own refusal — where SQLite's page checks saw nothing: the window's error report
# and the commands both call these damage.
UNREADABLE_ROWS: tuple[type[BaseException], ...] = (sqlite3.Error, UnicodeError, LookupError, ValueError)


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


class DatabaseBusy(StorageError):
    """Another program (not Carnet) holds a lock on the file: it is in use, not damaged; try again later."""


class EmptyDatabase(NotACarnetDatabase):
    """The file exists but holds nothing (0 bytes): not a contact book until the user says it may become one."""


class ReadOnly(StorageError):
    """The file or its folder cannot be written by this user."""


class BackupFailed(StorageError):
    """A backup copy could not be written."""


class InternalError(CarnetError):
    """A bug in Carnet stopped a write (bad SQL, a constraint the code should have kept): nothing was saved.

    Told apart from `StorageError`, which speaks of the user's environment (disk, permissions, another
    program): this one is logged with its traceback, and the message says it is Carnet's fault.
    """


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
INTERNAL_ERROR = (
    "An internal error in Carnet stopped this change ({reason}); nothing of it was saved. This is Carnet's "
    "fault, not yours: the details are in the log at {log}, for a bug report."
)
IN_USE = (
    "{path} is in use by another program, which holds it locked. It is not damaged: close that program and "
    "try again. The file was left untouched."
)
IN_USE_WRITE = (
    "Carnet could not save this change: {path} is in use by another program, which holds it locked. Nothing "
    "of the change was saved; close that program and try again."
)
EMPTY = (
    "{path} is empty (0 bytes): it holds no contacts. If you expected your contacts in it, restore a backup; "
    "the empty file is kept as it is."
)
EMPTY_NO_BACKUP = (
    "{path} is empty (0 bytes): it holds no contacts, and Carnet has no backup of it. Carnet can start a new, "
    "empty contact book in this file."
)
NOT_A_FOLDER = "{path} is a file, not a folder"
IS_FOLDER = "{path} is a folder, not a Carnet file. Choose the database file itself."
NOT_A_FILE = "{path} is not an ordinary file (it is a device, a pipe or a socket): Carnet cannot keep contacts in it."
DANGLING_LINK = "{path} is a link to {target}, which does not exist. Fix or remove the link, or choose another file."
HARD_LINKED = (
    "{path} has {links} names (hard links) on this disk. SQLite keeps each name's unsaved changes in a separate "
    "journal, so two names of one database can corrupt it. Keep one name: delete the other links, or copy the "
    "file and open the copy."
)
NOT_READABLE = "{path} is not readable for you (its permissions forbid it): Carnet cannot open it."
NO_REVISION = (
    "{path} looks like a Carnet database, but it does not say which version of Carnet made it (its schema "
    "revision is missing), so Carnet cannot tell how to read it. It was left untouched."
)
DAMAGED_ROWS = (
    "{path} holds rows Carnet cannot read ({problem}): part of the file is damaged. Restore a backup; "
    "the file was left untouched."
)
DISK_FULL = "The disk holding {path} is full. Free some space and try again."
READ_ONLY_FILE = (
    "{path} is read-only for you, so Carnet could not save anything in it. Copy it to a folder of yours "
    "and open the copy, or make the file writable."
)
READ_ONLY_FOLDER = (
    "The folder {folder} is read-only for you. Carnet writes small files beside the database (a lock and "
    "a journal): move the database to a folder of yours and open it from there."
)
