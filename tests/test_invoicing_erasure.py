"""Erasing a contact that has billing details and an issued invoice (issue 20 meets the GDPR erasure): the
billing row goes with the person, the issued invoice stays whole (the law keeps it, with its buyer frozen in
it) without its contact, and the erasure's undo gives both back."""

from __future__ import annotations

import sqlite3
from datetime import date

from carnet.domain.business_identity import Address, ContactBilling
from carnet.services.business import contact_billing, save_contact_billing
from carnet.services.corrections import erase_contacts
from carnet.services.invoice_documents import document_for
from carnet.services.invoices import create_invoice, issue_document
from carnet.services.snapshots import restore
from carnet.storage import Database
from test_invoicing_services import book, draft_for  # noqa: F401  (book is a fixture)


def rows(db: Database, sql: str) -> list[tuple]:
    with sqlite3.connect(db.path) as connection:
        return connection.execute(sql).fetchall()


def test_erasure_takes_the_billing_keeps_the_invoice_and_its_undo_gives_both_back(
    book: tuple[Database, int],  # noqa: F811
) -> None:
    db, zoe = book
    billing = ContactBilling(is_business=True, siren="732829320",
                             billing=Address(("12 rue des Lilas",), "69001", "Lyon"))
    save_contact_billing(db, zoe, billing)
    invoice = create_invoice(db, draft_for(zoe)).document_id
    issue_document(db, invoice, date(2026, 3, 2))

    snapshot = erase_contacts(db, [zoe])
    assert rows(db, "SELECT count(*) FROM contact_billing") == [(0,)]
    assert rows(db, "SELECT number, contact_id FROM document") == [("F-2026-0001", None)]
    assert document_for(db, invoice).buyer.name == "Atelier Œuvre"  # a business client, frozen at issue

    restore(db, snapshot)
    assert rows(db, "SELECT number, contact_id FROM document") == [("F-2026-0001", zoe)]
    assert contact_billing(db, zoe).siren == "732829320"
