"""Opening the window: logging, the QApplication, the database (or a demo one), the main window."""

from __future__ import annotations

import atexit
import logging
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from carnet import __version__, paths
from carnet.domain.errors import CarnetError
from carnet.i18n import install_translations
from carnet.private_files import LOG_FILE, PrivateRotatingFileHandler, make_private_dir
from carnet.resources import app_icon
from carnet.storage import Database
from carnet.storage.errors import CANNOT_OPEN, DAMAGED_ROWS, UNREADABLE_ROWS, DamagedDatabase, StorageError
from carnet.storage.files import ensure_private_dir
from carnet.ui.backup_warning import warn_about_backup
from carnet.ui.error_report import install_error_report
from carnet.ui.main_window import MainWindow
from carnet.ui.startup_recovery import open_or_recover

DEMO_CONTACTS = 150
log = logging.getLogger("carnet")


def setup_logging() -> None:
    """Log to a small rotating file in the user log folder; a log must never stop Carnet from starting."""
    try:
        folder = make_private_dir(paths.log_dir())
        handler: logging.Handler = PrivateRotatingFileHandler(
            folder / LOG_FILE, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("carnet")
    root.setLevel(logging.INFO)
    root.addHandler(handler)


def create_application() -> QApplication:
    existing = QApplication.instance()  # typed as the QCoreApplication it may be; Carnet only makes QApplications
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Carnet")
    app.setApplicationDisplayName("Carnet")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("carnet")
    app.setWindowIcon(app_icon())
    install_translations(app)  # before any window: every widget is built in the user's language
    return app


def open_demo_database() -> Database:
    """A throw-away database of sample contacts, deleted when Carnet quits."""
    from carnet.services.demo_data import generate_demo_data

    folder = Path(tempfile.mkdtemp(prefix="carnet-demo-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    database = Database.open(folder / "demo.sqlite3")
    generate_demo_data(database, DEMO_CONTACTS)
    from carnet.services.book import set_home_currency

    set_home_currency(database, "EUR")  # the demo's consultants invoice in euros
    return database


def database_path(db_path: Path | None) -> Path:
    """``--db``, or the default database in the user's data folder (created if needed)."""
    if db_path is not None:
        return db_path.expanduser().absolute()
    path = paths.default_database_path()
    try:
        ensure_private_dir(path.parent)
    except OSError as exc:
        raise StorageError(CANNOT_OPEN, path=str(path), reason=exc.strerror or str(exc)) from exc
    return path


def open_database(db_path: Path | None, demo: bool, *, allow_empty: bool = False) -> Database:
    if demo:
        return open_demo_database()
    return Database.open(database_path(db_path), allow_empty=allow_empty)


def open_window(db_path: Path | None, demo: bool, allow_empty: bool) -> tuple[Database, MainWindow]:
    """The database and its window; rows SQLite cannot see are damaged make the file refused, not a crash.

    A flipped byte inside a stored value passes SQLite's page checks but cannot be decoded (or is not a
    stage, a date…) when the board reads it: the file is then reported damaged, so a backup can be offered.
    """
    database = open_database(db_path, demo, allow_empty=allow_empty)
    try:
        return database, MainWindow(database, demo=demo)
    except UNREADABLE_ROWS as exc:
        database.close()
        raise DamagedDatabase(DAMAGED_ROWS, path=str(database.path), problem=str(exc)) from exc
    except BaseException:
        database.close()
        raise


def launch(db_path: Path | None = None, demo: bool = False, smoke: bool = False) -> int:
    setup_logging()
    app = create_application()
    install_error_report()
    try:
        path = None if demo else database_path(db_path)
    except CarnetError:
        path = None  # open_or_recover reports it
    opened = open_or_recover(lambda allow_empty: open_window(db_path, demo, allow_empty), path,
                             interactive=not smoke)
    if opened is None:
        return 2
    database, window = opened
    try:
        if smoke:
            window.quit_after_first_paint()
        else:
            window.board_painted.connect(lambda: QTimer.singleShot(0, window.ask_home_currency_once))
        window.show()
        warn_about_backup(window, database.backup_warning)
        return app.exec()
    finally:
        database.close()
