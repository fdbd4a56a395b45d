"""Carnet opens no network connection, ever (SPEC §4); handing a URL to the desktop on a click is the only exception.

Two watches over the same flows (tests/offline_probe.py: the board, every tab, every export, the gift list's PDF):

- inside the test's process, Python's socket module and QPrinter (the door to the print system, whose CUPS
  backend talks to a print server) refuse every use and record it;
- from outside, a real Carnet process runs under strace, which sees what C libraries do too: libcups, loaded
  by Qt's print support, connects to port 631 without Python ever knowing.

Local sockets are not network connections, and neither watch refuses them: AF_UNIX reaches only processes on
this computer, through a file. Carnet has one of its own: the window open on a database listens on a
`QLocalServer` (an AF_UNIX socket in the user's private runtime folder, `carnet.ui.single_instance`) so that
a second start on that file hands its request over; tests/test_single_instance.py watches that hand-over
under strace with `network_uses` below. A reminder's notification goes to the desktop's notification daemon over
the session D-Bus, another AF_UNIX socket (`test_a_reminder_reaches_the_desktop_over_its_local_bus_only`). The print
server's local socket is still refused by name (CUPS).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6 import QtPrintSupport
from pytestqt.qtbot import QtBot

from offline_probe import PRINT_SYSTEM_LIBRARIES, run_flows
from session_bus import session_bus

PROBE = Path(__file__).with_name("offline_probe.py")
REMINDER_PROBE = Path(__file__).with_name("reminder_probe.py")
TRACED = "connect,bind,sendto,sendmsg,sendmmsg,openat"
PROBE_TIMEOUT_S = 60  # it takes about 3 s; a hang (a modal dialog nobody answers) must not stall the suite


class NoNetwork(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way Python code opens a connection or resolves a name fails loudly, and is recorded; so does
    creating a QPrinter, which connects to the print server from C, out of the socket module's sight."""
    attempts: list[str] = []

    def refuse(name: str):
        def refused(*args: object, **kwargs: object) -> None:
            attempts.append(name)
            raise NoNetwork(f"Carnet tried to use the network: {name}{args!r}")

        return refused

    class RefusedSocket(socket.socket):
        def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
            if family in (socket.AF_INET, socket.AF_INET6, -1):
                refuse("socket")(family)
            super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "socket", RefusedSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, refuse(name))
    # Only printing, on the user's explicit choice, may create one. The constructor itself is replaced, so
    # a module that imported the class before this fixture ran is caught too.
    monkeypatch.setattr(QtPrintSupport.QPrinter, "__init__", refuse("QPrinter"))
    return attempts


def test_the_main_flows_open_no_connection(qtbot: QtBot, tmp_path: Path, no_network: list[str]) -> None:
    try:
        run_flows(tmp_path, keep=qtbot.addWidget)
    finally:
        # Checked even when the flows broke: a refused use, inside a slot, breaks them further on.
        assert no_network == []


def test_the_guard_catches_a_connection(no_network: list[str]) -> None:
    with pytest.raises(NoNetwork):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(NoNetwork):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    from PySide6.QtPrintSupport import QPrinter

    with pytest.raises(NoNetwork):
        QPrinter()
    assert no_network == ["create_connection", "socket", "QPrinter"]


def _traced_run(folder: Path, probe: Path = PROBE,
                environment: dict[str, str] | None = None) -> tuple[list[str], dict[str, object]]:
    """Run the probe under strace: the traced system calls of every thread, and the probe's own report.
    ``environment``: variables the probe gets on top of the test's (a session bus's address)."""
    strace = shutil.which("strace")
    if strace is None:
        pytest.fail("strace is not installed: this test watches a Carnet process's system calls with it "
                    "(apt-get install strace; .ci/run installs it)", pytrace=False)
    trace = folder / "strace.txt"
    # A home of its own: whatever Qt or a library would keep in the user's folders lands in the test's.
    env = {name: value for name, value in os.environ.items() if not name.startswith("XDG_")}
    env |= {"QT_QPA_PLATFORM": "offscreen", "HOME": str(folder / "home")} | (environment or {})
    command = [strace, "-f", "-e", f"trace={TRACED}", "-o", str(trace), sys.executable, str(probe), str(folder)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=PROBE_TIMEOUT_S)
    if done.returncode != 0:
        hint = " (strace cannot trace here: ptrace is not permitted)" if "ptrace" in done.stderr.lower() else ""
        pytest.fail(f"the probe failed{hint}, exit status {done.returncode}:\n{done.stderr[-4000:]}", pytrace=False)
    return trace.read_text().splitlines(), json.loads(done.stdout.strip().splitlines()[-1])


