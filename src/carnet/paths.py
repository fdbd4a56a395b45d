"""Where Carnet keeps its files: platformdirs wrapped once, with an override for tests and portable use.

The override is either `override_base_dir` (in-process tests) or the ``CARNET_HOME`` environment variable
(a folder: Carnet then keeps ``data/``, ``config/`` and ``logs/`` in it instead of the platform's places).
The variable is what lets a test run Carnet in a subprocess without touching the real user's folders, and
lets a user keep Carnet's files in a folder of their choosing; `override_base_dir` wins over it.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "Carnet"
DATABASE_FILE = "carnet.sqlite3"
HOME_VARIABLE = "CARNET_HOME"

_dirs = PlatformDirs(APP_NAME, appauthor=False)
_base_override: Path | None = None


def override_base_dir(path: Path | None) -> None:
    """Put every Carnet folder under ``path`` (tests); None goes back to ``CARNET_HOME`` or the platform's places."""
    global _base_override
    _base_override = None if path is None else Path(path)


def _base() -> Path | None:
    if _base_override is not None:
        return _base_override
    home = os.environ.get(HOME_VARIABLE)
    # Read on every call rather than at import, so that setting it before `main()` is enough; an empty
    # value counts as unset, as XDG_CONFIG_HOME's does.
    return Path(home).expanduser() if home else None


def data_dir() -> Path:
    base = _base()
    return base / "data" if base else Path(_dirs.user_data_dir)


def config_dir() -> Path:
    base = _base()
    return base / "config" if base else Path(_dirs.user_config_dir)


def log_dir() -> Path:
    base = _base()
    return base / "logs" if base else Path(_dirs.user_log_dir)


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILE


def settings_path() -> Path:
    """The window's and the preferences' settings file (an INI file, the same on every system)."""
    return config_dir() / "carnet.ini"
