"""Last contact means contact (issue 13, item 5): an invoice or a payment, a gift sent and a logged interaction
all count for "days since", the board's Stale badge and filter, and To do today; a quote alone and a gift not
sent yet do not. One definition (`carnet.storage.sql.common.last_contact_day`) behind the board's cards and
To do: both are checked here on the same contacts.

The data is made through the services; only creation times are backdated by hand (no service takes them).
The local time zone is pinned to Paris: local days are part of the answers.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QListView, QToolTip
from pytestqt.qtbot import QtBot
from sqlmodel import select

from carnet.domain.enums import InteractionKind, PaymentStatus, Stage
from carnet.domain.models import Contact, StageChange
from carnet.domain.stay_in_touch import TouchStatus, touch_status
from carnet.services import ContactDraft, PaymentDraft, create_contact, log_interaction, record_gift, record_payment
from carnet.services.board_read import Card, board_cards, cards_by_id
from carnet.services.reports import todo_today
from carnet.storage import Database
from carnet.ui.board.card_delegate import CardDelegate
from carnet.ui.board.model import BoardModel, CardRole

CAN_SET_ZONE = hasattr(time, "tzset")
TODAY = date(2025, 6, 15)
LONG_AGO = datetime(2024, 7, 17, 12, tzinfo=UTC)  # 333 days before TODAY: the issue's "Stale 333 d"


@pytest.fixture(autouse=True)
def paris_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local days in Paris, in Python and in SQLite alike."""
    monkeypatch.setenv("TZ", "Europe/Paris")
    if CAN_SET_ZONE:
        time.tzset()
    yield
    monkeypatch.undo()
    if CAN_SET_ZONE:
        time.tzset()


def add(db: Database, name: str, stage: Stage = Stage.LEAD) -> int:
    """A contact added 333 days before TODAY (its creation stage change too)."""
    contact_id = create_contact(db, ContactDraft(display_name=name, stage=stage)).id
    assert contact_id is not None
    with db.transaction() as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None
        contact.created_at = LONG_AGO
        for change in session.exec(select(StageChange).where(StageChange.contact_id == contact_id)):
            change.at = LONG_AGO
    return contact_id


def client_paid_on(db: Database, name: str, paid_on: date) -> int:
    contact_id = add(db, name, Stage.PROSPECT)
    record_payment(db, contact_id, PaymentDraft(120_000, PaymentStatus.PAID, paid_on=paid_on), move_to_client=True)
    return contact_id


def card(db: Database, contact_id: int) -> Card:
    (found,) = cards_by_id(db, [contact_id])
    return found


def touch(found: Card) -> TouchStatus:
    return touch_status(found.stage, found.last_contact_on, found.created_on, found.next_follow_up, TODAY)


def in_todo(db: Database, contact_id: int) -> bool:
    """Listed in To do for having gone quiet (a lead or a prospect without a follow-up is listed anyway, for
    having no next step: what is counted here is the silence)."""
    return contact_id in {row.contact_id for row in todo_today(db, TODAY) if row.stale}


def days_in_todo(db: Database, contact_id: int) -> int | None:
    (row,) = [row for row in todo_today(db, TODAY) if row.contact_id == contact_id]
    return row.days_since_touch


# --- the services -------------------------------------------------------------------------------


def test_a_client_paid_today_is_not_stale_and_not_to_do(db: Database) -> None:
    paid = client_paid_on(db, "Paid today", TODAY)
    found = card(db, paid)
    assert found.stage is Stage.CLIENT and found.last_contact_on == TODAY
    assert touch(found) == TouchStatus(days_since_touch=0, stale=False, overdue=False)
    assert not in_todo(db, paid)


def test_a_client_paid_long_ago_is_stale_counted_from_its_payment(db: Database) -> None:
    paid = client_paid_on(db, "Paid in February", date(2025, 2, 1))
    found = card(db, paid)
    assert found.last_contact_on == date(2025, 2, 1)
    assert touch(found) == TouchStatus(days_since_touch=134, stale=True, overdue=False)  # over a client's 90
    assert days_in_todo(db, paid) == 134


