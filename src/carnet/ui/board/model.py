"""BoardModel: every card on the board, as one flat list model.

The columns are `StageProxy` models over it. Rows carry ids (never copies for editing): a change goes
through a service by id, and only after the commit are the changed rows put back here (`upsert`).
No ``removeRows``: Qt's views call it after a move-drag and it would delete contacts; cards leave the
board (archive) through `take_out`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from carnet.analytics.clients import PmgSize, PmgThresholds, tercile_thresholds
from carnet.domain.enums import Stage
from carnet.domain.stay_in_touch import DEFAULT_STALE_AFTER_DAYS, TouchStatus, touch_status
from carnet.services.board_read import Card, ColumnSummary
from carnet.ui.board.card_filter import BoardFilter, haystack
from carnet.ui.board.mime import MIME_TYPE, encode_ids
from carnet.ui.dashboard.labels import size_label
from carnet.ui.labels import stage_label
from carnet.ui.labels_extra import temperature_label

Index = QModelIndex | QPersistentModelIndex


@dataclass
class StageContents:
    """One column's cards as its `StageProxy` files them: (position, id) keys, sorted, and what each paid."""

    key_of: dict[int, tuple[float, int]]
    keys: list[tuple[float, int]]
    paid_of: dict[int, tuple[tuple[str, int], ...]]
    paid: dict[str, int]


def stage_contents(cards: Sequence[Card]) -> StageContents:
    """Plain Python, no Qt: a big board's columns are made ready on the reader thread (`prepare_cards`)."""
    key_of = {card.id: (card.position, card.id) for card in cards}
    paid_of = {card.id: card.paid for card in cards if card.paid}
    paid: dict[str, int] = {}
    for amounts in paid_of.values():
        for currency, cents in amounts:
            paid[currency] = paid.get(currency, 0) + cents
    return StageContents(key_of, sorted(key_of.values()), paid_of, paid)


@dataclass
class PreparedCards:
    """Every card with what the board and its columns index them by, computed before it reaches the window's
    thread: at 100,000 cards, indexing them there stopped the window for 150 ms."""

    cards: list[Card]
    row_of: dict[int, int]
    by_stage: dict[Stage, list[Card]]
    columns: dict[Stage, StageContents] = field(default_factory=dict)


def prepare_cards(cards: Sequence[Card]) -> PreparedCards:
    listed = list(cards)
    by_stage: dict[Stage, list[Card]] = {}
    for card in listed:
        by_stage.setdefault(card.stage, []).append(card)
    columns = {stage: stage_contents(stage_cards) for stage, stage_cards in by_stage.items()}
    return PreparedCards(listed, {card.id: row for row, card in enumerate(listed)}, by_stage, columns)


class CardRole(IntEnum):
    """Custom data roles of the board models."""

    CONTACT_ID = Qt.ItemDataRole.UserRole + 1  # int: the contact's primary key
    STAGE = Qt.ItemDataRole.UserRole + 2  # Stage: the column the card sits in
    POSITION = Qt.ItemDataRole.UserRole + 3  # float: order inside the column
    CARD = Qt.ItemDataRole.UserRole + 4  # Card: everything the card shows
    TOUCH = Qt.ItemDataRole.UserRole + 5  # TouchStatus: days since the last contact, stale, overdue
    PMG = Qt.ItemDataRole.UserRole + 6  # PmgSize | None: the client's size over the last 12 months


