"""Postpone ▸ Pick a Date…: the day a contact's follow-up moves to (its time and note stay as they are)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtWidgets import QWidget

from carnet.domain.errors import InvalidInput
from carnet.ui.dialogs.date_field import DateField
from carnet.ui.dialogs.log_interaction import FOLLOW_UP_IN_PAST
from carnet.ui.dialogs.validated_form import ValidatedDialog


class PickFollowUpDayDialog(ValidatedDialog):
    """Asks for a day, today or later; ``value()`` is that day. ``current``: the follow-up's day now (None:
    the contact has none, and the dialog sets one), shown first when it is still ahead, else tomorrow."""

    def __init__(
        self, contact_name: str, current: date | None, parent: QWidget | None = None, *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._today = today
        if current is None:
            self.set_texts(title=self.tr("Set Follow-up — {name}").format(name=contact_name), ok_text=self.tr("Set"))
        else:
            self.set_texts(title=self.tr("Postpone Follow-up — {name}").format(name=contact_name),
                           ok_text=self.tr("Postpone"),
                           intro=self.tr("The follow-up keeps its time and note; only its day changes."))
        self.day_edit = DateField(self, today=today)
        first = current if current is not None and current > today() else today() + timedelta(days=1)
        self.day_edit.setDate(first)
        self.day_error = self.add_field(self.tr("&Follow up on:"), self.day_edit, check=self.value,
                                        changed=[self.day_edit.edited])
        self.day_edit.selectAll()
        self.revalidate()

    def value(self) -> date:
        """The day typed; raises ``InvalidInput`` when it is not a date or is before today."""
        day = self.day_edit.checked_day("follow_up")
        if day < self._today():
            raise InvalidInput(FOLLOW_UP_IN_PAST, field="follow_up")
        return day
