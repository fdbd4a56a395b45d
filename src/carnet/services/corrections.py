"""Correcting what was recorded: edit or delete an interaction, a payment, a gift, a stage change; change
the day a contact was added. Each is one transaction and returns the `Snapshot` that undoes it.

The paid rule (SPEC §1) holds under correction: a change that would leave a client or an ambassador without
a paid payment raises `StageQuestion` unless the caller says where the contact goes back to
(``move_back_to``, asked of the user); the move is then part of the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time
from typing import TypeVar

from sqlmodel import Session, col, select

from carnet.domain.enums import InteractionKind, PaymentStatus, Stage
from carnet.domain.errors import InvalidInput, NotFound, RuleViolation
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
from carnet.domain.rules import check_move
from carnet.domain.types import utc_now
from carnet.domain.validation import check_amount_cents, check_currency
from carnet.services.activity import BAD_YEAR, NAIVE_TIME
from carnet.services.drafts import PaymentDraft
from carnet.services.lookups import get_contact, get_payment, saved_id
from carnet.services.payments import PAID_BEFORE_ISSUED
from carnet.services.positions import top_position
from carnet.services.snapshots import Recorder, Snapshot, has_paid_payment
from carnet.storage import Database
from carnet.storage.sql import search as search_sql

INTERACTION_GONE = "This interaction no longer exists (it may have been deleted)."
GIFT_GONE = "This gift no longer exists (it may have been deleted)."
STAGE_CHANGE_GONE = "This stage change no longer exists (it may have been deleted)."
GIFT_YEAR_TAKEN = "{name} already has a gift for {year}."
FIRST_STAGE_CHANGE = "This is the day {name} was added: edit it to change the day, it cannot be deleted."
ADDED_IN_FUTURE = "The day a contact was added cannot be in the future."
NOT_BACK_BEFORE_CLIENT = "{stage} is not before Client: pick an earlier stage."

# Module-level, where the translation markers are gathered from (a class attribute is not).
STAGE_QUESTION = (
    "{name} would have no paid payment left, and only a paid payment makes a client. Move {name} back to "
    "an earlier stage? The other payments stay recorded."
)

# The stage a contact goes back to when a correction takes their last paid payment away (the user may pick
# another one before Client).
DEFAULT_STAGE_BACK = Stage.PROSPECT


class StageQuestion(RuleViolation):
    """The correction would leave ``name`` (a client or an ambassador) without a paid payment: ask where
    they go back to, then call again with ``move_back_to``; nothing was written."""

    TEMPLATE = STAGE_QUESTION

    def __init__(self, contact_id: int, name: str) -> None:
        super().__init__(self.TEMPLATE, name=name)
        self.contact_id = contact_id
        self.name = name


# --- interactions ------------------------------------------------------------------------------


def edit_interaction(
    db: Database, interaction_id: int, kind: InteractionKind, summary: str, at: datetime, follow_up: date | None
) -> Snapshot:
    """Correct an interaction; a follow-up it had set on the contact follows the new date."""
    if at.utcoffset() is None:
        raise InvalidInput(NAIVE_TIME, field="at")
    with db.transaction() as session:
        interaction = _get(session, Interaction, interaction_id, INTERACTION_GONE)
        contact = get_contact(session, interaction.contact_id)
        recorder = Recorder(session)
        recorder.keep(interaction)
        recorder.keep(contact, "next_follow_up")
        if follow_up != interaction.follow_up and contact.next_follow_up == interaction.follow_up:
            contact.next_follow_up = follow_up
        interaction.kind, interaction.summary, interaction.at = kind, summary.strip(), at.astimezone(UTC)
        interaction.follow_up = follow_up
        session.flush()
        return recorder.snapshot()


def delete_interaction(db: Database, interaction_id: int) -> Snapshot:
    """Delete an interaction; the follow-up it set on the contact goes with it."""
    with db.transaction() as session:
        interaction = _get(session, Interaction, interaction_id, INTERACTION_GONE)
        contact = get_contact(session, interaction.contact_id)
        recorder = Recorder(session)
        recorder.keep(interaction)
        recorder.keep(contact, "next_follow_up")
        if interaction.follow_up is not None and contact.next_follow_up == interaction.follow_up:
            contact.next_follow_up = _other_follow_up(session, interaction)
        session.delete(interaction)
        session.flush()
        return recorder.snapshot()


def _other_follow_up(session: Session, interaction: Interaction) -> date | None:
    """The follow-up another interaction set on the same day, if one did (it stays due)."""
    other = session.exec(select(Interaction.id).where(
        Interaction.contact_id == interaction.contact_id, Interaction.follow_up == interaction.follow_up,
        Interaction.id != interaction.id,
    ).limit(1)).first()
    return interaction.follow_up if other is not None else None


# --- payments ----------------------------------------------------------------------------------


def edit_payment(
    db: Database, payment_id: int, draft: PaymentDraft, *, contact_id: int | None = None,
    move_back_to: Stage | None = None,
) -> Snapshot:
    """Correct a quote, an invoice or a payment: its amount, currency, status, dates, description, and the
    contact it belongs to (``contact_id``). Un-paying a client's last paid payment is a `StageQuestion`."""
    amount = check_amount_cents(draft.amount_cents)
    currency = check_currency(draft.currency)
    paid_on = draft.paid_on if draft.status is PaymentStatus.PAID else None
    if draft.status is PaymentStatus.PAID and paid_on is None:
        paid_on = date.today()
    if paid_on is not None and draft.issued_on is not None and paid_on < draft.issued_on:
        raise RuleViolation(PAID_BEFORE_ISSUED, field="paid_on")
    with db.transaction() as session:
        payment = get_payment(session, payment_id)
        recorder = Recorder(session)
        recorder.keep(payment)
        losing = payment.contact_id
        if contact_id is not None and contact_id != payment.contact_id:
            recorder.concerns(saved_id(get_contact(session, contact_id)))
            payment.contact_id = contact_id
        payment.amount_cents, payment.currency, payment.status = amount, currency, draft.status
        payment.issued_on, payment.paid_on, payment.description = draft.issued_on, paid_on, draft.description.strip()
        references = {payment.reference, draft.reference.strip()}
        payment.method, payment.reference = draft.method, draft.reference.strip()
        session.flush()
        _resync_invoices(session, recorder, references)
        _hold_paid_rule(session, recorder, losing, move_back_to)
        return recorder.snapshot()


