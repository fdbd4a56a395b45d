"""One window per database file: a second ``carnet`` on a file that is open hands its request to that window.

The running Carnet listens on a local socket (`QLocalServer`: an AF_UNIX socket on Linux and macOS, a named
pipe on Windows; never a network address) named after the database's resolved path and the user, so two
names of one file (a symlink, a relative path) meet the same window, and two users on one machine never
meet each other. A second start connects, sends one JSON line ({"action": "raise"} or {"action": "import",
"path": …}), waits for the answer ({"ok": true}) and exits 0; the running window comes to the front and, for
an import, opens the import wizard on the file.

Who may listen is decided by the database's lock (`storage.lock`), not by the socket: only the process that
holds the file's lock listens, so a socket file left by a crashed Carnet can be removed without asking (no
live Carnet can own it), and two Carnets starting at once never both become the server. A process that holds
the file without answering (an older Carnet, one still checking the file at start, a ``carnet import`` in a
terminal) gets a few seconds to start listening; after that the start-up says the file is in use.

The socket lives in a folder only the user can enter: ``$XDG_RUNTIME_DIR`` (0700 by the system), else a
``carnet-<uid>`` folder in the temporary folder, created 0700 and refused if it is anyone else's. A name in
the shared temporary folder itself could be taken first by another user, who would then receive the requests.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

from carnet.storage.errors import DatabaseBusy, DatabaseLocked

if TYPE_CHECKING:
    from carnet.ui.main_window import MainWindow

log = logging.getLogger("carnet")
T = TypeVar("T")

PROTOCOL = 1
RAISE = "raise"
IMPORT = "import"
CONNECT_TIMEOUT_MS = 1_000
# The running Carnet answers from its event loop: while it is still building its window (a large book) the
# connection waits in the socket's queue, so the wait is generous. A window that does not answer in this time
# is taken for one that is not responding.
ANSWER_TIMEOUT_MS = 10_000
# A process that holds the file without listening may be a Carnet between taking the lock and listening (its
# check and day's backup of the file); how long a second start keeps asking before it says the file is in use.
START_WAIT_S = 3.0
POLL_S = 0.1
MAX_MESSAGE = 64 * 1024  # a request is a path; more than this is not a Carnet talking
READ_TIMEOUT_MS = 5_000  # a connection that never sends its line is dropped
IMPORT_RETRY_MS = 250  # how often a waiting import looks whether the dialog in its way has closed
# A Unix socket's path must fit in sockaddr_un.sun_path (108 bytes on Linux, 104 on macOS, with its NUL).
MAX_SOCKET_PATH = 103

# Shown by the start-up when the file is locked and nobody answers on its socket (translated by error_text).
STILL_IN_USE = (
    "{path} is already open in another Carnet window that does not answer (an older version of Carnet, or one "
    "that is busy), or in another program. The file is not damaged. Close that window or program, or wait for "
    "it to finish, then try again."
)


@dataclass(frozen=True)
class Request:
    """What a second start asks of the running window: come to the front, and import ``path`` if given."""

    action: str = RAISE
    path: str | None = None

    def encode(self) -> bytes:
        message: dict[str, object] = {"protocol": PROTOCOL, "action": self.action}
        if self.path is not None:
            message["path"] = self.path
        # ensure_ascii (the default) keeps a file name that is not UTF-8 (surrogate escapes) encodable.
        return json.dumps(message).encode("ascii") + b"\n"

    @classmethod
    def decode(cls, line: bytes) -> Request:
        """The request in ``line``; ValueError (with the reason) for anything else."""
        try:
            message = json.loads(line)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"not JSON: {exc}") from None
        if not isinstance(message, dict) or message.get("protocol") != PROTOCOL:
            raise ValueError(f"not protocol {PROTOCOL}")
        action, path = message.get("action"), message.get("path")
        if action == RAISE and path is None:
            return cls(RAISE)
        if action == IMPORT and isinstance(path, str) and os.path.isabs(path):
            return cls(IMPORT, path)
        raise ValueError(f"unknown request: {action!r}")


class Outcome(Enum):
    HANDED_OVER = "handed over"
    NO_SERVER = "no server"  # nothing listens (no socket, a dead one's, or it closed on us): open the file here
    NO_ANSWER = "no answer"  # something listens but did not answer in time


class HandedOver(Exception):  # not an error: the way out of the start once the window has the request
    """The running window took the request: this start has nothing left to do."""


def socket_folder(uid: int | None = None) -> Path | None:
    """The user's private folder for the socket, or None when there is none to be trusted (see the module)."""
    uid = os.getuid() if uid is None else uid
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime) and _private_folder(Path(runtime), uid):
        return Path(runtime)
    folder = Path(tempfile.gettempdir()) / f"carnet-{uid}"
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        pass
    except OSError as exc:
        log.warning("no folder for the single-instance socket (%s): each start opens its own window", exc)
        return None
    if not _private_folder(folder, uid):
        log.warning("%s is not a private folder of this user: each start opens its own window", folder)
        return None
    return folder


