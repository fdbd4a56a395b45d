"""Reports ▸ Receipts Book…: the livre des recettes of a year (or of any range of days), as CSV or PDF.

The book is read by `carnet.services.receipts.receipts_book` (what a receipt is, how it is dated, why there
are no refunds: see there); the CSV is written by `carnet.io.receipts_export` with this module's words; the
PDF here, from a QTextDocument through QPdfWriter — never QPrinter, which loads the print system's CUPS
client and may connect to a print server (docs/architecture.md: Carnet opens no network connection).

Both files follow the exports' rule: all or nothing, readable by their owner only, and an existing file is
never replaced (so a name typed by mistake can never put a PDF where the book's database was).

The dialog is window-modal and opened without a nested event loop (`show_receipts_book`): nothing can change
the book while it is on screen, so it reads once per choice of period and follows no change.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QLocale, QMarginsF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from carnet.domain.enums import IMPORTED_PAYMENT, PaymentMethod
from carnet.io.csv_export import write_new_file
from carnet.io.receipts_export import ReceiptLabels, write_receipts_csv
from carnet.services.receipts import CurrencyTotal, PeriodTotal, Receipt, ReceiptsBook, receipts_book, year_range
from carnet.storage import Database
from carnet.ui.contact_panel import format_date
from carnet.ui.dialogs.date_field import DateField
from carnet.ui.dialogs.opening import open_pending
from carnet.ui.dialogs.validated_form import set_dialog_flags
from carnet.ui.formatting import format_money
from carnet.ui.labels_extra import payment_method_label
from carnet.ui.todo_view import AnyIndex, ReportTable, RowTableModel

CONTEXT = "ReceiptsBook"
NOT_SAID = "\u2014"  # an em dash: the method of a payment recorded before Carnet asked for one
MARGINS = QMarginsF(34, 34, 34, 34)  # points: about 12 mm, as the gift list's
PDF_RESOLUTION = 1200  # as the gift list's: text and rules stay sharp when zoomed or printed
FIRST_YEAR, LAST_YEAR = 1900, 9999

def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def method_label(method: PaymentMethod | None) -> str:
    """How the payment was made, in the interface's language; an em dash when it was not said."""
    return NOT_SAID if method is None else payment_method_label(method)


def description_text(description: str) -> str:
    # Carnet's own words for an imported total are stored in English: shown in the reader's language.
    return _t("Paid before Carnet (imported)") if description == IMPORTED_PAYMENT else description


def receipt_labels() -> ReceiptLabels:
    """The CSV's header and method names in the interface's language (its method cell is empty when not said:
    a spreadsheet filter reads an empty cell better than a dash)."""
    return ReceiptLabels(
        day=_t("Date received"), client=_t("Client"), description=_t("What for"), amount=_t("Amount"),
        currency=_t("Currency"), method=_t("Method"), reference=_t("Reference"),
        methods={method: method_label(method) for method in PaymentMethod}, not_said="",
        imported_payment=description_text(IMPORTED_PAYMENT),
    )


def month_name(year: int, month: int, locale: QLocale | None = None) -> str:
    """ "January 2026", "Janvier 2026": a heading, so capitalised in every language."""
    name = (locale or QLocale()).standaloneMonthName(month, QLocale.FormatType.LongFormat)
    return f"{name[:1].upper()}{name[1:]} {year}"


def period_text(book: ReceiptsBook) -> str:
    """ "2026", or "12/1/25 to 1/31/26" for a range that is not one calendar year."""
    year = book.whole_year
    if year is not None:
        return str(year)
    return _t("%1 to %2").replace("%1", format_date(book.first)).replace("%2", format_date(book.last))


def book_title(book: ReceiptsBook, file_name: str) -> str:
    """ "Receipts book 2026 — carnet.sqlite3": the PDF's title, naming the book (the database file) it is of."""
    return _t("Receipts book %1 — %2").replace("%1", period_text(book)).replace("%2", file_name)


def amounts_text(totals: Sequence[CurrencyTotal], separator: str = " · ") -> str:
    """Each currency on its own, never added together: "€1,250.00 · $300.00"."""
    return separator.join(format_money(total.cents, total.currency) for total in totals)


