"""Quotes (services.quotes): draft → sent → accepted or refused, expired read from the validity date; accepting
makes the invoice, of all lines or of chosen ones (a deposit) and then of the rest; the dashboard's pipeline sees
a sent quote once, and not again once it is invoiced."""

from __future__ import annotations

from datetime import date

import pytest

from carnet.domain.business_identity import Address, BusinessIdentity
from carnet.domain.enums import Stage
from carnet.domain.errors import RuleViolation
from carnet.domain.invoice_document import DocumentKind
from carnet.domain.invoice_models import DocumentStatus
from carnet.domain.invoicing import DocumentDraft, LineDraft
from carnet.services import ContactDraft, create_contact
from carnet.services.business import save_business_identity
from carnet.services.invoice_documents import document_for
from carnet.services.invoices import issue_document, lines_of, update_draft
from carnet.services.quotes import (
    QuoteState,
    accept_quote,
    create_quote,
    delete_quote,
    documents,
    extend_quote,
    invoice_from_quote,
    quote_state,
    refuse_quote,
    send_quote,
    update_quote,
)
from carnet.storage import Database

STUDIO = BusinessIdentity(name="Menuiserie Roux", legal_form="EURL", siren="732829320", vat_number="FR44732829320",
                          address=Address(("14 chemin des Vignes",), "26000", "Valence"), quote_validity_days=45)
KITCHEN = (LineDraft("Oak kitchen cabinets, made to measure", 1, 640000, "10"),
           LineDraft("Fitting", 16, 5500, "10", "HUR"),
           LineDraft("Worktop in solid oak", "3.2", 42000, "20", "MTR"))


@pytest.fixture
def client(db: Database) -> int:
    save_business_identity(db, STUDIO)
    made = create_contact(db, ContactDraft(display_name="Hélène Dubois", stage=Stage.PROSPECT,
                                           address="8 rue Pasteur\n26000 Valence"))
    assert made.id is not None
    return made.id


def open_payments(db: Database) -> list[tuple[str, int, str]]:
    return db.reader().execute("SELECT CAST(status AS TEXT), amount_cents, reference FROM payment "
                               "WHERE CAST(status AS TEXT) != 'paid' ORDER BY id").fetchall()


def sent_quote(db: Database, contact_id: int, day: date = date(2026, 10, 1)) -> int:
    quote = create_quote(db, DocumentDraft(contact_id, KITCHEN, conditions="Deposit of 30 % on order.")).document_id
    send_quote(db, quote, day)
    return quote


def test_a_quote_from_draft_to_sent(db: Database, client: int) -> None:
    quote = create_quote(db, DocumentDraft(client, KITCHEN)).document_id
    update_quote(db, quote, DocumentDraft(client, KITCHEN[:2]))  # a draft is edited
    assert document_for(db, quote).number == "" and open_payments(db) == []
    sent = send_quote(db, quote, date(2026, 10, 1))
    assert sent.number == "D-2026-0001"
    document = document_for(db, quote)
    assert document.kind is DocumentKind.QUOTE and document.valid_until == date(2026, 11, 15)  # 45 days
    assert document.gross_total_cents == (640000 + 88000) * 11 // 10 == 800800
    assert open_payments(db) == [("quoted", 800800, "D-2026-0001")]  # the dashboard's "quoted"
    with pytest.raises(RuleViolation, match="was sent"):
        update_quote(db, quote, DocumentDraft(client, KITCHEN))
    with pytest.raises(RuleViolation, match="refuse it rather than delete it"):
        delete_quote(db, quote)
    with pytest.raises(RuleViolation, match="not an invoice"):
        update_draft(db, quote, DocumentDraft(client, KITCHEN))
    draft = create_quote(db, DocumentDraft(client, KITCHEN)).document_id
    delete_quote(db, draft)
    assert [d.number for d in documents(db, kind=DocumentKind.QUOTE)] == ["D-2026-0001"]


