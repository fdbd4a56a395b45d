"""The totals and numbering of documents (domain.invoicing): EN 16931's rules, checked on real-looking invoices and
as properties over many (hypothesis) with the French rates 20, 10, 5.5, 2.1, 0 and lines without VAT."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carnet.domain.errors import InvalidInput, RuleViolation
from carnet.domain.invoicing import (
    LineDraft,
    PricedLine,
    allocate_discount,
    check_chronology,
    check_line,
    check_number_format,
    check_quantity,
    check_vat_rate,
    compute_totals,
    discount_from_percent,
    format_number,
    line_net_cents,
    vat_cents,
)

RATES = (Decimal("20"), Decimal("10"), Decimal("5.5"), Decimal("2.1"), Decimal("0"), None)


def test_a_line_is_rounded_half_up_once() -> None:
    assert line_net_cents(Decimal("1.5"), 333) == 500  # 499.5 → 500
    assert line_net_cents(Decimal("0.125"), 1000) == 125
    assert line_net_cents(Decimal("3"), 1999) == 5997
    assert line_net_cents(Decimal("0.333"), 100) == 33  # 33.3


def test_vat_is_computed_once_on_each_rate_s_base_not_per_line() -> None:
    # Three lines of 0.95 € at 5.5 %: taxed line by line, 0.05225 → 0.05 € each, 0.15 € in all; BR-CO-17 taxes
    # the base: 2.85 € × 5.5 % = 0.15675 → 0.16 €.
    lines = [PricedLine(Decimal(1), 95, Decimal("5.5"))] * 3
    totals = compute_totals(lines)
    assert totals.rates[0].base_cents == 285 and totals.rates[0].vat_cents == 16
    assert sum(vat_cents(net, Decimal("5.5")) for net in totals.line_nets) == 15  # what BR-CO-17 refuses


def test_an_invoice_with_four_rates_and_a_discount() -> None:
    # A bakery's catering order: service at 10 %, bread at 5.5 %, wine at 20 %, a press subscription at 2.1 %.
    lines = [
        PricedLine(Decimal("2"), 45000, Decimal("10")),  # 900.00
        PricedLine(Decimal("40"), 135, Decimal("5.5")),  # 54.00
        PricedLine(Decimal("6"), 1890, Decimal("20")),  # 113.40
        PricedLine(Decimal("1"), 4500, Decimal("2.1")),  # 45.00
    ]
    totals = compute_totals(lines, discount_cents=5000)
    assert totals.lines_cents == 111240 and totals.net_cents == 106240
    assert [(r.rate, r.lines_cents, r.discount_cents, r.base_cents, r.vat_cents) for r in totals.rates] == [
        (Decimal("2.1"), 4500, 202, 4298, 90),  # 4298 × 2.1 % = 90.258
        (Decimal("5.5"), 5400, 243, 5157, 284),  # 283.635 → 284
        (Decimal("10"), 90000, 4045, 85955, 8596),  # 8595.5 → 8596 (half up)
        (Decimal("20"), 11340, 510, 10830, 2166),
    ]
    assert totals.vat_cents == 90 + 284 + 8596 + 2166
    assert totals.gross_cents == totals.net_cents + totals.vat_cents


def test_the_rates_are_listed_without_vat_first_and_equal_rates_are_one() -> None:
    totals = compute_totals([PricedLine(Decimal(1), 100, Decimal("20.0")), PricedLine(Decimal(1), 100, None),
                             PricedLine(Decimal(1), 100, Decimal("20")), PricedLine(Decimal(1), 100, Decimal("0"))])
    assert [r.rate for r in totals.rates] == [None, Decimal("0"), Decimal("20")]
    assert totals.base_of(Decimal("20")) == 200 and totals.base_of(None) == 100


def test_a_discount_larger_than_the_lines_is_refused() -> None:
    with pytest.raises(InvalidInput):
        compute_totals([PricedLine(Decimal(1), 100, Decimal("20"))], discount_cents=101)
    with pytest.raises(InvalidInput):
        compute_totals([PricedLine(Decimal(1), 100, Decimal("20"))], discount_cents=-1)
    assert discount_from_percent(123456, Decimal("10")) == 12346


def test_a_discount_is_split_by_largest_remainder() -> None:
    assert allocate_discount(100, [1, 1, 1]) == [34, 33, 33]
    assert allocate_discount(0, [5, 7]) == [0, 0]
    assert allocate_discount(10, [0, 50]) == [0, 10]


_line = st.builds(
    PricedLine,
    quantity=st.decimals(min_value=Decimal("0.001"), max_value=Decimal("1000"), places=3),
    unit_price_cents=st.integers(min_value=0, max_value=5_000_000),
    vat_rate=st.sampled_from(RATES),
)


@given(st.lists(_line, min_size=1, max_size=12), st.integers(min_value=0, max_value=10_000))
def test_every_total_follows_en_16931(lines: list[PricedLine], per_ten_thousand: int) -> None:
    lines_total = sum(line_net_cents(line.quantity, line.unit_price_cents) for line in lines)
    discount = lines_total * per_ten_thousand // 10_000
    totals = compute_totals(lines, discount)
    # BT-131: each line once, half up.
    for line, net in zip(lines, totals.line_nets, strict=True):
        exact = line.quantity * line.unit_price_cents
        assert net == int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))
        assert abs(Decimal(net) - exact) <= Decimal("0.5")
    # The discount is spent exactly, within a cent of each rate's share.
    assert sum(r.discount_cents for r in totals.rates) == discount
    for rate in totals.rates:
        if lines_total:
            assert abs(Decimal(rate.discount_cents) - Decimal(discount * rate.lines_cents) / lines_total) < 1
        assert rate.base_cents == rate.lines_cents - rate.discount_cents >= 0
        # BR-CO-17: the rate's tax is its base × rate, rounded once.
        expected = 0 if rate.rate is None else int(
            (Decimal(rate.base_cents) * rate.rate / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        assert rate.vat_cents == expected
    assert len({r.rate for r in totals.rates}) == len(totals.rates)
    # BR-CO-13, BR-CO-14, BR-CO-15.
    assert totals.net_cents == lines_total - discount == sum(r.base_cents for r in totals.rates)
    assert totals.vat_cents == sum(r.vat_cents for r in totals.rates)
    assert totals.gross_cents == totals.net_cents + totals.vat_cents


@given(st.integers(min_value=0, max_value=10**9), st.lists(st.integers(min_value=0, max_value=10**8), min_size=1,
                                                           max_size=6))
def test_the_discount_split_adds_up(discount: int, weights: list[int]) -> None:
    parts = allocate_discount(discount, weights)
    if sum(weights) == 0:
        assert parts == [0] * len(weights)
    else:
        assert sum(parts) == discount
        assert all(abs(part - discount * weight / sum(weights)) < 1 + 1e-6 for part, weight in zip(
            parts, weights, strict=True))


def test_typed_quantities_and_rates() -> None:
    assert check_quantity("1,5") == Decimal("1.5") and check_quantity("2.000") == Decimal(2)
    assert check_vat_rate("5,5 %") == Decimal("5.5") and check_vat_rate("20.00") == Decimal(20)
    assert check_vat_rate("") is None and check_vat_rate(None) is None
    for bad in ("0", "-1", "abc", "1.2345", "1e3", "2000000"):
        with pytest.raises(InvalidInput):
            check_quantity(bad)
    for bad in ("100", "-5", "5.555", "vingt"):
        with pytest.raises(InvalidInput):
            check_vat_rate(bad)


def test_a_line_is_checked_whole() -> None:
    line = check_line(LineDraft("  Logo design  ", "1", 120000, "20", "hur"))
    assert (line.description, line.unit, line.net_cents, line.vat_rate) == ("Logo design", "HUR", 120000, Decimal(20))
    with pytest.raises(InvalidInput, match="Describe"):
        check_line(LineDraft("  ", 1, 100, None))
    with pytest.raises(InvalidInput, match="unit"):
        check_line(LineDraft("Box", 1, 100, None, "BOX"))
    with pytest.raises(RuleViolation, match="franchise"):
        check_line(LineDraft("Logo", 1, 100, "20"), vat_franchise=True)
    assert check_line(LineDraft("Logo", 1, 100, None), vat_franchise=True).vat_rate is None


def test_number_formats() -> None:
    assert format_number("F-{year}-{seq:04d}", 2026, 7) == "F-2026-0007"
    assert check_number_format(" FA{year}/{seq:05d} ") == "FA{year}/{seq:05d}"
    assert check_number_format("{year}-{seq}") == "{year}-{seq}"
    for bad in ("F-{seq:04d}", "F-{year}", "F-{year}-{seq}-{seq}", "F {year} {seq}", "F-{year!r}-{seq}",
                "F-{year.real}-{seq}", "{year}-{seq:>10}", "F-{year}-{seq}-{other}", "F-{year-{seq}",
                "FACTURE-NUMERO-TRES-LONG-{year}-{seq:09d}"):
        with pytest.raises(InvalidInput):
            check_number_format(bad)


def test_issue_dates_follow_the_numbers() -> None:
    check_chronology(date(2026, 3, 2), None)
    check_chronology(date(2026, 3, 2), (date(2026, 3, 2), "F-2026-0004"))
    with pytest.raises(RuleViolation, match="F-2026-0004"):
        check_chronology(date(2026, 3, 1), (date(2026, 3, 2), "F-2026-0004"))
