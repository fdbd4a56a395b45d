"""A table drawn page by page on a PDF writer or a printer: each row whole on one page, the header on each.

`QTextDocument.print_` cut a table row at the foot of a page wherever its lines fell: the gift list's page 2
began with the end of an address and no name. Here every row is laid out (and so measured) before anything
is drawn, `paginate` turns the page before a row that would not fit, and the header row is drawn again at
the top of every page. Only a row taller than a whole page is split (it then goes on under the header of
the next page, between two lines of text): nothing is ever left out.

Plain text only, laid out with `QTextLayout` on the device itself (its resolution, its fonts), so what is
measured is what is drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPainter, QPen, QTextLayout

from carnet.ui.text_layout import text_height, with_line_breaks, wrapped

FONT_POINTS = 9.0
TITLE_POINTS = 14.0
PADDING_POINTS = 4.0  # inside each cell
TITLE_GAP_POINTS = 10.0  # between the title and the table
HEADER_FILL = QColor(0xE8, 0xE8, 0xE8)
RULE = QColor(0x70, 0x70, 0x70)


@dataclass(frozen=True, slots=True)
class Slice:
    """The part of row ``row`` drawn on one page: from ``top`` to ``bottom`` (device units, in the row's own
    coordinates). A row that fits on a page is one slice, ``top`` 0 and ``bottom`` its height."""

    row: int
    top: float
    bottom: float


def paginate(heights: Sequence[float], first_room: float, room: float, line: float = 0.0) -> list[list[Slice]]:
    """The rows, by their heights, put on pages: as many whole rows on a page as fit in its room (``first_room``
    on the first page, below its title and header; ``room`` on the others, below the header). A row that does
    not fit where it would start begins the next page. A row taller than ``room`` gets pages of its own, cut
    every ``room - line`` (``line``: the tallest line of text, so that no line is cut in two).
    """
    pages: list[list[Slice]] = [[]]
    left = first_room
    for row, height in enumerate(heights):
        if height > left and pages[-1]:  # it would be cut: turn the page first (not for an empty page)
            pages.append([])
            left = room
        top = 0.0
        while height - top > left:  # taller than a whole page: cut between lines
            size = max(left - line, left / 2)
            pages[-1].append(Slice(row, top, top + size))
            top += size
            pages.append([])
            left = room
        pages[-1].append(Slice(row, top, height))
        left -= height - top
    return pages


def _tallest_line(layout: QTextLayout) -> float:
    return max((layout.lineAt(n).height() for n in range(layout.lineCount())), default=0.0)


class PagedTable:
    """A title and a table of plain texts, ``shares`` giving each column's part of the page's width."""

    def __init__(self, title: str, headers: Sequence[str], shares: Sequence[float],
                 rows: Sequence[Sequence[str]]) -> None:
        if len(headers) != len(shares):
            raise ValueError("one share of the width per column")
        self.title, self.headers, self.rows = title, list(headers), [list(row) for row in rows]
        total = sum(shares)
        self.shares = [share / total for share in shares]
        self.pages: list[list[Slice]] = []  # set by `paint`: what went on each page (the tests read it)

    def paint(self, device: QPagedPaintDevice) -> None:
        """Draw the table on ``device`` (a QPdfWriter or a QPrinter), turning pages as `paginate` says."""
        painter = QPainter(device)
        try:
            self._paint(painter, device)
        finally:
            painter.end()

    def _paint(self, painter: QPainter, device: QPagedPaintDevice) -> None:
        points = device.logicalDpiY() / 72
        padding = PADDING_POINTS * points
        width, height = float(device.width()), float(device.height())
        font = QFont()
        font.setPointSizeF(FONT_POINTS)
        bold = QFont(font)
        bold.setBold(True)
        title_font = QFont(font)
        title_font.setPointSizeF(TITLE_POINTS)
        title_font.setBold(True)
        columns = [width * share for share in self.shares]
        lefts = [sum(columns[:number]) for number in range(len(columns))]

        def laid_out(texts: Sequence[str], cell_font: QFont) -> list[QTextLayout]:
            return [wrapped(with_line_breaks(text), cell_font, column - 2 * padding, device)
                    for text, column in zip(texts, columns, strict=True)]

        header = laid_out(self.headers, bold)
        header_height = max(map(text_height, header)) + 2 * padding
        title = wrapped(with_line_breaks(self.title), title_font, width, device)
        title_height = text_height(title) + TITLE_GAP_POINTS * points
        cells = [laid_out(row, font) for row in self.rows]
        heights = [max(map(text_height, row), default=0.0) + 2 * padding for row in cells]
        line = max((_tallest_line(layout) for row in cells for layout in row), default=0.0)
        self.pages = paginate(heights, height - title_height - header_height, height - header_height, line)

        pen = QPen(RULE)
        pen.setWidthF(0.5 * points)
        for number, page in enumerate(self.pages):
            if number:
                device.newPage()
            top = 0.0
            if number == 0:
                painter.setPen(Qt.GlobalColor.black)
                title.draw(painter, QPointF(0, 0))
                top = title_height
            self._row(painter, pen, header, lefts, columns, top, Slice(-1, 0.0, header_height), padding, HEADER_FILL)
            top += header_height
            for part in page:
                self._row(painter, pen, cells[part.row], lefts, columns, top, part, padding, None)
                top += part.bottom - part.top

    @staticmethod
    def _row(painter: QPainter, pen: QPen, layouts: Sequence[QTextLayout], lefts: Sequence[float],
             columns: Sequence[float], top: float, part: Slice, padding: float, fill: QColor | None) -> None:
        """One row's slice at ``top``: its cells' boxes and the lines of text that begin within the slice."""
        row_height = part.bottom - part.top
        for layout, left, column in zip(layouts, lefts, columns, strict=True):
            box = QRectF(left, top, column, row_height)
            if fill is not None:
                painter.fillRect(box, fill)
            painter.setPen(Qt.GlobalColor.black)
            for number in range(layout.lineCount()):
                text_line = layout.lineAt(number)
                start = padding + text_line.y()  # in the row's coordinates
                if part.top <= start < part.bottom:  # drawn where the layout's origin is: the line adds its own y
                    text_line.draw(painter, QPointF(left + padding, top + padding - part.top))
            painter.setPen(pen)
            painter.drawRect(box)
