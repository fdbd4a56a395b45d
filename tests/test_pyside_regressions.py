"""Bugs of the Qt binding that would crash Carnet; a version that brings one back fails here."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt


class NoneModel(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> None:
        return None


def test_returning_none_from_data_keeps_none_alive(qapp: object) -> None:
    # PySide6 6.12.0 decrements None's reference count on every such call: on Python 3.11 (where None is
    # not immortal) the interpreter aborts with "deallocating None" after enough painted cards.
    model = NoneModel()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(1000):
        index.data(Qt.ItemDataRole.DecorationRole)
    assert sys.getrefcount(None) - before > -100
