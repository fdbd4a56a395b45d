"""Duplicate keys and searches; merging and unmerging on a real database, read back through plain sqlite3."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from carnet.domain.duplicates import DuplicateMatch, email_key, name_key, phone_key
from carnet.domain.enums import ArchiveReason, InteractionKind, PaymentStatus, Stage
from carnet.domain.errors import InvalidInput, NotFound, RuleViolation
from carnet.services import (
    ContactDraft,
    PaymentDraft,
    archive_contacts,
    create_contact,
    log_interaction,
    record_gift,
    record_payment,
    set_referrer,
)
from carnet.services.duplicates import find_duplicates, likely_duplicate_pairs, merge_contacts, undo_merge
from carnet.storage import Database

TABLES = ("contact", "stage_change", "interaction", "payment", "gift")
CHILD_TABLES = TABLES[1:]

# --- helpers -------------------------------------------------------------------------------------


def add(db: Database, name: str, stage: Stage = Stage.LEAD, **fields: object) -> int:
    return create_contact(db, ContactDraft(display_name=name, stage=stage, **fields)).id


def pay(db: Database, contact_id: int, status: PaymentStatus = PaymentStatus.PAID, cents: int = 50_000) -> None:
    record_payment(db, contact_id, PaymentDraft(amount_cents=cents, status=status))


def dump(db_path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, sorted: two equal dumps are two equal databases."""
    with sqlite3.connect(db_path) as conn:
        return {table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall()) for table in TABLES}


def owned(db_path: Path, table: str, contact_id: int) -> int:
    with sqlite3.connect(db_path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table} WHERE contact_id = ?", (contact_id,)).fetchone()[0]


def contact_field(db_path: Path, contact_id: int, column: str) -> object:
    with sqlite3.connect(db_path) as conn:
        row = conn.execute(f"SELECT {column} FROM contact WHERE id = ?", (contact_id,)).fetchone()
    return None if row is None else row[0]


def ids(matches: list[DuplicateMatch]) -> list[int]:
    return [match.contact_id for match in matches]


@pytest.fixture
def pair(db: Database) -> tuple[int, int, int, int]:
    """Marie entered twice, each copy with its own history; two contacts referred by the second copy.

    Returns (keep, merge, referred_by_keep, referred_by_merge).
    """
    keep = add(db, "Marie Martin", Stage.PROSPECT, organisation="Acme", email="marie@acme.fr")
    merge = add(db, "marie martin", Stage.LEAD, organisation="ACME", phone="06 12 34 56 78")
    when = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
    log_interaction(db, keep, InteractionKind.CALL, "first call", at=when)
    log_interaction(db, merge, InteractionKind.EMAIL, "sent brochure", at=when)
    log_interaction(db, merge, InteractionKind.MEETING, "coffee", at=when, follow_up=date(2025, 4, 1))
    pay(db, keep, PaymentStatus.QUOTED)
    pay(db, merge)
    record_gift(db, keep, 2024, "wine")
    record_gift(db, merge, 2024, "chocolate")
    record_gift(db, merge, 2023, "book")
    by_keep = add(db, "Paul")
    by_merge = add(db, "Léa")
    set_referrer(db, by_keep, keep)
    set_referrer(db, by_merge, merge)
    return keep, merge, by_keep, by_merge


# --- keys ----------------------------------------------------------------------------------------


def test_email_key_ignores_case_and_spaces() -> None:
    assert email_key("  Marie.Martin@Example.COM ") == "marie.martin@example.com"
    assert email_key("") == email_key(None) == email_key("   ") == ""


FRENCH = ["06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78", "0033 6 12 34 56 78",
          "+33 (0)6 12 34 56 78", "+33612345678", "(06) 12-34-56-78"]


@pytest.mark.parametrize("typed", FRENCH)
def test_phone_key_reads_french_formats_alike(typed: str) -> None:
    assert phone_key(typed) == "0612345678"


def test_phone_key_keeps_other_countries_and_ignores_short_numbers() -> None:
    assert phone_key("+44 20 7946 0958") == "442079460958"
    assert phone_key("0044 20 7946 0958") == "00442079460958"  # not French: the digits as typed
    assert phone_key("12 34") == phone_key("12345") == phone_key("") == phone_key(None) == ""
    assert phone_key("123456") == "123456"


def test_name_key_folds_accents_case_and_spaces_and_needs_both_parts() -> None:
    assert name_key("Hélène  Dupré", "Café Crème") == name_key(" helene dupre", "CAFE   creme ")
    assert name_key("Hélène Dupré", "Café Crème") != name_key("Hélène Dupré", "Café Noir")
    # The separator cannot be forged by moving a word from the name to the organisation.
    assert name_key("Anne Marie", "Dupont") != name_key("Anne", "Marie Dupont")
    assert name_key("Marie Martin", "") == name_key("Marie Martin", "   ") == ""
    assert name_key("", "Acme") == ""


