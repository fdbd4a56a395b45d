"""Opening the database at start, and what to do when it cannot be opened (SPEC §4).

Every refusal is explained in a message box (and on stderr, for a start from a terminal), saying what is
true: in use is not damaged, read-only is not corrupt. What the box offers depends on what would help:
- damaged, not a database, or empty (0 bytes) with backups: restore one — the file is kept aside, never
  overwritten, and the chosen backup is put in its place; then the opening is tried again;
- empty with no backup: start a new contact book in that file, only if the user says so;
- in use by another program: try again once that program is closed (restoring would replace a healthy file);
- anything else (read-only, a missing folder, another Carnet holding the file, a newer Carnet's file):
  only the explanation.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from carnet.domain.errors import CarnetError
from carnet.storage.errors import EMPTY_NO_BACKUP, DatabaseBusy, EmptyDatabase, NotACarnetDatabase
from carnet.storage.rotation import BackupInfo
from carnet.ui.labels import error_text

log = logging.getLogger("carnet")
_CONTEXT = "Startup"
T = TypeVar("T")


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def open_or_recover(open_database: Callable[[bool], T], path: Path | None, *, interactive: bool) -> T | None:
    """What ``open_database(allow_empty)`` opened, or None once the user was told why it cannot be (and quit)."""
    allow_empty = False
    while True:
        try:
            return open_database(allow_empty)
        except CarnetError as error:
            message = error_text(error)
            log.error("cannot open database: %s", error.message)
            print(f"carnet: {message}", file=sys.stderr)
            if not interactive:
                return None
            answer = _explain(error, message, path)
            if answer is None:
                return None
            allow_empty = answer


def _explain(error: CarnetError, message: str, path: Path | None) -> bool | None:
    """Explain, and do what the user chose; None to quit, else whether the retry may use an empty file."""
    from carnet.storage.rotation import list_backups

    backups = list_backups(path) if path is not None and isinstance(error, NotACarnetDatabase) else []
    usable = [backup for backup in backups if backup.contacts is not None]
    box = QMessageBox(QMessageBox.Icon.Critical, _t("Carnet cannot open this database"), message)
    box.setObjectName("startup-problem")
    restore = retry = start_new = None
    if usable:
        box.setInformativeText(QCoreApplication.translate(
            _CONTEXT, "Carnet has %n backup(s) of this database. Restoring one puts a copy of it in place of this "
            "file, which is kept beside it, untouched.", "", len(usable)))
        restore = box.addButton(_t("&Restore a Backup…"), QMessageBox.ButtonRole.AcceptRole)
    elif isinstance(error, EmptyDatabase) and error.template == EMPTY_NO_BACKUP:
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_t("This database file is empty"))
        start_new = box.addButton(_t("&Start a New Contact Book"), QMessageBox.ButtonRole.AcceptRole)
    elif isinstance(error, DatabaseBusy):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_t("This database is in use"))
        retry = box.addButton(_t("&Try Again"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_t("&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if clicked is not None and clicked is start_new:
        return True
    if clicked is not None and clicked is retry:
        return False
    if restore is None or clicked is not restore:
        return None
    assert path is not None
    return False if _restore(path, usable) else None


def _restore(path: Path, backups: list[BackupInfo]) -> bool:
    from carnet.storage.lock import DatabaseLock
    from carnet.storage.rotation import recover_from_backup
    from carnet.ui.dialogs.restore_backup import RestoreBackupDialog

    dialog = RestoreBackupDialog(backups, explanation=_t(
        "Choose the backup to put in place of the damaged file. The damaged file is kept beside it under another "
        "name, not deleted, in case someone can rescue more from it."))
    dialog.setObjectName("startup-restore")
    chosen = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    if chosen is None:
        return False
    try:
        with DatabaseLock(path):
            aside = recover_from_backup(path, chosen.path, datetime.now())
    except CarnetError as error:
        QMessageBox.critical(None, _t("Not restored"), error_text(error))
        return False
    except OSError as exc:
        QMessageBox.critical(None, _t("Not restored"), exc.strerror or str(exc))
        return False
    log.warning("restored %s from %s; the damaged file is kept as %s", path, chosen.path, aside)
    QMessageBox.information(None, _t("Backup restored"), _t(
        "The backup is in place. The damaged file was kept as %1.").replace("%1", str(aside)))
    return True
