"""Issue 14: the words of the user's language — sources and stages in French and English, whatever their case
and accents; an unknown source imported as Other with the word kept as a tag and a warning; a phone a
spreadsheet took the leading 0 from, imported as written with a warning — on a French Excel sheet
(tests/data/excel_fr_point_virgule.csv: "CSV (séparateur: point-virgule)", Windows-1252, CRLF, a trailing ";"),
through the reader, `carnet import --dry-run --json`, and the wizard's check page."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from carnet.__main__ import main
from carnet.domain.enums import Answer, ContactKind, Source, Stage, Temperature
from carnet.domain.import_plan import ImportPlan
from carnet.io.csv_import import guess_mapping, read_csv, validate
from carnet.io.row_reading import NEEDS_AMOUNT, NINE_DIGITS, UNKNOWN_SOURCE
from carnet.io.synonyms import ANSWERS, KINDS, SOURCES, STAGES, TEMPERATURES, word_key
from carnet.storage import Database
from carnet.ui.import_flow import import_contacts
from carnet.ui.main_window import MainWindow

SHEET = Path(__file__).parent / "data" / "excel_fr_point_virgule.csv"


def plan_of(path: Path) -> ImportPlan:
    parsed = read_csv(path)
    return validate(parsed, guess_mapping(parsed.headers))


WORDS = {
    "Salon": Source.EVENT, "salon": Source.EVENT, "Foire": Source.EVENT, "Trade show": Source.EVENT,
    "Site web": Source.WEBSITE, "SITE WEB": Source.WEBSITE, "site internet": Source.WEBSITE,
    "Bouche-à-oreille": Source.REFERRAL, "bouche a oreille": Source.REFERRAL, "Recommandation": Source.REFERRAL,
    "Parrainage": Source.REFERRAL, "Word of mouth": Source.REFERRAL, "referral": Source.REFERRAL,
    "LinkedIn": Source.SOCIAL, "Facebook": Source.SOCIAL, "Instagram": Source.SOCIAL, "Réseaux sociaux": Source.SOCIAL,
    "Webinaire": Source.WEBINAR, "webinar": Source.WEBINAR, "Livre blanc": Source.WHITE_PAPER,
    "white_paper": Source.WHITE_PAPER, "Prospection": Source.COLD_OUTREACH, "cold_outreach": Source.COLD_OUTREACH,
    "Démarchage": Source.COLD_OUTREACH, "Newsletter": Source.NEWSLETTER, "Lettre d'information": Source.NEWSLETTER,
    "Réseau": Source.NETWORKING, "networking": Source.NETWORKING, "Autre": Source.OTHER,
}


@pytest.mark.parametrize("word", WORDS)
def test_source_words_in_french_and_english(word: str) -> None:
    assert SOURCES[word_key(word)] is WORDS[word]


@pytest.mark.parametrize("word, stage", [
    ("Client", Stage.CLIENT), ("client", Stage.CLIENT), ("Cliente", Stage.CLIENT), ("customer", Stage.CLIENT),
    ("Ambassadeur", Stage.AMBASSADOR), ("ambassadrice", Stage.AMBASSADOR), ("Étranger", Stage.STRANGER),
    ("Etranger", Stage.STRANGER), ("ÉTRANGÈRE", Stage.STRANGER), ("Piste", Stage.LEAD), ("Lead", Stage.LEAD),
    ("Visiteur", Stage.VISITOR), ("prospect", Stage.PROSPECT), ("Prospecté", Stage.PROSPECT),
])
def test_stage_words_in_french_and_english(word: str, stage: Stage) -> None:
    assert STAGES[word_key(word)] is stage


def test_the_other_vocabularies_in_french_and_english() -> None:
    assert (KINDS[word_key("Société")], KINDS[word_key("Personne")]) == (ContactKind.ORGANISATION, ContactKind.PERSON)
    assert TEMPERATURES[word_key("Tiède")] is Temperature.WARM and TEMPERATURES[word_key("chaud")] is Temperature.HOT
    assert (ANSWERS[word_key("Oui")], ANSWERS[word_key("non")]) == (Answer.YES, Answer.NO)
    # Every stored value is a word of its own vocabulary: Carnet's export reads back.
    for table, kind in ((SOURCES, Source), (STAGES, Stage), (KINDS, ContactKind), (TEMPERATURES, Temperature),
                        (ANSWERS, Answer)):
        assert all(table[word_key(member.value)] is member for member in kind)


def test_the_french_sheet_imports_every_row_but_the_unpaid_client() -> None:
    plan = plan_of(SHEET)
    assert len(plan.good) == 23
    [problem] = plan.bad  # "Client" without an amount paid keeps its rule
    assert (problem.line, problem.error.template if problem.error else "") == (23, NEEDS_AMOUNT)
    drafts = dict(plan.good)
    assert [drafts[line].source for line in range(2, 12)] == [
        Source.EVENT, Source.WEBSITE, Source.REFERRAL, Source.REFERRAL, Source.SOCIAL, Source.WEBINAR,
        Source.WHITE_PAPER, Source.COLD_OUTREACH, Source.EVENT, Source.WEBSITE]
    assert [drafts[line].stage for line in (2, 4, 5, 6, 7, 8, 9)] == [
        Stage.CLIENT, Stage.CLIENT, Stage.AMBASSADOR, Stage.STRANGER, Stage.STRANGER, Stage.LEAD, Stage.VISITOR]
    assert plan.paid[2] == (("EUR", 125000),) and plan.paid[5] == (("EUR", 240000),)
    assert (drafts[22].kind, drafts[22].display_name) == (ContactKind.ORGANISATION, "SARL Dubois")


def test_an_unknown_source_is_other_kept_as_a_tag_and_warned_about_once() -> None:
    plan = plan_of(SHEET)
    drafts = dict(plan.good)
    assert (drafts[20].source, drafts[20].tags) == (Source.OTHER, "Marché de Noël")
    assert (drafts[21].source, drafts[21].tags) == (Source.OTHER, "marché de noël")
    unknown = [warning for warning in plan.warnings if warning.notice and warning.notice.template == UNKNOWN_SOURCE]
    assert [(warning.line, warning.notice.args_map["count"]) for warning in unknown if warning.notice] == [(20, 2)]
    assert "Other" in unknown[0].reason and "Marché de Noël" in unknown[0].reason


def test_a_phone_without_its_leading_zero_is_kept_as_typed_with_a_warning() -> None:
    plan = plan_of(SHEET)
    assert dict(plan.good)[2].phone == "612345678"  # nine digits are a whole number in Spain or Belgium
    [warning] = [w for w in plan.warnings if w.notice and w.notice.template == NINE_DIGITS]
    assert warning.line == 2 and warning.reason.startswith("3 phone number(s)") and "612345678" in warning.reason


def test_the_cli_reports_the_sheet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["import", str(SHEET), "--db", str(tmp_path / "x.sqlite3"), "--dry-run", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    found = json.loads(out)
    assert (found["valid"], [bad["line"] for bad in found["bad"]]) == (23, [23])
    assert [warning["line"] for warning in found["warnings"]] == [2, 20]
    assert "Other" in found["warnings"][1]["reason"]


def test_the_cli_prints_the_warnings_in_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["import", str(SHEET), "--db", str(tmp_path / "x.sqlite3"), "--skip-bad"])
    out, _ = capsys.readouterr()
    assert code == 0
    assert "line 20: warning: \"Marché de Noël\" is not a source Carnet knows" in out
    assert "23 good rows, 1 bad, 2 warnings" in out
    with sqlite3.connect(tmp_path / "x.sqlite3") as connection:
        row = connection.execute("SELECT source, tags FROM contact WHERE display_name = 'Sarah Lambert'").fetchone()
    assert row == ("other", "Marché de Noël")


def test_the_wizard_lists_the_warnings_then_imports(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    import_contacts(window, str(SHEET))
    qtbot.waitUntil(lambda: window.pending_dialog is not None and window.pending_dialog.isVisible())
    wizard = window.pending_dialog
    assert isinstance(wizard, QWizard)
    mapping = wizard.currentPage()
    assert [combo.currentData() for combo in mapping.combos][:9] == [
        "last_name", "first_name", "organisation", "phone", "email", "source", "stage", "amount", "notes"]
    wizard.button(QWizard.WizardButton.NextButton).click()

    check = wizard.currentPage()
    assert check.problems.rowCount() == 1 and check.problems.item(0, 0).text() == "23"
    assert not check.warnings.isHidden()
    shown = [(check.warnings.item(row, 0).text(), check.warnings.item(row, 1).text())
             for row in range(check.warnings.rowCount())]
    assert [line for line, _ in shown] == ["2", "20"]
    assert "Marché de Noël" in shown[1][1] and "Other" in shown[1][1]  # an unknown source, filed as Other
    check.skip_bad.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()

    count, other = db.reader().execute(
        "SELECT COUNT(*), SUM(source = 'other') FROM contact").fetchone()
    assert (count, other) == (23, 3)  # "Autre", and the two "Marché de Noël"


def test_the_wizard_hides_the_warnings_when_there_are_none(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    import_contacts(window, str(Path(__file__).parent / "data" / "apple_contacts.vcf"))
    qtbot.waitUntil(lambda: window.pending_dialog is not None and window.pending_dialog.isVisible())
    wizard = window.pending_dialog
    assert isinstance(wizard, QWizard)
    check = wizard.currentPage()
    assert check.warnings.isHidden() and check.warnings_title.isHidden()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    kinds = db.reader().execute("SELECT kind FROM contact ORDER BY id").fetchall()
    assert kinds == [("person",), ("organisation",)]
    assert db.reader().execute("SELECT COUNT(*) FROM contact_detail").fetchone() == (4,)


def open_on(qtbot: QtBot, db: Database, path: Path) -> tuple[MainWindow, QWizard]:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    import_contacts(window, str(path))
    qtbot.waitUntil(lambda: window.pending_dialog is not None and window.pending_dialog.isVisible())
    wizard = window.pending_dialog
    assert isinstance(wizard, QWizard)
    return window, wizard


def listed_words(mapping) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [tuple(mapping.words.item(row, column).text() for column in range(3))
            for row in range(mapping.words.rowCount())]


def test_the_user_says_what_an_unknown_source_means(qtbot: QtBot, db: Database) -> None:
    """"Marché de Noël" (twice, in two cases) is listed once on the columns page; the user files it under
    Event: both rows import as events, without the word as a tag, and the check no longer warns about it."""
    _, wizard = open_on(qtbot, db, SHEET)
    mapping = wizard.currentPage()
    assert not mapping.words.isHidden()
    assert listed_words(mapping) == [("Source", "Marché de Noël", "2")]
    combo = mapping.word_combos[("source", word_key("Marché de Noël"))]
    assert combo.currentData() is None  # by default: Other, the word kept as a tag
    combo.setCurrentIndex(combo.findData(Source.EVENT))
    wizard.button(QWizard.WizardButton.NextButton).click()
    check = wizard.currentPage()
    shown = [check.warnings.item(row, 1).text() for row in range(check.warnings.rowCount())]
    assert not any("Marché de Noël" in text for text in shown)
    check.skip_bad.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    found = db.reader().execute(
        "SELECT display_name, source, tags FROM contact WHERE display_name IN ('Sarah Lambert', 'Adam Bonnet') "
        "ORDER BY display_name").fetchall()
    assert found == [("Adam Bonnet", "event", ""), ("Sarah Lambert", "event", "")]
    assert db.reader().execute("SELECT COUNT(*) FROM contact WHERE source = 'other'").fetchone() == (1,)  # "Autre"


def test_an_unknown_stage_word_is_refused_unless_the_user_maps_it(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    """A sheet used as a CRM has its own steps ("Devis envoyé"): such a row is refused, and imports once the
    user says the word means Prospect; the columns the words come from change with the mapping."""
    sheet = tmp_path / "suivi.csv"
    sheet.write_bytes("\r\n".join([
        "Nom;Prénom;Société;Statut;Source",
        "Lefèvre;Zoé;Atelier Œuvre;Devis envoyé;Salon",
        "Haddad;Omar;;devis envoyé;Site web",
        "Martin;Léa;;Lead;Bouche-à-oreille",
    ]).encode("cp1252") + b"\r\n")
    _, wizard = open_on(qtbot, db, sheet)
    mapping = wizard.currentPage()
    assert listed_words(mapping) == [("Statut", "Devis envoyé", "2")]
    wizard.button(QWizard.WizardButton.NextButton).click()
    check = wizard.currentPage()
    assert [check.problems.item(row, 0).text() for row in range(check.problems.rowCount())] == ["2", "3"]
    wizard.back()
    combo = mapping.word_combos[("stage", word_key("Devis envoyé"))]
    combo.setCurrentIndex(combo.findData(Stage.PROSPECT))
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert check.problems.rowCount() == 0 and check.problems.isHidden()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert db.reader().execute("SELECT display_name, stage FROM contact ORDER BY id").fetchall() == [
        ("Zoé Lefèvre", "prospect"), ("Omar Haddad", "prospect"), ("Léa Martin", "lead")]
    # Leaving the column out takes its words off the list.
    _, wizard = open_on(qtbot, db, sheet)
    mapping = wizard.currentPage()
    mapping.combos[3].setCurrentIndex(0)
    assert mapping.words.rowCount() == 0 and mapping.words.isHidden()
