"""The lifecycle rules of SPEC §1, as plain functions over plain values.

They are asked by the services (which enforce them inside the write transaction) and by the UI
(which uses the `Requirement` to open the right dialog before asking the service).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from carnet.domain.enums import PaymentStatus, Stage
from carnet.domain.errors import RuleViolation


class Requirement(Enum):
    """What a refused move needs before it can happen."""

    PAID_PAYMENT = "paid_payment"  # record a paid payment (the "Mark payment" dialog)
    CLIENT_STATUS = "client_status"  # only a client can be an ambassador
    RESTORE = "restore"  # archived contacts are off the board


@dataclass(frozen=True)
class MoveCheck:
    """The verdict on one move: allowed, or refused with the requirement and the reason."""

    allowed: bool
    requirement: Requirement | None = None
    reason_template: str = ""
    name: str = ""

    @property
    def reason(self) -> str:
        return self.reason_template.format(name=self.name)

    def raise_if_refused(self) -> None:
        if not self.allowed:
            raise RuleViolation(self.reason_template, name=self.name)


ALLOWED = MoveCheck(allowed=True)

CLIENT_NEEDS_PAYMENT = (
    "{name} cannot become a client yet: a contact becomes a client only once a payment is "
    "recorded as paid. A signed quote is not enough."
)
AMBASSADOR_NEEDS_CLIENT = (
    "{name} cannot be an ambassador: ambassadors are clients who recommend you, and {name} has "
    "not paid yet. Someone who sends you leads without buying is a referrer: set them as "
    "\"referred by\" on the leads they send."
)
ARCHIVED_CANNOT_MOVE = "{name} is archived: restore the contact before moving it."


def is_client_status(has_paid_payment: bool) -> bool:
    """Client status is earned by payment, whatever column the card sits in."""
    return has_paid_payment


def check_move(
    name: str, target: Stage, *, has_paid_payment: bool, archived: bool = False
) -> MoveCheck:
    """May a contact called ``name`` move to ``target``?

    Every move is allowed backwards as well as forwards (a prospect may cool down to lead); only
    *client* and *ambassador* have conditions, and an archived contact must be restored first.
    """
    target = Stage(target)  # "client" == Stage.CLIENT but is not it: the checks below compare identity
    if archived:
        return MoveCheck(False, Requirement.RESTORE, ARCHIVED_CANNOT_MOVE, name)
    if target is Stage.CLIENT and not has_paid_payment:
        return MoveCheck(False, Requirement.PAID_PAYMENT, CLIENT_NEEDS_PAYMENT, name)
    if target is Stage.AMBASSADOR and not is_client_status(has_paid_payment):
        return MoveCheck(False, Requirement.CLIENT_STATUS, AMBASSADOR_NEEDS_CLIENT, name)
    return ALLOWED


def should_offer_client_move(current: Stage, *, payment_is_paid: bool) -> bool:
    """After a paid payment is recorded, offer to move a contact still before *client*."""
    return payment_is_paid and current.is_before(Stage.CLIENT)


def payment_date(status: PaymentStatus, issued_on: date | None, paid_on: date | None) -> date | None:
    """The day a payment counts on (SPEC §1): a paid one on its payment day, an open one (quote, invoice) on
    its issue day; either falls back on the other, and None means "on the day it was recorded".

    `carnet.storage.sql.common.PAYMENT_DATE` says the same in SQL, for the board, the dashboard and the
    reports; a test holds the two together.
    """
    if status is PaymentStatus.PAID:
        return paid_on or issued_on
    return issued_on or paid_on
