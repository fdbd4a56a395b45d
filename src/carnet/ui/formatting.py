"""Money and elapsed time as the user's locale writes them ("€1,250.50", "1 250,50 €", "12 days ago").

Amounts arrive as integer minor units (SPEC §2: never floats in storage); they only become a float
at the last moment, for QLocale, and whole-unit rounding is done on the integers first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

# The symbols users of a small business expect to read; any other currency shows its ISO code.
CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF"}

# Amounts from this many minor units (1,000.00) up are shown to the unit in compact form: on a card
# "€1,251" says as much as "€1,250.50" and leaves room for the name.
COMPACT_WHOLE_FROM_CENTS = 100_000



def currency_symbol(currency: str) -> str:
    """The symbol shown for an ISO 4217 code ("EUR" → "€"); unknown codes are shown as they are."""
    code = currency.strip().upper()
    return CURRENCY_SYMBOLS.get(code, code)


def _money_locale(locale: QLocale) -> QLocale:
    # The "C" locale (LANG=C, minimal containers) writes "1250.5€" with no grouping: nobody's
    # convention for money. English is the interface's source language, so it stands in.
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def format_money(cents: int, currency: str, locale: QLocale | None = None, *, compact: bool = False) -> str:
    """An amount in minor units as the locale writes money: "€1,250.50" in English, "1 250,50 €" in French.

    ``compact`` drops zero decimals ("€300") and rounds amounts of 1,000 or more to whole units.
    """
    locale = _money_locale(QLocale() if locale is None else locale)
    symbol = currency_symbol(currency)
    magnitude = abs(cents)
    if compact and magnitude >= COMPACT_WHOLE_FROM_CENTS:
        magnitude = (magnitude + 50) // 100 * 100  # half up, on integers: no float rounding surprises
    decimals = 0 if compact and magnitude % 100 == 0 else 2
    # Formatting the magnitude and adding the sign ourselves: Qt writes negative money in the
    # accounting style "($12.50)" for some locales, which reads like a typo in a CRM.
    text = locale.toCurrencyString(magnitude / 100, symbol, decimals)
    if symbol[-1:].isalpha() and text.startswith(symbol) and not text[len(symbol):len(symbol) + 1].isspace():
        # "CHF1,250.50" is unreadable: a letter code before the number needs a (no-break) space.
        text = f"{symbol}\u00a0{text[len(symbol):]}"
    return f"{locale.negativeSign()}{text}" if cents < 0 else text


def format_paid(paid: tuple[tuple[str, int], ...], locale: QLocale | None = None, compact: bool = True) -> str:
    """Paid totals per currency, as given (largest first): "€1,250 + $300"; "" when nothing was paid."""
    if not paid:
        return ""
    separator = QCoreApplication.translate("Formatting", " + ", "between amounts in different currencies")
    return separator.join(format_money(cents, currency, locale, compact=compact) for currency, cents in paid)


def format_days_ago(days: int | None) -> str:
    """ "today", "1 day ago", "12 days ago"; "" when there is nothing to count from (no interaction yet)."""
    if days is None:
        return ""
    if days <= 0:
        # A negative count only comes from a clock moved backwards or an interaction dated ahead:
        # "today" is the honest reading of both.
        return QCoreApplication.translate("Formatting", "today")
    # Literal strings in the call, so that lupdate records a numerus (plural) message.
    text = QCoreApplication.translate("Formatting", "%n day(s) ago", None, days)
    if text == f"{days} day(s) ago":
        # No translation loaded (English is the source language): Qt leaves "(s)" in place, so the
        # English plural is chosen here rather than shipping an English .qm only for plurals.
        text = "1 day ago" if days == 1 else f"{days} days ago"
    return text
