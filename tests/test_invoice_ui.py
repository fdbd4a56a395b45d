"""Quotes and invoices through the real window (issue 20): Contact ▸ New Quote with two VAT rates and live totals,
Quotes and Invoices ▸ Send, Accept → invoice, Issue (its number shown), a partial then the full payment (the
contact offered Client), a credit note, the PDF saved (pdftotext reads its number), never a file replaced
unasked; every write read back from SQLite."""

from __future__ import annotations

import sqlite3
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from carnet.domain.business_identity import Address, BusinessIdentity
from carnet.domain.enums import Stage
from carnet.domain.invoice_document import DocumentKind
from carnet.domain.invoicing import LineDraft
from carnet.services import ContactDraft, create_contact
from carnet.services.business import save_business_identity
from carnet.storage import Database
from carnet.ui.board.model import CardRole
from carnet.ui.dialogs.document_editor import DocumentEditorDialog
from carnet.ui.dialogs.invoice_steps import AcceptQuoteDialog, InvoicePaymentDialog
from carnet.ui.documents_window import DocumentsWindow
from carnet.ui.invoice_actions import InvoiceActions
from carnet.ui.main_window import MainWindow

YEAR = date.today().year
STUDIO = BusinessIdentity(name="Studio Martin", legal_form="EI",
                          address=Address(("3 place Bellecour",), "69002", "Lyon"),
                          siren="732829320", vat_number="FR44732829320", iban="FR7630006000011234567890189",
                          registration="RCS Lyon 732 829 320")


pytestmark = pytest.mark.usefixtures("english_us")


def rows(db: Database, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(db.path) as connection:
        return connection.execute(sql, params).fetchall()


@pytest.fixture
def zoe(db: Database) -> int:
    save_business_identity(db, STUDIO)
    contact = create_contact(db, ContactDraft("Zoé Lefèvre", organisation="Atelier Œuvre", stage=Stage.PROSPECT,
                                              address="12 rue des Lilas\n69001 Lyon"))
    assert contact.id is not None
    return contact.id


@pytest.fixture
def window(qtbot: QtBot, db: Database, zoe: int) -> MainWindow:
    main_window = MainWindow(db)
    qtbot.addWidget(main_window)
    main_window.resize(1300, 800)
    main_window.show()
    qtbot.waitExposed(main_window)
    qtbot.waitUntil(lambda: window_has_card(main_window, zoe))
    return main_window


def window_has_card(window: MainWindow, contact_id: int) -> bool:
    return window.board_model.card(contact_id) is not None


def select_card(qtbot: QtBot, window: MainWindow, contact_id: int) -> None:
    for column in window.board.columns.values():
        model = column.view.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(CardRole.CONTACT_ID) == contact_id:
                column.view.select_row(row)
                column.view.setFocus()
                qtbot.waitUntil(lambda: window.current_contact_id() == contact_id)
                return
    raise AssertionError(f"no card for contact {contact_id}")


def pending(qtbot: QtBot, actions: InvoiceActions, kind: type) -> QWidget:
    qtbot.waitUntil(lambda: isinstance(actions.pending_dialog, kind) and actions.pending_dialog.isVisible())
    dialog = actions.pending_dialog
    assert isinstance(dialog, QWidget)
    return dialog


def retype(qtbot: QtBot, field: QWidget, text: str) -> None:
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)


def ok(qtbot: QtBot, dialog: QWidget) -> None:
    button = dialog.ok_button  # type: ignore[attr-defined]
    assert button.isEnabled(), dialog.findChildren(QWidget)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def click(qtbot: QtBot, documents: DocumentsWindow, key: str) -> None:
    button = documents.buttons[key]
    assert button.isEnabled(), key
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def cell(documents: DocumentsWindow, row: int, column: int) -> str:
    item = documents.table.item(row, column)
    return "" if item is None else item.text()


def row_of(documents: DocumentsWindow, number_or_draft: str, kind: str) -> int:
    from carnet.ui.documents_window import KIND, NUMBER

    return next(r for r in range(documents.table.rowCount())
                if cell(documents, r, NUMBER) == number_or_draft and cell(documents, r, KIND) == kind)


