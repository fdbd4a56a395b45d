"""The gift list on paper: the PDF (written without the print system) and printing, both A4 landscape."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6 import QtPrintSupport
from PySide6.QtGui import QPageLayout, QPageSize
from pytestqt.qtbot import QtBot

from carnet.storage import Database
from carnet.ui.gifts_tab import MARGINS, GiftsTab, write_gift_pdf


def test_the_pdf_is_a4_landscape_and_titled(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "gifts.pdf"
    write_gift_pdf([], 2026, path)
    pdf = path.read_bytes()
    boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf)
    assert [(round(float(width)), round(float(height))) for width, height in boxes] == [(842, 595)]
    # The document's title, as PDF viewers show it: UTF-16 with a byte-order mark.
    assert b"/Title (" + "\ufeffYear-end gifts 2026".encode("utf-16-be") + b")" in pdf


def test_printing_asks_with_an_a4_landscape_page(qtbot: QtBot, db: Database,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[QPageLayout] = []

    class Printer:
        """No real QPrinter: it would ask the CUPS server for its printers, and tests stay offline too."""

        PrinterMode = QtPrintSupport.QPrinter.PrinterMode

        def __init__(self, _mode: object) -> None:
            self.layout = QPageLayout()

        def setPageLayout(self, layout: QPageLayout) -> None:
            self.layout = layout

        def setDocName(self, _name: str) -> None:
            pass

    class CancelledPrintDialog:
        def __init__(self, printer: Printer, _parent: object) -> None:
            asked.append(printer.layout)

        def setWindowTitle(self, _title: str) -> None:
            pass

        def exec(self) -> int:
            return 0  # the user cancels: nothing is printed

    # print_list imports the print system when called: the stand-ins are what it finds there.
    monkeypatch.setattr(QtPrintSupport, "QPrinter", Printer)
    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", CancelledPrintDialog)
    tab = GiftsTab(db)
    qtbot.addWidget(tab)
    tab.print_list()
    [layout] = asked
    assert layout.pageSize().id() == QPageSize.PageSizeId.A4
    assert layout.orientation() == QPageLayout.Orientation.Landscape
    assert layout.margins() == MARGINS
