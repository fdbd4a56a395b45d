"""The "Archive" dialog: contacts leave the board with a reason, and can come back (SPEC §1)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from carnet.domain.enums import ArchiveReason
from carnet.domain.errors import CONTEXT, InvalidInput
from carnet.i18n import QT_TRANSLATE_NOOP
from carnet.ui.dialogs.validated_form import ValidatedDialog
from carnet.ui.labels_extra import archive_reason_label

NOTE_REQUIRED = QT_TRANSLATE_NOOP(CONTEXT, "Say why, so that you remember later.")
NAMES_SHOWN = 3  # beyond that, "and N others": the dialog stays small for a big selection


@dataclass(frozen=True)
class ArchiveChoice:
    """What ``services.archive_contacts`` needs besides the contact ids."""

    reason: ArchiveReason
    note: str


class ArchiveDialog(ValidatedDialog):
    """Asks why the contacts leave the board; ``value()`` is the reason and an optional note."""

    def __init__(self, contact_names: list[str], parent: QWidget | None = None) -> None:
        if not contact_names:
            raise ValueError("ArchiveDialog needs at least one contact")
        super().__init__(parent)
        count = len(contact_names)
        if count == 1:
            title = self.tr("Archive — {name}").format(name=contact_names[0])
            leaving = self.tr("{name} will leave the board.").format(name=contact_names[0])
        else:
            title = self.tr("Archive %n contacts", "", count)
            leaving = self.tr("{names} will leave the board.").format(names=self._names(contact_names))
        kept = self.tr(
            "Nothing is deleted: archived contacts keep all their history, can be found by searching "
            "and can be restored to the stage they left."
        )
        self.set_texts(title=title, intro=f"{leaving} {kept}", ok_text=self.tr("Archive"))

        self.reason_combo = QComboBox(self)
        for reason in ArchiveReason:
            self.reason_combo.addItem(archive_reason_label(reason), reason.value)
        self.add_field(self.tr("&Reason:"), self.reason_combo, changed=[self.reason_combo.currentIndexChanged])
        self.note_edit = QLineEdit(self)
        self.note_error = self.add_field(
            self.tr("&Note:"), self.note_edit, check=self._note, changed=[self.note_edit.textChanged]
        )
        self.reason_combo.currentIndexChanged.connect(self._update_placeholder)
        self._update_placeholder()
        self.revalidate()

    def reason(self) -> ArchiveReason:
        return ArchiveReason(self.reason_combo.currentData())

    def value(self) -> ArchiveChoice:
        """The reason and the note as typed; raises ``InvalidInput`` if "Other" has no note."""
        return ArchiveChoice(reason=self.reason(), note=self._note())

    def _note(self) -> str:
        note = self.note_edit.text().strip()
        if self.reason() is ArchiveReason.OTHER and not note:
            raise InvalidInput(NOTE_REQUIRED, field="note")
        return note

    def _update_placeholder(self) -> None:
        if self.reason() is ArchiveReason.OTHER:
            self.note_edit.setPlaceholderText(self.tr("Required: what happened?"))
        else:
            self.note_edit.setPlaceholderText(self.tr("Optional"))

    def _names(self, names: list[str]) -> str:
        if len(names) <= NAMES_SHOWN:
            return self.tr("{first} and {last}").format(first=", ".join(names[:-1]), last=names[-1])
        first, others = ", ".join(names[:NAMES_SHOWN]), len(names) - NAMES_SHOWN
        if others == 1:
            return self.tr("{first} and one other").format(first=first)
        return self.tr("{first} and %n others", "", others).format(first=first)
