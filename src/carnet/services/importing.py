"""Writing an import plan (from a CSV or vCard file) into the database: all of it, in one transaction.

Each good row becomes a contact (with a paid payment per currency when the file gave an amount), unless
it looks like a contact already in the book: then the caller chooses, row by row, to skip it, to merge
it into that contact, or to add it anyway (SPEC §1, "Duplicates"). A merge only fills what the existing
contact lacks — empty fields, new tags, a note not already there — and adds the amounts paid: it never
overwrites what the user typed in Carnet, and never changes the contact's stage.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from sqlmodel import Session

from carnet.domain.duplicates import DuplicateMatch
from carnet.domain.enums import IMPORTED_PAYMENT, PaymentStatus
from carnet.domain.errors import DomainError
from carnet.domain.import_plan import Amounts, ImportPlan
from carnet.domain.models import Contact, Payment, StageChange
from carnet.domain.rules import check_move
from carnet.domain.tags import format_tags
from carnet.domain.types import utc_now
from carnet.services.details import details_in, draft_values, merged_details, write_details
from carnet.services.drafts import ContactDraft
from carnet.services.duplicates import strongest_duplicates
from carnet.services.lookups import saved_id
from carnet.services.positions import top_position
from carnet.storage.database import Database

ROWS_REFUSED = "{count} row(s) have problems: nothing was imported."
# An imported payment stands for everything paid before Carnet: no date is known, so none is invented (it
# counts in all-time totals, not in a month or a year); its description is IMPORTED_PAYMENT.

# Filled by a merge when the existing contact has them empty.
_FILLED_TEXT = ("organisation", "role", "email", "phone", "website", "address", "qualification_note")
_FILLED_VALUE = ("source", "next_follow_up")


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
) -> ImportResult:
    """Write the plan's good rows in one transaction.

    ``duplicates`` maps a line to (choice, existing contact id); rows it does not name are added.
    Refuses (`DomainError`, nothing written) while the plan has bad rows, unless ``skip_bad``.
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
    with db.transaction() as session:
        added = _add(session, to_add)
        merged = [_merge(session, contact_id, draft) for _, draft, contact_id in to_merge]
        owners = {line: int(contact.id or 0) for (line, _), contact in zip(to_add, added, strict=True)}
        owners |= {line: int(contact.id or 0) for (line, _, _), contact in zip(to_merge, merged, strict=True)}
        session.add_all(_payments(plan.paid, owners))
    ids = tuple(owners[line] for line, _ in plan.good if line in owners)
    return ImportResult(len(added), len(merged), len(plan.good) - len(ids), ids)


def _add(session: Session, rows: list[tuple[int, ContactDraft]]) -> list[Contact]:
    # create_contact's steps, batched: one position query per column and two multi-row INSERTs rather
    # than three statements a row.
    now = utc_now()
    per_stage = Counter(draft.stage for _, draft in rows)
    next_position = {stage: top_position(session, stage) - (count - 1) for stage, count in per_stage.items()}
    contacts = []
    further = []
    for _, draft in rows:
        values, more = draft_values(draft)
        further.append(more)
        # The file's order, top-down, above the cards already in the column.
        position = next_position[draft.stage]
        next_position[draft.stage] = position + 1.0
        contacts.append(Contact(**values, position=position, created_at=now, updated_at=now))
    session.add_all(contacts)
    session.flush()
    session.add_all(
        StageChange(contact_id=saved_id(contact), from_stage=None, to_stage=contact.stage, at=now)
        for contact in contacts
    )
    for contact, more in zip(contacts, further, strict=True):
        if more:
            write_details(session, saved_id(contact), more)
    return contacts


def _merge(session: Session, contact_id: int, draft: ContactDraft) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:  # deleted since the file was checked: the row is added after all
        return _add(session, [(0, draft)])[0]
    values, _more = draft_values(draft)
    kept = details_in(session, contact_id)
    for name in _FILLED_TEXT:
        if not getattr(contact, name) and values[name]:
            setattr(contact, name, values[name])
    for name in _FILLED_VALUE:
        if getattr(contact, name) is None and values[name] is not None:
            setattr(contact, name, values[name])
    contact.tags = format_tags([contact.tags, values["tags"]])
    if values["notes"] and values["notes"] not in contact.notes:
        contact.notes = f"{contact.notes}\n\n{values['notes']}" if contact.notes else values["notes"]
    write_details(session, contact_id, merged_details(contact, kept, draft))
    contact.updated_at = utc_now()
    session.add(contact)
    return contact


def _payments(paid: Mapping[int, Amounts], owners: Mapping[int, int]) -> list[Payment]:
    now = utc_now()
    return [
        Payment(contact_id=owners[line], amount_cents=cents, currency=currency, status=PaymentStatus.PAID,
                description=IMPORTED_PAYMENT, created_at=now)
        for line, amounts in paid.items() if line in owners
        for currency, cents in amounts
    ]

