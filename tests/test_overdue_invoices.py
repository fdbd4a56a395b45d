"""services.overdue_invoices, what To do lists (issue 20): issued invoices past their due date with something due,
the amount due after payments and credit notes; drafts, quotes, invoices not yet due or paid are left out."""

from __future__ import annotations

from datetime import date, timedelta

from carnet.domain.business_identity import Address, BusinessIdentity
from carnet.domain.enums import Stage
from carnet.domain.invoicing import DocumentDraft, LineDraft
from carnet.services import ContactDraft, create_contact
from carnet.services.business import save_business_identity
from carnet.services.invoices import create_credit_note, create_invoice, issue_document, record_invoice_payment
from carnet.services.overdue_invoices import OverdueInvoice, overdue_invoices
from carnet.services.quotes import create_quote, send_quote
from carnet.storage import Database
from carnet.storage.sql.overdue_invoices import OVERDUE_INVOICES

TODAY = date.today()
STUDIO = BusinessIdentity(name="Studio Martin", address=Address(("3 place Bellecour",), "69002", "Lyon"),
                          siren="732829320", vat_franchise=True)


def person(db: Database, name: str) -> int:
    made = create_contact(db, ContactDraft(name, stage=Stage.PROSPECT, address="12 rue des Lilas\n69001 Lyon"))
    assert made.id is not None
    return made.id


def issued(db: Database, contact_id: int, cents: int, on: date, description: str = "Website redesign") -> str:
    invoice = create_invoice(db, DocumentDraft(contact_id, (LineDraft(description, 1, cents, None),)))
    number = issue_document(db, invoice.document_id, on).number
    assert number is not None
    return number


def test_overdue_invoices_with_what_is_still_due(db: Database) -> None:
    save_business_identity(db, STUDIO)  # 30 days' payment terms
    zoe, marc, lea = person(db, "Zoé Lefèvre"), person(db, "Marc Dubois"), person(db, "Léa Garnier")
    old = issued(db, zoe, 120000, TODAY - timedelta(days=75))  # due 45 days ago
    late = issued(db, marc, 80000, TODAY - timedelta(days=40))  # due 10 days ago
    paid = issued(db, lea, 30000, TODAY - timedelta(days=35))  # due 5 days ago, then paid in full
    issued(db, marc, 25000, TODAY - timedelta(days=30))  # due today: not overdue before tomorrow
    issued(db, zoe, 50000, TODAY - timedelta(days=29))  # due tomorrow: not yet overdue
    create_invoice(db, DocumentDraft(lea, (LineDraft("Not issued", 1, 99000, None),)))  # a draft
    send_quote(db, create_quote(db, DocumentDraft(lea, (LineDraft("A quote", 1, 99000, None),))).document_id)
    ids = {number: document_id for document_id, number in db.reader().execute(
        "SELECT id, number FROM document WHERE number IS NOT NULL")}
    record_invoice_payment(db, ids[old], 20000, TODAY - timedelta(days=20))
    record_invoice_payment(db, ids[paid], 30000, TODAY - timedelta(days=1))
    credit = create_credit_note(db, ids[late], [LineDraft("One day not worked", 1, 30000, None)])
    issue_document(db, credit.document_id, TODAY)

    assert overdue_invoices(db) == [
        OverdueInvoice(ids[old], zoe, "Zoé Lefèvre", old, TODAY - timedelta(days=45), 100000, "EUR", "",
                       Stage.PROSPECT),
        OverdueInvoice(ids[late], marc, "Marc Dubois", late, TODAY - timedelta(days=10), 50000, "EUR", "",
                       Stage.PROSPECT),
    ]
    assert overdue_invoices(db)[0].days_late(TODAY) == 45
    # Tomorrow, the one due today is overdue too.
    assert len(overdue_invoices(db, TODAY + timedelta(days=1))) == 3


def test_the_statement_prepares_on_the_migrated_schema(db: Database) -> None:
    plan = db.reader().execute("EXPLAIN QUERY PLAN " + OVERDUE_INVOICES, ("a",) * 6).fetchall()
    assert plan
