"""A label for a value without spaces (an email, a web address) that wraps rather than being cut.

Qt wraps a label's plain text at spaces and hyphens only: "mariechristine.dupont@cabinetlyon.fr" ran past
the contact panel's edge. `BreakableLabel` shows the value with zero-width spaces where it may break —
after "@", "-" and "/", before ".", "?", "&", "#", "=" (as printed addresses are broken) — and, for a piece still
wider than the label, between each of its characters. What the label *holds* stays the value as typed:
``text()``, a copy and the right-click menus give it without the invisible characters (a mail client would
not find an address with one in it).
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFontMetrics, QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

ZERO_WIDTH_SPACE = "\u200b"
_BREAK_AFTER = re.compile(r"([@_-]|/(?!/))")  # not inside "https://"
_BREAK_BEFORE = re.compile(r"(?<=\S)([.?&#=])")
_PIECES = re.compile(rf"[^\s{ZERO_WIDTH_SPACE}]+")


def breakable(value: str, metrics: QFontMetrics | None = None, width: int = 0) -> str:
    """``value`` with its places to wrap marked (`ZERO_WIDTH_SPACE`); with ``metrics`` and a ``width``, a
    piece wider than ``width`` pixels may also break between any two of its characters."""
    marked = _BREAK_BEFORE.sub(ZERO_WIDTH_SPACE + r"\1", _BREAK_AFTER.sub(r"\1" + ZERO_WIDTH_SPACE, value))
    if metrics is None or width <= 0:
        return marked

    def split(piece: re.Match[str]) -> str:
        text = piece.group(0)
        return ZERO_WIDTH_SPACE.join(text) if metrics.horizontalAdvance(text) > width else text

    return _PIECES.sub(split, marked)


class BreakableLabel(QLabel):
    """A value shown with places to wrap (`breakable`), at the label's width; ``text()`` is the value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = ""
        self._shown_width = -1

    def setText(self, text: str) -> None:
        self._value = text
        self._show()

    def text(self) -> str:
        return self._value

    def _show(self) -> None:
        width = self.contentsRect().width()
        self._shown_width = width
        shown = breakable(self._value, self.fontMetrics(), width)
        if shown != super().text():
            super().setText(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.contentsRect().width() != self._shown_width:
            self._show()  # a narrower label may need more places to break

    def selectedText(self) -> str:
        return super().selectedText().replace(ZERO_WIDTH_SPACE, "")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy) and self.hasSelectedText():
            QGuiApplication.clipboard().setText(self.selectedText())  # without the invisible characters
            event.accept()
            return
        super().keyPressEvent(event)
