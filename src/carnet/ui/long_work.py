"""Work that may take more than a second (reading, checking or importing a large file): a progress dialog with
Cancel, shown only once the work has lasted a second, the window kept painted meanwhile.

The work is given a ``progress(done, total)`` callable to call now and then; it raises the ``cancelled``
exception once the user has clicked Cancel, which unwinds the work (a transaction in it rolls back) and
reaches the caller, who knows what a cancel means there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

SHOW_AFTER_MS = 1000  # shorter work shows a wait cursor only

Progress = Callable[[int, int], None]
_T = TypeVar("_T")


class WorkCancelled(Exception):
    """The user clicked Cancel in the progress dialog."""


def with_progress(parent: QWidget, label: str, work: Callable[[Progress], _T], *,
                  cancelled: Callable[[], Exception] = WorkCancelled) -> _T:
    """Run ``work(progress)`` under a progress dialog; its result, or ``cancelled()`` raised on Cancel."""
    dialog = QProgressDialog(label, QCoreApplication.translate("LongWork", "Cancel"), 0, 1, parent)
    dialog.setWindowTitle(parent.window().windowTitle() or QCoreApplication.applicationName())
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.setValue(0)  # starts the dialog's clock: it shows itself only past the minimum duration

    def progress(done: int, total: int) -> None:
        # The events processed here keep the window painted and the Cancel button live.
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, dialog.maximum()))
        QApplication.processEvents()
        if dialog.wasCanceled():
            raise cancelled()

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return work(progress)
    finally:
        QApplication.restoreOverrideCursor()
        dialog.close()
        dialog.deleteLater()
