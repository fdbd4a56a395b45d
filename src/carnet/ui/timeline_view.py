"""The contact panel's timeline: one entry a row, newest first, read like a feed in a narrow panel.

Each row is drawn as a small card rather than as three table columns: the kind's picture
(`timeline_icons`), the event ("Payment received") with the date at the right of its first line, and the
details below across the whole width. Three columns gave the details a sliver of a narrow panel once the
date had its four-digit year ("01/12/2026"), and Qt's item view elides a word that does not fit its column
("Sent the broch…"): here every text wraps, at a word or, for a word longer than the line, anywhere, so
nothing is cut. The date, event and details stay the item's three columns (the Event and Details columns
are hidden), which is what the panel, the tests and assistive tools read.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPoint, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QKeyEvent, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from carnet.ui.text_layout import text_height, wrapped

AnyIndex = QModelIndex | QPersistentModelIndex
DATE, EVENT, DETAILS = range(3)
MARGIN_X, MARGIN_Y = 4, 4  # pixels around a row's content
ICON_SIZE = 16
GAP = 6  # between the picture and the texts, the event and the date
LINE_GAP = 1  # between the event and its details


class EntryDelegate(QStyledItemDelegate):
    """Draws one entry: picture, event and date on the first line(s), details wrapped below."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self._view = view

    @staticmethod
    def event_font(font: QFont) -> QFont:
        """The event's font: the row's, bold, so each entry's first words stand out from its details."""
        bold = QFont(font)
        bold.setBold(True)
        return bold

    def _texts(self, index: AnyIndex) -> tuple[str, str, str]:
        day, event, details = (str(index.sibling(index.row(), column).data(Qt.ItemDataRole.DisplayRole) or "")
                               for column in (DATE, EVENT, DETAILS))
        return day, event, details

    def _layouts(self, font: QFont, width: int, index: AnyIndex) -> tuple[float, QTextLayout, QTextLayout | None]:
        """The date's width, and the event and details laid out for a row ``width`` pixels wide."""
        day, event, details = self._texts(index)
        text_width = width - 2 * MARGIN_X - ICON_SIZE - GAP
        date_width = QFontMetrics(font).horizontalAdvance(day)
        # The event keeps at least half the line: in a very narrow panel the date overlaps nothing either.
        event_width = max(text_width - date_width - GAP, text_width / 2)
        event_layout = wrapped(event, self.event_font(font), event_width)
        details_layout = wrapped(details, font, text_width) if details else None
        return date_width, event_layout, details_layout

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        width = self._view.viewport().width()
        font = option.font
        _, event_layout, details_layout = self._layouts(font, width, index)
        first = max(text_height(event_layout), QFontMetrics(font).height())
        body = first + (LINE_GAP + text_height(details_layout) if details_layout is not None else 0)
        return QSize(width, int(2 * MARGIN_Y + max(ICON_SIZE, body) + 0.999))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        widget = shown.widget
        style = widget.style() if widget is not None else QApplication.style()
        icon = QIcon(shown.icon)  # a copy: the option's own is emptied below
        # The style draws the row's background, selection and focus; the texts and the picture are drawn here.
        shown.text = ""
        shown.icon = QIcon()
        shown.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, shown, painter, widget)

        rect = option.rect
        font = option.font
        date_width, event_layout, details_layout = self._layouts(font, rect.width(), index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        if enabled and not option.state & QStyle.StateFlag.State_Active:
            group = QPalette.ColorGroup.Inactive
        palette = option.palette
        text_colour = palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = text_colour if selected else palette.color(group, QPalette.ColorRole.PlaceholderText)
        line_height = QFontMetrics(font).height()
        top = rect.top() + MARGIN_Y
        left = rect.left() + MARGIN_X
        text_left = left + ICON_SIZE + GAP

        painter.save()
        painter.setClipRect(rect)
        icon_top = top + max(0, (line_height - ICON_SIZE) // 2)  # beside the first line, not the row's middle
        mode = QIcon.Mode.Selected if selected else (QIcon.Mode.Normal if enabled else QIcon.Mode.Disabled)
        icon.paint(painter, left, icon_top, ICON_SIZE, ICON_SIZE, Qt.AlignmentFlag.AlignCenter, mode)
        painter.setPen(text_colour)
        event_layout.draw(painter, QPointF(text_left, top))
        day = self._texts(index)[DATE]
        painter.setPen(muted)
        painter.setFont(font)
        right = rect.right() - MARGIN_X
        painter.drawText(QPointF(right - date_width, top + QFontMetrics(font).ascent()), day)
        if details_layout is not None:
            first = max(text_height(event_layout), line_height)
            painter.setPen(text_colour)
            details_layout.draw(painter, QPointF(text_left, top + first + LINE_GAP))
        painter.restore()


class TimelineView(QTreeWidget):
    """One row per entry (date, event, details), drawn by `EntryDelegate`; nothing is ever cut.

    Enter or a double-click asks to edit the current row, Delete to delete it; a right-click offers both,
    and Mark Paid for a quote or an invoice (`ContactPanel` says what each row is).
    """

    edit_requested = Signal(int)  # the row
    delete_requested = Signal(int)
    menu_requested = Signal(int, QPoint)  # the row, where (global)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu_at)
        self.itemDoubleClicked.connect(lambda item, _column: self.edit_requested.emit(self.indexOfTopLevelItem(item)))
        self.setObjectName("contact-timeline")
        self.setAccessibleName(self.tr("Timeline, newest first"))
        self.setHeaderLabels([self.tr("Date"), self.tr("Event"), self.tr("Details")])
        # One visible column, as wide as the view: the event and the details are drawn from the hidden ones.
        self.setHeaderHidden(True)
        self.setColumnHidden(EVENT, True)
        self.setColumnHidden(DETAILS, True)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(DATE, QHeaderView.ResizeMode.Stretch)
        self.setRootIsDecorated(False)
        self.setIndentation(0)
        self.setWordWrap(True)
        self.setItemDelegate(EntryDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QTreeWidget.ScrollMode.ScrollPerPixel)
        self.setAlternatingRowColors(True)
        self._laid_out_width = -1

    def _menu_at(self, point: QPoint) -> None:
        item = self.itemAt(point)
        if item is not None:
            self.setCurrentItem(item)
            self.menu_requested.emit(self.indexOfTopLevelItem(item), self.viewport().mapToGlobal(point))

    def current_row(self) -> int:
        item = self.currentItem()
        return -1 if item is None else self.indexOfTopLevelItem(item)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.current_row()
        if row >= 0 and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_requested.emit(row)
        elif row >= 0 and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit(row)
        elif row >= 0 and event.key() == Qt.Key.Key_Menu and (item := self.currentItem()) is not None:
            self.menu_requested.emit(row, self.viewport().mapToGlobal(self.visualItemRect(item).center()))
        else:
            super().keyPressEvent(event)

    def set_rows(self, rows: Sequence[tuple[str, str, str]], icons: Sequence[QIcon] = ()) -> None:
        """One row per (date, event, details); ``icons``, one per row, are the kinds' pictures."""
        self.clear()
        items = []
        for number, (day, event, details) in enumerate(rows):
            item = QTreeWidgetItem([day, event, details])
            if number < len(icons):
                item.setIcon(DATE, icons[number])
            # What a screen reader says for the row: its one visible column shows all three.
            spoken = f"{day}, {event}: {details}" if details else f"{day}, {event}"
            item.setData(DATE, Qt.ItemDataRole.AccessibleTextRole, spoken)
            items.append(item)
        self.addTopLevelItems(items)

    def viewportEvent(self, event: QEvent) -> bool:
        # Row heights depend on the width: lay the rows out again when it changes (the panel is resized, the
        # scroll bar comes or goes), not for a new height.
        if event.type() == QEvent.Type.Resize and self.viewport().width() != self._laid_out_width:
            self._laid_out_width = self.viewport().width()
            self.scheduleDelayedItemsLayout()
        return super().viewportEvent(event)
