"""CSV and vCard export: every contact, values intact, formulas neutralised, no file ever replaced."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
import vobject

from carnet import services
from carnet.domain.enums import ArchiveReason, ContactKind, PaymentStatus, Stage
from carnet.io import csv_export
from carnet.io.csv_export import EXPORT_COLUMNS, FORMULA_STARTS, neutralise, write_contacts_csv
from carnet.io.vcard_export import split_name, write_contacts_vcard
from carnet.services import ContactDraft, PaymentDraft

FORMULA = '=HYPERLINK("http://evil.example";"Click")'
ADDRESS = "12, rue de l'Église\nBâtiment B; 2e étage\n75011 Paris"


@pytest.fixture
def contacts(db) -> dict[str, int]:
    zoe = services.create_contact(db, ContactDraft(
        "Zoé Lefèvre", organisation="Atelier Œuvre", role="Gérante", email="zoe@oeuvre.fr",
        phone="+33 6 12 34 56 78", address=ADDRESS, tags="vip, Île-de-France", stage=Stage.PROSPECT,
        next_follow_up=date(2025, 3, 31),
    ))
    org = services.create_contact(db, ContactDraft(
        "Société Générale des Crêpes", kind=ContactKind.ORGANISATION, website="https://crepes.example",
        referred_by_id=zoe.id,
    ))
    trap = services.create_contact(db, ContactDraft("Mallory Trap", notes=FORMULA, email="m@example.com"))
    client = services.create_contact(db, ContactDraft("Jean Dupont", email="jean@example.com"))
    gone = services.create_contact(db, ContactDraft("Ancien Client"))
    services.record_payment(db, client.id, PaymentDraft(125050, PaymentStatus.PAID, "EUR"))
    services.record_payment(db, client.id, PaymentDraft(30000, PaymentStatus.PAID, "USD"))
    services.record_payment(db, zoe.id, PaymentDraft(99900, PaymentStatus.QUOTED, "EUR"))  # not paid
    services.archive_contacts(db, [gone.id], ArchiveReason.NO_BUDGET)
    return {"zoe": zoe.id, "org": org.id, "trap": trap.id, "client": client.id, "gone": gone.id}


def _unneutralise(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) else cell


def _read_csv(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == EXPORT_COLUMNS
    return {row[0]: dict(zip(EXPORT_COLUMNS, row, strict=True)) for row in rows[1:]}


def test_neutralise_only_formula_starts() -> None:
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert neutralise(start + "1") == "'" + start + "1"
    for safe in ("", "Zoé", "1250.50 EUR", "'quoted"):
        assert neutralise(safe) == safe


def test_csv_has_every_contact_with_its_values(db, contacts, tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    assert write_contacts_csv(db, path) == 5
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    rows = _read_csv(path)
    assert len(rows) == 5

    zoe = {k: _unneutralise(v) for k, v in rows[str(contacts["zoe"])].items()}
    assert zoe["display_name"] == "Zoé Lefèvre"
    assert zoe["organisation"] == "Atelier Œuvre"
    assert zoe["role"] == "Gérante"
    assert zoe["address"] == ADDRESS
    assert zoe["phone"] == "+33 6 12 34 56 78"
    assert rows[str(contacts["zoe"])]["phone"] == "'+33 6 12 34 56 78"  # the documented trade-off
    assert zoe["tags"] == "vip, Île-de-France"
    assert zoe["stage"] == "prospect"
    assert zoe["kind"] == "person"
    assert zoe["budget"] == "unknown"
    assert zoe["next_follow_up"] == "2025-03-31"
    assert zoe["paid_total"] == ""  # a quote is not a payment
    assert zoe["created_at"].endswith("+00:00")

    org = rows[str(contacts["org"])]
    assert org["kind"] == "organisation"
    assert org["referred_by"] == "Zoé Lefèvre"
    assert org["website"] == "https://crepes.example"
    assert org["next_follow_up"] == ""


def test_csv_neutralises_formulas(db, contacts, tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    write_contacts_csv(db, path)
    trap = _read_csv(path)[str(contacts["trap"])]
    assert trap["notes"] == "'" + FORMULA
    assert _unneutralise(trap["notes"]) == FORMULA


def test_csv_paid_totals_and_archive(db, contacts, tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    write_contacts_csv(db, path)
    rows = _read_csv(path)
    assert rows[str(contacts["client"])]["paid_total"] == "1250.50 EUR + 300.00 USD"
    gone = rows[str(contacts["gone"])]
    assert (gone["archived"], gone["archive_reason"]) == ("yes", "no_budget")
    assert rows[str(contacts["zoe"])]["archived"] == "no"
    assert rows[str(contacts["zoe"])]["archive_reason"] == ""


def test_csv_of_an_empty_database_is_a_header(db, tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    assert write_contacts_csv(db, path) == 0
    assert path.read_bytes() == b"\xef\xbb\xbf" + ",".join(EXPORT_COLUMNS).encode() + b"\r\n"


@pytest.mark.parametrize("write", [write_contacts_csv, write_contacts_vcard])
def test_refuses_an_existing_file_and_leaves_it(db, contacts, tmp_path: Path, write) -> None:
    path = tmp_path / "precious.txt"
    path.write_bytes(b"keep me")
    with pytest.raises(FileExistsError):
        write(db, path)
    assert path.read_bytes() == b"keep me"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".precious")) == []


@pytest.mark.parametrize("write", [write_contacts_csv, write_contacts_vcard])
def test_a_failure_leaves_no_file(db, contacts, tmp_path: Path, monkeypatch, write) -> None:
    def broken(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(csv_export.os, "fsync", broken)
    before = set(tmp_path.iterdir())
    with pytest.raises(OSError, match="No space"):
        write(db, tmp_path / "export.out")
    assert set(tmp_path.iterdir()) == before


def test_vcard_round_trip(db, contacts, tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    assert write_contacts_vcard(db, path) == 5
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    cards = list(vobject.readComponents(raw.decode("utf-8")))
    assert len(cards) == 5
    assert all(card.version.value == "4.0" for card in cards)
    by_name = {card.fn.value: card for card in cards}

    zoe = by_name["Zoé Lefèvre"]
    assert zoe.email.value == "zoe@oeuvre.fr"
    assert zoe.org.value == ["Atelier Œuvre"]
    assert zoe.title.value == "Gérante"
    assert zoe.tel.value == "+33 6 12 34 56 78"  # no quote in a vCard: nothing runs it
    assert zoe.categories.value == ["vip", "Île-de-France"]
    assert zoe.adr.value.street == ADDRESS
    assert (zoe.n.value.given, zoe.n.value.family) == ("Zoé", "Lefèvre")
    assert not hasattr(zoe, "kind")

    org = by_name["Société Générale des Crêpes"]
    assert org.kind.value == "org"
    assert (org.n.value.given, org.n.value.family) == ("", "")
    assert org.url.value == "https://crepes.example"

    assert by_name["Mallory Trap"].note.value == FORMULA
    assert "Ancien Client" in by_name  # archived contacts are exported too


def test_split_name() -> None:
    assert split_name("Zoé Le Fèvre") == ("Zoé Le", "Fèvre")
    assert split_name("  Madonna ") == ("", "Madonna")


def test_works_where_hard_links_do_not(db, contacts, tmp_path: Path, monkeypatch) -> None:
    def no_links(*args: object) -> None:
        raise PermissionError(1, "Operation not permitted")  # what FAT/exFAT answer

    monkeypatch.setattr(csv_export.os, "link", no_links)
    path = tmp_path / "usb.csv"
    assert write_contacts_csv(db, path) == 5
    assert len(_read_csv(path)) == 5
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []
