"""The year-end gift list (SPEC §2–3): who gets a gift, where to send it, what was sent; print, PDF, CSV."""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, Qt, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from carnet import services
from carnet.domain.errors import CarnetError
from carnet.i18n import QT_TRANSLATE_NOOP
from carnet.io.csv_export import STANDARD, CsvStyle, neutralise
from carnet.io.csv_export import format_paid as csv_paid
from carnet.services.reports import GiftReason, GiftRow, gift_list
from carnet.storage import Database
from carnet.ui.changes import show_refusal
from carnet.ui.formatting import format_paid
from carnet.ui.paged_table import PagedTable
from carnet.ui.read_worker import ReadWorker
from carnet.ui.todo_view import AnyIndex, ReportTable, RowTableModel, format_day

MAX_TOP_CLIENTS = 50
MARGINS = QMarginsF(34, 34, 34, 34)  # points: about 12 mm around the printed list


_WHY = {
    GiftReason.AMBASSADOR: QT_TRANSLATE_NOOP("GiftsTab", "Ambassador"),
    GiftReason.TOP_CLIENT: QT_TRANSLATE_NOOP("GiftsTab", "Top client"),
    GiftReason.REFERRER: QT_TRANSLATE_NOOP("GiftsTab", "Referrer"),
}


def why_label(why: GiftReason) -> str:
    return QCoreApplication.translate("GiftsTab", _WHY[why])


def one_line(address: str) -> str:
    """A postal address on one line: "12 rue des Lilas, 69003 Lyon"."""
    return ", ".join(line.strip() for line in address.splitlines() if line.strip())


def last_gift_text(row: GiftRow) -> str:
    return "" if row.last_gift is None else f"{row.last_gift.year}: {row.last_gift.what}".rstrip(": ")


def sent_text(row: GiftRow) -> str:
    """This year's gift as the table shows it: "Tea box, sent 12/15/2026"; "" when nothing is recorded."""
    if row.gift is None:
        return ""
    if row.gift.sent_on is None:
        return row.gift.what
    sent = QCoreApplication.translate("GiftsTab", "sent %1").replace("%1", format_day(row.gift.sent_on))
    return f"{row.gift.what}, {sent}" if row.gift.what else sent


_HEADERS = (
    QT_TRANSLATE_NOOP("GiftsTab", "Name"), QT_TRANSLATE_NOOP("GiftsTab", "Organisation"),
    QT_TRANSLATE_NOOP("GiftsTab", "Why"), QT_TRANSLATE_NOOP("GiftsTab", "Postal address"),
    QT_TRANSLATE_NOOP("GiftsTab", "Referrals this year"),
    QT_TRANSLATE_NOOP("GiftsTab", "Revenue from referrals this year"),
    QT_TRANSLATE_NOOP("GiftsTab", "Last gift"), QT_TRANSLATE_NOOP("GiftsTab", "Gift preferences"),
    QT_TRANSLATE_NOOP("GiftsTab", "Gift sent"),
)
# The CSV splits "Gift sent" into what and when; the printed list leaves out the referral figures.
_CSV_SENT = (QT_TRANSLATE_NOOP("GiftsTab", "Gift this year"), QT_TRANSLATE_NOOP("GiftsTab", "Sent on"))
_PRINTED_COLUMNS = (0, 1, 2, 3, 6, 7, 8)


def _headers() -> list[str]:
    return [QCoreApplication.translate("GiftsTab", text) for text in _HEADERS]


def _title(year: int) -> str:
    return QCoreApplication.translate("GiftsTab", "Year-end gifts %1").replace("%1", str(year))


