"""The first window, driven through its real widgets."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from carnet.domain import PaymentStatus, Stage
from carnet.services import ContactDraft, PaymentDraft, archive_contacts, create_contact, record_payment
from carnet.services.demo_data import generate_demo_data
from carnet.services.queries import stage_counts
from carnet.storage import Database
from carnet.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    main_window = MainWindow(db)
    qtbot.addWidget(main_window)
    return main_window


def column_names(window: MainWindow, stage: Stage) -> list[str]:
    proxy = window.board.columns[stage].proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_six_columns_in_lifecycle_order(window: MainWindow) -> None:
    assert list(window.board.columns) == list(Stage)
    headers = [column.header_text() for column in window.board.columns.values()]
    assert headers == [
        "Stranger · 0", "Visitor · 0", "Lead · 0", "Prospect · 0", "Client · 0", "Ambassador · 0"
    ]


def test_columns_list_contacts_by_stage_without_archived(qtbot: QtBot, db: Database) -> None:
    create_contact(db, ContactDraft("Zoé Lefèvre", stage=Stage.LEAD))
    create_contact(db, ContactDraft("Hugo Martin", stage=Stage.LEAD))
    paid = create_contact(db, ContactDraft("Nordlicht GmbH", stage=Stage.PROSPECT))
    record_payment(db, paid.id, PaymentDraft(90000, PaymentStatus.PAID), move_to_client=True)
    gone = create_contact(db, ContactDraft("Gone Away", stage=Stage.VISITOR))
    from carnet.domain import ArchiveReason

    archive_contacts(db, [gone.id], ArchiveReason.NO_ANSWER)
    window = MainWindow(db)
    qtbot.addWidget(window)
    # Newest first: created contacts go to the top of their column.
    assert column_names(window, Stage.LEAD) == ["Hugo Martin", "Zoé Lefèvre"]
    assert column_names(window, Stage.CLIENT) == ["Nordlicht GmbH"]
    assert column_names(window, Stage.VISITOR) == []
    assert window.board.columns[Stage.LEAD].header_text() == "Lead · 2"


def test_counts_match_the_database_on_demo_data(qtbot: QtBot, db: Database) -> None:
    generate_demo_data(db, 150, seed=7)
    window = MainWindow(db)
    qtbot.addWidget(window)
    expected = stage_counts(db)
    assert window.board.counts() == expected
    assert sum(expected.values()) > 130
    assert all(count > 0 for count in expected.values())


def test_board_model_passes_the_model_tester(qtbot: QtBot, db: Database) -> None:
    generate_demo_data(db, 40, seed=3)
    window = MainWindow(db)
    qtbot.addWidget(window)
    tester = ModelTester(qtbot)
    tester.check(window.board_model)
    window.refresh()
    for column in window.board.columns.values():
        tester.check(column.proxy)


def test_status_bar_shows_the_database_path(window: MainWindow, db: Database) -> None:
    assert window.path_label.text() == str(db.path)
    assert db.path.name in window.windowTitle()


def test_menus(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Contact", "Re&ports", "&Tools", "&Help"]
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert window.redo_action.shortcut().toString() == "Ctrl+Shift+Z"


def test_back_up_now_writes_a_copy(window: MainWindow, db: Database) -> None:
    window.back_up_now()
    copies = list((db.path.parent / "backups").glob("*.sqlite3"))
    assert len(copies) == 1
    assert "Backed up to" in window.statusBar().currentMessage()


def test_geometry_is_remembered(qtbot: QtBot, db: Database) -> None:
    first = MainWindow(db)
    qtbot.addWidget(first)
    first.show()
    first.panel.close()  # the window can then be narrower than the offscreen screen
    qtbot.waitUntil(lambda: first.minimumSize().width() < 760)
    # Smaller than the offscreen screen (800×600): restoreGeometry clamps to the screen.
    first.setGeometry(QRect(20, 30, 760, 540))
    qtbot.waitUntil(lambda: first.width() == 760)
    first.close()
    second = MainWindow(db)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (760, 540)
    assert second.panel.isHidden()


def test_the_last_tab_comes_back_once_the_board_is_painted(qtbot: QtBot, db: Database) -> None:
    first = MainWindow(db)
    qtbot.addWidget(first)
    first.show()
    first.tabs.setCurrentIndex(first.todo_tab)
    first.close()
    second = MainWindow(db)
    qtbot.addWidget(second)
    assert second.tabs.currentIndex() == 0  # the board first: its paint is what start-up waits for
    with qtbot.waitSignal(second.board_painted, timeout=5000):
        second.show()
    qtbot.waitUntil(lambda: second.tabs.currentIndex() == second.todo_tab)


def test_board_painted_is_signalled(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.board_painted, timeout=5000):
        window.show()


def run_gui(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_STATE_HOME": str(home / "state"),
           "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-m", "carnet", *args], capture_output=True, text=True, timeout=120, env=env
    )


def test_demo_starts_shows_the_board_and_quits(tmp_path: Path) -> None:
    result = run_gui("--demo", "--smoke", home=tmp_path)
    assert result.returncode == 0, result.stderr


def test_default_database_is_created_private_in_the_user_data_dir(tmp_path: Path) -> None:
    result = run_gui("--smoke", home=tmp_path)
    assert result.returncode == 0, result.stderr
    created = list((tmp_path / "data").rglob("carnet.sqlite3"))
    assert len(created) == 1
    assert created[0].parent.name == "Carnet"
    assert created[0].stat().st_mode & 0o777 == 0o600


def test_a_second_window_on_the_same_file_is_refused(db: Database, tmp_path: Path) -> None:
    result = run_gui("--db", str(db.path), "--smoke", home=tmp_path)
    assert result.returncode == 2
    assert "already open in another Carnet window" in result.stderr


def test_the_contact_panel_follows_the_selection(qtbot: QtBot, db: Database) -> None:
    zoe = create_contact(db, ContactDraft("Zoé Lefèvre", stage=Stage.LEAD, organisation="Atelier Œuvre")).id
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    view = window.board.columns[Stage.LEAD].view
    view.setFocus()
    view.select_row(0)
    qtbot.waitUntil(lambda: window.panel.contact_id == zoe)
    assert window.panel.name_label.text() == "Zoé Lefèvre"


def test_the_first_window_fits_the_screen_with_its_frame(qtbot, db) -> None:
    from carnet.ui.main_window import DEFAULT_SIZE, FRAME_ALLOWANCE, MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    assert window.width() == min(DEFAULT_SIZE[0], room.width() - FRAME_ALLOWANCE[0])
    assert window.height() == min(DEFAULT_SIZE[1], room.height() - FRAME_ALLOWANCE[1])
    assert window.height() + 40 <= room.height()  # a title bar fits above it: the status bar stays on screen
