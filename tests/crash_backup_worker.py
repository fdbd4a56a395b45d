"""Run by tests/test_crash_backup.py: one backup or restore, the way Carnet does it, killed at a random moment.

    crash_backup_worker.py open DB              Carnet starting: `Database.open` takes the day's backup
    crash_backup_worker.py recover DB BACKUP    start-up "Restore a Backup…" of a damaged file, under the lock
    crash_backup_worker.py restore DB BACKUP    File ▸ Restore from Backup… in a running Carnet

Everything is imported and set up before "ready" is printed, so that the time after it is the operation's
own; "done" is printed once it has returned.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import carnet.storage.rotation  # noqa: F401 - imported lazily by Database.open: not after "ready"
from carnet.storage import Database
from carnet.storage.lock import DatabaseLock
from carnet.storage.migrate import ensure_current_schema
from carnet.storage.rotation import recover_from_backup, restore_backup


def main() -> None:
    operation, db_path = sys.argv[1], Path(sys.argv[2])
    if operation == "open":
        print("ready", flush=True)
        Database.open(db_path).close()
    elif operation == "recover":
        backup = Path(sys.argv[3])
        with DatabaseLock(db_path):  # as ui/startup_recovery.py does
            print("ready", flush=True)
            recover_from_backup(db_path, backup, datetime.now())
    elif operation == "restore":
        backup = Path(sys.argv[3])
        database = Database.open(db_path, daily_backup=False)
        database.release_connections()  # as ui/file_actions.py does: the lock stays held
        print("ready", flush=True)
        restore_backup(db_path, backup, datetime.now())
        ensure_current_schema(db_path)
        database.close()
    else:
        raise SystemExit(f"unknown operation {operation!r}")
    print("done", flush=True)


if __name__ == "__main__":
    main()
