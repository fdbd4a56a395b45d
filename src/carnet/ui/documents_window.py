"""Contact ▸ Quotes and Invoices: a contact's quotes, invoices and credit notes — number, kind, date, status, total,
due date and what is left to pay — with the buttons of what each status allows (issue 20).

The list reads `carnet.services.document_list`, and reads again after every change that touches the contact (the
window's change hub): what it shows is always what the book holds. The buttons ask the invoice actions
(`carnet.ui.invoice_actions`), which make each write one service call.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carnet.domain.invoice_document import DocumentKind
from carnet.i18n import QT_TRANSLATE_NOOP
from carnet.services.changes import Change
from carnet.ui.dialogs.validated_form import set_dialog_flags
from carnet.ui.formatting import format_day, format_money

if TYPE_CHECKING:
    from carnet.services.document_list import DocumentState, ListedDocument
    from carnet.ui.invoice_actions import InvoiceActions

NUMBER, KIND, DAY, STATUS, TOTAL, DUE_DATE, LEFT = range(7)
ID_ROLE = Qt.ItemDataRole.UserRole

_KINDS = {
    DocumentKind.QUOTE: QT_TRANSLATE_NOOP("DocumentKind", "Quote"),
    DocumentKind.INVOICE: QT_TRANSLATE_NOOP("DocumentKind", "Invoice"),
    DocumentKind.CREDIT_NOTE: QT_TRANSLATE_NOOP("DocumentKind", "Credit note"),
}
_DEPOSIT = QT_TRANSLATE_NOOP("DocumentKind", "Deposit invoice")
_STATES = {
    "draft": QT_TRANSLATE_NOOP("DocumentState", "Draft"),
    "sent": QT_TRANSLATE_NOOP("DocumentState", "Sent"),
    "accepted": QT_TRANSLATE_NOOP("DocumentState", "Accepted"),
    "refused": QT_TRANSLATE_NOOP("DocumentState", "Refused"),
    "expired": QT_TRANSLATE_NOOP("DocumentState", "Expired"),
    "issued": QT_TRANSLATE_NOOP("DocumentState", "Issued"),
    "partly_paid": QT_TRANSLATE_NOOP("DocumentState", "Partly paid"),
    "paid": QT_TRANSLATE_NOOP("DocumentState", "Paid"),
    "credited": QT_TRANSLATE_NOOP("DocumentState", "Credited"),
}


def kind_label(kind: DocumentKind, deposit: bool = False) -> str:
    text = _DEPOSIT if deposit and kind is DocumentKind.INVOICE else _KINDS[kind]
    return QCoreApplication.translate("DocumentKind", text)


def state_label(state: DocumentState, kind: DocumentKind | None = None) -> str:
    if kind is DocumentKind.CREDIT_NOTE and state.value == "issued":  # « Émis »: French agrees it with « avoir »
        return QCoreApplication.translate("DocumentState", "Issued", "a credit note")
    return QCoreApplication.translate("DocumentState", _STATES[state.value])


class DocumentsWindow(QDialog):
    """The documents of one contact, and what can be done with the one selected."""

    def __init__(self, actions: InvoiceActions, contact_id: int, contact_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_dialog_flags(self)
        self.invoice_actions = actions
        self.contact_id = contact_id
        self.setWindowTitle(self.tr("Quotes and invoices — {name}").format(name=contact_name))
        self.documents: list[ListedDocument] = []
        self.table = QTableWidget(0, 7, self)
        self.table.setAccessibleName(self.tr("Quotes, invoices and credit notes"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Number"), self.tr("Kind"), self.tr("Date"), self.tr("Status"), self.tr("Total"),
            self.tr("Due on"), self.tr("Left to pay")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self._default_action())
        self.empty_label = QLabel(self.tr("No quote nor invoice yet: make one with New Quote or New Invoice."), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.buttons: dict[str, QPushButton] = {}
        side = QVBoxLayout()
        entries: list[tuple[str, str, Callable[[int], None]] | None] = [
            ("new_quote", self.tr("New &Quote…"), lambda _id: actions.new_quote(contact_id)),
            ("new_invoice", self.tr("New &Invoice…"), lambda _id: actions.new_invoice(contact_id)),
            None,
            ("edit", self.tr("&Edit…"), actions.edit),
            ("delete", self.tr("De&lete…"), actions.delete),
            ("send", self.tr("Mark &Sent"), actions.send),
            ("accept", self.tr("&Accept…"), actions.accept),
            ("refuse", self.tr("&Refuse"), actions.refuse),
            ("extend", self.tr("E&xtend Validity…"), actions.extend),
            ("issue", self.tr("Iss&ue…"), actions.issue),
            ("pay", self.tr("Record &Payment…"), actions.record_payment),
            ("credit", self.tr("Credit &Note…"), actions.credit_note),
            None,
            ("pdf", self.tr("Save P&DF…"), actions.save_pdf),
            ("reminder", self.tr("Reminder Le&tter…"), actions.reminder_letter),
        ]
        for entry in entries:
            if entry is None:
                line = QFrame(self)
                line.setFrameShape(QFrame.Shape.HLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                side.addWidget(line)
                continue
            key, text, slot = entry
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, slot=slot, key=key: self._run(key, slot))
            side.addWidget(button)
            self.buttons[key] = button
        side.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self.close_buttons = close

        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.empty_label)
        body.addLayout(left, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.resize(980, 460)
        actions.changes.changed.connect(self._follow)
        self.refresh()

    # --- reading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        from carnet.services.document_list import contact_documents

        kept = self.selected_id()
        today = date.today()
        self.documents = contact_documents(self.invoice_actions.database, self.contact_id, today)
        self.table.setRowCount(len(self.documents))
        for row, document in enumerate(self.documents):
            status = state_label(document.state, document.kind)
            if document.is_overdue(today):
                status = self.tr("{status}, overdue").format(status=status)
            cells = {
                NUMBER: document.number or self.tr("(draft)"),
                KIND: kind_label(document.kind, document.deposit),
                DAY: format_day(document.day) if document.day else "",
                STATUS: status,
                TOTAL: format_money(document.gross_cents, document.currency),
                DUE_DATE: format_day(document.due_date) if document.due_date else (
                    self.tr("valid until {day}").format(day=format_day(document.valid_until))
                    if document.valid_until and document.kind is DocumentKind.QUOTE else ""),
                LEFT: format_money(document.due_cents, document.currency) if document.due_cents else "",
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, document.id)
                if column in (TOTAL, LEFT):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.empty_label.setVisible(not self.documents)
        self.select(kept if kept is not None else (self.documents[0].id if self.documents else None))
        self._update_buttons()

    def _follow(self, change: Change) -> None:
        if change.touches(self.contact_id) and self.isVisible():
            self.refresh()

    def selected_id(self) -> int | None:
        document = self.selected()
        return None if document is None else document.id

    def selected(self) -> ListedDocument | None:
        row = self.table.currentRow()
        if not self.table.selectedItems() or not 0 <= row < len(self.documents):
            return None
        return self.documents[row]

    def select(self, document_id: int | None) -> None:
        for row, document in enumerate(self.documents):
            if document.id == document_id:
                self.table.selectRow(row)
                return
        self.table.clearSelection()

    # --- acting ----------------------------------------------------------------------------------

    def _run(self, key: str, slot: Callable[[int], None]) -> None:
        document = self.selected()
        if document is None and key not in ("new_quote", "new_invoice"):
            return
        slot(document.id if document is not None else 0)

    def _default_action(self) -> None:
        for key in ("edit", "pdf"):
            if self.buttons[key].isEnabled():
                self.buttons[key].click()
                return

    def _update_buttons(self) -> None:
        from carnet.domain.invoice_models import DocumentStatus
        from carnet.services.document_list import DocumentState

        document = self.selected()
        allowed: set[str] = set()
        if document is not None:
            quote, invoice = document.kind is DocumentKind.QUOTE, document.kind is DocumentKind.INVOICE
            draft = document.status is DocumentStatus.DRAFT
            if draft:
                allowed |= {"edit", "delete"} | ({"send"} if quote else {"issue"})
            if quote and document.state is DocumentState.SENT:
                allowed |= {"accept", "refuse", "extend"}
            if quote and document.state is DocumentState.EXPIRED:
                allowed |= {"refuse", "extend"}
            if invoice and document.status is DocumentStatus.ISSUED:
                if document.due_cents > 0:
                    allowed.add("pay")
                if document.credited_cents < document.gross_cents:
                    allowed.add("credit")
                if document.is_overdue():
                    allowed.add("reminder")
            if document.number:
                allowed.add("pdf")
        for key, button in self.buttons.items():
            button.setEnabled(key in ("new_quote", "new_invoice") or key in allowed)
        self.buttons["pdf"].setToolTip("" if document is None or document.number else self.tr(
            "A draft has no number yet: send the quote or issue the invoice first, then save its PDF."))
