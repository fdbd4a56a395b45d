"""The File menu's actions on the whole book: back up now, export, restore from a backup.

Their strings keep the "MainWindow" translation context, where they lived before this module.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from carnet.domain.errors import CarnetError
from carnet.services.changes import Change
from carnet.storage.backup import backup_database, default_backup_path
from carnet.ui.changes import show_refusal

if TYPE_CHECKING:
    from carnet.io.csv_export import CsvStyle
    from carnet.storage import Database
    from carnet.storage.rotation import BackupInfo
    from carnet.ui.main_window import MainWindow


def _t(text: str, count: int = -1) -> str:
    return QCoreApplication.translate("MainWindow", text, "", count)


def back_up_now(window: MainWindow) -> None:
    """A manual backup (never rotated away) in the backups folder beside the database, then copied to the
    second backup folder, if one is chosen, with today's automatic one if it is not there yet (the disk was
    not plugged in when Carnet opened)."""
    from carnet.ui.backup_copies import copy_in_background

    try:
        written = backup_database(window.database.path, default_backup_path(window.database.path))
    except CarnetError as error:
        show_refusal(window, _t("Backup failed"), error)
        return
    window.statusBar().showMessage(_t("Backed up to %1").replace("%1", str(written)), 8000)

    def copied(made: list[Path]) -> None:
        if any(path.name == written.name for path in made):
            window.statusBar().showMessage(_t("Backed up to %1, and copied to %2.").replace("%1", str(written))
                                           .replace("%2", str(made[-1].parent)), 8000)

    copy_in_background(window, written, copied)


def export_contacts(window: MainWindow, file_format: str, path: str | None = None,
                    style: CsvStyle | None = None) -> None:
    """Every contact to a new CSV or vCard file; an existing file is never overwritten.

    Without ``path`` a save dialog asks for the file and, for a CSV, its style among its file types
    (`carnet.ui.dialogs.csv_style`); with one, the CSV is written in ``style``, by default the standard one.
    """
    from carnet.io.csv_export import STANDARD

    if path is None:
        asked = _ask_export_path(window, file_format)
        if asked is None:
            return
        path, style = asked
    write: Callable[[Database, Path], int]
    if file_format == "csv":
        from carnet.io.csv_export import write_contacts_csv

        write = partial(write_contacts_csv, style=style or STANDARD)
    else:
        from carnet.io.vcard_export import write_contacts_vcard

        write = write_contacts_vcard
    try:
        count = write(window.database, Path(path))
    except FileExistsError:
        QMessageBox.warning(window, _t("Not exported"), _t(
            "%1 already exists; Carnet never overwrites a file. Choose another name.").replace("%1", path))
        return
    except OSError as exc:
        QMessageBox.warning(window, _t("Not exported"), _t("The export to %1 failed: %2")
                            .replace("%1", path).replace("%2", exc.strerror or str(exc)))
        return
    window.show_message(_t("%n contact(s) exported to %1.", count).replace("%1", path))


def _ask_export_path(window: MainWindow, file_format: str) -> tuple[str, CsvStyle | None] | None:
    """The file to write and, for a CSV, the style its chosen file type says; None when cancelled."""
    if file_format == "csv":
        from carnet.ui.dialogs.csv_style import chosen_style, offer_styles

        dialog = QFileDialog(window, _t("Export contacts"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)  # the writer refuses an existing file
        dialog.setDefaultSuffix("csv")
        offer_styles(dialog)
        dialog.selectFile("carnet-contacts.csv")
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return dialog.selectedFiles()[0], chosen_style(dialog)
    path, _ = QFileDialog.getSaveFileName(
        window, _t("Export contacts"), "carnet-contacts.vcf", _t("vCard files (*.vcf)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return (path, None) if path else None


def restore_from_backup(window: MainWindow) -> None:
    """The list of backups, and Browse… for one elsewhere; the chosen one replaces the book after the current
    file is kept as a backup."""
    from carnet.storage.rotation import list_backups
    from carnet.ui.dialogs.opening import open_pending
    from carnet.ui.dialogs.restore_backup import RestoreBackupDialog

    dialog = RestoreBackupDialog(list_backups(window.database.path), window, database=window.database.path)
    open_pending(window, dialog, lambda: _restore(window, dialog.chosen()))


def _restore(window: MainWindow, backup: BackupInfo | None) -> None:
    """Close our connections (the lock stays ours), copy the backup in, migrate it if it is older.

    A file chosen with Browse… comes as its checked private copy (`ChosenBackup`), restored the same way,
    then deleted.
    """
    from datetime import datetime

    from carnet.storage.chosen_backup import ChosenBackup
    from carnet.storage.migrate import ensure_current_schema
    from carnet.storage.rotation import restore_backup

    if backup is None:
        return
    window.database.release_connections()
    try:
        kept = restore_backup(window.database.path, backup.path, datetime.now())
        ensure_current_schema(window.database.path)
    except CarnetError as error:
        show_refusal(window, _t("Not restored"), error)
        return
    finally:
        window.undo_stack.clear()  # the history speaks of rows that may not exist any more
        if isinstance(backup, ChosenBackup):
            backup.discard()
    window.controller.load()
    window.changes.notify(Change.whole_book())  # every tab reads again; the panel follows the selection
    window.show_message(_t("Restored. Your previous file was kept as %1.").replace("%1", kept.name))