def _private_folder(folder: Path, uid: int) -> bool:
    try:
        info = os.lstat(folder)  # lstat: a symlink planted by someone else is refused, not followed
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == uid and not info.st_mode & 0o077


def server_name(db_path: Path, uid: int | None = None, folder: Path | None = None) -> str | None:
    """The socket the Carnet holding ``db_path`` listens on; None if this user has no private folder for it.

    A hash of the user and the resolved path: every name of the file gives the same socket, and the name
    says nothing of the file to whoever lists the folder.
    """
    if sys.platform == "win32":  # pragma: no cover - a named pipe; UserAccessOption keeps it to this user
        user = os.environ.get("USERNAME", "")
        digest = hashlib.sha256(f"{user}\0{os.path.realpath(db_path)}".encode()).hexdigest()
        return f"carnet-{digest[:32]}"
    uid = os.getuid() if uid is None else uid
    key = f"{uid}\0{os.path.realpath(db_path)}".encode("utf-8", "surrogateescape")
    name = f"carnet-{hashlib.sha256(key).hexdigest()[:32]}"
    folder = folder or socket_folder(uid)
    if folder is None:
        return None
    path = folder / name
    if len(os.fsencode(path)) > MAX_SOCKET_PATH:
        log.warning("the folder %s is too deep for a socket: each start opens its own window", folder)
        return None
    return str(path)


