"""Telling the user that today's automatic backup could not be written (full disk, a folder they may not
write): in the status bar every time, and in a message once a day, so it is seen but does not nag.

The database opened fine: a failed backup never keeps the user from their contacts.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from carnet.domain.errors import CarnetError
from carnet.ui.labels import error_text
from carnet.ui.settings import app_settings

_CONTEXT = "BackupWarning"
WARNED_ON_KEY = "backup/warned_on"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def warn_about_backup(window: QMainWindow, problem: CarnetError | None, today: date | None = None) -> bool:
    """Show ``problem`` (if any); True when the once-a-day message box was shown."""
    if problem is None:
        return False
    text = _t("Today's automatic backup could not be written: %1").replace("%1", error_text(problem))
    window.statusBar().showMessage(text)  # stays until another message replaces it
    day = (today or date.today()).isoformat()
    settings = app_settings()
    if settings.value(WARNED_ON_KEY, "") == day:
        return False
    settings.setValue(WARNED_ON_KEY, day)
    settings.sync()
    box = QMessageBox(QMessageBox.Icon.Warning, _t("Backup not written"), text, parent=window)
    box.setObjectName("backup-warning")
    box.setInformativeText(_t(
        "Your contacts are safe and Carnet works as usual, but there is no backup of today yet. Carnet tries "
        "again at its next start."))
    box.open()  # not modal-blocking: the window stays usable
    return True
