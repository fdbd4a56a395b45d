"""Writing an import plan (from a CSV or vCard file) into the database: all of it, in one transaction.

Each good row becomes a contact (with a paid payment per currency when the file gave an amount), unless
it looks like a contact already in the book: then the caller chooses, row by row, to skip it, to merge
it into that contact, or to add it anyway (SPEC §1, "Duplicates"). A merge only fills what the existing
contact lacks — empty fields, new tags, a note not already there — and adds the amounts paid: it never
overwrites what the user typed in Carnet, and never changes the contact's stage.

The rows are written in batches (`BATCH` contacts: one multi-row INSERT per table, no ORM object per row),
all inside the one transaction; ``progress`` (when given) is called with (rows written, rows to write)
after each batch. It may raise `ImportCancelled` (the wizard's Cancel button): the transaction is then
rolled back and nothing is written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import insert
from sqlmodel import Session

from carnet.domain.duplicates import DuplicateMatch
from carnet.domain.enums import IMPORTED_PAYMENT, PaymentStatus
from carnet.domain.errors import CarnetError, DomainError
from carnet.domain.import_plan import Amounts, ImportPlan
from carnet.domain.models import Contact, ContactDetailRow, Payment, StageChange
from carnet.domain.rules import check_move
from carnet.domain.tags import format_tags
from carnet.domain.types import utc_now
from carnet.services.details import details_in, draft_values, merged_details, write_details
from carnet.services.drafts import ContactDraft
from carnet.services.duplicates import strongest_duplicates
from carnet.services.positions import top_position
from carnet.storage.database import Database

ROWS_REFUSED = "{count} row(s) have problems: nothing was imported."
CANCELLED = "The import was cancelled: nothing was imported."
BATCH = 2000  # contacts per INSERT batch, and rows between two calls of ``progress``

Progress = Callable[[int, int], None]  # (rows done, rows in all); may raise ImportCancelled
_T = TypeVar("_T")


class ImportCancelled(CarnetError):
    """Raised by a progress callback to stop an import; the transaction is rolled back (nothing written)."""

    def __init__(self, template: str = CANCELLED, **args: Any) -> None:
        super().__init__(template, **args)
# An imported payment stands for everything paid before Carnet: no date is known, so none is invented (it
# counts in all-time totals, not in a month or a year); its description is IMPORTED_PAYMENT.

# Filled by a merge when the existing contact has them empty.
_FILLED_TEXT = ("organisation", "role", "email", "phone", "website", "address", "qualification_note")
_FILLED_VALUE = ("source",)
# A follow-up is filled whole, when the contact has none: its day, time and note belong together.
_FOLLOW_UP = ("next_follow_up", "follow_up_time", "follow_up_note")


class DuplicateChoice(StrEnum):
    SKIP = "skip"
    MERGE = "merge"
    ADD = "add"


@dataclass(frozen=True)
class ImportResult:
    added: int
    merged: int
    skipped: int
    contact_ids: tuple[int, ...]  # every contact created or merged into, in the file's order

    @property
    def imported(self) -> int:
        return self.added + self.merged


def find_plan_duplicates(db: Database, plan: ImportPlan) -> dict[int, DuplicateMatch]:
    """Line -> the existing contact a good row looks most like (same keys as the duplicate search)."""
    matches = strongest_duplicates(db, (draft for _, draft in plan.good))
    return {line: match for (line, _), match in zip(plan.good, matches, strict=True) if match is not None}


def import_plan(
    db: Database,
    plan: ImportPlan,
    *,
    skip_bad: bool,
    duplicates: Mapping[int, tuple[DuplicateChoice, int]] | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Write the plan's good rows in one transaction.

    ``duplicates`` maps a line to (choice, existing contact id); rows it does not name are added.
    Refuses (`DomainError`, nothing written) while the plan has bad rows, unless ``skip_bad``.
    ``progress``: see the module's docstring; `ImportCancelled` from it propagates, nothing written.
    """
    if plan.bad and not skip_bad:
        raise DomainError(ROWS_REFUSED, count=len(plan.bad))
    for line, draft in plan.good:  # the readers check it too; a plan built by hand must not bypass it
        check_move(draft.display_name, draft.stage, has_paid_payment=bool(plan.paid.get(line))).raise_if_refused()
    duplicates = duplicates or {}
    to_add = [(line, draft) for line, draft in plan.good if duplicates.get(line, (DuplicateChoice.ADD, 0))[0]
              is DuplicateChoice.ADD]
    to_merge = [(line, draft, duplicates[line][1]) for line, draft in plan.good
                if line in duplicates and duplicates[line][0] is DuplicateChoice.MERGE]
    total = len(to_add) + len(to_merge)
    done = 0
    owners: dict[int, int] = {}
    merged = 0
    with db.transaction() as session:
        positions = _positions(session, to_add)
        for batch in _batches(to_add, BATCH):
            new_ids = _add(session, batch, positions)
            owners.update((line, contact_id) for (line, _), contact_id in zip(batch, new_ids, strict=True))
            done += len(batch)
            if progress is not None:
                progress(done, total)
        for batch_merge in _batches(to_merge, BATCH):
            for line, draft, contact_id in batch_merge:
                owners[line] = _merge(session, contact_id, draft)
                merged += 1
            done += len(batch_merge)
            if progress is not None:
                progress(done, total)
        payments = _payments(plan.paid, owners)
        for batch_pay in _batches(payments, BATCH):
            session.exec(insert(Payment), params=batch_pay)
    ids = tuple(owners[line] for line, _ in plan.good if line in owners)
    return ImportResult(len(ids) - merged, merged, len(plan.good) - len(ids), ids)