def delete_payment(db: Database, payment_id: int, *, move_back_to: Stage | None = None) -> Snapshot:
    """Delete a quote, an invoice or a payment. A client's last paid payment is a `StageQuestion`."""
    with db.transaction() as session:
        payment = get_payment(session, payment_id)
        recorder = Recorder(session)
        recorder.keep(payment)
        contact_id = payment.contact_id
        reference = payment.reference
        session.delete(payment)
        session.flush()
        _resync_invoices(session, recorder, {reference})
        _hold_paid_rule(session, recorder, contact_id, move_back_to)
        return recorder.snapshot()


def _resync_invoices(session: Session, recorder: Recorder, references: set[str]) -> None:
    """A payment whose reference is an issued invoice's number was corrected: the invoice's open payment (what
    the dashboard counts as invoiced) follows what is now due, in the same transaction, and the snapshot
    holds its change too, so the undo puts it back with the payment."""
    from carnet.domain.invoice_document import DocumentKind
    from carnet.domain.invoice_models import DocumentStatus
    from carnet.services.invoices import sync_invoice_mirror
    from carnet.storage.sql.invoices import OPEN_MIRRORS

    numbers = sorted(reference for reference in references if reference)
    if not numbers:
        return
    invoices = session.exec(select(DocumentRow).where(
        col(DocumentRow.number).in_(numbers), DocumentRow.kind == DocumentKind.INVOICE,
        DocumentRow.status == DocumentStatus.ISSUED)).all()

    def mirror_ids(number: str) -> set[int]:
        return {int(found[0]) for found in session.connection().exec_driver_sql(
            OPEN_MIRRORS, (PaymentStatus.INVOICED.value, number))}

    for invoice in invoices:
        number = invoice.number or ""
        before = mirror_ids(number)
        for payment_id in before:
            recorder.keep(get_payment(session, payment_id))
        sync_invoice_mirror(session, invoice)
        session.flush()
        for payment_id in mirror_ids(number) - before:
            recorder.added(get_payment(session, payment_id))


