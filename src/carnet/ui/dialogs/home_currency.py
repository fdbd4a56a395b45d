"""The book's home currency: asked once, when a book has none yet (a new one, or one from before Carnet
asked), and changed in Preferences. Totals are figures in it; other currencies are listed beside them."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from carnet.domain.models import DEFAULT_CURRENCY
from carnet.domain.validation import check_currency
from carnet.ui.dialogs.mark_payment import make_currency_combo
from carnet.ui.dialogs.validated_form import ValidatedDialog


def locale_currency(locale: QLocale | None = None) -> str:
    """The ISO code of the locale's currency (GBP on an English (UK) desktop), EUR if it has none."""
    code = (locale or QLocale()).currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    return code if len(code) == 3 and code.isalpha() else DEFAULT_CURRENCY


class HomeCurrencyDialog(ValidatedDialog):
    """Which currency this book is kept in; ``value()`` is its checked ISO code."""

    def __init__(self, suggested: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_texts(
            title=self.tr("Home currency"),
            intro=self.tr("Which currency do you invoice in? Carnet shows your totals in it; payments in other "
                          "currencies are listed beside them, never added to them. You can change it later in "
                          "Preferences."),
            ok_text=self.tr("Use This Currency"),
        )
        self.currency_combo = make_currency_combo(self, suggested)
        self.add_field(self.tr("&Currency:"), self.currency_combo, check=self.value,
                       changed=[self.currency_combo.editTextChanged])
        self.revalidate()

    def value(self) -> str:
        return check_currency(self.currency_combo.currentText())
