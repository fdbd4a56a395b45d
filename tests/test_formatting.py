"""Money and elapsed time in the user's locale, and the translated names of every vocabulary."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from carnet.domain.enums import ArchiveReason, InteractionKind, PaymentStatus, Source, Temperature
from carnet.ui.formatting import format_days_ago, format_money, format_paid
from carnet.ui.labels_extra import (
    archive_reason_label,
    interaction_kind_label,
    payment_status_label,
    source_label,
    temperature_label,
)

ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)


def spaced(text: str) -> str:
    """Qt writes French groups and the symbol with a narrow or a plain no-break space, by version."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


@pytest.mark.parametrize(
    ("cents", "currency", "expected"),
    [
        (125050, "EUR", "€1,250.50"),
        (30000, "USD", "$300.00"),
        (99, "GBP", "£0.99"),
        (125050, "CHF", "CHF 1,250.50"),
        (125050, "CAD", "CAD 1,250.50"),
        (0, "EUR", "€0.00"),
        (-1250, "EUR", "-€12.50"),
    ],
)
def test_money_in_english(cents: int, currency: str, expected: str) -> None:
    assert spaced(format_money(cents, currency, ENGLISH)) == expected


@pytest.mark.parametrize(
    ("cents", "currency", "expected"),
    [
        (125050, "EUR", "1 250,50 €"),
        (30000, "USD", "300,00 $"),
        (125050, "CHF", "1 250,50 CHF"),
        (-1250, "EUR", "-12,50 €"),
    ],
)
def test_money_in_french(cents: int, currency: str, expected: str) -> None:
    assert spaced(format_money(cents, currency, FRENCH)) == expected


@pytest.mark.parametrize(
    ("cents", "english", "french"),
    [
        (30000, "€300", "300 €"),  # zero decimals are dropped
        (1250, "€12.50", "12,50 €"),  # an amount with cents keeps them
        (150050, "€1,500.50", "1 500,50 €"),  # whatever its size: never rounded to the unit
        (125049, "€1,250.49", "1 250,49 €"),
        (125000, "€1,250", "1 250 €"),
        (99950, "€999.50", "999,50 €"),
    ],
)
def test_compact_money(cents: int, english: str, french: str) -> None:
    assert format_money(cents, "EUR", ENGLISH, compact=True) == english
    assert spaced(format_money(cents, "EUR", FRENCH, compact=True)) == french


def test_the_default_locale_is_used_and_c_reads_as_english() -> None:
    previous = QLocale()
    try:
        QLocale.setDefault(FRENCH)
        assert spaced(format_money(125050, "EUR")) == "1 250,50 €"
        QLocale.setDefault(QLocale.c())
        assert format_money(125050, "EUR") == "€1,250.50"
    finally:
        QLocale.setDefault(previous)


def test_paid_totals() -> None:
    # Never written as a sum: the home currency's figure (EUR by default), the others beside it.
    assert format_paid((), ENGLISH) == ""
    assert format_paid((("EUR", 125050),), ENGLISH) == "€1,250.50"
    assert format_paid((("EUR", 125000), ("USD", 30000)), ENGLISH) == "€1,250 · also $300"
    assert spaced(format_paid((("EUR", 125000), ("USD", 30000)), FRENCH)) == "1 250 € · also 300 $"
    assert format_paid((("EUR", 125050),), ENGLISH, compact=False) == "€1,250.50"


def test_days_ago() -> None:
    assert format_days_ago(None) == ""
    assert format_days_ago(0) == "today"
    assert format_days_ago(-2) == "today"  # a clock moved back is not "in the future"
    assert format_days_ago(1) == "1 day ago"
    assert format_days_ago(2) == "2 days ago"
    assert format_days_ago(365) == "365 days ago"


@pytest.mark.parametrize(
    ("label", "members"),
    [
        (temperature_label, list(Temperature)),
        (source_label, list(Source)),
        (archive_reason_label, list(ArchiveReason)),
        (interaction_kind_label, list(InteractionKind)),
        (payment_status_label, list(PaymentStatus)),
    ],
    ids=["temperature", "source", "archive reason", "interaction kind", "payment status"],
)
def test_every_member_has_a_distinct_label(label, members) -> None:
    labels = [label(member) for member in members]
    assert all(text.strip() for text in labels)
    assert len(set(labels)) == len(labels)


def test_some_labels_read_as_the_spec_writes_them() -> None:
    assert temperature_label(Temperature.HOT) == "Hot"
    assert source_label(Source.EVENT) == "Trade show / event"
    assert archive_reason_label(ArchiveReason.LOST_TO_COMPETITOR) == "Lost to a competitor"
    assert interaction_kind_label(InteractionKind.QUOTE_SENT) == "Quote sent"
    assert payment_status_label(PaymentStatus.INVOICED) == "Invoiced"