def _hold_paid_rule(session: Session, recorder: Recorder, contact_id: int, move_back_to: Stage | None) -> None:
    """After a payment changed: a client or an ambassador left without a paid payment goes back to
    ``move_back_to``, or the whole correction is a `StageQuestion`."""
    contact = get_contact(session, contact_id)
    if contact.stage not in (Stage.CLIENT, Stage.AMBASSADOR) or has_paid_payment(session, contact_id):
        return
    if move_back_to is None:
        raise StageQuestion(contact_id, contact.display_name)
    if not Stage(move_back_to).is_before(Stage.CLIENT):
        raise InvalidInput(NOT_BACK_BEFORE_CLIENT, stage=move_back_to.value)
    _place_at(session, recorder, contact, Stage(move_back_to))


def _place_at(session: Session, recorder: Recorder, contact: Contact, stage: Stage) -> None:
    """Move ``contact`` to the top of ``stage`` (archived: the stage it will come back to), with its history."""
    recorder.keep(contact, "stage", "position")
    change = StageChange(contact_id=saved_id(contact), from_stage=contact.stage, to_stage=stage, at=utc_now())
    contact.position = top_position(session, stage)
    contact.stage = stage
    session.add(change)
    session.flush()
    recorder.added(change)


# --- gifts -------------------------------------------------------------------------------------


def edit_gift(db: Database, gift_id: int, year: int, what: str, sent_on: date | None) -> Snapshot:
    """Correct a year-end gift: its year (one gift a year), what it was, when it was sent (None: not yet)."""
    if not 1900 <= year <= 9999:
        raise InvalidInput(BAD_YEAR, field="year", year=year)
    with db.transaction() as session:
        gift = _get(session, Gift, gift_id, GIFT_GONE)
        taken = session.exec(select(Gift.id).where(
            Gift.contact_id == gift.contact_id, Gift.year == year, Gift.id != gift_id
        )).first()
        if taken is not None:
            name = get_contact(session, gift.contact_id).display_name
            raise RuleViolation(GIFT_YEAR_TAKEN, field="year", name=name, year=year)
        recorder = Recorder(session)
        recorder.keep(gift)
        gift.year, gift.what, gift.sent_on = year, what.strip(), sent_on
        session.flush()
        return recorder.snapshot()


def delete_gift(db: Database, gift_id: int) -> Snapshot:
    with db.transaction() as session:
        gift = _get(session, Gift, gift_id, GIFT_GONE)
        recorder = Recorder(session)
        recorder.keep(gift)
        session.delete(gift)
        session.flush()
        return recorder.snapshot()


# --- the contact's own history -----------------------------------------------------------------


