"""Correcting the record, without Qt: edits and deletes of interactions, payments, gifts and stage changes,
the paid rule under correction (SPEC §1), erasing a person, and undo/redo through `snapshots.restore`.

Every assertion reads the database back through a fresh session, never the objects a service returned.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import select

from carnet.domain.enums import InteractionKind, PaymentStatus, Stage
from carnet.domain.errors import InvalidInput, NotFound, RuleViolation
from carnet.domain.models import Contact, Gift, Interaction, Payment, StageChange
from carnet.services import (
    ContactDraft,
    PaymentDraft,
    create_contact,
    log_interaction,
    move_contacts,
    record_gift,
    record_payment,
    set_referrer,
)
from carnet.services import corrections as fix
from carnet.services.snapshots import Snapshot, restore
from carnet.storage import Database


def add(db: Database, name: str, stage: Stage = Stage.LEAD) -> int:
    return create_contact(db, ContactDraft(display_name=name, stage=stage)).id


def pay(db: Database, contact_id: int, status: PaymentStatus = PaymentStatus.PAID, cents: int = 120_000) -> int:
    result = record_payment(db, contact_id, PaymentDraft(amount_cents=cents, status=status), move_to_client=True)
    return result.payment.id


def client(db: Database, name: str = "Chloé Marchand") -> tuple[int, int]:
    contact_id = add(db, name, Stage.PROSPECT)
    return contact_id, pay(db, contact_id)


def stage_of(db: Database, contact_id: int) -> Stage | None:
    with db.reading() as session:
        contact = session.get(Contact, contact_id)
        return None if contact is None else contact.stage


def rows(db: Database, table: type, contact_id: int) -> list:
    with db.reading() as session:
        return list(session.exec(select(table).where(table.contact_id == contact_id)))


def undo_redo(db: Database, snapshot: Snapshot) -> tuple[Snapshot, Snapshot]:
    undone = restore(db, snapshot)
    return undone, restore(db, undone)


# --- interactions --------------------------------------------------------------------------------


def test_an_interaction_is_edited_and_its_follow_up_follows(db: Database) -> None:
    contact_id = add(db, "Léa Fontaine")
    then = datetime(2026, 11, 3, 9, 30, tzinfo=UTC)
    log_interaction(db, contact_id, InteractionKind.CALL, "Called", at=then, follow_up=date(2026, 12, 10))
    (interaction,) = rows(db, Interaction, contact_id)

    snapshot = fix.edit_interaction(db, interaction.id, InteractionKind.MEETING, " Met at the fair ",
                                    then + timedelta(hours=2), date(2026, 12, 17))

    (edited,) = rows(db, Interaction, contact_id)
    assert (edited.kind, edited.summary, edited.at, edited.follow_up) == (
        InteractionKind.MEETING, "Met at the fair", then + timedelta(hours=2), date(2026, 12, 17))
    with db.reading() as session:
        assert session.get(Contact, contact_id).next_follow_up == date(2026, 12, 17)
    restore(db, snapshot)
    (back,) = rows(db, Interaction, contact_id)
    assert (back.kind, back.summary, back.follow_up) == (InteractionKind.CALL, "Called", date(2026, 12, 10))
    with db.reading() as session:
        assert session.get(Contact, contact_id).next_follow_up == date(2026, 12, 10)


def test_deleting_an_interaction_takes_its_follow_up_and_undo_puts_both_back(db: Database) -> None:
    contact_id = add(db, "Léa Fontaine")
    log_interaction(db, contact_id, InteractionKind.EMAIL, "Sent the brochure", follow_up=date(2026, 12, 10))
    (interaction,) = rows(db, Interaction, contact_id)

    snapshot = fix.delete_interaction(db, interaction.id)

    assert rows(db, Interaction, contact_id) == []
    with db.reading() as session:
        assert session.get(Contact, contact_id).next_follow_up is None
    _undone, redone = undo_redo(db, snapshot)
    assert rows(db, Interaction, contact_id) == []  # redone
    restore(db, redone)
    (back,) = rows(db, Interaction, contact_id)
    assert (back.id, back.summary) == (interaction.id, "Sent the brochure")
    with db.reading() as session:
        assert session.get(Contact, contact_id).next_follow_up == date(2026, 12, 10)


def test_an_interaction_deleted_elsewhere_is_not_found(db: Database) -> None:
    contact_id = add(db, "Léa Fontaine")
    log_interaction(db, contact_id, InteractionKind.CALL)
    (interaction,) = rows(db, Interaction, contact_id)
    fix.delete_interaction(db, interaction.id)
    with pytest.raises(NotFound):
        fix.delete_interaction(db, interaction.id)


# --- payments and the paid rule --------------------------------------------------------------------


def test_a_mistyped_quote_is_corrected_then_deleted(db: Database) -> None:
    contact_id = add(db, "Hugo Bernard", Stage.PROSPECT)
    quote = pay(db, contact_id, PaymentStatus.QUOTED, 9_999_900)

    fix.edit_payment(db, quote, PaymentDraft(amount_cents=99_900, status=PaymentStatus.QUOTED,
                                             issued_on=date(2026, 11, 2), description="Logo"))
    (edited,) = rows(db, Payment, contact_id)
    assert (edited.amount_cents, edited.issued_on, edited.description) == (99_900, date(2026, 11, 2), "Logo")
    fix.delete_payment(db, quote)
    assert rows(db, Payment, contact_id) == []
    assert stage_of(db, contact_id) is Stage.PROSPECT


def test_deleting_a_clients_last_paid_payment_is_a_stage_question(db: Database) -> None:
    contact_id, payment_id = client(db)
    assert stage_of(db, contact_id) is Stage.CLIENT

    with pytest.raises(fix.StageQuestion) as asked:
        fix.delete_payment(db, payment_id)
    assert asked.value.contact_id == contact_id
    assert len(rows(db, Payment, contact_id)) == 1  # nothing written
    assert stage_of(db, contact_id) is Stage.CLIENT

    snapshot = fix.delete_payment(db, payment_id, move_back_to=fix.DEFAULT_STAGE_BACK)
    assert rows(db, Payment, contact_id) == []
    assert stage_of(db, contact_id) is Stage.PROSPECT
    last = max(rows(db, StageChange, contact_id), key=lambda change: (change.at, change.id))
    assert (last.from_stage, last.to_stage) == (Stage.CLIENT, Stage.PROSPECT)

    undone = restore(db, snapshot)  # undo: the payment and the stage come back, the move's record goes
    assert stage_of(db, contact_id) is Stage.CLIENT
    assert [p.id for p in rows(db, Payment, contact_id)] == [payment_id]
    assert all(change.to_stage is not Stage.PROSPECT or change.from_stage is None
               for change in rows(db, StageChange, contact_id))
    restore(db, undone)  # redo
    assert stage_of(db, contact_id) is Stage.PROSPECT and rows(db, Payment, contact_id) == []


def test_a_second_paid_payment_keeps_the_client_a_client(db: Database) -> None:
    contact_id, first = client(db)
    pay(db, contact_id)
    fix.delete_payment(db, first)
    assert stage_of(db, contact_id) is Stage.CLIENT


@pytest.mark.parametrize("status", [PaymentStatus.QUOTED, PaymentStatus.INVOICED])
def test_un_paying_the_last_payment_asks_then_moves_back(db: Database, status: PaymentStatus) -> None:
    contact_id, payment_id = client(db)
    draft = PaymentDraft(amount_cents=120_000, status=status)
    with pytest.raises(fix.StageQuestion):
        fix.edit_payment(db, payment_id, draft)
    assert rows(db, Payment, contact_id)[0].status is PaymentStatus.PAID
    fix.edit_payment(db, payment_id, draft, move_back_to=Stage.LEAD)
    assert rows(db, Payment, contact_id)[0].status is status
    assert rows(db, Payment, contact_id)[0].paid_on is None
    assert stage_of(db, contact_id) is Stage.LEAD


def test_a_payment_moved_to_the_right_contact(db: Database) -> None:
    wrong, payment_id = client(db, "Chloé Marchand")
    right = add(db, "Chloé Marchal", Stage.PROSPECT)
    draft = PaymentDraft(amount_cents=120_000, status=PaymentStatus.PAID, paid_on=date.today())
    with pytest.raises(fix.StageQuestion) as asked:
        fix.edit_payment(db, payment_id, draft, contact_id=right)
    assert asked.value.name == "Chloé Marchand"

    snapshot = fix.edit_payment(db, payment_id, draft, contact_id=right, move_back_to=Stage.PROSPECT)
    assert rows(db, Payment, wrong) == [] and len(rows(db, Payment, right)) == 1
    assert stage_of(db, wrong) is Stage.PROSPECT
    assert snapshot.contact_ids == {wrong, right}
    restore(db, snapshot)
    assert len(rows(db, Payment, wrong)) == 1 and rows(db, Payment, right) == []
    assert stage_of(db, wrong) is Stage.CLIENT


def test_an_ambassador_loses_the_last_payment_too(db: Database) -> None:
    contact_id, payment_id = client(db)
    move_contacts(db, [contact_id], Stage.AMBASSADOR)
    with pytest.raises(fix.StageQuestion):
        fix.delete_payment(db, payment_id)
    with pytest.raises(InvalidInput):  # the user must pick a stage before client
        fix.delete_payment(db, payment_id, move_back_to=Stage.CLIENT)
    fix.delete_payment(db, payment_id, move_back_to=Stage.PROSPECT)
    assert stage_of(db, contact_id) is Stage.PROSPECT


def test_undo_never_leaves_a_client_without_a_paid_payment(db: Database) -> None:
    # Steps undone and redone out of order must not leave a client without a paid payment: a restore that
    # would is refused whole.
    contact_id, first = client(db)
    second = pay(db, contact_id)
    delete_first = fix.delete_payment(db, first)
    fix.delete_payment(db, second, move_back_to=Stage.PROSPECT)
    # Undo of the first delete brings the first payment back: the prospect is fine.
    restore(db, delete_first)
    assert stage_of(db, contact_id) is Stage.PROSPECT
    move_contacts(db, [contact_id], Stage.CLIENT)
    moved_back = fix.delete_payment(db, first, move_back_to=Stage.LEAD)
    redo_of_first_delete = Snapshot(rows=(), added=((Payment.__tablename__, first),),
                                    contact_ids=frozenset({contact_id}))
    restore(db, moved_back)  # the payment and the client stage come back together
    assert stage_of(db, contact_id) is Stage.CLIENT
    with pytest.raises(RuleViolation):
        restore(db, redo_of_first_delete)  # taking the payment away alone would break the rule
    assert [p.id for p in rows(db, Payment, contact_id)] == [first]


# --- gifts --------------------------------------------------------------------------------------


def test_a_gift_is_edited_and_deleted(db: Database) -> None:
    contact_id = add(db, "Inès Garnier")
    record_gift(db, contact_id, 2025, "wine", date(2025, 12, 18))
    gift = record_gift(db, contact_id, 2026, "chocolates")
    with pytest.raises(RuleViolation):
        fix.edit_gift(db, gift.id, 2025, "chocolates", None)
    fix.edit_gift(db, gift.id, 2026, "a book", date(2026, 12, 1))
    assert {(g.year, g.what, g.sent_on) for g in rows(db, Gift, contact_id)} == {
        (2025, "wine", date(2025, 12, 18)), (2026, "a book", date(2026, 12, 1))}
    snapshot = fix.delete_gift(db, gift.id)
    assert [g.year for g in rows(db, Gift, contact_id)] == [2025]
    restore(db, snapshot)
    assert sorted(g.year for g in rows(db, Gift, contact_id)) == [2025, 2026]


# --- stage history and the added day --------------------------------------------------------------


def test_a_stage_change_in_the_middle_goes_and_the_stage_stays(db: Database) -> None:
    contact_id = add(db, "Paul Girard", Stage.VISITOR)
    move_contacts(db, [contact_id], Stage.LEAD)
    move_contacts(db, [contact_id], Stage.PROSPECT)
    middle = next(c for c in rows(db, StageChange, contact_id) if c.to_stage is Stage.LEAD)
    fix.delete_stage_change(db, middle.id)
    assert stage_of(db, contact_id) is Stage.PROSPECT
    assert [c.to_stage for c in rows(db, StageChange, contact_id)] == [Stage.VISITOR, Stage.PROSPECT]


def test_deleting_the_last_stage_change_undoes_the_move(db: Database) -> None:
    contact_id = add(db, "Paul Girard", Stage.VISITOR)
    move_contacts(db, [contact_id], Stage.LEAD)
    last = next(c for c in rows(db, StageChange, contact_id) if c.to_stage is Stage.LEAD)
    snapshot = fix.delete_stage_change(db, last.id)
    assert stage_of(db, contact_id) is Stage.VISITOR
    restore(db, snapshot)
    assert stage_of(db, contact_id) is Stage.LEAD


def test_the_added_entry_cannot_be_deleted_but_its_day_can_change(db: Database) -> None:
    contact_id = add(db, "Paul Girard", Stage.LEAD)
    (added,) = rows(db, StageChange, contact_id)
    with pytest.raises(RuleViolation):
        fix.delete_stage_change(db, added.id)
    with pytest.raises(InvalidInput):
        fix.set_added_day(db, contact_id, date.today() + timedelta(days=1))
    snapshot = fix.set_added_day(db, contact_id, date(2019, 4, 2))
    with db.reading() as session:
        contact = session.get(Contact, contact_id)
        assert contact.created_at.astimezone().date() == date(2019, 4, 2)
    (added,) = rows(db, StageChange, contact_id)
    assert added.at.astimezone().date() == date(2019, 4, 2)
    restore(db, snapshot)
    with db.reading() as session:
        assert session.get(Contact, contact_id).created_at.astimezone().date() == date.today()


# --- erasing a person ----------------------------------------------------------------------------


def test_erasing_a_person_removes_everything_and_undo_brings_it_all_back(db: Database) -> None:
    referrer, _ = client(db, "Marc Dubois")
    referred = add(db, "Nina Petit")
    set_referrer(db, referred, referrer)
    log_interaction(db, referrer, InteractionKind.CALL, "Thanks for Nina")
    record_gift(db, referrer, 2026, "wine")
    before = {table: len(rows(db, table, referrer)) for table in (StageChange, Interaction, Payment, Gift)}

    snapshot = fix.erase_contacts(db, [referrer])

    assert stage_of(db, referrer) is None
    assert all(rows(db, table, referrer) == [] for table in before)
    with db.reading() as session:
        assert session.get(Contact, referred).referred_by_id is None
        # Nothing of the erased person is left in the file's tables.
        assert session.exec(select(Contact).where(Contact.display_name == "Marc Dubois")).first() is None

    # Not left in free pages or in the log either: only older backups still hold the person.
    files = [db.path, db.path.with_name(db.path.name + "-wal")]
    assert not any(b"Thanks for Nina" in path.read_bytes() for path in files if path.exists())
    assert not any(b"Marc Dubois" in path.read_bytes() for path in files if path.exists())

    redo = restore(db, snapshot)
    assert stage_of(db, referrer) is Stage.CLIENT
    assert {table: len(rows(db, table, referrer)) for table in before} == before
    with db.reading() as session:
        assert session.get(Contact, referred).referred_by_id == referrer
    restore(db, redo)
    assert stage_of(db, referrer) is None
    with db.reading() as session:
        assert session.get(Contact, referred).referred_by_id is None
