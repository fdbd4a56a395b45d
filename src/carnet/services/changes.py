"""What a committed write changed: which contacts, and which kinds of record (no Qt here).

Every successful write in the window ends in one `Change` handed to the window's change hub
(`carnet.ui.changes.ChangeHub`); every view follows it instead of being refreshed by hand.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class ChangeKind(StrEnum):
    CONTACT = "contact"  # created, edited, merged, deleted
    STAGE = "stage"  # moved or reordered on the board
    INTERACTION = "interaction"
    PAYMENT = "payment"
    GIFT = "gift"
    ARCHIVE = "archive"  # archived or restored
    DOCUMENT = "document"  # a quote, an invoice or a credit note written, sent, issued or paid
    BUSINESS = "business"  # the business identity, or a contact's billing details


@dataclass(frozen=True)
class Change:
    """``contact_ids`` touched by one committed write, and the ``kinds`` of record it wrote.

    ``on_board``: the writer has already put the committed cards in the board's model (a drop, which must
    stay within its few milliseconds); otherwise the board reads the changed cards again. ``everything``:
    the whole book may have changed (a backup restored): every view reads everything again.
    """

    contact_ids: frozenset[int]
    kinds: frozenset[ChangeKind]
    on_board: bool = False
    everything: bool = False

    @classmethod
    def of(cls, contact_ids: Iterable[int], *kinds: ChangeKind, on_board: bool = False) -> Change:
        return cls(frozenset(contact_ids), frozenset(kinds), on_board=on_board)

    @classmethod
    def whole_book(cls) -> Change:
        return cls(frozenset(), frozenset(ChangeKind), everything=True)

    def touches(self, contact_id: int | None) -> bool:
        return self.everything or (contact_id is not None and contact_id in self.contact_ids)
