"""The French catalogue covers every string of the interface, and the interface speaks it.

When a test here fails after you added or changed strings:
    .venv/bin/python tools/update_translations.py
then translate the entries it lists in resources/translations/carnet_fr.ts (and the English plural
forms in carnet_en.ts), and run the script again to compile the .qm files.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

import carnet.i18n as i18n
from carnet.domain.enums import Stage
from carnet.domain.errors import InvalidInput
from carnet.domain.validation import NAME_REQUIRED
from carnet.i18n import choose_language, install_translations, language_preference, uninstall_translations
from carnet.i18n.language_choice import LanguageChoice
from carnet.storage import Database
from carnet.ui.formatting import format_days_ago, format_money
from carnet.ui.labels import error_text, stage_label
from carnet.ui.settings import app_settings

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
FRANCE = QLocale(QLocale.Language.French, QLocale.Country.France)


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    forms: tuple[str, ...]  # the translation, one entry per plural form
    finished: bool
    where: str  # "path:line" of the first use, when the .ts has locations


def _where(file: Path, location: ET.Element) -> str:
    try:
        shown = file.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        shown = file.name
    return f"{shown}:{location.get('line')}"


def read_ts(path: Path) -> dict[tuple[str, str], Message]:
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (tuple(f.text or "" for f in translation.iter("numerusform")) if numerus
                     else (translation.text or "",))
            location = message.find("location")
            where = "" if location is None else _where(path.parent / location.get("filename", ""), location)
            finished = translation.get("type") is None and all(form.strip() for form in forms)
            messages[name, source] = Message(name, source, numerus, forms, finished, where)
    return messages


@pytest.fixture(scope="module")
def current(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Message]:
    """Every translatable string of the code git tracks (as it is on disk), from a fresh lupdate run.

    Files nobody has added to git yet (someone's work in progress) are left out; the markers lupdate
    needs (tools/update_translations.py: markers()) are made from the code rather than read from the
    committed generated_markers.py, exactly as the update script makes them.
    """
    folder = tmp_path_factory.mktemp("lupdate")
    files = [f for f in tool.source_files(tracked_only=True) if f != tool.MARKERS_MODULE]
    found = tool.markers(files)
    generated = folder / "i18n" / "generated_markers.py"  # read first, like the real one (see its docstring)
    generated.parent.mkdir()
    generated.write_text(tool.markers_module(found), encoding="utf-8")
    ts_file = folder / "current.ts"
    tool.lupdate([generated, *files], ts_file, ["-target-language", "fr_FR"], locations=True)
    messages = read_ts(ts_file)
    lost = [_describe(m) for (context, source), m in messages.items()
            if not context and not any(text == source for _, text in found)]
    assert not lost, (
        "strings translated without a context lupdate can tell (tr() outside a class, not through a helper "
        "markers() recognises); use QCoreApplication.translate(\"<Context>\", \"…\"):\n" + "\n".join(lost)
    )
    return {key: message for key, message in messages.items() if key[0]}


@pytest.fixture(scope="module")
def french_catalogue() -> dict[tuple[str, str], Message]:
    return read_ts(TS_DIR / "carnet_fr.ts")


def _describe(message: Message) -> str:
    return f"  [{message.context}] {message.source!r}" + (f"  ({message.where})" if message.where else "")


def test_every_string_of_the_interface_has_a_french_translation(current, french_catalogue) -> None:
    missing = [m for key, m in current.items() if key not in french_catalogue]
    unfinished = [m for key, m in current.items() if key in french_catalogue and not french_catalogue[key].finished]
    problems = []
    if missing:
        problems.append(f"{len(missing)} string(s) missing from carnet_fr.ts:\n" + "\n".join(map(_describe, missing)))
    if unfinished:
        problems.append(f"{len(unfinished)} string(s) without a finished French translation:\n"
                        + "\n".join(map(_describe, unfinished)))
    assert not problems, "\n".join(problems) + "\nRun tools/update_translations.py, translate, run it again."


def test_counted_strings_are_plurals(current) -> None:
    """A "%n" string recorded as a plain message would read "3 jour(s)": see carnet/i18n/unmarked.py."""
    flat = [_describe(m) for m in current.values() if "%n" in m.source and not m.numerus]
    assert not flat, "\"%n\" strings lupdate did not record as plurals:\n" + "\n".join(flat)


def _accelerator_count(text: str) -> int:
    return text.replace("&&", "").count("&")  # "&&" is a literal ampersand


def test_placeholders_and_accelerators_survive_translation(french_catalogue) -> None:
    wrong = []
    for message in french_catalogue.values():
        for form in message.forms:
            if not message.finished:
                continue
            if Counter(PLACEHOLDER.findall(form)) != Counter(PLACEHOLDER.findall(message.source)):
                wrong.append(f"{_describe(message)}: placeholders differ in {form!r}")
            if _accelerator_count(form) != _accelerator_count(message.source):
                wrong.append(f"{_describe(message)}: the & accelerator is lost or doubled in {form!r}")
    assert not wrong, "\n".join(wrong)


def test_english_plural_forms_are_complete(current) -> None:
    english = read_ts(TS_DIR / "carnet_en.ts")
    plural = [m for m in current.values() if m.numerus]
    missing = [_describe(m) for m in plural if not english.get((m.context, m.source), m).finished
               or (m.context, m.source) not in english]
    assert not missing, "English plural forms missing from carnet_en.ts:\n" + "\n".join(missing)
    for message in english.values():
        assert message.numerus, f"carnet_en.ts only holds plurals: {_describe(message)}"
        assert "(s)" not in "".join(message.forms), _describe(message)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_compiled_catalogues_match_their_sources(tmp_path: Path, language: str) -> None:
    compiled = tmp_path / f"carnet_{language}.qm"
    tool.lrelease(TS_DIR / f"carnet_{language}.ts", compiled)
    shipped = i18n.catalogue_path(language)
    assert shipped.read_bytes() == compiled.read_bytes(), (
        f"{shipped.name} is older than carnet_{language}.ts: run tools/update_translations.py"
    )


def test_update_tool_lists_files_git_tracks() -> None:
    files = tool.source_files(tracked_only=True)
    tracked = subprocess.run(["git", "ls-files", "src/carnet/ui/main_window.py"], cwd=ROOT, capture_output=True,
                             text=True).stdout.strip()
    assert (ROOT / tracked) in files
    assert not any("/cli/" in f.as_posix() for f in files)


# --- The language picked and installed ---------------------------------------------------------------------


@pytest.fixture
def translated(qapp: QApplication) -> Iterator[QApplication]:
    """Put the application back in the source language, whatever the test installed."""
    yield qapp
    uninstall_translations(qapp)


@pytest.mark.parametrize(("preference", "system", "expected"), [
    ("system", "fr_FR", "fr"),
    ("system", "fr_CA", "fr"),
    ("system", "en_GB", "en"),
    ("system", "de_DE", "en"),  # no German catalogue: English, the source language
    ("system", "C", "en"),
    ("en", "fr_FR", "en"),
    ("fr", "en_US", "fr"),
    ("garbage", "fr_BE", "fr"),
])
def test_the_language_follows_the_system_unless_a_preference_says_otherwise(preference, system, expected) -> None:
    assert choose_language(preference, QLocale(system)) == expected


def test_the_stored_preference_overrides_the_system_locale(translated: QApplication) -> None:
    assert language_preference() == "system"
    assert install_translations(translated, system_locale=FRANCE) == "fr"
    assert stage_label(Stage.AMBASSADOR) == "Ambassadeur"
    assert QLocale().language() == QLocale.Language.French

    i18n.save_language_preference("en")
    assert language_preference() == "en"
    assert install_translations(translated, system_locale=FRANCE) == "en"
    assert stage_label(Stage.AMBASSADOR) == "Ambassador"
    # English words, French conventions for the dates and money of a French system.
    assert QLocale().language() == QLocale.Language.English
    assert QLocale().territory() == QLocale.Country.France

    i18n.save_language_preference("fr")
    assert install_translations(translated, system_locale=US) == "fr"
    assert stage_label(Stage.AMBASSADOR) == "Ambassadeur"
    assert QLocale().name() == "fr_FR"


def test_an_unknown_stored_preference_means_the_system(translated: QApplication) -> None:
    app_settings().setValue(i18n.SETTINGS_KEY, "klingon")
    assert language_preference() == "system"
    assert install_translations(translated, system_locale=FRANCE) == "fr"
    with pytest.raises(ValueError):
        i18n.save_language_preference("klingon")


def test_a_missing_catalogue_does_not_stop_carnet(translated: QApplication, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(i18n, "CATALOGUE_DIR", tmp_path)
    assert install_translations(translated, preference="fr", system_locale=US) == "en"
    assert stage_label(Stage.CLIENT) == "Client"
    assert format_days_ago(2) == "2 days ago"


def test_english_plurals(translated: QApplication) -> None:
    assert install_translations(translated, preference="en", system_locale=US) == "en"
    assert format_days_ago(1) == "1 day ago"
    assert format_days_ago(3) == "3 days ago"


def test_french_words_dates_and_money(translated: QApplication) -> None:
    assert install_translations(translated, preference="fr", system_locale=US) == "fr"
    assert [stage_label(stage) for stage in Stage] == [
        "Étranger", "Visiteur", "Lead", "Prospect", "Client", "Ambassadeur"]
    assert format_days_ago(1) == "il y a 1 jour"
    assert format_days_ago(12) == "il y a 12 jours"
    assert error_text(InvalidInput(NAME_REQUIRED)) == "Un contact doit avoir un nom."
    money = format_money(125050, "EUR")
    assert money.replace("\u202f", " ").replace("\u00a0", " ") == "1 250,50 €"


def _accelerators(texts: list[str]) -> list[str]:
    return [match.group(1).lower() for text in texts if (match := re.search(r"&([^&])", text))]


def test_the_main_window_speaks_french(qtbot: QtBot, db: Database, translated: QApplication) -> None:
    from carnet.ui.main_window import MainWindow

    install_translations(translated, preference="fr", system_locale=US)
    window = MainWindow(db)
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert "&Fichier" in titles
    assert "&Contact" in titles
    assert window.board.columns[Stage.AMBASSADOR].header_text() == "Ambassadeur · 0"
    assert window.tabs.tabText(0) == "Suivi"
    # No two menus, and no two entries of one menu, answer to the same Alt key.
    keys = _accelerators(titles)
    assert len(keys) == len(set(keys)), titles
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        entries = [entry.text() for entry in menu.actions() if not entry.isSeparator()]
        keys = _accelerators(entries)
        assert len(keys) == len(set(keys)), entries


def test_standard_buttons_come_from_qt_french_catalogue(qtbot: QtBot, translated: QApplication) -> None:
    install_translations(translated, preference="fr", system_locale=US)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Enregistrer"
    answers = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, "Carnet", "?", answers)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.No).text().replace("&", "") == "Non"


def test_a_dialog_speaks_french(qtbot: QtBot, translated: QApplication) -> None:
    from carnet.ui.dialogs.preferences import PreferencesDialog

    install_translations(translated, preference="fr", system_locale=US)
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Préférences"
    defaults = dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
    assert defaults.text() == "Restaurer les valeurs par défaut"


def test_language_choice_saves_the_preference(qtbot: QtBot) -> None:
    choice = LanguageChoice()
    qtbot.addWidget(choice)
    assert choice.value() == "system"
    assert [choice.combo.itemData(i) for i in range(choice.combo.count())] == ["system", "en", "fr"]
    assert choice.note.text() == "Takes effect after restarting Carnet."
    choice.combo.setCurrentIndex(choice.combo.findData("fr"))
    choice.save()
    assert language_preference() == "fr"
    again = LanguageChoice()
    qtbot.addWidget(again)
    assert again.combo.currentText() == "Français"


def test_an_imported_payment_is_described_in_the_interfaces_language(translated: QApplication, qtbot, db) -> None:
    from datetime import UTC, datetime

    from carnet.domain.enums import IMPORTED_PAYMENT
    from carnet.services.reports import TimelineEntry, TimelineKind
    from carnet.ui.contact_panel import ContactPanel

    install_translations(translated, preference="fr", system_locale=FRANCE)
    panel = ContactPanel(db)
    qtbot.addWidget(panel)
    entry = TimelineEntry(datetime(2026, 1, 1, tzinfo=UTC), TimelineKind.PAYMENT, "", {
        "status": "paid", "amount_cents": 10000, "currency": "EUR", "description": IMPORTED_PAYMENT}, 1)
    label, detail = panel.describe(entry)
    assert label == "Paiement reçu"
    assert detail.endswith("— Payé avant Carnet (importé)")


def test_in_french_the_preferences_buttons_are_never_cut(qtbot: QtBot, translated: QApplication) -> None:
    from carnet.ui.dialogs.preferences import PreferencesDialog

    install_translations(translated, system_locale=FRANCE)
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(1, dialog.height())  # as narrow as it lets itself be (a window manager may show it so)
    qtbot.wait(10)
    for button in dialog.buttons.buttons():
        assert button.width() >= button.sizeHint().width(), button.text()
    defaults = dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
    assert defaults.text().replace("&", "") == "Restaurer les valeurs par défaut"


def test_no_two_english_menu_entries_share_an_alt_key(qtbot: QtBot, db: Database) -> None:
    from carnet.ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert len(_accelerators(titles)) == len(set(_accelerators(titles))), titles
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        entries = [entry.text() for entry in menu.actions() if not entry.isSeparator()]
        assert len(_accelerators(entries)) == len(set(_accelerators(entries))), entries


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_tabbed_dialog_s_tabs_and_the_page_shown_never_share_an_alt_key(
    qtbot: QtBot, db: Database, translated: QApplication, language: str
) -> None:
    # The tabs' keys are always live, with those of the page in view: "Se&quences" and a "New Se&quence"
    # button on its page, or "&Billing" beside "Referred &by", answered Alt+Q or Alt+B twice.
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget

    from carnet.services import ContactDraft, create_contact
    from carnet.ui.dialogs.contact_editor import ContactEditorDialog
    from carnet.ui.dialogs.preferences import PreferencesDialog

    install_translations(translated, preference=language, system_locale=US)
    contact = create_contact(db, ContactDraft("Zoé Lefèvre"))
    editor = ContactEditorDialog(draft=ContactDraft("Zoé Lefèvre"), contact_id=contact.id, book=db)
    for dialog in (PreferencesDialog(database=db), editor):
        qtbot.addWidget(dialog)
        tabs = dialog.findChild(QTabWidget)
        assert tabs is not None
        tab_texts = [tabs.tabText(index) for index in range(tabs.count())]
        outside = [button.text() for button in dialog.findChildren(QAbstractButton)
                   if not tabs.isAncestorOf(button)]
        for index in range(tabs.count()):
            page = tabs.widget(index)
            texts = [*tab_texts, *outside, *(w.text() for w in page.findChildren(QLabel)),
                     *(w.text() for w in page.findChildren(QAbstractButton))]
            keys = _accelerators(texts)
            clashing = sorted({key for key in keys if keys.count(key) > 1})
            assert not clashing, (type(dialog).__name__, tab_texts[index], clashing)
