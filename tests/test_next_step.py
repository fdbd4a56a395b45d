"""A next step for every open deal (issue 17, items 4 and 6): a lead or prospect without a follow-up date is
marked *No next step* on its card, found by the filter bar's toggle, listed in To do's own group; moving a
card to Lead or Prospect offers a follow-up in a week in the bar above the board, and Log Interaction
proposes one. Through the real window, read back from SQLite."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from carnet.domain.enums import InteractionKind, PaymentStatus, Stage
from carnet.domain.follow_ups import PlannedFollowUp
from carnet.domain.next_step import in_a_week, lacks_next_step
from carnet.services import ContactDraft, PaymentDraft, create_contact, log_interaction, record_payment
from carnet.services.board_read import board_cards
from carnet.services.follow_ups import follow_up_of, set_follow_up
from carnet.services.reports import TodoGroup, todo_today
from carnet.storage import Database
from carnet.ui.board.card_delegate import GAP_X, GAP_Y, PAD_RIGHT, CardDelegate
from carnet.ui.board.model import CardRole
from carnet.ui.main_window import MainWindow
from carnet.ui.todo_view import TodoView

TODAY = date.today()


pytestmark = pytest.mark.usefixtures("english_us")


def add(db: Database, name: str, stage: Stage, **fields: object) -> int:
    return create_contact(db, ContactDraft(name, stage=stage, **fields)).id  # type: ignore[arg-type]


@pytest.fixture
def book(db: Database) -> dict[str, int]:
    """Two open deals without a next step, one with; a visitor and a stranger, who need none."""
    return {
        "Léa": add(db, "Léa Petit", Stage.LEAD),
        "Camille": add(db, "Camille Roux", Stage.PROSPECT),
        "Paul": add(db, "Paul Martin", Stage.LEAD, next_follow_up=TODAY + timedelta(days=4)),
        "Hugo": add(db, "Hugo Bernard", Stage.VISITOR),
        "Ruth": add(db, "Ruth Haddad", Stage.STRANGER),
    }


@pytest.fixture
def window(qtbot: QtBot, db: Database, book: dict[str, int]) -> MainWindow:
    main_window = MainWindow(db)
    qtbot.addWidget(main_window)
    main_window.resize(1500, 800)
    main_window.show()
    qtbot.waitExposed(main_window)
    qtbot.waitUntil(lambda: main_window.controller.fully_loaded)
    return main_window


def index_of(window: MainWindow, contact_id: int) -> QModelIndex:
    for column in window.board.columns.values():
        model = column.view.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(CardRole.CONTACT_ID) == contact_id:
                return model.index(row, 0)
    raise AssertionError(f"no card for contact {contact_id}")


def drop(window: MainWindow, contact_id: int, target: Stage) -> bool:
    index = index_of(window, contact_id)
    card = window.board_model.card(contact_id)
    assert card is not None
    data = window.board.columns[card.stage].proxy.mimeData([index])
    return window.board.columns[target].proxy.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())


def pending(qtbot: QtBot, window: MainWindow, class_name: str) -> object:
    def ready() -> bool:
        dialog = window.contact_actions.pending_dialog
        return dialog is not None and type(dialog).__name__ == class_name and dialog.isVisible()

    qtbot.waitUntil(ready)
    return window.contact_actions.pending_dialog


# --- the rule -------------------------------------------------------------------------------------


def test_only_open_deals_need_a_next_step() -> None:
    soon = TODAY + timedelta(days=2)
    assert [stage for stage in Stage if lacks_next_step(stage, None)] == [Stage.LEAD, Stage.PROSPECT]
    assert not any(lacks_next_step(stage, soon) for stage in Stage)
    assert in_a_week(date(2026, 5, 21)) == date(2026, 5, 28)  # a Thursday: the next Thursday


def test_the_boards_cards_say_it_without_another_query(db: Database, book: dict[str, int]) -> None:
    lacking = {card.id for card in board_cards(db) if card.lacks_next_step}
    assert lacking == {book["Léa"], book["Camille"]}


# --- the card's badge ---------------------------------------------------------------------------


def violet(image: QImage) -> int:
    """How many pixels of the badge's violet (hue about 255°, clearly saturated) the image holds."""
    found = 0
    for y in range(image.height()):
        for x in range(image.width()):
            colour = QColor(image.pixel(x, y))
            if 235 <= colour.hsvHue() <= 275 and colour.hsvSaturation() > 50:
                found += 1
    return found


def card_image(window: MainWindow, contact_id: int) -> QImage:
    index = index_of(window, contact_id)
    card = window.board_model.card(contact_id)
    assert card is not None
    view = window.board.columns[card.stage].view
    view.scrollTo(index)
    return view.viewport().grab(view.visualRect(index)).toImage()


