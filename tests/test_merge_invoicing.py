"""Merging duplicates that have quotes, invoices, billing details and follow-up sequences: the documents follow
the kept contact, a billing row or a sequence moves over unless the kept contact has its own (which wins), and
the undo of the merge puts every row back where it was."""

from __future__ import annotations

import sqlite3
from datetime import date

from carnet.domain.business_identity import Address, ContactBilling
from carnet.domain.sequences import FollowUpSequence, SequenceStep
from carnet.services.business import contact_billing, save_business_identity, save_contact_billing
from carnet.services.duplicates import merge_contacts, undo_merge
from carnet.services.invoices import create_invoice, issue_document
from carnet.services.sequences import sequence_of, start_sequence
from carnet.storage import Database
from test_invoicing_services import STUDIO, contact, draft_for

NEW_LEAD = FollowUpSequence("New lead", (SequenceStep(0, "Call"), SequenceStep(2, "Send the brochure")))
QUOTE_SENT = FollowUpSequence("Quote sent", (SequenceStep(2, "Check the quote arrived"),))


def owners(db: Database) -> list[tuple]:
    with sqlite3.connect(db.path) as connection:
        return connection.execute("SELECT number, contact_id FROM document ORDER BY id").fetchall()


def test_documents_billing_and_sequences_follow_a_merge_and_come_back_with_its_undo(db: Database) -> None:
    save_business_identity(db, STUDIO)
    kept, copy = contact(db, "Zoé Lefèvre"), contact(db, "Zoe Lefevre")
    invoice = create_invoice(db, draft_for(copy)).document_id
    issue_document(db, invoice, date(2026, 3, 2))
    save_contact_billing(db, copy, ContactBilling(is_business=True, siren="732829320",
                                                  billing=Address(("12 rue des Lilas",), "69001", "Lyon")))
    start_sequence(db, kept, NEW_LEAD, date(2026, 3, 2))
    start_sequence(db, copy, QUOTE_SENT, date(2026, 3, 2))

    result = merge_contacts(db, kept, copy)
    assert owners(db) == [("F-2026-0001", kept)]
    assert contact_billing(db, kept).siren == "732829320"  # the kept contact had none: the copy's moved over
    progress = sequence_of(db, kept)
    assert progress is not None and progress.sequence == NEW_LEAD  # the kept contact's own wins

    undo_merge(db, result)
    assert owners(db) == [("F-2026-0001", copy)]
    assert contact_billing(db, copy).siren == "732829320" and contact_billing(db, kept).siren == ""
    back = sequence_of(db, copy)
    assert back is not None and back.sequence == QUOTE_SENT
    kept_progress = sequence_of(db, kept)
    assert kept_progress is not None and kept_progress.sequence == NEW_LEAD
