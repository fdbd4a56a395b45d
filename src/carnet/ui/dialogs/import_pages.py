"""The import wizard's pages: the column mapping with a preview, the rows with problems, the duplicates.

Each page works on the `ImportState` the wizard holds; none of them writes anything. The check page
validates the whole file when it is shown (not at each change of the mapping: 10,000 rows take a
fraction of a second, a combo box must not).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from carnet.domain.duplicates import DuplicateMatch
from carnet.domain.enums import Source, Stage
from carnet.domain.import_plan import ImportPlan
from carnet.io.csv_import import NAME_FIELDS, CsvFile, validate
from carnet.io.row_reading import WORD_FIELDS, unknown_words
from carnet.io.synonyms import word_key
from carnet.services.importing import DuplicateChoice
from carnet.ui.labels import error_text, stage_label
from carnet.ui.labels_extra import source_label
from carnet.ui.long_work import Progress, WorkCancelled, with_progress

# A cell may hold a whole mail thread: laying out 200,000 characters would freeze the table for nothing.
SHOWN_CHARACTERS, TOOLTIP_CHARACTERS = 200, 2000
_CONTEXT = "ImportWizard"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def field_labels() -> dict[str, str]:
    """Carnet's fields a column can fill, in the order the mapping's combo boxes list them."""
    return {
        "display_name": _t("Name"), "first_name": _t("First name"), "last_name": _t("Last name"),
        "organisation": _t("Organisation"), "role": _t("Role"), "email": _t("Email"), "phone": _t("Phone"),
        "website": _t("Website"), "address": _t("Address"), "tags": _t("Tags"), "notes": _t("Notes"),
        "stage": _t("Stage"), "amount": _t("Amount paid"), "source": _t("Source"), "kind": _t("Kind"),
        "temperature": _t("Temperature"), "next_follow_up": _t("Next follow-up"), "budget": _t("Budget"),
        "authority": _t("Authority"), "need": _t("Need"), "timing": _t("Timing"),
        "qualification_note": _t("Qualification note"),
    }


@dataclass
class ImportState:
    """What the wizard knows so far; `plan` is set by the check page."""

    csv_file: CsvFile | None  # None for a vCard file, whose fields need no mapping
    mapping: dict[int, str] = field(default_factory=dict)
    # What the user said the words of the source and stage columns mean: field -> word key -> choice.
    chosen: dict[str, dict[str, Any]] = field(default_factory=dict)
    plan: ImportPlan | None = None
    matches: dict[int, DuplicateMatch] = field(default_factory=dict)


def _table(
    parent: QWizardPage, headers: list[str], accessible_name: str, stretch: tuple[int, ...] = ()
) -> QTableWidget:
    """A read-only table; the ``stretch`` columns share the width left, the others fit their contents."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(accessible_name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    for column in stretch:
        table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setStretchLastSection(not stretch)
    table.setWordWrap(False)
    return table


def _fit_combos(table: QTableWidget, column: int, combos: list[QComboBox]) -> None:
    """Cell widgets do not count in resizeColumnToContents: widen the column to its widest combo box."""
    table.resizeColumnToContents(column)
    widest = max((combo.sizeHint().width() for combo in combos), default=0)
    table.setColumnWidth(column, max(table.columnWidth(column), widest + 4))


def _cut(text: str, size: int) -> str:
    return text if len(text) <= size else text[:size] + "…"


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(_cut(text, SHOWN_CHARACTERS))
    item.setToolTip(_cut(text, TOOLTIP_CHARACTERS))
    return item


