"""Cells larger than the csv module's limit, and malformed files: always a report, never a traceback."""

from __future__ import annotations

import codecs
import csv
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from carnet.__main__ import main
from carnet.domain.errors import InvalidInput
from carnet.io import csv_import
from carnet.io.csv_import import NOT_CSV, UNCLOSED_QUOTE, guess_mapping, read_csv, validate
from carnet.io.text_decoding import NOT_TEXT
from carnet.storage import Database
from carnet.ui.import_flow import import_contacts
from carnet.ui.main_window import MainWindow

# The header line of a Google Contacts export ("Google CSV"), as Google writes it.
GOOGLE_HEADER = next(csv.reader((Path(__file__).parent / "data" / "google_contacts_header.csv").open(encoding="utf-8")))
NOTES_SIZE = 200_000
LIMIT = 131_072  # the csv module's default


def google_row(**values: str) -> list[str]:
    row = dict.fromkeys(GOOGLE_HEADER, "")
    row.update({"Group Membership": "* myContacts", "E-mail 1 - Type": "* Home"})
    row.update(values)
    return [row[name] for name in GOOGLE_HEADER]


def huge_notes() -> str:
    # A pasted mail thread: commas, quotes and line breaks, far past the csv module's limit.
    paragraph = 'Re: "Devis salon 2025", see below, merci.\r\n> On Tue, Léa wrote:\r\n> ' + "blah " * 20 + "\r\n"
    text = (paragraph * (NOTES_SIZE // len(paragraph) + 1))[:NOTES_SIZE]
    assert len(text) == NOTES_SIZE > LIMIT
    return text


@pytest.fixture
def google_csv(tmp_path: Path) -> tuple[Path, int]:
    """A Google export: Léa (huge notes) then Omar; returns the file and the physical line Omar starts on."""
    path = tmp_path / "contacts.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(GOOGLE_HEADER)
        writer.writerow(google_row(**{"Name": "Léa Marchand", "Given Name": "Léa", "Family Name": "Marchand",
                                      "Notes": huge_notes(), "E-mail 1 - Value": "lea.marchand@example.org"}))
        writer.writerow(google_row(**{"Name": "Omar Haddad", "Given Name": "Omar", "Family Name": "Haddad",
                                      "E-mail 1 - Value": "omar@example.org", "Phone 1 - Value": "+33 6 11 22 33 44"}))
    omar_line = 2 + huge_notes().count("\n") + 1
    return path, omar_line


def contacts(db_path: Path) -> list[tuple[str, int]]:
    with sqlite3.connect(db_path) as connection:
        return connection.execute("SELECT display_name, length(notes) FROM contact ORDER BY id").fetchall()


@contextmanager
def default_limit() -> Iterator[None]:
    previous = csv.field_size_limit(LIMIT)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def test_a_huge_notes_cell_imports_and_the_limit_is_put_back(google_csv: tuple[Path, int]) -> None:
    path, omar_line = google_csv
    with default_limit():
        parsed = read_csv(path)
        assert csv.field_size_limit() == LIMIT  # process-wide: left as it was found
    plan = validate(parsed, guess_mapping(parsed.headers))
    assert plan.bad == []
    (lea_line, lea), (line, omar) = plan.good
    assert (lea_line, lea.display_name, lea.email) == (2, "Léa Marchand", "lea.marchand@example.org")
    assert lea.notes == huge_notes()
    assert (line, omar.display_name) == (omar_line, "Omar Haddad")


def test_the_limit_is_put_back_when_the_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    path.write_text('Name,Notes\nAda,"' + "x" * NOTES_SIZE + "\n", encoding="utf-8")
    with default_limit():
        with pytest.raises(InvalidInput):
            read_csv(path)
        assert csv.field_size_limit() == LIMIT


def test_the_cli_imports_a_huge_notes_cell(google_csv: tuple[Path, int], tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = google_csv
    db_path = tmp_path / "x.sqlite3"
    with default_limit():
        code = main(["import", str(path), "--db", str(db_path)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Traceback" not in out + err
    assert contacts(db_path) == [("Léa Marchand", NOTES_SIZE), ("Omar Haddad", 0)]


def test_the_import_menu_opens_the_wizard_on_a_huge_notes_cell(
    qtbot: QtBot, db: Database, google_csv: tuple[Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    with default_limit():
        import_contacts(window, str(google_csv[0]))
    assert warnings == []
    qtbot.waitUntil(lambda: window.pending_dialog is not None and window.pending_dialog.isVisible())
    wizard = window.pending_dialog
    assert isinstance(wizard, QWizard)
    preview = wizard.currentPage().preview
    shown = [preview.item(0, column).text() for column in range(preview.columnCount())]
    assert max(len(text) for text in shown) < 1000  # the preview shows the start of a huge cell
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage().summary.text().startswith("2 row")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert contacts(db.path) == [("Léa Marchand", NOTES_SIZE), ("Omar Haddad", 0)]


MALFORMED = {
    # A stray quote never closed: the rest of the file would silently become one cell.
    "unterminated quote": ('Name,Email,Notes\nAda,ada@example.org,ok\nBob,bob@example.org,"says hi\n'
                           "Cy,cy@example.org,fine\n", UNCLOSED_QUOTE, 3),
    "unterminated quote past the limit": ('Name,Notes\nAda,"' + "x, " * LIMIT + "\n", UNCLOSED_QUOTE, 2),
    "unterminated quote in the last line": ('Name,Notes\nAda,"no end', UNCLOSED_QUOTE, 2),
    # Issue 14: a NUL in a text file is removed with a warning, and a spreadsheet's .xlsx has its own message
    # (tests/test_import_real_exports.py); a binary file is still refused, naming a line.
    "binary file": ("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00", NOT_TEXT, 1),
}


@pytest.fixture(params=MALFORMED.values(), ids=MALFORMED.keys())
def malformed(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, str, int]:
    text, template, line = request.param
    path = tmp_path / "malformed.csv"
    path.write_bytes(text.encode("utf-8"))
    return path, template, line


def test_a_malformed_file_is_refused_naming_its_line(malformed: tuple[Path, str, int]) -> None:
    path, template, line = malformed
    with default_limit(), pytest.raises(InvalidInput) as raised:
        read_csv(path)
    assert raised.value.template == template
    assert raised.value.args_map == {"line": line}
    assert f"line {line}" in raised.value.message.lower()


def test_the_cli_reports_a_malformed_file(malformed: tuple[Path, str, int], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    path, _, line = malformed
    db_path = tmp_path / "x.sqlite3"
    with default_limit():
        code = main(["import", str(path), "--db", str(db_path)])
    out, err = capsys.readouterr()
    assert code == 2
    assert "Traceback" not in out + err
    assert err.startswith("carnet: ") and f"line {line}" in err.lower()


def test_the_import_menu_reports_a_malformed_file(
    qtbot: QtBot, db: Database, malformed: tuple[Path, str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _, line = malformed
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    window = MainWindow(db)
    qtbot.addWidget(window)
    with default_limit():
        import_contacts(window, str(path))
    assert window.pending_dialog is None
    assert len(warnings) == 1 and f"line {line}" in warnings[0].lower()


def test_any_other_csv_error_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    @contextmanager
    def no_room(size: int) -> Iterator[None]:
        with default_limit():
            csv.field_size_limit(10)
            yield

    monkeypatch.setattr(csv_import, "_cell_limit", no_room)
    path = tmp_path / "contacts.csv"
    path.write_text("Name,Notes\nAda,short\nBob,a note longer than ten\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as raised:
        read_csv(path)
    assert raised.value.template == NOT_CSV
    assert raised.value.args_map["line"] == 3
    assert "field limit" in raised.value.args_map["detail"]


def test_a_utf16_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    # Excel's "Unicode Text": UTF-16, tab separated; every other byte is a NUL.
    path = tmp_path / "contacts.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "Name\tEmail\r\nZoé Lefèvre\tzoe@example.org\r\n".encode("utf-16-le"))
    parsed = read_csv(path)
    [(line, draft)] = validate(parsed, guess_mapping(parsed.headers)).good
    assert (line, draft.display_name, draft.email) == (2, "Zoé Lefèvre", "zoe@example.org")


def test_only_cr_and_lf_end_a_physical_line(tmp_path: Path) -> None:
    # A form feed or a line separator inside a cell is text, not a new line: rows and lines stay right.
    path = tmp_path / "contacts.csv"
    path.write_text("Name,Notes\r\nAda,page\x0cbreak\r\nBob,one\u2028two\x1cthree\r\nCy,\r\n", encoding="utf-8")
    parsed = read_csv(path)
    plan = validate(parsed, guess_mapping(parsed.headers))
    assert [(line, draft.display_name, draft.notes) for line, draft in plan.good] == [
        (2, "Ada", "page\x0cbreak"), (3, "Bob", "one\u2028two\x1cthree"), (4, "Cy", "")]
