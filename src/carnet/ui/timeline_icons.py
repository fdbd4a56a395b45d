"""The small pictures beside each timeline entry: a handset for a call, an envelope for an email, a coin for
a payment, an arrow for a move, a parcel for a gift.

Drawn with QPainter rather than taken from the desktop theme: the freedesktop icon names have a call and an
email but no payment, invoice or gift, so a theme would give a mixed set (one colourful, one monochrome, one
missing), and the offscreen and Windows platforms have no theme at all. A font's symbols (☎ ✉) are no better:
whether they exist depends on the fonts installed. Painted shapes look the same everywhere, stay sharp at any
size and device pixel ratio (`QIconEngine.paint` draws each size asked), and a colour per family (the
interactions blue, money green, the lifecycle violet, gifts red) lets the eye find the payments in a long
history. The picture only repeats what the Event column says in words: it is decoration, not information.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPainterPath, QPen, QPixmap

from carnet.domain.enums import InteractionKind, PaymentStatus

# Mid-tone colours, readable on a light and on a dark background alike.
INTERACTION_COLOUR = QColor(0x2F, 0x74, 0xC0)
PAID_COLOUR = QColor(0x2E, 0x8B, 0x57)
OPEN_MONEY_COLOUR = QColor(0xB8, 0x7A, 0x10)  # a quote or an invoice: money not received yet
STAGE_COLOUR = QColor(0x7E, 0x57, 0xC2)
GIFT_COLOUR = QColor(0xC6, 0x3D, 0x3D)

Drawing = Callable[[QPainter], None]  # draws in a 16 × 16 box


def _pen(painter: QPainter, colour: QColor, width: float = 1.4) -> None:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _call(p: QPainter) -> None:
    # A telephone handset: two ear pieces joined by a curved grip.
    path = QPainterPath()
    path.moveTo(3.2, 2.2)
    path.lineTo(5.6, 2.0)
    path.lineTo(6.6, 5.2)
    path.lineTo(5.0, 6.4)
    path.cubicTo(5.8, 8.4, 7.6, 10.2, 9.6, 11.0)
    path.lineTo(10.8, 9.4)
    path.lineTo(14.0, 10.4)
    path.lineTo(13.8, 12.8)
    path.cubicTo(13.6, 14.0, 12.6, 14.4, 11.6, 14.2)
    path.cubicTo(6.6, 13.4, 2.6, 9.4, 1.8, 4.4)
    path.cubicTo(1.6, 3.4, 2.0, 2.4, 3.2, 2.2)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(INTERACTION_COLOUR)
    p.drawPath(path)


def _email(p: QPainter) -> None:
    _pen(p, INTERACTION_COLOUR)
    p.drawRoundedRect(QRectF(1.5, 3.5, 13, 9), 1.2, 1.2)
    p.drawPolyline([QPointF(2.0, 4.2), QPointF(8.0, 9.0), QPointF(14.0, 4.2)])


def _meeting(p: QPainter) -> None:
    # Two people side by side.
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(INTERACTION_COLOUR)
    for x in (5.0, 11.0):
        p.drawEllipse(QPointF(x, 4.6), 2.2, 2.2)
        body = QPainterPath()
        body.moveTo(x - 3.6, 14.2)
        body.cubicTo(x - 3.6, 9.2, x + 3.6, 9.2, x + 3.6, 14.2)
        body.closeSubpath()
        p.drawPath(body)


def _event(p: QPainter) -> None:
    # A calendar page with a marked day.
    _pen(p, INTERACTION_COLOUR)
    p.drawRoundedRect(QRectF(2.0, 3.0, 12, 11), 1.2, 1.2)
    p.drawLine(QPointF(2.0, 6.2), QPointF(14.0, 6.2))
    p.drawLine(QPointF(5.0, 1.6), QPointF(5.0, 4.2))
    p.drawLine(QPointF(11.0, 1.6), QPointF(11.0, 4.2))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(INTERACTION_COLOUR)
    p.drawRect(QRectF(8.6, 8.6, 3.0, 3.0))


def _message(p: QPainter) -> None:
    # A speech bubble.
    path = QPainterPath()
    path.addRoundedRect(QRectF(1.5, 2.0, 13, 9), 2.5, 2.5)
    tail = QPainterPath()
    tail.moveTo(4.0, 10.5)
    tail.lineTo(3.5, 14.5)
    tail.lineTo(8.0, 10.5)
    tail.closeSubpath()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(INTERACTION_COLOUR)
    p.drawPath(path.united(tail))


def _document(p: QPainter, colour: QColor, lines: int) -> None:
    _pen(p, colour)
    page = QPainterPath()
    page.moveTo(3.0, 1.5)
    page.lineTo(10.0, 1.5)
    page.lineTo(13.0, 4.5)
    page.lineTo(13.0, 14.5)
    page.lineTo(3.0, 14.5)
    page.closeSubpath()
    p.drawPath(page)
    for number in range(lines):
        y = 6.5 + 2.5 * number
        p.drawLine(QPointF(5.5, y), QPointF(10.5, y))


def _quote_sent(p: QPainter) -> None:
    # A page going out: a document and an arrow to the right.
    _document(p, INTERACTION_COLOUR, 2)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(INTERACTION_COLOUR)
    arrow = QPainterPath()
    arrow.moveTo(9.0, 10.2)
    arrow.lineTo(12.5, 10.2)
    arrow.lineTo(12.5, 8.2)
    arrow.lineTo(15.8, 11.5)
    arrow.lineTo(12.5, 14.8)
    arrow.lineTo(12.5, 12.8)
    arrow.lineTo(9.0, 12.8)
    arrow.closeSubpath()
    p.drawPath(arrow)


def _other(p: QPainter) -> None:
    # Three dots: something else happened.
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(INTERACTION_COLOUR)
    for x in (3.5, 8.0, 12.5):
        p.drawEllipse(QPointF(x, 8.0), 1.6, 1.6)


def _paid(p: QPainter) -> None:
    # A coin with a tick: money received.
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(PAID_COLOUR)
    p.drawEllipse(QPointF(8.0, 8.0), 6.8, 6.8)
    pen = QPen(QColor(Qt.GlobalColor.white), 1.8)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.drawPolyline([QPointF(4.8, 8.2), QPointF(7.0, 10.4), QPointF(11.4, 5.8)])


def _invoice(p: QPainter) -> None:
    _document(p, OPEN_MONEY_COLOUR, 3)


def _quote(p: QPainter) -> None:
    _document(p, OPEN_MONEY_COLOUR, 1)


def _moved(p: QPainter) -> None:
    # An arrow to the next column.
    _pen(p, STAGE_COLOUR, 1.8)
    p.drawLine(QPointF(2.0, 8.0), QPointF(13.0, 8.0))
    p.drawPolyline([QPointF(9.0, 4.0), QPointF(13.5, 8.0), QPointF(9.0, 12.0)])


def _added(p: QPainter) -> None:
    # A plus in a circle: the contact enters the book.
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(STAGE_COLOUR)
    p.drawEllipse(QPointF(8.0, 8.0), 6.8, 6.8)
    pen = QPen(QColor(Qt.GlobalColor.white), 1.8)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.drawLine(QPointF(8.0, 4.6), QPointF(8.0, 11.4))
    p.drawLine(QPointF(4.6, 8.0), QPointF(11.4, 8.0))


def _gift(p: QPainter) -> None:
    # A parcel with its ribbon and bow.
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(GIFT_COLOUR)
    p.drawRect(QRectF(2.0, 6.0, 12, 3))
    p.drawRect(QRectF(3.0, 9.5, 10, 5))
    _pen(p, GIFT_COLOUR, 1.3)
    p.drawEllipse(QRectF(4.2, 2.0, 3.6, 3.6))
    p.drawEllipse(QRectF(8.2, 2.0, 3.6, 3.6))
    white = QColor(Qt.GlobalColor.white)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(white)
    p.drawRect(QRectF(7.3, 6.0, 1.4, 8.5))


DRAWINGS: dict[str, Drawing] = {
    InteractionKind.CALL.value: _call,
    InteractionKind.EMAIL.value: _email,
    InteractionKind.MEETING.value: _meeting,
    InteractionKind.EVENT.value: _event,
    InteractionKind.MESSAGE.value: _message,
    InteractionKind.QUOTE_SENT.value: _quote_sent,
    InteractionKind.OTHER.value: _other,
    f"payment:{PaymentStatus.PAID.value}": _paid,
    f"payment:{PaymentStatus.INVOICED.value}": _invoice,
    f"payment:{PaymentStatus.QUOTED.value}": _quote,
    "moved": _moved,
    "added": _added,
    "gift": _gift,
}


class PaintedIcon(QIconEngine):
    """An icon drawn at whatever size is asked (16 px in a list, 32 px on a 2× screen)."""

    def __init__(self, drawing: Drawing) -> None:
        super().__init__()
        self._drawing = drawing

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(rect.width(), rect.height())
        painter.translate(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2)
        painter.scale(side / 16, side / 16)
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(0.45)
        self._drawing(painter)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return PaintedIcon(self._drawing)


_icons: dict[str, QIcon] = {}


def entry_icon(name: str) -> QIcon:
    """The icon for an entry kind (`icon_name`), made once; an empty icon for a name Carnet does not know."""
    icon = _icons.get(name)
    if icon is None:
        drawing = DRAWINGS.get(name)
        icon = _icons[name] = QIcon(PaintedIcon(drawing)) if drawing is not None else QIcon()
    return icon


def icon_name(kind: str, details: dict[str, object]) -> str:
    """Which picture a timeline entry gets, from its kind and details (`services.reports.TimelineEntry`)."""
    if kind == "interaction":
        return str(details.get("kind"))
    if kind == "payment":
        return f"payment:{details.get('status')}"
    if kind == "stage_change":
        return "added" if details.get("from_stage") is None else "moved"
    return kind