def _batches(items: Sequence[_T], size: int) -> Iterator[Sequence[_T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _positions(session: Session, rows: Sequence[tuple[int, ContactDraft]]) -> dict[Any, float]:
    """Stage -> the position of the first row of the file in that column: the file's order, top-down,
    above the cards already there."""
    per_stage = Counter(draft.stage for _, draft in rows)
    return {stage: top_position(session, stage) - (count - 1) for stage, count in per_stage.items()}


def _add(session: Session, rows: Sequence[tuple[int, ContactDraft]], positions: dict[Any, float]) -> list[int]:
    """Insert the rows as new contacts (create_contact's steps, batched: one multi-row INSERT per table);
    their ids, in order. ``positions`` is advanced past them."""
    now = utc_now()
    contacts: list[dict[str, Any]] = []
    further = []
    for _, draft in rows:
        values, more = draft_values(draft)
        further.append(more)
        position = positions[draft.stage]
        positions[draft.stage] = position + 1.0
        contacts.append({**values, "position": position, "created_at": now, "updated_at": now})
    statement = insert(Contact).returning(Contact.__table__.c.id, sort_by_parameter_order=True)
    ids = [int(contact_id) for contact_id in session.exec(statement, params=contacts).scalars()]
    session.exec(insert(StageChange), params=[
        {"contact_id": contact_id, "from_stage": None, "to_stage": values["stage"], "at": now}
        for contact_id, values in zip(ids, contacts, strict=True)
    ])
    details = [
        {"contact_id": contact_id, "kind": detail.kind, "label": detail.label, "value": detail.value,
         "position": position}
        for contact_id, more in zip(ids, further, strict=True) for position, detail in enumerate(more)
    ]
    if details:
        session.exec(insert(ContactDetailRow), params=details)
    return ids


def _merge(session: Session, contact_id: int, draft: ContactDraft) -> int:
    """Merge the row into the contact; its id (a new contact's when it was deleted meanwhile)."""
    contact = session.get(Contact, contact_id)
    if contact is None:  # deleted since the file was checked: the row is added after all
        return _add(session, [(0, draft)], _positions(session, [(0, draft)]))[0]
    values, _more = draft_values(draft)
    kept = details_in(session, contact_id)
    for name in _FILLED_TEXT:
        if not getattr(contact, name) and values[name]:
            setattr(contact, name, values[name])
    for name in _FILLED_VALUE:
        if getattr(contact, name) is None and values[name] is not None:
            setattr(contact, name, values[name])
    if contact.next_follow_up is None and values["next_follow_up"] is not None:
        for name in _FOLLOW_UP:
            setattr(contact, name, values[name])
    contact.tags = format_tags([contact.tags, values["tags"]])
    if values["notes"] and values["notes"] not in contact.notes:
        contact.notes = f"{contact.notes}\n\n{values['notes']}" if contact.notes else values["notes"]
    write_details(session, contact_id, merged_details(contact, kept, draft))
    contact.updated_at = utc_now()
    session.add(contact)
    return contact_id


def _payments(paid: Mapping[int, Amounts], owners: Mapping[int, int]) -> list[dict[str, Any]]:
    now = utc_now()
    return [
        {"contact_id": owners[line], "amount_cents": cents, "currency": currency, "status": PaymentStatus.PAID,
         "description": IMPORTED_PAYMENT, "created_at": now}
        for line, amounts in paid.items() if line in owners
        for currency, cents in amounts
    ]

