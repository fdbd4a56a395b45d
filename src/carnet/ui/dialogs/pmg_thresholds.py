"""The PMG thresholds (issue 6 §6): stored in the settings file, edited in Preferences.

Beside Preferences, the one dialog that shows the group; the board and the dashboard only read the thresholds
(`pmg_thresholds_from_settings`).

Two amounts, in the home currency's unit (the sizes count its payments only): from how much revenue over
the last 12 months a client is *medium*, and *big*. Both empty means the default: the terciles of the
clients (`analytics.clients`).
Stored as whole cents under ``pmg/medium_from_cents`` and ``pmg/big_from_cents``, beside the
stay-in-touch thresholds, in the same settings file (`carnet.ui.settings.app_settings`).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from carnet.analytics.clients import PmgThresholds
from carnet.ui.settings import app_settings

MEDIUM_KEY = "pmg/medium_from_cents"
BIG_KEY = "pmg/big_from_cents"
MAX_CENTS = 10**13  # a hundred billion: beyond any solo business, and safe in a 64-bit integer


def _cents(value: object) -> int | None:
    try:
        cents = int(str(value).strip())
    except ValueError:
        return None
    return cents if 0 <= cents <= MAX_CENTS else None


def pmg_thresholds_from_settings() -> PmgThresholds | None:
    """The user's thresholds, or None for the default (terciles), also when what is stored is not usable."""
    settings = app_settings()
    medium, big = _cents(settings.value(MEDIUM_KEY, "")), _cents(settings.value(BIG_KEY, ""))
    if medium is None or big is None or medium > big:
        return None
    return PmgThresholds(medium, big)


def save_pmg_thresholds(thresholds: PmgThresholds | None) -> None:
    """Store the thresholds (None: back to the terciles) and flush the settings file to disk."""
    settings = app_settings()
    if thresholds is None:
        settings.remove(MEDIUM_KEY)
        settings.remove(BIG_KEY)
    else:
        settings.setValue(MEDIUM_KEY, thresholds.medium_from)
        settings.setValue(BIG_KEY, thresholds.big_from)
    settings.sync()


def parse_amount(text: str, locale: QLocale | None = None) -> int | None:
    """An amount typed by the user ("5000", "5 000", "5,000.50", "5000,50" in French) in cents; None if it is
    not a non-negative amount with at most two decimals."""
    locale = locale or QLocale()
    cleaned = "".join(text.split()).replace(locale.groupSeparator(), "").replace("\u202f", "")
    cleaned = cleaned.replace(locale.decimalPoint(), ".")
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        return None
    if not amount.is_finite() or amount < 0 or amount != amount.quantize(Decimal("0.01")):
        return None
    cents = int(amount * 100)
    return cents if cents <= MAX_CENTS else None


def format_amount(cents: int, locale: QLocale | None = None) -> str:
    """Cents as the field shows them: "5,000" or "5,000.50" (no currency: the label says it)."""
    locale = locale or QLocale()
    return locale.toString(cents / 100, "f", 0 if cents % 100 == 0 else 2)


class PmgThresholdsGroup(QGroupBox):
    """Two amount fields for the Preferences dialog; both empty = terciles. `error()` says what is wrong.

    Use: add it to the dialog, refuse OK while `error()` is not empty (the message also shows under the
    fields as the user types), and call `save()` on OK.
    """

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, current: PmgThresholds | None = None,
                 currency_symbol: str = "€") -> None:
        super().__init__(parent)
        self._valid = True
        self.setTitle(self.tr("Client size (small / medium / big)"))
        intro = QLabel(self.tr("By what a client paid over the last 12 months. Leave both empty to split your "
                               "clients into three equal groups (terciles)."), self)
        intro.setWordWrap(True)
        self.medium_edit = QLineEdit(self)
        self.big_edit = QLineEdit(self)
        for edit, name in ((self.medium_edit, self.tr("Medium client from")),
                           (self.big_edit, self.tr("Big client from"))):
            edit.setPlaceholderText(self.tr("Terciles"))
            edit.setAccessibleName(name)
            edit.setClearButtonEnabled(True)
            edit.textChanged.connect(self._revalidate)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Client size error"))
        self.error_label.hide()
        layout = QFormLayout(self)
        layout.addRow(intro)
        medium_label = self.tr("M&edium from (%1):").replace("%1", currency_symbol)
        big_label = self.tr("B&ig from (%1):").replace("%1", currency_symbol)
        layout.addRow(medium_label, self.medium_edit)
        layout.addRow(big_label, self.big_edit)
        layout.addRow(self.error_label)
        if current is not None:
            self.medium_edit.setText(format_amount(current.medium_from))
            self.big_edit.setText(format_amount(current.big_from))
        self._revalidate()

    def error(self) -> str:
        """What is wrong with the fields, "" when they can be saved."""
        medium_text, big_text = self.medium_edit.text().strip(), self.big_edit.text().strip()
        if not medium_text and not big_text:
            return ""
        if not medium_text or not big_text:
            return self.tr("Give both amounts, or leave both empty for terciles.")
        medium, big = parse_amount(medium_text), parse_amount(big_text)
        if medium is None or big is None:
            return self.tr("An amount is a positive number, with at most two decimals.")
        if medium > big:
            return self.tr("A big client cannot start below a medium one.")
        return ""

    def thresholds(self) -> PmgThresholds | None:
        """The thresholds as typed; None for terciles (or while the fields are not valid)."""
        if self.error():
            return None
        medium, big = parse_amount(self.medium_edit.text()), parse_amount(self.big_edit.text())
        return None if medium is None or big is None else PmgThresholds(medium, big)

    def restore_defaults(self) -> None:
        self.medium_edit.clear()
        self.big_edit.clear()

    def save(self) -> None:
        """Write what the fields say to the settings file (nothing while they are not valid)."""
        if not self.error():
            save_pmg_thresholds(self.thresholds())

    def _revalidate(self) -> None:
        message = self.error()
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        valid = not message
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
