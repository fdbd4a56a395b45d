"""Dates read from imported files, in English and French forms (no Qt)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carnet.domain.dates import read_date


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-03-31", date(2025, 3, 31)),
    ("2025/3/1", date(2025, 3, 1)),
    ("31/03/2025", date(2025, 3, 31)),
    ("31.03.2025", date(2025, 3, 31)),
    ("31-03-25", date(2025, 3, 31)),
    ("04/05/2025", date(2025, 5, 4)),  # ambiguous: day first, the French and British way
    ("03/31/2025", date(2025, 3, 31)),  # cannot be day first: an American date
    ("31 mars 2025", date(2025, 3, 31)),
    ("lundi 31 mars 2025", date(2025, 3, 31)),
    ("1er mai 2025", date(2025, 5, 1)),
    ("1 FÉVRIER 2026", date(2026, 2, 1)),
    ("17 août 2025", date(2025, 8, 17)),
    ("March 31, 2025", date(2025, 3, 31)),
    ("Mar 31 2025", date(2025, 3, 31)),
    ("Monday, March 31, 2025", date(2025, 3, 31)),
    ("31 Dec 2025", date(2025, 12, 31)),
    ("  2025-03-31 ", date(2025, 3, 31)),
])
def test_english_and_french_forms(text: str, expected: date) -> None:
    assert read_date(text) == expected


@pytest.mark.parametrize("text", ["", "31/02/2025", "2025-13-01", "soon", "31 floréal 2025", "12/25", "99/99/2025",
                                  "Mars 2025"])
def test_not_dates(text: str) -> None:
    assert read_date(text) is None


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)))
def test_iso_and_day_first_round_trip(day: date) -> None:
    assert read_date(day.isoformat()) == day
    assert read_date(day.strftime("%d/%m/%Y")) == day


@given(st.text(max_size=40))
def test_any_text_is_a_date_or_none(text: str) -> None:
    assert read_date(text) is None or isinstance(read_date(text), date)
