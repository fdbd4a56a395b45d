"""The invoices To do shows (issue 20): issued, past their due date, with something still due.

A read for the window, on the reader connection (`carnet.storage.sql.overdue_invoices`): no ORM, no write.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from carnet.domain.enums import PaymentStatus, Stage
from carnet.domain.invoice_document import DocumentKind
from carnet.domain.invoice_models import DocumentStatus
from carnet.storage import Database
from carnet.storage.sql.overdue_invoices import OVERDUE_INVOICES


@dataclass(frozen=True)
class OverdueInvoice:
    invoice_id: int
    contact_id: int
    contact_name: str
    number: str
    due_date: date
    due_cents: int  # what is still due: gross, less credit notes, less payments received
    currency: str
    organisation: str = ""
    stage: Stage | None = None

    def days_late(self, today: date) -> int:
        return (today - self.due_date).days


def overdue_invoices(db: Database, today: date | None = None) -> list[OverdueInvoice]:
    """Issued invoices whose due date is before ``today`` (today by default) and on which something is still
    due, the longest overdue first."""
    day = today or date.today()
    rows = db.reader().execute(OVERDUE_INVOICES, (
        DocumentKind.CREDIT_NOTE.value, DocumentStatus.ISSUED.value, PaymentStatus.PAID.value,
        DocumentKind.INVOICE.value, DocumentStatus.ISSUED.value, day.isoformat(),
    )).fetchall()
    return [OverdueInvoice(int(row[0]), int(row[1]), str(row[2]), str(row[3] or ""), date.fromisoformat(row[4]),
                           int(row[6]), str(row[5]), str(row[7]), _stage(row[8])) for row in rows]


def _stage(text: object) -> Stage | None:
    try:
        return Stage(str(text))
    except ValueError:
        return None
