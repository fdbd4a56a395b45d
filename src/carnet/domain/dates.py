"""Dates as people write them in English and French spreadsheets, read without guessing wrong silently.

ISO (2025-03-31), numeric day-first (31/03/2025, 31.03.2025, 31-03-25) as in France and Britain, and
month-first (03/31/2025) only when it cannot be day-first (the second number is above 12): an ambiguous
"04/05/2025" is read the French and British way, the 4th of May. Month names in either language, with or
without the day of the week: "31 mars 2025", "lundi 31 mars 2025", "March 31, 2025", "31 Mar 2025".
"""

from __future__ import annotations

import re
from datetime import date

from carnet.domain.duplicates import fold_text

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate((
    ("january", "jan", "janvier", "janv"), ("february", "feb", "fevrier", "fev", "fevr"),
    ("march", "mar", "mars"), ("april", "apr", "avril", "avr"), ("may", "mai"), ("june", "jun", "juin"),
    ("july", "jul", "juillet", "juil"), ("august", "aug", "aout"), ("september", "sep", "sept", "septembre"),
    ("october", "oct", "octobre"), ("november", "nov", "novembre"), ("december", "dec", "decembre"),
), start=1):
    _MONTHS.update(dict.fromkeys(_names, _number))

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_DAY_MONTH = re.compile(r"^(\d{1,2})(?:er)? ([a-z]+)\.? (\d{4})$")  # 31 mars 2025, 1er mai 2025
_MONTH_DAY = re.compile(r"^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$")  # March 31, 2025
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)[a-z]*\.?,? ")


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if len(text) == 2 else year


def read_date(text: str) -> date | None:
    """The date written in ``text``, or None when it is not one (an impossible day included)."""
    value = " ".join(fold_text(text).replace(",", ", ").split()).replace(" ,", ",")
    value = _WEEKDAY.sub("", value, count=1) if not _MONTH_DAY.match(value) else value
    try:
        if match := _ISO.match(value):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := _NUMERIC.match(value):
            first, second, year = int(match[1]), int(match[2]), _year(match[3])
            return date(year, first, second) if second > 12 else date(year, second, first)
        if (match := _DAY_MONTH.match(value)) and match[2] in _MONTHS:
            return date(int(match[3]), _MONTHS[match[2]], int(match[1]))
        if (match := _MONTH_DAY.match(value)) and match[1] in _MONTHS:
            return date(int(match[3]), _MONTHS[match[1]], int(match[2]))
    except ValueError:
        return None
    return None
