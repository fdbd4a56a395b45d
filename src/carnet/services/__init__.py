"""The only code that writes: one transaction per user action, refusals as `DomainError`."""

from carnet.services.activity import flag_ambassador, log_interaction, record_gift
from carnet.services.contacts import create_contact, delete_contact, set_referrer, update_contact
from carnet.services.drafts import ContactDraft, PaymentDraft
from carnet.services.moves import archive_contacts, move_contacts, place_contacts, restore_contacts
from carnet.services.payments import mark_paid, record_payment
from carnet.services.results import MoveResult, PaymentResult, Placement

__all__ = [
    "ContactDraft",
    "MoveResult",
    "PaymentDraft",
    "PaymentResult",
    "Placement",
    "archive_contacts",
    "create_contact",
    "delete_contact",
    "flag_ambassador",
    "log_interaction",
    "mark_paid",
    "move_contacts",
    "place_contacts",
    "record_gift",
    "record_payment",
    "restore_contacts",
    "set_referrer",
    "update_contact",
]
