"""File ▸ Restore from Backup…: the backups beside the database, newest first, with their contact counts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from carnet.ui.dialogs.validated_form import set_dialog_flags

if TYPE_CHECKING:
    from carnet.storage.rotation import BackupInfo


class RestoreBackupDialog(QDialog):
    """``chosen()`` is the backup to restore; the current file is kept as a backup first."""

    def __init__(self, backups: Sequence[BackupInfo], parent: QWidget | None = None, explanation: str = "") -> None:
        super().__init__(parent)
        set_dialog_flags(self)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumSize(480, 320)
        self._backups = list(backups)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Backups"))
        locale = QLocale()
        for index, backup in enumerate(self._backups):
            local = backup.taken_at.astimezone()  # local wall time
            moment = QDateTime(QDate(local.year, local.month, local.day),
                               QTime(local.hour, local.minute, local.second, local.microsecond // 1000))
            when = (f"{locale.toString(moment.date(), QLocale.FormatType.LongFormat)}, "
                    f"{locale.toString(moment.time(), QLocale.FormatType.ShortFormat)}")
            kind = self.tr("automatic") if backup.automatic else self.tr("manual")
            count = (self.tr("%n contact(s)", "", backup.contacts) if backup.contacts is not None
                     else self.tr("unreadable"))
            item = QListWidgetItem(f"{when}  —  {count}  ({kind})")
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setToolTip(str(backup.path))
            if backup.contacts is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        explanation_label = QLabel(explanation or self.tr(
            "Carnet replaces your contacts with the backup's. Your current file is kept as a backup "
            "first, so this can be undone by restoring that one."), self)
        explanation_label.setWordWrap(True)
        empty = QLabel(self.tr("There is no backup yet: Carnet makes one each day you open it."), self)
        empty.setWordWrap(True)  # longer in French than the window's minimum width
        empty.setVisible(not self._backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(
            row >= 0 and self._backups[row].contacts is not None))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(empty)
        layout.addWidget(buttons)

    def chosen(self) -> BackupInfo | None:
        item = self.list.currentItem()
        return None if item is None else self._backups[item.data(Qt.ItemDataRole.UserRole)]