def test_a_lead_without_a_follow_up_wears_the_badge(qtbot: QtBot, window: MainWindow, db: Database,
                                                    book: dict[str, int]) -> None:
    client = add(db, "Fabrice Simon", Stage.PROSPECT)
    record_payment(db, client, PaymentDraft(90_000, PaymentStatus.PAID), move_to_client=True)
    window.refresh()
    qtbot.waitUntil(lambda: window.board_model.card(client) is not None)
    assert violet(card_image(window, book["Léa"])) > 40
    assert violet(card_image(window, book["Camille"])) > 40
    for fine in (book["Paul"], book["Hugo"], client):  # a follow-up planned, or no deal open
        assert violet(card_image(window, fine)) == 0
    # Over the badge, its tooltip says what it means.
    index = index_of(window, book["Léa"])
    view = window.board.columns[Stage.LEAD].view
    rect = view.visualRect(index)
    delegate = view.itemDelegate()
    assert isinstance(delegate, CardDelegate)
    fonts = delegate._fonts(view.font())
    card, touch = index.data(CardRole.CARD), index.data(CardRole.TOUCH)
    pills = delegate._pills(card, touch, fonts, rect.width() - 2 * GAP_X - PAD_RIGHT)
    kinds = [kind for kind, _, _ in pills]
    assert kinds[0] == "no next step"  # at the edge, where Overdue sits on a card that has a follow-up
    pill = pills[0][2]
    where = (QPointF(rect.topLeft()) + QPointF(GAP_X, GAP_Y + fonts.touch_y) + pill.center()).toPoint()
    QToolTip.hideText()
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, where, view.viewport().mapToGlobal(where)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text().startswith("A lead or prospect without a follow-up date")
    QToolTip.hideText()


# --- the filter -------------------------------------------------------------------------------------


def shown_ids(window: MainWindow) -> set[int]:
    return {column.view.model().index(row, 0).data(CardRole.CONTACT_ID)
            for column in window.board.columns.values() for row in range(column.view.model().rowCount())}


def test_the_filter_toggle_shows_the_deals_without_a_next_step(
    qtbot: QtBot, window: MainWindow, db: Database, book: dict[str, int]
) -> None:
    toggle = window.filter_bar.no_next_step
    assert toggle.text() == "No next step" and toggle.isCheckable()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert shown_ids(window) == {book["Léa"], book["Camille"]}
    assert window.filter_bar.current().is_active
    # A follow-up set from the board takes the card out of the filtered board.
    window.contact_actions.postpone(book["Léa"], TODAY + timedelta(days=1))
    qtbot.waitUntil(lambda: shown_ids(window) == {book["Camille"]})
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert shown_ids(window) == set(book.values())
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    window.filter_bar.clear()  # Clear Filter unticks it too
    assert not toggle.isChecked() and shown_ids(window) == set(book.values())


# --- To do -------------------------------------------------------------------------------------------


def test_to_do_groups_them_third_the_most_valuable_first(qtbot: QtBot, db: Database, book: dict[str, int]) -> None:
    overdue = add(db, "Denis Moreau", Stage.PROSPECT, next_follow_up=TODAY - timedelta(days=2))
    due = add(db, "Zoé Lefèvre", Stage.LEAD, next_follow_up=TODAY)
    record_payment(db, book["Léa"], PaymentDraft(250_000, PaymentStatus.QUOTED))  # worth more than Camille
    quiet_client = add(db, "Fabrice Simon", Stage.PROSPECT, next_follow_up=TODAY + timedelta(days=30))
    record_payment(db, quiet_client, PaymentDraft(90_000, PaymentStatus.PAID, paid_on=date(2020, 1, 6)),
                   move_to_client=True)
    rows = todo_today(db, TODAY)
    assert [(row.contact_id, row.group) for row in rows] == [
        (overdue, TodoGroup.OVERDUE), (due, TodoGroup.DUE_TODAY),
        (book["Léa"], TodoGroup.NO_NEXT_STEP), (book["Camille"], TodoGroup.NO_NEXT_STEP),
        (quiet_client, TodoGroup.STALE),
    ]
    view = TodoView(db)
    qtbot.addWidget(view)
    view.resize(1100, 400)
    view.show()
    assert view.summary.text() == "Overdue: 1 · Due today: 1 · No next step: 2 · Gone quiet: 1"
    reasons = [view.model.reason(row) for row in rows]
    assert reasons[2] == "No next step planned"  # added today: not quiet yet


# --- the offers --------------------------------------------------------------------------------------


def test_a_card_moved_to_lead_is_offered_a_follow_up_in_a_week(
    qtbot: QtBot, window: MainWindow, db: Database, book: dict[str, int]
) -> None:
    assert drop(window, book["Hugo"], Stage.LEAD)
    notice = window.notice
    assert not notice.isVisible()  # not inside the drop: the bar lays the board out again
    qtbot.waitUntil(notice.isVisible)
    assert notice.action_button.isVisible()
    assert notice.label.text() == "No next step for Hugo Bernard: no follow-up is planned."
    assert notice.action_button.text().replace("&", "") == "Set a follow-up in a week"
    qtbot.mouseClick(notice.action_button, Qt.MouseButton.LeftButton)
    assert follow_up_of(db, book["Hugo"]) == PlannedFollowUp(in_a_week(TODAY))
    assert not notice.isVisible()
    card = window.board_model.card(book["Hugo"])
    assert card is not None and not card.lacks_next_step
    assert window.undo_action.text().replace("&", "") == "Undo Set Follow-up of Hugo Bernard"
    window.undo_action.trigger()
    assert follow_up_of(db, book["Hugo"]) == PlannedFollowUp()
    window.undo_action.trigger()  # then the move itself
    assert window.board_model.card(book["Hugo"]).stage is Stage.VISITOR  # type: ignore[union-attr]


