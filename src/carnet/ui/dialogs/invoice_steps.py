"""The small dialogs of a quote's and an invoice's life (issue 20): accept a quote (and what to invoice of it),
extend its validity, record a payment received against an invoice, and export the issued invoices of a period.
Each asks for its values, checked as typed; the writes are the invoice actions' (`carnet.ui.invoice_actions`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from carnet.domain.enums import PaymentMethod
from carnet.domain.errors import CONTEXT, InvalidInput
from carnet.domain.invoicing import LineDraft
from carnet.domain.money import format_amount, parse_amount
from carnet.domain.postpone import add_a_month
from carnet.i18n import QT_TRANSLATE_NOOP
from carnet.ui.dialogs.date_field import DateField, check_not_future
from carnet.ui.dialogs.validated_form import ValidatedDialog
from carnet.ui.formatting import format_money
from carnet.ui.labels_extra import payment_method_label

# Domain-style templates (translated in the domain's context by error_text), marked for lupdate.
NO_LINE_CHOSEN = QT_TRANSLATE_NOOP(CONTEXT, "Tick at least one line to invoice.")
NOT_IN_FUTURE = QT_TRANSLATE_NOOP(CONTEXT, "This day is still to come: choose today or a day before.")
FUTURE_PAYMENT = QT_TRANSLATE_NOOP(CONTEXT, "A payment cannot be dated in the future.")
NOT_LATER = QT_TRANSLATE_NOOP(CONTEXT, "The new date must be after {day}, the quote's validity now.")
END_BEFORE_START = QT_TRANSLATE_NOOP(CONTEXT, "The end of the period cannot be before its start.")
NO_FOLDER = QT_TRANSLATE_NOOP(CONTEXT, "Choose the folder the invoices go to.")
FOLDER_PATH = QT_TRANSLATE_NOOP(CONTEXT, "Type the folder's whole path, or choose it with Choose….")


class AcceptQuoteDialog(ValidatedDialog):
    """A sent quote accepted: on which day, and whether to make its invoice now — of every line, or of the
    lines ticked as a deposit invoice (facture d'acompte)."""

    INVOICE_ALL, INVOICE_CHOSEN, NO_INVOICE = range(3)

    def __init__(self, number: str, lines: Sequence[tuple[int, LineDraft, str]], parent: QWidget | None = None,
                 *, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self.set_texts(title=self.tr("Accept {number}").format(number=number),
                       intro=self.tr("The client said yes to {number}. Make the invoice now? It stays a draft "
                                     "until you issue it.").format(number=number), ok_text=self.tr("Accept"))
        self.day_edit = DateField(self, locale=locale)
        self.day_edit.setDate(date.today())
        self.add_field(self.tr("Accepted &on:"), self.day_edit,
                       check=lambda: check_not_future(self.day_edit, NOT_IN_FUTURE, "decided_on"),
                       changed=[self.day_edit.edited])
        choices = QWidget(self)
        layout = QVBoxLayout(choices)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        for value, text in ((self.INVOICE_ALL, self.tr("Invoice &every line")),
                            (self.INVOICE_CHOSEN, self.tr("A &deposit invoice of the lines ticked below")),
                            (self.NO_INVOICE, self.tr("&Not yet: only mark it accepted"))):
            radio = QRadioButton(text, choices)
            self.group.addButton(radio, value)
            layout.addWidget(radio)
        self.group.button(self.INVOICE_ALL).setChecked(True)
        self.lines = QListWidget(choices)
        self.lines.setAccessibleName(self.tr("Lines to invoice"))
        for line_id, line, price in lines:
            item = QListWidgetItem(f"{line.description} — {price}", self.lines)
            item.setData(Qt.ItemDataRole.UserRole, line_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.lines.setMaximumHeight(self.lines.sizeHintForRow(0) * min(6, max(1, len(lines))) + 8)
        layout.addWidget(self.lines)
        choices.setFocusProxy(self.group.button(self.INVOICE_ALL))
        self.add_field(self.tr("Invoice:"), choices, check=self._line_ids,
                       changed=[self.group.idToggled, self.lines.itemChanged])
        self.group.idToggled.connect(lambda *_: self.lines.setEnabled(self.choice() == self.INVOICE_CHOSEN))
        self.lines.setEnabled(False)
        self.revalidate()

    def choice(self) -> int:
        return self.group.checkedId()

    def day(self) -> date:
        return check_not_future(self.day_edit, NOT_IN_FUTURE, "decided_on")

    def _line_ids(self) -> list[int] | None:
        if self.choice() != self.INVOICE_CHOSEN:
            return None
        ids = [int(item.data(Qt.ItemDataRole.UserRole)) for item in
               (self.lines.item(row) for row in range(self.lines.count()))
               if item is not None and item.checkState() == Qt.CheckState.Checked]
        if not ids:
            raise InvalidInput(NO_LINE_CHOSEN, field="lines")
        return ids

    def line_ids(self) -> list[int] | None:
        """The quote lines ticked (a deposit invoice), or None for every line."""
        return self._line_ids()


class ExtendValidityDialog(ValidatedDialog):
    def __init__(self, number: str, valid_until: date | None, parent: QWidget | None = None,
                 *, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self.valid_until = valid_until
        self.set_texts(title=self.tr("Extend {number}").format(number=number),
                       intro=self.tr("Until when may the client accept {number}?").format(number=number),
                       ok_text=self.tr("Extend"))
        self.day_edit = DateField(self, locale=locale)
        start = max(date.today(), valid_until or date.today())
        self.day_edit.setDate(add_a_month(start))
        self.add_field(self.tr("&Valid until:"), self.day_edit, check=self.day, changed=[self.day_edit.edited])
        self.revalidate()

    def day(self) -> date:
        day = self.day_edit.checked_day("valid_until")
        if self.valid_until is not None and day <= self.valid_until:
            from carnet.ui.formatting import format_day

            raise InvalidInput(NOT_LATER, field="valid_until", day=format_day(self.valid_until))
        return day


class InvoicePaymentDialog(ValidatedDialog):
    """A payment received against an issued invoice: how much (what is due, by default), when, how."""

    def __init__(self, number: str, due_cents: int, currency: str, issued_on: date | None,
                 parent: QWidget | None = None, *, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self._locale = locale or QLocale()
        self._issued_on = issued_on
        self._marks = (self._locale.decimalPoint(), self._locale.groupSeparator())
        self.set_texts(title=self.tr("Record payment — {number}").format(number=number),
                       intro=self.tr("{due} is still due on {number}.").format(
                           due=format_money(due_cents, currency, self._locale), number=number),
                       ok_text=self.tr("Record"))
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setText(format_amount(due_cents, *self._marks))
        self.add_field(self.tr("&Amount received:"), self.amount_edit, check=self.amount,
                       changed=[self.amount_edit.textChanged])
        self.day_edit = DateField(self, locale=self._locale)
        self.day_edit.setDate(date.today())
        self.add_field(self.tr("&Paid on:"), self.day_edit, check=self.day, changed=[self.day_edit.edited])
        self.method_combo = QComboBox(self)
        self.method_combo.addItem(self.tr("— not said —"), None)
        for method in PaymentMethod:
            self.method_combo.addItem(payment_method_label(method), method.value)
        # An invoice says "by transfer" (its IBAN): most are paid so.
        self.method_combo.setCurrentIndex(max(0, self.method_combo.findData(PaymentMethod.BANK_TRANSFER.value)))
        self.add_field(self.tr("Paid &by:"), self.method_combo)
        self.revalidate()

    def amount(self) -> int:
        return parse_amount(self.amount_edit.text(), *self._marks)

    def day(self) -> date:
        day = check_not_future(self.day_edit, FUTURE_PAYMENT, "paid_on")
        if self._issued_on is not None and day < self._issued_on:
            from carnet.services.payments import PAID_BEFORE_ISSUED

            raise InvalidInput(PAID_BEFORE_ISSUED, field="paid_on")
        return day

    def method(self) -> PaymentMethod | None:
        data = self.method_combo.currentData()
        return None if data is None else PaymentMethod(data)


class ExportInvoicesDialog(ValidatedDialog):
    """File ▸ Export Invoices: the issued invoices and credit notes of a period, one PDF each, to a folder."""

    def __init__(self, parent: QWidget | None = None, *, folder: str = "", locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self.set_texts(title=self.tr("Export Invoices"), intro=self.tr(
            "Every invoice and credit note issued in the period, as a Factur-X PDF named by its number. A file "
            "already in the folder is never replaced."), ok_text=self.tr("Export"))
        today = date.today()
        self.start_edit = DateField(self, locale=locale)
        self.start_edit.setDate(date(today.year, 1, 1))
        self.end_edit = DateField(self, locale=locale)
        self.end_edit.setDate(date(today.year, 12, 31))
        self.add_field(self.tr("&From:"), self.start_edit, check=lambda: self.start_edit.checked_day("start"),
                       changed=[self.start_edit.edited])
        self.add_field(self.tr("&To:"), self.end_edit, check=self._end, changed=[self.end_edit.edited,
                                                                              self.start_edit.edited])
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setText(folder)
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._choose)
        self.choose_folder: Callable[[], str] = self._ask_folder  # tests hand a path instead of a dialog
        row = QWidget(self)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.folder_edit, 1)
        row_layout.addWidget(self.choose_button)
        row.setFocusProxy(self.folder_edit)
        self.add_field(self.tr("F&older:"), row, check=self.folder, changed=[self.folder_edit.textChanged],
                       accessible_name=self.tr("Folder"))
        self.folder_edit.setAccessibleName(self.tr("Folder"))
        self.revalidate()

    def period(self) -> tuple[date, date]:
        return self.start_edit.checked_day("start"), self._end()

    def _end(self) -> date:
        end = self.end_edit.checked_day("end")
        start = self.start_edit.day()
        if start is not None and end < start:
            raise InvalidInput(END_BEFORE_START, field="end")
        return end

    def folder(self) -> Path:
        text = self.folder_edit.text().strip()
        if not text:
            raise InvalidInput(NO_FOLDER, field="folder")
        path = Path(text).expanduser()
        if not path.is_absolute():
            raise InvalidInput(FOLDER_PATH, field="folder")
        return path

    def _ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Folder for the invoices"),
                                                self.folder_edit.text() or str(Path.home()))

    def _choose(self) -> None:
        path = self.choose_folder()
        if path:
            self.folder_edit.setText(path)
