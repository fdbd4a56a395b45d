"""Reminders that fire (issue 17, item 1), through the real scheduler, the real follow-ups of a book and the real
D-Bus notifier, the clock faked and the D-Bus call faked at its boundary (`NotificationsBus`); then once over a
real, private session bus with a stand-in notification daemon that clicks what it shows (the messages written by
`carnet.ui.dbus_wire`, checked by the real dbus-daemon and read by the daemon's QtDBus)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from carnet.domain.enums import Stage
from carnet.services import ContactDraft, create_contact
from carnet.services.follow_ups import postpone, set_follow_up
from carnet.services.follow_ups_read import due_follow_ups
from carnet.storage import Database
from carnet.storage.errors import StorageError
from carnet.ui.dbus_wire import (
    METHOD_CALL,
    Variant,
    decode_message,
    encode_message,
    message_length,
    session_bus_addresses,
    split_types,
)
from carnet.ui.desktop_notifications import (
    DEFAULT_ACTION,
    DBusNotifier,
    Notice,
    NotificationsBus,
    NotifierChain,
    WindowNotifier,
)
from carnet.ui.main_window import MainWindow
from carnet.ui.read_worker import ReadWorker
from carnet.ui.reminders import (
    DEFAULT_HOUR,
    ENABLED_KEY,
    HOUR_KEY,
    MAX_WAIT_MS,
    MIN_WAIT_MS,
    ReminderScheduler,
    ReminderSettings,
    reminder_settings,
    save_reminder_settings,
    start_reminders,
)
from carnet.ui.settings import app_settings
from session_bus import session_bus

TUESDAY = date(2026, 3, 31)


class Clock:
    """The scheduler's clock, moved by the test."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class FakeBus(QObject):
    """Stands in for `NotificationsBus`, the one object that sends D-Bus messages: records each Notify."""

    action_invoked = Signal(int, str)
    closed = Signal(int, int)

    def __init__(self, capabilities: tuple[str, ...] = ("actions", "body")) -> None:
        super().__init__()
        self._capabilities = list(capabilities)
        self.calls: list[dict[str, object]] = []

    def capabilities(self) -> list[str]:
        return self._capabilities

    def notify(self, app_name: str, app_icon: str, summary: str, body: str, actions: list[str],
               hints: dict[str, object]) -> int:
        self.calls.append({"app_name": app_name, "app_icon": app_icon, "summary": summary, "body": body,
                           "actions": actions, "hints": hints})
        return len(self.calls)  # the service's id: 1, 2, …

    def shown(self) -> list[tuple[object, object]]:
        return [(call["summary"], call["body"]) for call in self.calls]

    def click(self, number: int) -> None:
        self.action_invoked.emit(number, DEFAULT_ACTION)


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    """Contacts of a small consultancy's book, ids by first name; no follow-up yet."""
    ids = {}
    for name, organisation, stage in (("Zoé Lefèvre", "Atelier Œuvre", Stage.PROSPECT),
                                      ("Bruno Martin", "Boulangerie Martin", Stage.LEAD),
                                      ("Hélène Dubois", "Cabinet Dubois", Stage.VISITOR),
                                      ("Léa Martin", "", Stage.LEAD),
                                      ("Karim Benali", "Benali & Fils", Stage.PROSPECT)):
        contact = create_contact(db, ContactDraft(display_name=name, organisation=organisation, stage=stage))
        assert contact.id is not None
        ids[name.split()[0]] = contact.id
    return ids


@pytest.fixture
def bus() -> FakeBus:
    return FakeBus()


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime.combine(TUESDAY, time(8, 0)))


@pytest.fixture
def scheduler(qtbot: QtBot, db: Database, bus: FakeBus, clock: Clock) -> Iterator[ReminderScheduler]:
    notifier = DBusNotifier(bus)
    made = ReminderScheduler(db, notifier, now=clock)
    yield made
    made.stop()


def started(scheduler: ReminderScheduler, bus: FakeBus) -> None:
    """Started after the day's first start: no summary, only what falls due."""
    scheduler.store.remember_summary(scheduler._now().date())
    scheduler.start()
    assert bus.calls == []