class MappingPage(QWizardPage):
    """One combo box per column of the file, guessed from its header; a preview of the first rows."""

    def __init__(self, state: ImportState, parent: Any = None) -> None:
        super().__init__(parent)
        self.state = state
        csv_file = state.csv_file
        assert csv_file is not None
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Tell Carnet what each column of your file holds. A name is needed: a Name "
                                 "column, First name and Last name, or an Organisation column."))
        layout = QVBoxLayout(self)
        self.columns = _table(self, [self.tr("Column in your file"), self.tr("First value"), self.tr("Carnet field")],
                              self.tr("Columns of the file"), stretch=(1,))
        self.combos: list[QComboBox] = []
        labels = field_labels()
        self.columns.setRowCount(len(csv_file.headers))
        for index, header in enumerate(csv_file.headers):
            self.columns.setItem(index, 0, _item(header or self.tr("(no title)")))
            self.columns.setItem(index, 1, _item(csv_file.first_values[index]))
            combo = QComboBox(self.columns)
            combo.setAccessibleName(self.tr("Carnet field for the column %1").replace("%1", header))
            combo.setMinimumContentsLength(max(len(label) for label in labels.values()))
            combo.addItem(self.tr("Leave out"), "")
            for name, label in labels.items():
                combo.addItem(label, name)
            combo.setCurrentIndex(max(0, combo.findData(state.mapping.get(index, ""))))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.columns.setCellWidget(index, 2, combo)
            self.combos.append(combo)
        self.columns.resizeColumnToContents(0)
        _fit_combos(self.columns, 2, self.combos)
        layout.addWidget(self.columns, 3)
        self.warning = QLabel(self)
        self.warning.setStyleSheet("color: palette(highlight)")
        self.warning.setWordWrap(True)
        layout.addWidget(self.warning)
        self.words_title = QLabel(self.tr("Words Carnet does not know: say what each one means."), self)
        layout.addWidget(self.words_title)
        self.words = _table(self, [self.tr("Column"), self.tr("In your file"), self.tr("Rows"),
                                   self.tr("Means")], self.tr("Words Carnet does not know"), stretch=(1,))
        layout.addWidget(self.words, 1)
        self._words_for: tuple[tuple[str, int], ...] | None = None  # the columns the words were listed for
        self.word_combos: dict[tuple[str, str], QComboBox] = {}  # (field, word key) -> its combo box
        layout.addWidget(QLabel(self.tr("Preview of the first rows:"), self))
        self.preview = _table(self, [], self.tr("Preview of the first rows"))
        layout.addWidget(self.preview, 2)
        self._mapping_changed()

    def _mapping_changed(self, *_: object) -> None:
        self.state.mapping = {index: combo.currentData() for index, combo in enumerate(self.combos)
                              if combo.currentData()}
        self.state.plan = None
        self._list_words()
        self._fill_preview()
        named = bool(set(NAME_FIELDS) & set(self.state.mapping.values()))
        self.warning.setText("" if named else self.tr("Choose the column that holds the name or the organisation."))
        self.completeChanged.emit()

    def _list_words(self) -> None:
        """One line per word of a source or stage column that Carnet does not know, with what it means."""
        columns = tuple(sorted((name, index) for index, name in self.state.mapping.items() if name in WORD_FIELDS))
        if columns == self._words_for:
            return
        self._words_for = columns
        csv_file = self.state.csv_file
        assert csv_file is not None
        lines: list[tuple[str, int, str, int]] = []  # (field, column, word, rows)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the whole column is read
        try:
            for name, index in columns:
                words = csv_file.distinct_values(index)
                lines.extend((name, index, word, count) for word, count in unknown_words(name, words or []))
        finally:
            QApplication.restoreOverrideCursor()
        self.words.setRowCount(len(lines))
        self.word_combos = {}
        for row, (name, index, word, count) in enumerate(lines):
            self.words.setItem(row, 0, _item(csv_file.headers[index]))
            self.words.setItem(row, 1, _item(word))
            self.words.setItem(row, 2, _item(str(count)))
            combo = _word_combo(name, self.words)
            combo.setAccessibleName(self.tr("What %1 means").replace("%1", word))
            key = word_key(word)
            combo.setCurrentIndex(max(0, combo.findData(self.state.chosen.get(name, {}).get(key))))
            combo.currentIndexChanged.connect(self._word_chosen)
            self.words.setCellWidget(row, 3, combo)
            self.word_combos[(name, key)] = combo
        for column in (0, 2):
            self.words.resizeColumnToContents(column)
        _fit_combos(self.words, 3, list(self.word_combos.values()))
        self.words_title.setVisible(bool(lines))
        self.words.setVisible(bool(lines))
        self._word_chosen()

    def _word_chosen(self, *_: object) -> None:
        chosen: dict[str, dict[str, Any]] = {}
        for (name, key), combo in self.word_combos.items():
            if combo.currentData() is not None:
                chosen.setdefault(name, {})[key] = combo.currentData()
        self.state.chosen = chosen
        self.state.plan = None

    def _fill_preview(self) -> None:
        csv_file = self.state.csv_file
        assert csv_file is not None
        labels = field_labels()
        used = [(index, name) for index, name in sorted(self.state.mapping.items())]
        self.preview.clear()
        self.preview.setColumnCount(len(used))
        self.preview.setHorizontalHeaderLabels([labels[name] for _, name in used])
        rows = csv_file.preview
        self.preview.setRowCount(len(rows))
        for row_number, (_, cells, _span) in enumerate(rows):
            for column, (index, _) in enumerate(used):
                self.preview.setItem(row_number, column, _item(cells[index] if index < len(cells) else ""))
        self.preview.resizeColumnsToContents()

    def isComplete(self) -> bool:
        return bool(set(NAME_FIELDS) & set(self.state.mapping.values()))


