"""The floor of Carnet's stack: a bare PySide6 window whose script also imports sqlmodel.

It prints the (system-wide) monotonic time of its first paint and quits, exactly as ``carnet --smoke`` does,
so that both are timed the same way.
"""

from __future__ import annotations

import sys
import time

import sqlmodel  # noqa: F401 - part of the floor being measured
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class QuitAfterFirstPaint(QObject):
    painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            print(f"board painted at {time.monotonic():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    label = QLabel("baseline", window)
    window.setCentralWidget(label)
    window.resize(1200, 760)
    quitter = QuitAfterFirstPaint()
    label.installEventFilter(quitter)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