def test_a_follow_up_falling_due_names_the_contact_and_its_note(scheduler, bus, clock, db, people) -> None:
    set_follow_up(db, people["Zoé"], TUESDAY, time(14, 30), "Call back about the quote")
    set_follow_up(db, people["Léa"], TUESDAY)  # no note, no time: at 09:00
    clock.now = datetime.combine(TUESDAY, time(8, 59))
    started(scheduler, bus)

    clock.now = datetime.combine(TUESDAY, time(9, 0))
    scheduler.check()
    assert bus.shown() == [("Léa Martin", "Follow-up due")]
    clock.now = datetime.combine(TUESDAY, time(14, 30, 5))
    scheduler.check()
    assert bus.shown()[1:] == [("Zoé Lefèvre — Atelier Œuvre", "Call back about the quote")]
    call = bus.calls[1]
    assert call["actions"] == [DEFAULT_ACTION, "Open"]  # a click on it is the "default" action
    hints = dict(call["hints"])  # type: ignore[call-overload]
    image = hints.pop("image-data")
    assert hints == {"desktop-entry": "carnet", "category": "x-carnet.reminder"} and call["app_icon"] == "carnet"
    # Carnet's icon goes with it, drawn: the daemon needs no SVG reader nor the icon in the desktop's theme.
    assert isinstance(image, Variant) and image.signature == "(iiibiiay)"
    width, height, stride, alpha, bits, channels, pixels = image.value
    assert (width, height, stride, alpha, bits, channels) == (64, 64, 256, True, 8, 4) and len(pixels) == 64 * 256
    assert any(pixels[3::4]) and not all(pixels[3::4])  # some pixels opaque, the corners clear


def test_the_timer_wakes_when_the_next_follow_up_falls_due(scheduler, bus, clock, db, people) -> None:
    set_follow_up(db, people["Zoé"], TUESDAY, time(14, 30), "Send the brochure")
    set_follow_up(db, people["Bruno"], TUESDAY + timedelta(days=1))  # tomorrow at 09:00
    clock.now = datetime.combine(TUESDAY, time(14, 27, 30))
    started(scheduler, bus)
    assert scheduler.timer.isActive() and scheduler.timer.interval() == 150_000  # 2 min 30 s to 14:30

    clock.now = datetime.combine(TUESDAY, time(10, 0))
    scheduler.check()
    assert scheduler.timer.interval() == MAX_WAIT_MS  # hours away: awake every few minutes all the same

    clock.now = datetime.combine(TUESDAY + timedelta(days=1), time(8, 58))
    set_follow_up(db, people["Zoé"], None)
    scheduler.check()
    assert scheduler.timer.interval() == 120_000  # Bruno's, at the default hour

    save_reminder_settings(True, time(10, 15))
    scheduler.check()
    assert scheduler.timer.interval() == MAX_WAIT_MS  # now at 10:15
    clock.now = datetime.combine(TUESDAY + timedelta(days=1), time(10, 14))
    scheduler.check()
    assert scheduler.timer.interval() == 60_000 and bus.calls == []


def test_the_real_timer_fires_the_notification(qtbot: QtBot, scheduler, bus, clock, db, people) -> None:
    set_follow_up(db, people["Hélène"], TUESDAY, time(11, 0), "Ask how the move went")
    clock.now = datetime.combine(TUESDAY, time(10, 59, 59, 500_000))
    started(scheduler, bus)
    assert scheduler.timer.interval() == MIN_WAIT_MS  # half a second away: never a busy loop
    clock.now = datetime.combine(TUESDAY, time(11, 0, 1))
    with qtbot.waitSignal(scheduler.checked, timeout=5000):
        pass  # the timer's own wake, not a call from the test
    assert bus.shown() == [("Hélène Dubois — Cabinet Dubois", "Ask how the move went")]


def test_a_follow_up_is_notified_once_even_after_a_restart(qtbot, scheduler, bus, clock, db, people) -> None:
    set_follow_up(db, people["Bruno"], TUESDAY, time(9, 30), "Confirm Thursday's tasting")
    clock.now = datetime.combine(TUESDAY, time(9, 0))
    started(scheduler, bus)
    clock.now = datetime.combine(TUESDAY, time(9, 31))
    scheduler.check()
    scheduler.check()
    clock.now = datetime.combine(TUESDAY, time(16, 0))
    scheduler.check()
    assert len(bus.calls) == 1

    again = FakeBus()  # Carnet started again the same day: the settings remember it
    restarted = ReminderScheduler(db, DBusNotifier(again), now=clock)
    restarted.start()
    restarted.stop()
    assert again.calls == []


