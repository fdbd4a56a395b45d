"""To do's "Unpaid invoices" group (issue 20): an issued invoice past its due date with something still due is
listed after the overdue follow-ups, with the contact, its number, how many days late and the amount due; the
largest amount first; Enter opens the contact; paid, it leaves the list as the window follows the payment."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from carnet import services
from carnet.domain.business_identity import Address, BusinessIdentity
from carnet.domain.enums import InteractionKind, Stage
from carnet.domain.invoicing import DocumentDraft, LineDraft
from carnet.services import ContactDraft, create_contact
from carnet.services.business import save_business_identity
from carnet.services.invoices import create_invoice, issue_document, record_invoice_payment
from carnet.storage import Database
from carnet.ui.main_window import MainWindow
from carnet.ui.read_worker import ReadWorker
from carnet.ui.todo_view import TodoModel, TodoView, UnpaidInvoiceRow

TODAY = date.today()  # the invoice services date issues by the real calendar
STUDIO = BusinessIdentity(name="Studio Martin", address=Address(("3 place Bellecour",), "69002", "Lyon"),
                          siren="732829320", vat_franchise=True)  # 30 days' payment terms


pytestmark = pytest.mark.usefixtures("english_us")


def person(db: Database, name: str) -> int:
    """A prospect called today, with a follow-up next week: on To do for nothing but an invoice."""
    made = create_contact(db, ContactDraft(name, stage=Stage.PROSPECT, address="12 rue des Lilas\n69001 Lyon"))
    assert made.id is not None
    services.log_interaction(db, made.id, InteractionKind.CALL, "Called about the website",
                             at=datetime.now(UTC))
    services.update_contact(db, made.id, next_follow_up=TODAY + timedelta(days=7))
    return made.id


def issued(db: Database, contact_id: int, cents: int, on: date) -> tuple[int, str]:
    invoice = create_invoice(db, DocumentDraft(contact_id, (LineDraft("Website redesign", 1, cents, None),)))
    number = issue_document(db, invoice.document_id, on).number
    assert number is not None
    return invoice.document_id, number


@pytest.fixture
def book(db: Database) -> dict[str, int]:
    save_business_identity(db, STUDIO)
    ids = {"Zoé": person(db, "Zoé Lefèvre"), "Marc": person(db, "Marc Dubois"),
           "Léa": person(db, "Léa Garnier")}
    # Zoé's follow-up was due three days ago: the overdue group, above the invoices.
    services.update_contact(db, ids["Zoé"], next_follow_up=TODAY - timedelta(days=3))
    return ids


def texts(view: TodoView, column: int) -> list[str]:
    model = view.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_an_overdue_unpaid_invoice_is_listed_after_the_overdue_follow_ups(
        qtbot: QtBot, db: Database, book: dict[str, int], qtmodeltester) -> None:
    small, small_number = issued(db, book["Marc"], 45_000, TODAY - timedelta(days=42))  # due 12 days ago
    _big, big_number = issued(db, book["Léa"], 180_000, TODAY - timedelta(days=31))  # due yesterday
    issued(db, book["Léa"], 99_000, TODAY - timedelta(days=10))  # not due yet: not listed
    record_invoice_payment(db, small, 15_000, TODAY - timedelta(days=5))  # part paid: 300.00 still due

    view = TodoView(db)
    qtbot.addWidget(view)
    view.resize(1100, 400)
    view.show()
    assert texts(view, TodoModel.NAME) == ["Zoé Lefèvre", "Léa Garnier", "Marc Dubois"]  # the largest due first
    assert texts(view, TodoModel.REASON)[1:] == [f"Invoice {big_number} unpaid, 1 day late",
                                                f"Invoice {small_number} unpaid, 12 days late"]
    assert texts(view, TodoModel.VALUE)[1:] == ["€1,800.00", "€300.00"]
    assert texts(view, TodoModel.STAGE)[1:] == ["Prospect", "Prospect"]  # the contact's, as on every row
    assert isinstance(view.model.row_at(2), UnpaidInvoiceRow) and view.model.row_at(2).invoice.due_cents == 30_000
    assert view.summary.text().endswith(" · Unpaid invoices: 2")
    qtmodeltester.check(view.table.model())

    # Enter on the invoice's row opens its contact, as every row does.
    view.table.setFocus()
    view.table.selectRow(2)
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [book["Marc"]]


def test_a_paid_invoice_leaves_the_list_as_the_window_follows_the_payment(
        qtbot: QtBot, db: Database, book: dict[str, int]) -> None:
    invoice, number = issued(db, book["Marc"], 80_000, TODAY - timedelta(days=40))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(window.todo_tab)
    view = window.tabs.widget(window.todo_tab)
    assert isinstance(view, TodoView)
    assert f"Invoice {number} unpaid, 10 days late" in texts(view, TodoModel.REASON)

    paid = record_invoice_payment(db, invoice, 80_000, TODAY)
    window.changes.notify(paid.change)  # a payment and a document: To do, on screen, reads again
    assert texts(view, TodoModel.NAME) == ["Zoé Lefèvre"]
    assert "Unpaid invoices" not in view.summary.text()


def test_a_big_books_list_is_read_formatted_and_sorted_on_the_reader(
        qtbot: QtBot, db: Database, book: dict[str, int]) -> None:
    issued(db, book["Marc"], 80_000, TODAY - timedelta(days=40))
    reads = ReadWorker(db, threaded=True)
    view = TodoView(db, reads=reads)
    qtbot.addWidget(view)
    view.show()
    assert view.loading and view.summary.text() == "Loading…"
    qtbot.waitUntil(lambda: not view.loading)
    assert texts(view, TodoModel.NAME) == ["Zoé Lefèvre", "Marc Dubois"]
    # Sorted by name (descending) as the user chose: a read after a write comes back in that order.
    view.table.sortByColumn(TodoModel.NAME, Qt.SortOrder.DescendingOrder)
    assert texts(view, TodoModel.NAME) == ["Zoé Lefèvre", "Marc Dubois"]
    view.table.sortByColumn(TodoModel.NAME, Qt.SortOrder.AscendingOrder)
    services.update_contact(db, book["Léa"], next_follow_up=TODAY - timedelta(days=1))
    view.refresh()
    qtbot.waitUntil(lambda: not view.loading)
    assert texts(view, TodoModel.NAME) == ["Léa Garnier", "Marc Dubois", "Zoé Lefèvre"]
    reads.stop()
