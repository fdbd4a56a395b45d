"""The quote and invoice editor (issue 20): the lines (description, quantity, unit, unit price excluding VAT, VAT
rate or none), a discount on the whole document, the validity date of a quote or the due date of an invoice, what
is sold (goods, services, both) and a quote's conditions; the totals excluding and including VAT, per rate, follow
what is typed.

Every figure shown comes from `carnet.domain.invoicing.compute_totals`, the function the services store and the
documents print: the editor never adds anything up itself. Amounts are typed in the user's locale
(`parse_amount`), quantities and rates with either decimal mark. `value()` is the `DocumentDraft` the services
take; numbers are given by them when the quote is sent or the invoice issued, never here.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from carnet.domain.errors import CONTEXT, CarnetError, InvalidInput
from carnet.domain.invoice_document import DocumentKind, SaleNature
from carnet.domain.invoicing import (
    DEFAULT_UNIT,
    FRENCH_VAT_RATES,
    UNIT_CODES,
    DocumentDraft,
    LineDraft,
    PricedLine,
    Totals,
    check_line,
    check_line_count,
    compute_totals,
)
from carnet.domain.money import format_amount, parse_amount
from carnet.i18n import QT_TRANSLATE_NOOP
from carnet.ui.dialogs.business_identity import sale_nature_label
from carnet.ui.dialogs.date_field import DateField, switch_on_with
from carnet.ui.dialogs.validated_form import ValidatedDialog
from carnet.ui.formatting import format_money
from carnet.ui.labels import error_text

# Domain-style templates (translated in the domain's context by error_text), marked for lupdate.
LINE_PROBLEM = QT_TRANSLATE_NOOP(CONTEXT, "Line {number}: {problem}")
VALID_BEFORE_TODAY = QT_TRANSLATE_NOOP(CONTEXT, "A quote cannot be valid only until a day already past.")
DESCRIPTION, QUANTITY, UNIT, PRICE, VAT, NET = range(6)
DEFAULT_RATE = Decimal(20)
MIN_WIDTH = 820

_UNITS = {
    "C62": QT_TRANSLATE_NOOP("Unit", "unit"),
    "H87": QT_TRANSLATE_NOOP("Unit", "piece"),
    "LS": QT_TRANSLATE_NOOP("Unit", "lump sum"),
    "HUR": QT_TRANSLATE_NOOP("Unit", "hour"),
    "MIN": QT_TRANSLATE_NOOP("Unit", "minute"),
    "DAY": QT_TRANSLATE_NOOP("Unit", "day"),
    "WEE": QT_TRANSLATE_NOOP("Unit", "week"),
    "MON": QT_TRANSLATE_NOOP("Unit", "month"),
    "ANN": QT_TRANSLATE_NOOP("Unit", "year"),
    "KGM": QT_TRANSLATE_NOOP("Unit", "kg"),
    "GRM": QT_TRANSLATE_NOOP("Unit", "g"),
    "TNE": QT_TRANSLATE_NOOP("Unit", "tonne"),
    "MTR": QT_TRANSLATE_NOOP("Unit", "m"),
    "KMT": QT_TRANSLATE_NOOP("Unit", "km"),
    "MTK": QT_TRANSLATE_NOOP("Unit", "m²"),
    "MTQ": QT_TRANSLATE_NOOP("Unit", "m³"),
    "LTR": QT_TRANSLATE_NOOP("Unit", "litre"),
    "SET": QT_TRANSLATE_NOOP("Unit", "set"),
    "PR": QT_TRANSLATE_NOOP("Unit", "pair"),
}


def unit_label(code: str) -> str:
    return QCoreApplication.translate("Unit", _UNITS.get(code, code))


def rate_text(rate: Decimal, locale: QLocale) -> str:
    """"20 %", "5,5 %" in French: the rate as the locale writes decimals."""
    return f"{str(rate).replace('.', locale.decimalPoint())}\u00a0%"


def quantity_text(quantity: Decimal, locale: QLocale) -> str:
    """"1", "0,5", "200": without trailing zeros, never in exponent form (Decimal writes 200 as "2E+2")."""
    text = format(quantity.normalize(), "f")
    return text.replace(".", locale.decimalPoint())


class _CellEdit(QLineEdit):
    """A field of a line: entering it selects what it holds, so that typing replaces the "1" of a new line
    (the table moves the focus between its cells itself, which a plain field takes as a click, keeping it)."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            QTimer.singleShot(0, self.selectAll)