class BoardModel(QAbstractListModel):
    """All cards; also the one place that knows today's date, the stale thresholds and the filter."""

    filter_changed = Signal()

    def __init__(self, parent: Any = None, *, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._cards: list[Card] = []
        self.partial_summaries: Mapping[Stage, ColumnSummary] | None = None
        self._row_of: dict[int, int] = {}
        self._by_stage: dict[Stage, list[Card]] | None = None  # the cards of each stage, made once per reset
        self._columns: dict[Stage, StageContents] = {}  # prepared columns not yet taken by their proxy
        self._haystacks: dict[int, str] = {}
        self._today = today
        self.stale_after: Mapping[Stage, int] = DEFAULT_STALE_AFTER_DAYS
        self.filter = BoardFilter()
        self._accepts: Callable[[Card], bool] = lambda card: True
        self._visible: set[int] | None = None  # ids the filter shows, None: every card
        # The last filters' results, most recent last, emptied whenever a card changes: erasing a letter
        # finds what it showed while it was typed (at 100,000 cards each was a pass over all of them).
        self._results: dict[BoardFilter, set[int]] = {}
        # PMG: the user's thresholds (None: terciles of the board's clients, computed when first asked).
        self.pmg_thresholds: PmgThresholds | None = None
        self._pmg: PmgThresholds | None = None
        self._pmg_known = False

    # --- contents ---------------------------------------------------------------------------

    def set_cards(self, cards: Sequence[Card] | PreparedCards,
                  summaries: Mapping[Stage, ColumnSummary] | None = None) -> None:
        """Replace every card (at open and on refresh); `PreparedCards` come indexed already.

        With ``summaries``, ``cards`` are only the top of each column (a fast first paint at start-up):
        the headers show the summaries until the full set comes.
        """
        prepared = cards if isinstance(cards, PreparedCards) else None
        self.beginResetModel()
        self._pmg_known = False
        self.partial_summaries = summaries
        if prepared is not None:
            self._cards, self._row_of, self._by_stage = prepared.cards, prepared.row_of, prepared.by_stage
            self._columns = dict(prepared.columns)
        else:
            self._cards = list(cards)  # type: ignore[arg-type]
            self._row_of = {card.id: row for row, card in enumerate(self._cards)}
            self._by_stage = None
            self._columns = {}
        self._haystacks.clear()
        self._results.clear()
        if self._visible is not None:
            self._visible = self._passing(self.filter, None)
        self.endResetModel()

    def upsert(self, cards: Iterable[Card]) -> None:
        """Put committed rows back: changed cards are updated in place, new ones appended."""
        self._by_stage = None
        self._columns = {}
        self._results.clear()  # before ``_visible`` changes: it may be one of them
        for card in cards:
            row = self._row_of.get(card.id)
            self._haystacks.pop(card.id, None)
            if row is None or self._cards[row].recent_paid != card.recent_paid:
                self._pmg_known = False  # the terciles may move
            if self._visible is not None:
                if self._accepts(card):
                    self._visible.add(card.id)
                else:
                    self._visible.discard(card.id)
            if row is None:
                row = len(self._cards)
                self.beginInsertRows(QModelIndex(), row, row)
                self._cards.append(card)
                self._row_of[card.id] = row
                self.endInsertRows()
            else:
                self._cards[row] = card
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)

    def take_out(self, contact_ids: Iterable[int]) -> None:
        """Remove cards from the board (archived or deleted: the database already says so)."""
        self._by_stage = None
        self._columns = {}
        self._results.clear()
        for contact_id in contact_ids:
            row = self._row_of.get(contact_id)
            if row is None:
                continue
            self._pmg_known = False
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._cards[row]
            self._row_of = {card.id: r for r, card in enumerate(self._cards)}
            self._haystacks.pop(contact_id, None)
            if self._visible is not None:
                self._visible.discard(contact_id)
            self.endRemoveRows()

    def card_at(self, row: int) -> Card:
        """The card in this row of the model (the columns read it without a round trip through Qt)."""
        return self._cards[row]

    def card(self, contact_id: int) -> Card | None:
        row = self._row_of.get(contact_id)
        return None if row is None else self._cards[row]

    def cards(self) -> list[Card]:
        return list(self._cards)

    def cards_of(self, stage: Stage) -> list[Card]:
        """The cards of one stage, in board order: each column rebuilds from its own after a reset, rather
        than six passes over every card (100,000 at the largest)."""
        if self._by_stage is None:
            self._by_stage = {}
            for card in self._cards:
                self._by_stage.setdefault(card.stage, []).append(card)
        return self._by_stage.get(stage, [])

    def take_column(self, stage: Stage) -> StageContents:
        """A column's contents, prepared with the cards when they were (`prepare_cards`), else made now; each
        is taken once, by its proxy, which then keeps it up to date."""
        found = self._columns.pop(stage, None)
        return found if found is not None else stage_contents(self.cards_of(stage))

    # --- stay in touch and filter -----------------------------------------------------------

    def touch(self, card: Card) -> TouchStatus:
        return touch_status(
            card.stage, card.last_contact_on, card.created_on, card.next_follow_up, self._today(), self.stale_after
        )

    def haystack(self, card: Card) -> str:
        text = self._haystacks.get(card.id)
        if text is None:
            text = self._haystacks[card.id] = haystack(card)
        return text

    def set_filter(self, board_filter: BoardFilter) -> None:
        """Apply a filter: one pass over the cards here, then each column keeps the ids that passed."""
        if board_filter == self.filter:
            return
        previous, previous_visible = self.filter, self._visible
        if previous_visible is not None and previous not in self._results:
            self._remember(previous, previous_visible)
        self.filter = board_filter
        self._accepts = board_filter.matcher(self.haystack, self.touch)
        if not board_filter.is_active:
            self._visible = None
        elif board_filter in self._results:
            self._visible = self._results[board_filter]
        else:
            # Typing one more letter only narrows a result: re-check the cards it showed, not all of them.
            narrowed = [ids for known, ids in self._results.items() if board_filter.narrows(known)]
            self._visible = self._passing(board_filter, min(narrowed, key=len) if narrowed else None)
        self.filter_changed.emit()

    def _remember(self, board_filter: BoardFilter, ids: set[int]) -> None:
        """Keep a filter's result for a while; not one that depends on today's date (overdue, stale), and no
        more ids in all than twice the board's cards (memory: a set of 100,000 ids is about 4 MB)."""
        if board_filter.overdue_only or board_filter.stale_only:
            return
        self._results[board_filter] = ids
        while len(self._results) > 1 and (len(self._results) > 12
                                          or sum(map(len, self._results.values())) > 2 * len(self._cards)):
            del self._results[next(iter(self._results))]

    def _all_haystacks(self) -> dict[int, str]:
        """Every card's haystack (those of new or changed cards are made again here)."""
        haystacks = self._haystacks
        if len(haystacks) != len(self._cards):
            for card in self._cards:
                if card.id not in haystacks:
                    haystacks[card.id] = haystack(card)
        return haystacks

    def _passing(self, board_filter: BoardFilter, among: set[int] | None) -> set[int]:
        """The ids ``board_filter`` shows, of ``among`` (None: every card). The typed words are looked for in
        one comprehension over the haystacks (about 3 ms for 100,000 cards, against 100 ms through the
        matcher per card); the toggles are then checked on the cards left."""
        words = board_filter.text.casefold().split()
        ids: set[int] | None = among
        if words:
            haystacks = self._all_haystacks()
            first, *others = words
            if ids is None:
                ids = {i for i, hay in haystacks.items() if first in hay}
            else:
                ids = {i for i in ids if first in haystacks.get(i, "")}
            for word in others:
                ids = {i for i in ids if word in haystacks[i]}
        rest = replace(board_filter, text="")
        if not rest.is_active:
            return {card.id for card in self._cards} if ids is None else ids
        accepts = rest.matcher(self.haystack, self.touch)
        if ids is None:
            return {card.id for card in self._cards if accepts(card)}
        cards, row_of = self._cards, self._row_of
        return {i for i in ids if i in row_of and accepts(cards[row_of[i]])}

    def visible_ids(self) -> set[int] | None:
        """The ids the filter shows; None when nothing is filtered."""
        return self._visible

    def accepts(self, card: Card) -> bool:
        """Does the current filter show this card (as it is now)?"""
        return self._accepts(card)

    # --- client size (PMG) ------------------------------------------------------------------

    def set_pmg_thresholds(self, thresholds: PmgThresholds | None) -> None:
        """The user's thresholds from Preferences (None: terciles); every card's badge is drawn again."""
        self.pmg_thresholds = thresholds
        self._pmg_known = False
        if self._cards:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._cards) - 1, 0), [CardRole.PMG])

    def pmg_size(self, card: Card) -> PmgSize | None:
        """The card's size badge: None for a contact who paid nothing in 12 months, and while only the top of
        each column is loaded (terciles of a partial board would put badges that change a moment later)."""
        if not card.recent_paid:
            return None
        if not self._pmg_known:
            if self.pmg_thresholds is not None:
                self._pmg = self.pmg_thresholds
            elif self.partial_summaries is None:
                self._pmg = tercile_thresholds(c.recent_paid for c in self._cards if c.recent_paid)
            else:
                self._pmg = None
            self._pmg_known = self.partial_summaries is None or self.pmg_thresholds is not None
        return None if self._pmg is None else self._pmg.size(card.recent_paid)

    # --- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        return self.card_data(self._cards[index.row()], role)

    def card_data(self, card: Card, role: int) -> Any:
        """One role of one card; the column models answer through this too."""
        if role == Qt.ItemDataRole.DisplayRole:
            return card.display_name
        if role == CardRole.CARD:
            return card
        if role == CardRole.CONTACT_ID:
            return card.id
        if role == CardRole.TOUCH:
            return self.touch(card)
        if role == CardRole.PMG:
            return self.pmg_size(card)
        if role == CardRole.STAGE:
            return card.stage
        if role == CardRole.POSITION:
            return card.position
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.spoken(card)
        if role == Qt.ItemDataRole.ToolTipRole:
            who = f"{card.display_name} — {card.organisation}" if card.organisation else card.display_name
            size = self.pmg_size(card)
            if size is None:
                return who
            spoken = size_label(size, spoken=True)  # "big client": the pill's word explained
            return f"{who}\n{spoken[:1].upper()}{spoken[1:]}"
        return None

    def spoken(self, card: Card) -> str:
        """What a screen reader says: "Zoé Lefèvre, Atelier Œuvre, prospect, hot, follow-up overdue"."""
        touch = self.touch(card)
        parts = [card.display_name, card.organisation, stage_label(card.stage).lower(),
                 temperature_label(card.temperature).lower()]
        if touch.overdue:
            parts.append(self.tr("follow-up overdue"))
        if touch.stale:
            parts.append(self.tr("no recent contact"))
        size = self.pmg_size(card)
        if size is not None:
            parts.append(size_label(size, spoken=True))
        return ", ".join(part for part in parts if part)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        cards = [index.data(CardRole.CARD) for index in sorted(indexes, key=lambda i: i.row())]
        return encode_ids([c.id for c in cards], [c.display_name for c in cards])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        names.update({int(role): QByteArray(role.name.lower().encode()) for role in CardRole})
        return names