def test_a_postponed_follow_up_is_a_new_one(scheduler, bus, clock, db, people) -> None:
    set_follow_up(db, people["Karim"], TUESDAY, time(10, 0), "Quote for the shop front")
    clock.now = datetime.combine(TUESDAY, time(9, 0))
    started(scheduler, bus)
    clock.now = datetime.combine(TUESDAY, time(10, 0))
    scheduler.check()
    assert len(bus.calls) == 1

    postpone(db, people["Karim"], TUESDAY + timedelta(days=2))  # Thursday, same time and note
    scheduler.check()
    assert len(bus.calls) == 1 and scheduler.store.keys() == set()  # not due yet; Tuesday's forgotten
    clock.now = datetime.combine(TUESDAY + timedelta(days=2), time(10, 0))
    scheduler.check()
    assert bus.shown()[1:] == [("Karim Benali — Benali & Fils", "Quote for the shop front")]


def test_turned_off_nothing_is_shown_and_nothing_piles_up(scheduler, bus, clock, db, people) -> None:
    save_reminder_settings(False, DEFAULT_HOUR)
    set_follow_up(db, people["Zoé"], TUESDAY - timedelta(days=1), None, "Overdue: the invoice")
    set_follow_up(db, people["Léa"], TUESDAY, time(9, 15))
    clock.now = datetime.combine(TUESDAY, time(10, 0))
    scheduler.start()  # the day's first start: no summary either
    scheduler.check()
    assert bus.calls == []

    save_reminder_settings(True, DEFAULT_HOUR)  # on again: what fell due while off stays quiet
    scheduler.check()
    assert bus.calls == []
    set_follow_up(db, people["Bruno"], TUESDAY, time(10, 30))
    clock.now = datetime.combine(TUESDAY, time(10, 30))
    scheduler.check()
    assert bus.shown() == [("Bruno Martin — Boulangerie Martin", "Follow-up due")]


def test_the_first_start_of_the_day_says_how_many_are_due(qtbot: QtBot, db, people, clock) -> None:
    set_follow_up(db, people["Zoé"], TUESDAY - timedelta(days=3), None, "Overdue: the invoice")
    set_follow_up(db, people["Bruno"], TUESDAY, time(7, 30))
    set_follow_up(db, people["Hélène"], TUESDAY)
    set_follow_up(db, people["Léa"], TUESDAY, time(17, 0))  # later today: counted, and notified at 17:00
    set_follow_up(db, people["Karim"], TUESDAY, time(8, 30))
    clock.now = datetime.combine(TUESDAY, time(8, 0))

    def start(now: datetime) -> FakeBus:
        bus = FakeBus()
        clock.now = now
        scheduler = ReminderScheduler(db, DBusNotifier(bus), now=clock)
        scheduler.start()
        scheduler.stop()
        return bus

    first = start(datetime.combine(TUESDAY, time(8, 0)))
    assert first.shown() == [("5 follow-ups due today",
                              "Zoé Lefèvre, Bruno Martin, Karim Benali, Hélène Dubois, …")]
    assert start(datetime.combine(TUESDAY, time(8, 10))).calls == []  # the second start: the summary covered them
    # Those the summary said were coming today fall due at their time, each with its own notification.
    assert start(datetime.combine(TUESDAY, time(12, 0))).shown() == [
        ("Karim Benali — Benali & Fils", "Follow-up due"), ("Hélène Dubois — Cabinet Dubois", "Follow-up due")]
    assert start(datetime.combine(TUESDAY, time(17, 0))).shown() == [("Léa Martin", "Follow-up due")]
    set_follow_up(db, people["Zoé"], None)
    for name in ("Bruno", "Hélène", "Léa", "Karim"):
        set_follow_up(db, people[name], None)
    set_follow_up(db, people["Karim"], TUESDAY + timedelta(days=1), time(15, 0), "Measure the shop front")
    wednesday = start(datetime.combine(TUESDAY + timedelta(days=1), time(7, 45)))
    assert wednesday.shown() == [("1 follow-up due today", "Karim Benali — Benali & Fils: Measure the shop front")]
    assert wednesday.calls and start(datetime.combine(TUESDAY + timedelta(days=1), time(8, 0))).calls == []


def test_a_nothing_due_day_shows_no_summary(db, people, clock, bus, scheduler) -> None:
    set_follow_up(db, people["Zoé"], TUESDAY + timedelta(days=7))
    scheduler.start()
    assert bus.calls == [] and scheduler.store.summary_shown_on() == TUESDAY