class _LineRow:
    """The widgets of one line of the table."""

    def __init__(self, editor: DocumentEditorDialog) -> None:
        self.description = _CellEdit(editor)
        self.quantity = _CellEdit(editor)
        self.quantity.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.unit = QComboBox(editor)
        for code in UNIT_CODES:
            self.unit.addItem(unit_label(code), code)
        self.price = _CellEdit(editor)
        self.price.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.vat = QComboBox(editor, editable=True, insertPolicy=QComboBox.InsertPolicy.NoInsert)
        for rate in FRENCH_VAT_RATES:
            self.vat.addItem(rate_text(rate, editor.locale_), str(rate))
        self.vat.addItem(editor.no_vat_text(), None)
        self.net = QLabel(editor)
        self.net.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.net.setContentsMargins(4, 0, 6, 0)
        for edit in (self.description, self.quantity, self.price):
            edit.textChanged.connect(editor.lines_edited)
        self.unit.currentIndexChanged.connect(editor.lines_edited)
        self.vat.editTextChanged.connect(editor.lines_edited)
        self.source_line_id: int | None = None

    def widgets(self) -> tuple[QWidget, ...]:
        return self.description, self.quantity, self.unit, self.price, self.vat, self.net


class DocumentEditorDialog(ValidatedDialog):
    """A new or draft quote, invoice or credit note; ``value()`` is its `DocumentDraft`."""

    lines_edited = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        kind: DocumentKind,
        contact_id: int,
        contact_name: str,
        currency: str,
        draft: DocumentDraft | None = None,
        vat_franchise: bool = False,
        nature: SaleNature = SaleNature.SERVICES,
        locale: QLocale | None = None,
    ) -> None:
        super().__init__(parent)
        self.setMinimumWidth(MIN_WIDTH)
        self.kind = kind
        self.contact_id = contact_id
        self.currency = currency
        self.vat_franchise = vat_franchise
        self.locale_ = locale or QLocale()
        self._decimal_point, self._group_separator = self.locale_.decimalPoint(), self.locale_.groupSeparator()
        self._draft = draft
        self._nature = nature
        self.rows: list[_LineRow] = []
        titles = {
            (DocumentKind.QUOTE, False): self.tr("New quote — {name}"),
            (DocumentKind.QUOTE, True): self.tr("Edit quote — {name}"),
            (DocumentKind.INVOICE, False): self.tr("New invoice — {name}"),
            (DocumentKind.INVOICE, True): self.tr("Edit invoice — {name}"),
            (DocumentKind.CREDIT_NOTE, False): self.tr("Credit note — {name}"),
            (DocumentKind.CREDIT_NOTE, True): self.tr("Credit note — {name}"),
        }
        intro = {
            DocumentKind.QUOTE: self.tr("A draft until you send it: it gets its number then."),
            DocumentKind.INVOICE: self.tr("A draft until you issue it: it gets its number then, and can no longer "
                                          "be changed."),
            DocumentKind.CREDIT_NOTE: self.tr("What the credit note takes off the invoice, as positive amounts."),
        }[kind]
        self.set_texts(title=titles[(kind, draft is not None)].format(name=contact_name), intro=intro,
                       ok_text=self.tr("Save Draft"))
        self._build_lines()
        self._build_terms()
        if draft is not None and draft.lines:
            for line in draft.lines:
                self.add_line(line)
        else:
            self.add_line()
        self.lines_edited.connect(self._show_totals)
        self._show_totals()
        self.rows[0].description.setFocus()
        self.revalidate()

    # --- building -------------------------------------------------------------------------------

    def no_vat_text(self) -> str:
        return self.tr("No VAT")

    def _build_lines(self) -> None:
        self.table = QTableWidget(0, 6, self)
        self.table.setAccessibleName(self.tr("Lines"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Description"), self.tr("Quantity"), self.tr("Unit"), self.tr("Unit price excl. VAT"),
            self.tr("VAT"), self.tr("Total excl. VAT")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        for column, sample in ((QUANTITY, "0000,000"), (UNIT, self.tr("lump sum") + "MM"),
                               (PRICE, "000 000,00 €"), (VAT, self.no_vat_text() + "MMM"),
                               (NET, "0 000 000,00 €")):
            title = self.table.horizontalHeaderItem(column)
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title.text() if title else ""))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, width + 24)
        self.table.setMinimumHeight(metrics.lineSpacing() * 9)
        buttons = QWidget(self)
        buttons_layout = QHBoxLayout(buttons)
        buttons_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("&Add Line"), self)
        self.remove_button = QPushButton(self.tr("&Remove Line"), self)
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
            buttons_layout.addWidget(button)
        buttons_layout.addStretch(1)
        self.add_button.clicked.connect(lambda: self.add_line(focus=True))
        self.remove_button.clicked.connect(self.remove_line)
        box = QWidget(self)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.table)
        box_layout.addWidget(buttons)
        box.setFocusProxy(self.table)
        self.lines_error = self.add_field(self.tr("Lines:"), box, check=self._lines, changed=[self.lines_edited],
                                          quiet_until_edited=True, stacked=True, accessible_name=self.tr("Lines"))

    def _build_terms(self) -> None:
        self.discount_edit = QLineEdit(self)
        self.discount_edit.setPlaceholderText(self.tr("None"))
        self.discount_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("000 000,00 €") + 40)
        self.discount_error = self.add_field(self.tr("&Discount excl. VAT:"), self.discount_edit,
                                             check=self._discount_checked, changed=[self.discount_edit.textChanged,
                                                                                    self.lines_edited])
        self.discount_edit.textChanged.connect(self._show_totals)
        self.totals_label = QLabel(self)
        self.totals_label.setTextFormat(Qt.TextFormat.PlainText)
        self.totals_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.totals_label.setAccessibleName(self.tr("Totals"))
        self.form.addRow(self.totals_label)
        draft = self._draft
        if self.kind is DocumentKind.QUOTE:
            self.date_check = QCheckBox(self.tr("&Valid until:"), self)
            self.date_check.setToolTip(self.tr("Unticked: as many days after the day it is sent as My Business says"))
            chosen = draft.valid_until if draft else None
        else:
            self.date_check = QCheckBox(self.tr("D&ue on:"), self)
            self.date_check.setToolTip(self.tr("Unticked: the payment terms of My Business, from the issue date"))
            chosen = draft.due_date if draft else None
        self.date_edit = DateField(self, locale=self.locale_)
        self.date_edit.setDate(chosen)
        self.date_check.setChecked(chosen is not None)
        self.date_edit.setEnabled(chosen is not None)
        self.date_edit.setMaximumWidth(self.date_edit.sizeHint().width() + 40)
        self.date_error = self.add_field(self.date_check, self.date_edit, check=self._day,
                                         changed=[self.date_check.toggled, self.date_edit.edited],
                                         accessible_name=self.date_check.text().replace("&", "").rstrip(": \u00a0"))
        switch_on_with(self.date_check, self.date_edit)
        self.nature_combo = QComboBox(self)
        for value in SaleNature:
            self.nature_combo.addItem(sale_nature_label(value), value.value)
        wanted = draft.nature if draft and draft.nature else self._nature.value
        self.nature_combo.setCurrentIndex(max(0, self.nature_combo.findData(wanted)))
        self.add_field(self.tr("&Sells:"), self.nature_combo)
        self.conditions_edit: QPlainTextEdit | None = None
        if self.kind is DocumentKind.QUOTE:
            self.conditions_edit = QPlainTextEdit(self)
            self.conditions_edit.setTabChangesFocus(True)
            self.conditions_edit.setPlaceholderText(self.tr("e.g. 30 % deposit on acceptance, the rest on delivery"))
            self.conditions_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
            self.conditions_edit.setPlainText(draft.conditions if draft else "")
            self.add_field(self.tr("&Conditions:"), self.conditions_edit)
        if draft is not None and draft.discount_cents:
            self.discount_edit.setText(format_amount(draft.discount_cents, self._decimal_point, self._group_separator))

    # --- lines ----------------------------------------------------------------------------------

    def add_line(self, line: LineDraft | None = None, *, focus: bool = False) -> None:
        row = _LineRow(self)
        index = len(self.rows)
        self.rows.append(row)
        self.table.insertRow(index)
        for column, widget in enumerate(row.widgets()):
            self.table.setCellWidget(index, column, widget)
        self.table.setRowHeight(index, max(row.vat.sizeHint().height(), row.description.sizeHint().height()) + 2)
        if line is None:
            row.quantity.setText("1")
            self._set_rate(row, None if self.vat_franchise else DEFAULT_RATE)
        else:
            row.description.setText(line.description)
            row.quantity.setText(quantity_text(Decimal(str(line.quantity)), self.locale_))
            row.unit.setCurrentIndex(max(0, row.unit.findData(line.unit or DEFAULT_UNIT)))
            row.price.setText(format_amount(line.unit_price_cents, self._decimal_point, self._group_separator))
            rate = None if line.vat_rate is None else Decimal(str(line.vat_rate))
            self._set_rate(row, rate)
            row.source_line_id = line.source_line_id
        row.vat.setEnabled(not self.vat_franchise or self._typed_rate(row) is not None)
        self._chain_row(row)
        self.remove_button.setEnabled(len(self.rows) > 1)
        if focus:
            self.table.setCurrentCell(index, DESCRIPTION)
            row.description.setFocus()
        self.lines_edited.emit()

    def _set_rate(self, row: _LineRow, rate: Decimal | None) -> None:
        found = row.vat.findData(None if rate is None else str(rate))
        if found >= 0:
            row.vat.setCurrentIndex(found)
        else:
            row.vat.setEditText(rate_text(rate, self.locale_) if rate is not None else self.no_vat_text())

    def _chain_row(self, row: _LineRow) -> None:
        # Tab goes along the line, then to the next line's description: the table's own Tab would skip the cells.
        widgets = [w for w in row.widgets() if not isinstance(w, QLabel)]
        for first, second in pairwise(widgets):
            QWidget.setTabOrder(first, second)

    def remove_line(self) -> None:
        if len(self.rows) <= 1:
            return
        index = self.table.currentRow()
        if not 0 <= index < len(self.rows):
            index = len(self.rows) - 1
        self.table.removeRow(index)
        del self.rows[index]
        self.remove_button.setEnabled(len(self.rows) > 1)
        self.lines_edited.emit()

    def _typed_rate(self, row: _LineRow) -> Decimal | str | None:
        text = row.vat.currentText().strip()
        if not text or text == self.no_vat_text():
            return None
        found = row.vat.findText(text)
        data = row.vat.itemData(found) if found >= 0 else None
        return Decimal(data) if data is not None else text

    def _line_draft(self, row: _LineRow) -> LineDraft:
        """What the row says (the unit price read in the locale; refused with the domain's message)."""
        price = parse_amount(row.price.text(), self._decimal_point, self._group_separator) \
            if row.price.text().strip() else 0
        return LineDraft(row.description.text(), row.quantity.text(), price, self._typed_rate(row),
                         str(row.unit.currentData() or DEFAULT_UNIT), row.source_line_id)

    def _lines(self) -> tuple[LineDraft, ...]:
        """Every line, checked as the services check them; the first wrong one refused with its number."""
        check_line_count(len(self.rows))
        drafts = []
        for number, row in enumerate(self.rows, start=1):
            try:
                draft = self._line_draft(row)
                check_line(draft, vat_franchise=self.vat_franchise)
            except CarnetError as problem:
                raise InvalidInput(LINE_PROBLEM, field="lines", number=number, problem=error_text(problem)) from None
            drafts.append(draft)
        return tuple(drafts)

    # --- totals ---------------------------------------------------------------------------------

    def _priced_lines(self) -> list[tuple[int, PricedLine]]:
        """The lines that can be priced as typed, with their row: the totals show what is right so far."""
        priced = []
        for index, row in enumerate(self.rows):
            try:
                checked = check_line(self._line_draft(row), vat_franchise=self.vat_franchise)
            except CarnetError:
                continue
            priced.append((index, checked.priced))
        return priced

    def _typed_discount(self) -> int:
        text = self.discount_edit.text().strip()
        return parse_amount(text, self._decimal_point, self._group_separator) if text else 0

    def _discount_checked(self) -> int:
        discount = self._typed_discount()
        compute_totals([line for _, line in self._priced_lines()], discount)  # more than the lines: refused
        return discount

    def totals(self) -> Totals:
        """The totals of the lines typed right so far (and of the discount, if it fits): the domain's own sums."""
        priced = self._priced_lines()
        lines = [line for _, line in priced]
        try:
            return compute_totals(lines, self._typed_discount())
        except CarnetError:
            return compute_totals(lines)

    def _show_totals(self) -> None:
        priced = self._priced_lines()
        totals = self.totals()
        nets = dict(zip((index for index, _ in priced), totals.line_nets, strict=True))
        for index, row in enumerate(self.rows):
            net = nets.get(index)
            row.net.setText("" if net is None else self.money(net))
        rows = []
        if totals.discount_cents:
            rows.append(self.tr("Lines: {amount}").format(amount=self.money(totals.lines_cents)))
            rows.append(self.tr("Discount: −{amount}").format(amount=self.money(totals.discount_cents)))
        rows.append(self.tr("Total excl. VAT: {amount}").format(amount=self.money(totals.net_cents)))
        for rate in totals.rates:
            if rate.rate is None:
                if not self.vat_franchise:
                    rows.append(self.tr("No VAT on {base}").format(base=self.money(rate.base_cents)))
                continue
            rows.append(self.tr("VAT {rate}: {vat} on {base}").format(
                rate=rate_text(rate.rate, self.locale_), vat=self.money(rate.vat_cents),
                base=self.money(rate.base_cents)))
        if self.vat_franchise:
            rows.append(self.tr("No VAT: art. 293 B du CGI"))
        rows.append(self.tr("Total incl. VAT: {amount}").format(amount=self.money(totals.gross_cents)))
        self.totals_label.setText("\n".join(rows))

    def money(self, cents: int) -> str:
        return format_money(cents, self.currency, self.locale_)

    # --- the rest -------------------------------------------------------------------------------

    def _day(self) -> date | None:
        if not self.date_check.isChecked():
            return None
        field = "valid_until" if self.kind is DocumentKind.QUOTE else "due_date"
        day = self.date_edit.checked_day(field)
        if self.kind is DocumentKind.QUOTE and day < date.today():
            raise InvalidInput(VALID_BEFORE_TODAY, field=field)
        return day

    def value(self) -> DocumentDraft:
        """The document as typed; raises ``InvalidInput`` if something is still wrong."""
        day = self._day()
        draft = self._draft
        return DocumentDraft(
            contact_id=self.contact_id,
            lines=self._lines(),
            discount_cents=self._discount_checked(),
            currency=draft.currency if draft else None,
            issue_date=draft.issue_date if draft else None,
            sale_date=draft.sale_date if draft else None,
            due_date=day if self.kind is not DocumentKind.QUOTE else None,
            valid_until=day if self.kind is DocumentKind.QUOTE else None,
            nature=str(self.nature_combo.currentData()),
            conditions=self.conditions_edit.toPlainText() if self.conditions_edit is not None else
            (draft.conditions if draft else ""),
            notes=draft.notes if draft else "",
            deposit=draft.deposit if draft else False,
        )

