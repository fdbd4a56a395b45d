"""A contact's further labelled emails, phones and addresses (issue 14), without Qt: written by create and
edit, kept whole by merges and import merges, found by the duplicate check on every email and phone,
exported to CSV and vCard, and brought back by undoing an erasure."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import vobject

from carnet.domain.enums import DetailKind, Stage
from carnet.domain.errors import InvalidInput
from carnet.domain.import_plan import ImportPlan
from carnet.io.csv_export import write_contacts_csv
from carnet.io.vcard_export import write_contacts_vcard
from carnet.services import ContactDraft, create_contact, update_contact
from carnet.services.corrections import erase_contacts
from carnet.services.details import contact_more
from carnet.services.drafts import ContactDetail
from carnet.services.duplicates import find_duplicates, likely_duplicate_pairs, merge_contacts, undo_merge
from carnet.services.importing import DuplicateChoice, find_plan_duplicates, import_plan
from carnet.services.snapshots import restore
from carnet.storage import Database

WORK = ContactDetail(DetailKind.EMAIL, "zoe@atelier-martin.fr", "Work")
MOBILE = ContactDetail(DetailKind.PHONE, "+33 6 98 76 54 32", "Mobile")
HOLIDAY = ContactDetail(DetailKind.ADDRESS, "Les Oliviers\n84000 Avignon", "Maison de vacances")


def zoe(db: Database, *more: ContactDetail) -> int:
    draft = ContactDraft(display_name="Zoé Martin", email="zoe.martin@gmail.com", phone="04 72 00 00 00",
                         stage=Stage.LEAD, more=more)
    return create_contact(db, draft).id


def test_further_values_are_written_in_order_and_replaced_by_an_edit(db: Database) -> None:
    contact_id = zoe(db, WORK, MOBILE, HOLIDAY)
    assert contact_more(db, contact_id) == (WORK, MOBILE, HOLIDAY)
    update_contact(db, contact_id, more=(HOLIDAY, WORK))
    assert contact_more(db, contact_id) == (HOLIDAY, WORK)


def test_further_values_are_checked_like_the_primary_ones(db: Database) -> None:
    with pytest.raises(InvalidInput):
        zoe(db, ContactDetail(DetailKind.EMAIL, "not an email"))
    # Empty ones and repeats are dropped, the first label kept.
    contact_id = zoe(db, WORK, ContactDetail(DetailKind.EMAIL, " ZOE@atelier-martin.fr ", "Other"),
                     ContactDetail(DetailKind.PHONE, "  "))
    assert contact_more(db, contact_id) == (WORK,)


@pytest.mark.parametrize("typed", [
    {"email": "zoe@atelier-martin.fr"},  # their further email, typed as a primary one
    {"phone": "06 98 76 54 32"},  # their further phone, written the national way
    {"more": (ContactDetail(DetailKind.EMAIL, "zoe.martin@gmail.com"),)},  # typed as a further one
])
def test_the_duplicate_check_compares_every_email_and_phone(db: Database, typed: dict) -> None:
    contact_id = zoe(db, WORK, MOBILE)
    draft = ContactDraft(display_name="Z. Martin", **typed)
    found = find_duplicates(db, email=draft.email, phone=draft.phone, display_name=draft.display_name,
                            more=draft.more)
    assert [match.contact_id for match in found] == [contact_id]
    plan = ImportPlan(good=[(2, draft)], bad=[], paid={})
    assert find_plan_duplicates(db, plan)[2].contact_id == contact_id
    other = create_contact(db, ContactDraft(display_name="Another Zoé", stage=Stage.LEAD, **typed)).id
    assert any({first.contact_id, second.contact_id} == {contact_id, other}
               for first, second in likely_duplicate_pairs(db))


def test_a_merge_keeps_both_sides_values_and_its_undo_takes_them_back(db: Database) -> None:
    keep = zoe(db, WORK)
    other = create_contact(db, ContactDraft(display_name="Zoé M.", email="zoe@martin.example",
                                            phone="+33 6 11 22 33 44", stage=Stage.LEAD, more=(MOBILE,))).id
    result = merge_contacts(db, keep, other)
    values = {(detail.kind, detail.value) for detail in contact_more(db, keep)}
    assert values == {(DetailKind.EMAIL, WORK.value), (DetailKind.PHONE, MOBILE.value),
                      (DetailKind.EMAIL, "zoe@martin.example"), (DetailKind.PHONE, "+33 6 11 22 33 44")}
    undo_merge(db, result)
    assert contact_more(db, keep) == (WORK,)
    assert contact_more(db, other) == (MOBILE,)


def test_an_import_merge_drops_nothing(db: Database) -> None:
    contact_id = zoe(db)
    incoming = ContactDraft(display_name="Zoé Martin", email="zoe.martin@gmail.com", phone="06 98 76 54 32",
                            more=(WORK,))
    plan = ImportPlan(good=[(2, incoming)], bad=[], paid={})
    import_plan(db, plan, skip_bad=True, duplicates={2: (DuplicateChoice.MERGE, contact_id)})
    values = {(detail.kind, detail.value) for detail in contact_more(db, contact_id)}
    assert values == {(DetailKind.PHONE, "06 98 76 54 32"), (DetailKind.EMAIL, WORK.value)}


def test_csv_and_vcard_exports_carry_every_value(db: Database, tmp_path: Path) -> None:
    zoe(db, WORK, MOBILE, HOLIDAY, ContactDetail(DetailKind.EMAIL, "zm@example.org"))
    csv_path = tmp_path / "contacts.csv"
    write_contacts_csv(db, csv_path)
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["email"] == "zoe.martin@gmail.com"
    assert row["other_emails"] == "Work: zoe@atelier-martin.fr ::: zm@example.org"
    assert row["other_phones"] == "Mobile: +33 6 98 76 54 32"
    assert row["other_addresses"] == "Maison de vacances: Les Oliviers\n84000 Avignon"

    vcf_path = tmp_path / "contacts.vcf"
    write_contacts_vcard(db, vcf_path)
    card = vobject.readOne(vcf_path.read_text(encoding="utf-8"))
    emails = [line.value for line in card.contents["email"]]
    assert emails == ["zoe.martin@gmail.com", "zoe@atelier-martin.fr", "zm@example.org"]
    work = next(line for line in card.contents["email"] if line.value == "zoe@atelier-martin.fr")
    assert work.params.get("TYPE") == ["work"]
    phones = {line.value: line.params.get("TYPE") for line in card.contents["tel"]}
    assert phones["+33 6 98 76 54 32"] == ["cell"]
    holiday = next(line for line in card.contents["adr"] if "Avignon" in line.value.street)
    labels = {line.group: line.value for line in card.contents.get("x-ablabel", [])}
    assert labels[holiday.group] == "Maison de vacances"


def test_undoing_an_erasure_brings_the_further_values_back(db: Database) -> None:
    contact_id = zoe(db, WORK, MOBILE)
    snapshot = erase_contacts(db, [contact_id])
    assert contact_more(db, contact_id) == ()
    restore(db, snapshot)
    assert contact_more(db, contact_id) == (WORK, MOBILE)


def test_the_persons_export_reads_the_further_values(db: Database) -> None:
    from carnet.services.person_read import person_record

    contact_id = zoe(db, WORK, HOLIDAY)
    assert person_record(db, contact_id).more == (WORK, HOLIDAY)


def test_the_boards_filter_searches_the_phone_and_every_further_value(db: Database) -> None:
    from carnet.services.board_read import cards_by_id
    from carnet.ui.board.card_filter import haystack

    contact_id = zoe(db, WORK, HOLIDAY)
    (card,) = cards_by_id(db, [contact_id])
    text = haystack(card)
    assert all(part.casefold() in text for part in ("04 72 00 00 00", WORK.value, "84000 Avignon"))
