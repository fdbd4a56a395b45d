"""The archived contacts: searchable, and restorable to the stage they left (SPEC §1)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carnet import services
from carnet.domain.errors import CarnetError
from carnet.services.archive_read import ArchivedRow, archived_contacts
from carnet.storage import Database
from carnet.ui.changes import show_refusal
from carnet.ui.labels import stage_label
from carnet.ui.labels_extra import archive_reason_label
from carnet.ui.read_worker import ReadWorker
from carnet.ui.todo_view import AnyIndex, ReportTable, RowTableModel, format_day

SEARCH_DELAY_MS = 150  # one read after the user pauses, not one per key


class ArchivedModel(RowTableModel[ArchivedRow]):
    """The rows of `archived_contacts`."""

    NAME, ORGANISATION, STAGE, ARCHIVED_ON, REASON, NOTE = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Name"), self.tr("Organisation"), self.tr("Stage left"), self.tr("Archived on"),
                         self.tr("Reason"), self.tr("Note"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        archived = self._rows[index.row()]
        column = index.column()
        if column == self.NAME:
            return archived.display_name
        if column == self.ORGANISATION:
            return archived.organisation
        if column == self.STAGE:
            return stage_label(archived.stage)
        if column == self.ARCHIVED_ON:
            return format_day(archived.archived_at.astimezone().date())  # stored in UTC, shown where the user is
        if column == self.REASON:
            return archive_reason_label(archived.reason) if archived.reason else ""
        return archived.note


class ArchivedView(QWidget):
    """Search field, table of archived contacts and a "Restore" button."""

    restored = Signal(list)  # the contact ids put back on the board

    def __init__(self, database: Database, parent: QWidget | None = None, *, reads: ReadWorker | None = None) -> None:
        super().__init__(parent)
        self.database = database
        # The window's reader thread (a big book's list is read there); alone, the list is read here and now.
        self.reads = reads if reads is not None else ReadWorker(database, self)
        self.model = ArchivedModel(self)

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search by name, organisation, email, tag or note"))
        self.search_edit.setAccessibleName(self.tr("Search archived contacts"))
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setToolTip(self.tr("Put the selected contacts back on the board, in the stage they left"))
        self.restore_button.clicked.connect(self.restore_selected)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.restore_button)

        self.table = ReportTable(
            self.model, self.tr("Archived contacts"), self, several=True,
            widest={ArchivedModel.NAME: 240, ArchivedModel.ORGANISATION: 260},
            elastic=(ArchivedModel.NAME, ArchivedModel.ORGANISATION, ArchivedModel.NOTE), stretch=ArchivedModel.NOTE,
        )
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        # Down from the search field goes to the results, as in a search box anywhere else.
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search_edit, self.table.setFocus,
                  Qt.ShortcutContext.WidgetShortcut)

        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.refresh()

    def refresh(self) -> None:
        """Read the archived contacts matching the search text again."""
        self._search_timer.stop()
        text = self.search_edit.text()
        if self.reads.threaded:
            self.count_label.setText(self.tr("Loading…"))
        self.reads.read("archived", lambda view: archived_contacts(view, text), self._show_rows)

    @property
    def loading(self) -> bool:
        """The list is being read (on the reader thread): its count says "Loading…" meanwhile."""
        return self.reads.pending("archived")

    def _show_rows(self, rows: list[ArchivedRow]) -> None:
        selected = set(self.selected_ids())
        self.model.set_rows(rows)
        self.table.fit_columns()
        selection = self.table.selectionModel()
        for row, archived in enumerate(rows):
            if archived.contact_id in selected:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
        if self.search_edit.text().strip():
            text = self.tr("%n archived contact(s) found", "", len(rows))
        else:
            text = self.tr("%n archived contact(s)", "", len(rows))
        # No translation loaded (English is the source language): Qt leaves "(s)" in place.
        self.count_label.setText(text.replace("contact(s)", "contact" if len(rows) == 1 else "contacts"))
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_at(row).contact_id for row in rows]

    def restore_selected(self) -> list[int]:
        """Put the selected contacts back on the board in the stage they left; returns their ids."""
        ids = self.selected_ids()
        if not ids:
            return []
        try:
            services.restore_contacts(self.database, ids)
        except CarnetError as error:
            show_refusal(self, self.tr("Cannot restore"), error)
            self.refresh()
            return []
        self.table.clearSelection()
        self.refresh()
        self.restored.emit(ids)
        return ids

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.selected_ids()))
