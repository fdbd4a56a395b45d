"""A payment against an invoice corrected from the timeline (its amount edited, the payment deleted, and the
undo of each): the invoice's open payment, what the dashboard counts as invoiced, follows what is due, in the
correction's own transaction, and the undo puts it back with the payment."""

from __future__ import annotations

import sqlite3
from datetime import date

from carnet.domain.enums import PaymentMethod, PaymentStatus
from carnet.domain.invoicing import LineDraft
from carnet.services.corrections import delete_payment, edit_payment
from carnet.services.drafts import PaymentDraft
from carnet.services.invoices import create_invoice, invoice_balance, issue_document, record_invoice_payment
from carnet.services.snapshots import restore
from carnet.storage import Database
from test_invoicing_services import book, draft_for  # noqa: F401  (book is a fixture)


def open_amounts(db: Database) -> list[int]:
    with sqlite3.connect(db.path) as connection:
        return [row[0] for row in connection.execute(
            "SELECT amount_cents FROM payment WHERE status = 'invoiced' ORDER BY id")]


def test_the_invoiced_figure_follows_a_payment_corrected_from_the_timeline(
    book: tuple[Database, int],  # noqa: F811
) -> None:
    db, zoe = book
    invoice = create_invoice(db, draft_for(zoe, LineDraft("Brand workshop", "1", 100000, "20"))).document_id
    issue_document(db, invoice, date(2026, 3, 2))
    paid = record_invoice_payment(db, invoice, 40000, date(2026, 3, 10), PaymentMethod.BANK_TRANSFER)
    payment_id = paid.result.payment.id
    assert payment_id is not None
    assert open_amounts(db) == [80000]  # 1,200.00 incl. VAT, less 400.00 received

    typed = PaymentDraft(30000, PaymentStatus.PAID, "EUR", paid_on=date(2026, 3, 10),
                         method=PaymentMethod.BANK_TRANSFER, reference="F-2026-0001")
    edited = edit_payment(db, payment_id, typed)
    assert open_amounts(db) == [90000] and invoice_balance(db, invoice).due_cents == 90000
    restore(db, edited)  # Undo
    assert open_amounts(db) == [80000]

    deleted = delete_payment(db, payment_id)
    assert open_amounts(db) == [120000] and invoice_balance(db, invoice).paid_cents == 0
    restore(db, deleted)
    assert open_amounts(db) == [80000] and invoice_balance(db, invoice).paid_cents == 40000