def test_many_falling_due_at_once_are_one_notification(scheduler, bus, clock, db, people) -> None:
    for name in ("Zoé", "Bruno", "Hélène", "Léa"):
        set_follow_up(db, people[name], TUESDAY)  # all at the default hour
    clock.now = datetime.combine(TUESDAY, time(8, 0))
    started(scheduler, bus)
    clock.now = datetime.combine(TUESDAY, time(9, 0))
    scheduler.check()
    assert bus.shown() == [("4 follow-ups due now", "Zoé Lefèvre, Bruno Martin, Hélène Dubois, Léa Martin")]


def test_a_body_is_escaped_for_a_service_that_reads_markup(qtbot: QtBot, db, people, clock) -> None:
    set_follow_up(db, people["Karim"], TUESDAY, time(9, 0), "Quote <5 k€ & the sign")
    shown = {}
    for capabilities in (("actions", "body"), ("actions", "body", "body-markup")):
        bus = FakeBus(capabilities)
        scheduler = ReminderScheduler(db, DBusNotifier(bus), now=Clock(datetime.combine(TUESDAY, time(8, 0))))
        scheduler.store.remember_summary(TUESDAY)
        scheduler.store.remember(set())
        scheduler._now = Clock(datetime.combine(TUESDAY, time(9, 0)))
        scheduler.start()
        scheduler.stop()
        shown[len(capabilities)] = bus.calls[0]["body"]
    assert shown == {2: "Quote <5 k€ & the sign", 3: "Quote &lt;5 k€ &amp; the sign"}


def test_a_book_that_cannot_be_read_waits_for_the_next_wake(qtbot, db, bus, clock) -> None:
    def busy(*_args: object) -> list[object]:
        raise StorageError("The database is in use by another program (it is not damaged): %(path)s",
                           path=str(db.path))

    scheduler = ReminderScheduler(db, DBusNotifier(bus), now=clock, read_due=busy)
    scheduler.start()
    assert bus.calls == [] and scheduler.timer.interval() == MAX_WAIT_MS
    scheduler.stop()


def test_a_big_books_follow_ups_are_read_on_the_reader_thread(qtbot: QtBot, db, bus, clock, people) -> None:
    """Issue 19: the check after each change read a big book's follow-ups on the window's thread (150–300 ms at
    100,000 contacts); on the reader, the window's thread only shows what it found."""
    set_follow_up(db, people["Bruno"], TUESDAY, time(9, 30), "Confirm Thursday's tasting")
    threads: list[str] = []

    def read_due(view: Database, now: datetime, hour: time) -> list[object]:
        threads.append(threading.current_thread().name)
        return list(due_follow_ups(view, now, hour))

    reads = ReadWorker(db, threaded=True)
    scheduler = ReminderScheduler(db, DBusNotifier(bus), now=clock, read_due=read_due, reads=reads)
    started(scheduler, bus)
    qtbot.waitUntil(lambda: not scheduler.checking)
    clock.now = datetime.combine(TUESDAY, time(9, 31))
    with qtbot.waitSignal(scheduler.checked, timeout=5000):
        scheduler.check()
        assert scheduler.checking and bus.calls == []  # nothing shown before the read comes back
    assert bus.shown() == [("Bruno Martin — Boulangerie Martin", "Confirm Thursday's tasting")]
    assert threads and set(threads) == {"carnet-reader"}
    # A write while the read runs: the read is made again, so a follow-up done meanwhile is not notified.
    clock.now = datetime.combine(TUESDAY, time(9, 40))
    set_follow_up(db, people["Léa"], TUESDAY, time(9, 35), "Call about the workshop")
    with qtbot.waitSignal(scheduler.checked, timeout=5000):
        scheduler.check()
        set_follow_up(db, people["Léa"], None)
    assert len(bus.calls) == 1
    scheduler.stop()
    reads.stop()


def test_the_preferences_read_back_with_defaults_for_garbage() -> None:
    assert reminder_settings() == ReminderSettings(enabled=True, hour=time(9, 0))
    save_reminder_settings(False, time(7, 45, 30))
    assert reminder_settings() == ReminderSettings(enabled=False, hour=time(7, 45))
    settings = app_settings()
    assert settings.value(ENABLED_KEY) == "false" and settings.value(HOUR_KEY) == "07:45"
    settings.setValue(HOUR_KEY, "quarter past nine")
    settings.setValue(ENABLED_KEY, "yes")
    assert reminder_settings() == ReminderSettings(enabled=True, hour=DEFAULT_HOUR)


