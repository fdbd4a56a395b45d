"""Money, calendar days and elapsed time as the user's locale writes them ("€1,250.50", "1 250,50 €",
"3/4/2026", "12 days ago").

Amounts arrive as integer minor units (SPEC §2: never floats in storage); they only become a float
at the last moment, for QLocale. Amounts in different currencies are never added (SPEC §2): a total per
currency is written with the book's **home currency** first and the others beside it, "€862,090 · also
$45,900" (`format_paid`), never joined by a sign that reads as a sum.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

# The symbols users of a small business expect to read; any other currency shows its ISO code.
CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF"}

# Amounts per currency, largest first: ``(("EUR", 125050), ("USD", 30000))`` (`services.reports.Money`).
Paid = tuple[tuple[str, int], ...]

# The home currency of the book the window shows, for the views that format money without reading the book
# (the board's cards and column headers): the window sets it from `services.book.home_currency_or_default`
# when it opens a book and when the user changes it. The default is a book's before it is ever set.
_home_currency = "EUR"


def set_home_currency(code: str) -> None:
    """The book's home currency, as the board's cards and headers show it first (see `format_paid`)."""
    global _home_currency
    _home_currency = code.strip().upper()


def home_currency() -> str:
    """The home currency set last (`set_home_currency`), "EUR" until then."""
    return _home_currency


def currency_symbol(currency: str) -> str:
    """The symbol shown for an ISO 4217 code ("EUR" → "€"); unknown codes are shown as they are."""
    code = currency.strip().upper()
    return CURRENCY_SYMBOLS.get(code, code)


def money_locale(locale: QLocale | None = None) -> QLocale:
    """The locale money is written in: ``locale`` (the default one if None), English for the "C" locale."""
    locale = QLocale() if locale is None else locale
    # The "C" locale (LANG=C, minimal containers) writes "1250.5€" with no grouping: nobody's
    # convention for money. English is the interface's source language, so it stands in.
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def format_money(cents: int, currency: str, locale: QLocale | None = None, *, compact: bool = False) -> str:
    """An amount in minor units as the locale writes money: "€1,250.50" in English, "1 250,50 €" in French.

    ``compact`` (cards) drops the decimals of a whole amount ("€300"); an amount with cents keeps them
    ("€1,500.50"): a card never shows a rounded figure.
    """
    locale = money_locale(locale)
    symbol = currency_symbol(currency)
    magnitude = abs(cents)
    decimals = 0 if compact and magnitude % 100 == 0 else 2
    # Formatting the magnitude and adding the sign ourselves: Qt writes negative money in the
    # accounting style "($12.50)" for some locales, which reads like a typo in a CRM.
    text = locale.toCurrencyString(magnitude / 100, symbol, decimals)
    if symbol[-1:].isalpha() and text.startswith(symbol) and not text[len(symbol):len(symbol) + 1].isspace():
        # "CHF1,250.50" is unreadable: a letter code before the number needs a (no-break) space.
        text = f"{symbol}\u00a0{text[len(symbol):]}"
    return f"{locale.negativeSign()}{text}" if cents < 0 else text


def split_paid(paid: Paid, locale: QLocale | None = None, *, compact: bool = True,
               home: str | None = None) -> tuple[str, tuple[str, ...]]:
    """The home currency's amount ("" when there is none) and the other currencies' amounts, in the order
    given (largest first); ``home`` None is the book's (`home_currency`)."""
    home = (home or _home_currency).upper()
    figure = ""
    others = []
    for currency, cents in paid:
        text = format_money(cents, currency, locale, compact=compact)
        if currency.upper() == home and not figure:
            figure = text
        else:
            others.append(text)
    return figure, tuple(others)


def join_paid(figure: str, others: Sequence[str]) -> str:
    """ "€862,090 · also $45,900, CHF 1,200": the home figure, then the others, never written as a sum;
    the others alone when there is no home figure."""
    between = QCoreApplication.translate("Formatting", ", ", "between amounts in currencies other than the home one")
    rest = between.join(others)
    if not figure or not rest:
        return figure or rest
    return QCoreApplication.translate(
        "Formatting", "%1 · also %2", "an amount in the home currency, then the amounts in other currencies "
        "(never added to it)").replace("%1", figure).replace("%2", rest)


def format_paid(paid: Paid, locale: QLocale | None = None, compact: bool = True, *, home: str | None = None) -> str:
    """Totals per currency, the home currency's first: "€1,250 · also $300"; "" when nothing was paid.
    ``home`` None is the book's (`home_currency`); ``compact`` as in `format_money`."""
    return join_paid(*split_paid(paid, locale, compact=compact, home=home)) if paid else ""


class PaidText(str):
    """A total per currency as `format_paid` writes it, with ``short``: what is shown where the whole text
    does not fit (a column header, a table cell, a card): the home figure and "…", the rest in the tooltip.
    A money figure is never cut in the middle. ``short`` is the text itself when there is nothing to drop."""

    short: str

    def __new__(cls, full: str, short: str = "") -> PaidText:
        text = super().__new__(cls, full)
        text.short = short or full
        return text


def paid_text(paid: Paid, locale: QLocale | None = None, compact: bool = True, *,
              home: str | None = None) -> PaidText:
    """`format_paid`, with its short form (`PaidText.short`)."""
    if not paid:
        return PaidText("")
    figure, others = split_paid(paid, locale, compact=compact, home=home)
    full = join_paid(figure, others)
    if not others or (not figure and len(others) == 1):
        return PaidText(full)
    return PaidText(full, f"{figure or others[0]} · …")


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


# A year written with two letters only ("yy", not part of "yyyy"): widened, since "3/4/26" could be 1926.
_TWO_DIGIT_YEAR = re.compile(r"(?<!y)yy(?!y)")


def day_format(locale: QLocale | None = None) -> str:
    """The pattern `format_day` writes with: the locale's short date with a four-digit year ("M/d/yyyy",
    "dd/MM/yyyy", "dd.MM.yyyy"). The "C" locale's "d MM yyyy" reads like a typo: English stands in, as for
    money (`money_locale`), rather than ISO, which reads as a stored value."""
    locale = money_locale(locale)
    return _TWO_DIGIT_YEAR.sub("yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))


def format_day(day: date, locale: QLocale | None = None) -> str:
    """A calendar day as every view writes it: "3/4/2026" (en_US and C), "04/03/2026" (fr_FR).

    One format everywhere (the panel and its timeline, To do, the lists, the exports), always with the
    century: the locale's short date as it is would write "3/4/26" under en_US and "04.03.26" under de_DE."""
    locale = money_locale(locale)
    return locale.toString(QDate(day.year, day.month, day.day), day_format(locale))
