"""Small dialogs of the corrections (issue 13): a year-end gift, the day a contact was added, and where a
client goes back to when a correction takes their last paid payment away."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from carnet.domain.enums import STAGE_ORDER, Stage
from carnet.domain.errors import CONTEXT
from carnet.i18n import QT_TRANSLATE_NOOP
from carnet.ui.dialogs.date_field import DateField, check_not_future, switch_on_with
from carnet.ui.dialogs.validated_form import ValidatedDialog
from carnet.ui.labels import stage_label

ADDED_IN_FUTURE = QT_TRANSLATE_NOOP(CONTEXT, "The day a contact was added cannot be in the future.")
SENT_IN_FUTURE = QT_TRANSLATE_NOOP(CONTEXT, "A gift cannot have been sent in the future.")


@dataclass(frozen=True)
class GiftValues:
    year: int
    what: str
    sent_on: date | None


class GiftDialog(ValidatedDialog):
    """A year-end gift as recorded, to correct; ``value()`` is the `GiftValues` to save."""

    def __init__(self, contact_name: str, gift: GiftValues, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_texts(title=self.tr("Edit gift — {name}").format(name=contact_name), ok_text=self.tr("Save"))
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(1900, 9999)
        self.year_spin.setValue(gift.year)
        self.add_field(self.tr("&Year:"), self.year_spin)
        self.what_edit = QLineEdit(gift.what, self)
        self.what_edit.setPlaceholderText(self.tr("e.g. Box of chocolates"))
        self.add_field(self.tr("&What:"), self.what_edit)
        self.sent_check = QCheckBox(self.tr("&Sent on:"), self)
        self.sent_edit = DateField(self)
        self.sent_edit.setDate(gift.sent_on or date.today())
        self.sent_check.setChecked(gift.sent_on is not None)
        self.sent_error = self.add_field(
            self.sent_check, self.sent_edit, check=self._sent_on,
            changed=[self.sent_check.toggled, self.sent_edit.edited], accessible_name=self.tr("Sent on"),
        )
        switch_on_with(self.sent_check, self.sent_edit)
        self.sent_edit.setEnabled(self.sent_check.isChecked())
        self.revalidate()

    def _sent_on(self) -> date | None:
        if not self.sent_check.isChecked():
            return None
        return check_not_future(self.sent_edit, SENT_IN_FUTURE, "sent_on")

    def value(self) -> GiftValues:
        return GiftValues(self.year_spin.value(), self.what_edit.text().strip(), self._sent_on())


class AddedDayDialog(ValidatedDialog):
    """The day a contact was added (history brought from another tool); ``value()`` is that day."""

    def __init__(self, contact_name: str, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_texts(
            title=self.tr("Day added — {name}").format(name=contact_name),
            intro=self.tr("When did {name} first come to you? Contacts imported from another tool are dated "
                          "on the day of the import; put the real day here.").format(name=contact_name),
            ok_text=self.tr("Save"),
        )
        self.day_edit = DateField(self)
        self.day_edit.setDate(day)
        self.day_error = self.add_field(self.tr("&Added on:"), self.day_edit, check=self.value,
                                        changed=[self.day_edit.edited])
        self.revalidate()

    def value(self) -> date:
        return check_not_future(self.day_edit, ADDED_IN_FUTURE, "created_at")


class StageBackDialog(ValidatedDialog):
    """A correction would leave a client without a paid payment: pick the stage they go back to."""

    def __init__(self, question: str, parent: QWidget | None = None, *, default: Stage = Stage.PROSPECT) -> None:
        super().__init__(parent)
        self.set_texts(title=self.tr("No paid payment left"), intro=question, ok_text=self.tr("Move Back"))
        self.stage_combo = QComboBox(self)
        for stage in STAGE_ORDER:
            if stage.is_before(Stage.CLIENT):
                self.stage_combo.addItem(stage_label(stage), stage.value)
        self.stage_combo.setCurrentIndex(self.stage_combo.findData(default.value))
        self.add_field(self.tr("&Move back to:"), self.stage_combo)
        self.revalidate()

    def value(self) -> Stage:
        return Stage(self.stage_combo.currentData())
