"""Run by tests/test_migration_0006.py: opens a 0005 database (which migrates it) and is SIGKILLed by its own hand
inside migration 0006, once the documents' table is made and before the tables after it: a real process dying
mid-migration."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from alembic import op

from carnet.storage import Database

_create_table = op.create_table


def _die_after_the_documents(name: str, *args: object, **kwargs: object) -> object:
    made = _create_table(name, *args, **kwargs)  # type: ignore[arg-type]
    if name == "document":
        print("migrating", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    return made


def main() -> None:
    op.create_table = _die_after_the_documents  # type: ignore[assignment]  # the migration looks it up when it runs
    Database.open(Path(sys.argv[1]), daily_backup=False)


if __name__ == "__main__":
    main()
