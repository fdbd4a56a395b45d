"""Run by tests/test_migration_0004.py: opens a 0003 database (which migrates it) and is SIGKILLed by its own
hand in the middle of migration 0004, after the contact's new columns are added and the search index's view and
trigger made again, just before the book's id is written: a real process dying mid-migration."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from alembic import op

from carnet.storage import Database

_execute = op.execute


def _die_at_the_book_id(statement: object, *args: object, **kwargs: object) -> None:
    if "book_setting" in str(statement):
        print("migrating", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    _execute(statement, *args, **kwargs)  # type: ignore[arg-type]


def main() -> None:
    op.execute = _die_at_the_book_id  # type: ignore[assignment]  # the migration looks it up when it runs
    Database.open(Path(sys.argv[1]), daily_backup=False)


if __name__ == "__main__":
    main()
