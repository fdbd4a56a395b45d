"""A report table measures what its rows need once per change of the rows, not on every resize (issue 19: the
dashboard's six tables measured 13 times when first shown), and still follows new rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from carnet.ui.todo_view import ReportTable, RowTableModel


class NamesModel(RowTableModel[tuple[str, str]]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = ("Name", "Town")
        self.asked = 0  # display texts handed to the view

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        self.asked += 1
        return self.row_at(index.row())[index.column()]


def test_widths_are_measured_once_per_change_of_the_rows(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    model = NamesModel(parent)
    model.set_rows([("Zoé Lefèvre", "Lyon"), ("Björn Andersson", "Nantes")])
    table = ReportTable(model, "Names", parent, stretch=1)
    table.resize(500, 300)
    table.fit_columns()
    name_width = table.horizontalHeader().sectionSize(0)
    model.asked = 0
    for width in (520, 560, 610, 480):  # laid out again and again: the same rows, no new measure
        table.resize(width, 300)
        table.fit_columns()
    assert model.asked == 0
    assert table.horizontalHeader().sectionSize(0) == name_width
    model.set_rows([("Marie-Clémentine de La Tour d'Auvergne-Lauraguais", "Lyon")])
    table.fit_columns()
    assert model.asked > 0  # new rows: measured again, and the column follows them
    assert table.horizontalHeader().sectionSize(0) > name_width
