"""Issue 14: encodings and damage — UTF-16/32 with and without byte-order mark, a spreadsheet's own file, a
UTF-8 file with a Windows-1252 line, NUL padding, a quotation mark closed rows later, a leading quote the user
typed — each read right or reported (a bad row or a warning with its line, or the file refused in one line),
never silently mangled. Through the readers, `carnet import`, and the File menu."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from carnet.__main__ import main
from carnet.domain.errors import InvalidInput
from carnet.domain.import_plan import ImportPlan
from carnet.io.csv_export import write_contacts_csv
from carnet.io.csv_import import RUNAWAY_QUOTE, guess_mapping, read_csv, validate
from carnet.io.row_reading import LINE_BREAK
from carnet.io.text_decoding import NOT_UTF8_LINE, NOT_UTF8_MORE, NUL_REMOVED, SPREADSHEET_FILE, decode_text
from carnet.io.vcard_import import read_vcards
from carnet.services import ContactDraft, create_contact
from carnet.services.importing import import_plan
from carnet.storage import Database
from carnet.ui.import_flow import import_contacts
from carnet.ui.main_window import MainWindow

DATA = Path(__file__).parent / "data"
SHEET = (DATA / "excel_unicode_text.txt").read_bytes().decode("utf-16")  # Excel's Unicode text, decoded
PEOPLE = [("Zoé Lefèvre", "zoe@atelier-oeuvre.example"), ("Crêperie du Port", "contact@creperie-du-port.example"),
          ("Anh Nguyễn", "anh@example.vn")]


def plan_of(path: Path) -> ImportPlan:
    parsed = read_csv(path)
    return validate(parsed, guess_mapping(parsed.headers))


def people(plan: ImportPlan) -> list[tuple[str, str]]:
    return [(draft.display_name, draft.email) for _, draft in plan.good]


def templates(plan: ImportPlan) -> list[tuple[int, str]]:
    return [(warning.line, warning.notice.template if warning.notice else "") for warning in plan.warnings]


def cli(path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], *options: str) -> tuple[int, str, str]:
    code = main(["import", str(path), "--db", str(tmp_path / "x.sqlite3"), *options])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


# --- 3. UTF-16 and UTF-32, with or without byte-order mark; a file that is no text.

ENCODED = {
    "UTF-16 LE with BOM (Excel's Unicode text)": codecs.BOM_UTF16_LE + SHEET.encode("utf-16-le"),
    "UTF-16 BE with BOM": codecs.BOM_UTF16_BE + SHEET.encode("utf-16-be"),
    "UTF-16 LE without BOM": SHEET.encode("utf-16-le"),
    "UTF-16 BE without BOM": SHEET.encode("utf-16-be"),
    "UTF-32 LE with BOM": codecs.BOM_UTF32_LE + SHEET.encode("utf-32-le"),
    "UTF-32 BE with BOM": codecs.BOM_UTF32_BE + SHEET.encode("utf-32-be"),
    "UTF-32 LE without BOM": SHEET.encode("utf-32-le"),
    "UTF-8 with BOM": codecs.BOM_UTF8 + SHEET.encode("utf-8"),
}


@pytest.mark.parametrize("data", ENCODED.values(), ids=ENCODED.keys())
def test_every_unicode_encoding_is_read(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "contacts.txt"
    path.write_bytes(data)
    plan = plan_of(path)
    assert (people(plan), plan.bad, plan.warnings) == (PEOPLE, [], [])


def test_a_utf16_vcard_is_read(tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    cards = (DATA / "apple_contacts.vcf").read_text(encoding="utf-8")
    path.write_bytes(codecs.BOM_UTF16_LE + cards.encode("utf-16-le"))
    assert [draft.display_name for _, draft in read_vcards(path).good] == ["Zoé Lefèvre", "Crêperie du Port"]


def test_a_spreadsheets_own_file_is_refused_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = DATA / "contacts_xlsx_renamed.csv"
    with pytest.raises(InvalidInput) as raised:
        read_csv(path)
    assert raised.value.template == SPREADSHEET_FILE
    code, _, err = cli(path, tmp_path, capsys, "--dry-run", "--json")
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("carnet: ") and "not a text file" in err


def test_the_import_menu_refuses_a_spreadsheets_own_file(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    window = MainWindow(db)
    qtbot.addWidget(window)
    import_contacts(window, str(DATA / "contacts_xlsx_renamed.csv"))
    assert window.pending_dialog is None
    assert len(warnings) == 1 and "CSV UTF-8" in warnings[0]


def test_binary_bytes_are_no_text() -> None:
    with pytest.raises(InvalidInput) as raised:
        decode_text(bytes(range(256)) * 4)
    assert "not a text file" in raised.value.message


# --- 5. Mangling: a line in another encoding, NUL characters, quotation marks left open.

def test_a_windows_1252_line_in_a_utf8_file_is_read_on_its_own() -> None:
    plan = plan_of(DATA / "utf8_with_a_latin1_line.csv")
    assert [(draft.display_name, draft.notes) for _, draft in plan.good] == [
        ("Zoé Lefèvre", "Née à Besançon"), ("Léa Marchand", "Pâtissière à Nîmes"), ("Chloé Morel", "Rencontrée à Noël")]
    assert templates(plan) == [(3, NOT_UTF8_LINE)]
    assert "Line 3" in plan.warnings[0].reason


def test_many_windows_1252_lines_in_a_utf8_file_are_warned_about_in_one_warning_past_twenty() -> None:
    lines = [b"Name,Notes\n"] + [f"Zoé {n},été\n".encode() for n in range(30)]
    lines += [f"Léa {n},Nîmes\n".encode("cp1252") for n in range(25)]
    decoded = decode_text(b"".join(lines))
    assert "Zoé 0" in decoded.text and "Léa 24,Nîmes" in decoded.text
    assert [warning.notice.template for warning in decoded.warnings if warning.notice] == [NOT_UTF8_LINE] * 20 + [
        NOT_UTF8_MORE]
    assert decoded.warnings[-1].line == 52 and "5 more line(s)" in decoded.warnings[-1].reason


def test_a_windows_1252_file_is_windows_1252_without_warnings() -> None:
    parsed = read_csv(DATA / "excel_fr_point_virgule.csv")
    assert parsed.encoding == "cp1252" and parsed.warnings == []


def test_nul_characters_are_removed_with_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = plan_of(DATA / "nul_padding.csv")
    assert people(plan) == [("Ada Lovelace", "ada@example.org"), ("Grace Hopper", "grace@example.org")]
    assert templates(plan) == [(2, NUL_REMOVED)] and plan.warnings[0].reason.startswith("2 NUL character(s)")
    code, out, _ = cli(DATA / "nul_padding.csv", tmp_path, capsys, "--dry-run", "--json")
    assert code == 0
    assert [warning["line"] for warning in json.loads(out)["warnings"]] == [2]


def test_a_quotation_mark_closed_rows_later_is_a_bad_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = DATA / "unbalanced_quote.csv"
    plan = plan_of(path)
    assert [(line, draft.display_name) for line, draft in plan.good] == [(5, "Hugo Martin")]
    [problem] = plan.bad
    assert problem.line == 2 and problem.error is not None and problem.error.template == RUNAWAY_QUOTE
    assert "lines 2 to 4" in problem.reason
    code, out, _ = cli(path, tmp_path, capsys, "--dry-run", "--json")
    found = json.loads(out)
    assert (code, found["valid"], [bad["line"] for bad in found["bad"]]) == (0, 1, [2])


def test_a_name_with_a_line_break_is_a_bad_row(tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text('Name,Email\n"Zoé Lefèvre,zoe@example.org\nOmar Haddad",omar@example.com\nLéa,lea@example.org\n',
                    encoding="utf-8")
    plan = plan_of(path)
    assert [line for line, _ in plan.good] == [4]
    [problem] = plan.bad
    assert (problem.line, problem.error.template if problem.error else "") == (2, LINE_BREAK)
    assert '"Zoé Lefèvre,zoe@example.org Omar Haddad"' in problem.reason and "line 2" in problem.reason


def test_legitimate_multi_line_cells_are_not_suspected() -> None:
    # Outlook's notes and streets hold CRLF; Google's notes and formatted addresses LF.
    assert plan_of(DATA / "outlook_contacts.csv").bad == []
    assert [problem.line for problem in plan_of(DATA / "google_contacts.csv").bad] == [9]  # the nameless row


def test_a_leading_quote_typed_by_the_user_survives_export_and_import(db: Database, tmp_path: Path) -> None:
    typed = ContactDraft("'Tis the Season", organisation="'Quoted' & Co", role="'=1", notes="'+33 is France",
                         tags="'vip, ''twice", website="'https://example.org", address="'12 rue\n'Bât B")
    create_contact(db, typed)
    create_contact(db, ContactDraft("Formula", notes="=1+1", role="-5%", address="@home"))
    path = tmp_path / "export.csv"
    write_contacts_csv(db, path)
    plan = plan_of(path)
    assert plan.bad == []
    columns = "display_name, organisation, role, notes, tags, website, address"
    before = db.reader().execute(f"SELECT {columns} FROM contact ORDER BY id").fetchall()
    with Database.open(tmp_path / "again.sqlite3") as again:
        import_plan(again, plan, skip_bad=False)
        assert again.reader().execute(f"SELECT {columns} FROM contact ORDER BY id").fetchall() == before


def test_commas_a_vcard_writer_left_unescaped_are_kept(tmp_path: Path) -> None:
    # vobject reads a text up to its first unescaped comma; vCard 2.1 escapes none, some 3.0 writers forget.
    path = tmp_path / "card.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lefèvre;Zoé;;;\r\nFN:Lefèvre, Zoé\r\nORG:Martin, Fils & Co\r\n"
                    "TITLE:Gérante, associée\r\nNOTE:Devis envoyé, relancer en mai, sans faute.\r\n"
                    "ADR:;;12, rue de la Paix;Paris;;75002;France\r\nEND:VCARD\r\n", encoding="utf-8")
    [(_, card)] = read_vcards(path).good
    assert (card.display_name, card.organisation, card.role) == ("Lefèvre, Zoé", "Martin, Fils & Co",
                                                                 "Gérante, associée")
    assert card.notes == "Devis envoyé, relancer en mai, sans faute."
    assert card.address == "12, rue de la Paix\n75002 Paris\nFrance"
