"""A large file is read, checked and imported under a progress dialog with Cancel (issue 14, "Size"): the
readers call back as they go, and a Cancel at any step writes nothing and leaves the user where they were.

The file follows Google Contacts' "Google CSV" layout (its real header, " ::: " lists, starred system
labels, CRLF line ends), its rows made from the people of tests/data/google_contacts.csv with numbers.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWizard
from pytestqt.qtbot import QtBot

from carnet.io import csv_import
from carnet.io.csv_import import guess_mapping, read_csv, validate
from carnet.storage import Database
from carnet.ui import long_work
from carnet.ui.import_flow import import_contacts
from carnet.ui.main_window import MainWindow

DATA = Path(__file__).parent / "data"
ROWS = 1200


def google_file(folder: Path) -> Path:
    header = (DATA / "google_contacts.csv").read_text(encoding="utf-8").splitlines()[0]
    lines = [header]
    for number in range(ROWS):
        lines.append(f"Zoé,,Lefèvre {number},,,,,,,\"Lefèvre {number}, Zoé\",Atelier Œuvre,Gérante,,1984-05-12,"
                     f"\"Rencontrée au salon.\nVeut un devis.\",,Clients ::: * myContacts,* Work,"
                     f"zoe{number}@atelier-oeuvre.example,* Home,,Mobile,+33 6 12 34 {number % 100:02d} 78,,,Work,,"
                     f"12 rue de l'Église,Paris,,,75011,FR,,Work,https://atelier-oeuvre.example")
    path = folder / "contacts.csv"
    path.write_bytes("\r\n".join(lines).encode("utf-8") + b"\r\n")
    return path


def contact_count(db: Database) -> int:
    with sqlite3.connect(db.path) as connection:
        return int(connection.execute("SELECT count(*) FROM contact").fetchone()[0])


class Stop(Exception):
    pass


def test_reading_and_checking_call_back_as_they_go(tmp_path: Path) -> None:
    source = google_file(tmp_path)
    seen: list[tuple[int, int]] = []
    parsed = read_csv(source, progress=lambda done, total: seen.append((done, total)))
    assert parsed.row_count == ROWS and len(seen) == ROWS // csv_import.PROGRESS_EVERY
    assert all(done <= total for done, total in seen) and seen == sorted(seen)
    checked: list[tuple[int, int]] = []
    plan = validate(parsed, guess_mapping(parsed.headers), lambda done, total: checked.append((done, total)))
    assert len(plan.good) == ROWS and checked[-1] == (1000, ROWS)

    def stop(done: int, total: int) -> None:
        raise Stop

    with pytest.raises(Stop):
        validate(parsed, guess_mapping(parsed.headers), stop)
    import gc

    assert gc.isenabled()  # the collector paused for the drafts runs again after a stop


@pytest.fixture
def shown_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The progress dialog shows at once, and is called back every 100 rows, so that a test can click it."""
    monkeypatch.setattr(long_work, "SHOW_AFTER_MS", 0)
    monkeypatch.setattr(csv_import, "PROGRESS_EVERY", 100)


def click_cancel_when_shown(qtbot: QtBot, window: MainWindow, clicked: list[str]) -> None:
    """Once the progress dialog is on screen (the work processes events as it goes), click its Cancel."""

    def look() -> None:
        dialogs = [dialog for dialog in window.findChildren(QProgressDialog) if dialog.isVisible()]
        if not dialogs:
            QTimer.singleShot(5, look)
            return
        clicked.append(dialogs[0].labelText())
        button = next(button for button in dialogs[0].findChildren(QPushButton) if button.isVisible())
        button.click()

    QTimer.singleShot(0, look)


def open_window(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.usefixtures("shown_at_once")
def test_cancel_while_reading_opens_nothing(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    window = open_window(qtbot, db)
    clicked: list[str] = []
    click_cancel_when_shown(qtbot, window, clicked)
    import_contacts(window, str(google_file(tmp_path)))
    assert clicked == ["Reading contacts.csv…"]
    assert window.pending_dialog is None and contact_count(db) == 0


@pytest.mark.usefixtures("shown_at_once")
def test_cancel_while_checking_goes_back_to_the_columns_then_the_check_runs_again(
        qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    window = open_window(qtbot, db)
    import_contacts(window, str(google_file(tmp_path)))
    qtbot.waitUntil(lambda: window.pending_dialog is not None and window.pending_dialog.isVisible())
    wizard = window.pending_dialog
    assert isinstance(wizard, QWizard)
    clicked: list[str] = []
    click_cancel_when_shown(qtbot, window, clicked)
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.MAPPING)
    assert clicked == ["Checking the rows…"] and wizard.state.plan is None
    wizard.button(QWizard.WizardButton.NextButton).click()  # no Cancel this time
    assert wizard.currentId() == wizard.CHECK
    assert wizard.state.plan is not None and len(wizard.state.plan.good) == ROWS


@pytest.mark.usefixtures("shown_at_once")
def test_cancel_while_importing_writes_nothing(qtbot: QtBot, db: Database, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from carnet.services import importing

    monkeypatch.setattr(importing, "BATCH", 100)
    window = open_window(qtbot, db)
    import_contacts(window, str(google_file(tmp_path)))
    qtbot.waitUntil(lambda: window.pending_dialog is not None and window.pending_dialog.isVisible())
    wizard = window.pending_dialog
    assert isinstance(wizard, QWizard)
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == wizard.CHECK
    clicked: list[str] = []
    click_cancel_when_shown(qtbot, window, clicked)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: bool(clicked))
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage())
    assert clicked == ["Importing contacts…"] and contact_count(db) == 0
