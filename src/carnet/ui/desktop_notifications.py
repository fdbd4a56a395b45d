"""Desktop notifications: a message outside the window that the user can click (issue 17, reminders).

Three ways to show one, tried in this order by `desktop_notifier`:

- `DBusNotifier`: the freedesktop notification service (GNOME, KDE, Xfce, dunst, mako…) over the session
  D-Bus, a local AF_UNIX socket (`carnet.ui.dbus_wire`, which says why not QtDBus). A click sends the action
  "default" back (`ActionInvoked`).
- `TrayNotifier`: `QSystemTrayIcon.showMessage`, where there is no such service (Windows, macOS); a click
  on the message is `messageClicked`. The icon shows while Carnet runs, from the first message on.
- `WindowNotifier`: the window's status bar, and its taskbar entry asks for attention: a desktop with
  neither still sees the reminder when it comes back to Carnet.

Nothing here reaches the network: D-Bus and the tray are local.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMainWindow, QSystemTrayIcon

from carnet.resources import app_icon
from carnet.ui.dbus_wire import BUS_NAME, BUS_PATH, BusConnection, DBusError, Variant

log = logging.getLogger("carnet.notifications")

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
DEFAULT_ACTION = "default"  # the action a click on the notification itself invokes (the specification's name)
DESKTOP_ENTRY = "carnet"  # resources/carnet.desktop: the desktop names the sender and finds its icon by it
ICON_SIZE = 64  # pixels: the daemons show 32 to 64
CONTEXT = "DesktopNotifications"


@dataclass(frozen=True)
class Notice:
    """One notification: its two lines, and what a click opens (a contact, else the To do list)."""

    title: str
    body: str
    contact_id: int | None = None


class Notifier(QObject):
    """Shows notices; `clicked` carries the `Notice` the user clicked."""

    clicked = Signal(object)

    def show(self, notice: Notice) -> bool:
        """Show ``notice``; False if this way of showing it does not work here (the next one is tried)."""
        raise NotImplementedError


class NotificationsBus(QObject):
    """The desktop's notification service on the session bus: the only code that sends D-Bus messages.

    Its own connection (`carnet.ui.dbus_wire`), opened at the first use and kept: a daemon may send its
    signals to the sender of the notification only. Tests hand `DBusNotifier` an object with the same methods
    and signals instead.
    """

    action_invoked = Signal(int, str)  # notification id, action key
    closed = Signal(int, int)  # notification id, reason

    def __init__(self, environment: dict[str, str] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._environment = environment  # None: the process's (DBUS_SESSION_BUS_ADDRESS)
        self._connection: BusConnection | None = None
        self._watch: QSocketNotifier | None = None

    def _opened(self) -> BusConnection | None:
        if self._connection is None:
            try:
                connection = BusConnection.open(self._environment)
                connection.call(BUS_NAME, BUS_PATH, BUS_NAME, "AddMatch", "s",
                                [f"type='signal',interface='{INTERFACE}',path='{PATH}'"])
            except DBusError as exc:
                log.info("no session bus for notifications: %s", exc)
                return None
            self._connection = connection
            self._watch = QSocketNotifier(connection.fileno(), QSocketNotifier.Type.Read, self)
            self._watch.activated.connect(self._read_signals)
        return self._connection

    def _call(self, member: str, signature: str = "", body: list[object] | None = None,
              destination: str = SERVICE) -> list[object] | None:
        connection = self._opened()
        if connection is None:
            return None
        path, interface = (PATH, INTERFACE) if destination == SERVICE else (BUS_PATH, BUS_NAME)
        try:
            return connection.call(destination, path, interface, member, signature, body or [])
        except DBusError as exc:
            log.warning("notifications: %s failed: %s", member, exc)
            if exc.name == "org.freedesktop.DBus.Error.Disconnected":
                self._forget()
            return None
        finally:
            if self._connection is not None and self._connection.has_signals():
                QTimer.singleShot(0, self, self._read_signals)  # a click that came with the answer

    def available(self) -> bool:
        """True when a notification service runs, or D-Bus can start one (a daemon's service file)."""
        owned = self._call("NameHasOwner", "s", [SERVICE], destination=BUS_NAME)
        if owned and owned[0] is True:
            return True
        names = self._call("ListActivatableNames", destination=BUS_NAME)
        return names is not None and bool(names) and isinstance(names[0], list) and SERVICE in names[0]

    def capabilities(self) -> list[str]:
        answer = self._call("GetCapabilities")
        return [str(value) for value in answer[0]] if answer and isinstance(answer[0], list) else []

    def notify(self, app_name: str, app_icon: str, summary: str, body: str, actions: list[str],
               hints: dict[str, object]) -> int:
        """Send Notify; the id the service gave the notification, 0 if it was not shown."""
        # replaces_id 0: a new notification; expire_timeout -1: the service's own display time.
        answer = self._call("Notify", "susssasa{sv}i", [app_name, 0, app_icon, summary, body, actions, hints, -1])
        return int(answer[0]) if answer and isinstance(answer[0], int) else 0

    def _read_signals(self) -> None:
        if self._connection is None:
            return
        try:
            received = self._connection.signals()
        except DBusError as exc:  # the bus went away (the session ends): the next notification reconnects
            log.info("notifications: %s", exc)
            self._forget()
            return
        for message in received:
            if message.interface != INTERFACE or len(message.body) != 2:
                continue
            number, value = message.body
            if message.member == "ActionInvoked" and isinstance(number, int) and isinstance(value, str):
                self.action_invoked.emit(number, value)
            elif message.member == "NotificationClosed" and isinstance(number, int) and isinstance(value, int):
                self.closed.emit(number, value)

    def _forget(self) -> None:
        if self._watch is not None:
            self._watch.setEnabled(False)
            self._watch.deleteLater()
            self._watch = None
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class DBusNotifier(Notifier):
    """Freedesktop notifications; a click on one (its "default" action) emits `clicked` with its notice."""

    def __init__(self, bus: NotificationsBus | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = NotificationsBus(parent=self) if bus is None else bus
        if self.bus.parent() is None:
            self.bus.setParent(self)
        self.bus.action_invoked.connect(self._action_invoked)
        self.bus.closed.connect(self._closed)
        self._shown: dict[int, Notice] = {}  # by the service's id: the signals are sent to every listener
        self._markup: bool | None = None
        self._icon: Variant | None = None

    def show(self, notice: Notice) -> bool:
        if self._icon is None:
            self._icon = icon_pixels()
        if self._markup is None:
            # A service that reads markup in the body would take "Dupont & Fils" or "<50 k€" for tags.
            self._markup = "body-markup" in self.bus.capabilities()
        body = html.escape(notice.body, quote=False) if self._markup else notice.body
        number = self.bus.notify(
            QApplication.applicationDisplayName() or "Carnet", DESKTOP_ENTRY, notice.title, body,
            [DEFAULT_ACTION, QCoreApplication.translate(CONTEXT, "Open")],
            {"desktop-entry": DESKTOP_ENTRY, "category": "x-carnet.reminder", "image-data": self._icon})
        if not number:
            return False
        self._shown[number] = notice
        return True

    def _action_invoked(self, number: int, key: str) -> None:
        notice = self._shown.get(number)
        if notice is not None and key == DEFAULT_ACTION:
            self.clicked.emit(notice)

    def _closed(self, number: int, _reason: int) -> None:
        self._shown.pop(number, None)


def icon_pixels(size: int = ICON_SIZE) -> Variant:
    """Carnet's icon as the specification's "image-data" hint (width, height, row stride, alpha, bits per sample,
    channels, RGBA bytes): sent with the notification, so the daemon needs neither Carnet's icon installed in
    the desktop's theme nor an SVG reader (dunst has none without librsvg), and no file is written for it."""
    image = app_icon().pixmap(size, size).toImage().convertToFormat(QImage.Format.Format_RGBA8888)
    pixels = bytes(image.constBits())[:image.sizeInBytes()]
    return Variant("(iiibiiay)", (image.width(), image.height(), image.bytesPerLine(), True, 8, 4, pixels))


class TrayNotifier(Notifier):
    """The system tray's message (Windows, macOS). A tray message cannot be told apart from the next one,
    so a click opens what the last message said."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icon: QSystemTrayIcon | None = None
        self._last: Notice | None = None

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()

    def show(self, notice: Notice) -> bool:
        if not self.available():
            return False
        if self._icon is None:
            self._icon = QSystemTrayIcon(app_icon(), self)
            self._icon.setToolTip(QApplication.applicationDisplayName() or "Carnet")
            self._icon.messageClicked.connect(self._message_clicked)
            self._icon.show()  # a tray icon shows messages only while it is visible
        self._last = notice
        self._icon.showMessage(notice.title, notice.body, app_icon())
        return True

    def _message_clicked(self) -> None:
        if self._last is not None:
            self.clicked.emit(self._last)


class WindowNotifier(Notifier):
    """The last resort: the window's status bar, and its taskbar entry asking for attention."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window

    def show(self, notice: Notice) -> bool:
        self._window.statusBar().showMessage(
            QCoreApplication.translate("StatusBarNotifier", "%1: %2").replace("%1", notice.title)
            .replace("%2", notice.body))
        QApplication.alert(self._window)
        return True


class NotifierChain(Notifier):
    """The first of its notifiers that shows a notice; a click on any of them is `clicked`."""

    def __init__(self, notifiers: list[Notifier], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notifiers = notifiers
        for notifier in notifiers:
            if notifier.parent() is None:
                notifier.setParent(self)
            notifier.clicked.connect(self.clicked)

    def show(self, notice: Notice) -> bool:
        return any(notifier.show(notice) for notifier in self.notifiers)


def desktop_notifier(window: QMainWindow) -> Notifier:
    """The notification service over D-Bus where one runs, else the tray, else the window itself."""
    chain: list[Notifier] = []
    bus = NotificationsBus()
    if bus.available():
        chain.append(DBusNotifier(bus))
    chain += [TrayNotifier(), WindowNotifier(window)]
    return NotifierChain(chain, window)
