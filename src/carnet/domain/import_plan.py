"""What an import file holds once read, before anything is written: the good rows as drafts, the bad ones
with their reason, and what each good row says the contact paid.

`carnet.io` (CSV, vCard) builds it and `carnet.services.importing` writes it: it lives here, below both, so
that neither imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from carnet.domain.drafts import ContactDraft
from carnet.domain.errors import CarnetError

Amounts = tuple[tuple[str, int], ...]  # (currency, cents) paid, as read from a row


@dataclass(frozen=True)
class RowProblem:
    """A row that cannot be imported: its physical line, the reason in English, the error to translate."""

    line: int
    reason: str
    error: CarnetError | None = field(default=None, compare=False)

    @classmethod
    def of(cls, line: int, error: CarnetError) -> RowProblem:
        return cls(line, error.message, error)


@dataclass
class ImportPlan:
    """What a file holds: drafts ready to import (by line), problems to show, and what each good row paid."""

    good: list[tuple[int, ContactDraft]] = field(default_factory=list)
    bad: list[RowProblem] = field(default_factory=list)
    paid: dict[int, Amounts] = field(default_factory=dict)  # line -> amounts, imported as paid payments
