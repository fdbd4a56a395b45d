"""File ▸ Restore from Backup…: the backups beside the database, newest first, with their contact counts, and
Browse… for a backup elsewhere (a USB disk, another computer's copy).

A file chosen with Browse… is taken in as a private copy and checked at once (`carnet.storage.chosen_backup`):
a file that is not a Carnet book, a damaged one or one a newer Carnet wrote is refused in the dialog, under
the list, before anything is replaced; a sound one joins the list with its contact count, like the others.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carnet.domain.errors import CarnetError
from carnet.ui.dialogs.validated_form import FieldError, set_dialog_flags
from carnet.ui.labels import error_text

if TYPE_CHECKING:
    from carnet.storage.chosen_backup import ChosenBackup
    from carnet.storage.rotation import BackupInfo


class RestoreBackupDialog(QDialog):
    """``chosen()`` is the backup to restore; the current file is kept as a backup first.

    ``database``: the book being restored; with it, Browse… offers any file (its checked private copy is
    made in the book's ``backups/`` folder). The caller restores ``chosen()`` and then calls
    `ChosenBackup.discard` on a chosen file's copy; a cancelled dialog discards it itself.
    ``choose_file`` asks for the file (the platform's open dialog); tests hand it a path instead.
    """

    def __init__(self, backups: Sequence[BackupInfo], parent: QWidget | None = None, explanation: str = "", *,
                 database: Path | None = None) -> None:
        super().__init__(parent)
        set_dialog_flags(self)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumSize(480, 320)
        self._backups = list(backups)
        self._database = database
        self._taken_in: ChosenBackup | None = None
        self.choose_file: Callable[[], str] = self._ask_for_file
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Backups"))
        for index, backup in enumerate(self._backups):
            self.list.addItem(self._item(backup, index))
        explanation_label = QLabel(explanation or self.tr(
            "Carnet replaces your contacts with the backup's. Your current file is kept as a backup "
            "first, so this can be undone by restoring that one."), self)
        explanation_label.setWordWrap(True)
        self.empty = QLabel(self.tr("There is no backup yet: Carnet makes one each day you open it."), self)
        self.empty.setWordWrap(True)  # longer in French than the window's minimum width
        self.empty.setVisible(not self._backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.browse_button = buttons.addButton(self.tr("&Browse…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.browse_button.setToolTip(self.tr("Restore a backup kept elsewhere, on a USB disk for example"))
        self.browse_button.setVisible(database is not None)
        self.browse_button.clicked.connect(self.browse)
        # Why a chosen file cannot be restored, in red under the list; it stays until the next choice.
        self.problem = FieldError(self.browse_button, self)
        self.list.currentItemChanged.connect(lambda current, _previous: self.restore_button.setEnabled(
            current is not None and self._backup_of(current).contacts is not None))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _item(self, backup: BackupInfo, index: int, source: str = "") -> QListWidgetItem:
        locale = QLocale()
        local = backup.taken_at.astimezone()  # local wall time
        moment = QDateTime(QDate(local.year, local.month, local.day),
                           QTime(local.hour, local.minute, local.second, local.microsecond // 1000))
        when = (f"{locale.toString(moment.date(), QLocale.FormatType.LongFormat)}, "
                f"{locale.toString(moment.time(), QLocale.FormatType.ShortFormat)}")
        kind = source or (self.tr("automatic") if backup.automatic else self.tr("manual"))
        count = (self.tr("%n contact(s)", "", backup.contacts) if backup.contacts is not None
                 else self.tr("unreadable"))
        item = QListWidgetItem(f"{when}  —  {count}  ({kind})")
        item.setData(Qt.ItemDataRole.UserRole, index)
        item.setToolTip(str(getattr(backup, "original", backup.path)))
        if backup.contacts is None:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        return item

    def _backup_of(self, item: QListWidgetItem) -> BackupInfo:
        return self._backups[item.data(Qt.ItemDataRole.UserRole)]

    def _ask_for_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), str(Path.home()),
            self.tr("Carnet backups (*.sqlite3 *.sqlite *.db);;All files (*)"))
        return path

    def browse(self) -> None:
        """Ask for a file anywhere, check it, and list it, selected, when it can be restored."""
        path = self.choose_file()
        if path and self._database is not None:
            self.take_in(Path(path))

    def take_in(self, path: Path) -> bool:
        """Check ``path`` (through a private copy) and list it, selected; else say why, under the list."""
        from carnet.storage.chosen_backup import take_in

        assert self._database is not None
        self._drop_taken_in()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the whole file is read and checked
        try:
            taken = take_in(path, self._database)
        except CarnetError as error:
            self.problem.show_error(error_text(error))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.problem.clear_error()
        self._taken_in = taken
        self._backups.append(taken)
        item = self._item(taken, len(self._backups) - 1, source=taken.original.name)
        self.list.insertItem(0, item)
        self.list.setCurrentItem(item)
        self.empty.hide()
        return True

    def _drop_taken_in(self) -> None:
        """An earlier chosen file leaves the list, and its copy the disk."""
        if self._taken_in is None:
            return
        for row in range(self.list.count()):
            if self._backup_of(self.list.item(row)) is self._taken_in:
                self.list.takeItem(row)
                break
        self._taken_in.discard()
        self._taken_in = None
        self.empty.setVisible(self.list.count() == 0)

    def chosen(self) -> BackupInfo | None:
        item = self.list.currentItem()
        return None if item is None else self._backup_of(item)

    def done(self, result: int) -> None:
        # Accepted, the chosen copy is the caller's to restore and discard; otherwise it is of no use.
        if result != QDialog.DialogCode.Accepted.value or self.chosen() is not self._taken_in:
            self._drop_taken_in()
        super().done(result)