def _word_combo(name: str, parent: QWidget) -> QComboBox:
    """The choices for a word of a source or stage column; the first says what happens when none is made."""
    combo = QComboBox(parent)
    if name == "source":
        combo.addItem(_t("Other (the word is kept as a tag)"), None)
        for source in Source:
            combo.addItem(source_label(source), source)
    else:
        combo.addItem(_t("Not a stage (its rows cannot be imported)"), None)
        for stage in Stage:
            combo.addItem(stage_label(stage), stage)
    return combo


class CheckPage(QWizardPage):
    """How many rows are ready; the rows with problems, by line, and the choice to leave them out."""

    def __init__(self, state: ImportState, read_plan: Callable[[], ImportPlan] | None,
                 find_matches: Callable[[ImportPlan], dict[int, DuplicateMatch]], parent: Any = None) -> None:
        super().__init__(parent)
        self.state = state
        self._read_plan = read_plan  # a vCard file is read once, before the wizard
        self._find_matches = find_matches
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("Carnet has read every row of your file. Nothing is saved until you click Import."))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.problems = _table(self, [self.tr("Line"), self.tr("Problem")], self.tr("Rows with problems"))
        layout.addWidget(self.problems)
        # What the reader changed or guessed (a line read as Windows-1252, a source it did not know, filed as
        # Other): those rows import all the same, but the user should know.
        self.warnings_title = QLabel(self.tr("Imported, but check:"), self)
        layout.addWidget(self.warnings_title)
        self.warnings = _table(self, [self.tr("Line"), self.tr("Warning")], self.tr("Warnings"))
        layout.addWidget(self.warnings)
        self.skip_bad = QCheckBox(self)
        self.skip_bad.toggled.connect(self.completeChanged)
        layout.addWidget(self.skip_bad)

    def initializePage(self) -> None:
        state = self.state
        if state.plan is None:
            try:
                state.plan, state.matches = with_progress(self, self.tr("Checking the rows…"), self._check)
            except WorkCancelled:
                # Back to where the user was: the check is made again, whole, on the next Next.
                QTimer.singleShot(0, self.wizard().back)
                return
        plan = state.plan
        good, bad = len(plan.good), len(plan.bad)
        text = self.tr("%n row(s) ready to import.", "", good)
        if state.matches:
            text += " " + self.tr("%n of them look like contacts you already have.", "", len(state.matches))
        if bad:
            text += " " + self.tr("%n row(s) cannot be imported; fix them in your file, or leave them out.", "", bad)
        self.summary.setText(text)
        self.problems.setVisible(bool(bad))
        self.problems.setRowCount(bad)
        for row, problem in enumerate(plan.bad):
            self.problems.setItem(row, 0, _item(str(problem.line)))
            self.problems.setItem(row, 1, _item(error_text(problem.error) if problem.error else problem.reason))
        self.problems.resizeColumnToContents(0)
        self.warnings_title.setVisible(bool(plan.warnings))
        self.warnings.setVisible(bool(plan.warnings))
        self.warnings.setRowCount(len(plan.warnings))
        for row, warning in enumerate(plan.warnings):
            self.warnings.setItem(row, 0, _item(str(warning.line)))
            self.warnings.setItem(row, 1, _item(error_text(warning.notice) if warning.notice else warning.reason))
        self.warnings.resizeColumnToContents(0)
        self.skip_bad.setVisible(bool(bad) and bool(good))
        self.skip_bad.setChecked(False)
        self.skip_bad.setText(self.tr("Import the %n good row(s) and leave out the rows with problems", "", good))

    def _check(self, progress: Progress) -> tuple[ImportPlan, dict[int, DuplicateMatch]]:
        if self._read_plan:
            plan = self._read_plan()
        else:
            assert self.state.csv_file is not None  # only a vCard file has none, and it comes read
            plan = validate(self.state.csv_file, self.state.mapping, progress, self.state.chosen)
        return plan, self._find_matches(plan)

    def isComplete(self) -> bool:
        plan = self.state.plan
        if plan is None or not plan.good:
            return False
        return not plan.bad or self.skip_bad.isChecked()


