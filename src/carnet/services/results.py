"""What a service call changed, handed back to the caller (the UI updates and builds undo from it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from carnet.domain.enums import Stage

if TYPE_CHECKING:  # the tables load with the ORM, after the first paint
    from carnet.domain.models import Contact, Payment, StageChange


@dataclass(frozen=True)
class Placement:
    """Where a card was: enough to put it back (undo)."""

    stage: Stage
    position: float


@dataclass(frozen=True)
class MovedContact:
    """A contact as a move sees it: enough to check the rules and to say where it went."""

    id: int
    display_name: str
    stage: Stage
    position: float
    archived: bool


@dataclass(frozen=True)
class MoveResult:
    contacts: list[MovedContact]  # where they are now, in the order moved
    stage_changes: list[StageChange]
    before: dict[int, Placement] = field(default_factory=dict)


@dataclass(frozen=True)
class PaymentResult:
    payment: Payment
    contact: Contact
    stage_change: StageChange | None
    # True when the payment is paid and the contact is still before *client*: the UI offers the move.
    offer_client_move: bool
