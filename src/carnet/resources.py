"""Where Carnet's own files are at run time: the app icon.

It lives inside the ``carnet`` package (``carnet/icons``), so one lookup serves the three ways Carnet runs
(the compiled translations, in ``carnet/i18n``, `carnet.i18n` finds beside its own module):

- from the source tree (``pip install -e .``) and from an installed wheel: beside this module;
- from the PyInstaller bundle (``sys.frozen``): under ``sys._MEIPASS/carnet``, where
  ``packaging/carnet.spec`` copies it.

No Qt import at module level: the command-line commands import nothing from Qt.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

APP_ICON = "carnet.svg"


def package_dir() -> Path:
    """The folder holding the ``carnet`` package's files, whether frozen or not."""
    if getattr(sys, "frozen", False):
        bundle = getattr(sys, "_MEIPASS", None)
        if bundle:
            return Path(bundle) / "carnet"
    return Path(__file__).resolve().parent


def icons_dir() -> Path:
    """The folder of Carnet's icons."""
    return package_dir() / "icons"


def app_icon_path() -> Path:
    """Carnet's app icon, an SVG (drawn by Qt's SVG icon engine, sharp at every size)."""
    return icons_dir() / APP_ICON


def app_icon() -> QIcon:
    """Carnet's app icon as a ``QIcon``, for ``QApplication.setWindowIcon`` (needs a ``QGuiApplication``)."""
    from PySide6.QtGui import QIcon

    return QIcon(str(app_icon_path()))


def guide_path(language: str) -> Path | None:
    """The user guide in ``language`` ("en", "fr"; English when there is none in it), or None when missing.

    The wheel and the packaged app carry it under ``carnet/guide`` (pyproject.toml's force-include,
    packaging/carnet.spec); the source tree has it in ``docs/``, two folders above the package.
    """
    name = "guide.md" if language == "en" else f"guide.{language}.md"
    for folder in (package_dir() / "guide", package_dir().parent.parent / "docs"):
        for candidate in (folder / name, folder / "guide.md"):
            if candidate.is_file():
                return candidate
    return None
