"""What an import file holds once read, before anything is written: the good rows as drafts, the bad ones
with their reason, what each good row says the contact paid, and the warnings: what the reader changed or
guessed on the way (a line read as Windows-1252, an unknown source imported as Other…), which the rows
import with all the same.

`carnet.io` (CSV, vCard) builds it and `carnet.services` writes it: it lives here, below both, so
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


class Notice(CarnetError):
    """The text of an `ImportWarning`: never raised, a `CarnetError` only so that its English template and
    arguments are translated the way an error's are (`carnet.ui.labels.error_text`)."""


@dataclass(frozen=True)
class ImportWarning:
    """Something the reader changed or guessed, which the user should know: the row (or the file) imports
    all the same. ``line`` is the physical line it concerns, the first one for a warning about several."""

    line: int
    reason: str
    notice: Notice | None = field(default=None, compare=False)

    @classmethod
    def of(cls, line: int, notice: Notice) -> ImportWarning:
        return cls(line, notice.message, notice)


@dataclass
class ImportPlan:
    """What a file holds: drafts ready to import (by line), problems to show, what each good row paid,
    and the warnings (by line)."""

    good: list[tuple[int, ContactDraft]] = field(default_factory=list)
    bad: list[RowProblem] = field(default_factory=list)
    paid: dict[int, Amounts] = field(default_factory=dict)  # line -> amounts, imported as paid payments
    warnings: list[ImportWarning] = field(default_factory=list)
