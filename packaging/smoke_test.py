"""Smoke-test a built Carnet: the frozen bundle (dist/carnet/carnet) or an installed one (/usr/bin/carnet).

    python packaging/smoke_test.py dist/carnet/carnet

Headless (QT_QPA_PLATFORM=offscreen), with a throw-away home folder. Checks, each one in a fresh process:
``--version``; ``--demo --smoke`` (a new database, migrated by Alembic from the files in the bundle, filled,
the board painted, exit 0); ``demo-data``, then ``export`` to CSV and to vCard (vobject) and ``import`` of
that vCard into another database, whose ``check`` counts the same contacts; and opening a database left at
the oldest schema revision (made with the source tree's Alembic), which must come out at the newest.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONTACTS = 25


class SmokeFailure(Exception):
    pass


def carnet(executable: Path, *args: str, env: dict[str, str], timeout: float = 120) -> str:
    """Run the built Carnet; its stdout, or SmokeFailure with what it printed."""
    started = time.monotonic()
    done = subprocess.run(
        [str(executable), *args], capture_output=True, text=True, env=env, timeout=timeout, check=False
    )
    elapsed = time.monotonic() - started
    if done.returncode != 0 or "Traceback" in done.stderr:
        raise SmokeFailure(
            f"`carnet {' '.join(args)}` exited with {done.returncode}\n"
            f"--- stdout\n{done.stdout}--- stderr\n{done.stderr}"
        )
    shown = " ".join(Path(arg).name if os.sep in arg else arg for arg in args)
    print(f"smoke_test: ok  carnet {shown}  ({elapsed:.1f} s)", flush=True)
    return done.stdout


def stored_revision(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def make_oldest_schema(path: Path) -> tuple[str, str] | None:
    """A database at the first schema revision, with the source tree's Alembic: (that revision, the head).

    None when this Python cannot import Carnet (then that step is skipped).
    """
    try:
        from alembic import command
        from alembic.config import Config
        from alembic.script import ScriptDirectory

        from carnet.storage.engine import make_engine
        from carnet.storage.migrate import SCRIPT_LOCATION
    except ImportError:
        return None
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    scripts = ScriptDirectory.from_config(config)
    oldest = list(scripts.walk_revisions())[-1].revision
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, oldest)
    finally:
        engine.dispose()
    return oldest, scripts.get_current_head() or ""


def smoke(executable: Path, work: Path) -> None:
    home = work / "home"
    home.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(work),
    }
    work.chmod(0o700)

    printed = carnet(executable, "--version", env=env)
    if not printed.startswith("Carnet "):
        raise SmokeFailure(f"--version printed {printed!r}")

    printed = carnet(executable, "--demo", "--smoke", env=env)
    if "board painted at" not in printed:
        raise SmokeFailure(f"--demo --smoke did not paint the board: {printed!r}")

    first, second = work / "first.sqlite3", work / "second.sqlite3"
    carnet(executable, "demo-data", "--db", str(first), "--contacts", str(CONTACTS), env=env)
    csv_file, vcard_file = work / "contacts.csv", work / "contacts.vcf"
    carnet(executable, "export", "--db", str(first), "--format", "csv", str(csv_file), env=env)
    carnet(executable, "export", "--db", str(first), "--format", "vcard", str(vcard_file), env=env)
    if len(csv_file.read_text(encoding="utf-8-sig").splitlines()) < CONTACTS + 1:
        raise SmokeFailure("the CSV export misses contacts")
    if vcard_file.read_text(encoding="utf-8").count("BEGIN:VCARD") != CONTACTS:
        raise SmokeFailure("the vCard export misses contacts")
    carnet(executable, "import", "--db", str(second), str(vcard_file), env=env)
    exported = vcard_file.read_text(encoding="utf-8").count("BEGIN:VCARD")  # archived ones too
    imported = contact_count(carnet(executable, "check", "--db", str(second), env=env))
    if imported != exported:
        raise SmokeFailure(f"{exported} contacts exported as vCard, {imported} imported back")

    old = work / "old.sqlite3"
    revisions = make_oldest_schema(old)
    if revisions is None:
        print("smoke_test: skipped the migration of an old database (Carnet not importable here)")
        return
    oldest, head = revisions
    carnet(executable, "--db", str(old), "--smoke", env=env)
    if stored_revision(old) != head:
        raise SmokeFailure(f"a database at revision {oldest} was not migrated to {head}")
    print(f"smoke_test: ok  a database at revision {oldest} opens at {head}")


def contact_count(report: str) -> int:
    """The contacts in `carnet check`'s JSON report ({stage: count})."""
    return sum(json.loads(report).values())


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    executable = Path(args[0])
    if not executable.exists():
        print(f"smoke_test: {executable} does not exist", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="carnet-smoke-") as folder:
        try:
            smoke(executable, Path(folder))
        except (SmokeFailure, subprocess.TimeoutExpired) as failure:
            print(f"smoke_test: FAILED {failure}", file=sys.stderr)
            return 1
    print(f"smoke_test: {executable} works")
    return 0


if __name__ == "__main__":
    sys.exit(main())
