"""StageColumn: a stage's header (name and count) over the list of its cards."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QListView, QVBoxLayout

from carnet.domain.enums import Stage
from carnet.ui.board.stage_proxy import StageProxy
from carnet.ui.labels import stage_label

COLUMN_MIN_WIDTH = 180


class StageColumn(QFrame):
    def __init__(self, proxy: StageProxy, parent: Any = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.setObjectName(f"column-{proxy.stage.value}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(COLUMN_MIN_WIDTH)

        self.header = QLabel(self)
        self.header.setObjectName("column-header")
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.header.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.view = QListView(self)
        self.view.setModel(proxy)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setUniformItemSizes(True)
        self.view.setAccessibleName(stage_label(proxy.stage))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)

        for signal in (proxy.modelReset, proxy.rowsInserted, proxy.rowsRemoved, proxy.layoutChanged):
            signal.connect(self._update_header)
        self._update_header()

    @property
    def stage(self) -> Stage:
        return self.proxy.stage

    def count(self) -> int:
        return self.proxy.rowCount()

    def _update_header(self, *_: object) -> None:
        name, count = stage_label(self.stage), self.count()
        self.header.setText(f"{name} · {count}")
        self.header.setAccessibleName(f"{name}, {self.tr('%n contact(s)', '', count)}")