class Questions:
    """QMessageBox.question answered without a box: Yes, except "Move to Client?" answered from a list."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.client_answers: list[QMessageBox.StandardButton] = []

    def __call__(self, _parent: object, title: str, _text: str, *args: object) -> QMessageBox.StandardButton:
        self.asked.append(title)
        if title == "Move to Client?":
            return self.client_answers.pop(0)
        return QMessageBox.StandardButton.Yes


def test_a_quote_becomes_an_issued_paid_invoice_a_credit_note_and_a_pdf(
    qtbot: QtBot, window: MainWindow, db: Database, zoe: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    questions = Questions()
    monkeypatch.setattr(QMessageBox, "question", questions)
    actions = window.invoice_actions
    select_card(qtbot, window, zoe)

    # Contact ▸ New Quote: two lines at two VAT rates, the totals follow what is typed.
    window.contact_menu_actions["quote"].trigger()
    editor = pending(qtbot, actions, DocumentEditorDialog)
    assert isinstance(editor, DocumentEditorDialog)
    first = editor.rows[0]
    qtbot.keyClicks(first.description, "Website redesign")
    retype(qtbot, first.quantity, "3")
    first.unit.setCurrentIndex(first.unit.findData("DAY"))
    qtbot.keyClicks(first.price, "450")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    second = editor.rows[1]
    qtbot.keyClicks(second.description, "Printed brochures")
    retype(qtbot, second.quantity, "200")
    qtbot.keyClicks(second.price, "0.45")
    second.vat.setCurrentIndex(second.vat.findData("5.5"))
    totals = editor.totals_label.text()
    # 3 × 450 at 20 % and 200 × 0.45 at 5.5 %: each rate's VAT on its whole base (BR-CO-17).
    assert "VAT 5.5\u00a0%: €4.95 on €90.00" in totals
    assert "VAT 20\u00a0%: €270.00 on €1,350.00" in totals
    assert "Total incl. VAT: €1,714.95" in totals
    assert second.net.text() == "€90.00"
    ok(qtbot, editor)
    assert rows(db, "SELECT CAST(kind AS TEXT), CAST(status AS TEXT), number, net_cents, vat_cents, gross_cents "
                    "FROM document") == [("quote", "draft", None, 144000, 27495, 171495)]

    # Contact ▸ Quotes and Invoices: the draft, then Send gives it its number.
    window.contact_menu_actions["documents"].trigger()
    qtbot.waitUntil(lambda: actions.documents_window is not None and actions.documents_window.isVisible())
    documents = actions.documents_window
    assert documents is not None
    assert cell(documents, 0, 0) == "(draft)"
    assert not documents.buttons["pdf"].isEnabled()  # a draft has no number to print
    click(qtbot, documents, "send")
    quote_number = f"D-{YEAR}-0001"
    qtbot.waitUntil(lambda: cell(documents, 0, 0) == quote_number)
    assert cell(documents, 0, 3) == "Sent"

    # Accept: its invoice, of every line, a draft until issued.
    click(qtbot, documents, "accept")
    accept = pending(qtbot, actions, AcceptQuoteDialog)
    ok(qtbot, accept)
    qtbot.waitUntil(lambda: documents.table.rowCount() == 2)
    invoice_row = row_of(documents, "(draft)", "Invoice")
    assert cell(documents, invoice_row, 4) == "€1,714.95"
    assert cell(documents, row_of(documents, quote_number, "Quote"), 3) == "Accepted"

    # Issue (confirmed): the next number, shown in the list.
    documents.select(documents.documents[invoice_row].id)
    click(qtbot, documents, "issue")
    invoice_number = f"F-{YEAR}-0001"
    qtbot.waitUntil(lambda: any(cell(documents, r, 0) == invoice_number for r in range(2)))
    assert "Issue it?" in questions.asked
    invoice_row = row_of(documents, invoice_number, "Invoice")
    assert cell(documents, invoice_row, 6) == "€1,714.95"

    # A partial payment (the contact offered Client, declined), then the rest (accepted: the card moves).
    questions.client_answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    click(qtbot, documents, "pay")
    payment = pending(qtbot, actions, InvoicePaymentDialog)
    assert isinstance(payment, InvoicePaymentDialog)
    assert payment.amount_edit.text() == "1,714.95"  # what is due
    retype(qtbot, payment.amount_edit, "500")
    ok(qtbot, payment)
    qtbot.waitUntil(lambda: cell(documents, row_of(documents, invoice_number, "Invoice"), 3) == "Partly paid")
    assert cell(documents, row_of(documents, invoice_number, "Invoice"), 6) == "€1,214.95"
    assert questions.asked.count("Move to Client?") == 1
    assert rows(db, "SELECT CAST(stage AS TEXT) FROM contact WHERE id = ?", zoe) == [("prospect",)]
    click(qtbot, documents, "pay")
    payment = pending(qtbot, actions, InvoicePaymentDialog)
    assert isinstance(payment, InvoicePaymentDialog)
    assert payment.amount_edit.text() == "1,214.95"
    ok(qtbot, payment)
    qtbot.waitUntil(lambda: cell(documents, row_of(documents, invoice_number, "Invoice"), 3) == "Paid")
    assert questions.asked.count("Move to Client?") == 2
    qtbot.waitUntil(lambda: rows(db, "SELECT CAST(stage AS TEXT) FROM contact WHERE id = ?", zoe) == [("client",)])
    assert rows(db, "SELECT amount_cents, reference FROM payment WHERE CAST(status AS TEXT) = 'paid' ORDER BY id") \
        == [(50000, invoice_number), (121495, invoice_number)]

    # A credit note of the brochures only: the draft opens in the editor, the first line is taken off.
    documents.select(documents.documents[row_of(documents, invoice_number, "Invoice")].id)
    click(qtbot, documents, "credit")
    credit = pending(qtbot, actions, DocumentEditorDialog)
    assert isinstance(credit, DocumentEditorDialog)
    assert [row.description.text() for row in credit.rows] == ["Website redesign", "Printed brochures"]
    credit.table.setCurrentCell(0, 0)
    qtbot.mouseClick(credit.remove_button, Qt.MouseButton.LeftButton)
    assert "Total incl. VAT: €94.95" in credit.totals_label.text()
    ok(qtbot, credit)
    qtbot.waitUntil(lambda: documents.table.rowCount() == 3)
    documents.select(documents.documents[row_of(documents, "(draft)", "Credit note")].id)
    click(qtbot, documents, "issue")
    credit_number = f"A-{YEAR}-0001"
    qtbot.waitUntil(lambda: any(cell(documents, r, 0) == credit_number for r in range(3)))
    assert rows(db, "SELECT gross_cents FROM document WHERE number = ?", credit_number) == [(9495,)]

    # Save PDF: a Factur-X file named by the number; pdftotext reads the number back.
    actions.choose_save_path = lambda _title, suggested: str(tmp_path / suggested)
    documents.select(documents.documents[row_of(documents, invoice_number, "Invoice")].id)
    click(qtbot, documents, "pdf")
    saved = tmp_path / f"{invoice_number}.pdf"
    assert saved.exists() and saved.stat().st_mode & 0o777 == 0o600
    text = subprocess.run(["pdftotext", str(saved), "-"], capture_output=True, text=True, check=True).stdout
    assert invoice_number in text and "Studio Martin" in text
    attached = subprocess.run(["pdfdetach", "-list", str(saved)], capture_output=True, text=True, check=True).stdout
    assert "factur-x.xml" in attached
    assert not list(tmp_path.glob(".*.partial"))
    documents.close()


def test_a_name_the_save_dialog_did_not_ask_about_is_never_replaced(
    qtbot: QtBot, window: MainWindow, db: Database, zoe: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from carnet.domain.invoicing import DocumentDraft
    from carnet.services.quotes import create_quote, send_quote

    quote = create_quote(db, DocumentDraft(zoe, (LineDraft("Logo", 1, 80000, "20"),))).document_id
    number = send_quote(db, quote).number
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *args: warnings.append(text))
    actions = window.invoice_actions
    kept = tmp_path / "for Zoé.pdf"
    kept.write_bytes(b"my own file")
    # Typed without its ".pdf": the file of that name with ".pdf" was never confirmed, so it stays.
    actions.choose_save_path = lambda _title, _suggested: str(tmp_path / "for Zoé")
    actions.save_pdf(quote)
    assert kept.read_bytes() == b"my own file"
    assert warnings and "already exists" in warnings[0]
    # A name the dialog confirmed is replaced, through a temporary file renamed over it.
    actions.choose_save_path = lambda _title, _suggested: str(kept)
    actions.save_pdf(quote)
    assert kept.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(kept), "-"], capture_output=True, text=True, check=True).stdout
    assert number and number in text


def test_issuing_without_a_business_identity_is_refused_and_says_where(
    qtbot: QtBot, window: MainWindow, db: Database, zoe: int, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from carnet.domain.invoicing import DocumentDraft
    from carnet.services.invoices import create_invoice

    save_business_identity(db, BusinessIdentity())
    invoice = create_invoice(db, DocumentDraft(zoe, (LineDraft("Logo", 1, 80000, "20"),))).document_id
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *args: warnings.append(text))
    window.invoice_actions.issue(invoice)
    assert warnings and "business's name" in warnings[0]
    assert rows(db, "SELECT CAST(status AS TEXT), number FROM document") == [("draft", None)]
    assert rows(db, "SELECT count(*) FROM document_counter") == [(0,)]


def test_tabbing_through_a_line_replaces_what_each_field_held(qtbot: QtBot, zoe: int) -> None:
    # Seen in the window: Tab into the new line's quantity ("1"), type 2, and it said 12.
    editor = DocumentEditorDialog(kind=DocumentKind.QUOTE, contact_id=zoe, contact_name="Zoé Lefèvre",
                                  currency="EUR")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    line = editor.rows[0]
    line.description.setFocus()
    qtbot.keyClicks(line.description, "Logo design")
    qtbot.keyClick(line.description, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: line.quantity.hasFocus() and line.quantity.selectedText() == "1")
    qtbot.keyClicks(line.quantity, "2")
    assert line.quantity.text() == "2"