# --- finding -------------------------------------------------------------------------------------


def test_find_duplicates_by_each_reason(db: Database) -> None:
    by_email = add(db, "A", email="Marie@Acme.fr")
    by_phone = add(db, "B", phone="+33 6 12 34 56 78")
    by_name = add(db, "Marie Martin", organisation="Acmé")
    add(db, "Marie Martin")  # same name, no organisation: not enough
    add(db, "C", phone="1234", email="other@acme.fr")

    assert find_duplicates(db, email=" marie@acme.FR") == [DuplicateMatch(by_email, "A", "", ("email",))]
    assert ids(find_duplicates(db, phone="06.12.34.56.78")) == [by_phone]
    assert find_duplicates(db, display_name="marie  martin", organisation="ACME") == [
        DuplicateMatch(by_name, "Marie Martin", "Acmé", ("name",))
    ]
    assert find_duplicates(db, phone="1234") == []
    assert find_duplicates(db, display_name="Marie Martin") == []
    assert find_duplicates(db) == []


def test_find_duplicates_strongest_first_with_archived_and_exclude(db: Database) -> None:
    email_only = add(db, "Someone", email="marie@acme.fr")
    everything = add(db, "Marie Martin", organisation="Acme", email="marie@acme.fr", phone="0612345678")
    archive_contacts(db, [everything], ArchiveReason.NO_ANSWER)
    query = {"email": "marie@acme.fr", "phone": "+33612345678", "display_name": "Marie Martin",
             "organisation": "Acme"}

    found = find_duplicates(db, **query)
    assert ids(found) == [everything, email_only]
    assert found[0].reasons == ("email", "phone", "name")
    assert ids(find_duplicates(db, **query, exclude_id=everything)) == [email_only]
    for number in range(12):
        add(db, f"Clone {number}", email="marie@acme.fr")
    assert len(find_duplicates(db, email="marie@acme.fr")) == 10  # at most ten


def test_likely_duplicate_pairs_lists_each_pair_once_strongest_first(db: Database) -> None:
    first = add(db, "Marie Martin", organisation="Acme", email="marie@acme.fr")
    second = add(db, "MARIE MARTIN", organisation="acme", email="Marie@acme.fr ")
    third = add(db, "Marie M.", email="marie@acme.fr")
    add(db, "Alone", email="alone@acme.fr", phone="06 00 00 00 01")

    pairs = likely_duplicate_pairs(db)
    assert [(a.contact_id, b.contact_id, a.reasons) for a, b in pairs] == [
        (first, second, ("email", "name")),
        (first, third, ("email",)),
        (second, third, ("email",)),
    ]
    assert pairs[0][1] == DuplicateMatch(second, "MARIE MARTIN", "acme", ("email", "name"))
    assert len(likely_duplicate_pairs(db, limit=1)) == 1


# --- merging -------------------------------------------------------------------------------------


def test_merge_keeps_every_row_of_both(db: Database, db_path: Path, pair: tuple[int, int, int, int]) -> None:
    keep, merge, by_keep, by_merge = pair
    before = {table: len(rows) for table, rows in dump(db_path).items()}
    kept_before = {table: owned(db_path, table, keep) for table in CHILD_TABLES}
    merged_before = {table: owned(db_path, table, merge) for table in CHILD_TABLES}

    result = merge_contacts(db, keep, merge)

    after = {table: len(rows) for table, rows in dump(db_path).items()}
    assert after["contact"] == before["contact"] - 1
    assert contact_field(db_path, merge, "id") is None
    for table in ("stage_change", "interaction", "payment"):
        assert after[table] == before[table]
        assert owned(db_path, table, keep) == kept_before[table] + merged_before[table]
        assert owned(db_path, table, merge) == 0
    assert after["gift"] == before["gift"] - 1  # the 2024 clash
    assert contact_field(db_path, by_keep, "referred_by_id") == keep
    assert contact_field(db_path, by_merge, "referred_by_id") == keep
    assert result.repointed_referrals == (by_merge,)
    moved = {table: len(row_ids) for table, row_ids in result.moved.items()}
    assert moved == {"interaction": 2, "payment": 1, "stage_change": 1, "gift": 1, "contact_detail": 0, "document": 0,
                     "contact_billing": 0, "contact_sequence": 0}


