"""The services through a real, migrated SQLite database: rules enforced, history recorded, all-or-nothing.

Every assertion on what was written reads it back through a fresh session (or plain sqlite3), never from
the objects a service returned.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlmodel import SQLModel, col, func, select

from carnet.domain.enums import ArchiveReason, InteractionKind, PaymentStatus, Stage
from carnet.domain.errors import DomainError, InvalidInput, NotFound, RuleViolation
from carnet.domain.models import Contact, Gift, Interaction, Payment, StageChange
from carnet.services import (
    ContactDraft,
    PaymentDraft,
    Placement,
    archive_contacts,
    create_contact,
    delete_contact,
    flag_ambassador,
    log_interaction,
    mark_paid,
    move_contacts,
    place_contacts,
    record_gift,
    record_payment,
    restore_contacts,
    set_referrer,
    update_contact,
)
from carnet.services.board_read import board_cards
from carnet.storage import Database
from carnet.storage.errors import InternalError  # a failing constraint is a bug, not the disk

# --- helpers -------------------------------------------------------------------------------------


def add(db: Database, name: str, stage: Stage = Stage.LEAD, **fields: object) -> int:
    return create_contact(db, ContactDraft(display_name=name, stage=stage, **fields)).id


def pay(db: Database, contact_id: int, status: PaymentStatus = PaymentStatus.PAID, cents: int = 120_000,
        **kwargs: object):
    return record_payment(db, contact_id, PaymentDraft(amount_cents=cents, status=status), **kwargs)


def make_client(db: Database, name: str) -> int:
    contact_id = add(db, name, Stage.PROSPECT)
    pay(db, contact_id, move_to_client=True)
    return contact_id


def read_contact(db: Database, contact_id: int) -> Contact | None:
    with db.reading() as session:
        return session.get(Contact, contact_id)


def history(db: Database, contact_id: int) -> list[tuple[Stage | None, Stage]]:
    with db.reading() as session:
        query = select(StageChange).where(StageChange.contact_id == contact_id).order_by(col(StageChange.id))
        return [(change.from_stage, change.to_stage) for change in session.exec(query)]


def count(db: Database, table: type[SQLModel]) -> int:
    with db.reading() as session:
        return session.exec(select(func.count()).select_from(table)).one()


def column(db: Database, stage: Stage) -> list[int]:
    """The ids of a column as the board shows it (top to bottom)."""
    return [card.id for card in board_cards(db) if card.stage is stage]


def placement(db: Database, contact_id: int) -> tuple[Stage, float]:
    contact = read_contact(db, contact_id)
    assert contact is not None
    return contact.stage, contact.position


def fail_inserts_into(db: Database, table: str) -> None:
    """Make the database itself refuse any INSERT into ``table``, as a full disk or a bug would."""
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            f"CREATE TRIGGER boom_{table} BEFORE INSERT ON {table} BEGIN SELECT RAISE(ABORT, 'boom'); END"
        )


# --- creating ------------------------------------------------------------------------------------


def test_create_contact_records_its_creation_and_goes_to_the_top(db):
    first = add(db, "Anne Leroy")
    second = add(db, "Bruno Petit", email="  bruno@example.com ", tags="vip, Salon,  VIP")

    assert history(db, first) == [(None, Stage.LEAD)]
    assert history(db, second) == [(None, Stage.LEAD)]
    assert column(db, Stage.LEAD) == [second, first]
    stored = read_contact(db, second)
    assert stored.email == "bruno@example.com"
    assert stored.tags == "vip, Salon"
    assert stored.created_at.tzinfo is not None


@pytest.mark.parametrize("stage", [Stage.CLIENT, Stage.AMBASSADOR])
def test_creating_as_client_or_ambassador_is_refused_and_writes_nothing(db, stage):
    with pytest.raises(RuleViolation) as refused:
        add(db, "Claire Moreau", stage)

    assert "Claire Moreau" in refused.value.message
    assert count(db, Contact) == 0
    assert count(db, StageChange) == 0


def test_create_contact_validates_before_writing(db):
    with pytest.raises(InvalidInput) as refused:
        add(db, "Denis", email="denis(at)example.com")
    assert refused.value.field == "email"
    assert refused.value.message

    with pytest.raises(InvalidInput) as refused:
        add(db, "   ")
    assert refused.value.field == "display_name"
    assert count(db, Contact) == 0


def test_create_contact_with_a_missing_referrer_is_refused(db):
    with pytest.raises(NotFound) as refused:
        add(db, "Eve", referred_by_id=999)
    assert refused.value.message
    assert count(db, Contact) == 0


# --- moving along the lifecycle -----------------------------------------------------------------


def test_move_to_client_without_paid_payment_is_refused_and_changes_nothing(db):
    contact_id = add(db, "Fabien Roux", Stage.PROSPECT)
    pay(db, contact_id, PaymentStatus.QUOTED)  # a signed quote is not enough
    pay(db, contact_id, PaymentStatus.INVOICED)
    before = placement(db, contact_id)

    with pytest.raises(RuleViolation) as refused:
        move_contacts(db, [contact_id], Stage.CLIENT)

    assert "payment" in refused.value.message
    assert placement(db, contact_id) == before
    assert history(db, contact_id) == [(None, Stage.PROSPECT)]


def test_the_client_rule_holds_when_the_stage_is_given_as_text(db):
    contact_id = add(db, "Fabien Roux", Stage.PROSPECT)
    before = placement(db, contact_id)

    with pytest.raises(RuleViolation):
        move_contacts(db, [contact_id], "client")

    assert placement(db, contact_id) == before
    assert history(db, contact_id) == [(None, Stage.PROSPECT)]


def test_move_to_client_is_allowed_once_a_payment_is_paid(db):
    contact_id = add(db, "Fabien Roux", Stage.PROSPECT)

    result = pay(db, contact_id)
    assert result.offer_client_move
    assert result.stage_change is None
    assert placement(db, contact_id)[0] is Stage.PROSPECT  # offered, not done

    move_contacts(db, [contact_id], Stage.CLIENT)

    assert placement(db, contact_id)[0] is Stage.CLIENT
    assert history(db, contact_id) == [(None, Stage.PROSPECT), (Stage.PROSPECT, Stage.CLIENT)]


def test_record_payment_with_move_to_client_moves_in_one_go(db):
    contact_id = add(db, "Gaëlle Simon", Stage.LEAD)

    result = pay(db, contact_id, cents=99_900, move_to_client=True)

    assert result.stage_change is not None
    assert not result.offer_client_move
    assert placement(db, contact_id)[0] is Stage.CLIENT
    assert history(db, contact_id) == [(None, Stage.LEAD), (Stage.LEAD, Stage.CLIENT)]
    with db.reading() as session:
        payment = session.exec(select(Payment)).one()
    assert (payment.contact_id, payment.amount_cents, payment.currency) == (contact_id, 99_900, "EUR")
    assert payment.status is PaymentStatus.PAID
    assert payment.paid_on == date.today()


def test_a_quote_with_move_to_client_does_not_move(db):
    contact_id = add(db, "Hugo Lambert", Stage.PROSPECT)

    result = pay(db, contact_id, PaymentStatus.QUOTED, move_to_client=True)

    assert result.stage_change is None
    assert not result.offer_client_move
    assert placement(db, contact_id)[0] is Stage.PROSPECT
    assert history(db, contact_id) == [(None, Stage.PROSPECT)]
    with db.reading() as session:
        payment = session.exec(select(Payment)).one()
    assert payment.status is PaymentStatus.QUOTED
    assert payment.paid_on is None


def test_mark_paid_turns_a_quote_into_a_client(db):
    contact_id = add(db, "Inès Garnier", Stage.PROSPECT)
    quote = pay(db, contact_id, PaymentStatus.QUOTED).payment

    result = mark_paid(db, quote.id, date(2025, 6, 2), move_to_client=True)

    assert result.stage_change is not None
    assert placement(db, contact_id)[0] is Stage.CLIENT
    with db.reading() as session:
        stored = session.get(Payment, quote.id)
    assert (stored.status, stored.paid_on) == (PaymentStatus.PAID, date(2025, 6, 2))
    with pytest.raises(RuleViolation) as refused:
        mark_paid(db, quote.id)
    assert refused.value.message


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (PaymentDraft(amount_cents=0, status=PaymentStatus.PAID), "amount"),
        (PaymentDraft(amount_cents=100, status=PaymentStatus.PAID, currency="euro"), "currency"),
        (
            PaymentDraft(
                amount_cents=100, status=PaymentStatus.PAID,
                issued_on=date(2025, 5, 10), paid_on=date(2025, 5, 1),
            ),
            "paid_on",
        ),
    ],
)
def test_bad_payments_are_refused_and_write_nothing(db, draft, field):
    contact_id = add(db, "Julie Faure", Stage.PROSPECT)

    with pytest.raises(DomainError) as refused:
        record_payment(db, contact_id, draft, move_to_client=True)

    assert refused.value.field == field
    assert refused.value.message
    assert count(db, Payment) == 0
    assert placement(db, contact_id)[0] is Stage.PROSPECT


def test_backward_moves_are_recorded_with_from_and_to(db):
    contact_id = add(db, "Karim Benali", Stage.PROSPECT)
    client_id = make_client(db, "Léa Chevalier")

    move_contacts(db, [contact_id], Stage.LEAD)
    move_contacts(db, [client_id], Stage.PROSPECT)

    assert placement(db, contact_id)[0] is Stage.LEAD
    assert history(db, contact_id) == [(None, Stage.PROSPECT), (Stage.PROSPECT, Stage.LEAD)]
    assert history(db, client_id)[-1] == (Stage.CLIENT, Stage.PROSPECT)
    with db.reading() as session:
        times = session.exec(select(StageChange.at).where(StageChange.contact_id == contact_id)).all()
    assert all(at.tzinfo is not None for at in times)
    assert times == sorted(times)


def test_move_of_a_missing_contact_is_refused_whole(db):
    contact_id = add(db, "Marc Dupuis", Stage.LEAD)

    with pytest.raises(NotFound) as refused:
        move_contacts(db, [contact_id, 12345], Stage.PROSPECT)

    assert refused.value.message
    assert placement(db, contact_id)[0] is Stage.LEAD


def test_a_multi_card_move_is_refused_whole_if_one_card_may_not_go(db):
    paying = add(db, "Nina Perrin", Stage.PROSPECT)
    pay(db, paying)
    not_paying = add(db, "Olivier Blanc", Stage.PROSPECT)
    before = {paying: placement(db, paying), not_paying: placement(db, not_paying)}

    with pytest.raises(RuleViolation) as refused:
        move_contacts(db, [paying, not_paying], Stage.CLIENT)

    assert "Olivier Blanc" in refused.value.message
    assert {cid: placement(db, cid) for cid in before} == before
    assert count(db, StageChange) == 2  # the two creations only


# --- order inside a column -----------------------------------------------------------------------


def lead_column(db: Database, *names: str) -> list[int]:
    """Create a lead column showing ``names`` top to bottom; returns their ids in that order."""
    ids = [add(db, name) for name in reversed(names)]
    ids.reverse()
    assert column(db, Stage.LEAD) == ids
    return ids


def test_reorder_within_a_column_records_no_stage_change(db):
    a, b, c, d = lead_column(db, "A", "B", "C", "D")

    move_contacts(db, [a], Stage.LEAD, row=3)  # dropped between C and D
    assert column(db, Stage.LEAD) == [b, c, a, d]

    move_contacts(db, [d], Stage.LEAD, row=0)
    assert column(db, Stage.LEAD) == [d, b, c, a]

    move_contacts(db, [d], Stage.LEAD, row=None)
    assert column(db, Stage.LEAD) == [b, c, a, d]

    move_contacts(db, [c], Stage.LEAD, row=4)  # the row after the last card
    assert column(db, Stage.LEAD) == [b, a, d, c]

    assert count(db, StageChange) == 4  # the creations only
    assert all(len(history(db, cid)) == 1 for cid in (a, b, c, d))


def test_multi_card_moves_keep_their_order(db):
    a, b, c = lead_column(db, "A", "B", "C")
    x = add(db, "X", Stage.PROSPECT)
    y = add(db, "Y", Stage.PROSPECT)

    result = move_contacts(db, [c, a], Stage.PROSPECT, row=1)

    assert column(db, Stage.PROSPECT) == [y, c, a, x]
    assert column(db, Stage.LEAD) == [b]
    assert [(ch.contact_id, ch.from_stage, ch.to_stage) for ch in result.stage_changes] == [
        (c, Stage.LEAD, Stage.PROSPECT), (a, Stage.LEAD, Stage.PROSPECT),
    ]
    assert history(db, c)[-1] == (Stage.LEAD, Stage.PROSPECT)


def test_multi_card_reorder_within_a_column_keeps_their_order(db):
    a, b, c, d, e = lead_column(db, "A", "B", "C", "D", "E")

    move_contacts(db, [d, a], Stage.LEAD, row=2)  # between B and C, as D then A

    assert column(db, Stage.LEAD) == [b, d, a, c, e]
    assert count(db, StageChange) == 5


# --- undo ----------------------------------------------------------------------------------------


def test_place_contacts_puts_cards_back_exactly(db):
    a, b, c = lead_column(db, "A", "B", "C")
    before = {cid: placement(db, cid) for cid in (a, b, c)}

    result = move_contacts(db, [a, c], Stage.PROSPECT, row=0)
    assert column(db, Stage.LEAD) == [b]

    undo = place_contacts(db, result.before)

    assert {cid: placement(db, cid) for cid in (a, b, c)} == before
    assert column(db, Stage.LEAD) == [a, b, c]
    assert history(db, a) == [(None, Stage.LEAD), (Stage.LEAD, Stage.PROSPECT), (Stage.PROSPECT, Stage.LEAD)]
    assert len(undo.stage_changes) == 2


def test_undoing_a_move_to_client_keeps_the_payment(db):
    contact_id = add(db, "Paul Mercier", Stage.PROSPECT)
    before = placement(db, contact_id)
    pay(db, contact_id, move_to_client=True)

    place_contacts(db, {contact_id: Placement(*before)})

    assert placement(db, contact_id) == before
    assert count(db, Payment) == 1
    assert history(db, contact_id)[-1] == (Stage.CLIENT, Stage.PROSPECT)


def test_place_contacts_still_enforces_the_rules(db):
    contact_id = add(db, "Quentin", Stage.PROSPECT)
    before = placement(db, contact_id)

    with pytest.raises(RuleViolation):
        place_contacts(db, {contact_id: Placement(Stage.CLIENT, 0.0)})

    assert placement(db, contact_id) == before


# --- archive and restore -------------------------------------------------------------------------


def test_archive_keeps_the_stage_and_restore_puts_the_card_back_on_top(db):
    other = add(db, "Other", Stage.PROSPECT)
    contact_id = add(db, "Rose Lemaire", Stage.PROSPECT)

    archive_contacts(db, [contact_id], ArchiveReason.NO_BUDGET, "  next year maybe ")

    stored = read_contact(db, contact_id)
    assert stored.stage is Stage.PROSPECT
    assert stored.archived_at is not None
    assert (stored.archive_reason, stored.archive_note) == (ArchiveReason.NO_BUDGET, "next year maybe")
    assert contact_id not in [card.id for card in board_cards(db)]

    move_contacts(db, [other], Stage.PROSPECT, row=0)
    restore_contacts(db, [contact_id])

    stored = read_contact(db, contact_id)
    assert stored.archived_at is None
    assert stored.archive_reason is None
    assert column(db, Stage.PROSPECT) == [contact_id, other]


def test_archived_contacts_cannot_move_or_be_archived_twice(db):
    contact_id = add(db, "Sami", Stage.LEAD)
    archive_contacts(db, [contact_id], ArchiveReason.NO_ANSWER)

    with pytest.raises(RuleViolation) as refused:
        move_contacts(db, [contact_id], Stage.PROSPECT)
    assert "restore" in refused.value.message.lower()
    with pytest.raises(RuleViolation) as refused:
        move_contacts(db, [contact_id], Stage.LEAD)  # same stage, still off the board
    with pytest.raises(RuleViolation) as refused:
        archive_contacts(db, [contact_id], ArchiveReason.OTHER)
    assert refused.value.message

    stored = read_contact(db, contact_id)
    assert (stored.stage, stored.archive_reason) == (Stage.LEAD, ArchiveReason.NO_ANSWER)


def test_restore_refuses_a_contact_that_is_not_archived(db):
    contact_id = add(db, "Théo", Stage.LEAD)
    before = placement(db, contact_id)

    with pytest.raises(RuleViolation) as refused:
        restore_contacts(db, [contact_id])

    assert "Théo" in refused.value.message
    assert placement(db, contact_id) == before


# --- ambassadors, gifts, interactions -------------------------------------------------------------


def test_flag_ambassador_is_refused_for_a_non_client(db):
    contact_id = add(db, "Maître Durand", Stage.PROSPECT)

    with pytest.raises(RuleViolation) as refused:
        flag_ambassador(db, contact_id, recommends_how="sends accountants' clients")

    assert "referred by" in refused.value.message
    stored = read_contact(db, contact_id)
    assert (stored.stage, stored.ambassador_since, stored.recommends_how) == (Stage.PROSPECT, None, "")


def test_flag_ambassador_sets_the_fields_for_a_client(db):
    contact_id = make_client(db, "Ursula Roy")

    flag_ambassador(
        db, contact_id, since=date(2025, 1, 15), recommends_how=" word of mouth ", gift_preferences="tea"
    )

    stored = read_contact(db, contact_id)
    assert stored.stage is Stage.AMBASSADOR
    assert stored.ambassador_since == date(2025, 1, 15)
    assert (stored.recommends_how, stored.gift_preferences) == ("word of mouth", "tea")
    assert history(db, contact_id)[-1] == (Stage.CLIENT, Stage.AMBASSADOR)


def test_a_client_moved_back_keeps_client_status_for_ambassador(db):
    # Client status is earned by payment, not by the column the card sits in.
    contact_id = make_client(db, "Victor")
    move_contacts(db, [contact_id], Stage.PROSPECT)

    flag_ambassador(db, contact_id)

    assert placement(db, contact_id)[0] is Stage.AMBASSADOR


def test_record_gift_upserts_one_row_per_year(db):
    contact_id = make_client(db, "Wendy")

    record_gift(db, contact_id, 2025, "chocolates")
    record_gift(db, contact_id, 2025, " wine ", date(2025, 12, 20))
    record_gift(db, contact_id, 2024, "book")

    with db.reading() as session:
        gifts = session.exec(select(Gift).order_by(col(Gift.year))).all()
    assert [(g.year, g.what, g.sent_on) for g in gifts] == [
        (2024, "book", None), (2025, "wine", date(2025, 12, 20)),
    ]
    with pytest.raises(InvalidInput) as refused:
        record_gift(db, contact_id, 25, "typo")
    assert refused.value.field == "year"
    assert count(db, Gift) == 2


def test_log_interaction_stores_it_and_sets_the_next_follow_up(db):
    contact_id = add(db, "Xavier", Stage.PROSPECT)
    paris = timezone(timedelta(hours=2))
    at = datetime(2025, 6, 3, 14, 30, tzinfo=paris)

    log_interaction(db, contact_id, InteractionKind.CALL, " discussed budget ", at=at, follow_up=date(2025, 6, 10))
    log_interaction(db, contact_id, InteractionKind.EMAIL, "sent brochure")  # no follow-up: keeps the date

    assert read_contact(db, contact_id).next_follow_up == date(2025, 6, 10)
    with db.reading() as session:
        call = session.exec(select(Interaction).where(Interaction.kind == InteractionKind.CALL)).one()
    assert call.summary == "discussed budget"
    assert call.at == at
    assert call.at.tzinfo is UTC
    assert count(db, Interaction) == 2


def test_log_interaction_refuses_a_naive_time(db):
    contact_id = add(db, "Yasmine", Stage.LEAD)

    with pytest.raises(InvalidInput) as refused:
        log_interaction(db, contact_id, InteractionKind.MEETING, at=datetime(2025, 6, 3, 14, 30),
                        follow_up=date(2025, 7, 1))

    assert refused.value.field == "at"
    assert refused.value.message
    assert count(db, Interaction) == 0
    assert read_contact(db, contact_id).next_follow_up is None


# --- referrals -----------------------------------------------------------------------------------


def test_set_referrer_records_and_clears(db):
    ambassador = make_client(db, "Zoé")
    lead = add(db, "Lead sent by Zoé")

    set_referrer(db, lead, ambassador)
    assert read_contact(db, lead).referred_by_id == ambassador

    set_referrer(db, lead, None)
    assert read_contact(db, lead).referred_by_id is None


def test_set_referrer_refuses_self_and_loops(db):
    a = add(db, "Alpha")
    b = add(db, "Bravo", referred_by_id=a)
    c = add(db, "Charlie", referred_by_id=b)

    with pytest.raises(RuleViolation) as refused:
        set_referrer(db, a, a)
    assert refused.value.field == "referred_by_id"
    assert refused.value.message

    with pytest.raises(RuleViolation) as refused:
        set_referrer(db, a, c)  # Charlie ← Bravo ← Alpha: Alpha cannot be sent by Charlie
    assert "loop" in refused.value.message
    with pytest.raises(RuleViolation):
        update_contact(db, a, referred_by_id=b)
    with pytest.raises(NotFound):
        set_referrer(db, a, 4242)

    assert read_contact(db, a).referred_by_id is None


# --- deleting and editing ------------------------------------------------------------------------


def test_delete_contact_cascades_and_clears_referrals(db, db_path):
    doomed = make_client(db, "Doomed")
    log_interaction(db, doomed, InteractionKind.CALL, "hello")
    record_gift(db, doomed, 2025, "wine")
    pay(db, doomed, PaymentStatus.QUOTED)
    referred = add(db, "Referred", referred_by_id=doomed)
    keeper = make_client(db, "Keeper")
    log_interaction(db, keeper, InteractionKind.CALL, "stays")

    delete_contact(db, doomed)

    raw = sqlite3.connect(db_path)
    try:
        for table in ("interaction", "payment", "stage_change", "gift"):
            left = raw.execute(f"SELECT count(*) FROM {table} WHERE contact_id = ?", (doomed,)).fetchone()[0]
            assert left == 0, table
        assert raw.execute("SELECT count(*) FROM contact WHERE id = ?", (doomed,)).fetchone()[0] == 0
        assert raw.execute("SELECT referred_by_id FROM contact WHERE id = ?", (referred,)).fetchone() == (None,)
        kept = raw.execute("SELECT count(*) FROM interaction WHERE contact_id = ?", (keeper,)).fetchone()[0]
        assert kept == 1
    finally:
        raw.close()
    with pytest.raises(NotFound) as refused:
        delete_contact(db, doomed)
    assert refused.value.message


def test_update_contact_writes_clean_values(db):
    contact_id = add(db, "Émile Roussel")

    update_contact(db, contact_id, display_name=" Émile Roussel-Vidal ", phone=" +33 6 11 22 33 44 ",
                   tags="a, b, A", notes="  keeps its spaces  ")

    stored = read_contact(db, contact_id)
    assert stored.display_name == "Émile Roussel-Vidal"
    assert stored.phone == "+33 6 11 22 33 44"
    assert stored.tags == "a, b"
    assert stored.notes == "  keeps its spaces  "
    assert stored.updated_at >= stored.created_at


def test_update_contact_refuses_a_bad_email_and_writes_nothing(db):
    contact_id = add(db, "Fanny", email="fanny@example.com")
    before = read_contact(db, contact_id)

    with pytest.raises(InvalidInput) as refused:
        update_contact(db, contact_id, organisation="New Org", email="fanny at example")

    assert refused.value.field == "email"
    assert "fanny at example" in refused.value.message
    after = read_contact(db, contact_id)
    assert (after.email, after.organisation, after.updated_at) == (before.email, "", before.updated_at)


def test_update_contact_refuses_editing_the_stage(db):
    contact_id = add(db, "Gilles", Stage.PROSPECT)

    with pytest.raises(InvalidInput) as refused:
        update_contact(db, contact_id, stage=Stage.CLIENT)

    assert "stage" in refused.value.message
    assert placement(db, contact_id)[0] is Stage.PROSPECT
    assert history(db, contact_id) == [(None, Stage.PROSPECT)]


def test_update_of_a_missing_contact_is_not_found(db):
    with pytest.raises(NotFound) as refused:
        update_contact(db, 777, organisation="x")
    assert refused.value.message


# --- atomicity: a failure halfway leaves nothing behind ------------------------------------------


def test_move_is_all_or_nothing(db):
    a, b = lead_column(db, "A", "B")
    before = {a: placement(db, a), b: placement(db, b)}
    fail_inserts_into(db, "stage_change")

    with pytest.raises(InternalError, match="boom"):
        move_contacts(db, [a, b], Stage.PROSPECT, row=0)

    assert {cid: placement(db, cid) for cid in before} == before
    assert count(db, StageChange) == 2


def test_create_contact_is_all_or_nothing(db):
    fail_inserts_into(db, "stage_change")

    with pytest.raises(InternalError, match="boom"):
        add(db, "Half-made")

    assert count(db, Contact) == 0


def test_record_payment_with_move_is_all_or_nothing(db):
    contact_id = add(db, "Hélène", Stage.PROSPECT)
    before = placement(db, contact_id)
    fail_inserts_into(db, "stage_change")

    with pytest.raises(InternalError, match="boom"):
        pay(db, contact_id, move_to_client=True)

    assert count(db, Payment) == 0
    assert placement(db, contact_id) == before


def test_a_failed_transaction_leaves_the_database_usable(db):
    contact_id = add(db, "Igor", Stage.PROSPECT)
    fail_inserts_into(db, "stage_change")
    with pytest.raises(InternalError):
        move_contacts(db, [contact_id], Stage.LEAD)
    with db.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER boom_stage_change")

    move_contacts(db, [contact_id], Stage.LEAD)

    assert history(db, contact_id) == [(None, Stage.PROSPECT), (Stage.PROSPECT, Stage.LEAD)]


def test_a_payments_method_and_reference_are_kept(db):
    from carnet.domain.enums import PaymentMethod
    from carnet.services.corrections import edit_payment

    contact_id = add(db, "Chèque Client", Stage.PROSPECT)
    draft = PaymentDraft(amount_cents=45_000, status=PaymentStatus.PAID, method=PaymentMethod.CHEQUE,
                         reference=" 1234567 ")
    payment_id = record_payment(db, contact_id, draft).payment.id
    with db.reading() as session:
        payment = session.get(Payment, payment_id)
        assert (payment.method, payment.reference) == (PaymentMethod.CHEQUE, "1234567")
    edit_payment(db, payment_id, PaymentDraft(45_000, PaymentStatus.PAID, method=PaymentMethod.BANK_TRANSFER,
                                              reference="VIR-2026-118"))
    with db.reading() as session:
        payment = session.get(Payment, payment_id)
        assert (payment.method, payment.reference) == (PaymentMethod.BANK_TRANSFER, "VIR-2026-118")


def test_the_home_currency_is_kept_in_the_book(db):
    from carnet.services.book import home_currency, set_home_currency

    assert home_currency(db) is None
    assert set_home_currency(db, " chf ") == "CHF"
    assert home_currency(db) == "CHF"
    with pytest.raises(InvalidInput):
        set_home_currency(db, "euro")
    assert home_currency(db) == "CHF"
