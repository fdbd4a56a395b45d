"""A private session D-Bus for tests: its own dbus-daemon (no service files, so no real notification daemon is
started), and `notification_daemon.py` on it. Used by tests/test_reminders.py and tests/test_offline.py."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

DAEMON = Path(__file__).with_name("notification_daemon.py")
START_TIMEOUT_S = 20

CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@dataclass
class SessionBus:
    address: str
    calls: Path  # the daemon's record: one JSON line per Notify

    def environment(self) -> dict[str, str]:
        return {**os.environ, "DBUS_SESSION_BUS_ADDRESS": self.address}


def _first_line(process: subprocess.Popen[str], what: str) -> str:
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    if not line:
        process.kill()
        _out, errors = process.communicate(timeout=START_TIMEOUT_S)
        pytest.fail(f"{what} did not start: {errors[-2000:]}", pytrace=False)
    return line


@contextmanager
def session_bus(calls: Path, *, click: bool = False, daemon: bool = True) -> Iterator[SessionBus]:
    """A dbus-daemon of its own with the stand-in notification daemon on it (clicking each one if ``click``;
    none if not ``daemon``)."""
    executable = shutil.which("dbus-daemon")
    if executable is None:
        pytest.fail("dbus-daemon is not installed: the reminders' tests send notifications over a private "
                    "session bus (apt-get install dbus-daemon; .ci/run installs it)", pytrace=False)
    # Short: a socket's path must fit in 108 bytes, which pytest's temporary folders may not.
    folder = Path(tempfile.mkdtemp(prefix="carnet-bus-"))
    config = folder / "session.conf"
    config.write_text(CONFIG.format(folder=folder), encoding="utf-8")
    bus = subprocess.Popen([executable, f"--config-file={config}", "--nofork", "--nopidfile", "--print-address=1"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    notifications: subprocess.Popen[str] | None = None
    try:
        found = SessionBus(_first_line(bus, "dbus-daemon"), calls)
        if daemon:
            command = [sys.executable, str(DAEMON), str(calls), *(["--click"] if click else [])]
            notifications = subprocess.Popen(command, env=found.environment() | {"QT_QPA_PLATFORM": "offscreen"},
                                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            assert _first_line(notifications, "the stand-in notification daemon") == "ready"
        yield found
    finally:
        for process in (notifications, bus):
            if process is not None:
                process.terminate()
                process.communicate(timeout=START_TIMEOUT_S)
        shutil.rmtree(folder, ignore_errors=True)
