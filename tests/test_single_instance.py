"""One window per database file (issue 16, item 5): a second ``carnet`` hands its request to the window open on
the file, through a local socket, and exits.

Every hand-over is between real processes: the second start is always ``python -m carnet`` in a child process;
the first is either a child too, or this test process (a window made by ``carnet.ui.launch``, whose state can
then be looked at: raised, the import wizard open).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.unprivileged import in_child, user_folder, user_ids

from carnet.cli.arguments import COMMANDS, build_parser, parse_arguments
from carnet.services.book import set_home_currency
from carnet.storage import Database
from carnet.storage.lock import DatabaseLock
from carnet.ui import launch as launch_module
from carnet.ui.dialogs.import_wizard import ImportWizard
from carnet.ui.launch import open_window
from carnet.ui.main_window import MainWindow
from carnet.ui.single_instance import (
    IMPORT,
    RAISE,
    START_WAIT_S,
    InstanceServer,
    Outcome,
    Request,
    WindowRequests,
    hand_over,
    server_name,
)

HAND_OVER_S = 5.0  # a second start that hands over exits in about 0.3 s; this is "quickly" with room for a busy CI
CONTACTS_CSV = "Name,E-mail Address,Company\r\nZoé Lefèvre,zoe@atelier-oeuvre.fr,Atelier Œuvre\r\n"
Processes = list[subprocess.Popen[str]]


@pytest.fixture
def run_dir(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The user's runtime folder for the sockets, private as the system makes ``/run/user/UID``, and short:
    pytest's folders are too deep for a socket's path (108 bytes)."""
    folder = Path(tempfile.mkdtemp(prefix="carnet-run-", dir="/tmp"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def processes() -> Iterator[Processes]:
    """Every child started by a test is killed at its end, whatever happened."""
    started: Processes = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=10)


def start_carnet(processes: Processes, *args: str, home: Path, cwd: Path | None = None,
                 wrapper: tuple[str, ...] = ()) -> subprocess.Popen[str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith(("XDG_", "CARNET_"))}
    env |= {"QT_QPA_PLATFORM": "offscreen", "CARNET_HOME": str(home), "HOME": str(home),
            "XDG_RUNTIME_DIR": os.environ["XDG_RUNTIME_DIR"]}
    process = subprocess.Popen([*wrapper, sys.executable, "-m", "carnet", *args], env=env, cwd=cwd, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    processes.append(process)
    return process


def finish(qtbot: QtBot, process: subprocess.Popen[str], timeout_s: float = 20) -> tuple[int, str, str, float]:
    """Wait for ``process`` while this process's event loop runs (it may be the window it talks to)."""
    started = time.monotonic()
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=int(timeout_s * 1000))
    elapsed = time.monotonic() - started
    out, err = process.communicate(timeout=10)
    return process.returncode, out, err, elapsed


def log_of(home: Path) -> str:
    log = home / "logs" / "carnet.log"
    return log.read_text(encoding="utf-8") if log.exists() else ""


def new_book(path: Path) -> Path:
    with Database.open(path) as database:
        set_home_currency(database, "EUR")  # else the window's first paint asks for it
    return path


@contextmanager
def window_on(db_path: Path) -> Iterator[tuple[MainWindow, list[Request]]]:
    """A window on ``db_path`` served as `carnet.ui.launch` serves it; the requests it received."""
    name = server_name(db_path)
    assert name is not None
    server = InstanceServer(name)
    database, window = open_window(db_path, False, False, server)
    received: list[Request] = []
    requests = WindowRequests(window)
    server.received.connect(received.append)
    server.received.connect(requests.take)
    try:
        window.show()
        requests.attach(window)
        yield window, received
    finally:
        window.close()
        launch_module._close(database, server)


def run_launch(monkeypatch: pytest.MonkeyPatch, drive: Callable[[MainWindow], bool], **options: object) -> int:
    """`carnet.ui.launch.launch` in this process, with ``drive(window)`` called every 50 ms inside its event
    loop once the window is on screen, until it returns True; then the window is closed and launch returns."""
    monkeypatch.setattr(launch_module, "install_error_report", lambda: None)  # pytest-qt reports exceptions

    def step() -> None:
        window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()),
                      None)
        if window is not None and drive(window):
            window.close()

    driver = QTimer()
    driver.timeout.connect(step)
    driver.start(50)
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(QApplication.closeAllWindows)  # a failed step must not hang the suite
    watchdog.start(15_000)
    carnet_log = logging.getLogger("carnet")
    handlers, level = list(carnet_log.handlers), carnet_log.level
    try:
        return launch_module.launch(**options)  # type: ignore[arg-type]
    finally:
        driver.stop()
        watchdog.stop()
        for handler in set(carnet_log.handlers) - set(handlers):  # launch's log file, for this test only
            carnet_log.removeHandler(handler)
            handler.close()
        carnet_log.setLevel(level)


