"""The receipts book as a CSV file a spreadsheet opens as is: one row per paid payment, in date order.

Written like the contacts' export (`carnet.io.csv_export`): UTF-8 with a byte-order mark, comma separated,
CRLF line ends, all or nothing, never over an existing file, readable by its owner only; every cell that a
spreadsheet would run as a formula is neutralised (a description "=SUM(…)" arrives as "'=SUM(…)").

The columns are meant for a spreadsheet to add up: the day as an ISO date (2026-01-31), the amount as a
number with a dot ("1250.50") and its currency in a column of its own, so that amounts in different
currencies are never read as one. The header and the method names are in the caller's language
(`ReceiptLabels`: the window passes its tr(), the command line English). No totals row: a sum over the
amount column would count it twice.

What it reads is declared by the protocol below rather than imported: `carnet.services.receipts` builds the
rows, and io/ and services/ never import each other (docs/architecture.md).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Protocol, TextIO

from carnet.domain.enums import IMPORTED_PAYMENT, PaymentMethod
from carnet.io.csv_export import neutralise, write_new_file


class ReceiptData(Protocol):
    """One line of the book: `carnet.services.receipts.Receipt` has all of it."""

    @property
    def received_on(self) -> date: ...
    @property
    def client(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def amount_cents(self) -> int: ...
    @property
    def currency(self) -> str: ...
    @property
    def method(self) -> PaymentMethod | None: ...
    @property
    def reference(self) -> str: ...


_ENGLISH_METHODS: Mapping[PaymentMethod, str] = {
    PaymentMethod.BANK_TRANSFER: "Bank transfer",
    PaymentMethod.CARD: "Card",
    PaymentMethod.CHEQUE: "Cheque",
    PaymentMethod.CASH: "Cash",
    PaymentMethod.ONLINE: "Online (PayPal…)",
    PaymentMethod.OTHER: "Other",
}


@dataclass(frozen=True, slots=True)
class ReceiptLabels:
    """The header and the method names, in the language of whoever reads the file. English by default."""

    day: str = "Date received"
    client: str = "Client"
    description: str = "What for"
    amount: str = "Amount"
    currency: str = "Currency"
    method: str = "Method"
    reference: str = "Reference"
    methods: Mapping[PaymentMethod, str] = field(default_factory=lambda: dict(_ENGLISH_METHODS))
    not_said: str = ""  # the method cell of a payment recorded without one
    # The description Carnet itself gives an imported total (stored in English), in the reader's language.
    imported_payment: str = IMPORTED_PAYMENT

    def header(self) -> list[str]:
        return [self.day, self.client, self.description, self.amount, self.currency, self.method, self.reference]


def plain_amount(cents: int) -> str:
    """Cents as a spreadsheet reads a number: "1250.50", "-3.05" (never a float on the way)."""
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d}"


def receipt_cells(row: ReceiptData, labels: ReceiptLabels) -> list[str]:
    """A row's cells as written (before neutralising)."""
    method = labels.not_said if row.method is None else labels.methods[row.method]
    description = labels.imported_payment if row.description == IMPORTED_PAYMENT else row.description
    return [row.received_on.isoformat(), row.client, description, plain_amount(row.amount_cents),
            row.currency, method, row.reference]


def write_receipts_csv(rows: Iterable[ReceiptData], path: Path, labels: ReceiptLabels | None = None) -> int:
    """Write the rows to a new CSV file at ``path``; return how many.

    Raises `FileExistsError` if ``path`` exists (nothing is written), `OSError` if the folder cannot be
    written to (nothing is left behind).
    """
    labels = labels or ReceiptLabels()
    lines = [[neutralise(cell) for cell in receipt_cells(row, labels)] for row in rows]

    def write(handle: TextIO) -> None:
        writer = csv.writer(handle)  # excel dialect: comma, double quotes, CRLF
        writer.writerow([neutralise(cell) for cell in labels.header()])
        writer.writerows(lines)

    write_new_file(Path(path), write, encoding="utf-8-sig")
    return len(lines)
