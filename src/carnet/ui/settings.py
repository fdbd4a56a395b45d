"""Carnet's settings file (carnet.ini): window geometry, preferences, the interface language, backup warnings.

A module of its own, importing nothing of Carnet's interface, so that every reader of the settings (the main
window, Preferences, the PMG thresholds, the backup warning, `carnet.i18n`) imports it at the top of the
file: it used to live in `carnet.ui.main_window`, which made those modules and the main window import each
other, hidden behind imports inside functions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from carnet import paths
from carnet.private_files import prepare_private_file


def app_settings() -> QSettings:
    # QSettings gives the ini it rewrites the old file's mode: an existing private file keeps it private.
    path = prepare_private_file(paths.settings_path())
    return QSettings(str(path), QSettings.Format.IniFormat)


def path_setting(key: str) -> Path | None:
    """A file or folder the user chose (``~`` expanded), or None: none chosen, or a value that is no
    absolute path (a settings file edited by hand)."""
    value = str(app_settings().value(key, "") or "").strip()
    if not value:
        return None
    path = Path(value).expanduser()
    return path if path.is_absolute() else None


def save_path_setting(key: str, path: Path | None) -> None:
    """Store ``path`` under ``key`` (None forgets it) and flush the settings file to disk."""
    settings = app_settings()
    if path is None:
        settings.remove(key)
    else:
        settings.setValue(key, str(path))
    settings.sync()
