"""To do today (SPEC §1, issue 17): overdue follow-ups, the unpaid invoices past their due date (issue 20), those
due today, the open deals without a next step, and contacts gone quiet for too long.

The rows come grouped and ranked from `services.reports.todo_today` (overdue, due today, no next step, gone
quiet; the most valuable first within each) and `services.overdue_invoices` (after the overdue follow-ups, the
largest amount due first). They are formatted and sorted where they are read — on the window's reader thread
for a big book (`read_todo_list`) — so the window's thread only shows them. The model sorts itself on a click of
any header and keeps the order chosen when the list is read again after a change; the Why column sorts by
group, the services' own order within each.

Each row is dealt with from the keyboard: Enter opens it, *Done* (Alt+D, or Ctrl+I from the Contact menu) logs
the interaction, *Postpone* (Alt+S) offers the quick days; a row that leaves the list hands the selection to
the one after it, so that the next is one key away.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carnet.domain.enums import Stage
from carnet.domain.stay_in_touch import DEFAULT_STALE_AFTER_DAYS
from carnet.services.book import home_currency_or_default
from carnet.services.overdue_invoices import OverdueInvoice, overdue_invoices
from carnet.services.reports import TodoGroup, TodoRow, todo_today
from carnet.storage import Database
from carnet.ui.formatting import format_day, format_money, home_currency, paid_text
from carnet.ui.labels import stage_label
from carnet.ui.postpone_menu import fill_postpone_menu
from carnet.ui.read_worker import ReadWorker

AnyIndex = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's contact id (int)
# str: what a cell shows where its whole text does not fit (`formatting.PaidText.short`): a total in several
# currencies gives up the other currencies ("€862,090 · …"), never part of a figure.
SHORT_TEXT_ROLE = Qt.ItemDataRole.UserRole + 20
# int or str: what a To do column sorts by (`TodoModel.sort_key`).
SORT_ROLE = Qt.ItemDataRole.UserRole + 21
# `format_day` (the one way Carnet writes a day) is imported from here by the other list views too.
__all__ = ["CONTACT_ID_ROLE", "SHORT_TEXT_ROLE", "SORT_ROLE", "AnyIndex", "ReportTable", "RowTableModel",
           "TodoModel", "TodoView", "format_day"]


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """A read-only table over a list of a report's frozen rows; subclasses say what each cell shows.

    Shared by the To do, Archived and Gifts views and the dashboard's tables.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []
        self._headers: tuple[str, ...] = ()  # set by the subclass: self.tr() needs a constructed QObject

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[RowT]:
        return list(self._rows)

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class ShortenedDelegate(QStyledItemDelegate):
    """Draws a cell's short text (`SHORT_TEXT_ROLE`) where its whole text does not fit: a total in several
    currencies reads "€862,090 · …" rather than being cut mid-figure; the tooltip has it whole."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        short = index.data(SHORT_TEXT_ROLE)
        if not short:
            super().paint(painter, option, index)
            return
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        widget = shown.widget
        style = widget.style() if widget is not None else QApplication.style()
        # The room Qt's item view leaves for text: the cell less a focus-frame margin and a pixel each side.
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1)
        text = shown.text
        if shown.fontMetrics.horizontalAdvance(text) > shown.rect.width() - margin:
            shown.text = short
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, shown, painter, widget)


class ReportTable(QTableView):
    """A read-only table of whole rows, the look shared by the report views.

    Columns fit their contents, up to ``widest`` for some; when that is wider than the window, the
    ``elastic`` columns give up width first (their text is elided, the tooltip has it whole), then the
    ``shortened`` ones (money in several currencies), down to their short texts (`SHORT_TEXT_ROLE`), rather
    than the table scrolling sideways; when narrower, the ``stretch`` column takes what is left.
    """

    PADDING = 16  # pixels beside a cell's text: without it, texts touch the grid lines
    MEASURED_ROWS = 120  # rows a column's width is fitted to: those visible, then the nearest
    MIN_ELASTIC = 90

    def __init__(
        self, model: QAbstractItemModel, name: str, parent: QWidget, *, several: bool = False,
        widest: Mapping[int, int] | None = None, elastic: Sequence[int] = (), stretch: int | None = None,
        shortened: Sequence[int] = (),
    ) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(name)
        self.widest, self.elastic, self.stretch = dict(widest or {}), tuple(elastic), stretch
        self.shortened = tuple(shortened)
        if self.shortened:
            self._shortened_delegate = ShortenedDelegate(self)
            for column in self.shortened:
                self.setItemDelegateForColumn(column, self._shortened_delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        mode = QAbstractItemView.SelectionMode
        self.setSelectionMode(mode.ExtendedSelection if several else mode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table for the next control, as in a form
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        # Columns are fitted to the rows on screen and a few more, not Qt's default thousand: each row measured
        # asks the model for its roles in Python (about 150 ms a fit for a long To do or Gifts list).
        self.horizontalHeader().setResizeContentsPrecision(self.MEASURED_ROWS)  # the one sizeHintForColumn reads
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._fitted_width = -1
        # What the rows need, measured once per change of the rows (each measure asks the model for some 120
        # rows in Python): a window laid out again resizes the table several times, and the dashboard's six
        # tables measured 13 times on the first showing at 100,000 contacts (70 ms).
        self._whole: dict[int, int] | None = None  # column -> the width its texts need
        self._short: dict[int, int] | None = None  # shortened column -> the width its short texts need
        for signal in (model.modelReset, model.dataChanged, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged, model.headerDataChanged):
            signal.connect(self._forget_needs)

    def _forget_needs(self, *_: object) -> None:
        self._whole = self._short = None

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._forget_needs()

    def fit_columns(self) -> None:
        """Size the columns for the rows shown and the width available."""
        header = self.horizontalHeader()
        if self._whole is None:
            # The header's own hint has its margins already: the padding is for the cells' texts.
            self._whole = {column: max(self.sizeHintForColumn(column) + self.PADDING, header.sectionSizeHint(column))
                           for column in range(header.count())}
        widths = {column: min(width, self.widest.get(column, width)) for column, width in self._whole.items()}
        available = self.viewport().width()
        excess = sum(widths.values()) - available
        if excess > 0:
            # Headers stay whole; texts give up width before money does, and money only its other currencies.
            excess = self._give_up(widths, excess, {c: max(self.MIN_ELASTIC, header.sectionSizeHint(c))
                                                   for c in self.elastic})
        if excess > 0 and self.shortened:
            if self._short is None:
                self._short = {c: self._short_width(c) for c in self.shortened}
            self._give_up(widths, excess, self._short)
        elif excess < 0 and self.stretch is not None:
            widths[self.stretch] -= excess
        for column, width in widths.items():
            header.resizeSection(column, width)
        self._fitted_width = available

    @staticmethod
    def _give_up(widths: dict[int, int], excess: int, floors: Mapping[int, int]) -> int:
        """Take ``excess`` pixels from the columns of ``floors``, each in proportion to what it has above its
        floor; what could not be taken is returned."""
        give = {c: widths[c] - floor for c, floor in floors.items() if widths[c] > floor}
        if not give:
            return excess
        share = min(1.0, excess / sum(give.values()))
        for column, spare in give.items():
            taken = min(spare, int(spare * share + 0.999))
            widths[column] -= taken
            excess -= taken
        return excess

    def _short_width(self, column: int) -> int:
        """The width of a shortened column's widest short text (or whole one, where it has none), header
        included: what it cannot go below without cutting a figure."""
        model, metrics = self.model(), self.fontMetrics()
        widest = self.horizontalHeader().sectionSizeHint(column)
        # As many rows as Qt's own sizeHintForColumn reads: a long report stays quick.
        for row in range(min(model.rowCount(), self.horizontalHeader().resizeContentsPrecision())):
            index = model.index(row, column)
            text = index.data(SHORT_TEXT_ROLE) or index.data(Qt.ItemDataRole.DisplayRole) or ""
            widest = max(widest, metrics.horizontalAdvance(str(text)) + self.PADDING)
        return widest

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.viewport().width() != self._fitted_width:  # a change of height keeps the user's widths
            self.fit_columns()


# The groups in the order the list shows them: the unpaid invoices (issue 20) come right after the overdue
# follow-ups, before those due today.
INVOICES_RANK = 1
_GROUP_RANK = {TodoGroup.OVERDUE: 0, TodoGroup.DUE_TODAY: 2, TodoGroup.NO_NEXT_STEP: 3, TodoGroup.STALE: 4}
_CONTEXT = "TodoModel"  # the translations' context: the strings were the model's self.tr() calls


def _tr(text: str, count: int = -1) -> str:
    """A translation of the model's (its context), callable on the reader thread: QCoreApplication.translate
    is thread-safe, a QObject's tr() belongs to its thread."""
    return QCoreApplication.translate(_CONTEXT, text, "", count)


