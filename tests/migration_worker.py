"""Run by tests/test_migration_0002.py: opens a 0001 database (which migrates it) and is SIGKILLed by its own
hand in the middle of migration 0002, after the new table is created and before its indexes are: a real
process dying mid-migration, as when the power goes."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from alembic import op

from carnet.storage import Database


def _die(*_args: object, **_kwargs: object) -> None:
    print("migrating", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)


def main() -> None:
    op.create_index = _die  # type: ignore[assignment]  # the migration looks it up when it runs
    Database.open(Path(sys.argv[1]), daily_backup=False)


if __name__ == "__main__":
    main()
