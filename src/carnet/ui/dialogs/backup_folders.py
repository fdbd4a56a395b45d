"""Preferences ▸ Backups: a second backup folder (issue 16 item 6), on another disk, where each day's automatic
backup is also copied (`carnet.storage.backup_copies`, run by `carnet.ui.backup_copies`).

Stored in the settings file under ``backups/second_folder`` as an absolute path; empty or missing, there is
no second folder. A folder that is not there when chosen (a disk unplugged for now) is accepted: the copy
says so each time it cannot be made, and the usual backup is made all the same.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from carnet.ui.settings import path_setting, save_path_setting

SECOND_FOLDER_KEY = "backups/second_folder"


def second_backup_folder() -> Path | None:
    """The second backup folder the user chose, or None (none chosen, or a value that is no absolute path)."""
    return path_setting(SECOND_FOLDER_KEY)


def save_second_backup_folder(folder: Path | None) -> None:
    """Store the folder (None: no second folder) and flush the settings file to disk."""
    save_path_setting(SECOND_FOLDER_KEY, folder)


class BackupFoldersGroup(QGroupBox):
    """The second backup folder's field for the Preferences dialog, with Choose… and Clear.

    Use like `RevenueCeilingsGroup`: add it to the dialog, refuse Save while `error()` is not empty (a typed
    path that is not absolute; the message shows under the field), and call `save()` on Save.
    ``choose_folder`` asks for the folder (the platform's folder dialog); tests hand it a path instead.
    """

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._valid = True
        self.choose_folder: Callable[[], str] = self._ask_for_folder
        self.setTitle(self.tr("Second backup folder"))
        intro = QLabel(self.tr(
            "Each day's automatic backup is also copied to this folder, on another disk or a USB disk, so that a "
            "lost or broken computer does not take every backup with it. Carnet keeps the same copies there as in "
            "its own backups folder: one a day for a week, then one a week for four weeks."), self)
        intro.setWordWrap(True)
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setPlaceholderText(self.tr("No second folder"))
        self.folder_edit.setAccessibleName(self.tr("Second backup folder"))
        self.folder_edit.textChanged.connect(self._revalidate)
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.clicked.connect(self.choose)
        self.clear_button = QPushButton(self.tr("Clea&r"), self)
        self.clear_button.setToolTip(self.tr("No second folder: the backups stay in Carnet's own folder only"))
        self.clear_button.clicked.connect(self.folder_edit.clear)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        current = second_backup_folder()
        self.folder_edit.setText("" if current is None else str(current))
        self._revalidate()

    def _ask_for_folder(self) -> str:
        start = self.folder() or Path.home()
        return QFileDialog.getExistingDirectory(self, self.tr("Choose the second backup folder"), str(start))

    def choose(self) -> None:
        path = self.choose_folder()
        if path:
            self.folder_edit.setText(path)

    def folder(self) -> Path | None:
        """The folder as shown (None when empty or not an absolute path)."""
        text = self.folder_edit.text().strip()
        if not text:
            return None
        folder = Path(text).expanduser()
        return folder if folder.is_absolute() else None

    def error(self) -> str:
        """What is wrong with the field, "" when it can be saved (empty included)."""
        text = self.folder_edit.text().strip()
        if text and self.folder() is None:
            return self.tr("Type the folder's whole path, or choose it with Choose….")
        return ""

    def restore_defaults(self) -> None:
        """No second folder, as Carnet starts."""
        self.folder_edit.clear()

    def save(self) -> None:
        """Write the folder to the settings file (nothing while the field is not valid)."""
        if not self.error():
            save_second_backup_folder(self.folder())

    def _revalidate(self) -> None:
        message = self.error()
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        self.folder_edit.setAccessibleDescription(message)
        valid = not message
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