@dataclass(frozen=True, slots=True)
class UnpaidInvoiceRow:
    """A row of the "Unpaid invoices" group: an issued invoice past its due date with something still due."""

    invoice: OverdueInvoice
    days_late: int

    @property
    def contact_id(self) -> int:
        return self.invoice.contact_id

    @property
    def display_name(self) -> str:
        return self.invoice.contact_name


TodoEntry = TodoRow | UnpaidInvoiceRow


@dataclass(frozen=True, slots=True)
class TodoLine:
    """One row as the table shows it, formatted and ranked before it reaches the window's thread (at 100,000
    contacts tens of thousands of rows: formatting and sorting them there stopped the window for seconds)."""

    entry: TodoEntry
    texts: tuple[str, str, str, str, str]  # Name, Organisation, Stage, Why, Value
    short_value: str  # the Value column's short text (`SHORT_TEXT_ROLE`)
    group_rank: int
    place: int  # in the service's order: grouped, the most valuable first within each
    stage_rank: int
    home_value_cents: int


@dataclass(frozen=True)
class TodoList:
    """What the reader hands the view: the lines in the order asked, and each group's count."""

    lines: list[TodoLine]
    counts: dict[int, int]  # group rank -> rows
    home: str


def todo_reason(todo: TodoRow) -> str:
    """Why the contact is on the list: a late follow-up, no next step, a silence, or two of them."""
    parts = []
    if todo.overdue_since is not None:
        parts.append(_tr("Follow-up overdue since %1").replace("%1", format_day(todo.overdue_since)))
    elif todo.group is TodoGroup.DUE_TODAY:
        parts.append(_tr("Follow-up due today"))
    elif todo.group is TodoGroup.NO_NEXT_STEP:
        parts.append(_tr("No next step planned"))
    if todo.stale:
        if todo.days_since_touch is None:
            parts.append(_tr("No contact yet"))
        else:
            text = _tr("No contact for %n day(s)", todo.days_since_touch)
            if text == f"No contact for {todo.days_since_touch} day(s)":  # English: no .qm loaded
                text = "No contact for 1 day" if todo.days_since_touch == 1 else (
                    f"No contact for {todo.days_since_touch} days")
            parts.append(text)
    return " · ".join(parts)


