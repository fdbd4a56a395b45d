"""Issue 14: the exports people really have, read whole — organisations, every email, phone and address with
its label, tags without Google's system groups, each exporter's layout quirks — through the readers, the
import into a book, and `carnet import --dry-run --json`.

The files in tests/data follow each exporter's documented layout (header names, encoding, line ends, quoting),
written by hand with invented people:

- google_contacts.csv: Google Contacts' "Google CSV" (UTF-8 without BOM, LF, " ::: " inside cells, "* " labels);
- google_outlook_csv_utf16.csv: Google Contacts' legacy "Outlook CSV" (UTF-16 LE with BOM, CRLF);
- outlook_contacts.csv: Outlook for Windows' "Comma Separated Values" (Windows-1252, CRLF, every cell quoted);
- linkedin_connections.csv: LinkedIn's Connections.csv (a "Notes:" preamble, LF);
- excel_unicode_text.txt: Excel's "Unicode Text" (UTF-16 LE with BOM, tabs);
- apple_contacts.vcf, android_contacts.vcf, google_contacts.vcf, outlook_contact.vcf: the phones' and address
  books' vCards (3.0 with item groups; 2.1 quoted-printable; Google's 3.0; Outlook's 2.1 in Windows-1252).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from carnet.__main__ import main
from carnet.domain.enums import ContactKind, DetailKind
from carnet.domain.import_plan import ImportPlan
from carnet.io.csv_export import write_contacts_csv
from carnet.io.csv_import import guess_mapping, read_csv, validate
from carnet.io.vcard_export import write_contacts_vcard
from carnet.io.vcard_import import read_vcards
from carnet.services import ContactDraft, create_contact
from carnet.services.details import contact_more
from carnet.services.drafts import ContactDetail
from carnet.services.importing import import_plan
from carnet.storage import Database

NO_NAME_REASON = "The row has neither a name nor an organisation."

DATA = Path(__file__).parent / "data"
EMAIL, PHONE, ADDRESS = DetailKind.EMAIL, DetailKind.PHONE, DetailKind.ADDRESS


def read(path: Path) -> ImportPlan:
    if path.suffix == ".vcf":
        return read_vcards(path)
    parsed = read_csv(path)
    return validate(parsed, guess_mapping(parsed.headers))


def drafts(name: str) -> dict[int, ContactDraft]:
    return dict(read(DATA / name).good)


def bad_lines(name: str) -> list[int]:
    return [problem.line for problem in read(DATA / name).bad]


def report(path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    code = main(["import", str(path), "--db", str(tmp_path / "report.sqlite3"), "--dry-run", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


# --- 1. Organisations: a row with a company and no person's name is the company.

ORGANISATIONS = {
    "google_contacts.csv": (7, "Crêperie du Port"),
    "google_outlook_csv_utf16.csv": (3, "Crêperie du Port"),
    "outlook_contacts.csv": (4, "Boulangerie Sainte-Anne"),
    "excel_unicode_text.txt": (3, "Crêperie du Port"),
    "apple_contacts.vcf": (24, "Crêperie du Port"),  # N empty, X-ABShowAs:COMPANY
    "android_contacts.vcf": (16, "Garage des Lilas"),  # N empty, FN the same as ORG
}


@pytest.mark.parametrize("name", ORGANISATIONS)
def test_a_company_without_a_person_is_an_organisation(name: str) -> None:
    line, company = ORGANISATIONS[name]
    draft = drafts(name)[line]
    assert (draft.kind, draft.display_name, draft.organisation) == (ContactKind.ORGANISATION, company, "")


def test_a_row_with_neither_a_name_nor_an_organisation_is_still_bad() -> None:
    assert bad_lines("google_contacts.csv") == [9]  # a phone number alone
    assert bad_lines("android_contacts.vcf") == [23]
    assert [problem.reason for problem in read(DATA / "google_contacts.csv").bad] == [NO_NAME_REASON]


def test_a_person_keeps_their_organisation() -> None:
    hugo = drafts("outlook_contacts.csv")[2]
    assert (hugo.kind, hugo.display_name, hugo.organisation, hugo.role) == (
        ContactKind.PERSON, "Hugo Martin", "Martin & Fils", "Acheteur")


def test_an_organisation_imports_as_one(db: Database) -> None:
    plan = read(DATA / "outlook_contacts.csv")
    assert import_plan(db, plan, skip_bad=False).imported == 3
    rows = db.reader().execute("SELECT display_name, kind, organisation FROM contact ORDER BY id").fetchall()
    assert rows[1] == ("Boulangerie Sainte-Anne", "organisation", "")


# --- 2. Several values: nothing dropped, each with its label as the exporter wrote it.

def test_google_csv_every_value_and_label() -> None:
    zoe = drafts("google_contacts.csv")[2]
    assert zoe.display_name == "Zoé Anne Lefèvre"  # the middle name, although no field of the mapping holds it
    assert (zoe.email, zoe.phone, zoe.website) == (
        "zoe@atelier-oeuvre.example", "+33 6 12 34 56 78", "https://atelier-oeuvre.example")
    assert zoe.more == (
        ContactDetail(EMAIL, "zoe.lefevre@example.org", "Home"),  # "* Home", cleaned
        ContactDetail(EMAIL, "zoe.l@example.net", "Home"),  # " ::: " in one cell: two values, one label
        ContactDetail(PHONE, "+33 7 98 76 54 32", "Mobile"),
        ContactDetail(PHONE, "+33 1 43 55 00 11", "Work"),
    )
    assert zoe.address == "12 rue de l'Église\nBâtiment B\n75011 Paris\nFR"  # Google's formatted address
    assert zoe.tags == "Clients"  # without "* myContacts" and "* starred"
    assert zoe.notes == "Rencontrée au salon Maison & Objet.\nVeut un devis pour l'été."


def test_google_csv_address_from_its_parts() -> None:
    omar = drafts("google_contacts.csv")[8]
    assert omar.address == "3 place Bellecour\n69002 Lyon\nFrance"
    assert (omar.tags, omar.more) == ("", ())


def test_outlook_csv_every_phone_and_email() -> None:
    hugo = drafts("outlook_contacts.csv")[2]
    # Outlook lists its phone columns alphabetically: the business fax comes first, but is not the phone.
    assert (hugo.email, hugo.phone) == ("hugo.martin@martin-fils.example", "03 20 00 00 02")
    assert hugo.more == (
        ContactDetail(PHONE, "03 20 00 00 01", "Business Fax"),
        ContactDetail(PHONE, "06 11 22 33 44", "Mobile"),
        ContactDetail(EMAIL, "hugo@example.org", ""),
    )
    assert hugo.address == "4 avenue Foch\n59000 Lille\nFrance"
    assert (hugo.tags, hugo.website) == ("Clients, VIP", "http://www.martin-fils.example/")


def test_outlook_csv_notes_and_street_with_line_breaks() -> None:
    hugo, anh = drafts("outlook_contacts.csv")[2], drafts("outlook_contacts.csv")[5]
    assert hugo.notes == "Rappeler en septembre.\r\nPréfère le téléphone."
    assert anh.notes == "Vu au salon de Tours.\r\nBudget: 2 000 €.\r\nRelancer après l'été."
    assert anh.address == "22 rue Nationale\nAppartement 5\n37000 Tours\nFrance"
    assert (anh.phone, anh.tags) == ("02 47 00 00 04", "Prospects")


def test_google_outlook_csv_in_utf16() -> None:
    zoe = drafts("google_outlook_csv_utf16.csv")[2]
    assert (zoe.display_name, zoe.email, zoe.phone) == ("Zoé Lefèvre", "zoe@atelier-oeuvre.example",
                                                         "+33 1 43 55 00 11")
    assert zoe.more == (ContactDetail(EMAIL, "zoe.lefevre@example.org", ""),
                        ContactDetail(PHONE, "+33 6 12 34 56 78", "Mobile"))
    assert zoe.address == "12 rue de l'Église\n75011 Paris\nFrance"


def test_apple_vcard_item_groups_and_preferred_values() -> None:
    zoe = drafts("apple_contacts.vcf")[1]
    assert (zoe.email, zoe.phone) == ("zoe@atelier-oeuvre.example", "+33 6 12 34 56 78")  # type=pref
    assert zoe.more == (
        ContactDetail(EMAIL, "zoe.lefevre@example.org", "Home"),
        ContactDetail(PHONE, "+33 1 43 55 00 11", "Atelier"),  # X-ABLabel of its item group
        ContactDetail(PHONE, "+33 6 98 76 54 32", "Mobile"),  # Apple's own "_$!<Mobile>!$_"
        ContactDetail(ADDRESS, "5 allée des Tilleuls\n94300 Vincennes\nFrance", "Home"),
    )
    # The postcode and the city on one line, the street's two lines kept: the French way.
    assert zoe.address == "12 rue de l'Église\nBâtiment B\n75011 Paris\nFrance"
    assert zoe.notes == "Rencontrée au salon Maison & Objet. Veut un devis pour l'été, avant juillet."
    assert (zoe.website, zoe.tags) == ("https://atelier-oeuvre.example", "Clients")


def test_android_vcard_21_quoted_printable() -> None:
    zoe = drafts("android_contacts.vcf")[1]
    assert (zoe.display_name, zoe.organisation, zoe.role) == ("Zoé Lefèvre", "Atelier Œuvre", "Gérante")
    # A soft line break in the middle of a word, a comma that 2.1 does not escape, an encoded line break.
    assert zoe.notes == "Rencontrée au salon Maison & Objet, veut un devis pour l'été.\nRappeler en juin."
    assert (zoe.email, zoe.phone) == ("zoe@atelier-oeuvre.example", "+33612345678")
    assert zoe.more == (
        ContactDetail(PHONE, "+33143550011", "Work"),
        ContactDetail(PHONE, "0472000000", "Home"),
        ContactDetail(EMAIL, "zoe.lefevre@example.org", "Home"),
    )
    assert zoe.address == "12 rue de l'Église\n75011 Paris\nFrance"


def test_google_vcard() -> None:
    omar = drafts("google_contacts.vcf")[1]
    assert omar.website == "https://haddad-conseil.example"  # Google escapes the colon: "https\://"
    assert omar.tags == "Prospects"  # without Google's "myContacts"
    assert omar.more == (ContactDetail(EMAIL, "omar.haddad@example.com", ""),)
    assert omar.address == "3 place Bellecour\n69002 Lyon\nFR"


def test_outlook_vcard_in_windows_1252() -> None:
    hugo = drafts("outlook_contact.vcf")[1]
    assert (hugo.display_name, hugo.organisation) == ("Hugo Médard", "Médard & Fils")
    assert hugo.notes == "Préfère le téléphone.\r\nRappeler en septembre."  # quoted-printable, no CHARSET
    assert hugo.phone == "03 20 00 00 02"
    assert hugo.more == (ContactDetail(PHONE, "06 11 22 33 44", "Mobile"),
                         ContactDetail(PHONE, "03 20 00 00 01", "Work Fax"))


def test_every_value_reaches_the_book(db: Database) -> None:
    plan = read(DATA / "google_contacts.csv")
    result = import_plan(db, plan, skip_bad=True)
    zoe_id = result.contact_ids[0]
    assert contact_more(db, zoe_id) == dict(plan.good)[2].more
    assert db.reader().execute("SELECT tags FROM contact WHERE id = ?", (zoe_id,)).fetchone() == ("Clients",)


def test_carnets_own_exports_read_back_every_value(db: Database, tmp_path: Path) -> None:
    more = (ContactDetail(EMAIL, "zoe@atelier-martin.fr", "Work"), ContactDetail(EMAIL, "zm@example.org", ""),
            ContactDetail(PHONE, "+33 6 98 76 54 32", "Mobile"),
            ContactDetail(ADDRESS, "Les Oliviers\n84000 Avignon", "Maison de vacances"))
    create_contact(db, ContactDraft("Zoé Martin", email="zoe.martin@gmail.com", phone="04 72 00 00 00",
                                    address="3 rue Longue\n69001 Lyon", more=more))
    create_contact(db, ContactDraft("Crêpes SA", kind=ContactKind.ORGANISATION))
    csv_path, vcf_path = tmp_path / "contacts.csv", tmp_path / "contacts.vcf"
    write_contacts_csv(db, csv_path)
    write_contacts_vcard(db, vcf_path)
    for path in (csv_path, vcf_path):
        plan = read(path)
        assert plan.bad == [] and plan.warnings == []
        zoe, crepes = (draft for _, draft in plan.good)
        assert (zoe.email, zoe.phone, zoe.address, zoe.more) == (
            "zoe.martin@gmail.com", "04 72 00 00 00", "3 rue Longue\n69001 Lyon", more), path.suffix
        assert (crepes.kind, crepes.display_name) == (ContactKind.ORGANISATION, "Crêpes SA")


# --- 6. Layout quirks.

def test_linkedin_preamble_and_quoted_cells() -> None:
    parsed = read_csv(DATA / "linkedin_connections.csv")
    assert (parsed.header_line, parsed.delimiter) == (4, ",")  # "Notes:", its paragraph, a blank line
    plan = validate(parsed, guess_mapping(parsed.headers))
    assert plan.bad == []
    zoe, omar, lea = (plan.good[index][1] for index in range(3))
    assert [line for line, _ in plan.good] == [5, 6, 7]
    assert (zoe.display_name, zoe.organisation, zoe.role, zoe.email) == (
        "Zoé Lefèvre", "Atelier Œuvre", "Gérante", "")  # most connections hide their email
    assert zoe.website == "https://www.linkedin.com/in/zoe-lefevre-0a0b0c"
    assert (omar.email, omar.role) == ("omar.haddad@example.com", "Consultant, formateur")
    assert lea.display_name == "Léa Marchand, PhD"


def test_a_trailing_separator_is_an_empty_column_not_too_many() -> None:
    parsed = read_csv(DATA / "excel_fr_point_virgule.csv")
    assert parsed.headers[-1] == "" and all(row.cells[-1] == "" for row in parsed.rows())
    assert all("columns" not in problem.reason for problem in validate(parsed, guess_mapping(parsed.headers)).bad)


def test_a_trailing_separator_on_the_rows_only(tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_bytes("Nom;Prénom;Téléphone\r\nLefèvre;Zoé;06 12 34 56 78;\r\nDupont;Jean;;\r\n".encode("cp1252"))
    plan = read(path)
    assert (plan.bad, [draft.display_name for _, draft in plan.good]) == ([], ["Zoé Lefèvre", "Jean Dupont"])


def test_a_name_column_beside_first_and_last_names(tmp_path: Path) -> None:
    # Google's legacy layout: Name, Given Name, Family Name; the name is not doubled, and a row without a Name
    # is named from the others.
    header = next(csv.reader((DATA / "google_contacts_header.csv").open(encoding="utf-8")))
    path = tmp_path / "google.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for values in ({"Name": "Zoé Lefèvre", "Given Name": "Zoé", "Family Name": "Lefèvre"},
                       {"Given Name": "Omar", "Additional Name": "Karim", "Family Name": "Haddad"}):
            writer.writerow([values.get(column, "") for column in header])
    assert [draft.display_name for _, draft in read(path).good] == ["Zoé Lefèvre", "Omar Karim Haddad"]


def test_google_csv_mapping_every_value_column() -> None:
    header = read_csv(DATA / "google_contacts.csv").headers
    mapped = {header[index]: field for index, field in guess_mapping(header).items()}
    assert mapped == {
        "First Name": "first_name", "Last Name": "last_name", "Organization Name": "organisation",
        "Organization Title": "role", "Notes": "notes", "Labels": "tags", "E-mail 1 - Value": "email",
        "E-mail 2 - Value": "email", "Phone 1 - Value": "phone", "Phone 2 - Value": "phone",
        "Address 1 - Formatted": "address", "Website 1 - Value": "website",
    }


# --- Through the command line.

CLI_REPORTS = {
    "google_contacts.csv": ("csv", 3, [9]),
    "google_outlook_csv_utf16.csv": ("csv", 2, []),
    "outlook_contacts.csv": ("csv", 3, []),
    "linkedin_connections.csv": ("csv", 3, []),
    "excel_unicode_text.txt": ("csv", 3, []),
    "apple_contacts.vcf": ("vcard", 2, []),
    "android_contacts.vcf": ("vcard", 2, [23]),
    "google_contacts.vcf": ("vcard", 1, []),
    "outlook_contact.vcf": ("vcard", 1, []),
}


@pytest.mark.parametrize("name", CLI_REPORTS)
def test_the_cli_reports_each_export(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file_format, valid, bad = CLI_REPORTS[name]
    found = report(DATA / name, tmp_path, capsys)
    assert (found["format"], found["valid"], [problem["line"] for problem in found["bad"]]) == (file_format, valid, bad)
    assert found["warnings"] == []


def test_columns_about_an_email_or_a_phone_are_not_one() -> None:
    headers = ["Name", "Email", "Newsletter email", "E-mail Type", "Email opt-in", "E-mailing", "Dernier email",
               "E-mail Display Name", "Phone verified", "Mobile app", "Téléphone portable", "Work email"]
    assert guess_mapping(headers) == {0: "display_name", 1: "email", 10: "phone", 11: "email"}


def test_a_sheet_of_organisations_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A supplier list saved by French Excel ("CSV (séparateur : point-virgule)": Windows-1252, CRLF) names
    companies only, under "Raison sociale": its header is found, and each company is an organisation."""
    parsed = read_csv(DATA / "excel_fr_suppliers_organisations.csv")
    assert (parsed.encoding, parsed.delimiter, parsed.header_line) == ("cp1252", ";", 1)
    good = drafts("excel_fr_suppliers_organisations.csv")
    assert [(draft.kind, draft.display_name) for draft in good.values()] == [
        (ContactKind.ORGANISATION, "Menuiserie Vallée"), (ContactKind.ORGANISATION, "Atelier Émeraude"),
        (ContactKind.ORGANISATION, "Coopérative des Lilas")]
    assert good[2].address == "4 rue du Port\n29200 Brest"  # post code then city, on one line
    found = report(DATA / "excel_fr_suppliers_organisations.csv", tmp_path, capsys)
    assert (found["valid"], found["bad"]) == (3, [{"line": 5, "reason": NO_NAME_REASON}])
    assert [warning["line"] for warning in found["warnings"]] == [3]  # 612345678: Excel took its 0
