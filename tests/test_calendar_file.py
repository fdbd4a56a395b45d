"""The follow-ups in the user's calendar, from the window (issue 17, item 3): File ▸ Export Follow-ups to
Calendar… and the calendar file kept up to date after each change (Preferences ▸ Reminders), read back with
the icalendar library."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from icalendar import Calendar
from pytestqt.qtbot import QtBot

from carnet.domain import Stage
from carnet.services import ContactDraft, create_contact
from carnet.services.follow_ups import set_follow_up
from carnet.storage import Database
from carnet.ui import calendar_file
from carnet.ui.dialogs.preferences import PreferencesDialog
from carnet.ui.main_window import MainWindow


def events(path: Path) -> list[tuple[str, str]]:
    calendar = Calendar.from_ical(path.read_bytes())
    return sorted((str(event["SUMMARY"]), str(event.get("DESCRIPTION", ""))) for event in calendar.walk("VEVENT"))


@pytest.fixture
def book(db: Database) -> Database:
    zoe = create_contact(db, ContactDraft("Zoé Lefèvre", organisation="Atelier Œuvre", stage=Stage.LEAD)).id
    omar = create_contact(db, ContactDraft("Omar Haddad", stage=Stage.PROSPECT)).id
    create_contact(db, ContactDraft("Léa Martin", stage=Stage.LEAD))  # no follow-up: no event
    set_follow_up(db, zoe, date(2026, 12, 3), time(14, 30), "rappeler pour le devis")
    set_follow_up(db, omar, date(2026, 12, 4))
    return db


def window_on(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    return window


def test_export_writes_one_event_per_follow_up_and_never_overwrites(
        qtbot: QtBot, book: Database, tmp_path: Path) -> None:
    window = window_on(qtbot, book)
    target = tmp_path / "relances"
    assert calendar_file.export_follow_ups(window, str(target)) == 2
    written = tmp_path / "relances.ics"
    assert [summary for summary, _ in events(written)] == ["Follow up: Omar Haddad", "Follow up: Zoé Lefèvre"]
    assert "rappeler pour le devis" in events(written)[1][1]
    assert "2 follow-up" in window.statusBar().currentMessage()
    before = written.read_bytes()
    assert calendar_file.export_follow_ups(window, str(written)) is None
    assert written.read_bytes() == before and "never overwrites" in window.notice.label.text()


def test_the_kept_file_follows_each_change(qtbot: QtBot, book: Database, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(calendar_file, "WRITE_AFTER_MS", 10)
    kept = tmp_path / "agenda" / "carnet.ics"
    kept.parent.mkdir()
    calendar_file.save_kept_calendar_file(kept)
    window = window_on(qtbot, book)
    window.kept_calendar._timer.setInterval(10)
    future = window.kept_calendar.write_now()
    assert future is not None
    qtbot.waitUntil(future.done)
    assert len(events(kept)) == 2 and oct(kept.stat().st_mode & 0o777) == "0o600"
    lea = book.reader().execute("SELECT id FROM contact WHERE display_name = 'Léa Martin'").fetchone()[0]
    window.changes.notify(set_follow_up(book, lea, date(2026, 12, 10), note="envoyer la brochure"))
    qtbot.waitUntil(lambda: len(events(kept)) == 3, timeout=5000)
    assert any("envoyer la brochure" in description for _, description in events(kept))


def test_a_file_that_is_not_carnets_calendar_is_left_alone(qtbot: QtBot, book: Database, tmp_path: Path) -> None:
    kept = tmp_path / "personal.ics"
    kept.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Someone else//EN\r\nEND:VCALENDAR\r\n")
    before = kept.read_bytes()
    calendar_file.save_kept_calendar_file(kept)
    window = window_on(qtbot, book)
    future = window.kept_calendar.write_now()
    assert future is not None
    qtbot.waitUntil(lambda: window.notice.isVisible())
    assert kept.read_bytes() == before and "not one Carnet wrote" in window.notice.label.text()


def test_the_calendar_file_is_chosen_in_preferences(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.calendar_edit.setText("relative/carnet.ics")
    assert not dialog.ok_button.isEnabled()
    dialog.choose_calendar_file = lambda: str(tmp_path / "carnet")
    dialog.choose_calendar.click()
    assert dialog.calendar_edit.text() == str(tmp_path / "carnet.ics") and dialog.ok_button.isEnabled()
    dialog.accept()
    assert calendar_file.kept_calendar_file() == tmp_path / "carnet.ics"
    again = PreferencesDialog()
    qtbot.addWidget(again)
    again.calendar_edit.clear()
    again.accept()
    assert calendar_file.kept_calendar_file() is None
