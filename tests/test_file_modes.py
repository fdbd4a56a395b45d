"""Every file Carnet writes is 0600 and every folder it owns 0700, whatever the user's umask (SPEC §4).

Most tests run Carnet in a subprocess started with umask 000, the worst case: the process inherits it, as
it would from a careless login shell, and everything the entry point does not make private is 0666/0777.
"""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from carnet import paths
from carnet.private_files import PrivateRotatingFileHandler
from carnet.ui.settings import app_settings

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def modes(*files: Path) -> dict[str, str]:
    """{name: octal mode}, compared as a dict so that a failure names every file that is not private."""
    return {file.name: oct(mode(file)) for file in files}


def private(*files: Path, folder: bool = False) -> dict[str, str]:
    return {file.name: oct(0o700 if folder else 0o600) for file in files}


def isolated_env(tmp_path: Path) -> dict[str, str]:
    """Carnet's folders under tmp_path/home (CARNET_HOME), and HOME and the XDG folders too, so that
    neither Carnet nor Qt writes anything in the real user's home."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    user = tmp_path / "user"
    env.update(
        CARNET_HOME=str(tmp_path / "home"), HOME=str(user), QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(user / ".config"), XDG_DATA_HOME=str(user / ".local/share"),
        XDG_CACHE_HOME=str(user / ".cache"), XDG_STATE_HOME=str(user / ".local/state"),
    )
    return env


def run_python(code: str, tmp_path: Path, umask: int = 0) -> subprocess.CompletedProcess[str]:
    script = f"import os\nos.umask({umask:#o})\n" + textwrap.dedent(code)
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=isolated_env(tmp_path),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done


def run_carnet(args: Sequence[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """The real entry point, `carnet.__main__.main`, in a process whose umask is 000."""
    return run_python(f"from carnet.__main__ import main\nraise SystemExit(main({list(args)!r}))", tmp_path)


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def test_the_commands_write_private_files_under_umask_000(tmp_path: Path) -> None:
    db = tmp_path / "work.sqlite3"
    run_carnet(["demo-data", "--db", str(db), "--contacts", "20"], tmp_path)
    run_carnet(["export", "--db", str(db), "--format", "csv", str(tmp_path / "contacts.csv")], tmp_path)
    run_carnet(["export", "--db", str(db), "--format", "vcard", str(tmp_path / "contacts.vcf")], tmp_path)
    backup = Path(run_carnet(["backup", "--db", str(db)], tmp_path).stdout.strip())
    backup = backup if backup.is_absolute() else tmp_path / backup
    written = [db, tmp_path / "contacts.csv", tmp_path / "contacts.vcf", backup]
    assert modes(*written) == private(*written)
    assert modes(backup.parent) == private(backup.parent, folder=True)
    leftovers = sorted(p.name for p in tmp_path.iterdir() if p.is_file() and mode(p) & 0o077)
    assert leftovers == []  # nor any other file beside them (-wal, -shm, lock, temporary files)


def test_a_first_start_under_umask_000_leaves_only_private_files(tmp_path: Path) -> None:
    run_carnet(["--smoke"], tmp_path)  # the default database, in the data folder
    home = tmp_path / "home"
    folders = [home / "data", home / "config", home / "logs"]
    files = [home / "data" / paths.DATABASE_FILE, home / "config" / "carnet.ini", home / "logs" / "carnet.log"]
    assert modes(*folders) == private(*folders, folder=True)
    assert modes(*files) == private(*files)
    everything = [p for p in home.rglob("*") if mode(p) & 0o077]
    assert everything == []


def test_a_start_with_db_makes_the_log_and_settings_private(tmp_path: Path) -> None:
    db = tmp_path / "work.sqlite3"
    run_carnet(["demo-data", "--db", str(db), "--contacts", "5"], tmp_path)
    run_carnet(["--db", str(db), "--smoke"], tmp_path)
    home = tmp_path / "home"
    files = [home / "config" / "carnet.ini", home / "logs" / "carnet.log"]
    assert modes(*files) == private(*files)
    assert modes(home / "config", home / "logs") == private(home / "config", home / "logs", folder=True)


def an_older_carnets_files(home: Path) -> list[Path]:
    """What a Carnet without this fix left: 0755 folders, a 0644 ini and logs."""
    for name in ("data", "config", "logs"):
        (home / name).mkdir(parents=True)
        (home / name).chmod(0o755)
    ini = home / "config" / "carnet.ini"
    ini.write_text("[window]\nkept=yes\n", encoding="utf-8")
    logs = [home / "logs" / "carnet.log", home / "logs" / "carnet.log.1"]
    for file in (ini, *logs):
        file.write_text(file.read_text(encoding="utf-8") if file.exists() else "old\n", encoding="utf-8")
        file.chmod(0o644)
    return [ini, *logs]


@pytest.mark.parametrize("command", [["--smoke"], ["check"]], ids=["window", "command"])
def test_a_start_tightens_what_an_older_carnet_left_readable(tmp_path: Path, command: list[str]) -> None:
    home = tmp_path / "home"
    files = an_older_carnets_files(home)
    db = tmp_path / "work.sqlite3"
    run_carnet(["demo-data", "--db", str(db), "--contacts", "5"], tmp_path)
    documents = tmp_path / "Documents"  # a folder of the user's: Carnet writes in it, never chmods it
    documents.mkdir()
    documents.chmod(0o755)
    run_carnet([*command, "--db", str(db)], tmp_path)
    folders = [home / "data", home / "config", home / "logs"]
    assert modes(*folders) == private(*folders, folder=True)
    assert modes(*files) == private(*files)
    assert "kept=yes" in files[0].read_text(encoding="utf-8")  # tightened, not replaced
    assert mode(documents) == 0o755


def test_the_window_exports_are_private_under_umask_000(tmp_path: Path) -> None:
    run_python(
        """
        from pathlib import Path
        from carnet.__main__ import make_files_private
        make_files_private()
        from PySide6.QtWidgets import QApplication
        from carnet.services.demo_data import generate_demo_data
        from carnet.storage import Database
        from carnet.ui.gifts_tab import write_gift_csv, write_gift_pdf
        from carnet.ui.main_window import MainWindow

        app = QApplication([])
        with Database.open(Path("demo.sqlite3")) as database:
            generate_demo_data(database, 80, seed=3)
            window = MainWindow(database)
            gifts = window.tabs.page(window.gifts_tab)
            write_gift_csv(gifts.model.rows(), "gifts.csv")
            write_gift_pdf(gifts.model.rows(), gifts.year, "gifts.pdf")
            dashboard = window.tabs.page(window.dashboard_tab)
            panel = next(panel for panel in dashboard.panels.values() if panel.model.rowCount())
            panel.export_csv("dashboard.csv")
            window.close()
        """,
        tmp_path,
    )
    written = [tmp_path / name for name in ("gifts.csv", "gifts.pdf", "dashboard.csv")]
    assert all(file.stat().st_size for file in written)
    assert modes(*written) == private(*written)


def test_qsettings_keeps_the_mode_of_the_file_it_rewrites(tmp_path: Path, umask_022: None) -> None:
    """Qt's behaviour that `app_settings` relies on: QSettings saves through a temporary file renamed over
    the old one, which gets the old file's mode; a new file gets 0666 & ~umask (0644 here)."""
    from PySide6.QtCore import QSettings

    for name, before in (("new.ini", None), ("private.ini", 0o600), ("open.ini", 0o644)):
        path = tmp_path / name
        if before is not None:
            path.touch()
            path.chmod(before)
        inode = path.stat().st_ino if before is not None else None
        settings = QSettings(str(path), QSettings.Format.IniFormat)
        settings.setValue("key", "value")
        settings.sync()
        assert settings.status() == QSettings.Status.NoError
        assert mode(path) == (before if before is not None else 0o644)
        assert inode is None or path.stat().st_ino != inode  # rewritten through a new file


