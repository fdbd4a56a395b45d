"""The closed vocabularies of Carnet, stored by their lowercase value."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar, cast


class Stage(StrEnum):
    """The lifecycle stages, declared in board order (left to right)."""

    STRANGER = "stranger"
    VISITOR = "visitor"
    LEAD = "lead"
    PROSPECT = "prospect"
    CLIENT = "client"
    AMBASSADOR = "ambassador"

    @property
    def rank(self) -> int:
        """Position of the stage in the lifecycle, 0 for stranger (not ``index``: that is `str.index`)."""
        return STAGE_ORDER.index(self)

    def is_before(self, other: Stage) -> bool:
        return self.rank < other.rank


STAGE_ORDER: tuple[Stage, ...] = tuple(Stage)


class ContactKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


class DetailKind(StrEnum):
    """What a contact's extra value is (SPEC §2: several labelled emails, phones and addresses)."""

    EMAIL = "email"
    PHONE = "phone"
    ADDRESS = "address"


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


class PaymentMethod(StrEnum):
    """How a payment was made (the receipts book asks for it)."""

    BANK_TRANSFER = "bank_transfer"
    CARD = "card"
    CHEQUE = "cheque"
    CASH = "cash"
    ONLINE = "online"  # PayPal, Stripe, SumUp… links
    OTHER = "other"


# The currency a book starts in before it has a home currency of its own (`carnet.services.book`). Here, with
# the other plain constants, so that what imports it (drafts, validation, the exporters) loads no ORM.
DEFAULT_CURRENCY = "EUR"

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


_E = TypeVar("_E", bound=StrEnum)


def members_by_value(kind: type[_E]) -> Mapping[str, _E]:
    """The enum's own map of its members by value (a lookup there is quicker than calling ``kind(value)``),
    typed: the standard library declares it as holding plain `Enum` members."""
    return cast("Mapping[str, _E]", kind._value2member_map_)
