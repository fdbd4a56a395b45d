"""The contact editor's Billing page (issue 20): whether the contact is a business, its SIREN or SIRET and VAT
number, the name invoices are made out to, the billing and delivery addresses, the documents' language.

`BillingFields` adds its rows to a `ValidatedDialog`'s current form, with the dialog's own checks: each value is
checked as it is typed by `carnet.domain.business_identity.check_billing` (what the service runs before it
writes), and the message shows under the field it is about.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from carnet.domain.business_identity import Address, ContactBilling, check_billing
from carnet.domain.errors import CarnetError
from carnet.domain.invoice_document import DocumentLanguage
from carnet.ui.dialogs.validated_form import ValidatedDialog

ADDRESS_LINES = 2


class BillingFields(QObject):
    """The billing rows of ``dialog``'s current form, filled from ``billing``; `value()` is what was typed."""

    def __init__(self, dialog: ValidatedDialog, billing: ContactBilling) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self._original = billing
        intro = QLabel(self.tr(
            "How this contact's quotes and invoices name them. Empty: the contact's own name and address."), dialog)
        intro.setWordWrap(True)
        dialog.form.addRow(intro)
        self.business_check = QCheckBox(self.tr("A b&usiness client (a company, a sole trader, an association)"),
                                        dialog)
        self.business_check.setToolTip(self.tr("Invoices to a business show its SIREN and the €40 recovery "
                                               "indemnity for late payment."))
        dialog.form.addRow(self.business_check)
        self.name_edit = self._line(self.tr("Invoices made &out to:"), ("name",),
                                    self.tr("Empty: the organisation, else the name"))
        self.siren_edit = self._line(self.tr("SIRE&N:"), ("siren",), self.tr("9 digits"))
        self.siret_edit = self._line(self.tr("SIRE&T:"), ("siret",), self.tr("14 digits"))
        self.vat_edit = self._line(self.tr("&VAT number:"), ("vat_number",), self.tr("e.g. FR40303265045"))
        self.billing_lines, self.billing_postcode, self.billing_city, self.billing_country = self._address(
            self.tr("Billing add&ress:"), self.tr("Billing address"), "")
        self.delivery_lines, self.delivery_postcode, self.delivery_city, self.delivery_country = self._address(
            self.tr("Deliver&y address:"), self.tr("Delivery address"), "delivery_")
        self.language_combo = QComboBox(dialog)
        self.language_combo.addItem(self.tr("As the country says (French in France)"), None)
        self.language_combo.addItem(self.tr("French"), DocumentLanguage.FRENCH.value)
        self.language_combo.addItem(self.tr("English"), DocumentLanguage.ENGLISH.value)
        dialog.add_field(self.tr("Documents in:"), self.language_combo)
        self._load(billing)
        self.business_check.toggled.connect(self._follow_business)
        self._follow_business(self.business_check.isChecked())

    def _line(self, label: str, names: tuple[str, ...], placeholder: str) -> QLineEdit:
        edit = QLineEdit(self.dialog, placeholderText=placeholder)
        self.dialog.add_field(label, edit, check=lambda: self._check(names), changed=[edit.textChanged])
        return edit

    def _address(self, label: str, name: str, prefix: str) -> tuple[QPlainTextEdit, QLineEdit, QLineEdit, QLineEdit]:
        box = QWidget(self.dialog)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        lines = QPlainTextEdit(self.dialog, placeholderText=self.tr("Street, one line each"))
        lines.setTabChangesFocus(True)
        lines.setFixedHeight(lines.fontMetrics().lineSpacing() * ADDRESS_LINES + 14)
        # Fixed in height, so that the page's spare room does not open a gap under it (the Details page is taller).
        lines.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        lines.setAccessibleName(name)
        self.dialog.add_field(label, lines, check=lambda: self._check((f"{prefix}address",)),
                              changed=[lines.textChanged])
        postcode = QLineEdit(box, placeholderText=self.tr("Postcode"))
        postcode.setMaximumWidth(postcode.fontMetrics().horizontalAdvance("0000000000") + 16)
        postcode.setAccessibleName(self.tr("Postcode"))
        city = QLineEdit(box, placeholderText=self.tr("City"))
        city.setAccessibleName(self.tr("City"))
        country = QLineEdit(box, placeholderText="FR")
        country.setMaxLength(2)
        country.setMaximumWidth(country.fontMetrics().horizontalAdvance("MMM") + 16)
        country.setToolTip(self.tr("The country's two-letter code: FR, BE, CH…"))
        country.setAccessibleName(self.tr("Country code"))
        for widget, stretch in ((postcode, 0), (city, 1), (country, 0)):
            layout.addWidget(widget, stretch)
        box.setFocusProxy(postcode)
        self.dialog.add_field("", box, check=lambda: self._check(
            tuple(f"{prefix}{part}" for part in ("postcode", "city", "country"))),
            changed=[postcode.textChanged, city.textChanged, country.textChanged], accessible_name="")
        return lines, postcode, city, country

    def _check(self, names: tuple[str, ...]) -> None:
        """Refuse with the domain's message when the whole billing is refused for one of ``names``."""
        try:
            check_billing(self.value())
        except CarnetError as error:
            if error.field in names:
                raise

    def _load(self, billing: ContactBilling) -> None:
        self.business_check.setChecked(billing.is_business)
        self.name_edit.setText(billing.name)
        self.siren_edit.setText(billing.siren)
        self.siret_edit.setText(billing.siret)
        self.vat_edit.setText(billing.vat_number)
        for address, (lines, postcode, city, country) in (
            (billing.billing, (self.billing_lines, self.billing_postcode, self.billing_city, self.billing_country)),
            (billing.delivery or Address(country_code=""),
             (self.delivery_lines, self.delivery_postcode, self.delivery_city, self.delivery_country)),
        ):
            lines.setPlainText("\n".join(address.lines))
            postcode.setText(address.postcode)
            city.setText(address.city)
            country.setText("" if address.is_empty else address.country_code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(
            None if billing.language is None else DocumentLanguage(billing.language).value)))

    def _follow_business(self, business: bool) -> None:
        # A private customer has no SIREN nor VAT number; what was typed stays, in case the box is ticked again.
        for edit in (self.siren_edit, self.siret_edit, self.vat_edit):
            edit.setEnabled(business)

    @staticmethod
    def _typed_address(lines: QPlainTextEdit, postcode: QLineEdit, city: QLineEdit, country: QLineEdit) -> Address:
        return Address(tuple(line.strip() for line in lines.toPlainText().splitlines() if line.strip()),
                       postcode.text().strip(), city.text().strip(), country.text().strip().upper() or "FR")

    def value(self) -> ContactBilling:
        """The billing details as typed (`check_billing` says what is wrong)."""
        business = self.business_check.isChecked()
        delivery = self._typed_address(self.delivery_lines, self.delivery_postcode, self.delivery_city,
                                       self.delivery_country)
        language = self.language_combo.currentData()
        return ContactBilling(
            is_business=business, name=self.name_edit.text().strip(),
            siren=self.siren_edit.text() if business else "", siret=self.siret_edit.text() if business else "",
            vat_number=self.vat_edit.text() if business else "",
            billing=self._typed_address(self.billing_lines, self.billing_postcode, self.billing_city,
                                        self.billing_country),
            delivery=None if delivery.is_empty else delivery,
            language=None if language is None else DocumentLanguage(language),
        )

    def changed(self) -> bool:
        """Whether anything differs from what the contact had (comparing the values as they would be stored)."""
        try:
            return check_billing(self.value()) != check_billing(self._original)
        except CarnetError:
            return True
