"""Typed amounts, English and French habits, read into integer cents (no Qt)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carnet.domain.errors import InvalidInput
from carnet.domain.money import (
    MAX_AMOUNT_CENTS,
    NO_AMOUNT,
    NOT_AN_AMOUNT,
    SEVERAL_DECIMAL_POINTS,
    TOO_LARGE,
    TOO_MANY_DECIMALS,
    format_amount,
    parse_amount,
)
from carnet.domain.validation import BAD_AMOUNT

ENGLISH = (".", ",")
FRENCH = (",", "\u202f")  # QLocale(French, France) in Qt 6: narrow no-break space between thousands
FRENCH_OLD_QT = (",", "\u00a0")  # what older Qt versions give
GERMAN = (",", ".")
SWISS = (".", "'")


@pytest.mark.parametrize(
    ("text", "locale", "cents"),
    [
        ("1250", ENGLISH, 125_000),
        ("1,250.50", ENGLISH, 125_050),
        ("1250.5", ENGLISH, 125_050),
        ("1250.05", ENGLISH, 125_005),
        ("  1250  ", ENGLISH, 125_000),
        ("1,250", ENGLISH, 125_000),  # the ambiguous case: a thousands separator in English
        ("1,250,000", ENGLISH, 125_000_000),
        ("1 250.50", ENGLISH, 125_050),
        ("12,50", ENGLISH, 1_250),  # not a group of three: a French habit, so cents
        ("0.5", ENGLISH, 50),
        (".5", ENGLISH, 50),
        ("5.", ENGLISH, 500),
        ("007", ENGLISH, 700),
        ("+12", ENGLISH, 1_200),
        ("$1,250.50", ENGLISH, 125_050),
        ("US$ 12", ENGLISH, 1_200),
        ("1250 USD", ENGLISH, 125_000),
        ("eur 12", ENGLISH, 1_200),
        ("£12.99", ENGLISH, 1_299),
        ("1 250,50", FRENCH, 125_050),
        ("1\u00a0250,50", FRENCH, 125_050),
        ("1\u202f250,50", FRENCH, 125_050),
        ("1\u202f250,50", FRENCH_OLD_QT, 125_050),
        ("1.250,50", FRENCH, 125_050),
        ("1,25", FRENCH, 125),  # the ambiguous case: a decimal comma in French
        ("1.250", FRENCH, 125_000),
        ("1.250.000", FRENCH, 125_000_000),
        ("12.50", FRENCH, 1_250),  # the numeric keypad's dot
        ("1,250.50", FRENCH, 125_050),  # both marks: the last one is the decimal point
        ("1 250,50 €", FRENCH, 125_050),
        ("€ 1 250,50", FRENCH, 125_050),
        ("1250 EUR", FRENCH, 125_000),
        ("\u00a01 250,50\u00a0€\u00a0", FRENCH, 125_050),
        ("1 000 000 000,00", FRENCH, MAX_AMOUNT_CENTS),
        ("1.250,50", GERMAN, 125_050),
        ("1'250.50", SWISS, 125_050),
        ("CHF 1'250.50", SWISS, 125_050),
    ],
)
def test_amounts_people_type(text, locale, cents):
    assert parse_amount(text, *locale) == cents


@pytest.mark.parametrize(
    ("text", "locale", "template"),
    [
        ("", ENGLISH, NO_AMOUNT),
        ("   ", ENGLISH, NO_AMOUNT),
        ("\u00a0\u202f", FRENCH, NO_AMOUNT),
        ("abc", ENGLISH, NOT_AN_AMOUNT),
        ("12abc", ENGLISH, NOT_AN_AMOUNT),
        ("twelve", FRENCH, NOT_AN_AMOUNT),
        ("1e5", ENGLISH, NOT_AN_AMOUNT),
        ("0x10", ENGLISH, NOT_AN_AMOUNT),
        ("€", ENGLISH, NOT_AN_AMOUNT),
        ("EUR", ENGLISH, NOT_AN_AMOUNT),
        ("€12 EUR", ENGLISH, NOT_AN_AMOUNT),  # one currency, not two
        ("XYZ 12", ENGLISH, NOT_AN_AMOUNT),
        (".", ENGLISH, NOT_AN_AMOUNT),
        ("12 50", ENGLISH, NOT_AN_AMOUNT),  # a typo, not 1250
        ("1,,250", ENGLISH, NOT_AN_AMOUNT),
        ("1,2345,678", ENGLISH, NOT_AN_AMOUNT),
        ("1 250.000,50", FRENCH, NOT_AN_AMOUNT),  # two kinds of thousands separator
        ("--5", ENGLISH, NOT_AN_AMOUNT),
        ("١٢", ENGLISH, NOT_AN_AMOUNT),  # only ASCII digits
        ("12" + "0" * 70, ENGLISH, NOT_AN_AMOUNT),  # pasted by mistake
        ("1.250", ENGLISH, TOO_MANY_DECIMALS),
        ("12.345", ENGLISH, TOO_MANY_DECIMALS),
        ("1,250", FRENCH, TOO_MANY_DECIMALS),
        ("0,001", FRENCH, TOO_MANY_DECIMALS),
        ("1.2.3", ENGLISH, SEVERAL_DECIMAL_POINTS),
        ("1.250.000", ENGLISH, SEVERAL_DECIMAL_POINTS),
        ("1,25,5", FRENCH, SEVERAL_DECIMAL_POINTS),
        ("1.250,50,1", FRENCH, SEVERAL_DECIMAL_POINTS),
        ("0", ENGLISH, BAD_AMOUNT),
        ("0.00", ENGLISH, BAD_AMOUNT),
        ("0,00 €", FRENCH, BAD_AMOUNT),
        ("-5", ENGLISH, BAD_AMOUNT),
        ("\u22125", FRENCH, BAD_AMOUNT),
        ("-€5", ENGLISH, BAD_AMOUNT),
        ("$-5", ENGLISH, BAD_AMOUNT),
        ("1,000,000,000.01", ENGLISH, TOO_LARGE),
        ("99999999999", ENGLISH, TOO_LARGE),
        ("9" * 60, ENGLISH, TOO_LARGE),
    ],
)
def test_refused_amounts(text, locale, template):
    with pytest.raises(InvalidInput) as refused:
        parse_amount(text, *locale)
    assert refused.value.template == template
    assert refused.value.field == "amount"
    assert refused.value.message  # every placeholder filled


def test_messages_show_the_value_and_a_local_example():
    with pytest.raises(InvalidInput) as refused:
        parse_amount("12abc", *FRENCH)
    assert refused.value.message == "\"12abc\" is not an amount (type it like 1\u202f250,50)."
    with pytest.raises(InvalidInput) as refused:
        parse_amount("1,000,000,000.01", *ENGLISH)
    assert refused.value.message == "The amount cannot be more than 1,000,000,000.00."


def test_a_long_value_is_shortened_in_the_message():
    with pytest.raises(InvalidInput) as refused:
        parse_amount("x" * 60)
    assert len(refused.value.message) < 100


@pytest.mark.parametrize(
    ("cents", "locale", "text"),
    [
        (125_050, ENGLISH, "1,250.50"),
        (125_050, FRENCH, "1\u202f250,50"),
        (5, ENGLISH, "0.05"),
        (MAX_AMOUNT_CENTS, ENGLISH, "1,000,000,000.00"),
        (-100, ENGLISH, "-1.00"),
    ],
)
def test_format_amount(cents, locale, text):
    assert format_amount(cents, *locale) == text


LOCALES = st.sampled_from([ENGLISH, FRENCH, FRENCH_OLD_QT, GERMAN, SWISS])


@given(
    cents=st.integers(min_value=1, max_value=10**11),
    locale=LOCALES,
    symbol=st.sampled_from(["", "€", "$", "EUR ", " EUR", " €"]),
    group_with=st.sampled_from([None, " ", "\u00a0", "\u202f"]),
)
def test_formatted_amounts_read_back(cents, locale, symbol, group_with):
    decimal_point, group_separator = locale
    if group_with is not None and group_separator not in ".,":
        group_separator = group_with  # a French user may type any kind of space
    text = format_amount(cents, decimal_point, group_separator)
    text = f"{symbol}{text}" if not symbol.startswith(" ") else f"{text}{symbol}"
    assert parse_amount(text, *locale) == cents


@given(cents=st.integers(min_value=1, max_value=10**11), locale=LOCALES)
def test_whole_amounts_read_back_without_decimals(cents, locale):
    whole = cents - cents % 100 or 100
    text = format_amount(whole, *locale)[:-3]  # "1,250" rather than "1,250.00"
    assert parse_amount(text, *locale) == whole


AMOUNT_CHARACTERS = "0123456789.,  \u00a0\u202f'€$£-+\u2212EURSDCHFabcx\t\n"


@given(
    text=st.one_of(st.text(), st.text(alphabet=AMOUNT_CHARACTERS, max_size=30)),
    locale=LOCALES,
)
def test_any_text_is_an_amount_or_a_clear_refusal(text, locale):
    try:
        cents = parse_amount(text, *locale)
    except InvalidInput as refusal:
        assert refusal.field == "amount"
        assert refusal.message
    else:
        assert isinstance(cents, int)
        assert 0 < cents <= MAX_AMOUNT_CENTS