def open_wizard(window: MainWindow) -> ImportWizard | None:
    wizard = window.pending_dialog
    return wizard if isinstance(wizard, ImportWizard) and wizard.isVisible() else None


def test_a_second_start_by_another_name_brings_the_window_forward_and_opens_the_import(
    qtbot: QtBot, tmp_path: Path, run_dir: Path, processes: Processes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole launch, in this process: the second start (by a symlink, with a file named relative to its own
    folder) exits 0 at once, and the minimised window comes back with the import wizard on that file."""
    db_path = new_book(tmp_path / "carnet.sqlite3")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "book.sqlite3").symlink_to(db_path)
    (tmp_path / "contacts.csv").write_text(CONTACTS_CSV, encoding="utf-8")
    seen: dict[str, object] = {}

    def drive(window: MainWindow) -> bool:
        if "second" not in seen:
            window.showMinimized()
            seen["second"] = start_carnet(processes, "--db", "book.sqlite3", "../contacts.csv",
                                          home=tmp_path / "second", cwd=tmp_path / "elsewhere")
            seen["started"] = time.monotonic()
            return False
        second = seen["second"]
        assert isinstance(second, subprocess.Popen)
        if second.poll() is not None and "exited" not in seen:
            seen["exited"] = time.monotonic()
        wizard = open_wizard(window)
        if "exited" not in seen or wizard is None:
            return False
        seen.update(minimised=window.isMinimized(), title=wizard.windowTitle(),
                    headers=wizard.state.csv_file.headers if wizard.state.csv_file else None)
        wizard.reject()
        return True

    code = run_launch(monkeypatch, drive, db_path=db_path)
    second = seen["second"]
    assert isinstance(second, subprocess.Popen)
    _out, err = second.communicate(timeout=10)
    assert (code, second.returncode) == (0, 0), err
    assert isinstance(seen["exited"], float) and isinstance(seen["started"], float)
    assert seen["exited"] - seen["started"] < HAND_OVER_S
    assert seen["minimised"] is False
    assert seen["title"] == "Import Contacts from contacts.csv"
    assert seen["headers"] == ["Name", "E-mail Address", "Company"]
    assert "another start asked: import " + str(tmp_path / "contacts.csv") in log_of(tmp_path / "home")
    assert "handed import over" in log_of(tmp_path / "second")
    assert not list(run_dir.iterdir()), "the socket was not removed when the window closed"


def test_carnet_with_a_file_opens_the_window_on_its_import(
    qtbot: QtBot, tmp_path: Path, run_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first start given a file (``carnet contacts.vcf``, what "Open With Carnet" runs): the book's first
    question comes first (a new book has no home currency yet), then the import wizard on the file."""
    db_path = tmp_path / "carnet.sqlite3"
    vcard = tmp_path / "contacts.vcf"
    vcard.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoé Lefèvre\r\nEMAIL:zoe@atelier-oeuvre.fr\r\n"
                     "END:VCARD\r\n", encoding="utf-8")
    seen: list[str] = []

    def drive(window: MainWindow) -> bool:
        dialog = window.pending_dialog
        if dialog is None or not dialog.isVisible():
            return False
        seen.append(type(dialog).__name__)
        if isinstance(dialog, ImportWizard):
            seen.append(dialog.windowTitle())
            dialog.reject()
            return True
        dialog.accept()  # the home currency question, with the currency it offers
        return False

    assert run_launch(monkeypatch, drive, db_path=db_path, import_file=vcard) == 0
    assert seen == ["HomeCurrencyDialog", "ImportWizard", "Import Contacts from contacts.vcf"]


