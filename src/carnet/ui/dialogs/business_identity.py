"""Preferences ▸ My Business: who sells on the quotes and invoices (issue 20) — name, legal form, address, SIREN
or SIRET, VAT number or the VAT franchise, registration, bank account, logo, payment terms, numbering.

Use like `SequencesGroup`: add it to the dialog, refuse Save while `error()` is not empty, call `save(db)` on
Save. Every value is checked as it is typed by `carnet.domain.business_identity` (the same checks the service
runs before it writes), and the message shows under the field it is about. The identity is the book's, stored
in its file; an issued invoice keeps the one it was issued with.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from carnet.domain.business_identity import (
    MAX_PAYMENT_DAYS,
    MAX_VALIDITY_DAYS,
    Address,
    BusinessIdentity,
    check_identity,
)
from carnet.domain.errors import CONTEXT, CarnetError, InvalidInput
from carnet.domain.invoice_document import SaleNature
from carnet.domain.invoicing import CREDIT_NOTE_FORMAT, INVOICE_FORMAT, QUOTE_FORMAT, check_number_format
from carnet.i18n import QT_TRANSLATE_NOOP
from carnet.storage import Database
from carnet.ui.dialogs.validated_form import FieldError
from carnet.ui.labels import error_text

# A domain-style template (translated in the domain's context by error_text), marked for lupdate.
UNREADABLE_LOGO = QT_TRANSLATE_NOOP(CONTEXT, "Carnet cannot read {file} as a picture: choose a PNG or JPEG file.")
LEGAL_FORMS = ("Micro-entrepreneur", "EI", "EIRL", "EURL", "SASU", "SARL", "SAS")
TEXT_LINES = 2


def sale_nature_label(nature: SaleNature) -> str:
    labels = {
        SaleNature.SERVICES: QT_TRANSLATE_NOOP("SaleNature", "Services"),
        SaleNature.GOODS: QT_TRANSLATE_NOOP("SaleNature", "Goods"),
        SaleNature.BOTH: QT_TRANSLATE_NOOP("SaleNature", "Goods and services"),
    }
    return QCoreApplication.translate("SaleNature", labels[nature])


def _lines_edit(parent: QWidget, placeholder: str, lines: int = TEXT_LINES) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)  # Tab goes on to the next field, as in a line edit
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


class BusinessIdentityGroup(QGroupBox):
    """The business identity's fields; ``validity_changed`` says when Save may be enabled or not."""

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, database: Database | None = None,
                 identity: BusinessIdentity | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("My business, as your quotes and invoices name it"))
        if identity is None:
            from carnet.services.business import business_identity

            identity = business_identity(database) if database is not None else BusinessIdentity()
        self._loaded = identity
        self._errors: dict[str, FieldError] = {}  # a checked value's field name → the line under its field
        self._valid = True
        self.choose_logo_file: Callable[[], str] = self._ask_logo_file  # tests hand a path instead of a dialog
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        intro = QLabel(self.tr(
            "What French invoices must show of their seller. Saved in this book; an invoice already issued keeps "
            "what it was issued with."), self)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        self._build()
        self._load(identity)
        for signal in self._signals():
            signal.connect(self._revalidate)
        self._revalidate()

    # --- building -------------------------------------------------------------------------------

    def _heading(self, text: str) -> None:
        label = QLabel(text, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        self.form.addRow(label)

    def _row(self, label: str, field: QWidget, *names: str, focus: QWidget | None = None) -> None:
        """A form row; with ``names`` (the domain's field names), a red line under it for their errors."""
        shown = focus or field
        text = QLabel(label, self)
        text.setBuddy(shown)
        shown.setAccessibleName(label.replace("&", "").rstrip(": \u00a0"))
        if not names:
            self.form.addRow(text, field)
            return
        cell = QWidget(self)
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(2)
        cell_layout.addWidget(field)
        error = FieldError(shown, cell)
        cell_layout.addWidget(error)
        cell.setFocusProxy(shown)
        for name in names:
            self._errors[name] = error
        self.form.addRow(text, cell)

    def _line(self, label: str, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        self._row(label, edit, name)
        return edit

    def _build(self) -> None:
        self._heading(self.tr("Who you are"))
        self.name_edit = self._line(self.tr("&Name:"), "name", self.tr("e.g. Zoé Lefèvre Design"))
        self.legal_form_combo = QComboBox(self, editable=True, insertPolicy=QComboBox.InsertPolicy.NoInsert)
        self.legal_form_combo.addItems(["", *LEGAL_FORMS])
        self._row(self.tr("&Legal form:"), self.legal_form_combo, "legal_form")
        self.address_edit = _lines_edit(self, self.tr("Street, one line each"))
        self._row(self.tr("A&ddress:"), self.address_edit, "address")
        place = QWidget(self)
        place_layout = QHBoxLayout(place)
        place_layout.setContentsMargins(0, 0, 0, 0)
        self.postcode_edit = QLineEdit(self, placeholderText=self.tr("e.g. 69001"))
        self.postcode_edit.setMaximumWidth(self.postcode_edit.fontMetrics().horizontalAdvance("0000000000") + 16)
        self.postcode_edit.setAccessibleName(self.tr("Postcode"))
        self.city_edit = QLineEdit(self, placeholderText=self.tr("e.g. Lyon"))
        self.city_edit.setAccessibleName(self.tr("City"))
        self.country_edit = QLineEdit(self, placeholderText="FR")
        self.country_edit.setMaxLength(2)
        self.country_edit.setMaximumWidth(self.country_edit.fontMetrics().horizontalAdvance("MMM") + 16)
        self.country_edit.setToolTip(self.tr("The country's two-letter code: FR, BE, CH…"))
        self.country_edit.setAccessibleName(self.tr("Country code"))
        for widget, stretch in ((self.postcode_edit, 0), (self.city_edit, 1), (self.country_edit, 0)):
            place_layout.addWidget(widget, stretch)
        self._row(self.tr("&Postcode, city, country:"), place, "postcode", "city", "country", focus=self.postcode_edit)
        self.email_edit = self._line(self.tr("&Email:"), "email", self.tr("name@example.com"))
        self.phone_edit = self._line(self.tr("P&hone:"), "phone", self.tr("e.g. +33 6 12 34 56 78"))

        self._heading(self.tr("Registration and VAT"))
        self.siren_edit = self._line(self.tr("&SIREN:"), "siren", self.tr("9 digits, e.g. 732 829 320"))
        self.siret_edit = self._line(self.tr("S&IRET:"), "siret", self.tr("14 digits, e.g. 732 829 320 00074"))
        self.registration_edit = self._line(self.tr("&RCS or RM:"), "registration",
                                            self.tr("e.g. RCS Lyon 732 829 320"))
        self.franchise_check = QCheckBox(
            self.tr("VAT &franchise: \u201cTVA non applicable, art. 293 B du CGI\u201d"), self)
        self.franchise_check.setToolTip(self.tr("Under the franchise (micro-entrepreneurs below the thresholds) "
                                                "no line charges VAT, and every invoice says so."))
        self.form.addRow(self.franchise_check)
        self.vat_edit = self._line(self.tr("&VAT number:"), "vat_number", self.tr("e.g. FR40303265045"))
        self.debits_check = QCheckBox(self.tr("VA&T on debits (\u201cOption pour le paiement de la taxe d\u2019après "
                                              "les débits\u201d)"), self)
        self.form.addRow(self.debits_check)
        self.franchise_check.toggled.connect(self._follow_franchise)

        self._heading(self.tr("Payment"))
        self.iban_edit = self._line(self.tr("Ban&k account (IBAN):"), "iban",
                                    self.tr("e.g. FR76 3000 6000 0112 3456 7890 189"))
        self.bic_edit = self._line(self.tr("BIC:"), "bic", self.tr("e.g. AGRIFRPP"))
        self.payment_days_spin = QSpinBox(self)
        self.payment_days_spin.setRange(0, MAX_PAYMENT_DAYS)
        self.payment_days_spin.setSpecialValueText(self.tr("On receipt"))
        self.payment_days_spin.valueChanged.connect(self._days_suffix)
        self.payment_days_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.payment_days_spin.setMinimumWidth(
            self.payment_days_spin.fontMetrics().horizontalAdvance(self.tr("365 days after the invoice")) + 48)
        self._row(self.tr("Pa&yment terms:"), self.payment_days_spin, "payment_days")
        self.late_edit = _lines_edit(self, self.tr(
            "Empty: \u201cpenalties at three times the legal interest rate\u201d, in the invoice's language"))
        self._row(self.tr("Late payment te&xt:"), self.late_edit, "late_payment_text")

        self._heading(self.tr("Documents"))
        self.nature_combo = QComboBox(self)
        for nature in SaleNature:
            self.nature_combo.addItem(sale_nature_label(nature), nature.value)
        self._row(self.tr("You sell:"), self.nature_combo)
        self.validity_spin = QSpinBox(self)
        self.validity_spin.setRange(1, MAX_VALIDITY_DAYS)
        self.validity_spin.setSuffix(self.tr(" days"))
        self.validity_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.validity_spin.setMinimumWidth(self.validity_spin.fontMetrics().horizontalAdvance("365 days") + 48)
        self._row(self.tr("Quotes are valid f&or:"), self.validity_spin, "quote_validity_days")
        logo = QWidget(self)
        logo_layout = QHBoxLayout(logo)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        self.logo_edit = QLineEdit(self, placeholderText=self.tr("No logo"))
        self.choose_logo = QPushButton(self.tr("Bro&wse…"), self)
        self.choose_logo.setAutoDefault(False)
        self.choose_logo.clicked.connect(self._choose_logo)
        logo_layout.addWidget(self.logo_edit, 1)
        logo_layout.addWidget(self.choose_logo)
        self._row(self.tr("Logo:"), logo, "logo_path", focus=self.logo_edit)
        self.invoice_format_edit = self._line(self.tr("Invoice numbers:"), "invoice_format", INVOICE_FORMAT)
        self.quote_format_edit = self._line(self.tr("Quote numbers:"), "quote_format", QUOTE_FORMAT)
        self.credit_format_edit = self._line(self.tr("Credit note numbers:"), "credit_note_format",
                                             CREDIT_NOTE_FORMAT)
        formats_help = QLabel(self.tr(
            "{year} is the year and {seq:04d} the number in the year, on four digits: F-{year}-{seq:04d} gives "
            "F-2026-0001, then F-2026-0002. Numbers follow each other without a gap and start again each year."),
            self)
        formats_help.setWordWrap(True)
        formats_help.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(formats_help)

    def _signals(self) -> list[SignalInstance]:
        lines = (self.name_edit, self.postcode_edit, self.city_edit, self.country_edit, self.email_edit,
                 self.phone_edit, self.siren_edit, self.siret_edit, self.registration_edit, self.vat_edit,
                 self.iban_edit, self.bic_edit, self.logo_edit, self.invoice_format_edit, self.quote_format_edit,
                 self.credit_format_edit)
        return [*(edit.textChanged for edit in lines), self.legal_form_combo.editTextChanged,
                self.address_edit.textChanged, self.late_edit.textChanged, self.franchise_check.toggled,
                self.debits_check.toggled, self.payment_days_spin.valueChanged, self.validity_spin.valueChanged,
                self.nature_combo.currentIndexChanged]

    # --- values ---------------------------------------------------------------------------------

    def _load(self, identity: BusinessIdentity) -> None:
        self.name_edit.setText(identity.name)
        self.legal_form_combo.setCurrentText(identity.legal_form)
        self.address_edit.setPlainText("\n".join(identity.address.lines))
        self.postcode_edit.setText(identity.address.postcode)
        self.city_edit.setText(identity.address.city)
        self.country_edit.setText(identity.address.country_code)
        self.email_edit.setText(identity.email)
        self.phone_edit.setText(identity.phone)
        self.siren_edit.setText(identity.siren)
        self.siret_edit.setText(identity.siret)
        self.registration_edit.setText(identity.registration)
        self.franchise_check.setChecked(identity.vat_franchise)
        self.vat_edit.setText(identity.vat_number)
        self.debits_check.setChecked(identity.vat_on_debits)
        self.iban_edit.setText(identity.iban)
        self.bic_edit.setText(identity.bic)
        self.payment_days_spin.setValue(identity.payment_days)
        self._days_suffix(identity.payment_days)
        self.late_edit.setPlainText(identity.late_payment_text)
        self.nature_combo.setCurrentIndex(max(0, self.nature_combo.findData(identity.nature.value)))
        self.validity_spin.setValue(identity.quote_validity_days)
        self.logo_edit.setText(identity.logo_path)
        self.invoice_format_edit.setText(identity.invoice_format)
        self.quote_format_edit.setText(identity.quote_format)
        self.credit_format_edit.setText(identity.credit_note_format)
        self._follow_franchise(identity.vat_franchise)

    def value(self) -> BusinessIdentity:
        """The identity as typed (unchecked: `check_identity` says what is wrong)."""
        lines = tuple(line.strip() for line in self.address_edit.toPlainText().splitlines() if line.strip())
        return BusinessIdentity(
            name=self.name_edit.text(), legal_form=self.legal_form_combo.currentText(),
            address=Address(lines, self.postcode_edit.text(), self.city_edit.text(), self.country_edit.text()),
            siren=self.siren_edit.text(), siret=self.siret_edit.text(), vat_number=self.vat_edit.text(),
            vat_franchise=self.franchise_check.isChecked(), registration=self.registration_edit.text(),
            email=self.email_edit.text(), phone=self.phone_edit.text(), iban=self.iban_edit.text(),
            bic=self.bic_edit.text(), logo_path=self.logo_edit.text().strip(),
            payment_days=self.payment_days_spin.value(), late_payment_text=self.late_edit.toPlainText(),
            vat_on_debits=self.debits_check.isChecked(), nature=SaleNature(self.nature_combo.currentData()),
            quote_validity_days=self.validity_spin.value(), invoice_format=self.invoice_format_edit.text(),
            quote_format=self.quote_format_edit.text(), credit_note_format=self.credit_format_edit.text(),
        )

    def problems(self) -> dict[str, CarnetError]:
        """What is wrong, by the field it is about: each number format on its own (the domain checks them under
        one name), the picture, then the rest as the service checks it (its first refusal)."""
        found: dict[str, CarnetError] = {}
        identity = self.value()
        for name, text in (("invoice_format", identity.invoice_format), ("quote_format", identity.quote_format),
                           ("credit_note_format", identity.credit_note_format)):
            try:
                check_number_format(text)
            except CarnetError as error:
                found[name] = error
        if identity.logo_path and not QImageReader(str(Path(identity.logo_path).expanduser())).canRead():
            found["logo_path"] = InvalidInput(UNREADABLE_LOGO, field="logo_path", file=identity.logo_path)
        try:
            # The formats wrong above are said under their own fields: the others are checked without them.
            check_identity(replace(identity, invoice_format=INVOICE_FORMAT, quote_format=QUOTE_FORMAT,
                                   credit_note_format=CREDIT_NOTE_FORMAT))
        except CarnetError as error:
            found.setdefault(error.field or "name", error)
        return found

    def error(self) -> str:
        """The first problem's message in the interface's language; "" when every value is fine."""
        problems = self.problems()
        return error_text(next(iter(problems.values()))) if problems else ""

    def save(self, database: Database) -> None:
        """Store the identity in the book (only if it was changed: an untouched page writes nothing)."""
        from carnet.services.business import save_business_identity

        identity = self.value()
        if identity == self._loaded:
            return
        save_business_identity(database, identity)
        self._loaded = identity

    def restore_defaults(self) -> None:
        """Nothing: the identity is facts about the business, not a preference to reset."""

    # --- behaviour ------------------------------------------------------------------------------

    def _revalidate(self) -> None:
        problems = self.problems()
        for error in set(self._errors.values()):
            error.clear_error()
        for name, problem in problems.items():
            shown = self._errors.get(name) or self._errors["name"]
            if shown.isHidden():
                shown.show_error(error_text(problem))
        valid = not problems
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)

    def _follow_franchise(self, franchise: bool) -> None:
        # A business under the franchise charges no VAT, so the option on debits means nothing for it.
        self.debits_check.setEnabled(not franchise)

    def _days_suffix(self, days: int) -> None:
        self.payment_days_spin.setSuffix(self.tr(" days after the invoice") if days != 1
                                         else self.tr(" day after the invoice"))

    def _ask_logo_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo"), str(Path.home()),
                                              self.tr("Pictures (*.png *.jpg *.jpeg)"))
        return path

    def _choose_logo(self) -> None:
        path = self.choose_logo_file()
        if path:
            self.logo_edit.setText(path)
