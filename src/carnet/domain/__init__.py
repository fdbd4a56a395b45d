"""Carnet's domain: tables, vocabularies and lifecycle rules. No Qt, no SQL strings."""

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
