"""Carnet's domain: tables, vocabularies and lifecycle rules. No Qt, no SQL strings."""

from typing import TYPE_CHECKING

from carnet.domain.enums import (
    STAGE_ORDER,
    Answer,
    ArchiveReason,
    ContactKind,
    InteractionKind,
    PaymentStatus,
    Source,
    Stage,
    Temperature,
)
from carnet.domain.errors import CarnetError, DomainError, InvalidInput, NotFound, RuleViolation

if TYPE_CHECKING:  # what `__getattr__` hands out, for the type checker only (never imported at run time)
    from carnet.domain.models import Contact as Contact
    from carnet.domain.models import Gift as Gift
    from carnet.domain.models import Interaction as Interaction
    from carnet.domain.models import Payment as Payment
    from carnet.domain.models import StageChange as StageChange

_MODELS = {"Contact", "Gift", "Interaction", "Payment", "StageChange"}


def __getattr__(name: str) -> object:
    # The SQLModel tables load on first use: the board's first paint does not need the ORM.
    if name in _MODELS:
        from carnet.domain import models

        return getattr(models, name)
    raise AttributeError(f"module 'carnet.domain' has no attribute {name!r}")

__all__ = [
    "STAGE_ORDER",
    "Answer",
    "ArchiveReason",
    "CarnetError",
    "Contact",
    "ContactKind",
    "DomainError",
    "Gift",
    "Interaction",
    "InteractionKind",
    "InvalidInput",
    "NotFound",
    "Payment",
    "PaymentStatus",
    "RuleViolation",
    "Source",
    "Stage",
    "StageChange",
    "Temperature",
]
