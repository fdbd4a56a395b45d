"""carnet.resources finds the icon from the source tree and from a frozen bundle."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import carnet
from carnet import resources

PACKAGE = Path(carnet.__file__).resolve().parent


def test_from_the_source_tree_the_files_are_beside_the_package():
    assert resources.package_dir() == PACKAGE
    assert resources.app_icon_path() == PACKAGE / "icons" / "carnet.svg"
    assert resources.app_icon_path().is_file()


def test_frozen_the_files_are_under_the_bundle(monkeypatch, tmp_path):
    """PyInstaller sets sys.frozen and sys._MEIPASS (the bundle's _internal folder); the spec copies there."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.package_dir() == tmp_path / "carnet"
    assert resources.app_icon_path() == tmp_path / "carnet" / "icons" / "carnet.svg"


def test_frozen_without_a_bundle_folder_falls_back_to_the_package(monkeypatch):
    """Other freezers (cx_Freeze…) set sys.frozen but no _MEIPASS: look beside the module."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert resources.package_dir() == PACKAGE


def test_the_icon_is_a_square_svg():
    root = ET.parse(resources.app_icon_path()).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"


def test_the_icon_draws_at_16_pixels(qapp):
    """Qt's SVG icon engine reads it (the window's icon); the notebook's cover fills the middle."""
    from PySide6.QtGui import QColor

    icon = resources.app_icon()
    assert not icon.isNull()
    image = icon.pixmap(16, 16).toImage()
    assert image.width() == 16
    centre = QColor(image.pixel(5, 12))
    assert centre.alpha() == 255 and centre.blue() > centre.red()
