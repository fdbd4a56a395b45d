"""Where Carnet keeps its files: platformdirs wrapped once, with an override for tests and portable use."""

from __future__ import annotations

from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "Carnet"
DATABASE_FILE = "carnet.sqlite3"

_dirs = PlatformDirs(APP_NAME, appauthor=False)
_base_override: Path | None = None


def override_base_dir(path: Path | None) -> None:
    """Put every Carnet folder under ``path`` (tests); None goes back to the platform's places."""
    global _base_override
    _base_override = None if path is None else Path(path)


def data_dir() -> Path:
    return _base_override / "data" if _base_override else Path(_dirs.user_data_dir)


def config_dir() -> Path:
    return _base_override / "config" if _base_override else Path(_dirs.user_config_dir)


def log_dir() -> Path:
    return _base_override / "logs" if _base_override else Path(_dirs.user_log_dir)


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILE


def settings_path() -> Path:
    """The window's and the preferences' settings file (an INI file, the same on every system)."""
    return config_dir() / "carnet.ini"
