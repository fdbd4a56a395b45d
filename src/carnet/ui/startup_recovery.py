"""Opening the database at start, and what to do when it cannot be opened (SPEC §4).

Every refusal is explained in a message box (and on stderr, for a start from a terminal). When the file is
damaged or not a database at all and backups of it exist, the message offers to restore one: the damaged
file is moved aside, never overwritten, and the chosen backup is copied in its place; then the opening is
tried again. Everything else (a read-only file, a missing folder, another Carnet holding the file, a file
from a newer Carnet) only needs the explanation: restoring a backup would not help.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from carnet.domain.errors import CarnetError
from carnet.storage import Database
from carnet.storage.errors import NotACarnetDatabase
from carnet.storage.rotation import BackupInfo
from carnet.ui.labels import error_text

log = logging.getLogger("carnet")
_CONTEXT = "Startup"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def open_or_recover(open_database: Callable[[], Database], path: Path | None, *, interactive: bool) -> Database | None:
    """The opened database, or None once the user was told why it cannot be opened (and chose to quit)."""
    while True:
        try:
            return open_database()
        except CarnetError as error:
            message = error_text(error)
            log.error("cannot open database: %s", error.message)
            print(f"carnet: {message}", file=sys.stderr)
            if not interactive:
                return None
            if not _offer_restore(error, message, path):
                return None


def _offer_restore(error: CarnetError, message: str, path: Path | None) -> bool:
    """Explain; restore a backup if the user asks for one. True when a backup was put in place."""
    from carnet.storage.rotation import list_backups

    backups = list_backups(path) if path is not None and isinstance(error, NotACarnetDatabase) else []
    usable = [backup for backup in backups if backup.contacts is not None]
    box = QMessageBox(QMessageBox.Icon.Critical, _t("Carnet cannot open this database"), message)
    box.setObjectName("startup-problem")
    restore = None
    if usable:
        box.setInformativeText(QCoreApplication.translate(
            _CONTEXT, "Carnet has %n backup(s) of this database. Restoring one puts a copy of it in place of this "
            "file, which is kept beside it, untouched.", "", len(usable)))
        restore = box.addButton(_t("&Restore a Backup…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_t("&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return False
    assert path is not None
    return _restore(path, usable)


def _restore(path: Path, backups: list[BackupInfo]) -> bool:
    from carnet.storage.lock import DatabaseLock
    from carnet.storage.rotation import recover_from_backup
    from carnet.ui.dialogs.restore_backup import RestoreBackupDialog

    dialog = RestoreBackupDialog(backups, explanation=_t(
        "Choose the backup to put in place of the damaged file. The damaged file is renamed, not deleted, "
        "in case someone can rescue more from it."))
    dialog.setObjectName("startup-restore")
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
        return False
    try:
        with DatabaseLock(path):
            aside = recover_from_backup(path, dialog.chosen().path, datetime.now())
    except CarnetError as error:
        QMessageBox.critical(None, _t("Not restored"), error_text(error))
        return False
    log.warning("restored %s from %s; the damaged file is kept as %s", path, dialog.chosen().path, aside)
    QMessageBox.information(None, _t("Backup restored"), _t(
        "The backup is in place. The damaged file was kept as %1.").replace("%1", str(aside)))
    return True
