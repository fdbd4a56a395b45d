"""Opening the window: logging, the QApplication, the database (or a demo one), the main window."""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication

from carnet import __version__, paths
from carnet.domain.errors import CarnetError
from carnet.i18n import install_translations
from carnet.private_files import LOG_FILE, PrivateRotatingFileHandler, make_private_dir
from carnet.resources import app_icon
from carnet.storage import Database
from carnet.storage.errors import CANNOT_OPEN, DAMAGED_ROWS, UNREADABLE_ROWS, DamagedDatabase, StorageError
from carnet.storage.files import ensure_private_dir
from carnet.thread_priority import favour_the_window
from carnet.ui.background import run_in_background, when_done
from carnet.ui.backup_warning import warn_about_backup
from carnet.ui.error_report import install_error_report
from carnet.ui.main_window import MainWindow
from carnet.ui.preload import import_soon
from carnet.ui.single_instance import (
    IMPORT,
    RAISE,
    HandedOver,
    InstanceServer,
    Request,
    WindowRequests,
    open_or_hand_over,
    server_name,
)
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
    favour_the_window()
    return app


def open_demo_database() -> Database:
    """A throw-away database of sample contacts, deleted when Carnet quits."""
    from carnet.services.demo_data import make_demo_book

    folder = Path(tempfile.mkdtemp(prefix="carnet-demo-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    database = Database.open(folder / "demo.sqlite3")
    # In the interface's language: install_translations has set the default locale already.
    make_demo_book(database, DEMO_CONTACTS, language=QLocale().name())
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


def open_database(db_path: Path | None, demo: bool, *, allow_empty: bool = False,
                  defer_check: bool = False) -> Database:
    if demo:
        return open_demo_database()
    return Database.open(database_path(db_path), allow_empty=allow_empty, defer_check=defer_check)


def check_after_paint(window: MainWindow, damaged: Callable[[DamagedDatabase], None]) -> None:
    """The open's check of the pages and the day's backup, left until the board is painted (`StartupCheck`),
    run on a thread; writes wait for it meanwhile. ``damaged`` is told if the file turns out damaged (nothing
    was written to it, nor backed up); a backup that could not be written is said as at any open."""
    check = window.database.startup_check
    if check is None or check.done:
        return

    def finished(_future: Future[None]) -> None:
        if check.damage is not None:
            damaged(check.damage)
            return
        if check.backup_warning is not None:
            warn_about_backup(window, check.backup_warning)
        from carnet.ui.backup_copies import copy_backup_after_open

        copy_backup_after_open(window)  # the day's backup exists now: its copy to the second folder

    run_in_background(window, check.run, finished, name="carnet-startup-check")


def open_window(db_path: Path | None, demo: bool, allow_empty: bool,
                server: InstanceServer | None = None, *, defer_check: bool = False) -> tuple[Database, MainWindow]:
    """The database and its window; rows SQLite cannot see are damaged make the file refused, not a crash.

    A flipped byte inside a stored value passes SQLite's page checks but cannot be decoded (or is not a
    stage, a date…) when the board reads it: the file is then reported damaged, so a backup can be offered.
    ``server`` starts listening as soon as the file is open (and its lock held), before the window is built:
    a second start during that time waits for this one's answer instead of finding the file locked.
    """
    database = open_database(db_path, demo, allow_empty=allow_empty, defer_check=defer_check)
    try:
        if server is not None:
            server.listen()
        return database, MainWindow(database, demo=demo)
    except UNREADABLE_ROWS as exc:
        _close(database, server)
        raise DamagedDatabase(DAMAGED_ROWS, path=str(database.path), problem=str(exc)) from exc
    except BaseException:
        _close(database, server)
        raise


def _close(database: Database, server: InstanceServer | None) -> None:
    if server is not None:
        server.close()  # first: the socket is removed while the lock still says it is ours
    database.close()


def _absolute(file: Path) -> str:
    """``file`` from anywhere: the window that takes it may run in another folder. Its folder is resolved as
    the system would ("elsewhere/../a.csv" through a linked folder), its own name kept (the wizard shows it)."""
    file = file.expanduser()
    return os.path.join(os.path.realpath(file.parent), file.name)


_COMPANIONS = ("carnet.ui.backup_copies", "carnet.ui.reminders", "carnet.services.follow_ups_read",
               "carnet.io.ics_export")


def start_companions_soon(window: MainWindow) -> None:
    """`_start_companions` once their modules are imported (`ui.preload`): imported on the window's thread
    while the rest of a big board is read, they stopped it for 100–130 ms."""

    def imported(future: Future[None]) -> None:
        future.result()  # an import that fails is Carnet's own fault: the error report
        _start_companions(window)

    when_done(window, import_soon(_COMPANIONS), imported)


def _start_companions(window: MainWindow) -> None:
    from carnet.ui.backup_copies import copy_backup_after_open
    from carnet.ui.dashboard import preload
    from carnet.ui.reminders import start_reminders

    window.reminders = start_reminders(window)
    # The Dashboard tab's modules, QtCharts among them, on a thread: imported when the tab was first shown, they
    # stopped the window for 70–100 ms.
    preload()
    if window.database.startup_check is None:  # else once the deferred check has written the day's backup
        copy_backup_after_open(window)
    window.kept_calendar.write_now()


def launch(db_path: Path | None = None, demo: bool = False, smoke: bool = False,
           import_file: Path | None = None) -> int:
    """The window on the database (or the demo); 0 also when the window already open on it took the request.

    ``import_file``: a file to import, in the import wizard, once the window is on screen.
    """
    setup_logging()
    app = create_application()
    install_error_report()
    try:
        path = None if demo else database_path(db_path)
    except CarnetError:
        path = None  # open_or_recover reports it
    request = Request(RAISE) if import_file is None else Request(IMPORT, _absolute(import_file))
    # A demo is a throw-away file of its own: each start is its own window.
    name = None if path is None else server_name(path)
    server = None if name is None else InstanceServer(name)
    requests = WindowRequests()  # taken from the moment the server listens; carried out once attached
    if server is not None:
        server.received.connect(requests.take)
    # The first open leaves the check of the pages and the day's backup until the board is painted; a file
    # they find damaged closes the window unwritten and is opened again with the check first, so that the
    # start-up offers its backups as it does for any damaged file.
    defer_check = True
    while True:
        def attempt(allow_empty: bool, defer: bool = defer_check) -> tuple[Database, MainWindow]:
            return open_or_hand_over(lambda: open_window(db_path, demo, allow_empty, server, defer_check=defer),
                                     name, request)

        try:
            opened = open_or_recover(attempt, path, interactive=not smoke)
        except HandedOver:
            return 0
        if opened is None:
            return 2
        damage: list[DamagedDatabase] = []
        status = _run_window(app, *opened, server, requests, request, smoke, damage)
        if not damage:
            return status
        log.error("the file was found damaged after the window opened: %s", damage[0].message)
        defer_check = False


def _run_window(app: QApplication, database: Database, window: MainWindow, server: InstanceServer | None,
                requests: WindowRequests, request: Request, smoke: bool, damage: list[DamagedDatabase]) -> int:
    def damaged(error: DamagedDatabase) -> None:
        damage.append(error)
        window.close()
        app.quit()

    try:
        if smoke:
            window.quit_after_first_paint()
        else:
            window.board_painted.connect(lambda: QTimer.singleShot(0, lambda: check_after_paint(window, damaged)))
            window.board_painted.connect(lambda: QTimer.singleShot(0, window.ask_home_currency_once))
            if request.action == IMPORT:
                requests.take(request)
            # After the home currency question: the requests wait for the dialogs already on screen.
            window.board_painted.connect(lambda: QTimer.singleShot(0, lambda: requests.attach(window)))
            # What runs beside the window, once the board is on screen: reminders, the copy of the day's
            # backup to the second folder, the calendar file kept up to date.
            window.board_painted.connect(lambda: QTimer.singleShot(0, lambda: start_companions_soon(window)))
        window.show()
        warn_about_backup(window, database.backup_warning)
        return app.exec()
    finally:
        # The reader thread ended and gone before anything else is shown (a start-up dialog after a damaged
        # file: a Qt thread ending while the window's thread lays out widgets can crash Qt).
        window.controller.reads.stop()
        _close(database, server)
