"""Opening a dialog without blocking, and remembering it while it is on screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog


def open_pending(owner: Any, dialog: QDialog, on_accept: Callable[[], None] | None = None) -> None:
    """Show ``dialog`` window-modal without a nested event loop; ``owner.pending_dialog`` names it until it
    closes (the tests reach the dialog there). Nothing happens unless it is accepted."""
    owner.pending_dialog = dialog
    if on_accept is not None:
        dialog.accepted.connect(on_accept)

    def closed(_result: int) -> None:
        if owner.pending_dialog is dialog:
            owner.pending_dialog = None
        dialog.deleteLater()

    dialog.finished.connect(closed)
    dialog.open()
