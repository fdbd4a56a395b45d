"""The "Mark payment" dialog: a quote, an invoice or a payment for one contact (SPEC §1, §2)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from carnet.domain.enums import PaymentMethod, PaymentStatus
from carnet.domain.errors import CONTEXT, InvalidInput
from carnet.domain.models import DEFAULT_CURRENCY
from carnet.domain.money import EXAMPLE_CENTS, format_amount, parse_amount
from carnet.domain.validation import check_currency
from carnet.i18n import QT_TRANSLATE_NOOP
from carnet.services.drafts import PaymentDraft
from carnet.services.payments import PAID_BEFORE_ISSUED
from carnet.ui.dialogs.date_field import DateField, check_not_future, switch_on_with
from carnet.ui.dialogs.validated_form import ValidatedDialog
from carnet.ui.labels_extra import payment_method_label

CURRENCIES = ("EUR", "USD", "GBP", "CHF", "CAD")
# A domain-style template (translated in the domain's context by error_text), marked for lupdate.
FUTURE_PAYMENT = QT_TRANSLATE_NOOP(CONTEXT, "A payment cannot be dated in the future.")


def make_currency_combo(parent: QWidget, current: str) -> QComboBox:
    """The usual currencies, and any three-letter code typed in (not added to the list for next time)."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(list(CURRENCIES))
    combo.setCurrentText(current)
    return combo