def network_uses(calls: list[str]) -> dict[str, list[str]]:
    """What in strace's lines breaks the promise, by kind: a connection or datagram to an IP address (any
    port, loopback too: a local print server forwards to the office's), the CUPS server's local socket, and
    loading Qt's print support plugin or libcups (which connect as soon as a QPrinter asks for printers)."""
    sockets = [line for line in calls if re.search(r"\b(connect|bind|sendto|sendmsg|sendmmsg)\(", line)]
    files = [line for line in calls if "openat(" in line]
    return {
        "used a network address": [line for line in sockets if re.search(r"sa_family=AF_INET6?\b", line)],
        "connected to the CUPS print server": [line for line in sockets if re.search(r'sun_path=@?"[^"]*cups', line)],
        "loaded the print system": [line for line in files if re.search(r'"[^"]*(/printsupport|libcups)', line)],
    }


def test_a_real_carnet_process_opens_no_connection(tmp_path: Path) -> None:
    calls, report = _traced_run(tmp_path)
    # The trace is real: the PDF the gifts tab wrote was seen being opened.
    assert any(f'"{tmp_path / "gifts.pdf"}"' in line for line in calls if "openat(" in line)
    found = {what: lines for what, lines in network_uses(calls).items() if lines}
    assert not found, "\n".join(f"Carnet {what}:\n  " + "\n  ".join(lines[:6]) for what, lines in found.items())
    assert report == {"libraries": [], "print_support_imported": False}, f"one of {PRINT_SYSTEM_LIBRARIES} is loaded"


def test_a_reminder_reaches_the_desktop_over_its_local_bus_only(tmp_path: Path) -> None:
    """A follow-up falls due in a real window: its notification goes to the desktop's notification daemon over
    the session D-Bus (an AF_UNIX socket, here a private bus with a stand-in daemon that clicks it), and the
    click comes back and opens the contact; nothing on the way uses a network address."""
    calls_file = tmp_path / "notify-calls.jsonl"
    with session_bus(calls_file, click=True) as bus:
        calls, report = _traced_run(tmp_path, REMINDER_PROBE, {"DBUS_SESSION_BUS_ADDRESS": bus.address})
    assert report["dbus"] is True and report["shown"] == report["contact"], report
    [notified] = [json.loads(line) for line in calls_file.read_text(encoding="utf-8").splitlines()]
    assert notified["summary"] == "1 follow-up due today"
    # The trace is real: it saw the connection to the bus's socket.
    bus_socket = bus.address.split("path=", 1)[1].split(",", 1)[0]
    assert any("AF_UNIX" in line and bus_socket in line for line in calls if "connect(" in line)
    found = {what: lines for what, lines in network_uses(calls).items() if lines}
    assert not found, "\n".join(f"Carnet {what}:\n  " + "\n  ".join(lines[:6]) for what, lines in found.items())


# strace lines as a QPrinter makes them (seen when Save as PDF used one), plus a CUPS socket and a remote server.
QPRINTER_CALLS = [
    '71 openat(AT_FDCWD, "/venv/PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", O_RDONLY|O_CLOEXEC) = 5',
    '71 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libcups.so.2", O_RDONLY|O_CLOEXEC) = 5',
    '71 connect(5, {sa_family=AF_UNIX, sun_path="/run/cups/cups.sock"}, 110) = -1 ENOENT (No such file or directory)',
    '71 connect(4, {sa_family=AF_INET6, sin6_port=htons(631), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", '
    '&sin6_addr), sin6_scope_id=0}, 28) = -1 EINPROGRESS (Operation now in progress)',
    '72 connect(4, {sa_family=AF_INET, sin_port=htons(631), sin_addr=inet_addr("10.0.0.7")}, 16 <unfinished ...>',
]
HARMLESS_CALLS = [
    '71 openat(AT_FDCWD, "/tmp/pytest/gifts.pdf", O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC, 0666) = 12',
    '71 connect(4, {sa_family=AF_UNIX, sun_path="/run/dbus/system_bus_socket"}, 110) = 0',
    '71 sendto(3, [{nlmsg_len=20, nlmsg_type=RTM_GETADDR, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP}], 20, 0, '
    '{sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 20',
]


def test_the_trace_check_catches_the_print_system() -> None:
    found = network_uses(QPRINTER_CALLS + HARMLESS_CALLS)
    assert found == {
        "used a network address": QPRINTER_CALLS[3:],
        "connected to the CUPS print server": QPRINTER_CALLS[2:3],
        "loaded the print system": QPRINTER_CALLS[:2],
    }
