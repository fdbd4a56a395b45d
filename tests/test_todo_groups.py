"""To do today in groups (issue 16, polish list): overdue, due today, gone quiet; the most valuable first in
each; sortable by any column, the order kept when the list is read again after a change."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from carnet import services
from carnet.domain.enums import InteractionKind, PaymentStatus, Stage
from carnet.domain.models import Contact, Payment, StageChange
from carnet.services.drafts import ContactDraft, PaymentDraft
from carnet.services.reports import TodoGroup, todo_today
from carnet.storage import Database
from carnet.ui.labels import stage_label
from carnet.ui.main_window import MainWindow
from carnet.ui.todo_view import TodoModel, TodoView

TODAY = date(2026, 5, 20)
LONG_AGO = datetime(2026, 1, 5, 10, tzinfo=UTC)  # every contact was added then


pytestmark = pytest.mark.usefixtures("english_us")


def add(db: Database, name: str, stage: Stage, *, follow_up: date | None = None, called: date | None = None,
        paid: int = 0, quoted: int = 0) -> int:
    """A contact added on 5 January, called on ``called``, with what it paid and was quoted by then."""
    contact = services.create_contact(db, ContactDraft(display_name=name, stage=Stage.LEAD)).id
    if paid:
        services.record_payment(db, contact, PaymentDraft(paid, PaymentStatus.PAID, paid_on=date(2026, 1, 6)))
    if quoted:
        services.record_payment(db, contact, PaymentDraft(quoted, PaymentStatus.QUOTED, issued_on=date(2026, 1, 6)))
    if stage is not Stage.LEAD:
        services.move_contacts(db, [contact], stage)
    if called is not None:
        services.log_interaction(db, contact, InteractionKind.CALL, "Call", at=datetime.combine(called, time(10),
                                                                                             tzinfo=UTC))
    services.update_contact(db, contact, next_follow_up=follow_up)
    with db.transaction() as session:  # everything happened in January
        session.get(Contact, contact).created_at = LONG_AGO
        for change in session.exec(select(StageChange).where(StageChange.contact_id == contact)):
            change.at = LONG_AGO
        for payment in session.exec(select(Payment).where(Payment.contact_id == contact)):
            payment.created_at = LONG_AGO
    return contact


@pytest.fixture
def book(db: Database) -> dict[str, int]:
    """A consultant's week: four follow-ups overdue, two due today, two leads without a next step (both gone
    quiet), a client gone quiet, two fine."""
    recent = TODAY - timedelta(days=2)
    return {
        # Overdue: the quote of 6,000 first, then the client (1,200 paid), then two with nothing, the prospect
        # before the lead (the further stage), though the lead is quieter.
        "Camille": add(db, "Camille Roux", Stage.PROSPECT, follow_up=TODAY - timedelta(days=3), called=recent,
                       quoted=600_000),
        "Hugo": add(db, "Hugo Bernard", Stage.CLIENT, follow_up=TODAY - timedelta(days=10), called=recent,
                    paid=120_000),
        "Léa": add(db, "Léa Petit", Stage.LEAD, follow_up=TODAY - timedelta(days=1)),
        "Denis": add(db, "Denis Moreau", Stage.PROSPECT, follow_up=TODAY - timedelta(days=20), called=recent),
        # Due today: worth 2,500 each, the ambassador (paid) before the lead (quoted).
        "Zoé": add(db, "Zoé Lefèvre", Stage.LEAD, follow_up=TODAY, called=recent, quoted=250_000),
        "Ruth": add(db, "Ruth Haddad", Stage.AMBASSADOR, follow_up=TODAY, called=recent, paid=250_000),
        # Gone quiet: the client worth 9,000; the two leads have no follow-up either: no next step, the longest
        # silent first.
        "Émilie": add(db, "Émilie Durand", Stage.LEAD, called=TODAY - timedelta(days=40)),
        "Fabrice": add(db, "Fabrice Simon", Stage.CLIENT, called=TODAY - timedelta(days=120), paid=900_000),
        "Anaïs": add(db, "Anaïs Girard", Stage.LEAD, called=TODAY - timedelta(days=15)),
        # Fine: called lately, follow-up ahead; a stranger never goes quiet.
        "Paul": add(db, "Paul Martin", Stage.LEAD, follow_up=TODAY + timedelta(days=3), called=recent),
        "Inès": add(db, "Inès Faure", Stage.STRANGER),
    }


GROUPED = ["Camille Roux", "Hugo Bernard", "Denis Moreau", "Léa Petit",  # overdue
           "Ruth Haddad", "Zoé Lefèvre",  # due today
           "Émilie Durand", "Anaïs Girard",  # leads without a follow-up: no next step (quiet too), the longest first
           "Fabrice Simon"]  # gone quiet


def test_the_service_groups_then_ranks_by_value_then_stage(db: Database, book: dict[str, int]) -> None:
    rows = todo_today(db, TODAY)
    assert [row.display_name for row in rows] == GROUPED
    assert [row.group for row in rows] == ([TodoGroup.OVERDUE] * 4 + [TodoGroup.DUE_TODAY] * 2
                                           + [TodoGroup.NO_NEXT_STEP] * 2 + [TodoGroup.STALE])
    hugo = next(row for row in rows if row.contact_id == book["Hugo"])
    assert (hugo.overdue_since, hugo.stale) == (TODAY - timedelta(days=10), False)
    zoe = next(row for row in rows if row.contact_id == book["Zoé"])
    assert (zoe.overdue_since, zoe.home_value_cents) == (None, 250_000)  # due today is not overdue
    # A follow-up overdue on a contact that has also gone quiet is in the overdue group, once.
    lea = next(row for row in rows if row.contact_id == book["Léa"])
    assert (lea.group, lea.stale) == (TodoGroup.OVERDUE, True)


def make_view(qtbot: QtBot, db: Database) -> TodoView:
    view = TodoView(db, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1100, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def shown(view: TodoView, column: int = TodoModel.NAME) -> list[str]:
    proxy = view.table.model()
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def click_header(qtbot: QtBot, view: TodoView, column: int) -> None:
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_the_view_shows_the_groups_with_their_reasons(qtbot: QtBot, db: Database, book: dict[str, int],
                                                      qtmodeltester) -> None:
    view = make_view(qtbot, db)
    assert shown(view) == GROUPED
    header = view.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (TodoModel.REASON,
                                                                            Qt.SortOrder.AscendingOrder)
    reasons = dict(zip(shown(view), shown(view, TodoModel.REASON), strict=True))
    assert reasons["Hugo Bernard"] == "Follow-up overdue since 5/10/2026"
    assert reasons["Léa Petit"] == "Follow-up overdue since 5/19/2026 · No contact yet"
    assert reasons["Zoé Lefèvre"] == "Follow-up due today"
    assert reasons["Fabrice Simon"] == "No contact for 120 days"
    assert reasons["Émilie Durand"] == "No next step planned · No contact for 40 days"
    assert view.summary.text() == "Overdue: 4 · Due today: 2 · No next step: 2 · Gone quiet: 1"
    qtmodeltester.check(view.table.model())


def test_a_click_on_a_header_sorts_by_it(qtbot: QtBot, db: Database, book: dict[str, int]) -> None:
    view = make_view(qtbot, db)
    click_header(qtbot, view, TodoModel.NAME)
    # The user's collation: "Émilie" among the E's, not after "Zoé" as code points would put it.
    assert shown(view) == ["Anaïs Girard", "Camille Roux", "Denis Moreau", "Émilie Durand", "Fabrice Simon",
                           "Hugo Bernard", "Léa Petit", "Ruth Haddad", "Zoé Lefèvre"]
    click_header(qtbot, view, TodoModel.NAME)
    assert shown(view)[0] == "Zoé Lefèvre"
    click_header(qtbot, view, TodoModel.VALUE)  # the home currency's amount, smallest first
    values = shown(view, TodoModel.VALUE)
    assert values[:3] == ["", "", ""] and values[-4:] == ["€2,500.00", "€2,500.00", "€6,000.00", "€9,000.00"]
    click_header(qtbot, view, TodoModel.VALUE)
    assert shown(view)[:2] == ["Fabrice Simon", "Camille Roux"]
    click_header(qtbot, view, TodoModel.STAGE)
    ranks = {stage_label(stage): stage.rank for stage in Stage}
    stages = shown(view, TodoModel.STAGE)
    assert [ranks[text] for text in stages] == sorted(ranks[text] for text in stages)
    assert stages[0] == "Lead" and stages[-1] == "Ambassador"
    click_header(qtbot, view, TodoModel.REASON)  # back to the groups, each ranked as the service ranks it
    assert shown(view) == GROUPED


def test_the_order_chosen_stays_when_a_change_reads_the_list_again(
    qtbot: QtBot, db: Database, book: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(window.todo_tab)
    view = window.tabs.widget(window.todo_tab)
    assert isinstance(view, TodoView)
    view._today = lambda: TODAY  # the book's week
    view.refresh()
    click_header(qtbot, view, TodoModel.NAME)
    view.select_contact(book["Hugo"])
    # Paul's follow-up is now yesterday's, and a quote is recorded through the window's own actions: the
    # change reads the visible To do list again, and Paul joins it in his alphabetical place.
    services.update_contact(db, book["Paul"], next_follow_up=TODAY - timedelta(days=1))
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.No)
    window.contact_actions._pay(book["Paul"], PaymentDraft(amount_cents=80_000, status=PaymentStatus.QUOTED))
    assert shown(view) == ["Anaïs Girard", "Camille Roux", "Denis Moreau", "Émilie Durand", "Fabrice Simon",
                           "Hugo Bernard", "Léa Petit", "Paul Martin", "Ruth Haddad", "Zoé Lefèvre"]
    header = view.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (TodoModel.NAME,
                                                                            Qt.SortOrder.AscendingOrder)
    assert view.selected_id() == book["Hugo"]  # the selection followed its row
    assert view.table.selectionModel().selectedRows()[0].row() == 5