class GiftModel(RowTableModel[GiftRow]):
    """The gift list as a table; checking "Gift sent" asks the tab to record it (the model writes nothing)."""

    NAME, ORGANISATION, WHY, ADDRESS, REFERRALS, REVENUE, LAST_GIFT, PREFERENCES, SENT = range(9)
    sent_toggled = Signal(int, bool)  # contact id, checked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = tuple(_headers())
        self._full_headers = self._headers

    def set_year(self, year: int) -> None:
        """Headers naming the year for the referral figures, on two lines: the columns stay narrow."""
        headers = list(self._full_headers)
        headers[self.REFERRALS] = self.tr("Referrals\nin %1").replace("%1", str(year))
        headers[self.REVENUE] = self.tr("Referral revenue\nin %1").replace("%1", str(year))
        self._headers = tuple(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.REFERRALS, self.REVENUE)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self._full_headers[section]
        return super().headerData(section, orientation, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.SENT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.address if column == self.ADDRESS else self._text(row, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.SENT:
            sent = row.gift is not None and row.gift.sent_on is not None
            return Qt.CheckState.Checked if sent else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.REFERRALS, self.REVENUE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: GiftRow, column: int) -> str:
        if column == self.REFERRALS:
            return str(row.referrals_this_year) if row.referrals_this_year else ""
        if column == self.REVENUE:
            return format_paid(tuple(row.referral_revenue_this_year), compact=False)
        texts = (row.display_name, row.organisation, why_label(row.why), one_line(row.address), "", "",
                 last_gift_text(row), row.gift_preferences, sent_text(row))
        return texts[column]

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.SENT or role != Qt.ItemDataRole.CheckStateRole:
            return False
        # The tab records the gift and reloads the list: the check mark shows what was committed.
        self.sent_toggled.emit(self._rows[index.row()].contact_id, Qt.CheckState(value) == Qt.CheckState.Checked)
        return False


def write_gift_csv(rows: Sequence[GiftRow], path: Path | str, style: CsvStyle = STANDARD) -> None:
    """The gift list as CSV, UTF-8 with a BOM (so that Excel reads the accents); addresses keep their
    line breaks, for mail-merge labels. No cell can run as a formula. ``style`` gives the separator and,
    for Excel (France), the amounts' decimal comma ("1 250,50 EUR"); the headers are the interface's."""
    header = _headers()[:-1] + [QCoreApplication.translate("GiftsTab", text) for text in _CSV_SENT]
    with open(path, "w", encoding=style.encoding, newline="") as file:
        writer = csv.writer(file, delimiter=style.delimiter)
        writer.writerow([neutralise(text) for text in header])
        for row in rows:
            sent_on = row.gift.sent_on.isoformat() if row.gift and row.gift.sent_on else ""
            revenue = tuple(row.referral_revenue_this_year)
            paid = format_paid(revenue, compact=False) if style == STANDARD else csv_paid(list(revenue), style)
            cells = [row.display_name, row.organisation, why_label(row.why), row.address.strip(),
                     str(row.referrals_this_year), paid,
                     last_gift_text(row), row.gift_preferences, row.gift.what if row.gift else "", sent_on]
            writer.writerow([neutralise(cell) for cell in cells])


# Each printed column's part of the page's width: the address and the preferences get the most room.
_PRINTED_SHARES = (15, 14, 9, 20, 13, 16, 13)


def gift_table(rows: Sequence[GiftRow], year: int) -> PagedTable:
    """The gift list on paper: a title and a table, one row per person, never cut across two pages."""
    columns = [_headers()[column] for column in _PRINTED_COLUMNS]
    cells = []
    for row in rows:
        address = "\n".join(line.strip() for line in row.address.splitlines() if line.strip())
        box = "\u2611 " if row.gift and row.gift.sent_on else "\u2610 "  # a box to tick on paper
        cells.append([row.display_name, row.organisation, why_label(row.why), address, last_gift_text(row),
                      row.gift_preferences, box + sent_text(row)])
    return PagedTable(_title(year), columns, _PRINTED_SHARES, cells)


# QPrinter's HighResolution mode, for a PDF: text and rules stay sharp when the file is zoomed or printed.
PDF_RESOLUTION = 1200


def _page_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, MARGINS)


