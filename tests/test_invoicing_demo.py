"""The demo's documents (services.demo_invoices): a quote in every state, invoices paid, partly paid and corrected
by a credit note, in English and in French, made by the rules the user's own documents follow."""

from __future__ import annotations

from datetime import date

import pytest

from carnet.domain.invoice_document import DocumentKind, DocumentLanguage
from carnet.services.demo_data import generate_demo_data
from carnet.services.demo_invoices import add_demo_invoices
from carnet.services.invoice_documents import document_for, issued_documents
from carnet.services.invoices import invoice_balance
from carnet.services.quotes import QuoteState, documents
from carnet.storage import Database

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize("language", ["en", "fr_FR"])
def test_the_demo_has_every_kind_of_document(db: Database, language: str) -> None:
    generate_demo_data(db, 60, seed=3, today=TODAY, language=language)
    stages = db.reader().execute("SELECT id, CAST(stage AS TEXT) FROM contact ORDER BY id").fetchall()
    add_demo_invoices(db, TODAY, language=language)
    assert db.reader().execute("SELECT id, CAST(stage AS TEXT) FROM contact ORDER BY id").fetchall() == stages

    listed = documents(db)
    assert {s.quote_state(TODAY) for s in listed if s.kind is DocumentKind.QUOTE} == set(QuoteState)
    invoices = [s for s in listed if s.kind is DocumentKind.INVOICE and s.number]
    balances = [invoice_balance(db, s.id) for s in invoices]
    assert sum(b.is_paid for b in balances) == 2 and sum(b.due_cents > 0 and b.paid_cents > 0 for b in balances) == 1
    assert any(b.credited_cents for b in balances)
    assert any(s.kind is DocumentKind.INVOICE and not s.number for s in listed)  # a draft
    exported = issued_documents(db)
    assert [d.number for d in exported] == ["F-2026-0001", "F-2026-0002", "F-2026-0003", "A-2026-0001"]
    assert [d.issue_date for d in exported] == sorted(d.issue_date for d in exported)
    first = document_for(db, invoices[-1].id)
    assert first.seller.name == "Claire Moreau Conseil" and first.seller.vat_number == "FR19812345676"
    french = language.startswith("fr")
    descriptions = {line.description for d in exported for line in d.lines}
    assert ("Séance de coaching" in descriptions) is french and ("Coaching session" in descriptions) is not french
    assert all(d.language in DocumentLanguage for d in exported)
