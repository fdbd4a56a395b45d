"""Invoices and credit notes in a real book (services.invoices, services.invoice_documents): one unbroken
chronological numbering per series whatever is deleted, refused or redone; issued documents are final; credit
notes; payments received against an invoice are Carnet's paid payments (receipts book, the Client rule)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from carnet.domain.business_identity import Address, BusinessIdentity, ContactBilling
from carnet.domain.enums import PaymentMethod, PaymentStatus, Stage
from carnet.domain.errors import RuleViolation
from carnet.domain.invoice_document import DocumentKind, DocumentLanguage
from carnet.domain.invoicing import DocumentDraft, LineDraft
from carnet.domain.models import Contact
from carnet.services import ContactDraft, create_contact, mark_paid
from carnet.services.business import save_business_identity, save_contact_billing
from carnet.services.changes import ChangeKind
from carnet.services.invoice_documents import document_for, issued_documents
from carnet.services.invoices import (
    create_credit_note,
    create_invoice,
    delete_draft,
    invoice_balance,
    issue_document,
    record_invoice_payment,
    update_draft,
)
from carnet.services.receipts import receipts_book
from carnet.storage import Database
from carnet.storage.sql import invoices as invoices_sql

STUDIO = BusinessIdentity(name="Studio Martin", legal_form="EI",
                          address=Address(("3 place Bellecour",), "69002", "Lyon"),
                          siren="732829320", vat_number="FR44732829320", iban="FR7630006000011234567890189",
                          registration="RCS Lyon 732 829 320")
WEBSITE = (LineDraft("Website redesign — phase 1", "1", 240000, "20"),
           LineDraft("Photo shoot (half day)", "0.5", 90000, "20"),
           LineDraft("Printed brochures", "200", 45, "5.5", "H87"))


def contact(db: Database, name: str = "Zoé Lefèvre", stage: Stage = Stage.PROSPECT) -> int:
    made: Contact = create_contact(db, ContactDraft(display_name=name, organisation="Atelier Œuvre", stage=stage,
                                                     address="12 rue des Lilas\n69001 Lyon"))
    assert made.id is not None
    return made.id


@pytest.fixture
def book(db: Database) -> tuple[Database, int]:
    save_business_identity(db, STUDIO)
    return db, contact(db)


def draft_for(contact_id: int, *lines: LineDraft, discount: int = 0) -> DocumentDraft:
    return DocumentDraft(contact_id, lines or WEBSITE, discount_cents=discount)


def numbers(db: Database) -> list[tuple[str, str, int, int]]:
    return db.reader().execute(
        "SELECT CAST(kind AS TEXT), number, year, seq FROM document WHERE number IS NOT NULL ORDER BY id").fetchall()


def counters(db: Database) -> list[tuple[str, int, int]]:
    return db.reader().execute(
        "SELECT CAST(kind AS TEXT), year, last_seq FROM document_counter ORDER BY 1, 2").fetchall()


def payments(db: Database) -> list[tuple[str, int, str]]:
    return db.reader().execute(
        "SELECT CAST(status AS TEXT), amount_cents, reference FROM payment ORDER BY id").fetchall()


def test_numbers_are_given_at_issue_without_gap_whatever_is_deleted_or_redone(book: tuple[Database, int]) -> None:
    db, zoe = book
    first = create_invoice(db, draft_for(zoe)).document_id
    second = create_invoice(db, draft_for(zoe, LineDraft("Logo", 1, 80000, "20"))).document_id
    assert numbers(db) == [] and document_for(db, first).number == ""  # drafts have no number
    delete_draft(db, first)  # the user deletes one draft...
    assert issue_document(db, second, date(2026, 3, 2)).number == "F-2026-0001"
    # ...then undoes the deletion (the draft made again from its values) and issues it: the next number.
    again = create_invoice(db, draft_for(zoe)).document_id
    with pytest.raises(RuleViolation, match="F-2026-0001"):  # refused (before the last date): no number spent
        issue_document(db, again, date(2026, 3, 1))
    assert issue_document(db, again, date(2026, 3, 2)).number == "F-2026-0002"
    with pytest.raises(RuleViolation, match="already issued"):  # redone twice: refused, no second number
        issue_document(db, again, date(2026, 3, 3))
    credit = create_credit_note(db, second).document_id
    assert issue_document(db, credit, date(2026, 3, 4)).number == "A-2026-0001"  # its own series
    third = create_invoice(db, draft_for(zoe)).document_id
    assert issue_document(db, third, date(2026, 3, 4)).number == "F-2026-0003"
    assert numbers(db) == [("invoice", "F-2026-0001", 2026, 1), ("invoice", "F-2026-0002", 2026, 2),
                           ("credit_note", "A-2026-0001", 2026, 1), ("invoice", "F-2026-0003", 2026, 3)]
    assert counters(db) == [("credit_note", 2026, 1), ("invoice", 2026, 3)]


def test_each_year_starts_its_series_again_and_dates_never_go_back(book: tuple[Database, int]) -> None:
    db, zoe = book
    december = create_invoice(db, draft_for(zoe)).document_id
    assert issue_document(db, december, date(2025, 12, 30)).number == "F-2025-0001"
    january = create_invoice(db, draft_for(zoe)).document_id
    assert issue_document(db, january, date(2026, 1, 2)).number == "F-2026-0001"
    late = create_invoice(db, draft_for(zoe)).document_id
    with pytest.raises(RuleViolation, match="chronological"):
        issue_document(db, late, date(2025, 12, 31))  # the year before, after January's was issued
    with pytest.raises(RuleViolation, match="future"):
        issue_document(db, late, date.today().replace(year=date.today().year + 1))
    save_business_identity(db, replace(STUDIO, invoice_format="FA{year}/{seq:05d}"))
    assert issue_document(db, late, date(2026, 1, 2)).number == "FA2026/00002"  # the format's look, the same count


def test_an_invoice_needs_a_complete_seller_and_spends_no_number_when_refused(db: Database) -> None:
    zoe = contact(db)
    draft = create_invoice(db, draft_for(zoe)).document_id
    with pytest.raises(RuleViolation, match="business's name"):
        issue_document(db, draft, date(2026, 3, 2))
    save_business_identity(db, replace(STUDIO, vat_number=""))
    with pytest.raises(RuleViolation, match="VAT"):
        issue_document(db, draft, date(2026, 3, 2))
    assert counters(db) == [] and numbers(db) == []
    save_business_identity(db, STUDIO)
    assert issue_document(db, draft, date(2026, 3, 2)).number == "F-2026-0001"


def test_an_invoice_needs_its_buyer_s_address(book: tuple[Database, int]) -> None:
    db, _ = book
    bruno = create_contact(db, ContactDraft(display_name="Bruno Martin", stage=Stage.LEAD)).id
    assert bruno is not None
    invoice = create_invoice(db, draft_for(bruno)).document_id
    with pytest.raises(RuleViolation, match="give Bruno Martin's billing address"):
        issue_document(db, invoice, date(2026, 3, 2))
    save_contact_billing(db, bruno, ContactBilling(billing=Address(("Rue Haute 12",), "1000", "Bruxelles", "BE")))
    assert issue_document(db, invoice, date(2026, 3, 2)).number == "F-2026-0001"
    assert document_for(db, invoice).language is DocumentLanguage.ENGLISH  # a buyer abroad


def test_issued_invoices_are_final(book: tuple[Database, int]) -> None:
    db, zoe = book
    invoice = create_invoice(db, draft_for(zoe)).document_id
    update_draft(db, invoice, draft_for(zoe, LineDraft("Logo", 1, 80000, "20")))  # a draft is edited
    assert document_for(db, invoice).gross_total_cents == 96000
    issue_document(db, invoice, date(2026, 3, 2))
    with pytest.raises(RuleViolation) as refused:
        update_draft(db, invoice, draft_for(zoe))
    assert refused.value.message == (
        "F-2026-0001 was issued: it can no longer be changed. Correct it with a credit note.")
    with pytest.raises(RuleViolation, match="cannot be deleted"):
        delete_draft(db, invoice)
    assert document_for(db, invoice).gross_total_cents == 96000


def test_an_issued_invoice_prints_its_seller_and_buyer_as_they_were(book: tuple[Database, int]) -> None:
    db, zoe = book
    save_contact_billing(db, zoe, ContactBilling(is_business=True, siren="732829320",
                                                 billing=Address(("Atelier Œuvre", "12 rue des Lilas"), "69001",
                                                                 "Lyon")))
    invoice = create_invoice(db, draft_for(zoe)).document_id
    issue_document(db, invoice, date(2026, 3, 2))
    save_business_identity(db, replace(STUDIO, name="Studio Martin & Fils", address=Address(("1 rue Neuve",), "75001",
                                                                                            "Paris")))
    save_contact_billing(db, zoe, ContactBilling(billing=Address(("5 avenue Foch",), "75016", "Paris"),
                                                 language=DocumentLanguage.ENGLISH))
    document = document_for(db, invoice)
    assert document.seller.name == "Studio Martin" and document.seller.city == "Lyon"
    assert document.buyer.name == "Atelier Œuvre" and document.buyer.address_lines == ("Atelier Œuvre",
                                                                                       "12 rue des Lilas")
    assert document.buyer.is_business and document.language is DocumentLanguage.FRENCH
    assert document.due_date == date(2026, 4, 1) and document.payment_terms.startswith("Paiement à 30 jours")
    assert document.bank is not None and document.bank.iban == STUDIO.iban
    # A draft shows the book as it is now.
    draft = document_for(db, create_invoice(db, draft_for(zoe)).document_id)
    assert draft.seller.name == "Studio Martin & Fils" and draft.buyer.city == "Paris"
    assert draft.language is DocumentLanguage.ENGLISH and draft.number == ""


def test_the_document_s_totals_and_breakdown(book: tuple[Database, int]) -> None:
    db, zoe = book
    invoice = create_invoice(db, draft_for(zoe, discount=10000)).document_id
    document = document_for(db, invoice)
    assert [line.net_cents for line in document.lines] == [240000, 45000, 9000]
    assert [(v.rate and str(v.rate), v.base_cents, v.vat_cents) for v in document.vat] == [
        ("5.5", 8694, 478), ("20", 275306, 55061)]
    assert document.net_total_cents == 284000 and document.discount_cents == 10000
    assert document.gross_total_cents == 284000 + 478 + 55061 == document.due_cents + document.paid_cents


def test_partial_payments_make_the_contact_a_client_by_the_one_rule(book: tuple[Database, int]) -> None:
    db, zoe = book
    invoice = create_invoice(db, draft_for(zoe, LineDraft("Brand identity workshop", 1, 150000, "20"))).document_id
    with pytest.raises(RuleViolation, match="Issue the invoice first"):
        record_invoice_payment(db, invoice, 50000, date(2026, 3, 5))
    issue_document(db, invoice, date(2026, 3, 2))
    assert payments(db) == [("invoiced", 180000, "F-2026-0001")]  # the dashboard's "invoiced, not paid yet"

    deposit = record_invoice_payment(db, invoice, 60000, date(2026, 3, 5), PaymentMethod.BANK_TRANSFER)
    assert deposit.result.offer_client_move and deposit.result.stage_change is None  # offered, not moved
    assert deposit.result.payment.status is PaymentStatus.PAID and deposit.due_cents == 120000
    assert {ChangeKind.PAYMENT, ChangeKind.DOCUMENT} <= deposit.change.kinds and deposit.change.contact_ids == {zoe}
    assert payments(db) == [("invoiced", 120000, "F-2026-0001"), ("paid", 60000, "F-2026-0001")]
    with pytest.raises(RuleViolation, match=r"1,200\.00 EUR still due"):
        record_invoice_payment(db, invoice, 120001, date(2026, 3, 20))
    with pytest.raises(RuleViolation, match="before the date"):
        record_invoice_payment(db, invoice, 1000, date(2026, 3, 1))

    rest = record_invoice_payment(db, invoice, 120000, date(2026, 3, 20), move_to_client=True)
    assert rest.result.stage_change is not None and rest.result.contact.stage is Stage.CLIENT
    assert ChangeKind.STAGE in rest.change.kinds and rest.due_cents == 0
    assert payments(db) == [("paid", 60000, "F-2026-0001"), ("paid", 120000, "F-2026-0001")]
    balance = invoice_balance(db, invoice)
    assert balance.is_paid and (balance.paid_cents, balance.due_cents) == (180000, 0)
    with pytest.raises(RuleViolation, match="Nothing is due"):
        record_invoice_payment(db, invoice, 100, date(2026, 3, 21))
    book_rows = receipts_book(db, date(2026, 1, 1), date(2026, 12, 31)).rows
    assert [(r.amount_cents, r.reference, r.method) for r in book_rows] == [
        (60000, "F-2026-0001", PaymentMethod.BANK_TRANSFER), (120000, "F-2026-0001", None)]
    assert document_for(db, invoice).paid_cents == 180000 and document_for(db, invoice).due_cents == 0


def test_the_open_payment_marked_paid_from_the_timeline_pays_the_balance(book: tuple[Database, int]) -> None:
    db, zoe = book
    invoice = create_invoice(db, draft_for(zoe, LineDraft("Audit SEO", 1, 100000, "20"))).document_id
    issue_document(db, invoice, date(2026, 3, 2))
    record_invoice_payment(db, invoice, 20000, date(2026, 3, 3))
    open_id = db.reader().execute("SELECT id FROM payment WHERE CAST(status AS TEXT) = 'invoiced'").fetchone()[0]
    mark_paid(db, open_id, date(2026, 3, 9))
    assert invoice_balance(db, invoice).is_paid


def test_a_credit_note_corrects_an_issued_invoice(book: tuple[Database, int]) -> None:
    db, zoe = book
    invoice = create_invoice(db, draft_for(zoe, LineDraft("Coaching session", 5, 20000, "20"))).document_id
    with pytest.raises(RuleViolation, match="Only an issued invoice"):
        create_credit_note(db, invoice)
    issue_document(db, invoice, date(2026, 3, 2))
    record_invoice_payment(db, invoice, 24000, date(2026, 3, 3))  # one session paid
    # Two sessions were not given: credited.
    credit = create_credit_note(db, invoice, [LineDraft("Coaching session not given", 2, 20000, "20")]).document_id
    assert invoice_balance(db, invoice).credited_cents == 0  # a draft credits nothing yet
    with pytest.raises(RuleViolation, match="before the invoice"):
        issue_document(db, credit, date(2026, 3, 1))
    assert issue_document(db, credit, date(2026, 3, 10)).number == "A-2026-0001"
    balance = invoice_balance(db, invoice)
    assert (balance.gross_cents, balance.credited_cents, balance.paid_cents, balance.due_cents) == (
        120000, 48000, 24000, 48000)
    assert ("invoiced", 48000, "F-2026-0001") in payments(db)
    note = document_for(db, credit)
    assert note.kind is DocumentKind.CREDIT_NOTE and note.corrects_number == "F-2026-0001"
    assert note.corrects_date == date(2026, 3, 2) and note.gross_total_cents == 48000 and note.due_cents == 0
    assert document_for(db, invoice).credited_cents == 48000 and document_for(db, invoice).due_cents == 48000
    # No more than what is left can be credited; a full credit note of the rest cancels what is due.
    with pytest.raises(RuleViolation, match=r"more than the 720\.00 EUR left"):
        create_credit_note(db, invoice)
    rest = create_credit_note(db, invoice, [LineDraft("Coaching session cancelled", 3, 20000, "20")]).document_id
    issue_document(db, rest, date(2026, 3, 11))
    assert invoice_balance(db, invoice).due_cents == 0
    assert not [p for p in payments(db) if p[0] == "invoiced"]  # nothing left in the pipeline
    with pytest.raises(RuleViolation, match="cannot be deleted"):
        delete_draft(db, rest)


def test_the_export_lists_issued_invoices_and_credit_notes_in_a_range(book: tuple[Database, int]) -> None:
    db, zoe = book
    bruno = contact(db, "Bruno Martin", Stage.LEAD)
    for who, day in ((zoe, date(2026, 1, 15)), (bruno, date(2026, 2, 3)), (zoe, date(2026, 3, 1))):
        issue_document(db, create_invoice(db, draft_for(who)).document_id, day)
    create_invoice(db, draft_for(bruno))  # a draft: never exported
    credit = create_credit_note(db, 2, [LineDraft("Brochures returned", 100, 45, "5.5", "H87")]).document_id
    issue_document(db, credit, date(2026, 3, 1))
    assert [d.number for d in issued_documents(db)] == ["F-2026-0001", "F-2026-0002", "F-2026-0003", "A-2026-0001"]
    assert [d.number for d in issued_documents(db, date(2026, 2, 1), date(2026, 3, 1))] == [
        "F-2026-0002", "F-2026-0003", "A-2026-0001"]
    assert [d.number for d in issued_documents(db, None, date(2026, 1, 31))] == ["F-2026-0001"]


def test_a_deleted_contact_leaves_its_issued_invoices_whole(book: tuple[Database, int]) -> None:
    db, zoe = book
    invoice = create_invoice(db, draft_for(zoe)).document_id
    issue_document(db, invoice, date(2026, 3, 2))
    with sqlite3.connect(db.path) as connection:  # what deleting the contact does to the document (ON DELETE)
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("DELETE FROM contact WHERE id = ?", (zoe,))
    document = document_for(db, invoice)
    assert document.number == "F-2026-0001" and document.buyer.name == "Zoé Lefèvre"
    with pytest.raises(RuleViolation, match="deleted"):
        create_credit_note(db, invoice)


@pytest.mark.parametrize("name", sorted(
    name for name, value in vars(invoices_sql).items()
    if isinstance(value, str) and value.lstrip().upper().startswith("SELECT")))
def test_every_statement_prepares_on_the_migrated_schema(db: Database, name: str) -> None:
    statement = getattr(invoices_sql, name)
    if name == "DOCUMENTS":
        statement += invoices_sql.DOCUMENTS_ORDER
    db.reader().execute(f"EXPLAIN {statement}", (None,) * statement.count("?")).fetchall()