def invoice_reason(row: UnpaidInvoiceRow) -> str:
    """ "Invoice F-2026-0042 unpaid, 12 days late". """
    text = _tr("Invoice %1 unpaid, %n day(s) late", row.days_late)
    if "day(s)" in text:  # English: no .qm loaded
        text = text.replace("day(s)", "day" if row.days_late == 1 else "days")
    return text.replace("%1", row.invoice.number)


def todo_lines(rows: Sequence[TodoRow], invoices: Sequence[OverdueInvoice], today: date, home: str) -> list[TodoLine]:
    """The list's lines in the service's order (groups, the most valuable first), the unpaid invoices after the
    overdue follow-ups, the largest amount due first. Plain values: made on the reader thread."""
    unpaid = sorted((UnpaidInvoiceRow(invoice, invoice.days_late(today)) for invoice in invoices),
                    key=lambda row: -row.invoice.due_cents)
    entries: list[tuple[int, TodoEntry]] = [(_GROUP_RANK[row.group], row) for row in rows]
    entries += [(INVOICES_RANK, row) for row in unpaid]
    entries.sort(key=lambda pair: pair[0])  # stable: each group keeps its own order
    lines = []
    for place, (rank, entry) in enumerate(entries):
        if isinstance(entry, UnpaidInvoiceRow):
            invoice = entry.invoice
            due = format_money(invoice.due_cents, invoice.currency)
            home_cents = invoice.due_cents if invoice.currency.upper() == home.upper() else 0
            stage = "" if invoice.stage is None else stage_label(invoice.stage)
            stage_rank = -1 if invoice.stage is None else invoice.stage.rank
            lines.append(TodoLine(entry, (invoice.contact_name, invoice.organisation, stage, invoice_reason(entry),
                                          due), "", rank, place, stage_rank, home_cents))
            continue
        value = paid_text(entry.value, compact=False, home=home)
        lines.append(TodoLine(entry, (entry.display_name, entry.organisation, stage_label(entry.stage),
                                      todo_reason(entry), str(value)), value.short, rank, place, entry.stage.rank,
                              entry.home_value_cents))
    return lines