# --- the window: a click opens the contact, a change is seen -------------------------------------------------


def window_with_reminders(qtbot: QtBot, db: Database, bus: FakeBus, clock: Clock) -> tuple[MainWindow, object]:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.controller.fully_loaded)
    scheduler = start_reminders(window, DBusNotifier(bus), now=clock)
    return window, scheduler


def test_a_click_brings_the_minimised_window_up_on_the_contact(qtbot: QtBot, db, people, bus, clock) -> None:
    set_follow_up(db, people["Bruno"], TUESDAY, time(7, 0), "Bring the signed contract")
    set_follow_up(db, people["Léa"], TUESDAY, time(8, 30), "Call about the workshop")
    clock.now = datetime.combine(TUESDAY, time(8, 0))
    window, scheduler = window_with_reminders(qtbot, db, bus, clock)
    assert bus.shown() == [("2 follow-ups due today", "Bruno Martin, Léa Martin")]
    window.tabs.setCurrentIndex(window.gifts_tab)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)

    clock.now = datetime.combine(TUESDAY, time(8, 30))
    scheduler.check()  # type: ignore[attr-defined]
    assert bus.shown()[1] == ("Léa Martin", "Call about the workshop")
    bus.click(2)
    qtbot.waitUntil(lambda: not window.isMinimized())
    assert window.tabs.currentIndex() == 0
    assert window.board.active_stage is Stage.LEAD and window.board.selected_ids() == [people["Léa"]]
    qtbot.waitUntil(lambda: window.panel.contact_id == people["Léa"])

    bus.click(1)  # the summary: To do today
    assert window.tabs.currentIndex() == window.todo_tab
    bus.action_invoked.emit(2, "dismissed-by-another-action")  # not a click on it: nothing moves
    assert window.tabs.currentIndex() == window.todo_tab


def test_a_maximised_window_comes_back_maximised(qtbot: QtBot, db, people, bus, clock) -> None:
    window, _scheduler = window_with_reminders(qtbot, db, bus, clock)
    window.showMaximized()
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    from carnet.ui.reminders import open_notice

    open_notice(window, Notice("Zoé Lefèvre", "Follow-up due", people["Zoé"]))
    assert window.isMaximized() and not window.isMinimized()
    assert window.board.selected_ids() == [people["Zoé"]]


def test_a_follow_up_set_in_the_window_is_seen_at_once(qtbot: QtBot, db, people, bus, clock) -> None:
    clock.now = datetime.combine(TUESDAY, time(15, 0))
    window, scheduler = window_with_reminders(qtbot, db, bus, clock)
    assert bus.calls == []
    change = set_follow_up(db, people["Hélène"], TUESDAY, time(14, 0), "Send the minutes")  # already past
    window.changes.notify(change)
    with qtbot.waitSignal(scheduler.checked, timeout=3000):  # type: ignore[attr-defined]
        pass
    assert bus.shown() == [("Hélène Dubois — Cabinet Dubois", "Send the minutes")]


def test_without_a_notification_service_the_window_says_it(qtbot: QtBot, db, people, clock) -> None:
    class NoService(FakeBus):
        def notify(self, *args: object, **kwargs: object) -> int:
            super().notify(*args, **kwargs)  # type: ignore[arg-type]
            return 0  # the service refused, or went away

    window = MainWindow(db)
    qtbot.addWidget(window)
    refused = NoService()
    notifier = NotifierChain([DBusNotifier(refused), WindowNotifier(window)], window)
    assert notifier.show(Notice("Zoé Lefèvre — Atelier Œuvre", "Send the brochure", people["Zoé"]))
    assert len(refused.calls) == 1
    assert window.statusBar().currentMessage() == "Zoé Lefèvre — Atelier Œuvre: Send the brochure"


# --- over a real session bus -----------------------------------------------------------------------------


@pytest.fixture
def private_bus(tmp_path: Path) -> Iterator[tuple[dict[str, str], Path]]:
    calls = tmp_path / "notify-calls.jsonl"
    with session_bus(calls, click=True) as found:
        yield {"DBUS_SESSION_BUS_ADDRESS": found.address}, calls


