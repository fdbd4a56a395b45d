"""Durable storage: the SQLite engine, transactions, migrations, backups and the single-instance lock."""

from carnet.storage.database import Database
from carnet.storage.errors import DatabaseLocked, NewerSchema, NotACarnetDatabase, StorageError

__all__ = ["Database", "DatabaseLocked", "NewerSchema", "NotACarnetDatabase", "StorageError"]
