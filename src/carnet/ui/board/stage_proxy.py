"""StageProxy: the cards of one stage, in the board model's order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from carnet.domain.enums import Stage
from carnet.ui.board.model import CardRole


class StageProxy(QSortFilterProxyModel):
    def __init__(self, stage: Stage, parent: Any = None) -> None:
        super().__init__(parent)
        self.stage = stage

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        return index.data(CardRole.STAGE) == self.stage
