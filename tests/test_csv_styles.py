"""Issue 15, item 7: CSV that opens right in the user's spreadsheet — "Excel (France)" (semicolon, BOM, French
headers and words, decimal comma) beside the standard file (today's, byte for byte), and both read back."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from carnet import services
from carnet.__main__ import main
from carnet.domain.enums import ContactKind, DetailKind, PaymentStatus, Source, Stage, Temperature
from carnet.i18n import install_translations, uninstall_translations
from carnet.io.csv_export import (
    EXCEL_FRANCE,
    EXPORT_COLUMNS,
    STANDARD,
    STYLES,
    CsvStyle,
    write_contacts_csv,
)
from carnet.io.csv_import import guess_mapping, read_csv, validate
from carnet.io.header_names import describe
from carnet.io.synonyms import SOURCES, STAGES, TEMPERATURES, word_key
from carnet.services import ContactDraft, PaymentDraft
from carnet.services.details import contact_more
from carnet.services.drafts import ContactDetail
from carnet.services.importing import import_plan
from carnet.storage import Database
from carnet.ui import file_actions, gifts_tab
from carnet.ui.dialogs.csv_style import chosen_style, default_style, offer_styles, style_filters
from carnet.ui.labels import stage_label
from carnet.ui.labels_extra import source_label, temperature_label
from carnet.ui.main_window import MainWindow

FRANCE = QLocale(QLocale.Language.French, QLocale.Country.France)
EMAIL, PHONE, ADDRESS = DetailKind.EMAIL, DetailKind.PHONE, DetailKind.ADDRESS
MORE = (ContactDetail(EMAIL, "zoe@atelier-martin.fr", "Work"), ContactDetail(EMAIL, "zm@example.org", ""),
        ContactDetail(PHONE, "+33 6 98 76 54 32", "Mobile"),
        ContactDetail(ADDRESS, "Les Oliviers\n84000 Avignon", "Maison de vacances"))


@pytest.fixture
def book(db: Database) -> Database:
    services.create_contact(db, ContactDraft(
        "Zoé Martin", email="zoe.martin@gmail.com", phone="04 72 00 00 00", address="3 rue Longue\n69001 Lyon",
        more=MORE, tags="vip, Île-de-France", notes="=SUM(A1:A9) then call", stage=Stage.PROSPECT,
        temperature=Temperature.WARM, source=Source.REFERRAL, next_follow_up=date(2025, 3, 31)))
    client = services.create_contact(db, ContactDraft(
        "Jean Dupont", email="jean@example.com", source=Source.EVENT, stage=Stage.PROSPECT,
        temperature=Temperature.HOT))
    services.record_payment(db, client.id, PaymentDraft(125050, PaymentStatus.PAID, "EUR"))
    services.record_payment(db, client.id, PaymentDraft(30000, PaymentStatus.PAID, "USD"))
    services.move_contacts(db, [client.id], Stage.CLIENT)
    services.create_contact(db, ContactDraft("Crêpes SA", kind=ContactKind.ORGANISATION,
                                             source=Source.COLD_OUTREACH))
    return db


@pytest.fixture
def french(qapp: QApplication) -> Iterator[QApplication]:
    install_translations(qapp, preference="fr", system_locale=FRANCE)
    yield qapp
    uninstall_translations(qapp)


def rows(path: Path, style: CsvStyle) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""),
                           delimiter=style.delimiter))


# --- the bytes ------------------------------------------------------------------------------------------------------

def test_the_standard_style_is_todays_file(book: Database, tmp_path: Path) -> None:
    default, standard = tmp_path / "default.csv", tmp_path / "standard.csv"
    write_contacts_csv(book, default)
    write_contacts_csv(book, standard, STANDARD)
    data = standard.read_bytes()
    assert data == default.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + ",".join(EXPORT_COLUMNS).encode() + b"\r\n")
    header, zoe, jean, crepes = rows(standard, STANDARD)
    by = dict(zip(header, jean, strict=True))
    assert (by["stage"], by["temperature"], by["source"], by["paid_total"]) == (
        "client", "hot", "event", "1250.50 EUR + 300.00 USD")
    assert dict(zip(header, crepes, strict=True))["kind"] == "organisation"
    assert dict(zip(header, zoe, strict=True))["notes"] == "'=SUM(A1:A9) then call"


def test_the_excel_france_style(book: Database, tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    assert write_contacts_csv(book, path, EXCEL_FRANCE) == 3
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + ";".join(EXCEL_FRANCE.labels).encode() + b"\r\n")
    assert data.count(b"\r\n") >= 4 and b"\n84000" in data  # CRLF rows; a cell's own line break kept
    header, zoe, jean, crepes = rows(path, EXCEL_FRANCE)
    assert header[:3] == ["Identifiant", "Type de contact", "Nom complet"]
    assert header[-5:] == ["Autres e-mails", "Autres téléphones", "Autres adresses", "Heure de relance",
                           "Note de relance"]
    zoe_by, jean_by = dict(zip(header, zoe, strict=True)), dict(zip(header, jean, strict=True))
    assert (zoe_by["Étape"], zoe_by["Température"], zoe_by["Source"]) == ("Prospect", "Tiède", "Recommandation")
    assert (jean_by["Étape"], jean_by["Source"], jean_by["Montant payé"]) == (
        "Client", "Salon / événement", "1 250,50 EUR + 300,00 USD")
    crepes_by = dict(zip(header, crepes, strict=True))
    assert (crepes_by["Type de contact"], crepes_by["Étape"], crepes_by["Source"], crepes_by["Archivé"]) == (
        "Organisation", "Étranger", "Prospection à froid", "non")
    assert zoe_by["Prochaine relance"] == "2025-03-31"


@pytest.mark.parametrize("style", [STANDARD, EXCEL_FRANCE], ids=["standard", "excel-fr"])
def test_formulas_are_neutralised_in_both_styles(db: Database, tmp_path: Path, style: CsvStyle) -> None:
    services.create_contact(db, ContactDraft("Mallory", notes='=HYPERLINK("http://evil")', role="+1 boss",
                                             organisation="@corp", phone="+33 6 12 34 56 78"))
    path = tmp_path / "out.csv"
    write_contacts_csv(db, path, style)
    _header, mallory = rows(path, style)
    cells = dict(zip(EXPORT_COLUMNS, mallory, strict=True))
    assert cells["notes"] == "'=HYPERLINK(\"http://evil\")"
    assert (cells["role"], cells["organisation"], cells["phone"]) == ("'+1 boss", "'@corp", "'+33 6 12 34 56 78")


# --- read back ------------------------------------------------------------------------------------------------------

def _contents(db: Database) -> list[tuple[Any, ...]]:
    found = []
    for contact_id, *values in db.reader().execute(
        "SELECT id, display_name, kind, email, phone, address, stage, temperature, source, tags, notes, "
        "next_follow_up FROM contact ORDER BY display_name"
    ).fetchall():
        paid = db.reader().execute(
            "SELECT currency, sum(amount_cents) FROM payment WHERE contact_id = ? AND status = 'paid' "
            "GROUP BY currency ORDER BY currency", (contact_id,)).fetchall()
        found.append((*values, contact_more(db, contact_id), paid))
    return found


@pytest.mark.parametrize("name", ["standard", "excel-fr"])
def test_round_trip_into_a_fresh_book(book: Database, tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.csv"
    write_contacts_csv(book, path, STYLES[name])
    parsed = read_csv(path)
    assert parsed.delimiter == STYLES[name].delimiter
    plan = validate(parsed, guess_mapping(parsed.headers))
    assert (plan.bad, plan.warnings) == ([], [])
    with Database.open(tmp_path / "fresh.sqlite3") as fresh:
        import_plan(fresh, plan, skip_bad=False)
        copied = _contents(fresh)
    original = _contents(book)
    assert copied == original
    zoe = next(row for row in original if row[0] == "Zoé Martin")
    assert zoe[9] == "=SUM(A1:A9) then call" and zoe[-2] == MORE  # the note restored, every further value
    jean = next(row for row in original if row[0] == "Jean Dupont")
    assert (jean[5], jean[-1]) == ("client", [("EUR", 125050), ("USD", 30000)])


def test_every_french_header_and_word_is_read_back() -> None:
    fields = {describe(label).field for label in EXCEL_FRANCE.labels}
    assert {"kind", "display_name", "organisation", "role", "email", "phone", "website", "address", "tags",
            "source", "stage", "temperature", "budget", "authority", "need", "timing", "qualification_note",
            "next_follow_up", "notes", "amount", "follow_up_time", "follow_up_note"} <= fields
    for label in EXCEL_FRANCE.labels[-5:-2]:
        assert describe(label).labelled
    for column, table in (("stage", STAGES), ("temperature", TEMPERATURES), ("source", SOURCES)):
        for code, word in EXCEL_FRANCE.words[column].items():
            assert table[word_key(word)] == code, word


def test_the_french_words_are_the_french_interfaces(french: QApplication) -> None:
    assert {code: stage_label(Stage(code)) for code in EXCEL_FRANCE.words["stage"]} == EXCEL_FRANCE.words["stage"]
    assert {code: temperature_label(Temperature(code)) for code in EXCEL_FRANCE.words["temperature"]} == (
        EXCEL_FRANCE.words["temperature"])
    assert {code: source_label(Source(code)) for code in EXCEL_FRANCE.words["source"]} == (
        EXCEL_FRANCE.words["source"])
    # The English interface's words are read too (a file written by hand from the board).
    for source in Source:
        assert SOURCES[word_key(_english_source(source))] == source


def _english_source(source: Source) -> str:
    from carnet.ui.labels_extra import _SOURCES

    return _SOURCES[source]


# --- the command line -----------------------------------------------------------------------------------------------

def test_cli_style_flag(book: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book.close()
    for style in ("standard", "excel-fr", None):
        out = tmp_path / f"{style}.csv"
        flag = ["--style", style] if style else []
        assert main(["export", "--db", str(book.path), "--format", "csv", *flag, str(out)]) == 0
        assert json.loads(capsys.readouterr().out)["contacts"] == 3
    assert (tmp_path / "None.csv").read_bytes() == (tmp_path / "standard.csv").read_bytes()
    assert (tmp_path / "excel-fr.csv").read_bytes().startswith(b"\xef\xbb\xbfIdentifiant;Type de contact;")
    with pytest.raises(SystemExit):
        main(["export", "--db", str(book.path), "--format", "csv", "--style", "excel", str(tmp_path / "x.csv")])


# --- the dialogs ----------------------------------------------------------------------------------------------------

def test_the_first_style_follows_the_interface(qapp: QApplication) -> None:
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    offer_styles(dialog)
    assert dialog.nameFilters() == ["CSV for Excel (France) (*.csv)", "CSV, standard (*.csv)"]
    assert chosen_style(dialog) == STANDARD == default_style()
    dialog.selectNameFilter(style_filters()[0][0])
    assert chosen_style(dialog) == EXCEL_FRANCE
    dialog.deleteLater()


def test_a_french_interface_starts_on_excel_france(french: QApplication) -> None:
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    offer_styles(dialog)
    assert default_style() == EXCEL_FRANCE == chosen_style(dialog)
    dialog.deleteLater()


class Chosen:
    """A save dialog's stand-in (a real one would scan the home folder): answers with ``path`` and, if set,
    the file type ``pick``; records what the code offered."""

    AcceptMode, Option, FileMode = QFileDialog.AcceptMode, QFileDialog.Option, QFileDialog.FileMode
    path = Path()
    pick: str | None = None
    offered: ClassVar[list[str]] = []

    def __init__(self, *_args: object) -> None:
        self._filter = ""

    def __getattr__(self, _name: str) -> Any:
        return lambda *_args: None  # setAcceptMode, setOption, setDefaultSuffix, selectFile

    def setNameFilters(self, filters: list[str]) -> None:
        Chosen.offered = filters

    def selectNameFilter(self, name: str) -> None:
        self._filter = name

    def selectedNameFilter(self) -> str:
        return self._filter

    def exec(self) -> int:
        if Chosen.pick is not None:
            self._filter = Chosen.pick
        return QDialog.DialogCode.Accepted.value

    def selectedFiles(self) -> list[str]:
        return [str(Chosen.path)]


@pytest.mark.parametrize(("pick", "style"), [(None, STANDARD), (0, EXCEL_FRANCE), (1, STANDARD)])
def test_the_export_dialogs_file_type_picks_the_style(
    qtbot: QtBot, book: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pick: int | None,
    style: CsvStyle,
) -> None:
    window = MainWindow(book)
    qtbot.addWidget(window)
    monkeypatch.setattr(file_actions, "QFileDialog", Chosen)
    Chosen.path, Chosen.pick = tmp_path / "out.csv", None if pick is None else style_filters()[pick][0]
    window.export_contacts("csv")
    assert Chosen.offered == [text for text, _ in style_filters()]
    expected = tmp_path / "expected.csv"
    write_contacts_csv(book, expected, style)
    assert Chosen.path.read_bytes() == expected.read_bytes()


def test_the_gift_list_in_the_french_style(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, french: QApplication
) -> None:
    zoe = services.create_contact(db, ContactDraft("Zoé Lefèvre", stage=Stage.PROSPECT, notes="x"))
    services.record_payment(db, zoe.id, PaymentDraft(50_000, PaymentStatus.PAID, "EUR", paid_on=date(2020, 3, 1)))
    services.flag_ambassador(db, zoe.id, gift_preferences="=thé, pas d'alcool")
    lead = services.create_contact(db, ContactDraft("Léa Martin", stage=Stage.PROSPECT, referred_by_id=zoe.id))
    services.record_payment(db, lead.id, PaymentDraft(125_050, PaymentStatus.PAID, "EUR",
                                                      paid_on=date.today().replace(month=1, day=2)))
    tab = gifts_tab.GiftsTab(db)
    qtbot.addWidget(tab)
    tab.refresh()
    monkeypatch.setattr(gifts_tab, "QFileDialog", Chosen)
    Chosen.path, Chosen.pick = tmp_path / "cadeaux.csv", None  # a French interface starts on Excel (France)
    tab.csv_button.click()
    data = Chosen.path.read_bytes()
    assert data.startswith("\ufeffNom;Organisation;Pourquoi;".encode())
    header, zoe_line = rows(Chosen.path, EXCEL_FRANCE)
    cells = dict(zip(header, zoe_line, strict=True))
    assert cells["CA des recommandations cette année"] == "1 250,50 EUR"
    assert cells["Préférences cadeau"] == "'=thé, pas d'alcool"
    # The standard file, by its file type, is today's.
    Chosen.path, Chosen.pick = tmp_path / "gifts.csv", style_filters()[1][0]
    tab.csv_button.click()
    standard = tmp_path / "standard.csv"
    gifts_tab.write_gift_csv(tab.model.rows(), standard)
    assert Chosen.path.read_bytes() == standard.read_bytes()
    assert b";" not in standard.read_bytes().split(b"\r\n")[0]
