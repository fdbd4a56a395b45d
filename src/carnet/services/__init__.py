"""The only code that writes: one transaction per user action, refusals as `DomainError`.

Names load on first use (PEP 562): the board's first paint reads through `board_read` alone, before
SQLAlchemy and the ORM tables have been imported.
"""

from importlib import import_module

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