def test_a_paid_payment_counts_on_its_payment_day(db: Database) -> None:
    paid = add(db, "Invoiced in March, paid in June", Stage.PROSPECT)
    draft = PaymentDraft(50_000, PaymentStatus.PAID, issued_on=date(2025, 3, 1), paid_on=date(2025, 6, 10))
    record_payment(db, paid, draft, move_to_client=True)
    assert card(db, paid).last_contact_on == date(2025, 6, 10)
    assert not in_todo(db, paid)


def test_an_invoice_counts_on_its_issue_day(db: Database) -> None:
    invoiced = add(db, "Invoiced", Stage.PROSPECT)
    record_payment(db, invoiced, PaymentDraft(80_000, PaymentStatus.INVOICED, issued_on=date(2025, 6, 12)))
    found = card(db, invoiced)
    assert found.last_contact_on == date(2025, 6, 12)
    assert touch(found) == TouchStatus(days_since_touch=3, stale=False, overdue=False)  # a prospect's limit is 7
    assert not in_todo(db, invoiced)
    # Older than a prospect's 7 days: stale again, counted from the invoice.
    other = add(db, "Invoiced in May", Stage.PROSPECT)
    record_payment(db, other, PaymentDraft(80_000, PaymentStatus.INVOICED, issued_on=date(2025, 5, 15)))
    assert touch(card(db, other)) == TouchStatus(days_since_touch=31, stale=True, overdue=False)
    assert days_in_todo(db, other) == 31


def test_a_quote_alone_is_not_a_contact(db: Database) -> None:
    quoted = add(db, "Quoted", Stage.PROSPECT)
    record_payment(db, quoted, PaymentDraft(80_000, PaymentStatus.QUOTED, issued_on=date(2025, 6, 14)))
    found = card(db, quoted)
    assert found.last_contact_on is None
    assert touch(found) == TouchStatus(days_since_touch=None, stale=True, overdue=False)  # counted from creation
    assert in_todo(db, quoted) and days_in_todo(db, quoted) is None


def test_a_gift_sent_counts_and_a_gift_not_sent_does_not(db: Database) -> None:
    sent = client_paid_on(db, "Gift sent", date(2024, 8, 1))
    record_gift(db, sent, 2025, "Tea", date(2025, 6, 1))
    assert card(db, sent).last_contact_on == date(2025, 6, 1)
    assert touch(card(db, sent)).stale is False and not in_todo(db, sent)

    chosen = client_paid_on(db, "Gift chosen", date(2024, 8, 1))
    record_gift(db, chosen, 2025, "Wine")  # not sent yet
    assert card(db, chosen).last_contact_on == date(2024, 8, 1)  # the payment, not the gift
    assert touch(card(db, chosen)) == TouchStatus(days_since_touch=318, stale=True, overdue=False)
    assert days_in_todo(db, chosen) == 318


def test_an_interaction_counts_on_its_local_day(db: Database) -> None:
    lead = add(db, "Called")
    # 22:30 UTC on 31 May is 00:30 on 1 June in Paris: 14 local days before TODAY, not stale for a lead.
    log_interaction(db, lead, InteractionKind.CALL, at=datetime(2025, 5, 31, 22, 30, tzinfo=UTC))
    found = card(db, lead)
    assert found.last_contact_on == date(2025, 6, 1)
    assert touch(found) == TouchStatus(days_since_touch=14, stale=False, overdue=False)
    assert not in_todo(db, lead)


def test_the_latest_kind_of_contact_wins(db: Database) -> None:
    busy = client_paid_on(db, "Busy", date(2025, 1, 10))
    log_interaction(db, busy, InteractionKind.MEETING, at=datetime(2025, 3, 2, 9, tzinfo=UTC))
    record_gift(db, busy, 2024, "Book", date(2024, 12, 20))
    assert card(db, busy).last_contact_on == date(2025, 3, 2)  # the meeting
    record_payment(db, busy, PaymentDraft(10_000, PaymentStatus.INVOICED, issued_on=date(2025, 4, 5)))
    assert card(db, busy).last_contact_on == date(2025, 4, 5)  # then the invoice
    record_gift(db, busy, 2025, "Tea", date(2025, 5, 1))
    assert card(db, busy).last_contact_on == date(2025, 5, 1)  # then the gift
    assert not in_todo(db, busy)  # 45 days: a client is not stale yet


