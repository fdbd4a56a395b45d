"""The "Flag ambassador" dialog: a client who recommends you, and how to thank them (SPEC §1)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from carnet.domain.errors import CONTEXT
from carnet.i18n import QT_TRANSLATE_NOOP
from carnet.ui.dialogs.date_field import DateField, check_not_future
from carnet.ui.dialogs.validated_form import ValidatedDialog

FUTURE_SINCE = QT_TRANSLATE_NOOP(CONTEXT, "This date is still to come: pick today or an earlier day.")
NOTE_LINES = 3  # enough for a sentence or two; the box scrolls beyond


@dataclass(frozen=True)
class AmbassadorDetails:
    """What ``services.flag_ambassador`` needs besides the contact."""

    since: date
    recommends_how: str
    gift_preferences: str


class FlagAmbassadorDialog(ValidatedDialog):
    """Asks since when a client recommends you and how to thank them; ``value()`` is the answer."""

    def __init__(self, contact_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_texts(
            title=self.tr("Flag ambassador — {name}").format(name=contact_name),
            intro=self.tr(
                "{name} recommends you and sends you leads. Ambassadors get special care, "
                "such as a year-end gift."
            ).format(name=contact_name),
            ok_text=self.tr("Flag"),
        )
        self.since_edit = DateField(self)
        self.since_edit.setDate(date.today())
        self.since_error = self.add_field(
            self.tr("&Since:"), self.since_edit, check=self._since, changed=[self.since_edit.edited]
        )
        self.recommends_edit = self._note_edit(self.tr("e.g. Mentions you at her business club"))
        self.add_field(self.tr("&How they recommend you:"), self.recommends_edit)
        self.gifts_edit = self._note_edit(self.tr("e.g. Loves tea, no alcohol"))
        self.add_field(self.tr("&Gift preferences:"), self.gifts_edit)
        self.revalidate()

    def value(self) -> AmbassadorDetails:
        """The details as typed; raises ``InvalidInput`` if the date is in the future."""
        return AmbassadorDetails(
            since=self._since(),
            recommends_how=self.recommends_edit.toPlainText().strip(),
            gift_preferences=self.gifts_edit.toPlainText().strip(),
        )

    def _since(self) -> date:
        return check_not_future(self.since_edit, FUTURE_SINCE, "since")

    def _note_edit(self, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setPlaceholderText(placeholder)
        # Tab must move to the next field (keyboard-only use, SPEC §3), not type a tab character.
        edit.setTabChangesFocus(True)
        # Exactly NOTE_LINES lines of text plus the frame and the document's own margins.
        lines = edit.fontMetrics().lineSpacing() * NOTE_LINES
        edit.setFixedHeight(lines + 2 * (edit.frameWidth() + round(edit.document().documentMargin())) + 1)
        return edit
