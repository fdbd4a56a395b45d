"""File ▸ New Database…, Open Database…, Open Recent, and Help ▸ User Guide and About (issue 16, items 6–7)."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from carnet.storage import Database
from carnet.ui import database_files
from carnet.ui.guide_window import GuideWindow, show_guide
from carnet.ui.main_window import MainWindow


def window_on(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    return window


def test_the_command_opens_a_book_in_a_carnet_of_its_own(tmp_path: Path) -> None:
    book = tmp_path / "autre.sqlite3"
    program, arguments = database_files.carnet_command(book)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([program, *arguments, "--smoke"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(book) as connection:
        assert connection.execute("SELECT COUNT(*) FROM contact").fetchone() == (0,)


def test_a_new_database_is_created_private_migrated_remembered_and_opened(
        qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_on(qtbot, db)
    started: list[int] = []
    real_command = database_files.carnet_command
    # The new window is a real Carnet process, asked to quit after its first paint so that none is left.
    monkeypatch.setattr(database_files, "carnet_command",
                        lambda path: (real_command(path)[0], [*real_command(path)[1], "--smoke"]))
    real_start = database_files.QProcess.startDetached

    def start(program: str, arguments: list[str]) -> tuple[bool, int]:
        ok, pid = real_start(program, arguments)
        started.append(pid)
        return ok, pid

    monkeypatch.setattr(database_files.QProcess, "startDetached", staticmethod(start))
    made = database_files.new_database(window, str(tmp_path / "atelier"))
    assert made == tmp_path / "atelier.sqlite3"
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    with sqlite3.connect(made) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert database_files.recent_databases()[0] == made.resolve()
    assert len(started) == 1 and started[0] > 0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            os.kill(started[0], 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        os.kill(started[0], 9)
        pytest.fail("the new Carnet did not quit after its first paint")


def test_a_file_that_cannot_be_created_is_said_in_the_window(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    window = window_on(qtbot, db)
    window.show()
    assert database_files.new_database(window, str(tmp_path / "missing-folder" / "book.sqlite3")) is None
    assert not (tmp_path / "missing-folder").exists()
    assert window.notice.isVisible() and "missing-folder does not exist" in window.notice.label.text()


def test_open_recent_lists_the_books_that_are_there(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    books = [tmp_path / f"{name}.sqlite3" for name in ("clients", "atelier", "ancien")]
    for book in books[:2]:
        book.write_bytes(b"")
    for book in reversed(books):
        database_files.remember(book)
    database_files.remember(db.path)  # the current book, opened last: never offered
    window = window_on(qtbot, db)
    menu = window.recent_menu
    menu.aboutToShow.emit()
    shown = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert shown == ["&1 clients.sqlite3", "&2 atelier.sqlite3", "&Clear Menu"]  # "ancien" is not there now
    assert menu.actions()[0].statusTip() == str(books[0].resolve())
    menu.actions()[-1].trigger()
    menu.aboutToShow.emit()
    assert [action.text() for action in menu.actions() if not action.isSeparator()] == [
        "No recent databases", "&Clear Menu"]
    assert not menu.actions()[0].isEnabled()


def test_the_recent_list_keeps_the_newest_few(tmp_path: Path) -> None:
    for number in range(database_files.RECENT_MOST + 3):
        database_files.remember(tmp_path / f"{number}.sqlite3")
    database_files.remember(tmp_path / "3.sqlite3")
    recent = database_files.recent_databases()
    assert len(recent) == database_files.RECENT_MOST
    assert recent[0].name == "3.sqlite3" and recent.count(recent[0]) == 1


@pytest.mark.parametrize(("language", "heading"), [("en", "Importing and exporting contacts"),
                                                    ("fr", "Importer et exporter")])
def test_the_user_guide_opens_offline_in_the_interfaces_language(
        qtbot: QtBot, language: str, heading: str) -> None:
    guide = GuideWindow(language)
    qtbot.addWidget(guide)
    assert guide.path is not None and guide.path.name == ("guide.md" if language == "en" else "guide.fr.md")
    text = guide.browser.toPlainText()
    assert heading in text and "![" not in text  # Markdown shown as a document, not as source
    picture = guide.browser.document().resource(QTextDocument.ResourceType.ImageResource,
                                                 QUrl(f"images/guide/{language}/board.png"))
    assert picture is not None and not picture.isNull()


def test_the_guides_contents_lead_to_their_sections(qtbot: QtBot) -> None:
    from PySide6.QtCore import QUrl

    guide = GuideWindow("en")
    qtbot.addWidget(guide)
    guide.resize(700, 500)
    guide.show()
    guide.browser.anchorClicked.emit(QUrl("#9-importing-and-exporting-contacts"))
    assert guide.browser.textCursor().block().text() == "9. Importing and exporting contacts"
    assert guide.browser.verticalScrollBar().value() > 0
    assert not guide.scroll_to_heading("no-such-section")


def test_help_user_guide_follows_the_locale(qtbot: QtBot, db: Database) -> None:
    window = window_on(qtbot, db)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        shown = show_guide(window)
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert shown is not None and shown.isVisible() and shown.path is not None
    assert shown.path.name == "guide.fr.md"
    shown.close()


def test_about_names_the_version_the_database_the_licence_and_qt(
        qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import qVersion

    from carnet import __version__

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: said.append(text))
    window = window_on(qtbot, db)
    window.show_about()
    assert __version__ in said[0] and str(db.path) in said[0]
    assert "GNU General Public License" in said[0] and qVersion() in said[0]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_link_of_the_contents_finds_its_section(qtbot: QtBot, language: str) -> None:
    import re

    guide = GuideWindow(language)
    qtbot.addWidget(guide)
    assert guide.path is not None
    links = re.findall(r"\]\(#([^)]+)\)", guide.path.read_text(encoding="utf-8"))
    assert len(links) >= 10
    assert [link for link in links if not guide.scroll_to_heading(link)] == []