def delete_stage_change(db: Database, change_id: int) -> Snapshot:
    """Remove a stage change entered by mistake. The contact keeps its stage, unless this was its last
    change: then the delete undoes that move (with the move's rules) and the contact goes back."""
    with db.transaction() as session:
        change = _get(session, StageChange, change_id, STAGE_CHANGE_GONE)
        contact = get_contact(session, change.contact_id)
        if change.from_stage is None:
            raise RuleViolation(FIRST_STAGE_CHANGE, name=contact.display_name)
        recorder = Recorder(session)
        recorder.keep(change)
        latest = session.exec(
            select(StageChange.id).where(StageChange.contact_id == change.contact_id)
            .order_by(col(StageChange.at).desc(), col(StageChange.id).desc()).limit(1)
        ).first()
        if latest == change_id and contact.stage == change.to_stage:
            back = Stage(change.from_stage)
            check_move(
                contact.display_name, back, has_paid_payment=has_paid_payment(session, saved_id(contact))
            ).raise_if_refused()
            recorder.keep(contact, "stage", "position")
            contact.position = top_position(session, back)
            contact.stage = back
        session.delete(change)
        session.flush()
        return recorder.snapshot()


def set_added_day(db: Database, contact_id: int, day: date) -> Snapshot:
    """Change the day a contact was added (history brought from another tool), keeping the time of day;
    the "added" entry of its stage history follows."""
    if day > date.today():
        raise InvalidInput(ADDED_IN_FUTURE, field="created_at")
    with db.transaction() as session:
        contact = get_contact(session, contact_id)
        recorder = Recorder(session)
        recorder.keep(contact, "created_at")
        local = contact.created_at.astimezone()
        moved = datetime.combine(day, time(local.hour, local.minute, local.second), local.tzinfo).astimezone(UTC)
        first = session.exec(select(StageChange).where(
            StageChange.contact_id == contact_id, col(StageChange.from_stage).is_(None)
        )).first()
        if first is not None:
            recorder.keep(first, "at")
            first.at = moved
        contact.created_at = moved
        session.flush()
        return recorder.snapshot()


# --- erasing a person --------------------------------------------------------------------------


def erase_contacts(db: Database, contact_ids: Sequence[int]) -> Snapshot:
    """Delete contacts and everything attached to them (GDPR erasure), in one transaction: interactions,
    payments, gifts, stage history; the contacts they referred keep existing with no referrer. The snapshot
    undoes it (in memory only: it is never written anywhere).

    The deleted records are overwritten with zeros in the file (``secure_delete``) and the log is written
    back, so that the person's details are not left in free pages: only older backups still hold them.
    """
    with db.transaction() as session:
        session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
        recorder = Recorder(session)
        contacts = [get_contact(session, contact_id) for contact_id in dict.fromkeys(contact_ids)]
        for contact in contacts:
            recorder.keep(contact)
        for contact in contacts:
            contact_id = saved_id(contact)
            for table in (StageChange, Interaction, Payment, Gift, ContactDetailRow, ContactSequence,
                          ContactBillingRow):
                for row in session.exec(select(table).where(table.contact_id == contact_id)):
                    recorder.keep(row)
            # Issued quotes and invoices stay (the law keeps invoices ten years, with the buyer frozen in them);
            # they lose their contact, which the undo gives back.
            for document in session.exec(select(DocumentRow).where(DocumentRow.contact_id == contact_id)):
                recorder.keep(document, "contact_id")
            for referred in session.exec(select(Contact).where(Contact.referred_by_id == contact_id)):
                recorder.keep(referred, "referred_by_id")
                referred.referred_by_id = None
        session.flush()
        for contact in contacts:
            session.delete(contact)
        session.flush()
        # The search index only marks the person's words deleted (its triggers ran with the deletes): merged
        # away now, while secure_delete zeroes the pages they leave.
        for statement in (*search_sql.CATCH_UP, search_sql.FORGET_ERASED):
            session.connection().exec_driver_sql(statement)
        session.connection().exec_driver_sql("PRAGMA secure_delete = OFF")
        snapshot = recorder.snapshot()
    db.write_back_deletions()
    return snapshot


_Record = TypeVar("_Record", Interaction, Gift, StageChange)


def _get(session: Session, table: type[_Record], row_id: int, gone: str) -> _Record:
    row = session.get(table, row_id)
    if row is None:
        raise NotFound(gone)
    return row