def hand_over(name: str, request: Request, answer_timeout_ms: int = ANSWER_TIMEOUT_MS) -> Outcome:
    """Give ``request`` to the Carnet listening on ``name``. Blocking, without an event loop: the start waits."""
    socket = QLocalSocket()
    try:
        socket.connectToServer(name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            # No socket file, or one nobody listens on (a crashed Carnet's: the next Carnet to hold the file
            # removes it), or one this user may not enter.
            return Outcome.NO_SERVER
        socket.write(request.encode())
        socket.flush()
        answer = bytearray()
        deadline = time.monotonic() + answer_timeout_ms / 1000
        while b"\n" not in answer:
            left = int((deadline - time.monotonic()) * 1000)
            if left <= 0:
                log.warning("the Carnet on %s did not answer in %d ms", name, answer_timeout_ms)
                return Outcome.NO_ANSWER
            if not socket.waitForReadyRead(left):
                if socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
                    return Outcome.NO_SERVER  # it closed: shutting down, or its file could not be opened
                continue
            answer += bytes(socket.readAll().data())
        reply = json.loads(bytes(answer).split(b"\n", 1)[0])
        if isinstance(reply, dict) and reply.get("ok") is True:
            log.info("handed %s over to the Carnet already open", request.action)
            return Outcome.HANDED_OVER
        log.warning("the Carnet already open refused %s: %s", request.action, reply)
        return Outcome.NO_ANSWER
    except ValueError as exc:  # an answer that is not JSON
        log.warning("the Carnet on %s answered nonsense: %s", name, exc)
        return Outcome.NO_ANSWER
    finally:
        socket.abort()


def open_or_hand_over(open_here: Callable[[], T], name: str | None, request: Request,
                      *, wait_s: float = START_WAIT_S) -> T:
    """``open_here()``'s result, or `HandedOver` once the Carnet holding the file took ``request``.

    Asking comes first, so that a second start never touches the file (not even to check it); if nobody
    answers, the file is opened here, and the Carnet that opens it becomes the server. A file locked by
    someone who does not answer is asked again for ``wait_s`` (see START_WAIT_S), then refused as in use
    (`DatabaseBusy`, which the start-up offers to try again), in words for a desktop user rather than the
    command line's.
    """
    deadline = time.monotonic() + wait_s
    waiting = False
    while True:
        outcome = Outcome.NO_SERVER if name is None else hand_over(name, request)
        if outcome is Outcome.HANDED_OVER:
            raise HandedOver
        try:
            return open_here()
        except DatabaseLocked as locked:
            if name is None or outcome is Outcome.NO_ANSWER or time.monotonic() >= deadline:
                log.warning("%s is locked by a process that does not answer", locked.args_map.get("path"))
                raise DatabaseBusy(STILL_IN_USE, path=locked.args_map.get("path", "")) from locked
            if not waiting:
                log.info("%s is locked: waiting %.0f s for its Carnet to answer", locked.args_map.get("path"),
                         wait_s)
                waiting = True
        time.sleep(POLL_S)


class InstanceServer(QObject):
    """Listens on ``name`` while this process holds the database; each request is answered, then `received`."""

    received = Signal(object)  # a Request, after its answer was sent

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        # Read and write for the owner only (the folder is private too): belt and braces on Unix, and what
        # keeps other users off the named pipe on Windows.
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; call only while holding the database's lock. False (logged) if it cannot."""
        # A socket file of this name now is a dead Carnet's: a live one would hold the lock we have. (With
        # UserAccessOption, Qt binds in a temporary folder and renames the socket over the name, which would
        # replace even a live Carnet's socket: that is why only the lock's holder may come here.)
        QLocalServer.removeServer(self.name)
        if self._server.listen(self.name):
            log.info("listening for other starts on %s", self.name)
            return True
        log.warning("cannot listen on %s (%s): another start will not find this window",
                    self.name, self._server.errorString())
        return False

    def close(self) -> None:
        """Stop listening (removes the socket file): before the database's lock is released, never after,
        or this would remove the socket of the next Carnet to open the file."""
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            buffer = bytearray()
            connection.readyRead.connect(lambda c=connection, b=buffer: self._read(c, b))
            connection.disconnected.connect(connection.deleteLater)
            QTimer.singleShot(READ_TIMEOUT_MS, connection, connection.abort)
            self._read(connection, buffer)

    def _read(self, connection: QLocalSocket, buffer: bytearray) -> None:
        if buffer.endswith(b"\n"):
            return  # answered already; anything more is ignored
        buffer += bytes(connection.readAll().data())
        if b"\n" not in buffer:
            if len(buffer) > MAX_MESSAGE:
                connection.abort()
            return
        line = bytes(buffer).split(b"\n", 1)[0]
        buffer[:] = b"\n"
        try:
            request = Request.decode(line)
        except ValueError as exc:
            log.warning("refused a message from another start: %s", exc)
            self._answer(connection, {"ok": False, "reason": str(exc)})
            return
        log.info("another start asked: %s %s", request.action, request.path or "")
        self._answer(connection, {"ok": True})
        self.received.emit(request)

    @staticmethod
    def _answer(connection: QLocalSocket, answer: dict[str, object]) -> None:
        connection.write(json.dumps(answer).encode("ascii") + b"\n")
        connection.flush()  # now, not at the next event loop pass: an import may keep this one busy
        connection.disconnectFromServer()


class WindowRequests(QObject):
    """Carries requests out on the window: brings it to the front, and opens each import once nothing is in
    its way (a dialog on screen is finished first: the wizard must not open beneath it or replace it)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window: MainWindow | None = None
        self._imports: list[str] = []
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(IMPORT_RETRY_MS)
        self._retry.timeout.connect(self._open_imports)

    def attach(self, window: MainWindow) -> None:
        """Requests reach ``window`` from now on (those taken before were for the window being opened)."""
        self._window = window
        self._open_imports()

    def take(self, request: Request) -> None:
        if self._window is not None and request.action in (RAISE, IMPORT):
            bring_to_front(self._window)
        if request.action == IMPORT and request.path is not None:
            self._imports.append(request.path)
            QTimer.singleShot(0, self, self._open_imports)  # out of the socket's slot

    def _open_imports(self) -> None:
        from carnet.ui.import_flow import import_contacts

        window = self._window
        if window is None or not self._imports:
            return
        if window.pending_dialog is not None or QApplication.activeModalWidget() is not None:
            self._retry.start()  # polled: a dialog of any kind, opened in any way, says nothing when it closes
            return
        import_contacts(window, self._imports.pop(0))
        if self._imports:
            self._retry.start()


def bring_to_front(window: QWidget) -> None:
    """Un-minimise (keeping a maximised window maximised), raise and focus ``window``, and the dialog on it.

    Not `showNormal`, which would also un-maximise. A window manager may refuse to give the focus (focus
    stealing prevention on X11): then the taskbar entry asks for attention instead.
    """
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
    modal = QApplication.activeModalWidget()
    if modal is not None and modal is not window:
        modal.raise_()
        modal.activateWindow()
    QApplication.alert(window)  # nothing if the window is active
