"""CSV injection: formulas hidden behind spaces, invisible characters or look-alike signs are neutralised,
and Carnet's own export reads back exactly as it was written."""

from __future__ import annotations

import csv
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from carnet import services
from carnet.io.csv_export import EXPORT_COLUMNS, neutralise, unneutralise, write_contacts_csv
from carnet.io.csv_import import _unquote, guess_mapping, read_csv, validate
from carnet.services import ContactDraft
from carnet.storage import Database
from carnet.ui.dashboard.table import FigureTable, write_table_csv

# Every one of these is left raw by a check on the first character only.
HIDDEN_FORMULAS = {
    "leading spaces": '  =HYPERLINK("http://evil.example";"Click")',
    "no-break space": "\u00a0=1+1",
    "ideographic space": "\u3000=1+1",
    "zero-width space": "\u200b=cmd|' /C calc'!A0",
    "zero-width non-joiner": "\u200c=1+1",
    "zero-width joiner": "\u200d@SUM(A1)",
    "word joiner": "\u2060+1",
    "byte-order mark": "\ufeff=1+1",
    "line feed": "\n=1+1",
    "vertical tab": "\x0b=1+1",
    "line separator": "\u2028=1+1",
    "space then tab": " \t=1+1",
    "fullwidth equals": "\uff1d1+1",
    "fullwidth plus": "\uff0b1",
    "fullwidth hyphen-minus": "\uff0d1",
    "fullwidth at": "\uff20SUM(A1)",
    "small equals": "\ufe661+1",
    "small plus": "\ufe621",
    "small hyphen-minus": "\ufe631",
    "small at": "\ufe6bSUM(A1)",
    "pipe": "|calc",
    "pipe behind a space": " |calc",
    "fullwidth pipe": "\uff5ccalc",
    "DDE": 'DDE("cmd";"/C calc";"!A0")',
    "dde lower case": 'dde("cmd";"/C calc";"!A0")',
    "DDE with a space": 'DdE ("cmd";"/C calc";"!A0")',
    "DDE behind a no-break space": '\u00a0DDE("cmd";"/C calc";"!A0")',
    "fullwidth DDE": "\uff24\uff24\uff25\uff08\"cmd\")",
}
# Texts that run as nothing: left as they are.
PLAIN = ["", "Zoé", "1250.50 EUR", "'Tis the season", "a = b", "x|y", "DDE is a protocol", "dde", "\u200b",
         "   ", "Ｚoé", "L'=1", "\u2212 1"]
FORMULA_SIGNS = "=+-@|\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b\uff5c"
TRICKY = (FORMULA_SIGNS + "'\"DdEe(,; \t\r\n\x0b\x0c\x1c\x85\u00a0\u3000\u200b\u200c\u200d\u2060\ufeff\u2028\u2029"
          "aé1")


@pytest.mark.parametrize("formula", HIDDEN_FORMULAS.values(), ids=HIDDEN_FORMULAS.keys())
def test_a_hidden_formula_gets_the_quote(formula: str) -> None:
    assert neutralise(formula) == "'" + formula
    assert unneutralise(neutralise(formula)) == formula


@pytest.mark.parametrize("text", PLAIN)
def test_plain_text_is_left_alone(text: str) -> None:
    assert neutralise(text) == text
    assert unneutralise(text) == text


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_the_classic_starts_still_get_the_quote(start: str) -> None:
    assert neutralise(start + "1") == "'" + start + "1"
    assert neutralise("- a list item") == "'- a list item"  # OWASP: any cell starting with them


def test_a_typed_leading_quote_survives_the_round_trip() -> None:
    # Without a second quote, "'=1" would read back as "=1".
    assert neutralise("'=1") == "''=1"
    assert unneutralise("''=1") == "'=1"
    assert unneutralise("'=1") == "=1"
    assert neutralise("''+1") == "'''+1"


@given(st.text(alphabet=st.sampled_from(TRICKY)) | st.text())
@example("'=1")
@example("'\u200b=1")
def test_neutralise_round_trips_and_never_leaves_a_formula(text: str) -> None:
    written = neutralise(text)
    assert unneutralise(written) == text
    assert _unquote(written) == text
    # What a spreadsheet is given either starts with a quote, or its first visible character is no sign.
    if not written.startswith("'"):
        invisible = [unicodedata.category(char) in ("Zs", "Zl", "Zp", "Cc", "Cf") for char in written]
        visible = written[invisible.index(False):] if False in invisible else ""
        folded = unicodedata.normalize("NFKC", visible[:1])
        assert not folded.startswith(("=", "+", "-", "@", "|")), written
        assert not unicodedata.normalize("NFKC", visible).casefold().replace(" ", "").startswith("dde("), written


def _exported(db: Database, path: Path) -> dict[str, str]:
    write_contacts_csv(db, path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert tuple(header) == EXPORT_COLUMNS
    return dict(zip(header, rows[0], strict=True))


@pytest.mark.parametrize("formula", HIDDEN_FORMULAS.values(), ids=HIDDEN_FORMULAS.keys())
def test_notes_and_address_are_neutralised_in_the_export_and_read_back(
    db: Database, tmp_path: Path, formula: str
) -> None:
    services.create_contact(db, ContactDraft("Mallory Trap", notes=formula, address=formula))
    path = tmp_path / "contacts.csv"
    written = _exported(db, path)
    assert written["notes"] == written["address"] == "'" + formula
    plan = validate(parsed := read_csv(path), guess_mapping(parsed.headers))
    assert plan.bad == []
    [(_, draft)] = plan.good
    assert (draft.notes, draft.address) == (formula, formula)


@pytest.mark.parametrize("formula", HIDDEN_FORMULAS.values(), ids=HIDDEN_FORMULAS.keys())
def test_dashboard_table_export_neutralises_hidden_formulas(qtbot, tmp_path: Path, formula: str) -> None:
    table = FigureTable(["Source", "Count"])
    table.set_rows([[formula, "1"]])
    path = tmp_path / "table.csv"
    write_table_csv(table, path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1] == ["'" + formula, "1"]


free_text = st.text(alphabet=st.sampled_from(TRICKY), max_size=12) | st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(notes=free_text, address=free_text)
@example(notes="'Tis the season", address="'=1")
@example(notes="  =1+1\n", address="\u00a0\u2028@home\x0cParis")
def test_export_then_import_gives_back_the_same_notes_and_address(notes: str, address: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        with Database.open(Path(folder) / "carnet.sqlite3") as database:
            services.create_contact(database, ContactDraft("Round Trip", notes=notes, address=address))
            path = Path(folder) / "contacts.csv"
            write_contacts_csv(database, path)
        parsed = read_csv(path)
        plan = validate(parsed, guess_mapping(parsed.headers))
    assert plan.bad == []
    [(line, draft)] = plan.good
    assert line == 2
    # A blank cell is an empty one to the importer: spaces alone are not kept.
    assert draft.notes == (notes if notes.strip() else "")
    assert draft.address == (address if address.strip() else "")