def test_the_whole_board_and_to_do_agree(db: Database) -> None:
    """The board's bulk read and To do use the same definition: same days for every contact."""
    contacts = [
        client_paid_on(db, "Paid", date(2025, 1, 5)),
        add(db, "Never"),
        add(db, "Quoted", Stage.PROSPECT),
        add(db, "Mailed", Stage.PROSPECT),
    ]
    record_payment(db, contacts[2], PaymentDraft(1_000, PaymentStatus.QUOTED, issued_on=date(2025, 6, 1)))
    log_interaction(db, contacts[3], InteractionKind.EMAIL, at=datetime(2025, 5, 1, 8, tzinfo=UTC))
    board = {found.id: touch(found) for found in board_cards(db)}
    todo = {row.contact_id: row.days_since_touch for row in todo_today(db, TODAY)}
    assert set(todo) == {cid for cid, status in board.items() if status.stale or status.overdue} == set(contacts)
    assert {cid: board[cid].days_since_touch for cid in contacts} == todo == {
        contacts[0]: 161, contacts[1]: None, contacts[2]: None, contacts[3]: 45,
    }


def test_a_damaged_interaction_time_is_refused_by_to_do_not_skipped(db: Database) -> None:
    """A time SQLite cannot read comes back as stored, for To do to refuse naming the contact (a damaged
    file), rather than counting from an older payment in silence; the board reads it as no day."""
    damaged = client_paid_on(db, "Damaged time", date(2025, 6, 1))
    log_interaction(db, damaged, InteractionKind.CALL, at=datetime(2025, 6, 2, 9, tzinfo=UTC))
    with closing(sqlite3.connect(db.path)) as connection, connection:
        connection.execute("UPDATE interaction SET at = 'not a time' WHERE contact_id = ?", (damaged,))
    with pytest.raises(ValueError, match=rf"contact {damaged}: its last contact day 'not a time' is not a date"):
        todo_today(db, TODAY)
    assert card(db, damaged).last_contact_on is None


# --- the board's card ---------------------------------------------------------------------------


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform, for the tooltip
def test_the_cards_tooltip_says_no_contact(qtbot: QtBot, db: Database) -> None:
    quoted = add(db, "Quoted Lead")
    record_payment(db, quoted, PaymentDraft(80_000, PaymentStatus.QUOTED, issued_on=date(2025, 6, 14)))
    invoiced = add(db, "Invoiced Lead")
    record_payment(db, invoiced, PaymentDraft(80_000, PaymentStatus.INVOICED, issued_on=date(2025, 5, 26)))
    paid = client_paid_on(db, "Paid Today", TODAY)
    model = BoardModel(today=lambda: TODAY)
    model.set_cards(board_cards(db))
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(CardDelegate(view))
    view.resize(300, 600)
    view.show()
    qtbot.waitExposed(view)
    rows = {model.index(row, 0).data(CardRole.CONTACT_ID): model.index(row, 0) for row in range(model.rowCount())}

    def tooltip(contact_id: int) -> list[str]:
        rect = view.visualRect(rows[contact_id])
        point = QPoint(rect.left() + 30, rect.top() + 12)  # on the name, clear of the badges
        QToolTip.hideText()
        event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
        QApplication.sendEvent(view.viewport(), event)
        qtbot.waitUntil(QToolTip.isVisible)
        lines = QToolTip.text().splitlines()
        QToolTip.hideText()
        return lines

    no_next_step = CardDelegate.no_next_step_explanation(model.card(quoted))  # leads without a follow-up
    assert no_next_step.startswith("A lead or prospect without a follow-up date")
    assert tooltip(quoted) == ["Quoted Lead", no_next_step, "No contact since the contact was added"]
    assert tooltip(invoiced) == ["Invoiced Lead", no_next_step, "No contact for 20 days"]
    assert "no recent contact" in rows[invoiced].data(Qt.ItemDataRole.AccessibleTextRole)
    assert rows[paid].data(CardRole.TOUCH) == TouchStatus(days_since_touch=0, stale=False, overdue=False)
    assert not any(line.startswith("No contact") for line in tooltip(paid))
    assert "no recent contact" not in rows[paid].data(Qt.ItemDataRole.AccessibleTextRole)