def sort_lines(lines: Sequence[TodoLine], column: int, order: Qt.SortOrder) -> list[TodoLine]:
    """``lines`` as a click on ``column``'s header sorts them. Names and organisations by the user's collation
    ("Émilie" beside "Emma"); Why by group, Value by the home currency's amount, Stage by the pipeline's order,
    each keeping the service's order among equals. Callable on the reader thread (its own collator)."""
    descending = order == Qt.SortOrder.DescendingOrder
    if column in (TodoModel.NAME, TodoModel.ORGANISATION):
        collator = QCollator(QLocale())
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        keyed = [(collator.sortKey(line.texts[column]), line) for line in lines]
        keyed.sort(key=lambda pair: pair[0], reverse=descending)  # stable: equal names keep their order
        return [line for _key, line in keyed]
    if column == TodoModel.STAGE:
        return sorted(lines, key=lambda line: (line.stage_rank, line.place), reverse=descending)
    if column == TodoModel.VALUE:
        return sorted(lines, key=lambda line: (line.home_value_cents, line.place), reverse=descending)
    return sorted(lines, key=lambda line: (line.group_rank, line.place), reverse=descending)


def read_todo_list(view: Database, today: date, stale_after: Mapping[Stage, int], column: int,
                   order: Qt.SortOrder) -> TodoList:
    """Everything To do shows, read, formatted and sorted (on the reader thread for a big book)."""
    home = home_currency_or_default(view)
    lines = todo_lines(todo_today(view, today, stale_after), overdue_invoices(view, today), today, home)
    counts: dict[int, int] = {}
    for line in lines:
        counts[line.group_rank] = counts.get(line.group_rank, 0) + 1
    if (column, order) != (TodoModel.REASON, Qt.SortOrder.AscendingOrder):
        lines = sort_lines(lines, column, order)
    return TodoList(lines, counts, home)