class DuplicatesPage(QWizardPage):
    """Each row that looks like an existing contact, with what to do with it: skip, merge or add."""

    def __init__(self, state: ImportState, parent: Any = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Contacts you already have"))
        self.setSubTitle(self.tr("Skip a row to keep your contact as it is; merge it to fill what your contact "
                                 "lacks (nothing you typed is overwritten); or add it as a new contact."))
        layout = QVBoxLayout(self)
        self.table = _table(self, [self.tr("Line"), self.tr("In your file"), self.tr("Looks like"),
                                   self.tr("Same"), self.tr("Action")], self.tr("Rows that look like your contacts"),
                            stretch=(1, 2))
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        for text, choice in ((self.tr("Skip All"), DuplicateChoice.SKIP), (self.tr("Merge All"), DuplicateChoice.MERGE),
                             (self.tr("Add All"), DuplicateChoice.ADD)):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _=False, choice=choice: self.choose_all(choice))
            buttons.addWidget(button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.combos: dict[int, QComboBox] = {}

    def initializePage(self) -> None:
        plan = self.state.plan
        assert plan is not None
        names = {line: draft for line, draft in plan.good}
        reasons = {"email": self.tr("email"), "phone": self.tr("phone"), "name": self.tr("name and organisation")}
        self.table.setRowCount(len(self.state.matches))
        self.combos = {}
        for row, (line, match) in enumerate(sorted(self.state.matches.items())):
            draft = names[line]
            self.table.setItem(row, 0, _item(str(line)))
            self.table.setItem(row, 1, _item(_described(draft.display_name, draft.organisation)))
            self.table.setItem(row, 2, _item(_described(match.display_name, match.organisation)))
            self.table.setItem(row, 3, _item(", ".join(reasons.get(reason, reason) for reason in match.reasons)))
            combo = QComboBox(self.table)
            combo.setAccessibleName(self.tr("What to do with line %1").replace("%1", str(line)))
            combo.addItem(self.tr("Skip"), DuplicateChoice.SKIP)
            combo.addItem(self.tr("Merge"), DuplicateChoice.MERGE)
            combo.addItem(self.tr("Add"), DuplicateChoice.ADD)
            self.table.setCellWidget(row, 4, combo)
            self.combos[line] = combo
        for column in (0, 3):
            self.table.resizeColumnToContents(column)
        _fit_combos(self.table, 4, list(self.combos.values()))

    def choose_all(self, choice: DuplicateChoice) -> None:
        for combo in self.combos.values():
            combo.setCurrentIndex(combo.findData(choice))

    def decisions(self) -> dict[int, tuple[DuplicateChoice, int]]:
        return {line: (DuplicateChoice(combo.currentData()), self.state.matches[line].contact_id)
                for line, combo in self.combos.items()}


def _described(name: str, organisation: str) -> str:
    return f"{name} ({organisation})" if organisation else name