def test_the_settings_file_is_private_after_sync_under_umask_022(carnet_home: Path, umask_022: None) -> None:
    settings = app_settings()
    settings.setValue("window/test", "value")
    settings.sync()
    ini = carnet_home / "config" / "carnet.ini"
    assert modes(ini, ini.parent) == {**private(ini), **private(ini.parent, folder=True)}

    ini.chmod(0o644)  # as an older Carnet left it
    settings = app_settings()
    settings.setValue("window/test", "again")
    settings.sync()
    assert mode(ini) == 0o600
    assert app_settings().value("window/test") == "again"


def test_the_log_and_its_rotated_copies_are_private_under_umask_022(tmp_path: Path, umask_022: None) -> None:
    (tmp_path / "carnet.log").write_text("from an older Carnet\n", encoding="utf-8")
    (tmp_path / "carnet.log").chmod(0o644)
    handler = PrivateRotatingFileHandler(tmp_path / "carnet.log", maxBytes=200, backupCount=2, encoding="utf-8")
    logger = logging.getLogger("carnet.test_file_modes")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        for number in range(20):
            logger.warning("line %d of a log long enough to rotate", number)
    finally:
        logger.removeHandler(handler)
        handler.close()
    logs = sorted(tmp_path.glob("carnet.log*"))
    assert [p.name for p in logs] == ["carnet.log", "carnet.log.1", "carnet.log.2"]
    assert modes(*logs) == private(*logs)
