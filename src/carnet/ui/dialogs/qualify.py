"""The "Qualify" dialog: budget, authority, need and timing of a lead (BANT, SPEC §1–2).

The rows of Yes / No / Unknown buttons are also used by the contact editor's second tab, so both
dialogs ask the same questions in the same words.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPlainTextEdit, QRadioButton, QSizePolicy, QWidget

from carnet.domain.enums import Answer
from carnet.i18n import QT_TRANSLATE_NOOP
from carnet.ui.dialogs.validated_form import ValidatedDialog

# Shared by this dialog and the contact editor: translated in the "Qualification" context.
QUESTIONS = (
    QT_TRANSLATE_NOOP("Qualification", "&Budget: can they pay for it?"),
    QT_TRANSLATE_NOOP("Qualification", "&Authority: do they decide?"),
    QT_TRANSLATE_NOOP("Qualification", "N&eed: do they need what you sell?"),
    QT_TRANSLATE_NOOP("Qualification", "&Timing: do they want it soon?"),
)
NOTE_LINES = 3  # enough for a sentence or two; the box scrolls beyond
ANSWER_INDENT = 16  # the answers sit a little in from their question, so that each pair reads as one


def qualification_score(budget: Answer, authority: Answer, need: Answer, timing: Answer) -> int:
    """How many of the four criteria are a clear yes (0 to 4); "unknown" counts as no."""
    return sum(answer is Answer.YES for answer in (budget, authority, need, timing))


@dataclass(frozen=True)
class Qualification:
    """The four answers and a note, as the contact's qualification columns store them."""

    budget: Answer = Answer.UNKNOWN
    authority: Answer = Answer.UNKNOWN
    need: Answer = Answer.UNKNOWN
    timing: Answer = Answer.UNKNOWN
    note: str = ""

    @property
    def score(self) -> int:
        return qualification_score(self.budget, self.authority, self.need, self.timing)


def make_note_edit(parent: QWidget, placeholder: str = "", *, lines: int = NOTE_LINES) -> QPlainTextEdit:
    """A plain-text box exactly ``lines`` lines high, where Tab moves on instead of typing a tab."""
    edit = QPlainTextEdit(parent)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)  # keyboard-only use (SPEC §3)
    height = edit.fontMetrics().lineSpacing() * lines
    edit.setFixedHeight(height + 2 * (edit.frameWidth() + round(edit.document().documentMargin())) + 1)
    return edit


class AnswerButtons(QWidget):
    """Yes / No / Unknown as a row of radio buttons; arrow keys move between them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, answer: Answer = Answer.UNKNOWN) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._group = QButtonGroup(self)
        self.buttons: dict[Answer, QRadioButton] = {}
        texts = {Answer.YES: self.tr("Yes"), Answer.NO: self.tr("No"), Answer.UNKNOWN: self.tr("Unknown")}
        for item, text in texts.items():
            button = QRadioButton(text, self)
            self._group.addButton(button)
            self.buttons[item] = button
            layout.addWidget(button)
        layout.addStretch(1)
        # One line high even in a tall tab: the spare height goes to the notes, not between the rows.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.set_value(answer)
        self._group.buttonToggled.connect(self._toggled)

    def indent(self, pixels: int) -> None:
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(pixels, 0, 0, 0)

    def value(self) -> Answer:
        for answer, button in self.buttons.items():
            if button.isChecked():
                return answer
        return Answer.UNKNOWN

    def set_value(self, answer: Answer) -> None:
        self.buttons[answer].setChecked(True)
        self.setFocusProxy(self.buttons[answer])  # a label's mnemonic lands on the current answer

    def setAccessibleName(self, name: str) -> None:
        # A screen reader reads a radio button alone: say which question it answers.
        super().setAccessibleName(name)
        for button in self.buttons.values():
            button.setAccessibleDescription(name)

    def _toggled(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self.setFocusProxy(button)
            self.changed.emit()


def add_answer_rows(dialog: ValidatedDialog, answers: tuple[Answer, Answer, Answer, Answer]) -> list[AnswerButtons]:
    """Add the budget, authority, need and timing rows to ``dialog.form``; returns them in that order."""
    rows = []
    for question, answer in zip(QUESTIONS, answers, strict=True):
        row = AnswerButtons(dialog, answer=answer)
        # Each question on its own line, wrapped, its answers under it: beside them, a question was cut
        # ("Need: do they need what you") in a narrow window and in French.
        row.indent(ANSWER_INDENT)
        dialog.add_field(QCoreApplication.translate("Qualification", question), row, stacked=True)
        rows.append(row)
    return rows


class QualifyDialog(ValidatedDialog):
    """Asks the four qualification questions; ``value()`` is the ``Qualification`` to store."""

    def __init__(
        self, contact_name: str, parent: QWidget | None = None, *, current: Qualification | None = None
    ) -> None:
        super().__init__(parent)
        current = current or Qualification()
        self.set_texts(
            title=self.tr("Qualify — {name}").format(name=contact_name),
            intro=self.tr(
                "A lead is qualified once you know whether {name} can pay, decides, needs what you sell "
                "and wants it soon."
            ).format(name=contact_name),
            ok_text=self.tr("Save"),
        )
        self.budget, self.authority, self.need, self.timing = add_answer_rows(
            self, (current.budget, current.authority, current.need, current.timing)
        )
        self.note_edit = make_note_edit(self, self.tr("e.g. Budget approved in March, decides with her partner"))
        self.note_edit.setPlainText(current.note)
        self.add_field(self.tr("N&ote:"), self.note_edit)
        self.score_label = QLabel(self)
        self.score_label.setAccessibleName(self.tr("Score"))
        self.form.addRow("", self.score_label)
        for row in (self.budget, self.authority, self.need, self.timing):
            row.changed.connect(self._update_score)
        self._update_score()
        self.revalidate()

    def value(self) -> Qualification:
        """The answers as chosen and the note as typed."""
        return Qualification(
            budget=self.budget.value(),
            authority=self.authority.value(),
            need=self.need.value(),
            timing=self.timing.value(),
            note=self.note_edit.toPlainText().strip(),
        )

    def _update_score(self) -> None:
        self.score_label.setText(self.tr("Score: {score}/4").format(score=self.value().score))
