"""Checks on typed values (names, emails, phones, money) and the tags format."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carnet.domain.errors import InvalidInput
from carnet.domain.tags import format_tags, parse_tags
from carnet.domain.validation import (
    check_amount_cents,
    check_currency,
    check_display_name,
    check_email,
    check_phone,
)


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_display_name_is_required(name):
    with pytest.raises(InvalidInput) as refused:
        check_display_name(name)
    assert refused.value.field == "display_name"
    assert refused.value.message


def test_display_name_is_trimmed():
    assert check_display_name("  Atelier Lumière ") == "Atelier Lumière"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("jean@example.com", "jean@example.com"),
        ("jean.dupont+crm@mail.example.fr", "jean.dupont+crm@mail.example.fr"),
        ("  anne@atelier.co  ", "anne@atelier.co"),
        ("", ""),  # an email is optional
    ],
)
def test_good_emails_are_accepted(typed, stored):
    assert check_email(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "jean.dupont",
        "jean@example",
        "jean dupont@example.com",
        "jean@@example.com",
        "@example.com",
        "jean@example.",
        "Jean Dupont <jean@example.com>",
    ],
)
def test_bad_emails_are_refused(typed):
    with pytest.raises(InvalidInput) as refused:
        check_email(typed)
    assert refused.value.field == "email"
    assert typed.strip() in refused.value.message


@pytest.mark.parametrize(
    "typed",
    [
        "+33 6 12 34 56 78",
        "06.12.34.56.78",
        "(555) 123-4567",
        "+1 555 123 4567 ext. 42",
        "0612345678 x12",
        "",  # a phone is optional
    ],
)
def test_good_phones_are_accepted(typed):
    assert check_phone(typed) == typed.strip()


@pytest.mark.parametrize(
    "typed",
    ["call me", "12", "----", "06 12 ab 56", "+33 6 12 34 56 78 99 88 77 66 55 44", "jean@example.com"],
)
def test_bad_phones_are_refused(typed):
    with pytest.raises(InvalidInput) as refused:
        check_phone(typed)
    assert refused.value.field == "phone"
    assert refused.value.message


@pytest.mark.parametrize("cents", [1, 100, 1_500_000])
def test_positive_amounts_are_accepted(cents):
    assert check_amount_cents(cents) == cents


@pytest.mark.parametrize("cents", [0, -1, -10_000])
def test_zero_or_negative_amounts_are_refused(cents):
    with pytest.raises(InvalidInput) as refused:
        check_amount_cents(cents)
    assert refused.value.field == "amount"
    assert "zero" in refused.value.message


@pytest.mark.parametrize(("typed", "code"), [("EUR", "EUR"), ("usd", "USD"), (" chf ", "CHF")])
def test_currency_codes_are_normalised(typed, code):
    assert check_currency(typed) == code


@pytest.mark.parametrize("typed", ["", "EU", "EURO", "€", "E1R", "12A"])
def test_bad_currency_codes_are_refused(typed):
    with pytest.raises(InvalidInput) as refused:
        check_currency(typed)
    assert refused.value.field == "currency"
    assert refused.value.message


def test_parse_tags_trims_drops_empties_and_case_insensitive_repeats():
    assert parse_tags(" vip, salon 2025 ,, VIP, Salon 2025,  ") == ["vip", "salon 2025"]
    assert parse_tags("") == []
    assert parse_tags(" , ,") == []


def test_format_tags_joins_with_comma_space_and_keeps_first_spelling():
    assert format_tags(["Paris", " vip ", "paris", ""]) == "Paris, vip"
    assert format_tags([]) == ""
    # A pasted "a,b" becomes two tags rather than one tag containing the separator.
    assert format_tags(["a,b"]) == "a, b"


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_tags_round_trip(text):
    tags = parse_tags(text)
    assert parse_tags(format_tags(tags)) == tags
    assert all(tag == tag.strip() and tag and "," not in tag for tag in tags)