def settled(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.contact_actions.offer_timer.isActive())


def test_no_offer_for_a_card_with_its_next_step_or_leaving_the_open_deals(
    qtbot: QtBot, window: MainWindow, db: Database, book: dict[str, int]
) -> None:
    planned = add(db, "Inès Faure", Stage.VISITOR, next_follow_up=TODAY + timedelta(days=2))
    window.refresh()
    assert drop(window, planned, Stage.LEAD)
    settled(qtbot, window)
    assert not window.notice.isVisible()
    assert drop(window, book["Léa"], Stage.VISITOR)  # backwards, out of the open deals
    settled(qtbot, window)
    assert not window.notice.isVisible()
    # Dropped in and straight back out before the move settled: nothing to offer any more.
    assert drop(window, book["Hugo"], Stage.LEAD)
    assert drop(window, book["Hugo"], Stage.VISITOR)
    settled(qtbot, window)
    assert not window.notice.isVisible()


def test_two_quick_moves_make_one_offer(qtbot: QtBot, window: MainWindow, book: dict[str, int]) -> None:
    assert drop(window, book["Hugo"], Stage.LEAD)
    assert drop(window, book["Ruth"], Stage.LEAD)
    qtbot.waitUntil(window.notice.isVisible)
    assert window.notice.label.text() == "No next step for Hugo Bernard, Ruth Haddad: no follow-up is planned."


def test_a_new_prospect_is_qualified_first_then_offered_its_next_step(
    qtbot: QtBot, window: MainWindow, db: Database, book: dict[str, int]
) -> None:
    assert drop(window, book["Léa"], Stage.PROSPECT)
    dialog = pending(qtbot, window, "QualifyDialog")
    assert not window.notice.isVisible()  # one question at a time
    dialog.reject()
    qtbot.waitUntil(window.notice.isVisible)
    assert window.notice.label.text() == (
        "Not qualified: Léa Petit. Qualify them later with Contact ▸ Qualify….\n"
        "No next step for Léa Petit: no follow-up is planned.")
    qtbot.mouseClick(window.notice.action_button, Qt.MouseButton.LeftButton)
    assert follow_up_of(db, book["Léa"]).day == in_a_week(TODAY)


def test_any_other_change_closes_the_offer(qtbot: QtBot, window: MainWindow, db: Database,
                                           book: dict[str, int]) -> None:
    assert drop(window, book["Hugo"], Stage.LEAD)
    qtbot.waitUntil(window.notice.action_button.isVisible)
    window.contact_actions.postpone(book["Paul"], TODAY + timedelta(days=9))
    assert not window.notice.isVisible() and not window.notice.action_button.isVisible()
    assert follow_up_of(db, book["Hugo"]) == PlannedFollowUp()  # nothing was set behind the user's back


def test_log_interaction_proposes_the_next_follow_up_where_one_is_wanted(
    qtbot: QtBot, window: MainWindow, db: Database, book: dict[str, int]
) -> None:
    due = add(db, "Due Client", Stage.PROSPECT)
    set_follow_up(db, due, TODAY - timedelta(days=1), time(9, 0), "Send the quote")
    window.refresh()
    for contact_id, proposed in ((book["Léa"], True), (book["Hugo"], False), (book["Paul"], False), (due, True)):
        window.contact_actions.log_interaction(contact_id)
        dialog = pending(qtbot, window, "LogInteractionDialog")
        assert dialog.follow_up_check.isChecked() is proposed, contact_id
        if proposed:
            assert dialog.follow_up_edit.day() == TODAY + timedelta(days=7)
            assert dialog.follow_up_time_edit.isEnabled() and dialog.follow_up_note_edit.text() == ""
        dialog.reject()
        qtbot.waitUntil(lambda: window.contact_actions.pending_dialog is None)
    # Accepted as proposed: the lead has its next step, and leaves To do's group.
    window.contact_actions.log_interaction(book["Léa"])
    dialog = pending(qtbot, window, "LogInteractionDialog")
    qtbot.keyClicks(dialog.summary_edit, "Intro call")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert follow_up_of(db, book["Léa"]) == PlannedFollowUp(TODAY + timedelta(days=7))
    assert book["Léa"] not in {row.contact_id for row in todo_today(db, TODAY)}
    log_interaction(db, book["Camille"], InteractionKind.EMAIL, at=datetime.now(UTC))  # no follow-up: still listed
    assert book["Camille"] in {row.contact_id for row in todo_today(db, TODAY) if row.group is TodoGroup.NO_NEXT_STEP}