class TodoModel(QAbstractTableModel):
    """The lines of To do today, in the order shown: the model sorts itself (a click on a header), from texts
    and keys made on the reader, rather than a `QSortFilterProxyModel` calling Python for every comparison."""

    NAME, ORGANISATION, STAGE, REASON, VALUE = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Name"), self.tr("Organisation"), self.tr("Stage"), self.tr("Why"), self.tr("Value"))
        self.home = home_currency()  # the book's: the view sets it from the database before each read
        self._lines: list[TodoLine] = []
        self._row_of: dict[int, int] = {}  # contact id -> its first row
        self.sorted_by: tuple[int, Qt.SortOrder] = (self.REASON, Qt.SortOrder.AscendingOrder)

    def set_lines(self, lines: Sequence[TodoLine], sorted_by: tuple[int, Qt.SortOrder] | None = None) -> None:
        """Show ``lines``, already in the order ``sorted_by`` (the current one by default)."""
        self.beginResetModel()
        self._lines = list(lines)
        if sorted_by is not None:
            self.sorted_by = sorted_by
        self._index_rows()
        self.endResetModel()

    def set_rows(self, rows: Sequence[TodoRow]) -> None:
        """The rows of `todo_today` alone, formatted here (a test, a small list)."""
        lines = todo_lines(rows, [], date.today(), self.home)
        self.set_lines(sort_lines(lines, *self.sorted_by))

    def _index_rows(self) -> None:
        self._row_of = {}
        for row, line in enumerate(self._lines):
            self._row_of.setdefault(line.entry.contact_id, row)

    def rows(self) -> list[TodoEntry]:
        return [line.entry for line in self._lines]

    def row_at(self, row: int) -> TodoEntry:
        return self._lines[row].entry

    def row_of(self, contact_id: int) -> int | None:
        """The first row of ``contact_id``, if listed."""
        return self._row_of.get(contact_id)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.VALUE:
            return self.tr("Paid, invoiced and quoted, per currency: what the contact is worth to you. The list is "
                           "ranked by the amount in %1, the home currency.").replace("%1", self.home)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return line.texts[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SHORT_TEXT_ROLE and column == self.VALUE:
            return line.short_value
        if role == CONTACT_ID_ROLE:
            return line.entry.contact_id
        if role == SORT_ROLE:
            return self.sort_key(index.row(), column)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A click on a header (the view's sorting is enabled): the rows reordered, persistent indexes (the
        selection) following their rows."""
        if not 0 <= column < len(self._headers):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        contacts = [(self._lines[index.row()], index.column()) for index in before]
        self._lines = sort_lines(self._lines, column, order)
        self.sorted_by = (column, order)
        row_of_line = {id(line): row for row, line in enumerate(self._lines)}
        self.changePersistentIndexList(before, [self.index(row_of_line[id(line)], col) for line, col in contacts])
        self._index_rows()
        self.layoutChanged.emit()

    def sort_key(self, row: int, column: int) -> tuple[int, int] | str:
        """What a column sorts by (texts by the user's collation)."""
        line = self._lines[row]
        if column == self.STAGE:
            return line.stage_rank, line.place
        if column == self.REASON:
            return line.group_rank, line.place
        if column == self.VALUE:
            return line.home_value_cents, line.place
        return line.texts[column]

    def reason(self, entry: TodoEntry) -> str:
        """Why the contact (or its invoice) is on the list."""
        return invoice_reason(entry) if isinstance(entry, UnpaidInvoiceRow) else todo_reason(entry)


class TodoView(QWidget):
    """The "To do today" list; the main window opens the dialogs its signals ask for."""

    log_interaction_requested = Signal(int)  # contact id
    open_requested = Signal(int)  # contact id
    # Contact id, and the day its follow-up moves to (a date), or None to ask for the day (Pick a Date…).
    postpone_requested = Signal(int, object)

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        stale_after_provider: Callable[[], Mapping[Stage, int]] = lambda: DEFAULT_STALE_AFTER_DAYS,
        reads: ReadWorker | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        # The window's reader thread (a big book's list is read there); alone, the list is read here and now.
        self.reads = reads if reads is not None else ReadWorker(database, self)
        self._today = today
        self._stale_after = stale_after_provider
        self.model = TodoModel(self)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        # Alt+O, Alt+S, Alt+D: no menu of the menu bar answers to these letters.
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setToolTip(self.tr("Edit the selected contact (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.postpone_button = QPushButton(self.tr("Po&stpone"), self)
        self.postpone_button.setToolTip(self.tr("Move the selected contact's follow-up to another day, or give "
                                                "them one"))
        self.postpone_menu = QMenu(self.postpone_button)
        self.postpone_menu.setObjectName("todo-postpone-menu")
        self.postpone_actions = fill_postpone_menu(self.postpone_menu, self._postpone_selected, today=self._today)
        self.postpone_button.setMenu(self.postpone_menu)
        self.log_button = QPushButton(self.tr("&Done — Log Interaction…"), self)
        self.log_button.setToolTip(self.tr("Record the call, email or meeting that deals with the selected "
                                           "contact (Ctrl+I)"))
        self.log_button.clicked.connect(self.log_selected)
        self.done_button = self.log_button
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.postpone_button)
        top.addWidget(self.log_button)

        self.table = ReportTable(
            self.model, self.tr("To do today"), self, widest={TodoModel.NAME: 240, TodoModel.ORGANISATION: 260},
            elastic=(TodoModel.NAME, TodoModel.ORGANISATION, TodoModel.REASON), stretch=TodoModel.REASON,
            shortened=(TodoModel.VALUE,),
        )
        # Every row one line high: the view never asks the rows for their heights.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Grouped as the service ranks it until the user clicks another header; the order chosen stays when
        # the list is read again (the reader sorts the new rows the same way).
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(TodoModel.REASON, Qt.SortOrder.AscendingOrder)
        # Enter, a double-click (or a single click where the style says so) opens the contact.
        self.table.activated.connect(self._open_index)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        """Read the list again (after an interaction is logged, a contact edited, an invoice paid, a preference
        changed). The selected row stays selected; one that left the list (postponed, done) hands the selection
        to the row that took its place."""
        today, stale_after = self._today(), self._stale_after()
        header = self.table.horizontalHeader()
        column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        if self.reads.threaded:
            self.summary.setText(self.tr("Loading…"))
        self.reads.read("todo", lambda view: read_todo_list(view, today, stale_after, column, order),
                        lambda found: self._show_rows(found, (column, order)))

    @property
    def loading(self) -> bool:
        """The list is being read (on the reader thread): the summary says "Loading…" meanwhile."""
        return self.reads.pending("todo")

    def _show_rows(self, found: TodoList, sorted_by: tuple[int, Qt.SortOrder]) -> None:
        selected = self.selected_id()
        place = self.table.currentIndex().row()
        had_focus = self.table.hasFocus()
        self.model.home = found.home
        header = self.table.horizontalHeader()
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != sorted_by:
            # The user sorted by another column while the list was read: sorted again here (one pass).
            self.model.set_lines(found.lines, sorted_by)
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        else:
            self.model.set_lines(found.lines, sorted_by)
        self.table.fit_columns()
        if selected is not None and not self.select_contact(selected) and self.model.rowCount():
            shown = self.model.index(min(place, self.model.rowCount() - 1), 0)
            self.table.setCurrentIndex(shown)
            self.table.selectRow(shown.row())
            if had_focus:
                self.table.setFocus()
        self._update_summary(found.counts)
        self._update_buttons()

    def _update_summary(self, counts: Mapping[int, int]) -> None:
        if not counts:
            self.summary.setText(self.tr("Nothing to do today: every follow-up is on time, every lead and prospect has "
                                     "a next step, and nobody has gone quiet."))
            return
        text = (
            self.tr("Overdue: %1 · Due today: %2 · No next step: %3 · Gone quiet: %4")
            .replace("%1", str(counts.get(_GROUP_RANK[TodoGroup.OVERDUE], 0)))
            .replace("%2", str(counts.get(_GROUP_RANK[TodoGroup.DUE_TODAY], 0)))
            .replace("%3", str(counts.get(_GROUP_RANK[TodoGroup.NO_NEXT_STEP], 0)))
            .replace("%4", str(counts.get(_GROUP_RANK[TodoGroup.STALE], 0)))
        )
        if counts.get(INVOICES_RANK):
            text += " · " + self.tr("Unpaid invoices: %1").replace("%1", str(counts[INVOICES_RANK]))
        self.summary.setText(text)

    def shown_ids(self) -> list[int]:
        """The contacts in the order the table shows them (sorted as the user chose)."""
        return [line.contact_id for line in self.model.rows()]

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(CONTACT_ID_ROLE) if rows else None

    def select_contact(self, contact_id: int) -> bool:
        row = self.model.row_of(contact_id)
        if row is None:
            return False
        shown = self.model.index(row, 0)
        self.table.selectRow(row)
        self.table.scrollTo(shown)
        return True

    def log_selected(self) -> None:
        contact_id = self.selected_id()
        if contact_id is not None:
            self.log_interaction_requested.emit(contact_id)

    def _postpone_selected(self, day: date | None) -> None:
        contact_id = self.selected_id()
        if contact_id is not None:
            self.postpone_requested.emit(contact_id, day)

    def open_selected(self) -> None:
        contact_id = self.selected_id()
        if contact_id is not None:
            self.open_requested.emit(contact_id)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.data(CONTACT_ID_ROLE))

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for button in (self.log_button, self.open_button, self.postpone_button):
            button.setEnabled(chosen)
