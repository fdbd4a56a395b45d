"""The closed vocabularies of Carnet, stored by their lowercase value."""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    """The lifecycle stages, declared in board order (left to right)."""

    STRANGER = "stranger"
    VISITOR = "visitor"
    LEAD = "lead"
    PROSPECT = "prospect"
    CLIENT = "client"
    AMBASSADOR = "ambassador"

    @property
    def index(self) -> int:
        """Position of the stage in the lifecycle, 0 for stranger."""
        return STAGE_ORDER.index(self)

    def is_before(self, other: Stage) -> bool:
        return self.index < other.index


STAGE_ORDER: tuple[Stage, ...] = tuple(Stage)


class ContactKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


class Temperature(StrEnum):
    COLD = "cold"
    WARM = "warm"
    HOT = "hot"


class Source(StrEnum):
    WEBSITE = "website"
    NEWSLETTER = "newsletter"
    WHITE_PAPER = "white_paper"
    WEBINAR = "webinar"
    EVENT = "event"
    NETWORKING = "networking"
    SOCIAL = "social"
    REFERRAL = "referral"
    COLD_OUTREACH = "cold_outreach"
    OTHER = "other"


class InteractionKind(StrEnum):
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    EVENT = "event"
    MESSAGE = "message"
    QUOTE_SENT = "quote_sent"
    OTHER = "other"


class PaymentStatus(StrEnum):
    QUOTED = "quoted"
    INVOICED = "invoiced"
    PAID = "paid"


# The description of a payment made by an import from an amount paid: everything paid before Carnet, on no
# known date. Stored as written here; the interface shows it in the user's language.
IMPORTED_PAYMENT = "Paid before Carnet (imported)"


class ArchiveReason(StrEnum):
    LOST_TO_COMPETITOR = "lost_to_competitor"
    NO_BUDGET = "no_budget"
    NO_ANSWER = "no_answer"
    NOT_A_FIT = "not_a_fit"
    OTHER = "other"


class Answer(StrEnum):
    """A qualification criterion (budget, authority, need, timing)."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"
