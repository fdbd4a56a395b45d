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
from carnet.domain.models import Contact, Gift, Interaction, Payment, StageChange

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
