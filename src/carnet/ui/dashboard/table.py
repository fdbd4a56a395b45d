"""The dashboard's tables: rows of display texts, with the contacts behind a row; CSV export of any of them."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from carnet.io.csv_export import neutralise
from carnet.ui.formatting import PaidText
from carnet.ui.todo_view import SHORT_TEXT_ROLE, AnyIndex, RowTableModel

CONTACT_IDS_ROLE = Qt.ItemDataRole.UserRole + 1  # list[int]: the contacts a row stands for (RFM segments)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class FigureTable(RowTableModel[list[str]]):
    """A read-only table of texts; columns listed in ``numeric`` are right-aligned. A cell that is a
    `PaidText` (money in several currencies) gives its short form for where it does not fit
    (`SHORT_TEXT_ROLE`); the CSV has the whole text."""

    def __init__(self, headers: Sequence[str], numeric: Sequence[int] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._numeric = frozenset(numeric)
        self._tooltips: list[str] = []
        self._ids: list[list[int]] = []

    def set_rows(self, rows: Sequence[Sequence[str]], ids: Sequence[Sequence[int]] = (),
                 tooltips: Sequence[str] = ()) -> None:
        self._ids = [list(i) for i in ids] or [[] for _ in rows]
        self._tooltips = list(tooltips) or ["" for _ in rows]
        super().set_rows([list(row) for row in rows])

    def headers(self) -> list[str]:
        return list(self._headers)

    def texts(self) -> list[list[str]]:
        return [list(row) for row in self._rows]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltips[index.row()] or self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._numeric:
            return _RIGHT
        if role == SHORT_TEXT_ROLE:
            cell = self._rows[index.row()][index.column()]
            return cell.short if isinstance(cell, PaidText) else None
        if role == CONTACT_IDS_ROLE:
            return self._ids[index.row()]
        return None


def write_table_csv(table: FigureTable, path: Path | str) -> None:
    """The table as shown, as CSV: UTF-8 with a BOM (Excel reads the accents), like the gift list; no cell
    can run as a spreadsheet formula (`carnet.io.csv_export.neutralise`, shared with every CSV Carnet writes)."""
    with open(path, "w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow([neutralise(text) for text in table.headers()])
        writer.writerows([neutralise(str(cell)) for cell in row] for row in table.texts())