class MarkPaymentDialog(ValidatedDialog):
    """Asks for a payment (or a quote or invoice); ``value()`` is the ``PaymentDraft`` to record."""

    def __init__(
        self,
        contact_name: str,
        parent: QWidget | None = None,
        *,
        locale: QLocale | None = None,
        status: PaymentStatus = PaymentStatus.PAID,
        draft: PaymentDraft | None = None,
        contacts: Sequence[tuple[int, str]] = (),
        contact_id: int | None = None,
        currency: str | None = None,
    ) -> None:
        super().__init__(parent)
        if draft is None:
            self.set_texts(
                title=self.tr("Mark payment — {name}").format(name=contact_name),
                intro=self.tr("{name} becomes a client once a payment is recorded as paid.").format(
                    name=contact_name),
                ok_text=self.tr("Save"),
            )
        else:  # correcting a recorded payment: the same checks, its values filled in
            self.set_texts(title=self.tr("Edit payment — {name}").format(name=contact_name), ok_text=self.tr("Save"))
            status = draft.status
        self._locale = locale or QLocale()
        # QLocale gives both as str in PySide6; the parser also accepts the other usual marks.
        self._decimal_point = self._locale.decimalPoint()
        self._group_separator = self._locale.groupSeparator()

        self.amount_edit = QLineEdit(self)
        self.amount_edit.setPlaceholderText(
            self.tr("e.g. {example}").format(
                example=format_amount(EXAMPLE_CENTS, self._decimal_point, self._group_separator)
            )
        )
        self.amount_error = self.add_field(
            self.tr("&Amount:"),
            self.amount_edit,
            check=self._amount,
            changed=[self.amount_edit.textChanged],
            quiet_until_edited=True,
        )

        # The book's currency (or the one this contact pays in), never the computer's: a British laptop must
        # not turn a euro book's quotes into pounds.
        self.currency_combo = make_currency_combo(self, currency or DEFAULT_CURRENCY)
        self.currency_error = self.add_field(
            self.tr("C&urrency:"),
            self.currency_combo,
            check=self._currency,
            changed=[self.currency_combo.editTextChanged],
        )

        self.status_combo = QComboBox(self)
        for item_status, label in (
            (PaymentStatus.QUOTED, self.tr("Quoted")),
            (PaymentStatus.INVOICED, self.tr("Invoiced")),
            (PaymentStatus.PAID, self.tr("Paid")),
        ):
            self.status_combo.addItem(label, item_status.value)
        self.status_combo.setCurrentIndex(self.status_combo.findData(status.value))
        self.add_field(self.tr("&Status:"), self.status_combo, changed=[self.status_combo.currentIndexChanged])

        self.paid_edit = DateField(self, locale=self._locale)
        self.paid_edit.setDate(date.today())
        self.paid_error = self.add_field(
            self.tr("&Paid on:"),
            self.paid_edit,
            check=self._paid_on,
            changed=[self.paid_edit.edited],
        )

        self.issued_check = QCheckBox(self.tr("&Quoted or invoiced on:"), self)
        # Most quotes and invoices have a date worth keeping; a payment alone often does not.
        self.issued_check.setChecked(status is not PaymentStatus.PAID)
        self.issued_edit = DateField(self, locale=self._locale)
        self.issued_edit.setDate(date.today())
        self.issued_error = self.add_field(
            self.issued_check,
            self.issued_edit,
            check=self._issued_on,
            changed=[self.issued_check.toggled, self.issued_edit.edited],
            accessible_name=self.tr("Quoted or invoiced on"),
        )
        switch_on_with(self.issued_check, self.issued_edit)

        self.description_edit = QLineEdit(self)
        self.description_edit.setPlaceholderText(self.tr("e.g. Website redesign"))
        self.add_field(self.tr("&What for:"), self.description_edit)

        self.method_combo = QComboBox(self)
        self.method_combo.addItem(self.tr("— not said —"), None)
        for method in PaymentMethod:
            self.method_combo.addItem(payment_method_label(method), method.value)
        self.add_field(self.tr("Paid &by:"), self.method_combo)
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setPlaceholderText(self.tr("e.g. invoice 2026-014"))
        self.add_field(self.tr("&Reference:"), self.reference_edit)

        # A payment recorded on the wrong contact is moved to the right one here (``contacts``: id, name).
        self.contact_combo: QComboBox | None = None
        if contacts:
            self.contact_combo = QComboBox(self)
            for choice_id, name in contacts:
                self.contact_combo.addItem(name, choice_id)
            self.contact_combo.setCurrentIndex(max(0, self.contact_combo.findData(contact_id)))
            self.add_field(self.tr("&Contact:"), self.contact_combo)

        self.status_combo.currentIndexChanged.connect(self._enable_dates)
        self.issued_check.toggled.connect(self._enable_dates)
        if draft is not None:
            self._fill(draft)
        self._enable_dates()
        self.revalidate()

    def _fill(self, draft: PaymentDraft) -> None:
        self.amount_edit.setText(format_amount(draft.amount_cents, self._decimal_point, self._group_separator))
        self.currency_combo.setCurrentText(draft.currency)
        self.issued_check.setChecked(draft.issued_on is not None)
        for edit, day in ((self.issued_edit, draft.issued_on), (self.paid_edit, draft.paid_on)):
            if day is not None:
                edit.setDate(day)
        self.description_edit.setText(draft.description)
        self.method_combo.setCurrentIndex(max(0, self.method_combo.findData(None if draft.method is None
                                                                             else draft.method.value)))
        self.reference_edit.setText(draft.reference)

    def chosen_contact_id(self) -> int | None:
        """The contact the payment belongs to, as chosen (None when the dialog offers no choice)."""
        return None if self.contact_combo is None else int(self.contact_combo.currentData())

    def status(self) -> PaymentStatus:
        return PaymentStatus(self.status_combo.currentData())

    def value(self) -> PaymentDraft:
        """The payment as typed; raises ``InvalidInput`` if something is still wrong."""
        status = self.status()
        return PaymentDraft(
            amount_cents=self._amount(),
            status=status,
            currency=self._currency(),
            issued_on=self._issued_on(),
            paid_on=self._paid_on(),
            description=self.description_edit.text().strip(),
            method=self.method() if status is PaymentStatus.PAID else None,
            reference=self.reference_edit.text().strip(),
        )

    def method(self) -> PaymentMethod | None:
        data = self.method_combo.currentData()
        return None if data is None else PaymentMethod(data)

    def _enable_dates(self) -> None:
        self.paid_edit.setEnabled(self.status() is PaymentStatus.PAID)
        self.method_combo.setEnabled(self.status() is PaymentStatus.PAID)
        self.issued_edit.setEnabled(self.issued_check.isChecked())

    def _amount(self) -> int:
        return parse_amount(self.amount_edit.text(), self._decimal_point, self._group_separator)

    def _currency(self) -> str:
        return check_currency(self.currency_combo.currentText())

    def _paid_on(self) -> date | None:
        if self.status() is not PaymentStatus.PAID:
            return None
        paid_on = check_not_future(self.paid_edit, FUTURE_PAYMENT, "paid_on")
        issued_on = self.issued_edit.day() if self.issued_check.isChecked() else None
        if issued_on is not None and paid_on < issued_on:  # an unreadable issue day is said under its own field
            raise InvalidInput(PAID_BEFORE_ISSUED, field="paid_on")
        return paid_on

    def _issued_on(self) -> date | None:
        return self.issued_edit.checked_day("issued_on") if self.issued_check.isChecked() else None