def test_a_real_window_takes_a_second_start_and_a_crashed_ones_socket_is_replaced(
    qtbot: QtBot, tmp_path: Path, run_dir: Path, processes: Processes
) -> None:
    db_path = new_book(tmp_path / "carnet.sqlite3")
    link = tmp_path / "link.sqlite3"
    link.symlink_to(db_path)
    name = server_name(db_path)
    assert name is not None and name == server_name(link) and Path(name).parent == run_dir
    first_home = tmp_path / "first"
    first = start_carnet(processes, "--db", str(db_path), home=first_home)
    qtbot.waitUntil(lambda: "listening for other starts" in log_of(first_home), timeout=15_000)

    code, _, err, elapsed = finish(qtbot, start_carnet(processes, "--db", str(link), home=tmp_path / "second"))
    assert code == 0, err
    assert elapsed < HAND_OVER_S
    qtbot.waitUntil(lambda: "another start asked: raise" in log_of(first_home))

    first.send_signal(signal.SIGKILL)  # a crash: nothing removes the socket file
    first.wait(10)
    assert stat.S_ISSOCK(os.lstat(name).st_mode)
    with window_on(db_path) as (_window, received):
        code, _, err, _ = finish(qtbot, start_carnet(processes, "--db", str(link), home=tmp_path / "third"))
        assert code == 0, err
        qtbot.waitUntil(lambda: received == [Request(RAISE)])
    assert not os.path.lexists(name)


def test_the_running_window_opens_the_import_once_the_dialog_on_screen_is_closed(
    qtbot: QtBot, tmp_path: Path, run_dir: Path, processes: Processes
) -> None:
    db_path = tmp_path / "carnet.sqlite3"
    Database.open(db_path).close()  # no home currency yet: the window asks for one
    contacts = tmp_path / "contacts.csv"
    contacts.write_text(CONTACTS_CSV, encoding="utf-8")
    with window_on(db_path) as (window, received):
        window.ask_home_currency_once()
        question = window.pending_dialog
        assert question is not None and question.isVisible()
        code, _, err, _ = finish(qtbot, start_carnet(processes, "--db", str(db_path), str(contacts),
                                                     home=tmp_path / "second"))
        assert code == 0, err
        qtbot.waitUntil(lambda: received == [Request(IMPORT, str(contacts))])
        qtbot.wait(3 * 250)  # three retries: the wizard must still not have replaced the question
        assert window.pending_dialog is question
        question.accept()
        qtbot.waitUntil(lambda: isinstance(window.pending_dialog, ImportWizard) and window.pending_dialog.isVisible())
        window.pending_dialog.reject()


def test_another_database_gets_its_own_window(qtbot: QtBot, tmp_path: Path, run_dir: Path,
                                               processes: Processes) -> None:
    mine, other = new_book(tmp_path / "mine.sqlite3"), new_book(tmp_path / "other.sqlite3")
    assert server_name(mine) != server_name(other)
    with window_on(mine) as (_window, received):
        code, out, err, _ = finish(qtbot, start_carnet(processes, "--db", str(other), "--smoke",
                                                       home=tmp_path / "second"))
        assert code == 0, err
        assert "board painted at" in out  # it opened its own window
        QApplication.processEvents()
        assert received == []