def test_expired_is_read_from_the_validity_date(db: Database, client: int) -> None:
    quote = sent_quote(db, client)
    assert quote_state(DocumentStatus.SENT, date(2026, 11, 15), date(2026, 11, 15)) is QuoteState.SENT
    summary = documents(db, contact_id=client)[0]
    assert summary.quote_state(date(2026, 11, 16)) is QuoteState.EXPIRED
    with pytest.raises(RuleViolation, match="expired on 2026-11-15"):
        accept_quote(db, quote, date(2026, 11, 20))
    extend_quote(db, quote, date(2026, 12, 15))
    assert documents(db)[0].quote_state(date(2026, 11, 20)) is QuoteState.SENT
    accept_quote(db, quote, date(2026, 11, 20))
    assert documents(db)[0].quote_state(date(2027, 1, 1)) is QuoteState.ACCEPTED  # decided: never expires
    with pytest.raises(RuleViolation, match="Only a sent quote"):
        refuse_quote(db, quote, date(2026, 11, 21))


def test_a_refused_quote_leaves_the_pipeline(db: Database, client: int) -> None:
    quote = sent_quote(db, client)
    with pytest.raises(RuleViolation, match="before its own date"):
        refuse_quote(db, quote, date(2026, 9, 30))
    refuse_quote(db, quote, date(2026, 10, 8))
    assert open_payments(db) == [] and documents(db)[0].quote_state() is QuoteState.REFUSED
    with pytest.raises(RuleViolation, match="Only an accepted quote"):
        invoice_from_quote(db, quote)


def test_accepting_makes_the_invoice_of_every_line(db: Database, client: int) -> None:
    quote = sent_quote(db, client)
    accepted = accept_quote(db, quote, date(2026, 10, 5), invoice=True)
    assert accepted.invoice_id is not None
    invoice = document_for(db, accepted.invoice_id)
    quoted = document_for(db, quote)
    assert invoice.kind is DocumentKind.INVOICE and invoice.lines == quoted.lines and not invoice.deposit
    assert invoice.gross_total_cents == quoted.gross_total_cents
    assert open_payments(db) == [("quoted", quoted.gross_total_cents, "D-2026-0001")]  # until it is issued
    issue_document(db, accepted.invoice_id, date(2026, 10, 6))
    assert open_payments(db) == [("invoiced", quoted.gross_total_cents, "F-2026-0001")]  # counted once
    assert document_for(db, accepted.invoice_id).notes == ("Selon devis D-2026-0001 du 01/10/2026.",)
    with pytest.raises(RuleViolation, match="already on an invoice"):
        invoice_from_quote(db, quote)


def test_a_deposit_on_chosen_lines_then_the_rest(db: Database, client: int) -> None:
    quote = sent_quote(db, client)
    lines = [line.id for line in lines_of(db, quote) if line.id is not None]
    accepted = accept_quote(db, quote, date(2026, 10, 5), invoice=True, line_ids=[lines[0]], deposit=True)
    assert accepted.invoice_id is not None
    deposit = document_for(db, accepted.invoice_id)
    assert deposit.deposit and [line.description for line in deposit.lines] == [KITCHEN[0].description]
    issue_document(db, accepted.invoice_id, date(2026, 10, 6))
    quoted = document_for(db, quote).gross_total_cents
    assert open_payments(db) == [("quoted", quoted - 704000, "D-2026-0001"), ("invoiced", 704000, "F-2026-0001")]
    with pytest.raises(RuleViolation, match="not one of the quote's lines"):
        invoice_from_quote(db, quote, [lines[0]])
    rest = invoice_from_quote(db, quote).document_id
    assert [line.description for line in document_for(db, rest).lines] == [KITCHEN[1].description,
                                                                            KITCHEN[2].description]
    issue_document(db, rest, date(2026, 11, 2))
    assert [p[0] for p in open_payments(db)] == ["invoiced", "invoiced"]  # the quote is all invoiced
