"""The sheet every document is painted on: an A4 QPdfWriter, its fonts, and paragraphs laid out on it.

QPdfWriter and never QPrinter: a QPrinter loads Qt's print support, whose CUPS backend connects to a print
server, and Carnet opens no connection. The writer asks for PDF/A-1b, which makes Qt embed every font (so the
document looks the same on any computer and in ten years) and write the XMP metadata; the Factur-X step
turns it into PDF/A-3 with the invoice's XML attached (`facturx_pdf`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextLayout,
)

from carnet.ui.text_layout import text_height, with_line_breaks, wrapped

RESOLUTION = 1200  # device units per inch: fine enough that rounding never shows
MARGINS_MM = QMarginsF(16, 14, 16, 12)  # left, top, right, bottom
BODY_POINTS = 9.0
SMALL_POINTS = 7.5
TITLE_POINTS = 20.0
HEADING_POINTS = 10.5
INK = QColor(0x20, 0x20, 0x20)
MUTED = QColor(0x60, 0x60, 0x60)
RULE = QColor(0xA0, 0xA0, 0xA0)
FILL = QColor(0xEE, 0xEE, 0xEE)


class Align(Enum):
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True)
class Fonts:
    body: QFont
    bold: QFont
    small: QFont
    heading: QFont
    title: QFont


def make_fonts() -> Fonts:
    body = QFont()
    body.setPointSizeF(BODY_POINTS)
    # No ligatures: "fi" drawn as one glyph reads back as "ﬁ" (U+FB01) when the text is copied or searched,
    # and an invoice's words must read back as they were written.
    for feature in ("liga", "clig"):
        body.setFeature(QFont.Tag(feature), 0)
    bold = QFont(body)
    bold.setBold(True)
    small = QFont(body)
    small.setPointSizeF(SMALL_POINTS)
    heading = QFont(bold)
    heading.setPointSizeF(HEADING_POINTS)
    title = QFont(bold)
    title.setPointSizeF(TITLE_POINTS)
    return Fonts(body, bold, small, heading, title)


class Paragraph:
    """Plain text laid out in lines of ``width`` on the writer (its resolution, its fonts): what is measured
    is what is drawn. Right-aligned text is placed line by line from its natural width."""

    def __init__(self, text: str, font: QFont, width: float, device: QPagedPaintDevice,
                 align: Align = Align.LEFT, color: QColor = INK) -> None:
        self.layout: QTextLayout = wrapped(with_line_breaks(text), font, width, device)
        self.width, self.align, self.color = width, align, color
        self.height = text_height(self.layout)

    @property
    def natural_width(self) -> float:
        return max((self.layout.lineAt(n).naturalTextWidth() for n in range(self.layout.lineCount())),
                   default=0.0)

    def tallest_line(self) -> float:
        return max((self.layout.lineAt(n).height() for n in range(self.layout.lineCount())), default=0.0)

    def draw(self, painter: QPainter, x: float, y: float, first: float = float("-inf"),
             last: float = float("inf")) -> None:
        """At (x, y); only the lines that begin between ``first`` and ``last`` (in the paragraph's own
        coordinates) when a page turn cuts it."""
        painter.setPen(self.color)
        for number in range(self.layout.lineCount()):
            line = self.layout.lineAt(number)
            if not first <= line.y() < last:
                continue
            shift = self.width - line.naturalTextWidth() if self.align is Align.RIGHT else 0.0
            line.draw(painter, QPointF(x + shift, y))  # a line adds its own y


def pdf_writer(buffer: QBuffer, title: str, creator: str = "Carnet") -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     MARGINS_MM, QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator(creator)
    return writer


_application: list[QGuiApplication] = []  # the one made by `ensure_application`, kept alive


def ensure_application() -> None:
    """Laying out text needs a QGuiApplication (it holds the fonts). The window has one; a command such as
    `carnet export` has none: then one is made on Qt's offscreen platform, which needs no display and opens
    no connection."""
    application = QCoreApplication.instance()
    if application is None:
        _application.append(QGuiApplication(["carnet", "-platform", "offscreen"]))
    elif not isinstance(application, QGuiApplication):
        raise RuntimeError("documents are painted with fonts: they need a QGuiApplication, not a QCoreApplication")


def render_pdf(title: str, paint: Callable[[QPdfWriter, QPainter], None]) -> bytes:
    """The bytes of a PDF that ``paint`` draws on an A4 writer (in memory: nothing touches the disk)."""
    ensure_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer, title)
    painter = QPainter(writer)
    try:
        paint(writer, painter)
    finally:
        painter.end()
        buffer.close()
    return bytes(data.data())


def millimetres(device: QPagedPaintDevice, value: float) -> float:
    return value * device.logicalDpiX() / 25.4


def points(device: QPagedPaintDevice, value: float) -> float:
    return value * device.logicalDpiY() / 72


def opaque_logo(path: str) -> QImage | None:
    """The user's logo on white, without transparency (PDF/A-1 forbids soft masks); None if unreadable."""
    if not path:
        return None
    image = QImage(path)
    if image.isNull():
        return None
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.white)
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


def draw_logo(painter: QPainter, image: QImage, box: QRectF) -> float:
    """The logo scaled into ``box`` (keeping its shape), top-left aligned; returns the height it took."""
    scale = min(box.width() / image.width(), box.height() / image.height())
    target = QRectF(box.left(), box.top(), image.width() * scale, image.height() * scale)
    painter.drawImage(target, image)
    return target.height()


def rule(painter: QPainter, x1: float, x2: float, y: float, width: float, color: QColor = RULE) -> None:
    pen = painter.pen()
    pen.setColor(color)
    pen.setWidthF(width)
    painter.setPen(pen)
    painter.drawLine(QPointF(x1, y), QPointF(x2, y))
