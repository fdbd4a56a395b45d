"""Plain text laid out in lines of a given width, for the code that paints text itself (the timeline's
entries, gift lists on paper): broken between words or, for a word longer than a line (an email address, a
long reference), inside it."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QPaintDevice, QTextLayout, QTextOption

LINE_SEPARATOR = "\u2028"  # what QTextLayout takes for a line break ("\n" is not one)


def with_line_breaks(text: str) -> str:
    """``text`` whose line breaks QTextLayout keeps (an address on paper)."""
    return text.replace("\r\n", "\n").replace("\n", LINE_SEPARATOR)


def wrapped(text: str, font: QFont, width: float, device: QPaintDevice | None = None) -> QTextLayout:
    """``text`` in lines of ``width`` (pixels of ``device``, the screen's when None)."""
    layout = QTextLayout(text, font) if device is None else QTextLayout(text, font, device)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    top = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        line.setPosition(QPointF(0, top))
        top += line.height()
    layout.endLayout()
    return layout


def text_height(layout: QTextLayout) -> float:
    """The height of the lines of a layout made by `wrapped` (0 for no text)."""
    count = layout.lineCount()
    return 0.0 if count == 0 else layout.lineAt(count - 1).rect().bottom()