def test_a_real_notification_daemon_gets_it_and_its_click_opens_the_contact(
        qtbot: QtBot, db, people, clock, private_bus) -> None:
    environment, calls = private_bus
    set_follow_up(db, people["Karim"], TUESDAY, time(8, 0), "Quote <5 k€ & the sign")
    bus = NotificationsBus(environment)
    assert bus.available()
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.controller.fully_loaded)
    window.tabs.setCurrentIndex(window.dashboard_tab)
    notifier = DBusNotifier(bus)
    with qtbot.waitSignal(notifier.clicked, timeout=10_000) as clicked:  # the daemon clicks what it shows
        scheduler = start_reminders(window, notifier, now=Clock(datetime.combine(TUESDAY, time(8, 5))))
    scheduler.stop()
    assert clicked.args == [Notice("1 follow-up due today", "Karim Benali — Benali & Fils: Quote <5 k€ & the sign",
                                   people["Karim"])]
    [call] = [json.loads(line) for line in calls.read_text(encoding="utf-8").splitlines()]
    assert call["summary"] == "1 follow-up due today"
    assert call["body"] == "Karim Benali — Benali &amp; Fils: Quote &lt;5 k€ &amp; the sign"  # it reads markup
    assert call["replaces_id"] == 0 and call["actions"] == ["default", "Open"] and call["expire_timeout"] == -1
    assert call["hints"] == {"desktop-entry": "carnet", "category": "x-carnet.reminder",
                             "image-data": "(iiibiiay)"}
    qtbot.waitUntil(lambda: window.panel.contact_id == people["Karim"])
    assert window.tabs.currentIndex() == 0 and window.board.selected_ids() == [people["Karim"]]


def test_a_closed_notification_is_forgotten(qtbot: QtBot, private_bus) -> None:
    environment, _calls = private_bus
    notifier = DBusNotifier(NotificationsBus(environment))
    clicks: list[object] = []
    notifier.clicked.connect(clicks.append)
    with qtbot.waitSignal(notifier.clicked, timeout=10_000):
        assert notifier.show(Notice("Léa Martin", "Follow-up due", 4))
    with qtbot.waitSignal(notifier.bus.closed, timeout=10_000):
        notifier.bus._call("CloseNotification", "u", [1])  # as the user's dismissing it does
    notifier.bus.action_invoked.emit(1, DEFAULT_ACTION)  # a late click on it: nothing to open any more
    assert clicks == [Notice("Léa Martin", "Follow-up due", 4)]


def test_a_bus_without_a_notification_service_is_not_used(qtbot: QtBot, tmp_path: Path) -> None:
    with session_bus(tmp_path / "calls.jsonl", daemon=False) as found:
        bus = NotificationsBus({"DBUS_SESSION_BUS_ADDRESS": found.address})
        assert not bus.available()
        assert DBusNotifier(bus).show(Notice("Zoé Lefèvre", "Follow-up due", 1)) is False
    assert not NotificationsBus({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/carnet-bus"}).available()


def test_a_session_bus_is_reached_only_through_a_local_socket() -> None:
    assert session_bus_addresses({"DBUS_SESSION_BUS_ADDRESS": "tcp:host=192.168.1.20,port=55556;"
                                  "unix:path=/run/user/1000/bus,guid=0123;unix:abstract=/tmp/dbus-X%2Cy"}) == [
        "/run/user/1000/bus", b"\0/tmp/dbus-X,y"]
    assert session_bus_addresses({"DBUS_SESSION_BUS_ADDRESS": "tcp:host=localhost,port=4000"}) == []
    assert not NotificationsBus({"DBUS_SESSION_BUS_ADDRESS": "tcp:host=localhost,port=4000"}).available()


def test_the_wire_format_reads_back_what_it_writes() -> None:
    body = ["Carnet", 0, "", "Zoé Lefèvre — Atelier Œuvre", "Call back about the quote", [],
            {"desktop-entry": "carnet", "transient": Variant("b", True), "x": 7}, -1]
    data = encode_message(METHOD_CALL, 3, {1: "/org/freedesktop/Notifications", 3: "Notify"},
                          "susssasa{sv}i", body)
    assert len(data) == message_length(data) and message_length(data[:15]) is None
    message = decode_message(data)
    assert (message.serial, message.path, message.member) == (3, "/org/freedesktop/Notifications", "Notify")
    assert message.body == [*body[:6], {"desktop-entry": "carnet", "transient": True, "x": 7}, -1]
    assert split_types("susssasa{sv}i") == ["s", "u", "s", "s", "s", "as", "a{sv}", "i"]
    # The specification's layout: the header's fields end on an 8-byte boundary, where the body starts.
    assert data[:4] == b"l\x01\x00\x01" and (len(data) - int.from_bytes(data[4:8], "little")) % 8 == 0
