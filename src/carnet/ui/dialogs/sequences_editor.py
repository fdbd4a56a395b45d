"""Preferences ▸ Sequences: the book's follow-up sequences (issue 17, item 5), each a name and its steps
("2 days after the start: send the brochure"), added, renamed, reordered and deleted here.

Use like `BackupFoldersGroup`: add it to the dialog, refuse Save while `error()` is not empty (the message
shows under the steps), and call `save(db)` on Save. The sequences are the book's, stored in its file; until
the user saves some, the ones Carnet provides are shown (in the user's language), and Restore Defaults shows
them again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carnet.domain.errors import InvalidInput
from carnet.domain.sequences import MAX_DAYS, MAX_STEPS, FollowUpSequence, SequenceStep, checked
from carnet.storage import Database
from carnet.ui.labels import error_text
from carnet.ui.sequence_defaults import book_sequences, provided_sequences

DAYS, WHAT = 0, 1  # the steps table's columns


@dataclass
class _Draft:
    """A sequence as being edited (the table's rows are written back into it as they change)."""

    name: str
    steps: list[tuple[int, str]] = field(default_factory=list)

    def sequence(self) -> FollowUpSequence:
        return FollowUpSequence(self.name, tuple(SequenceStep(days, what) for days, what in self.steps))


class SequencesGroup(QGroupBox):
    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, database: Database | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Follow-up sequences"))
        self._valid = True
        self._loading = False
        intro = QLabel(self.tr(
            "A sequence plans a contact's next follow-ups, one step at a time: Contact \u25b8 Start Sequence makes "
            "its first step the follow-up, and each interaction you log marks the step done and sets the next "
            "one, as many days after as the steps are apart."), self)
        intro.setWordWrap(True)
        self.names = QListWidget(self)
        self.names.setAccessibleName(self.tr("Sequences"))
        self.names.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.names.setMaximumWidth(self.names.fontMetrics().horizontalAdvance("M" * 12))
        self.names.currentRowChanged.connect(self._show_steps)
        self.names.itemChanged.connect(self._renamed)
        self.steps = QTableWidget(0, 2, self)
        self.steps.setAccessibleName(self.tr("Steps of the sequence"))
        self.steps.setHorizontalHeaderLabels([self.tr("Day"), self.tr("What to do")])
        day_header = self.steps.horizontalHeaderItem(DAYS)
        if day_header is not None:
            day_header.setToolTip(self.tr("Days after the start of the sequence"))
        header = self.steps.horizontalHeader()
        # The day needs three digits and the spin box's arrows; the rest of the width is for what to do.
        metrics = self.fontMetrics()
        self._day_width = max(metrics.horizontalAdvance(self.tr("Day")), metrics.horizontalAdvance("365")) + 56
        header.setSectionResizeMode(DAYS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(DAYS, self._day_width)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        self.steps.setMinimumWidth(metrics.horizontalAdvance("M" * 30))
        self.steps.verticalHeader().setVisible(False)
        self.steps.itemChanged.connect(lambda _item: self._steps_edited())
        self.add_sequence_button = QPushButton(self.tr("Ne&w Sequence"), self)
        self.add_sequence_button.clicked.connect(self.add_sequence)
        self.delete_sequence_button = QPushButton(self.tr("&Delete Sequence"), self)
        self.delete_sequence_button.clicked.connect(self.delete_sequence)
        self.add_step_button = QPushButton(self.tr("Add S&tep"), self)
        self.add_step_button.clicked.connect(self.add_step)
        self.remove_step_button = QPushButton(self.tr("Remo&ve Step"), self)
        self.remove_step_button.clicked.connect(self.remove_step)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        left = QVBoxLayout()
        left.addWidget(self.names, 1)
        left.addWidget(self.add_sequence_button)
        left.addWidget(self.delete_sequence_button)
        right = QVBoxLayout()
        right.addWidget(self.steps, 1)
        step_buttons = QHBoxLayout()
        step_buttons.addWidget(self.add_step_button)
        step_buttons.addWidget(self.remove_step_button)
        step_buttons.addStretch(1)
        right.addLayout(step_buttons)
        columns = QHBoxLayout()
        columns.addLayout(left)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error_label)

        shown = provided_sequences() if database is None else book_sequences(database)
        self._load(shown)
        # Saved only when edited: the provided sequences left as they are stay in the user's language, whichever
        # it is at the next start, instead of being written into the book in today's.
        self._shown = shown

    # --- what is shown ---------------------------------------------------------------------------------------

    def _load(self, sequences: tuple[FollowUpSequence, ...]) -> None:
        self._drafts = [_Draft(s.name, [(step.days, step.what) for step in s.steps]) for s in sequences]
        self._loading = True
        self.names.clear()
        for draft in self._drafts:
            self.names.addItem(self._name_item(draft.name))
        self._loading = False
        self.names.setCurrentRow(0 if self._drafts else -1)
        self._show_steps(self.names.currentRow())
        self._revalidate()

    def _name_item(self, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def _current(self) -> _Draft | None:
        row = self.names.currentRow()
        return self._drafts[row] if 0 <= row < len(self._drafts) else None

    def _show_steps(self, _row: int) -> None:
        draft = self._current()
        self._loading = True
        self.steps.setRowCount(0)
        for days, what in [] if draft is None else draft.steps:
            self._append_row(days, what)
        self._loading = False
        has_one = draft is not None
        for widget in (self.steps, self.add_step_button, self.remove_step_button, self.delete_sequence_button):
            widget.setEnabled(has_one)

    def _append_row(self, days: int, what: str) -> None:
        row = self.steps.rowCount()
        self.steps.insertRow(row)
        spin = QSpinBox(self.steps)
        spin.setRange(0, MAX_DAYS)
        spin.setValue(days)
        spin.setAccessibleName(self.tr("Days after the start"))
        spin.setFrame(False)
        spin.valueChanged.connect(lambda _days: self._steps_edited())
        self.steps.setCellWidget(row, DAYS, spin)
        self.steps.setItem(row, WHAT, QTableWidgetItem(what))

    # --- edits -----------------------------------------------------------------------------------------------

    def _renamed(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        self._drafts[self.names.row(item)].name = item.text()
        self._revalidate()

    def _steps_edited(self) -> None:
        draft = self._current()
        if self._loading or draft is None:
            return
        steps = []
        for row in range(self.steps.rowCount()):
            spin = self.steps.cellWidget(row, DAYS)
            item = self.steps.item(row, WHAT)
            steps.append((spin.value() if isinstance(spin, QSpinBox) else 0, "" if item is None else item.text()))
        draft.steps = steps
        self._revalidate()

    def add_sequence(self) -> None:
        taken = {draft.name.casefold() for draft in self._drafts}
        name, number = self.tr("New sequence"), 2
        base = name
        while name.casefold() in taken:
            name, number = f"{base} {number}", number + 1
        self._drafts.append(_Draft(name, [(0, "")]))
        self._loading = True
        self.names.addItem(self._name_item(name))
        self._loading = False
        self.names.setCurrentRow(len(self._drafts) - 1)
        self.names.editItem(self.names.currentItem())
        self._revalidate()

    def delete_sequence(self) -> None:
        row = self.names.currentRow()
        if not 0 <= row < len(self._drafts):
            return
        del self._drafts[row]
        self._loading = True
        self.names.takeItem(row)
        self._loading = False
        self._show_steps(self.names.currentRow())
        self._revalidate()

    def add_step(self) -> None:
        draft = self._current()
        if draft is None or len(draft.steps) >= MAX_STEPS:
            return
        last = draft.steps[-1][0] if draft.steps else 0
        self._loading = True
        self._append_row(last + 2 if draft.steps else 0, "")  # two days on: a common rhythm, easy to change
        self._loading = False
        self._steps_edited()
        self.steps.setCurrentCell(self.steps.rowCount() - 1, WHAT)
        item = self.steps.item(self.steps.rowCount() - 1, WHAT)
        if item is not None:
            self.steps.editItem(item)

    def remove_step(self) -> None:
        row = self.steps.currentRow()
        if row < 0:
            row = self.steps.rowCount() - 1
        if row < 0:
            return
        self.steps.removeRow(row)
        self._steps_edited()

    # --- the group's contract with the dialog ----------------------------------------------------------------

    def sequences(self) -> tuple[FollowUpSequence, ...]:
        """The sequences as shown, checked (``InvalidInput`` names the first fault)."""
        return checked([draft.sequence() for draft in self._drafts])

    def error(self) -> str:
        try:
            self.sequences()
        except InvalidInput as wrong:
            return error_text(wrong)
        return ""

    def restore_defaults(self) -> None:
        self._load(provided_sequences())

    def save(self, database: Database) -> None:
        """Write the sequences into the book (nothing while one is wrong); raises `CarnetError` when the book
        cannot be written (busy, read-only)."""
        try:
            sequences = self.sequences()
        except InvalidInput:
            return
        if sequences == self._shown:
            return
        from carnet.services.sequences import save_sequences

        save_sequences(database, sequences)

    def _revalidate(self) -> None:
        message = self.error()
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        valid = not message
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)

