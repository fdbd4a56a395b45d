"""The demo data generator: sizes, the lifecycle rules, determinism."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from sqlmodel import select

from carnet.domain.enums import STAGE_ORDER, PaymentStatus, Source, Stage
from carnet.domain.models import Contact, Gift, Interaction, Payment, StageChange
from carnet.services.demo_data import generate_demo_data
from carnet.storage import Database

TODAY = date(2026, 3, 15)
MIDNIGHT = datetime(2026, 3, 15, tzinfo=UTC)
TABLES = ("contact", "stage_change", "interaction", "payment", "gift")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    """One database of 500 contacts shared by the read-only checks (generating it per test is wasteful)."""
    database = Database.open(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    counts = generate_demo_data(database, 500, seed=7, today=TODAY)
    yield database, counts
    database.close()


def _all(database: Database, model: type) -> list:
    with database.reading() as session:
        return list(session.exec(select(model).order_by(model.id)))


def _dump(path: Path) -> dict[str, list[tuple]]:
    database = Database.open(path)
    try:
        with database.engine.connect() as connection:
            return {t: list(connection.exec_driver_sql(f"SELECT * FROM {t} ORDER BY id")) for t in TABLES}
    finally:
        database.close()


def _generate(path: Path, seed: int, contacts: int = 200) -> dict[str, list[tuple]]:
    with Database.open(path) as database:
        generate_demo_data(database, contacts, seed=seed, today=TODAY)
    return _dump(path)


def test_counts_are_as_asked(demo):
    database, counts = demo
    assert counts["contact"] == 500
    assert 3 * 500 <= counts["interaction"] <= 7 * 500
    assert 1.2 * 500 <= counts["payment"] <= 3 * 500
    assert counts["gift"] > 0
    with database.engine.connect() as connection:
        for table in TABLES:
            assert connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one() == counts[table]


def test_stage_mix_covers_every_stage_and_some_archives(demo):
    database, _ = demo
    contacts = _all(database, Contact)
    per_stage = {stage: sum(c.stage is stage for c in contacts) for stage in Stage}
    assert all(count >= 15 for count in per_stage.values()), per_stage
    archived = [c for c in contacts if c.archived_at is not None]
    assert 3 <= len(archived) <= 50
    assert all(c.archive_reason is not None for c in archived)


def test_clients_and_only_clients_have_paid(demo):
    database, _ = demo
    with database.engine.connect() as connection:
        paid = {row[0] for row in connection.exec_driver_sql("SELECT contact_id FROM payment WHERE status = 'paid'")}
        stages = {row[0]: row[1] for row in connection.exec_driver_sql("SELECT id, stage FROM contact")}
    for contact_id, stage in stages.items():
        assert (contact_id in paid) == (stage in ("client", "ambassador")), (contact_id, stage)


def test_payments_are_consistent(demo):
    database, _ = demo
    stages = {c.id: c.stage for c in _all(database, Contact)}
    for payment in _all(database, Payment):
        assert payment.amount_cents > 0 and payment.currency in ("EUR", "USD", "CHF")
        assert payment.issued_on is not None and payment.issued_on <= TODAY
        if payment.status is PaymentStatus.PAID:
            assert payment.paid_on is not None and payment.issued_on <= payment.paid_on <= TODAY
        else:
            assert payment.paid_on is None
        if stages[payment.contact_id] in (Stage.STRANGER, Stage.VISITOR):
            pytest.fail(f"a {stages[payment.contact_id]} has a payment")


def test_stage_history_walks_to_the_current_stage(demo):
    database, _ = demo
    history: dict[int, list[StageChange]] = defaultdict(list)
    for change in _all(database, StageChange):
        history[change.contact_id].append(change)
    for contact in _all(database, Contact):
        changes = history[contact.id]
        assert changes[0].from_stage is None and changes[0].at == contact.created_at
        assert changes[-1].to_stage is contact.stage
        for before, after in pairwise(changes):
            assert after.from_stage is before.to_stage
            assert before.at < after.at
        assert changes[-1].at < MIDNIGHT
        if contact.archived_at is not None:
            assert changes[-1].at < contact.archived_at < MIDNIGHT
        assert contact.updated_at >= changes[-1].at


def test_some_histories_step_backwards(demo):
    database, _ = demo
    changes = _all(database, StageChange)
    backwards = [c for c in changes if c.from_stage is not None and c.to_stage.rank < c.from_stage.rank]
    assert backwards


def test_interactions_are_within_the_contact_life(demo):
    database, _ = demo
    created = {c.id: (c.created_at, c.archived_at or MIDNIGHT) for c in _all(database, Contact)}
    for interaction in _all(database, Interaction):
        start, end = created[interaction.contact_id]
        assert start < interaction.at < end
        assert interaction.summary


def test_follow_ups_are_some_overdue_some_upcoming(demo):
    database, _ = demo
    follow_ups = [c.next_follow_up for c in _all(database, Contact) if c.next_follow_up is not None]
    assert any(day < TODAY for day in follow_ups)
    assert any(day > TODAY for day in follow_ups)


def test_ambassadors_have_referrals_and_gifts(demo):
    database, _ = demo
    contacts = {c.id: c for c in _all(database, Contact)}
    gifts = _all(database, Gift)
    ambassadors = [c for c in contacts.values() if c.stage is Stage.AMBASSADOR]
    referred = [c for c in contacts.values() if c.referred_by_id is not None]
    assert ambassadors
    for ambassador in ambassadors:
        assert ambassador.ambassador_since is not None and ambassador.recommends_how and ambassador.gift_preferences
        assert any(c.referred_by_id == ambassador.id for c in referred), ambassador.display_name
        if ambassador.ambassador_since < date(TODAY.year - 1, 12, 1):  # a December has passed since
            assert any(g.contact_id == ambassador.id for g in gifts), ambassador.display_name
    assert any(a.ambassador_since > TODAY - timedelta(days=365) for a in ambassadors)  # the funnel shows some
    assert any(c.stage is Stage.CLIENT for c in referred)
    for contact in referred:
        assert contact.referred_by_id != contact.id
        assert contact.source is Source.REFERRAL
        assert contacts[contact.referred_by_id].created_at < contact.created_at
    assert len({(g.contact_id, g.year) for g in gifts}) == len(gifts)
    for gift in gifts:
        assert contacts[gift.contact_id].stage is Stage.AMBASSADOR
        assert gift.sent_on is not None and gift.sent_on.month == 12 and gift.sent_on < TODAY


def test_positions_are_distinct_and_increasing_per_column(demo):
    database, _ = demo
    columns: dict[Stage, list[float]] = defaultdict(list)
    for contact in _all(database, Contact):
        if contact.archived_at is None:
            columns[contact.stage].append(contact.position)
    for stage in STAGE_ORDER:
        assert columns[stage] == [float(i) for i in range(len(columns[stage]))]


def test_names_emails_and_phones_look_real(demo):
    database, _ = demo
    contacts = _all(database, Contact)
    assert any(not c.display_name.isascii() for c in contacts)
    assert all(c.email.isascii() and c.email == c.email.lower() for c in contacts)
    assert any(c.phone.startswith("+33 ") for c in contacts)
    assert any(c.phone.startswith("+") and not c.phone.startswith("+33") for c in contacts)
    assert any("\n" in c.address for c in contacts)
    assert any(c.tags for c in contacts)


def test_same_seed_gives_identical_rows(tmp_path):
    first = _generate(tmp_path / "a.sqlite3", seed=3)
    second = _generate(tmp_path / "b.sqlite3", seed=3)
    assert first == second
    assert _generate(tmp_path / "c.sqlite3", seed=4) != first


def test_refuses_a_database_with_contacts(db):
    generate_demo_data(db, 5, today=TODAY)
    with pytest.raises(ValueError, match="empty"):
        generate_demo_data(db, 5, today=TODAY)
    with db.reading() as session:
        assert len(session.exec(select(Contact)).all()) == 5


def test_small_and_default_today(db):
    assert generate_demo_data(db, 0) == dict.fromkeys(TABLES, 0)
    counts = generate_demo_data(db, 3)
    assert counts["contact"] == 3


def test_two_thousand_contacts(db):
    counts = generate_demo_data(db, 2000, seed=11, today=TODAY)
    assert counts["contact"] == 2000
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM contact").scalar_one() == 2000
