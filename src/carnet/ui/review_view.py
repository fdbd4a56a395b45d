"""To review (SPEC §3, "Privacy"): contacts before client with no contact for years, to archive or erase.

The CNIL advises keeping a prospect's details no longer than three years after the last contact with them.
This view lists them (`services.retention.to_review`); it writes nothing itself: its buttons ask the main
window, through signals, to archive or erase the selected contacts, with the usual confirmations.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from carnet.services.retention import ReviewRow, to_review
from carnet.storage import Database
from carnet.ui.labels import stage_label
from carnet.ui.read_worker import ReadWorker
from carnet.ui.settings import app_settings
from carnet.ui.todo_view import CONTACT_ID_ROLE, AnyIndex, ReportTable, RowTableModel, format_day

# The preference (Preferences dialog): after how many years without contact a contact is listed.
REVIEW_AFTER_YEARS_KEY = "retention/review_after_years"
DEFAULT_REVIEW_AFTER_YEARS = 3  # the CNIL's three years for prospecting files
MIN_REVIEW_AFTER_YEARS = 1
MAX_REVIEW_AFTER_YEARS = 20
_READ_KEY = "review"


def review_after_years() -> int:
    """The years the user chose; the default when none, or garbage (not a whole number, out of range), is stored."""
    value = app_settings().value(REVIEW_AFTER_YEARS_KEY, DEFAULT_REVIEW_AFTER_YEARS)
    try:
        years = int(str(value).strip())
    except ValueError:
        return DEFAULT_REVIEW_AFTER_YEARS
    return years if MIN_REVIEW_AFTER_YEARS <= years <= MAX_REVIEW_AFTER_YEARS else DEFAULT_REVIEW_AFTER_YEARS


def _english_plural(text: str, word: str, count: int) -> str:
    """``text`` with "word(s)" made singular or plural: with no catalogue loaded (English is the source
    language), Qt leaves the "(s)" in place."""
    return text.replace(f"{word}(s)", word if count == 1 else f"{word}s")


class ReviewModel(RowTableModel[ReviewRow]):
    """The rows of `to_review`, quietest first."""

    NAME, ORGANISATION, STAGE, LAST_CONTACT = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Name"), self.tr("Organisation"), self.tr("Stage"), self.tr("Last contact"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        review = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(review, index.column())
        if role == CONTACT_ID_ROLE:
            return review.contact_id
        return None

    def _text(self, review: ReviewRow, column: int) -> str:
        if column == self.NAME:
            return review.display_name
        if column == self.ORGANISATION:
            return review.organisation
        if column == self.STAGE:
            return stage_label(review.stage)
        return self.last_contact(review)

    def last_contact(self, review: ReviewRow) -> str:
        """The day of the last contact; for someone never contacted, the day they were added, said so."""
        if review.last_contact is not None:
            return format_day(review.last_contact)
        return self.tr("Never (added on %1)").replace("%1", format_day(review.added_on))


class ReviewView(QWidget):
    """The "To review" list and its two buttons; the main window runs the archive and the erasure they ask for.

    Like the other list tabs, it reads the book in `refresh` (the window's `StaleTabs` calls it after each
    change) and exposes its `table` and `selected_ids` (the contact panel follows the selection).
    """

    archive_requested = Signal(list)  # the selected contact ids
    erase_requested = Signal(list)  # the selected contact ids
    open_requested = Signal(int)  # contact id

    def __init__(
        self,
        database: Database,
        years_provider: Callable[[], int] = review_after_years,
        today_provider: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        *,
        reads: ReadWorker | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        # The window's reader thread (a big book's list is read there: 450 ms at 100,000 contacts); alone, the
        # list is read here and now.
        self.reads = reads if reads is not None else ReadWorker(database, self)
        self._years = years_provider
        self._today = today_provider
        self.model = ReviewModel(self)

        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.archive_button = QPushButton(self.tr("&Archive…"), self)
        self.archive_button.setToolTip(self.tr("Take the selected contacts off the board; they can be restored"))
        self.archive_button.clicked.connect(self.archive_selected)
        self.erase_button = QPushButton(self.tr("&Delete Permanently…"), self)
        self.erase_button.setToolTip(self.tr("Erase the selected contacts and everything recorded about them"))
        self.erase_button.clicked.connect(self.erase_selected)
        top = QHBoxLayout()
        top.addWidget(self.explanation, 1)
        top.addWidget(self.archive_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.erase_button, 0, Qt.AlignmentFlag.AlignTop)

        self.table = ReportTable(
            self.model, self.tr("Contacts to review"), self, several=True,
            widest={ReviewModel.NAME: 240, ReviewModel.ORGANISATION: 260},
            elastic=(ReviewModel.NAME, ReviewModel.ORGANISATION), stretch=ReviewModel.LAST_CONTACT,
        )
        # Enter, a double-click (or a single click where the style says so) opens the contact.
        self.table.activated.connect(self._open_index)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.refresh()

    def refresh(self) -> None:
        """Read the list again (after any change to the book, or to the preference), keeping the selection.
        In a big book it is read on the reader thread, the count saying "Loading…" meanwhile."""
        years, today = self._years(), self._today()
        if self.reads.threaded:
            self.count_label.setText(self.tr("Loading…"))
        self.reads.read(_READ_KEY, lambda view: to_review(view, today, years),
                        lambda rows: self._show_rows(rows, years))

    @property
    def loading(self) -> bool:
        """The list is being read on the reader thread."""
        return self.reads.pending(_READ_KEY)

    def _show_rows(self, rows: list[ReviewRow], years: int) -> None:
        selected = set(self.selected_ids())
        self.model.set_rows(rows)
        self.table.fit_columns()
        selection = self.table.selectionModel()
        for row, review in enumerate(rows):
            if review.contact_id in selected:
                selection.select(self.model.index(row, 0),
                                 selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        self.explanation.setText(_english_plural(self.tr(
            "Strangers, visitors, leads and prospects with no contact for %n year(s) (no interaction, invoice, "
            "payment or gift sent): the CNIL advises archiving them or deleting them permanently. Clients and "
            "ambassadors are never listed.", "", years), "year", years))
        if rows:
            text = _english_plural(self.tr("%n contact(s) to review", "", len(rows)), "contact", len(rows))
        else:
            text = self.tr("Nothing to review.")
        self.count_label.setText(text)
        self._update_buttons()

    def selected_contact_ids(self) -> list[int]:
        """The selected contacts' ids, in the list's order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_at(row).contact_id for row in rows]

    def selected_ids(self) -> list[int]:
        """`selected_contact_ids`, under the name the Archived tab uses (the window reads either tab so)."""
        return self.selected_contact_ids()

    def select_contact(self, contact_id: int) -> bool:
        """Select the contact's row alone; False if it is not listed."""
        for row, review in enumerate(self.model.rows()):
            if review.contact_id == contact_id:
                self.table.selectRow(row)
                return True
        return False

    def archive_selected(self) -> None:
        ids = self.selected_contact_ids()
        if ids:
            self.archive_requested.emit(ids)

    def erase_selected(self) -> None:
        ids = self.selected_contact_ids()
        if ids:
            self.erase_requested.emit(ids)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.row_at(index.row()).contact_id)

    def _update_buttons(self) -> None:
        chosen = bool(self.selected_contact_ids())
        self.archive_button.setEnabled(chosen)
        self.erase_button.setEnabled(chosen)
