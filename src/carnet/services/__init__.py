"""The only code that writes: one transaction per user action, refusals as `DomainError`.

Names load on first use (PEP 562): the board's first paint reads through `board_read` alone, before
SQLAlchemy and the ORM tables have been imported.
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # what `__getattr__` hands out, for the type checker only (never imported at run time)
    from carnet.services.activity import flag_ambassador as flag_ambassador
    from carnet.services.activity import log_interaction as log_interaction
    from carnet.services.activity import record_gift as record_gift
    from carnet.services.contacts import create_contact as create_contact
    from carnet.services.contacts import delete_contact as delete_contact
    from carnet.services.contacts import set_referrer as set_referrer
    from carnet.services.contacts import update_contact as update_contact
    from carnet.services.drafts import ContactDraft as ContactDraft
    from carnet.services.drafts import PaymentDraft as PaymentDraft
    from carnet.services.moves import archive_contacts as archive_contacts
    from carnet.services.moves import move_contacts as move_contacts
    from carnet.services.moves import place_contacts as place_contacts
    from carnet.services.moves import restore_contacts as restore_contacts
    from carnet.services.payments import mark_paid as mark_paid
    from carnet.services.payments import record_payment as record_payment
    from carnet.services.results import MoveResult as MoveResult
    from carnet.services.results import PaymentResult as PaymentResult
    from carnet.services.results import Placement as Placement

_WHERE = {
    "flag_ambassador": "activity",
    "log_interaction": "activity",
    "record_gift": "activity",
    "create_contact": "contacts",
    "delete_contact": "contacts",
    "set_referrer": "contacts",
    "update_contact": "contacts",
    "ContactDraft": "drafts",
    "PaymentDraft": "drafts",
    "archive_contacts": "moves",
    "move_contacts": "moves",
    "place_contacts": "moves",
    "restore_contacts": "moves",
    "mark_paid": "payments",
    "record_payment": "payments",
    "MoveResult": "results",
    "PaymentResult": "results",
    "Placement": "results",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> object:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'carnet.services' has no attribute {name!r}")
    return getattr(import_module(f"carnet.services.{module}"), name)
