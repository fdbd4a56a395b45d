"""A refusal said where the user can read it to the end (issue 16 item 9): a bar above the board that stays
until it is closed or the next action succeeds, instead of a status-bar line cut off and gone in seconds.

It also carries an offer the user should not miss but need not answer (issue 17: "give this lead a next
step"), with one button that does it: less in the way than a dialog after every move, and it stays.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QToolButton, QWidget


class NoticeBar(QFrame):
    """One message with its own close button, and optionally one action; `say` shows it, `clear` hides it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        # The palette's tooltip colours: a note that stands out in light and dark themes alike.
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.ToolTipBase))
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.ToolTipText))
        self.setPalette(palette)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size, size))
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes contact names
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.action_button = QPushButton(self)
        self.action_button.setAutoDefault(False)
        self.action_button.clicked.connect(self._act)
        self.action_button.hide()
        self._action: Callable[[], None] | None = None
        layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.close_button = QToolButton(self)
        self.close_button.setAutoRaise(True)
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the message"))
        self.close_button.clicked.connect(self.clear)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def say(self, text: str, action: tuple[str, Callable[[], None]] | None = None) -> None:
        """Show ``text``; ``action``, (the button's text, what it does), adds a button that does it and closes
        the bar. A message without one takes away the previous message's button."""
        self.label.setText(text)
        self._action = None if action is None else action[1]
        if action is not None:
            self.action_button.setText(action[0])
        self.action_button.setVisible(action is not None)
        self.show()

    def clear(self) -> None:
        self.label.clear()
        self._action = None
        self.action_button.hide()
        self.hide()

    def _act(self) -> None:
        action = self._action
        self.clear()
        if action is not None:
            action()
