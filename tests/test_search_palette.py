"""Search everything (issue 16, item 3), through the real window: Ctrl+K's palette finds as the user types,
Up and Down move through the hits from the field, Enter or a double-click shows the contact on the board (its
card selected, the panel on it), and an archived contact is offered back to the board or shown in Archived."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from carnet.domain.enums import ArchiveReason, InteractionKind, Stage
from carnet.services import ContactDraft, archive_contacts, create_contact, log_interaction
from carnet.storage import Database
from carnet.ui.main_window import MainWindow
from carnet.ui.search_palette import SearchHitsModel, SearchPalette, open_search


@pytest.fixture
def book(db: Database) -> dict[str, int]:
    """A small book: people on the board, one archived; ids by first name."""
    ids = {}
    for name, organisation, stage in (("Zoé Lefèvre", "Atelier Œuvre", Stage.PROSPECT),
                                      ("Bruno Martin", "Boulangerie Martin", Stage.LEAD),
                                      ("Hélène Dubois", "Cabinet Dubois", Stage.VISITOR),
                                      ("Léa Martin", "", Stage.STRANGER)):
        contact = create_contact(db, ContactDraft(display_name=name, organisation=organisation, stage=stage))
        assert contact.id is not None
        ids[name.split()[0]] = contact.id
    log_interaction(db, ids["Zoé"], InteractionKind.MEETING, "Workshop about the new shop sign")
    archive_contacts(db, [ids["Hélène"]], ArchiveReason.NO_ANSWER)
    return ids


def window_on(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.controller.fully_loaded)
    return window


def palette_of(window: MainWindow) -> SearchPalette:
    open_search(window)
    palette = window.pending_dialog
    assert isinstance(palette, SearchPalette) and palette.isVisible()
    return palette


def type_in(qtbot: QtBot, palette: SearchPalette, text: str, rows: int) -> None:
    palette.search_edit.clear()
    qtbot.keyClicks(palette.search_edit, text)
    qtbot.waitUntil(lambda: palette.model.rowCount() == rows and not palette._timer.isActive())


def shown(palette: SearchPalette) -> list[str]:
    return [palette.model.index(row, 0).data().split("\n")[0] for row in range(palette.model.rowCount())]


def current_name(palette: SearchPalette) -> str | None:
    hit = palette.current_hit()
    return None if hit is None else hit.display_name


def test_the_palette_is_a_plain_dialog_with_the_field_focused(qtbot: QtBot, db: Database, book) -> None:
    window = window_on(qtbot, db)
    palette = palette_of(window)
    flags = palette.windowFlags()
    assert not flags & (Qt.WindowType.WindowMinimizeButtonHint | Qt.WindowType.WindowMaximizeButtonHint)
    assert palette.minimumWidth() >= 400 and palette.minimumHeight() >= 300
    assert palette.windowTitle() == "Search Everything"
    qtbot.waitUntil(palette.search_edit.hasFocus)
    assert "Archived contacts are searched too" in palette.status.text()  # what to type, before anything is
    # Ctrl+K again raises the same palette rather than a second one.
    open_search(window)
    assert window.findChildren(SearchPalette) == [palette]


def test_results_appear_as_the_user_types(qtbot: QtBot, db: Database, book, qtmodeltester) -> None:
    window = window_on(qtbot, db)
    palette = palette_of(window)
    type_in(qtbot, palette, "MARTIN", rows=2)
    # Names come first, the board's contacts before the archived ones, by name.
    assert shown(palette) == ["Bruno Martin — Boulangerie Martin", "Léa Martin"]
    assert palette.status.text() == "2 contacts found"
    qtmodeltester.check(palette.model)
    type_in(qtbot, palette, "lefevre oeuvre", rows=1)  # accents, case and ligatures aside
    assert shown(palette) == ["Zoé Lefèvre — Atelier Œuvre"]
    assert palette.status.text() == "1 contact found"
    type_in(qtbot, palette, "shop sign", rows=1)
    assert palette.model.index(0, 0).data() == (
        "Zoé Lefèvre — Atelier Œuvre\nProspect · Interactions: Workshop about the new shop sign")
    assert "<b>shop</b> <b>sign</b>" in palette.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 2)
    type_in(qtbot, palette, 'dubois "-*:() OR', rows=0)
    assert palette.status.text() == "No contact holds every word typed."
    type_in(qtbot, palette, "dubois", rows=1)
    assert shown(palette) == ["Hélène Dubois — Cabinet Dubois (archived)"]
    assert palette.open_button.text() == "&Restore…"


def test_up_and_down_move_through_the_hits_from_the_field(qtbot: QtBot, db: Database, book) -> None:
    window = window_on(qtbot, db)
    palette = palette_of(window)
    type_in(qtbot, palette, "martin", rows=2)
    assert current_name(palette) == "Bruno Martin"  # the first hit is current: Enter opens it
    qtbot.keyClick(palette.search_edit, Qt.Key.Key_Down)
    assert current_name(palette) == "Léa Martin"
    qtbot.keyClick(palette.search_edit, Qt.Key.Key_Down)  # stays on the last
    assert palette.results.currentIndex().row() == 1
    qtbot.keyClick(palette.search_edit, Qt.Key.Key_Up)
    assert current_name(palette) == "Bruno Martin"
    qtbot.keyClick(palette.search_edit, Qt.Key.Key_PageDown)
    assert current_name(palette) == "Léa Martin"
    assert palette.search_edit.hasFocus() and palette.search_edit.text() == "martin"


def test_enter_shows_the_contact_on_the_board_with_the_panel_on_it(qtbot: QtBot, db: Database, book) -> None:
    window = window_on(qtbot, db)
    window.tabs.setCurrentIndex(window.todo_tab)
    window.filter_bar.search.setText("Bruno")  # the board's filter hides Léa's card
    qtbot.waitUntil(lambda: window.board_model.visible_ids() == {book["Bruno"]})
    palette = palette_of(window)
    type_in(qtbot, palette, "lea", rows=1)
    qtbot.keyClick(palette.search_edit, Qt.Key.Key_Return)

    assert not palette.isVisible() and window.pending_dialog is None
    assert window.tabs.currentIndex() == 0
    assert window.filter_bar.search.text() == ""  # cleared: it hid the card asked for
    assert window.board.active_stage is Stage.STRANGER and window.board.selected_ids() == [book["Léa"]]
    qtbot.waitUntil(lambda: window.panel.contact_id == book["Léa"])
    assert window.panel.isVisible()


def test_a_double_click_opens_the_hit_clicked(qtbot: QtBot, db: Database, book) -> None:
    window = window_on(qtbot, db)
    palette = palette_of(window)
    type_in(qtbot, palette, "martin", rows=2)
    second = palette.results.visualRect(palette.model.index(1, 0)).center()
    # As a real double-click arrives: a press and release, then the double-click (Qt's view opens the row pressed).
    qtbot.mouseClick(palette.results.viewport(), Qt.MouseButton.LeftButton, pos=second)
    qtbot.mouseDClick(palette.results.viewport(), Qt.MouseButton.LeftButton, pos=second)
    qtbot.waitUntil(lambda: not palette.isVisible())
    assert window.board.selected_ids() == [book["Léa"]]  # "Léa Martin", the second hit
    qtbot.waitUntil(lambda: window.panel.contact_id == book["Léa"])


def ask_about_archived(qtbot: QtBot, window: MainWindow) -> tuple[SearchPalette, QMessageBox]:
    palette = palette_of(window)
    type_in(qtbot, palette, "helene", rows=1)  # QTest types ASCII only; accents are tested in test_search.py
    qtbot.keyClick(palette.search_edit, Qt.Key.Key_Return)
    question = palette.restore_question
    assert question is not None and question.isVisible()
    assert question.text() == "“Hélène Dubois” is archived."
    assert "in the stage it left: Visitor" in question.informativeText()
    return palette, question


def button(question: QMessageBox, text: str):
    return next(b for b in question.buttons() if b.text().replace("&", "") == text)


def test_an_archived_contact_is_offered_back_and_restored(qtbot: QtBot, db: Database, book) -> None:
    window = window_on(qtbot, db)
    palette, question = ask_about_archived(qtbot, window)
    qtbot.mouseClick(button(question, "Restore"), Qt.MouseButton.LeftButton)

    assert not palette.isVisible()
    (archived,) = db.reader().execute("SELECT archived_at FROM contact WHERE id = ?", (book["Hélène"],)).fetchone()
    assert archived is None
    # The change went through the hub: the board has the card, and it is shown there, in the stage it left.
    assert window.board_model.card(book["Hélène"]) is not None
    assert window.board.active_stage is Stage.VISITOR and window.board.selected_ids() == [book["Hélène"]]
    assert "“Hélène Dubois” is back on the board." in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.panel.contact_id == book["Hélène"])


def test_an_archived_contact_can_be_shown_in_archived_instead(qtbot: QtBot, db: Database, book) -> None:
    window = window_on(qtbot, db)
    palette, question = ask_about_archived(qtbot, window)
    qtbot.mouseClick(button(question, "Show in Archived"), Qt.MouseButton.LeftButton)

    assert not palette.isVisible()
    assert window.tabs.currentIndex() == window.archived_tab
    archived_view = window.tabs.currentWidget()
    assert archived_view.selected_ids() == [book["Hélène"]]  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.panel.contact_id == book["Hélène"])
    (archived,) = db.reader().execute("SELECT archived_at FROM contact WHERE id = ?", (book["Hélène"],)).fetchone()
    assert archived is not None  # nothing restored


def test_cancel_leaves_the_palette_open_and_the_contact_archived(qtbot: QtBot, db: Database, book) -> None:
    window = window_on(qtbot, db)
    palette, question = ask_about_archived(qtbot, window)
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert palette.isVisible() and palette.restore_question is None
    assert window.board_model.card(book["Hélène"]) is None
    qtbot.keyClick(palette.search_edit, Qt.Key.Key_Escape)
    assert not palette.isVisible() and window.pending_dialog is None


def test_more_hits_than_shown_says_so(qtbot: QtBot, db: Database) -> None:
    for number in range(1, 6):
        create_contact(db, ContactDraft(display_name=f"Camille Petit {number}", stage=Stage.LEAD))
    window = window_on(qtbot, db)
    palette = SearchPalette(db, window, limit=3)
    qtbot.addWidget(palette)
    palette.show()
    type_in(qtbot, palette, "camille", rows=3)
    assert shown(palette) == ["Camille Petit 3", "Camille Petit 4", "Camille Petit 5"]  # the newest
    assert palette.status.text().startswith("More than 3 contacts found")


def test_the_hits_follow_a_change_made_elsewhere(qtbot: QtBot, db: Database, book) -> None:
    window = window_on(qtbot, db)
    palette = palette_of(window)
    type_in(qtbot, palette, "martin", rows=2)
    from carnet.services import update_contact
    from carnet.services.changes import Change, ChangeKind

    update_contact(db, book["Léa"], display_name="Léa Moreau")
    window.changes.notify(Change.of([book["Léa"]], ChangeKind.CONTACT))
    assert shown(palette) == ["Bruno Martin — Boulangerie Martin"]


def test_a_screen_reader_hears_each_hit_in_one_line(qtbot: QtBot, db: Database, book) -> None:
    window = window_on(qtbot, db)
    palette = palette_of(window)
    type_in(qtbot, palette, "dubois", rows=1)
    assert palette.model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Hélène Dubois — Cabinet Dubois (archived), Visitor")
    assert palette.results.accessibleName() == "Contacts found"
    assert palette.search_edit.accessibleName() == "Search every contact"
    assert isinstance(palette.model, SearchHitsModel)
