"""BoardView: the six stage columns side by side, scrolling sideways when the window is narrow."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Signal
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QWidget

from carnet.domain.enums import STAGE_ORDER, Stage
from carnet.ui.board.card_list_view import CardListView
from carnet.ui.board.column import StageColumn
from carnet.ui.board.model import BoardModel, CardRole
from carnet.ui.board.stage_proxy import StageProxy


class BoardView(QScrollArea):
    first_painted = Signal()
    open_requested = Signal(int)
    menu_requested = Signal(QPoint)  # a card's right-click menu, where (global)
    current_changed = Signal(object)  # the contact id of the current card, None when there is none

    def __init__(self, model: BoardModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget(self)
        content.setObjectName("board")
        layout = QHBoxLayout(content)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        self.columns: dict[Stage, StageColumn] = {}
        for stage in STAGE_ORDER:
            column = StageColumn(StageProxy(model, stage, self), content)
            column.view.step_column.connect(lambda step, s=stage: self.step_from(s, step))
            column.view.focused.connect(lambda s=stage: self._focus_moved_to(s))
            column.view.open_requested.connect(self.open_requested)
            column.view.menu_requested.connect(self.menu_requested)
            column.view.selectionModel().currentChanged.connect(
                lambda current, _previous, stage=stage: self._current_moved(stage, current)
            )
            self.columns[stage] = column
            layout.addWidget(column, 1)
        self.active_stage: Stage = STAGE_ORDER[0]
        self._painted = False
        self.setWidget(content)
        content.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.first_painted.emit()
        return super().eventFilter(watched, event)

    def view(self, stage: Stage) -> CardListView:
        return self.columns[stage].view

    def proxies(self) -> dict[Stage, StageProxy]:
        return {stage: column.proxy for stage, column in self.columns.items()}

    def counts(self) -> dict[Stage, int]:
        return {stage: column.count() for stage, column in self.columns.items()}

    def selected_ids(self) -> list[int]:
        """The selected cards of the active column (selection never spans columns)."""
        return self.view(self.active_stage).selected_ids()

    def show_cards(self, stage: Stage, contact_ids: list[int], focus: bool = True) -> None:
        """Select these cards in their column (after a move), giving it the keyboard focus if asked."""
        view = self.view(stage)
        if stage != self.active_stage:
            self.view(self.active_stage).clearSelection()
        self.active_stage = stage
        if focus:
            view.setFocus()
        view.select_ids(contact_ids)
        self.ensureWidgetVisible(self.columns[stage])

    def step_from(self, stage: Stage, step: int) -> None:
        """Left/Right: the nearest column in that direction that has cards, at about the same row."""
        row = max(0, self.view(stage).currentIndex().row())
        index = STAGE_ORDER.index(stage) + step
        while 0 <= index < len(STAGE_ORDER):
            target = self.view(STAGE_ORDER[index])
            if target.model().rowCount():
                target.setFocus()
                target.select_row(row)
                self.ensureWidgetVisible(self.columns[STAGE_ORDER[index]])
                return
            index += step

    def focus_board(self) -> None:
        self.view(self.active_stage).setFocus()

    def _current_moved(self, stage: Stage, current: QModelIndex) -> None:
        """A column's current card changed: that column is now the one the selection (and so the panel and the
        Contact menu) speaks of, with or without the keyboard focus; a column that merely lost its current card
        (taken off the board) does not speak over the active one."""
        if current.isValid():
            self._focus_moved_to(stage)
        elif stage != self.active_stage:
            return
        self.current_changed.emit(current.data(CardRole.CONTACT_ID) if current.isValid() else None)

    def _focus_moved_to(self, stage: Stage) -> None:
        if stage != self.active_stage:
            self.view(self.active_stage).clearSelection()
        self.active_stage = stage