def total_lines(book: ReceiptsBook) -> list[tuple[str, Sequence[CurrencyTotal]]]:
    """The totals shown under the table and at the end of the PDF: (what, per currency), in order.

    A whole year gives one line; a range gives one per calendar year it touches when there are several, then
    the range's own.
    """
    year = book.whole_year
    if year is not None:
        return [(_t("Total %1").replace("%1", str(year)), book.totals)]
    lines: list[tuple[str, Sequence[CurrencyTotal]]] = []
    if len(book.years) > 1:
        lines += [(_t("Total %1 (in this period)").replace("%1", str(period.year)), period.totals)
                  for period in book.years]
    lines.append((_t("Total from %1 to %2").replace("%1", format_date(book.first))
                  .replace("%2", format_date(book.last)), book.totals))
    return lines


# --- the PDF ---------------------------------------------------------------------------------------


def _headers() -> list[str]:
    return [_t("Date received"), _t("Client"), _t("What for"), _t("Amount"), _t("Method"), _t("Reference")]


def _amounts_cell(totals: Sequence[CurrencyTotal]) -> str:
    return "<br>".join(html.escape(format_money(total.cents, total.currency)) for total in totals)


def receipts_document(book: ReceiptsBook, title: str) -> QTextDocument:
    """The book on paper: its title, the receipts month by month with each month's total per currency, and
    the totals of the year (or of the range) per currency. Page numbers are drawn by QTextDocument.print_."""
    e = html.escape
    right = " align='right'"
    head = "".join(f"<th{right if number == 3 else ''}>{e(text)}</th>" for number, text in enumerate(_headers()))
    body: list[str] = []
    months = {(period.year, period.month): period for period in book.months}
    for number, row in enumerate(book.rows):
        cells = (e(format_date(row.received_on)), e(row.client), e(description_text(row.description)),
                 e(format_money(row.amount_cents, row.currency)), e(method_label(row.method)), e(row.reference))
        body.append("<tr>" + "".join(f"<td{right if column == 3 else ''}>{cell}</td>"
                                     for column, cell in enumerate(cells)) + "</tr>")
        following = book.rows[number + 1] if number + 1 < len(book.rows) else None
        key = (row.received_on.year, row.received_on.month)
        if following is None or (following.received_on.year, following.received_on.month) != key:
            period = months[key]
            label = _t("Total %1").replace("%1", month_name(*key))
            body.append(f"<tr style='background-color: #f0f0f0'><td colspan='3'><b>{e(label)}</b></td>"
                        f"<td align='right'><b>{_amounts_cell(period.totals)}</b></td><td colspan='2'></td></tr>")
    if body:
        table = ("<table border='1' cellspacing='0' cellpadding='4' width='100%' style='border-collapse: collapse'>"
                 f"<thead><tr style='background-color: #e0e0e0'>{head}</tr></thead>"
                 f"<tbody>{''.join(body)}</tbody></table>")
        totals = "".join(
            f"<tr><td><b>{e(label)}</b></td><td align='right'><b>{_amounts_cell(amounts)}</b></td></tr>"
            for label, amounts in total_lines(book)
        )
        summary = f"<p></p><table cellspacing='0' cellpadding='4'>{totals}</table>"
    else:
        table, summary = f"<p><i>{e(_t('No payment received in this period.'))}</i></p>", ""
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(f"<html><body style='font-size: 9pt'><h2>{e(title)}</h2>{table}{summary}</body></html>")
    return document


