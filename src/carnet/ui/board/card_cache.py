"""CardCache: the `Card` objects the board holds, a bounded number of them, read again by id when asked.

Plain Python, no Qt. A big board's index (`board_read.BoardIndex`) says which cards each column shows and in
what order; a `Card` (what a card paints: its names, its totals) is read from the book only for the rows a view
asks for, a window of them at a time, and kept among the last `HELD_CARDS` used. Cards handed in (a write's
`upsert`, a small board read whole) are kept the same way; without a reader (a test's model) nothing is dropped.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence

from carnet.services.board_read import Card

# (contact ids) -> their cards, those still on the board (`board_read.cards_by_id`).
CardReader = Callable[[Sequence[int]], list[Card]]

# Cards held at most: a book up to this size keeps every card once read (its board is read whole, as before
# issue 19); a bigger one keeps what the views showed last. 12,000 cards are about 7 MB.
HELD_CARDS = 12_000
# The rows read with one a view asks for: a column's screenful above and below it, in one statement (0.3 ms
# for 48 cards at 100,000).
READ_BEFORE, READ_AFTER = 16, 48


class CardCache:
    def __init__(self, reader: CardReader | None = None, held: int | None = None) -> None:
        self.reader = reader
        self.held = HELD_CARDS if held is None else held
        self._cards: OrderedDict[int, Card] = OrderedDict()
        self.reads = 0  # statements run: what a test counts

    def __len__(self) -> int:
        return len(self._cards)

    def __contains__(self, contact_id: int) -> bool:
        return contact_id in self._cards

    def reset(self, cards: Sequence[Card] | None) -> None:
        self._cards.clear()
        for card in cards or ():
            self._cards[card.id] = card
        self._trim()

    def put(self, card: Card) -> None:
        """A card as committed: it replaces what was held."""
        self._cards[card.id] = card
        self._cards.move_to_end(card.id)
        self._trim()

    def drop(self, contact_id: int) -> None:
        self._cards.pop(contact_id, None)

    def get(self, contact_id: int) -> Card | None:
        found = self._cards.get(contact_id)
        if found is not None:
            self._cards.move_to_end(contact_id)
            return found
        self._read([contact_id], contact_id)
        return self._cards.get(contact_id)

    def near(self, ids: Sequence[int], row: int) -> Card | None:
        """``ids[row]``'s card; when it is not held, read it with the rows around it that are not."""
        contact_id = ids[row]
        found = self._cards.get(contact_id)
        if found is not None:
            self._cards.move_to_end(contact_id)
            return found
        held = self._cards
        self._read([i for i in ids[max(0, row - READ_BEFORE) : row + READ_AFTER] if i not in held], contact_id)
        return held.get(contact_id)

    def many(self, ids: Sequence[int]) -> list[Card]:
        """These cards in this order (those no longer on the board left out), read in slices of 500."""
        held = self._cards
        missing = [i for i in ids if i not in held]
        read: dict[int, Card] = {}
        if missing and self.reader is not None:
            for start in range(0, len(missing), 500):
                read.update((card.id, card) for card in self.reader(missing[start : start + 500]))
        return [card for i in ids if (card := held.get(i) or read.get(i)) is not None]

    def _read(self, ids: list[int], wanted: int) -> None:
        if not ids or self.reader is None:
            return
        self.reads += 1
        for card in self.reader(ids):
            self._cards[card.id] = card
        if wanted in self._cards:
            self._cards.move_to_end(wanted)  # the one asked for is the last to go
        self._trim()

    def _trim(self) -> None:
        if self.reader is None:
            return
        cards = self._cards
        while len(cards) > self.held:
            cards.popitem(last=False)
