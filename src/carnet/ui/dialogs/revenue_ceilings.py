"""The revenue ceilings (issue 15 item 6): stored in the settings file, edited in Preferences, read by the
dashboard's "This year's revenue" panel.

Two amounts, both empty by default: the turnover ceiling and the VAT franchise threshold. Carnet invents
neither: they change by law and by activity, so only the user's own figures are compared with.
Stored as whole cents under ``revenue_ceilings/turnover_cents`` and ``revenue_ceilings/vat_franchise_cents``,
with the currency they were typed in (``revenue_ceilings/currency``, the home currency then): amounts of one
currency are never compared with revenue in another, so a later change of home currency cannot make a bar
say something false. Typed amounts are read by `carnet.domain.money.parse_amount` in the locale, the same
reading as a payment's amount; its refusals are the messages shown.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from carnet.analytics.thresholds import Ceiling, Ceilings
from carnet.domain.errors import CarnetError
from carnet.domain.money import MAX_AMOUNT_CENTS, format_amount, parse_amount
from carnet.ui.formatting import currency_symbol
from carnet.ui.labels import error_text
from carnet.ui.settings import app_settings

SETTINGS_GROUP = "revenue_ceilings"
KEYS = {
    Ceiling.TURNOVER: f"{SETTINGS_GROUP}/turnover_cents",
    Ceiling.VAT_FRANCHISE: f"{SETTINGS_GROUP}/vat_franchise_cents",
}
CURRENCY_KEY = f"{SETTINGS_GROUP}/currency"


def _cents(value: object) -> int | None:
    """A stored ceiling, or None when it is missing or not a positive whole number of cents in range."""
    try:
        cents = int(str(value).strip())
    except ValueError:
        return None
    return cents if 0 < cents <= MAX_AMOUNT_CENTS else None


def revenue_ceilings_from_settings() -> Ceilings:
    """The user's ceilings; a missing or unusable value is a ceiling not set (there is no default figure)."""
    settings = app_settings()
    turnover = _cents(settings.value(KEYS[Ceiling.TURNOVER], ""))
    vat = _cents(settings.value(KEYS[Ceiling.VAT_FRANCHISE], ""))
    currency = str(settings.value(CURRENCY_KEY, "") or "").strip().upper() or None
    if turnover is None and vat is None:
        return Ceilings()
    return Ceilings(turnover, vat, currency)


def save_revenue_ceilings(ceilings: Ceilings) -> None:
    """Store the ceilings (a None one is removed) and flush the settings file to disk."""
    settings = app_settings()
    for ceiling, cents in ((Ceiling.TURNOVER, ceilings.turnover), (Ceiling.VAT_FRANCHISE, ceilings.vat_franchise)):
        if cents is None:
            settings.remove(KEYS[ceiling])
        else:
            settings.setValue(KEYS[ceiling], cents)
    if ceilings.any_set and ceilings.currency:
        settings.setValue(CURRENCY_KEY, ceilings.currency)
    else:
        settings.remove(CURRENCY_KEY)
    settings.sync()


def _field_text(cents: int, locale: QLocale) -> str:
    """Cents as the field shows them, the way `parse_amount` reads them back: "77,700" or "77,700.50"."""
    text = format_amount(cents, locale.decimalPoint(), locale.groupSeparator())
    return text[:-3] if cents % 100 == 0 else text  # a whole ceiling reads better without ".00"


class RevenueCeilingsGroup(QGroupBox):
    """The two ceiling fields for the Preferences dialog, each optional; `error()` says what is wrong.

    Use like `PmgThresholdsGroup`: add it to the dialog, refuse Save while `error()` is not empty (the
    message also shows under the fields as the user types), and call `save()` on Save.
    """

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, current: Ceilings | None = None, currency: str = "EUR",
                 locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self._valid = True
        self.currency = currency.upper()
        self._locale = locale or QLocale()
        self.setTitle(self.tr("Revenue ceilings"))
        intro = QLabel(self.tr("The dashboard follows this year's revenue against them. Carnet sets no figure: "
                               "they change with the law and with your activity (the guide says where they are "
                               "published). Leave a field empty not to follow it."), self)
        intro.setWordWrap(True)
        self.turnover_edit = QLineEdit(self)
        self.vat_edit = QLineEdit(self)
        self.edits = {Ceiling.TURNOVER: self.turnover_edit, Ceiling.VAT_FRANCHISE: self.vat_edit}
        for edit, name in ((self.turnover_edit, self.tr("Turnover ceiling")),
                           (self.vat_edit, self.tr("VAT franchise threshold"))):
            edit.setPlaceholderText(self.tr("Not set"))
            edit.setAccessibleName(name)
            edit.setClearButtonEnabled(True)
            edit.textChanged.connect(self._revalidate)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.error_label.setAccessibleName(self.tr("Revenue ceiling error"))
        self.error_label.hide()
        layout = QFormLayout(self)
        layout.addRow(intro)
        symbol = currency_symbol(self.currency)
        layout.addRow(self.tr("&Turnover ceiling (%1):").replace("%1", symbol), self.turnover_edit)
        layout.addRow(self.tr("&VAT franchise threshold (%1):").replace("%1", symbol), self.vat_edit)
        layout.addRow(self.error_label)
        # Ceilings typed in another currency are not this one's: shown empty rather than relabelled.
        if current is not None and current.currency in (None, self.currency):
            for ceiling, cents in current.amounts():
                self.edits[ceiling].setText(_field_text(cents, self._locale))
        self._revalidate()

    def _parse(self, edit: QLineEdit) -> int | None:
        """The field's amount in cents, None when empty; raises the `parse_amount` refusal."""
        text = edit.text().strip()
        if not text:
            return None
        return parse_amount(text, self._locale.decimalPoint(), self._locale.groupSeparator())

    def error(self) -> str:
        """What is wrong with the fields, "" when they can be saved (both empty included)."""
        problems = []
        for edit in (self.turnover_edit, self.vat_edit):
            try:
                self._parse(edit)
            except CarnetError as refusal:
                problems.append(self.tr("%1: %2").replace("%1", edit.accessibleName())
                                .replace("%2", error_text(refusal)))
        return "\n".join(problems)

    def ceilings(self) -> Ceilings | None:
        """The ceilings as typed (both None when empty); None while a field is not valid."""
        try:
            turnover, vat = self._parse(self.turnover_edit), self._parse(self.vat_edit)
        except CarnetError:
            return None
        return Ceilings(turnover, vat, self.currency if turnover is not None or vat is not None else None)

    def restore_defaults(self) -> None:
        """No ceiling: Carnet has no figure of its own to restore."""
        self.turnover_edit.clear()
        self.vat_edit.clear()

    def save(self) -> None:
        """Write what the fields say to the settings file (nothing while they are not valid)."""
        ceilings = self.ceilings()
        if ceilings is not None:
            save_revenue_ceilings(ceilings)

    def _revalidate(self) -> None:
        message = self.error()
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        # Said by a screen reader on the field, as the form's own errors are (`FieldError`).
        for edit in (self.turnover_edit, self.vat_edit):
            try:
                self._parse(edit)
            except CarnetError as refusal:
                edit.setAccessibleDescription(error_text(refusal))
            else:
                edit.setAccessibleDescription("")
        valid = not message
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
