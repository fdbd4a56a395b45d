"""CardListView: one column's cards, draggable, navigable from the keyboard.

A one-column QTableView rather than a QListView: on every inserted or removed row QListView lays out the
whole list again, calling the Python model once per row (thousands of calls per drop at 10,000 cards),
while a table with fixed row heights updates its header in constant time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSlider,
    QFrame,
    QHeaderView,
    QProxyStyle,
    QScrollBar,
    QStyle,
    QStyleOptionSlider,
    QStyleOptionViewItem,
    QTableView,
)

from carnet.ui.board.model import CardRole

if TYPE_CHECKING:
    from carnet.ui.board.stage_proxy import StageProxy


class _NoRowPanel(QProxyStyle):
    """The card delegate draws selection itself: the table's own row highlight would frame it in blue."""

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: Any, painter: Any, widget: Any = None) -> None:
        if element == QStyle.PrimitiveElement.PE_PanelItemViewRow:
            return
        super().drawPrimitive(element, option, painter, widget)


class CalmScrollBar(QScrollBar):
    """A scroll bar that repaints on a range change only when its handle visibly moves or resizes.

    Every drop adds or removes a row, which changes the range; on a column of thousands of cards the
    handle stays on the same pixels, and repainting the bar cost more than repainting the cards.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self._handle = QRect()

    def _handle_rect(self) -> QRect:
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        return self.style().subControlRect(
            QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarSlider, self
        )

    def sliderChange(self, change: QAbstractSlider.SliderChange) -> None:
        if change in (QAbstractSlider.SliderChange.SliderRangeChange, QAbstractSlider.SliderChange.SliderStepsChange):
            handle = self._handle_rect()
            if handle == self._handle:
                return
            self._handle = handle
        super().sliderChange(change)


class CardListView(QTableView):
    step_column = Signal(int)  # -1: the user pressed Left, +1: Right
    open_requested = Signal(int)  # a contact id: Enter or double-click
    menu_requested = Signal(QPoint)  # a right-click on a card (now selected), where (global)
    focused = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        # Every card has the same height: no per-row size queries.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the column, as in any form; arrows move between cards
        self.setCornerButtonEnabled(False)
        self.setVerticalScrollBar(CalmScrollBar(self))
        self._style = _NoRowPanel()  # kept: the view does not own a style set on it
        self._style.setParent(self)
        self.setStyle(self._style)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setMouseTracking(True)  # hover highlight on cards
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)

    def setItemDelegate(self, delegate: Any) -> None:
        super().setItemDelegate(delegate)
        self._fit_rows()

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.StyleChange):
            self._fit_rows()

    def _fit_rows(self) -> None:
        option = QStyleOptionViewItem()
        option.font = self.font()
        height = self.itemDelegate().sizeHint(option, QModelIndex()).height()
        self.verticalHeader().setMinimumSectionSize(1)
        self.verticalHeader().setDefaultSectionSize(height)

    def selected_ids(self) -> list[int]:
        """The selected cards' contact ids, top to bottom."""
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [self.model().index(row, 0).data(CardRole.CONTACT_ID) for row in rows]

    def select_ids(self, contact_ids: list[int]) -> None:
        model = cast("StageProxy", self.model())  # what a column shows (see column.py)
        selection = self.selectionModel()
        selection.clearSelection()
        first: QModelIndex | None = None
        for contact_id in contact_ids:
            row = model.row_of_contact(contact_id)
            if row < 0:
                continue
            index = model.index(row, 0)
            selection.select(index, selection.SelectionFlag.Select)
            if first is None:
                first = index
        if first is not None:
            selection.setCurrentIndex(first, selection.SelectionFlag.NoUpdate)
            self.scrollTo(first)

    def select_row(self, row: int) -> None:
        count = self.model().rowCount()
        if count == 0:
            return
        index = self.model().index(max(0, min(row, count - 1)), 0)
        self.selectionModel().setCurrentIndex(index, self.selectionModel().SelectionFlag.ClearAndSelect)
        self.scrollTo(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if plain and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step_column.emit(-1 if key == Qt.Key.Key_Left else 1)
            event.accept()
            return
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            current = self.currentIndex()
            if current.isValid():
                self.open_requested.emit(current.data(CardRole.CONTACT_ID))
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        # The menu acts on the selection: a right-click on a card outside it selects that card alone.
        index = self.indexAt(event.pos())
        if not index.isValid():
            return
        if not self.selectionModel().isSelected(index):
            self.selectionModel().setCurrentIndex(index, self.selectionModel().SelectionFlag.ClearAndSelect)
        self.menu_requested.emit(event.globalPos())
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid():
            self.open_requested.emit(index.data(CardRole.CONTACT_ID))
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if not self.currentIndex().isValid() and self.model().rowCount():
            self.select_row(0)
        self.focused.emit()