def test_another_user_never_reaches_the_window(qtbot: QtBot, tmp_path: Path, run_dir: Path) -> None:
    """Run as ``nobody`` (a forked child: that user cannot start the interpreter, which lives under /root): the
    same file gives that user another socket, in their own folder, and this user's socket cannot be entered."""
    db_path = new_book(tmp_path / "carnet.sqlite3")
    mine = server_name(db_path)
    assert mine is not None

    def as_other_user(runtime: str) -> tuple[str | None, str, str]:
        os.environ["XDG_RUNTIME_DIR"] = runtime
        theirs = server_name(db_path)
        outcome = hand_over(mine, Request(RAISE), answer_timeout_ms=1000)
        raw = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            raw.connect(mine)
            refusal = "connected"
        except OSError as exc:
            refusal = type(exc).__name__
        finally:
            raw.close()
        return theirs, outcome.value, refusal

    with window_on(db_path) as (_window, received), user_folder() as runtime:
        theirs, outcome, refusal = in_child(as_other_user, str(runtime), as_unprivileged=True)
        QApplication.processEvents()
        assert received == []
    assert user_ids()[0] != os.getuid()
    assert theirs is not None and theirs != mine and Path(theirs).parent == runtime
    assert outcome == Outcome.NO_SERVER.value
    assert refusal == "PermissionError"


def test_a_file_held_by_a_program_that_does_not_answer_is_refused_in_words_for_the_desktop(
    qtbot: QtBot, tmp_path: Path, run_dir: Path, processes: Processes
) -> None:
    """What an older Carnet (no socket) or ``carnet import`` in a terminal does: hold the file's lock."""
    db_path = new_book(tmp_path / "carnet.sqlite3")
    with DatabaseLock(db_path):
        code, _, err, elapsed = finish(qtbot, start_carnet(processes, "--db", str(db_path), "--smoke",
                                                           home=tmp_path / "second"))
    assert code == 2
    assert "already open in another Carnet window that does not answer" in err
    assert "--db" not in err and "Traceback" not in err
    assert START_WAIT_S <= elapsed < START_WAIT_S + 10  # it asked for a while, in case that was a Carnet starting


def test_a_start_that_finds_the_file_locked_waits_for_the_carnet_opening_it(
    qtbot: QtBot, tmp_path: Path, run_dir: Path, processes: Processes
) -> None:
    """Two starts close together (a double click): the first holds the file but listens only once it has
    checked it; the second keeps asking meanwhile instead of calling the file in use."""
    db_path = new_book(tmp_path / "carnet.sqlite3")
    name = server_name(db_path)
    assert name is not None
    server = InstanceServer(name)
    received: list[Request] = []
    server.received.connect(received.append)
    with DatabaseLock(db_path):
        second = start_carnet(processes, "--db", str(db_path), home=tmp_path / "second")
        qtbot.waitUntil(lambda: "is locked: waiting" in log_of(tmp_path / "second"), timeout=15_000)
        assert server.listen()
        try:
            code, _, err, _ = finish(qtbot, second)
            assert code == 0, err
            qtbot.waitUntil(lambda: received == [Request(RAISE)])
        finally:
            server.close()


def traced_child(process: subprocess.Popen[str]) -> int:
    """The process strace started (its only child)."""
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
    assert len(children) == 1, children
    return int(children[0])


def test_the_hand_over_is_a_local_socket_not_a_network_connection(
    qtbot: QtBot, tmp_path: Path, run_dir: Path, processes: Processes
) -> None:
    """The offline promise (tests/test_offline.py) holds for both sides of a hand-over, watched with strace: a
    real window (which loads QtNetwork for its QLocalServer) binds only the AF_UNIX socket in the user's runtime
    folder, and the second start's only connection is to it."""
    from tests.test_offline import TRACED, network_uses

    strace = shutil.which("strace")
    assert strace is not None, "strace is not installed (apt-get install strace; .ci/run installs it)"
    db_path = new_book(tmp_path / "carnet.sqlite3")
    name = server_name(db_path)
    traces = {side: tmp_path / f"{side}.strace" for side in ("first", "second")}

    def traced(side: str) -> tuple[str, ...]:
        return strace, "-f", "-e", f"trace={TRACED}", "-o", str(traces[side])

    first = start_carnet(processes, "--db", str(db_path), home=tmp_path / "first", wrapper=traced("first"))
    qtbot.waitUntil(lambda: "listening for other starts" in log_of(tmp_path / "first"), timeout=15_000)
    code, _, err, _ = finish(qtbot, start_carnet(processes, "--db", str(db_path), home=tmp_path / "second",
                                                 wrapper=traced("second")))
    assert code == 0, err
    qtbot.waitUntil(lambda: "another start asked: raise" in log_of(tmp_path / "first"))
    os.kill(traced_child(first), signal.SIGKILL)  # strace then writes its last lines and ends
    first.communicate(timeout=10)
    calls = {side: trace.read_text().splitlines() for side, trace in traces.items()}
    assert any(f'sun_path="{name}"' in line for line in calls["second"] if "connect(" in line)
    assert any("AF_UNIX" in line for line in calls["first"] if "bind(" in line)
    for side in calls:
        assert {what: lines for what, lines in network_uses(calls[side]).items() if lines} == {}, side


