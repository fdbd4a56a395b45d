"""What a correction changed, kept so that undo can put it back and redo can do it again.

A correction (an edited payment, a deleted interaction, an erased person) records, before it writes, the
values of every row it is about to change or delete (`Recorder.keep`), and the rows it adds
(`Recorder.added`). `restore` puts those values back in one transaction and returns the snapshot of what
it overwrote: undo is ``restore(snapshot)``, redo is ``restore`` of what undo returned. Only the columns a
correction changes are kept for a row that stays (a contact's stage, say), so an undo never takes back an
edit made since to another field.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, SQLModel, col, select

from carnet.domain.enums import PaymentStatus, Stage
from carnet.domain.errors import RuleViolation
from carnet.domain.invoice_models import ContactBillingRow, DocumentRow
from carnet.domain.models import (
    Contact,
    ContactDetailRow,
    ContactSequence,
    Gift,
    Interaction,
    Payment,
    StageChange,
)
from carnet.storage import Database

Table = type[SQLModel]


def _name(table: Table | SQLModel) -> str:
    """A table's name (SQLModel types ``__tablename__`` as a str or a function of the class)."""
    model = table if isinstance(table, type) else type(table)
    return str(model.__table__.name)  # type: ignore[attr-defined]


_TABLES: dict[str, Table] = {
    _name(table): table for table in (
        Contact, StageChange, Interaction, Payment, Gift, ContactDetailRow, ContactSequence, ContactBillingRow,
        DocumentRow,
    )
}

UNDO_WOULD_BREAK_PAID_RULE = (
    "This cannot be undone: {name} would be a client without any paid payment. Move {name} back before "
    "Client first, or delete the payment from the timeline, which asks where {name} goes."
)


@dataclass(frozen=True)
class RowValues:
    """Some (or all) column values of one row of ``table``."""

    table: str
    id: int
    values: tuple[tuple[str, Any], ...]

    def as_dict(self) -> dict[str, Any]:
        return dict(self.values)


@dataclass(frozen=True)
class Snapshot:
    """Rows to put back as they were (``rows``, in order: a contact before what refers to it), rows to take
    away (``added``: they did not exist before), and the contacts concerned (for the change notification)."""

    rows: tuple[RowValues, ...]
    added: tuple[tuple[str, int], ...]
    contact_ids: frozenset[int]


def _columns(table: Table) -> list[str]:
    return [column.name for column in table.__table__.columns]  # type: ignore[attr-defined]


def _values(row: SQLModel, names: Iterable[str]) -> tuple[tuple[str, Any], ...]:
    return tuple((name, getattr(row, name)) for name in names)


def _id(row: SQLModel) -> int:
    row_id = getattr(row, "id", None)
    if not isinstance(row_id, int):
        raise AssertionError("a row that was never flushed has no id")
    return row_id


def _contact_of(row: SQLModel) -> set[int]:
    """The contact a row belongs to (none for a document whose contact was erased: the law keeps invoices)."""
    if isinstance(row, Contact):
        return {_id(row)}
    contact_id = getattr(row, "contact_id")  # noqa: B009
    return set() if contact_id is None else {int(contact_id)}


class Recorder:
    """Collects, inside a correction's transaction, what `Snapshot` will hold."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._rows: dict[tuple[str, int], RowValues] = {}
        self._added: list[tuple[str, int]] = []
        self._contacts: set[int] = set()

    def keep(self, row: SQLModel, *fields: str) -> None:
        """Remember ``row``'s values before it changes: ``fields`` only, or every column (a row about to be
        deleted, or a record edited whole). The first values kept win: they are the ones before the write."""
        key = (_name(row), _id(row))
        self._contacts |= _contact_of(row)
        if key in self._rows:
            return
        self._rows[key] = RowValues(key[0], key[1], _values(row, fields or _columns(type(row))))

    def added(self, row: SQLModel) -> None:
        """A row the correction created (flushed already): undo deletes it."""
        self._added.append((_name(row), _id(row)))
        self._contacts |= _contact_of(row)

    def concerns(self, contact_id: int) -> None:
        self._contacts.add(contact_id)

    def snapshot(self) -> Snapshot:
        return Snapshot(tuple(self._rows.values()), tuple(self._added), frozenset(self._contacts))


def _contacts_first(rows: Iterable[RowValues]) -> list[RowValues]:
    # A deleted contact comes back before its records and before the contacts it had referred.
    return sorted(rows, key=lambda row: row.table != Contact.__tablename__)


def restore(db: Database, snapshot: Snapshot) -> Snapshot:
    """Put ``snapshot`` back in one transaction; returns the snapshot of what this overwrote (for redo).

    Refused, with nothing written, when it would leave a client or an ambassador without a paid payment
    (a payment paid meanwhile, then deleted: SPEC §1 holds under undo too).
    """
    with db.transaction() as session:
        recorder = Recorder(session)
        for table_name, row_id in sorted(snapshot.added, key=lambda added: added[0] == Contact.__tablename__):
            row = session.get(_TABLES[table_name], row_id)
            if row is not None:
                recorder.keep(row)
                session.delete(row)
                session.flush()
        for kept in _contacts_first(snapshot.rows):
            table = _TABLES[kept.table]
            row = session.get(table, kept.id)
            values = kept.as_dict()
            if row is None:
                row = table(**values)
                session.add(row)
                session.flush()
                recorder.added(row)
            else:
                recorder.keep(row, *values)
                for name, value in values.items():
                    setattr(row, name, value)
                session.flush()
        check_paid_rule(session, snapshot.contact_ids)
        for contact_id in snapshot.contact_ids:
            recorder.concerns(contact_id)
        return recorder.snapshot()


def check_paid_rule(session: Session, contact_ids: Iterable[int]) -> None:
    """Refuse if one of the contacts would be a client or an ambassador without a paid payment."""
    session.flush()
    for contact in session.exec(select(Contact).where(col(Contact.id).in_(list(contact_ids)))):
        if contact.stage in (Stage.CLIENT, Stage.AMBASSADOR) and not has_paid_payment(session, _id(contact)):
            raise RuleViolation(UNDO_WOULD_BREAK_PAID_RULE, name=contact.display_name)


def has_paid_payment(session: Session, contact_id: int) -> bool:
    found = session.exec(
        select(Payment.id).where(Payment.contact_id == contact_id, Payment.status == PaymentStatus.PAID).limit(1)
    ).first()
    return found is not None
