"""The interface's language: which one (system locale or the user's choice), its catalogues, its locale.

English is the source language written in the code; ``carnet_fr.qm`` translates it into French and
``carnet_en.qm`` only holds the English plural forms ("1 contact" / "3 contacts" for "%n contact(s)").
Qt's own ``qtbase`` catalogue, shipped with PySide6, translates the standard buttons and dialogs
(OK, Cancel, Save, the file dialogs). The sources are ``resources/translations/*.ts``;
``tools/update_translations.py`` refreshes them from the code and compiles the ``.qm`` files here.

The choice is read once, at start-up (a change in Preferences takes effect after a restart).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

# The same settings file as the rest of Carnet; a module that imports nothing else of the interface.
from carnet.ui.settings import app_settings

log = logging.getLogger(__name__)

# Qt's marker for a text translated later, under its own name (lupdate and tools/update_translations.py
# look for that name): the same function, typed as what it does, returning its text unchanged.
# PySide6's stub declares it as (object, object) -> object.
QT_TRANSLATE_NOOP = cast("Callable[[str, str], str]", QtCore.QT_TRANSLATE_NOOP)

SOURCE_LANGUAGE = "en"
SYSTEM = "system"
# Language code -> the QLocale language it stands for. The order is the order of the Preferences list.
LANGUAGES: dict[str, QLocale.Language] = {
    "en": QLocale.Language.English,
    "fr": QLocale.Language.French,
}
SETTINGS_KEY = "interface/language"
CATALOGUE_DIR = Path(__file__).resolve().parent

# What install_translations put in place, so that a second call (tests, a future live switch) replaces it.
_installed: list[QTranslator] = []


def language_preference() -> str:
    """The stored choice: ``"system"`` (the default, also for anything unknown), ``"en"`` or ``"fr"``."""
    value = str(app_settings().value(SETTINGS_KEY, SYSTEM) or SYSTEM).strip().lower()
    return value if value in LANGUAGES else SYSTEM


def save_language_preference(choice: str) -> None:
    """Store ``"system"``, ``"en"`` or ``"fr"``, flushed to disk at once; it applies at the next start."""
    if choice != SYSTEM and choice not in LANGUAGES:
        raise ValueError(f"unknown interface language {choice!r}")
    settings = app_settings()
    settings.setValue(SETTINGS_KEY, choice)
    settings.sync()


def choose_language(preference: str, system_locale: QLocale | None = None) -> str:
    """The language code to use: the preference when it names one, else the system's first language
    Carnet speaks (``QLocale.uiLanguages()``, e.g. "fr-CA" → "fr"), else English."""
    if preference in LANGUAGES:
        return preference
    locale = QLocale.system() if system_locale is None else system_locale
    for tag in locale.uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def locale_for(language: str, system_locale: QLocale | None = None) -> QLocale:
    """The locale dates and money are written in: the system's, or — when the user chose another
    language than the system's — that language with the system's country when Qt knows the pair
    ("en" on a French system: en_FR, euros and day/month dates), else the language's main country."""
    system = QLocale.system() if system_locale is None else system_locale
    wanted = LANGUAGES.get(language, QLocale.Language.English)
    if system.language() == wanted:
        return system
    locale = QLocale(wanted, system.territory())
    return locale if locale.language() == wanted else QLocale(wanted)


def qt_translations_dir() -> Path:
    """Where PySide6 keeps Qt's own catalogues (qtbase_fr.qm …)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def catalogue_path(language: str) -> Path:
    """Carnet's compiled catalogue for ``language`` (it may be missing in a broken install)."""
    return CATALOGUE_DIR / f"carnet_{language}.qm"


def _load(app: QCoreApplication, path: Path) -> bool:
    translator = QTranslator(app)
    if not path.is_file() or not translator.load(str(path)):
        log.warning("translation catalogue %s could not be loaded; continuing without it", path)
        translator.deleteLater()
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def uninstall_translations(app: QCoreApplication) -> None:
    """Remove the catalogues install_translations added and go back to the system locale."""
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale.system())


def install_translations(
    app: QCoreApplication, *, preference: str | None = None, system_locale: QLocale | None = None
) -> str:
    """Install the interface's catalogues and locale; returns the language code in use ("en", "fr").

    Call it once, right after creating the QApplication and before any window. ``preference`` defaults
    to the stored one and ``system_locale`` to ``QLocale.system()`` (both given by tests). Never raises
    for a missing or unreadable catalogue: Carnet then starts in English.
    """
    uninstall_translations(app)
    try:
        chosen = language_preference() if preference is None else preference
    except Exception:  # an unreadable settings file must not stop Carnet from starting
        log.exception("cannot read the language preference; following the system")
        chosen = SYSTEM
    system = QLocale.system() if system_locale is None else system_locale
    language = choose_language(chosen, system)
    if not _load(app, catalogue_path(language)) and language != SOURCE_LANGUAGE:
        # No French catalogue: an English interface beats a mixed one.
        language = SOURCE_LANGUAGE
        _load(app, catalogue_path(language))
    if language != SOURCE_LANGUAGE:
        # Qt's standard buttons and dialogs. Optional: Carnet's own words are already in place.
        _load(app, qt_translations_dir() / f"qtbase_{language}.qm")
    # Dates and money follow the system locale, unless the user chose a language other than its own.
    QLocale.setDefault(system if chosen not in LANGUAGES else locale_for(language, system))
    return language