def test_the_window_refuses_what_is_not_a_request(qtbot: QtBot, tmp_path: Path, run_dir: Path) -> None:
    db_path = new_book(tmp_path / "carnet.sqlite3")

    def send(data: bytes) -> bytes:
        client = QLocalSocket()
        answer = bytearray()
        client.readyRead.connect(lambda: answer.extend(bytes(client.readAll().data())))
        client.connectToServer(str(server_name(db_path)))
        qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.ConnectedState)
        client.write(data)
        qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.UnconnectedState)
        return bytes(answer)

    with window_on(db_path) as (_window, received):
        assert json.loads(send(b'{"protocol": 1, "action": "delete everything"}\n')) == {
            "ok": False, "reason": "unknown request: 'delete everything'"}
        assert json.loads(send(b'{"protocol": 1, "action": "import", "path": "relative.csv"}\n'))["ok"] is False
        assert json.loads(send(b"\xff\xfe not json\n"))["ok"] is False
        assert send(b"x" * 70_000) == b""  # no line in sight: dropped
        assert json.loads(send(Request(RAISE).encode())) == {"ok": True}
        QApplication.processEvents()
        assert received == [Request(RAISE)]


@pytest.mark.parametrize("path", ["/home/zoé/Contacts Google.csv", "/home/ana/export-\udcff.vcf"])
def test_a_request_survives_its_journey(path: str) -> None:
    assert Request.decode(Request(IMPORT, path).encode()) == Request(IMPORT, path)


def test_the_socket_folder_must_be_the_users_alone(tmp_path: Path, run_dir: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o777)  # a folder others may enter is not a place for the socket
    uid = os.getuid()
    assert server_name(tmp_path / "carnet.sqlite3", folder=run_dir) is not None
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    name = server_name(tmp_path / "carnet.sqlite3")
    assert name is not None and Path(name).parent == Path(tempfile.gettempdir()) / f"carnet-{uid}"
    assert stat.S_IMODE(os.stat(Path(name).parent).st_mode) == 0o700


@pytest.mark.parametrize(("words", "import_file", "db"), [
    (["contacts.csv"], Path("contacts.csv"), None),
    (["--db", "book.sqlite3", "contacts.vcf"], Path("contacts.vcf"), Path("book.sqlite3")),
    (["--import", "contacts.csv"], Path("contacts.csv"), None),
    (["--", "-odd name.csv"], Path("-odd name.csv"), None),
    ([], None, None),
])
def test_carnet_file_opens_the_window_on_its_import(words: list[str], import_file: Path | None,
                                                    db: Path | None) -> None:
    args = parse_arguments(words)
    assert (args.command, args.import_file, args.db) == (None, import_file, db)


def test_the_commands_keep_their_meaning() -> None:
    assert parse_arguments(["import", "contacts.csv"]).command == "import"
    assert parse_arguments(["--db", "check"]).db == Path("check")  # a value, not a command
    subcommands = next(a for a in build_parser()._actions if a.dest == "command")
    assert set(COMMANDS) == set(subcommands.choices or ())
    with pytest.raises(SystemExit):
        parse_arguments(["--import", "contacts.csv", "check"])
