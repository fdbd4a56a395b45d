"""The welcome over an empty board (issue 16, first run): what to do first, and the lifecycle in one line.

Shown while the book holds no contact at all; it goes as soon as the first card arrives (created, imported,
or restored by an undo), and comes back if the last one goes.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def demo_command() -> tuple[str, list[str]]:
    """How to start Carnet on its demo book, from the source tree or from the packaged app."""
    if getattr(sys, "frozen", False):  # PyInstaller: the executable is Carnet itself
        return sys.executable, ["--demo"]
    return sys.executable, ["-m", "carnet", "--demo"]


class WelcomePanel(QFrame):
    """Add your first contact, import contacts, or explore the demo (in a window of its own)."""

    add_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("Welcome to Carnet"), self)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        layout.addWidget(title)
        lifecycle = QLabel(self.tr(
            "Each contact moves from left to right as you get to know them: a stranger becomes a visitor, a lead, "
            "a prospect, a client once they have paid, and an ambassador when they recommend you. Drag the cards "
            "as that happens."), self)
        lifecycle.setWordWrap(True)
        layout.addWidget(lifecycle)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add Your First Contact…"), self)
        self.add_button.clicked.connect(self.add_requested)
        self.import_button = QPushButton(self.tr("Import Contacts…"), self)
        self.import_button.setToolTip(self.tr("From Google, Outlook, LinkedIn, a spreadsheet or a phone's vCard"))
        self.import_button.clicked.connect(self.import_requested)
        self.demo_button = QPushButton(self.tr("Explore the Demo"), self)
        self.demo_button.setToolTip(self.tr("Opens a second window on sample contacts, discarded when it closes"))
        self.demo_button.clicked.connect(self.open_demo)
        for button in (self.add_button, self.import_button, self.demo_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def open_demo(self) -> bool:
        program, arguments = demo_command()
        started, _pid = QProcess.startDetached(program, arguments)
        return bool(started)
