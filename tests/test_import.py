"""CSV and vCard import: encodings, separators, preambles, header mapping, bad rows, all or nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from carnet import services
from carnet.domain.enums import ContactKind, PaymentStatus
from carnet.domain.errors import DomainError
from carnet.io.csv_export import write_contacts_csv
from carnet.io.csv_import import guess_mapping, read_csv, validate
from carnet.io.vcard_import import read_vcards
from carnet.services import ContactDraft, PaymentDraft
from carnet.services.importing import find_plan_duplicates, import_plan

NO_NAME_REASON = "The row has neither a name nor an organisation."

_ROWS = "SELECT display_name, email, phone, organisation, role, tags, notes, address FROM contact ORDER BY display_name"


def _contacts(db) -> list[tuple]:
    return db.reader().execute(_ROWS).fetchall()


def _plan(path: Path):
    csv_file = read_csv(path)
    return csv_file, validate(csv_file, guess_mapping(csv_file.headers))


def test_google_contacts_utf8_with_bom(db, tmp_path: Path) -> None:
    path = tmp_path / "google.csv"
    text = (
        "First Name,Middle Name,Last Name,Organization Name,Organization Title,E-mail 1 - Label,"
        "E-mail 1 - Value,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Labels,Notes\r\n"
        "Zoé,,Lefèvre,Atelier Œuvre,Gérante,* Work,zoe@oeuvre.fr,zoe@perso.fr,Mobile,+33 6 12 34 56 78,"
        "vip,\"Met at the fair\r\nsecond line\"\r\n"
        "Bob,,,,,,,bob@example.com,,,,\r\n"
    )
    path.write_bytes(text.encode("utf-8-sig"))
    csv_file, plan = _plan(path)
    assert (csv_file.encoding, csv_file.delimiter, csv_file.header_line) == ("utf-8-sig", ",", 1)
    assert plan.bad == []
    assert [line for line, _ in plan.good] == [2, 4]
    zoe = plan.good[0][1]
    assert (zoe.display_name, zoe.organisation, zoe.role) == ("Zoé Lefèvre", "Atelier Œuvre", "Gérante")
    assert (zoe.email, zoe.phone, zoe.tags) == ("zoe@oeuvre.fr", "+33 6 12 34 56 78", "vip")
    assert plan.good[1][1].email == "bob@example.com"  # the first non-empty email column
    assert import_plan(db, plan, skip_bad=False).imported == 2
    assert [row[0] for row in _contacts(db)] == ["Bob", "Zoé Lefèvre"]


def test_outlook_csv(tmp_path: Path) -> None:
    path = tmp_path / "outlook.csv"
    path.write_text(
        "Title,First Name,Middle Name,Last Name,Company,Job Title,Business Street,Business Phone,"
        "Mobile Phone,E-mail Address,E-mail Display Name,Web Page,Categories,Notes\n"
        "Mr.,John,,Smith,Contoso,Buyer,1 Main St,,555-0100,john@contoso.com,John Smith (john@contoso.com),"
        "https://contoso.com,Clients;VIP,Likes golf\n",
        encoding="utf-8",
    )
    csv_file, plan = _plan(path)
    mapping = guess_mapping(csv_file.headers)
    assert 0 not in mapping and 10 not in mapping  # "Title" is Mr./Mrs., "E-mail Display Name" no name
    assert plan.bad == []
    draft = plan.good[0][1]
    assert (draft.display_name, draft.organisation, draft.role) == ("John Smith", "Contoso", "Buyer")
    assert (draft.phone, draft.email, draft.website) == ("555-0100", "john@contoso.com", "https://contoso.com")
    assert (draft.address, draft.notes) == ("1 Main St", "Likes golf")


def test_french_spreadsheet_cp1252_semicolons_preamble(db, tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    text = (
        "Liste des clients;;;;\r\n"
        "Exportée le 12/03/2025;;;;\r\n"
        "Nom;Prénom;Société;Téléphone;Email;Prochaine relance\r\n"
        "Lefèvre;Zoé;Crêperie Œuf;06 12 34 56 78;zoe@crepes.fr;31/03/2025\r\n"
        "Dupont;Jean;;01.23.45.67.89;;2025-04-01\r\n"
    )
    path.write_bytes(text.encode("cp1252"))
    csv_file, plan = _plan(path)
    assert (csv_file.encoding, csv_file.delimiter, csv_file.header_line) == ("cp1252", ";", 3)
    assert plan.bad == []
    assert [line for line, _ in plan.good] == [4, 5]
    zoe, jean = (draft for _, draft in plan.good)
    assert (zoe.display_name, zoe.organisation, zoe.phone) == ("Zoé Lefèvre", "Crêperie Œuf", "06 12 34 56 78")
    assert zoe.next_follow_up == date(2025, 3, 31) and jean.next_follow_up == date(2025, 4, 1)
    assert import_plan(db, plan, skip_bad=False).imported == 2


def test_nom_alone_is_the_whole_name() -> None:
    assert guess_mapping(["Nom", "Société", "Téléphone"]) == {0: "display_name", 1: "organisation", 2: "phone"}


def test_no_header_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "numbers.csv"
    path.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(DomainError):
        read_csv(path)


BAD_FILE = (
    "Contacts exported by hand\n"  # 1: preamble
    "Name,Email,Phone,Next follow-up,Amount\n"  # 2: header
    "Alice,alice@example.com,,2025-01-02,12.50\n"  # 3: good
    '"Bob",bob@example.com,,,,"a note\n'  # 4: the quoted field spans lines 4-5 (too many columns)
    'on two lines"\n'
    ",nobody@example.com,,,\n"  # 6: no name
    "Carol,carol-at-example.com,,,\n"  # 7: malformed email
    "\n"  # 8: blank, ignored
    "Dave,,,31/02/2025,\n"  # 9: no such date
    "Eve,,,,douze euros\n"  # 10: not an amount
    "Frank,,,,,extra\n"  # 11: too many columns
    "Grace,grace@example.com,+44 20 7946 0958,,\n"  # 12: good
)


def test_bad_rows_have_their_physical_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(BAD_FILE, encoding="utf-8")
    _, plan = _plan(path)
    assert [line for line, _ in plan.good] == [3, 12]
    problems = {problem.line: problem.reason for problem in plan.bad}
    assert sorted(problems) == [4, 6, 7, 9, 10, 11]
    assert "columns" in problems[4] and "columns" in problems[11]
    assert problems[6] == NO_NAME_REASON
    assert "carol-at-example.com" in problems[7] and "not an email" in problems[7]
    assert "31/02/2025" in problems[9] and "not a date" in problems[9]
    assert "douze euros" in problems[10]


def test_all_or_nothing(db, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(BAD_FILE, encoding="utf-8")
    _, plan = _plan(path)
    with pytest.raises(DomainError):
        import_plan(db, plan, skip_bad=False)
    assert _contacts(db) == []
    assert import_plan(db, plan, skip_bad=True).imported == 2
    assert [row[0] for row in _contacts(db)] == ["Alice", "Grace"]


def test_duplicates_are_counted(db, tmp_path: Path) -> None:
    services.create_contact(db, ContactDraft("Alice Existing", email="ALICE@example.com"))
    path = tmp_path / "bad.csv"
    path.write_text(BAD_FILE, encoding="utf-8")
    _, plan = _plan(path)
    assert list(find_plan_duplicates(db, plan)) == [3]


def test_round_trip_through_carnet_export(db, db_path: Path, tmp_path: Path) -> None:
    from carnet.storage import Database

    services.create_contact(db, ContactDraft(
        "Zoé Lefèvre", organisation="Atelier Œuvre", role="Gérante", email="zoe@oeuvre.fr",
        phone="+33 6 12 34 56 78", address="12, rue de l'Église\n75011 Paris", tags="vip, Île-de-France",
        notes="-5% promised", next_follow_up=date(2025, 3, 31),
    ))
    services.create_contact(db, ContactDraft("Crêpes SA", kind=ContactKind.ORGANISATION, notes="=1+1"))
    client = services.create_contact(db, ContactDraft("Jean Dupont", email="jean@example.com", phone="0612345678"))
    services.record_payment(db, client.id, PaymentDraft(125050, PaymentStatus.PAID, "EUR"))
    services.record_payment(db, client.id, PaymentDraft(30000, PaymentStatus.PAID, "USD"))
    exported = tmp_path / "export.csv"
    assert write_contacts_csv(db, exported) == 3

    _, plan = _plan(exported)
    assert plan.bad == []
    with Database.open(tmp_path / "empty.sqlite3") as empty:
        assert import_plan(empty, plan, skip_bad=False).imported == 3
        assert _contacts(empty) == _contacts(db)
        kinds = empty.reader().execute("SELECT kind FROM contact WHERE display_name = 'Crêpes SA'").fetchone()
        assert kinds == ("organisation",)


VCARDS = (
    "BEGIN:VCARD\r\n"  # 1
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:first line=0D=0Asecond =\r\n"
    "line\r\n"
    "TEL;CELL:+49 170 1234567\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"  # 9
    "VERSION:3.0\r\n"
    "FN:Ada Lovelace\r\n"
    "N:Lovelace;Ada;;;\r\n"
    "ORG:Analytical Engines;Research\r\n"
    "TITLE:Countess\r\n"
    "item1.EMAIL;type=INTERNET:ada@engines.example\r\n"
    "item1.X-ABLabel:Work\r\n"
    "EMAIL:second@engines.example\r\n"
    "ADR;TYPE=WORK:;;12 St James's Square;London;;SW1Y 4JH;United Kingdom\r\n"
    "NOTE:A very long note that is folded over two lines by the wri\r\n"
    " ting program.\r\n"
    "CATEGORIES:math,vip\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"  # 23
    "VERSION:4.0\r\n"
    "FN:Grace Hopper\r\n"
    "EMAIL;TYPE=work:grace@navy.example\r\n"
    "TEL;VALUE=uri;TYPE=cell:tel:+1-202-555-0101\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"  # 29
    "VERSION:3.0\r\n"
    "N:;;;;\r\n"
    "EMAIL:nobody@example.com\r\n"
    "END:VCARD\r\n"
)


def test_vcards_21_30_40(db, tmp_path: Path) -> None:
    path = tmp_path / "cards.vcf"
    path.write_text(VCARDS, encoding="utf-8", newline="")
    plan = read_vcards(path)
    assert [line for line, _ in plan.good] == [1, 9, 23]
    assert [(problem.line, problem.reason) for problem in plan.bad] == [(29, NO_NAME_REASON)]
    jurgen, ada, grace = (draft for _, draft in plan.good)
    assert jurgen.display_name == "Jürgen Müller"
    assert jurgen.notes == "first line\r\nsecond line"
    assert jurgen.phone == "+49 170 1234567"
    assert (ada.display_name, ada.organisation, ada.role) == ("Ada Lovelace", "Analytical Engines", "Countess")
    assert ada.email == "ada@engines.example"
    # Issue 14: the postcode and the city on one line, the French (AFNOR) way, not each on its own.
    assert ada.address == "12 St James's Square\nSW1Y 4JH London\nUnited Kingdom"
    assert ada.notes == "A very long note that is folded over two lines by the writing program."
    assert ada.tags == "math, vip"
    assert (grace.email, grace.phone) == ("grace@navy.example", "+1-202-555-0101")
    assert import_plan(db, plan, skip_bad=True).imported == 3
