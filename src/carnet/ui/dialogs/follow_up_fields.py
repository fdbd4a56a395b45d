"""A follow-up's rows in a form (issue 17, item 2): a tick box, the day and an optional time of day side by
side, and a short "What to do". Shared by the contact editor and Log Interaction.

The day is the dialogs' one date field (`date_field.DateField`), the time their time field (`TimeField`),
left empty for "any time that day" (the reminder then comes at the hour chosen in Preferences).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from carnet.domain.follow_ups import PlannedFollowUp
from carnet.ui.dialogs.date_field import DateField, DateTimeField, TimeField, switch_on_with
from carnet.ui.dialogs.validated_form import FieldError, ValidatedDialog


def _t(text: str) -> str:
    return QCoreApplication.translate("FollowUpFields", text)


class FollowUpDayTime(DateTimeField):
    """The follow-up's day and its optional time of day side by side (a label's mnemonic lands on the day,
    Tab then goes to the time); the time may be left empty."""

    def __init__(self, parent: QWidget | None = None, *, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent, today=today)
        self.time_field.setAccessibleName(_t("Follow-up time"))
        self.time_field.setToolTip(_t("Optional: a time of day for the reminder. Empty: any time that day."))
        self.time_field.setPlaceholderText(_t("any time"))

    def checked_time(self, field: str) -> time | None:
        """The time typed, None when the field is empty; raises ``InvalidInput`` when it is not a time."""
        if not self.time_field.text().strip():
            return None
        return self.time_field.checked_time(field)

    def set_time(self, value: time | None) -> None:
        if value is None:
            self.time_field.clear()
        else:
            self.time_field.set_time(value)


class FollowUpFields:
    """Adds to ``dialog`` the rows "<check>: day [time]" and "What to do:", the second and the time enabled
    with the tick. ``check_day`` is the dialog's own check of the day (future, or the one already saved);
    ``label`` the tick box's text (with its mnemonic), ``name`` the row's accessible name."""

    def __init__(
        self, dialog: ValidatedDialog, label: str, name: str, check_day: Callable[[], date | None], *,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.check = QCheckBox(label, dialog)
        self.day_time = FollowUpDayTime(dialog, today=today)
        self._check_day = check_day
        self.error: FieldError | None = dialog.add_field(
            self.check, self.day_time, check=self.value,
            changed=[self.check.toggled, self.day_time.edited], accessible_name=name,
        )
        switch_on_with(self.check, self.day_time)
        self.check.clicked.connect(lambda checked: self.day_time.date_field.selectAll() if checked else None)
        self.note_edit = QLineEdit(dialog)
        self.note_edit.setPlaceholderText(_t("e.g. Call back about the quote"))
        dialog.add_field(_t("W&hat to do:"), self.note_edit)
        self.check.toggled.connect(self.note_edit.setEnabled)
        self.day_time.setEnabled(False)
        self.note_edit.setEnabled(False)

    @property
    def date_field(self) -> DateField:
        return self.day_time.date_field

    @property
    def time_field(self) -> TimeField:
        return self.day_time.time_field

    def set_value(self, planned: PlannedFollowUp) -> None:
        """Tick and fill the rows with ``planned``; a follow-up without a day unticks them (the day shown
        stays, ready for a tick)."""
        self.check.setChecked(planned.day is not None)
        if planned.day is not None:
            self.date_field.setDate(planned.day)
        self.day_time.set_time(planned.at)
        self.note_edit.setText(planned.note)

    def value(self) -> PlannedFollowUp:
        """The follow-up as typed (no day when unticked); raises ``InvalidInput`` when the day or the time is
        not one."""
        day = self._check_day()
        if day is None:
            return PlannedFollowUp()
        return PlannedFollowUp(day, self.day_time.checked_time("follow_up_time"), self.note_edit.text().strip())

    def set_rows_visible(self, visible: bool, dialog: ValidatedDialog) -> None:
        """Show or hide the time and the note (a recorded interaction's correction has only its day)."""
        self.time_field.setVisible(visible)
        dialog.form.setRowVisible(self.note_edit, visible)
