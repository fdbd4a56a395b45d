"""BoardView: the six stage columns side by side, scrolling sideways when the window is narrow."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QWidget

from carnet.domain.enums import STAGE_ORDER, Stage
from carnet.ui.board.column import StageColumn
from carnet.ui.board.model import BoardModel
from carnet.ui.board.stage_proxy import StageProxy


class BoardView(QScrollArea):
    first_painted = Signal()

    def __init__(self, model: BoardModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget(self)
        layout = QHBoxLayout(content)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        self.columns: dict[Stage, StageColumn] = {}
        for stage in STAGE_ORDER:
            proxy = StageProxy(stage, self)
            proxy.setSourceModel(model)
            column = StageColumn(proxy, content)
            self.columns[stage] = column
            layout.addWidget(column, 1)
        self._painted = False
        self.setWidget(content)
        content.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.first_painted.emit()
        return super().eventFilter(watched, event)

    def counts(self) -> dict[Stage, int]:
        return {stage: column.count() for stage, column in self.columns.items()}
