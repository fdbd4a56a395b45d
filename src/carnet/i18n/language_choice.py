"""The interface language picker of the Preferences dialog: system default, English or Français."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from carnet.i18n import SYSTEM, language_preference, save_language_preference


class LanguageChoice(QWidget):
    """A combo box over ``"system"``, ``"en"`` and ``"fr"`` with a note that a restart applies it.

    It shows the stored choice when created; ``save()`` stores the one picked (``value()``).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Interface language"))
        self.combo.addItem(self.tr("System default"), SYSTEM)
        # Each language in its own name, untranslated: the reader of "Français" is the one who needs it.
        self.combo.addItem("English", "en")
        self.combo.addItem("Français", "fr")
        self.note = QLabel(self.tr("Takes effect after restarting Carnet."), self)
        self.note.setWordWrap(True)
        self.note.setEnabled(False)  # greyed: a remark, not a field
        self.note.setBuddy(self.combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.note)
        self.set_value(language_preference())

    def value(self) -> str:
        """The choice shown: ``"system"``, ``"en"`` or ``"fr"``."""
        return str(self.combo.currentData())

    def set_value(self, choice: str) -> None:
        index = self.combo.findData(choice)
        self.combo.setCurrentIndex(index if index >= 0 else 0)

    def save(self) -> None:
        """Store the choice in the settings file (read at the next start)."""
        save_language_preference(self.value())
