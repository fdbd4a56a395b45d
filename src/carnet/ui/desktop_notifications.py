"""Desktop notifications: a message outside the window that the user can click (issue 17, reminders).

Three ways to show one, tried in this order by `desktop_notifier`:

- `DBusNotifier`: the freedesktop notification service (GNOME, KDE, Xfce, dunst, mako…) over the session
  D-Bus, a local AF_UNIX socket. A click sends the action "default" back (`ActionInvoked`).
- `TrayNotifier`: `QSystemTrayIcon.showMessage`, where there is no such service (Windows, macOS); a click
  on the message is `messageClicked`. The icon shows while Carnet runs, from the first message on.
- `WindowNotifier`: the window's status bar, and its taskbar entry asks for attention: a desktop with
  neither still sees the reminder when it comes back to Carnet.

Nothing here reaches the network: D-Bus and the tray are local.

PySide6 cannot make a D-Bus ``uint`` (Notify's ``replaces_id``) from a Python int: a plain
`QDBusMessage` would send ``i`` and the service would refuse the call. `NotificationsBus` therefore calls
Notify through the `QDBusInterface` built from the service's own introspection data, whose Qt method
converts each argument to the type the service declares.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, SLOT, QCoreApplication, QMetaObject, QObject, Qt, Signal, Slot
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusInterface, QDBusMessage
from PySide6.QtWidgets import QApplication, QMainWindow, QSystemTrayIcon

from carnet.resources import app_icon, app_icon_path

log = logging.getLogger("carnet.notifications")

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
DEFAULT_ACTION = "default"  # the action a click on the notification itself invokes (the specification's name)
CALL_TIMEOUT_MS = 3000  # a service that does not answer must not hold the window up for D-Bus's 25 s
DESKTOP_ENTRY = "carnet"  # resources/carnet.desktop: the desktop names the sender and finds its icon by it
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
    """The desktop's notification service on a D-Bus connection: the only code that sends D-Bus messages.

    Tests hand `DBusNotifier` an object with the same methods and signals instead.
    """

    action_invoked = Signal(int, str)  # notification id, action key
    closed = Signal(int, int)  # notification id, reason

    def __init__(self, connection: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._connection = QDBusConnection.sessionBus() if connection is None else connection
        self._interface: QDBusInterface | None = None

    def available(self) -> bool:
        """True when a notification service runs, or D-Bus can start one (a daemon's service file)."""
        if not self._connection.isConnected():
            return False
        bus = self._connection.interface()
        registered = bus.isServiceRegistered(SERVICE)
        if registered.isValid() and registered.value():
            return True
        ask = QDBusMessage.createMethodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                                            "org.freedesktop.DBus", "ListActivatableNames")
        answer = self._connection.call(ask, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
        arguments = answer.arguments()
        return answer.type() == QDBusMessage.MessageType.ReplyMessage and bool(arguments) and SERVICE in arguments[0]

    def _opened(self) -> QDBusInterface | None:
        if self._interface is None:
            # Reads the service's introspection data (and starts an activatable daemon): done at the first
            # notification, not while Carnet starts.
            interface = QDBusInterface(SERVICE, PATH, INTERFACE, self._connection, self)
            if not interface.isValid():
                log.info("no notification service on the session bus: %s", interface.lastError().message())
                return None
            interface.setTimeout(CALL_TIMEOUT_MS)
            for name, slot in (("ActionInvoked", "_on_action(uint,QString)"),
                               ("NotificationClosed", "_on_closed(uint,uint)")):
                if not self._connection.connect(SERVICE, PATH, INTERFACE, name, self,  # type: ignore[call-overload]
                                                SLOT(slot)):  # a str at run time, whatever the stubs say
                    log.warning("cannot follow the notification service's %s signal", name)
            self._interface = interface
        return self._interface

    def capabilities(self) -> list[str]:
        interface = self._opened()
        if interface is None:
            return []
        reply = interface.call("GetCapabilities")
        arguments = reply.arguments()
        return [str(value) for value in arguments[0]] if arguments and isinstance(arguments[0], list) else []

    def notify(self, app_name: str, app_icon: str, summary: str, body: str, actions: list[str],
               hints: dict[str, object]) -> int:
        """Send Notify; the id the service gave the notification, 0 if it was not shown."""
        interface = self._opened()
        if interface is None:
            return 0
        try:
            number = QMetaObject.invokeMethod(
                interface, "Notify", Qt.ConnectionType.DirectConnection, Q_RETURN_ARG("uint"),
                Q_ARG(str, app_name), Q_ARG("uint", 0), Q_ARG(str, app_icon), Q_ARG(str, summary),
                Q_ARG(str, body), Q_ARG("QStringList", actions), Q_ARG("QVariantMap", hints),
                Q_ARG(int, -1))  # -1: the service's own display time
        except RuntimeError as exc:  # the service's introspection offered no such method
            log.warning("the notification service refused Notify: %s", exc)
            return 0
        if not isinstance(number, int) or not number:
            log.warning("the notification service did not show the notification: %s",
                        interface.lastError().message())
            return 0
        return number

    @Slot("uint", str)
    def _on_action(self, number: int, key: str) -> None:
        self.action_invoked.emit(int(number), str(key))

    @Slot("uint", "uint")
    def _on_closed(self, number: int, reason: int) -> None:
        self.closed.emit(int(number), int(reason))


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

    def show(self, notice: Notice) -> bool:
        if self._markup is None:
            # A service that reads markup in the body would take "Dupont & Fils" or "<50 k€" for tags.
            self._markup = "body-markup" in self.bus.capabilities()
        body = html.escape(notice.body, quote=False) if self._markup else notice.body
        number = self.bus.notify(
            QApplication.applicationDisplayName() or "Carnet", str(app_icon_path()), notice.title, body,
            [DEFAULT_ACTION, QCoreApplication.translate(CONTEXT, "Open")],
            {"desktop-entry": DESKTOP_ENTRY, "category": "x-carnet.reminder"})
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
        self._window.statusBar().showMessage(f"{notice.title}: {notice.body}")
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
