"""A stand-in for the desktop's notification daemon (dunst, GNOME Shell…), for tests/test_reminders.py and the
offline test: it owns org.freedesktop.Notifications on the session bus named by DBUS_SESSION_BUS_ADDRESS, writes
each Notify call it receives as one JSON line to the file given, and with ``--click`` clicks each notification
at once (the "default" action, as a click on the bubble does).

``python tests/notification_daemon.py CALLS.jsonl [--click]``; prints "ready" once the name is owned.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusArgument, QDBusConnection

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


@ClassInfo({"D-Bus Interface": SERVICE})
class Daemon(QObject):
    """The specification's methods and signals, as a daemon exports them (with introspection data)."""

    ActionInvoked = Signal("uint", str)
    NotificationClosed = Signal("uint", "uint")

    def __init__(self, calls: Path, click: bool) -> None:
        super().__init__()
        self.calls = calls
        self.click = click
        self.last_id = 0

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, app_name: str, replaces_id: int, app_icon: str, summary: str, body: str,
               actions: list[str], hints: dict[str, object], expire_timeout: int) -> int:
        self.last_id += 1
        number = self.last_id
        call = {"id": number, "app_name": app_name, "replaces_id": replaces_id, "app_icon": app_icon,
                "summary": summary, "body": body, "actions": list(actions),
                "hints": {str(key): _readable(value) for key, value in hints.items()}, "expire_timeout": expire_timeout}
        with self.calls.open("a", encoding="utf-8") as file:
            file.write(json.dumps(call) + "\n")
        if self.click:  # after the reply: the sender knows the id by then, as with a user's click
            QTimer.singleShot(0, lambda: self.ActionInvoked.emit(number, "default"))
        return number

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:
        return ["actions", "body", "body-markup"]

    @Slot("uint")
    def CloseNotification(self, number: int) -> None:
        self.NotificationClosed.emit(number, 3)

    @Slot(result="QStringList")
    def GetServerInformation(self) -> list[str]:
        return ["carnet-test-daemon", "Carnet", "1", "1.2"]


def _readable(value: object) -> object:
    """A hint's value for the record: a text or number as it is; a structure ("image-data") as its D-Bus type."""
    if isinstance(value, QDBusArgument):
        return value.currentSignature()
    return value if isinstance(value, str | int | bool) else repr(value)


def main() -> None:
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.sessionBus()
    daemon = Daemon(Path(sys.argv[1]), "--click" in sys.argv[2:])
    options = QDBusConnection.RegisterOption.ExportAllSlots | QDBusConnection.RegisterOption.ExportAllSignals
    if not (bus.isConnected() and bus.registerObject(PATH, daemon, options) and bus.registerService(SERVICE)):
        print(f"cannot own {SERVICE}: {bus.lastError().message()}", file=sys.stderr, flush=True)
        sys.exit(1)
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