def pdf_bytes(book: ReceiptsBook, title: str) -> bytes:
    """The book as a PDF file's bytes (A4 portrait)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, MARGINS))
    writer.setTitle(title)
    writer.setCreator("Carnet")
    receipts_document(book, title).print_(writer)  # the painter's end writes the whole file into the buffer
    del writer
    buffer.close()
    return bytes(data.data())


def write_receipts_pdf(book: ReceiptsBook, title: str, path: Path) -> None:
    """Write the PDF to a new file at ``path``: all or nothing, 0600, never over an existing file.

    Raises `FileExistsError` if ``path`` exists, `OSError` if it cannot be written (nothing is left behind).
    """
    text = pdf_bytes(book, title).decode("latin-1")

    def write(handle: TextIO) -> None:
        handle.write(text)

    # `write_new_file` is the exports' one all-or-nothing, never-replace writer, and it writes text: Latin-1
    # maps each byte to one character and back, and newline="" keeps every byte, so the PDF goes through whole.
    write_new_file(Path(path), write, encoding="latin-1")


# --- the dialog ------------------------------------------------------------------------------------


class ReceiptsModel(RowTableModel[Receipt]):
    """The book's lines: date, client, what for, amount, method, reference."""

    DAY, CLIENT, DESCRIPTION, AMOUNT, METHOD, REFERENCE = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = tuple(_headers())

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            texts = (format_date(row.received_on), row.client, description_text(row.description),
                     format_money(row.amount_cents, row.currency), method_label(row.method), row.reference)
            return texts[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


# A month's total in one currency: (year, month, total).
MonthRow = tuple[int, int, CurrencyTotal]


class MonthsModel(RowTableModel[MonthRow]):
    """The totals of each month, one row per currency: what a monthly or quarterly declaration asks for."""

    MONTH, AMOUNT, COUNT = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (_t("Month"), _t("Received"), _t("Payments"))

    def set_months(self, months: Sequence[PeriodTotal]) -> None:
        self.set_rows([(period.year, period.month or 1, total) for period in months for total in period.totals])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        (year, month, total), column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (month_name(year, month), format_money(total.cents, total.currency), str(total.count))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.MONTH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ReceiptsBookDialog(QDialog):
    """The receipts book of a year (the default: this year) or of a range of days, with its exports."""

    def __init__(
        self, database: Database, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(_t("Receipts book"))
        set_dialog_flags(self)
        self.book: ReceiptsBook | None = None
        this_year = today().year

        self.year_choice = QRadioButton(_t("&Year:"), self)
        self.year_choice.setChecked(True)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(FIRST_YEAR, LAST_YEAR)
        self.year_spin.setValue(this_year)
        self.year_spin.setAccessibleName(_t("Year"))
        self.range_choice = QRadioButton(_t("&From:"), self)
        first, last = year_range(this_year)
        # The last days read in the fields: a half-typed date keeps the book on the period shown.
        self._range = [first, last]
        self.from_edit = self._date_edit(first, _t("First day"))
        self.to_edit = self._date_edit(last, _t("Last day"))
        choices = QButtonGroup(self)
        choices.addButton(self.year_choice)
        choices.addButton(self.range_choice)

        controls = QHBoxLayout()
        controls.addWidget(self.year_choice)
        controls.addWidget(self.year_spin)
        controls.addSpacing(24)
        controls.addWidget(self.range_choice)
        controls.addWidget(self.from_edit)
        to_label = QLabel(_t("&to:"), self)
        to_label.setBuddy(self.to_edit)
        controls.addWidget(to_label)
        controls.addWidget(self.to_edit)
        controls.addStretch(1)

        self.model = ReceiptsModel(self)
        m = ReceiptsModel
        self.table = ReportTable(self.model, _t("Receipts book"), self,
                                 widest={m.CLIENT: 220, m.DESCRIPTION: 320, m.REFERENCE: 180},
                                 elastic=(m.CLIENT, m.DESCRIPTION, m.REFERENCE), stretch=m.DESCRIPTION)
        self.months_model = MonthsModel(self)
        self.months_table = ReportTable(self.months_model, _t("Totals per month"), self)
        self.months_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty_label = QLabel(_t("No payment received in this period."), self)
        self.totals_label = QLabel(self)
        self.totals_label.setTextFormat(Qt.TextFormat.PlainText)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals_label.setAccessibleName(_t("Totals"))
        self.note_label = QLabel(self)  # where the last export went
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setWordWrap(True)

        tables = QHBoxLayout()
        tables.addWidget(self.table, 1)
        tables.addWidget(self.months_table)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.csv_button = QPushButton(_t("Export &CSV…"), self)
        self.pdf_button = QPushButton(_t("Save as P&DF…"), self)
        for button in (self.csv_button, self.pdf_button):
            button.setAutoDefault(False)  # Enter in the year or date fields must not open a save dialog
        buttons.addButton(self.csv_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(tables, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.note_label)
        layout.addWidget(buttons)
        self.resize(1000, 600)

        self.year_spin.valueChanged.connect(self._year_changed)
        self.year_choice.toggled.connect(self._choice_changed)
        for side, edit in enumerate((self.from_edit, self.to_edit)):
            edit.dateChanged.connect(lambda day, side=side: self._day_typed(side, day))
            edit.editingFinished.connect(lambda edit=edit, side=side: self._show_readable(side, edit))
        self._choice_changed()

    def _date_edit(self, day: date, name: str) -> DateField:
        edit = DateField(self)
        edit.setDate(day)
        edit.setAccessibleName(name)
        return edit

    def _day_typed(self, side: int, day: date | None) -> None:
        if day is not None and day != self._range[side]:
            self._range[side] = day
            self._range_changed()

    def _show_readable(self, side: int, edit: DateField) -> None:
        if edit.day() is None:  # what cannot be read gives way to the day the book shows
            edit.setDate(self._range[side])

    def period(self) -> tuple[date, date]:
        """The first and last day chosen (both included; typed the wrong way round, they are swapped)."""
        if self.year_choice.isChecked():
            return year_range(self.year_spin.value())
        first, last = self._range
        return (first, last) if first <= last else (last, first)

    def _year_changed(self) -> None:
        first, last = year_range(self.year_spin.value())
        # The range starts from the year looked at last: choosing "From" then shows the same book.
        self._range = [first, last]
        self.from_edit.blockSignals(True)
        self.to_edit.blockSignals(True)
        self.from_edit.setDate(first)
        self.to_edit.setDate(last)
        self.from_edit.blockSignals(False)
        self.to_edit.blockSignals(False)
        self.refresh()

    def _choice_changed(self) -> None:
        by_year = self.year_choice.isChecked()
        self.year_spin.setEnabled(by_year)
        self.from_edit.setEnabled(not by_year)
        self.to_edit.setEnabled(not by_year)
        self.refresh()

    def _range_changed(self) -> None:
        if self.range_choice.isChecked():
            self.refresh()

    def refresh(self) -> None:
        """Read the book for the period chosen."""
        first, last = self.period()
        book = self.book = receipts_book(self.database, first, last)
        self.model.set_rows(book.rows)
        self.months_model.set_months(book.months)
        self.table.fit_columns()
        self._fit_months()
        self.empty_label.setVisible(not book.rows)
        self.totals_label.setText("\n".join(f"{label}: {amounts_text(amounts)}" for label, amounts in
                                            total_lines(book) if amounts))
        self.note_label.clear()
        for button in (self.csv_button, self.pdf_button):
            button.setEnabled(bool(book.rows))

    def _fit_months(self) -> None:
        # The month totals are short: their table takes the width of its columns, never a sideways scroll bar.
        table = self.months_table
        table.fit_columns()
        table.setFixedWidth(table.horizontalHeader().length() + 2 * table.frameWidth()
                            + table.verticalScrollBar().sizeHint().width())

    def title(self) -> str:
        assert self.book is not None  # read by the constructor
        return book_title(self.book, self.database.path.name)

    def _file_stem(self) -> str:
        assert self.book is not None
        year = self.book.whole_year
        period = str(year) if year is not None else f"{self.book.first.isoformat()}_{self.book.last.isoformat()}"
        return _t("receipts-%1").replace("%1", period)

    def _ask(self, title: str, suffix: str, kind: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self, title, str(Path.home() / f"{self._file_stem()}.{suffix}"), kind,
            # Carnet never replaces a file with an export: the writer refuses, and says so.
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        return Path(path) if path else None

    def export_csv(self, path: Path | None = None) -> bool:
        """Write the book's lines to a new CSV file (asked for when ``path`` is None); whether it was written."""
        assert self.book is not None
        book = self.book
        return self._write(path or self._ask(_t("Export the receipts book"), "csv", _t("CSV files (*.csv)")),
                           lambda target: write_receipts_csv(book.rows, target, receipt_labels()))

    def save_pdf(self, path: Path | None = None) -> bool:
        """Write the book as a new PDF file (asked for when ``path`` is None); whether it was written."""
        assert self.book is not None
        book, title = self.book, self.title()
        return self._write(path or self._ask(_t("Save the receipts book as PDF"), "pdf", _t("PDF files (*.pdf)")),
                           lambda target: write_receipts_pdf(book, title, target))

    def _write(self, path: Path | None, write: Callable[[Path], object]) -> bool:
        if path is None:
            return False
        try:
            write(path)
        except FileExistsError:
            QMessageBox.warning(self, _t("Not saved"), _t(
                "%1 already exists; Carnet never overwrites a file. Choose another name.").replace("%1", str(path)))
            return False
        except OSError as error:
            QMessageBox.warning(self, _t("Not saved"), _t("Could not write %1: %2").replace(
                "%1", str(path)).replace("%2", error.strerror or str(error)))
            return False
        self.note_label.setText(_t("Saved as %1").replace("%1", str(path)))
        return True


def show_receipts_book(window: QWidget, database: Database) -> ReceiptsBookDialog:
    """Open the receipts book over ``window``, window-modal, without a nested event loop (``window.pending_dialog``
    names it while it is on screen)."""
    dialog = ReceiptsBookDialog(database, window)
    open_pending(window, dialog)
    return dialog
