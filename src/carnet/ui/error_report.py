"""What the user sees when something unforeseen fails: a message in their language, never a traceback.

The traceback goes to the log (for a bug report); the message says what is true. Rows that SQLite's page
checks cannot see are damaged (a flipped byte inside a stored text) fail only when read: those say the file
is damaged and point to a backup; anything else is called a problem in Carnet itself. Every write is one
transaction, so an error in the middle of one saved nothing of it — the message can say so.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from carnet.storage.errors import UNREADABLE_ROWS

_CONTEXT = "ErrorReport"
log = logging.getLogger("carnet")


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def install_error_report() -> None:
    """Replace Python's printing of uncaught exceptions (in a slot, a timer…) by `report_unexpected`."""
    sys.excepthook = report_unexpected


def report_unexpected(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    log.error("unexpected error", exc_info=(kind, error, trace))
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    if isinstance(error, UNREADABLE_ROWS):
        text = _t("Carnet could not read part of the database: %1. The file may be damaged; File ▸ Restore "
                  "from Backup… puts a backup in its place.").replace("%1", str(error) or kind.__name__)
    else:
        text = _t("Something went wrong in Carnet: %1. Nothing was half-saved: a change is saved whole or "
                  "not at all. The details are in Carnet's log.").replace("%1", str(error) or kind.__name__)
    print(f"carnet: {text}", file=sys.stderr)
    if QApplication.instance() is not None:
        box = QMessageBox(QMessageBox.Icon.Critical, _t("Carnet"), text, parent=QApplication.activeWindow())
        box.setObjectName("unexpected-error")
        box.exec()