def write_gift_pdf(rows: Sequence[GiftRow], year: int, path: Path | str) -> PagedTable:
    """The gift list as a PDF file (A4, landscape: the table is wide); returns the table drawn, whose
    ``pages`` say which rows went on which page.

    QPdfWriter, not QPrinter: a QPrinter loads Qt's print-support plugin, whose CUPS backend connects to the
    print server (port 631, on another machine when CUPS is configured so), and Carnet opens no connection."""
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(_page_layout())
    writer.setTitle(_title(year))
    table = gift_table(rows, year)
    table.paint(writer)
    return table


class GiftsTab(QWidget):
    """The Gifts tab: the list for a year, with who else to include, and its gift-sent check marks."""

    gift_recorded = Signal(int)  # contact id: a gift was recorded (or un-sent) for them

    def __init__(
        self, database: Database, parent: QWidget | None = None, *, today: Callable[[], date] = date.today,
        reads: ReadWorker | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        # The window's reader thread (a big book's list is read there); alone, the list is read here and now.
        self.reads = reads if reads is not None else ReadWorker(database, self)
        self._today = today
        self.model = GiftModel(self)
        # Queued: the dialog that asks what was sent opens after the click, not inside the view's handling of it.
        self.model.sent_toggled.connect(self._toggle_sent, Qt.ConnectionType.QueuedConnection)

        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(1900, 9999)
        self.year_spin.setValue(today().year)
        self.year_spin.setAccessibleName(self.tr("Year"))
        self.top_spin = QSpinBox(self)
        self.top_spin.setRange(0, MAX_TOP_CLIENTS)
        self.top_spin.setSpecialValueText(self.tr("None"))
        self.top_spin.setAccessibleName(self.tr("Also top clients"))
        self.top_spin.setToolTip(self.tr("Also list this many of your best clients by revenue"))
        self.referrers_check = QCheckBox(self.tr("Also &referrers"), self)
        self.referrers_check.setToolTip(self.tr("Also list the people who never bought from you but sent you "
                                                "leads that became clients"))
        self.csv_button = QPushButton(self.tr("Export &CSV…"), self)
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"), self)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.clicked.connect(self.print_list)

        controls = QHBoxLayout()
        for text, widget in ((self.tr("&Year:"), self.year_spin), (self.tr("Also &top clients:"), self.top_spin)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            controls.addWidget(label)
            controls.addWidget(widget)
            controls.addSpacing(12)
        controls.addWidget(self.referrers_check)
        controls.addStretch(1)
        for button in (self.csv_button, self.pdf_button, self.print_button):
            controls.addWidget(button)
        for signal in (self.year_spin.valueChanged, self.top_spin.valueChanged, self.referrers_check.toggled):
            signal.connect(self.refresh)

        m = GiftModel
        self.table = ReportTable(
            self.model, self.tr("Year-end gift list"), self,
            widest={m.NAME: 200, m.ORGANISATION: 220, m.ADDRESS: 320, m.LAST_GIFT: 260, m.SENT: 280},
            elastic=(m.ORGANISATION, m.ADDRESS, m.LAST_GIFT, m.PREFERENCES, m.SENT), stretch=m.PREFERENCES,
        )
        self.summary = QLabel(self)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.refresh()

    @property
    def year(self) -> int:
        return self.year_spin.value()

    def selected_id(self) -> int | None:
        """The contact of the current row (what the Contact menu and the row's right-click act on)."""
        current = self.table.currentIndex()
        return self.model.row_at(current.row()).contact_id if current.isValid() else None

    def refresh(self) -> None:
        """Read the list again for the chosen year and options."""
        year, top, referrers = self.year, self.top_spin.value(), self.referrers_check.isChecked()
        if self.reads.threaded:
            self.summary.setText(self.tr("Loading…"))
        self.reads.read("gifts", lambda view: (year, gift_list(view, year, top_clients=top,
                                                               include_referrers=referrers)), self._show_rows)

    @property
    def loading(self) -> bool:
        """The list is being read (on the reader thread): the summary says "Loading…" meanwhile."""
        return self.reads.pending("gifts")

    def _show_rows(self, result: tuple[int, list[GiftRow]]) -> None:
        year, rows = result
        current = self.table.currentIndex()
        current_id = self.model.row_at(current.row()).contact_id if current.isValid() else None
        self.model.set_year(year)
        self.model.set_rows(rows)
        self.table.fit_columns()
        for number, row in enumerate(rows):
            if row.contact_id == current_id:
                self.table.setCurrentIndex(self.model.index(number, current.column()))
        sent = sum(1 for row in rows if row.gift is not None and row.gift.sent_on is not None)
        self.summary.setText(self.tr("Gifts sent: %1 of %2").replace("%1", str(sent)).replace("%2", str(len(rows))))
        for button in (self.csv_button, self.pdf_button, self.print_button):
            button.setEnabled(bool(rows))

    def _toggle_sent(self, contact_id: int, checked: bool) -> None:
        row = next((row for row in self.model.rows() if row.contact_id == contact_id), None)
        if row is not None and checked:
            self.mark_sent(row)
        elif row is not None:
            self._record(row, row.gift.what if row.gift else "", None)

    def mark_sent(self, row: GiftRow) -> bool:
        """Ask what was sent (last year's gift proposed) and record it as sent today."""
        proposed = row.gift.what if row.gift and row.gift.what else (row.last_gift.what if row.last_gift else "")
        what, accepted = QInputDialog.getText(
            self, self.tr("Gift sent — %1").replace("%1", row.display_name),
            self.tr("What did you send to %1?").replace("%1", row.display_name), QLineEdit.EchoMode.Normal, proposed,
        )
        if not accepted:
            return False
        return self._record(row, what, self._today())

    def _record(self, row: GiftRow, what: str, sent_on: date | None) -> bool:
        try:
            services.record_gift(self.database, row.contact_id, self.year, what, sent_on=sent_on)
        except CarnetError as error:
            show_refusal(self, self.tr("Gift not recorded"), error)
            return False
        finally:
            self.refresh()
        self.gift_recorded.emit(row.contact_id)  # the panel and the other tabs follow
        return True

    def export_csv(self) -> None:
        """Ask for the file and its style (Excel (France) or standard, `carnet.ui.dialogs.csv_style`)."""
        from carnet.ui.dialogs.csv_style import chosen_style, offer_styles

        dialog = QFileDialog(self, self.tr("Export the gift list"), str(Path.home()))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        offer_styles(dialog)
        dialog.selectFile(self.tr("gifts-%1").replace("%1", str(self.year)) + ".csv")
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return
        style = chosen_style(dialog)
        self._write(Path(dialog.selectedFiles()[0]), lambda path: write_gift_csv(self.model.rows(), path, style))

    def save_pdf(self) -> None:
        self._export(self.tr("Save the gift list as PDF"), self.tr("PDF files (*.pdf)"), "pdf",
                     lambda path: write_gift_pdf(self.model.rows(), self.year, path))

    def _export(self, title: str, filter_text: str, suffix: str, write: Callable[[Path], object]) -> None:
        """Ask for a file (the dialog adds the suffix and asks before replacing a file), then write it."""
        dialog = QFileDialog(self, title, str(Path.home()), filter_text)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        dialog.selectFile(self.tr("gifts-%1").replace("%1", str(self.year)) + "." + suffix)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return
        self._write(Path(dialog.selectedFiles()[0]), write)

    def _write(self, path: Path, write: Callable[[Path], object]) -> None:
        try:
            write(path)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr("Could not write %1: %2").replace(
                "%1", str(path)).replace("%2", error.strerror or str(error)))

    def print_list(self) -> None:
        """Print through the print system, on the user's explicit choice only."""
        # Imported here: loading QtPrintSupport is the first step towards the CUPS backend and its server
        # connection (see write_gift_pdf), which only this click may take.
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(_page_layout())
        printer.setDocName(_title(self.year))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the gift list"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            gift_table(self.model.rows(), self.year).paint(printer)