def test_merge_keeps_the_kept_gift_for_a_year_both_have(db: Database, db_path: Path,
                                                         pair: tuple[int, int, int, int]) -> None:
    keep, merge, *_ = pair
    result = merge_contacts(db, keep, merge)

    with sqlite3.connect(db_path) as conn:
        gifts = conn.execute("SELECT contact_id, year, what FROM gift ORDER BY year").fetchall()
    assert gifts == [(keep, 2023, "book"), (keep, 2024, "wine")]
    assert [(row["year"], row["what"]) for row in result.deleted_gifts] == [(2024, "chocolate")]


def test_merge_keeps_the_stage_and_gains_the_paid_payment(db: Database, db_path: Path) -> None:
    keep = add(db, "Marie", Stage.PROSPECT)
    merge = add(db, "Marie bis", Stage.PROSPECT)
    pay(db, merge)
    merge_contacts(db, keep, merge)

    assert contact_field(db_path, keep, "stage") == "prospect"
    with sqlite3.connect(db_path) as conn:
        statuses = conn.execute("SELECT status FROM payment WHERE contact_id = ?", (keep,)).fetchall()
    assert statuses == [("paid",)]


def test_merge_applies_the_chosen_values(db: Database, db_path: Path, pair: tuple[int, int, int, int]) -> None:
    keep, merge, *_ = pair
    merge_contacts(db, keep, merge, {"phone": " 06 12 34 56 78 ", "email": "marie.martin@acme.fr",
                                     "notes": "met twice"})

    assert contact_field(db_path, keep, "phone") == "06 12 34 56 78"
    assert contact_field(db_path, keep, "email") == "marie.martin@acme.fr"
    assert contact_field(db_path, keep, "notes") == "met twice"
    assert contact_field(db_path, keep, "display_name") == "Marie Martin"


@pytest.mark.parametrize(
    ("chosen", "error"),
    [({"email": "marie at acme"}, InvalidInput), ({"display_name": "  "}, InvalidInput),
     ({"stage": Stage.CLIENT}, InvalidInput), ({"referred_by_id": 9999}, NotFound)],
)
def test_merge_refuses_bad_chosen_values_and_writes_nothing(
    db: Database, db_path: Path, pair: tuple[int, int, int, int], chosen: dict[str, object], error: type
) -> None:
    keep, merge, *_ = pair
    before = dump(db_path)
    with pytest.raises(error):
        merge_contacts(db, keep, merge, chosen)
    assert dump(db_path) == before


def test_merge_refuses_itself_missing_contacts_and_self_referral(db: Database, db_path: Path,
                                                                  pair: tuple[int, int, int, int]) -> None:
    keep, merge, *_ = pair
    before = dump(db_path)
    with pytest.raises(RuleViolation, match="itself"):
        merge_contacts(db, keep, keep)
    with pytest.raises(NotFound):
        merge_contacts(db, keep, 9999)
    with pytest.raises(NotFound):
        merge_contacts(db, 9999, merge)
    with pytest.raises(RuleViolation, match="themselves"):  # the copy, chosen as the kept one's referrer
        merge_contacts(db, keep, merge, {"referred_by_id": merge})
    assert dump(db_path) == before


def test_merge_refuses_a_referral_loop(db: Database, db_path: Path) -> None:
    keep = add(db, "Marie")
    merge = add(db, "Marie bis")
    middle = add(db, "Paul")
    set_referrer(db, middle, merge)  # the copy referred Paul…
    set_referrer(db, keep, middle)  # …who referred Marie: merged, Marie would have referred herself
    before = dump(db_path)
    with pytest.raises(RuleViolation, match="loop"):
        merge_contacts(db, keep, merge)
    assert dump(db_path) == before


# --- undoing -------------------------------------------------------------------------------------


def test_undo_merge_restores_every_table_exactly(db: Database, db_path: Path,
                                                 pair: tuple[int, int, int, int]) -> None:
    keep, merge, *_ = pair
    set_referrer(db, keep, merge)  # cleared by the merge, so undo must bring it back too
    before = dump(db_path)
    result = merge_contacts(db, keep, merge, {"email": "new@acme.fr", "tags": "vip"})
    assert dump(db_path) != before
    assert contact_field(db_path, keep, "referred_by_id") is None  # it would have named itself

    undo_merge(db, result)
    assert dump(db_path) == before


def test_undo_merge_refused_when_the_id_was_taken_again(db: Database, db_path: Path) -> None:
    keep = add(db, "Marie")
    merge = add(db, "Marie bis")
    result = merge_contacts(db, keep, merge)
    assert add(db, "Newcomer") == merge  # SQLite reuses the highest id once it is free
    before = dump(db_path)
    with pytest.raises(RuleViolation, match="Marie bis"):
        undo_merge(db, result)
    assert dump(db_path) == before
