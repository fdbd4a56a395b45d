"""Run by tests/test_invoicing_crash.py: issues invoices (and deletes drafts, issues credit notes) as fast as it can,
reporting each number only after its transaction has returned, until it is killed; with ``mid-issue N`` it issues
N invoices, then SIGKILLs itself inside the next issue's transaction, after its counter and its number were
written to the database (flushed, not committed): a real process dying in the middle of an issue."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlmodel import Session

from carnet.domain.invoice_models import DocumentRow
from carnet.domain.invoicing import DocumentDraft, LineDraft
from carnet.services import invoices
from carnet.services.invoices import Balance
from carnet.storage import Database

LINES = (LineDraft("Monthly retainer", 1, 150000, "20"), LineDraft("Travel expenses", 1, 4350, "20"))


def _die_after(real: Callable[[Session, DocumentRow], Balance]) -> Callable[[Session, DocumentRow], Balance]:
    def sync(session: Session, row: DocumentRow) -> Balance:
        balance = real(session, row)  # flushes the counter, the number and the open payment: written, not committed
        print(f"dying {row.number}", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
        return balance

    return sync


def main() -> None:
    path, contact_id, mode = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    day = date.today()
    with Database.open(path, daily_backup=False) as db:
        print("ready", flush=True)
        step = 0
        while True:
            if mode == "mid-issue" and step == int(sys.argv[4]):
                invoices.sync_invoice_mirror = _die_after(invoices.sync_invoice_mirror)  # type: ignore[assignment]
            draft = invoices.create_invoice(db, DocumentDraft(contact_id, LINES)).document_id
            if step % 4 == 3:  # a draft given up: deleted, no number spent
                invoices.delete_draft(db, draft)
                print(f"deleted {draft}", flush=True)
            else:
                issued = invoices.issue_document(db, draft, day)
                print(f"issued {draft} {issued.number}", flush=True)
                if step % 5 == 4:
                    credit = invoices.create_credit_note(db, draft).document_id
                    note = invoices.issue_document(db, credit, day)
                    print(f"credited {draft} {note.number}", flush=True)
            step += 1


if __name__ == "__main__":
    main()
