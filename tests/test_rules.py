"""The lifecycle rules of SPEC §1, as pure functions (no database)."""

from __future__ import annotations

import pytest

from carnet.domain.enums import STAGE_ORDER, Stage
from carnet.domain.errors import RuleViolation
from carnet.domain.rules import Requirement, check_move, should_offer_client_move


def test_stage_order_is_the_board_order():
    assert [stage.value for stage in STAGE_ORDER] == [
        "stranger", "visitor", "lead", "prospect", "client", "ambassador",
    ]
    assert Stage.LEAD.is_before(Stage.CLIENT)
    assert not Stage.AMBASSADOR.is_before(Stage.CLIENT)


def test_client_without_paid_payment_is_refused():
    verdict = check_move("Alice Martin", Stage.CLIENT, has_paid_payment=False)

    assert not verdict.allowed
    assert verdict.requirement is Requirement.PAID_PAYMENT
    assert "Alice Martin" in verdict.reason
    assert "payment" in verdict.reason.lower()
    with pytest.raises(RuleViolation) as refused:
        verdict.raise_if_refused()
    assert refused.value.message == verdict.reason


def test_client_with_paid_payment_is_allowed():
    verdict = check_move("Alice Martin", Stage.CLIENT, has_paid_payment=True)

    assert verdict.allowed
    assert verdict.requirement is None
    verdict.raise_if_refused()  # does not raise


def test_ambassador_needs_client_status_and_explains_referrers():
    verdict = check_move("Maître Durand", Stage.AMBASSADOR, has_paid_payment=False)

    assert not verdict.allowed
    assert verdict.requirement is Requirement.CLIENT_STATUS
    assert "Maître Durand" in verdict.reason
    assert "referred by" in verdict.reason


def test_ambassador_allowed_for_a_paying_contact():
    assert check_move("Alice", Stage.AMBASSADOR, has_paid_payment=True).allowed


@pytest.mark.parametrize("target", list(Stage))
@pytest.mark.parametrize("paid", [False, True])
def test_archived_contacts_cannot_move_anywhere(target, paid):
    verdict = check_move("Bob", target, has_paid_payment=paid, archived=True)

    assert not verdict.allowed
    assert verdict.requirement is Requirement.RESTORE
    assert "restore" in verdict.reason.lower()


@pytest.mark.parametrize(
    "target", [Stage.STRANGER, Stage.VISITOR, Stage.LEAD, Stage.PROSPECT]
)
def test_stages_before_client_need_nothing(target):
    assert check_move("Bob", target, has_paid_payment=False).allowed


def test_backward_moves_are_allowed():
    # A prospect cooling down to lead, a client going back to prospect: both allowed.
    assert check_move("Bob", Stage.LEAD, has_paid_payment=False).allowed
    assert check_move("Bob", Stage.PROSPECT, has_paid_payment=True).allowed
    assert check_move("Bob", Stage.STRANGER, has_paid_payment=True).allowed


@pytest.mark.parametrize(
    ("current", "paid", "expected"),
    [
        (Stage.STRANGER, True, True),
        (Stage.VISITOR, True, True),
        (Stage.LEAD, True, True),
        (Stage.PROSPECT, True, True),
        (Stage.CLIENT, True, False),
        (Stage.AMBASSADOR, True, False),
        (Stage.PROSPECT, False, False),
        (Stage.LEAD, False, False),
    ],
)
def test_should_offer_client_move(current, paid, expected):
    assert should_offer_client_move(current, payment_is_paid=paid) is expected


@pytest.mark.parametrize(
    ("value", "requirement"), [("client", Requirement.PAID_PAYMENT), ("ambassador", Requirement.CLIENT_STATUS)]
)
def test_a_stage_given_by_its_value_is_checked_the_same(value, requirement):
    # A command line or an importer may hand over "client" rather than Stage.CLIENT.
    verdict = check_move("Bob", value, has_paid_payment=False)

    assert not verdict.allowed
    assert verdict.requirement is requirement
