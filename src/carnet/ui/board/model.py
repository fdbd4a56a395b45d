"""BoardModel: every card on the board, as one flat list model.

The columns are `StageProxy` models over it. Rows carry ids (never copies for editing): a change goes
through a service by id, and only after the commit are the changed rows put back here (`upsert`).
No ``removeRows``: Qt's views call it after a move-drag and it would delete contacts; cards leave the
board (archive) through `take_out`.

What it holds of every card is the board's index (`board_read.BoardIndex`: a few bytes and the filter's text
per card); `Card` objects are kept for the cards last shown or handed in (`card_cache.CardCache`), and read
again by id, a window of a column at a time, when a view asks for one that is not (issue 19: at 100,000 cards
the cards alone took 57 MB).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import IntEnum
from itertools import compress
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from carnet.analytics.clients import PmgSize, PmgThresholds, tercile_thresholds
from carnet.domain.enums import Stage
from carnet.domain.stay_in_touch import DEFAULT_STALE_AFTER_DAYS, TouchStatus, touch_status
from carnet.services.board_read import STAGE_CODES, BoardIndex, Card, ColumnSummary, Paid
from carnet.ui.board.card_cache import CardCache, CardReader
from carnet.ui.board.card_filter import BoardFilter, haystack
from carnet.ui.board.index_filter import passing_mask
from carnet.ui.board.mime import MIME_TYPE, encode_ids
from carnet.ui.dashboard.labels import size_label
from carnet.ui.labels import stage_label
from carnet.ui.labels_extra import temperature_label

Index = QModelIndex | QPersistentModelIndex
# A card's place as the columns file it: (stage, position).
Placement = tuple[Stage, float]


@dataclass
class StageContents:
    """One column's cards as its `StageProxy` files them: positions and ids sorted by (position, id), the paying
    cards' totals, and what they add up to."""

    positions: Any  # array("d")
    ids: Any  # array("q")
    paid_of: dict[int, Paid]
    paid: dict[str, int]


def stage_contents(index: BoardIndex, stage: Stage) -> StageContents:
    """Plain Python, no Qt: a big board's columns are made ready on the reader thread (`prepare_board`)."""
    from array import array

    positions, ids = index.columns.pop(stage, (array("d"), array("q")))
    code = STAGE_CODES[stage]
    stages, paid = index.stage, index.paid
    paid_of = {cid: amounts for cid, amounts in paid.items() if stages[cid] == code}
    totals: dict[str, int] = {}
    for amounts in paid_of.values():
        for currency, cents in amounts:
            totals[currency] = totals.get(currency, 0) + cents
    return StageContents(positions, ids, paid_of, totals)


@dataclass
class PreparedCards:
    """The board's index and its columns, made before they reach the window's thread (at 100,000 cards,
    indexing them there stopped the window for 150 ms); with every `Card` too in a book small enough to hold
    them all (`card_cache.HELD_CARDS`)."""

    index: BoardIndex
    columns: dict[Stage, StageContents]
    cards: list[Card] | None = None


def prepare_cards(cards: Sequence[Card]) -> PreparedCards:
    """Every card, held, and the index made from them."""
    return prepare_index(BoardIndex.from_cards(cards), list(cards))


def prepare_index(index: BoardIndex, cards: list[Card] | None = None) -> PreparedCards:
    columns = {stage: stage_contents(index, stage) for stage in STAGE_CODES}
    return PreparedCards(index, columns, cards)


class CardRole(IntEnum):
    """Custom data roles of the board models."""

    CONTACT_ID = Qt.ItemDataRole.UserRole + 1  # int: the contact's primary key
    STAGE = Qt.ItemDataRole.UserRole + 2  # Stage: the column the card sits in
    POSITION = Qt.ItemDataRole.UserRole + 3  # float: order inside the column
    CARD = Qt.ItemDataRole.UserRole + 4  # Card: everything the card shows
    TOUCH = Qt.ItemDataRole.UserRole + 5  # TouchStatus: days since the last contact, stale, overdue
    PMG = Qt.ItemDataRole.UserRole + 6  # PmgSize | None: the client's size over the last 12 months


# The roles whose change can move a card between or within columns: a dataChanged naming only others (the PMG
# badges redrawn) leaves every card where it is.
PLACING_ROLES = frozenset({CardRole.STAGE, CardRole.POSITION, CardRole.CARD})


class BoardModel(QAbstractListModel):
    """All cards; also the one place that knows today's date, the stale thresholds and the filter."""

    filter_changed = Signal()
    summaries_changed = Signal()  # the headers' figures of a partly loaded board (`set_column_paid`)

    def __init__(self, parent: Any = None, *, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.board_index = BoardIndex()
        self.partial_summaries: Mapping[Stage, ColumnSummary] | None = None
        self._columns: dict[Stage, StageContents] = {}  # prepared columns not yet taken by their proxy
        self._cache = CardCache()
        self._today = today
        self.stale_after: Mapping[Stage, int] = DEFAULT_STALE_AFTER_DAYS
        self.filter = BoardFilter()
        self._accepts: Callable[[Card], bool] = lambda card: True
        # Which ids the filter shows, one byte per id of the index (None: every card).
        self._visible: bytearray | None = None
        # The last filters' results, most recent last, emptied whenever a card changes: erasing a letter
        # finds what it showed while it was typed.
        self._results: dict[BoardFilter, bytes] = {}
        # While a change is being shown (`upsert`): where its cards were filed before it.
        self._before: dict[int, Placement] = {}
        # PMG: the user's thresholds (None: terciles of the board's clients, computed when first asked).
        self.pmg_thresholds: PmgThresholds | None = None
        self._pmg: PmgThresholds | None = None
        self._pmg_known = False

    def set_card_reader(self, reader: CardReader | None) -> None:
        """How cards are read again by id (`board_read.cards_by_id` on the book): with one, only the cards
        near what the views show are held; without, every card handed in is."""
        self._cache.reader = reader

    # --- contents ---------------------------------------------------------------------------

    def set_cards(self, cards: Sequence[Card] | PreparedCards,
                  summaries: Mapping[Stage, ColumnSummary] | None = None) -> None:
        """Replace every card (at open and on refresh); `PreparedCards` come indexed already.

        With ``summaries``, ``cards`` are only the top of each column (a fast first paint at start-up):
        the headers show the summaries until the full set comes.
        """
        prepared = cards if isinstance(cards, PreparedCards) else prepare_cards(cards)
        self.beginResetModel()
        self._pmg_known = False
        self.partial_summaries = summaries
        self.board_index = prepared.index
        self._columns = dict(prepared.columns)
        self._cache.reset(prepared.cards)
        self._results.clear()
        if self._visible is not None:
            self._visible = self._passing(self.filter, None)
        self.endResetModel()

    @property
    def column_paid_known(self) -> bool:
        """What each column was paid is known: every card is here, or `set_column_paid` came."""
        summaries = self.partial_summaries
        return summaries is None or all(summary.paid is not None for summary in summaries.values())

    def set_column_paid(self, paid: Mapping[Stage, Paid]) -> None:
        """What each column was paid, added up after the first paint: the headers show it until every card comes
        (then each column adds up its own)."""
        if self.partial_summaries is None:
            return
        self.partial_summaries = {stage: replace(summary, paid=paid.get(stage, ()))
                                  for stage, summary in self.partial_summaries.items()}
        self.summaries_changed.emit()

    def upsert(self, cards: Iterable[Card]) -> None:
        """Put committed rows back: changed cards are updated in place, new ones added."""
        self._columns = {}
        self._results.clear()  # before ``_visible`` changes: it may be one of them
        index = self.board_index
        for card in cards:
            cid = card.id
            known = index.has(cid)
            if not known or index.recent_paid[cid] != card.recent_paid:
                self._pmg_known = False  # the terciles may move
            if known:
                before = index.stage_of(cid), index.position[cid]
                index.put(card)
                self._cache.put(card)
                self._show_visibility(card)
                self._before = {cid: before}  # type: ignore[dict-item]
                try:
                    row = index.row_of(cid)
                    changed = self.index(row, 0)
                    self.dataChanged.emit(changed, changed)
                finally:
                    self._before = {}
            else:
                row = index.insertion_row(cid)
                self.beginInsertRows(QModelIndex(), row, row)
                index.put(card)
                self._cache.put(card)
                self._show_visibility(card)
                self.endInsertRows()

    def _show_visibility(self, card: Card) -> None:
        visible = self._visible
        if visible is None:
            return
        if len(visible) < self.board_index.span:
            visible.extend(bytes(self.board_index.span - len(visible)))
        visible[card.id] = 1 if self._accepts(card) else 0

    def take_out(self, contact_ids: Iterable[int]) -> None:
        """Remove cards from the board (archived or deleted: the database already says so)."""
        self._columns = {}
        self._results.clear()
        index = self.board_index
        for contact_id in contact_ids:
            row = index.row_of(contact_id)
            if row < 0:
                continue
            self._pmg_known = False
            self.beginRemoveRows(QModelIndex(), row, row)
            index.remove(contact_id)
            self._cache.drop(contact_id)
            if self._visible is not None:
                self._visible[contact_id] = 0
            self.endRemoveRows()

    def card_at(self, row: int) -> Card:
        """The card in this row of the model."""
        found = self.card(self.board_index.ids[row])
        if found is None:
            raise LookupError(f"no card in row {row}")
        return found

    def card(self, contact_id: int) -> Card | None:
        """The contact's card, None if it is not on the board (read by id if it is not held)."""
        if not self.board_index.has(contact_id):
            return None
        return self._cache.get(contact_id)

    def card_near(self, ids: Sequence[int], row: int) -> Card | None:
        """The card of ``ids[row]`` (a column's rows), reading with it the column's cards around it that are
        not held: a view paints a screenful, one read for them all."""
        contact_id = ids[row]
        if not self.board_index.has(contact_id):
            return None
        return self._cache.near(ids, row)

    def cards(self) -> list[Card]:
        """Every card, in row order (contact ids). In a big book that reads them all: for tests and scripts."""
        return self._cache.many(list(self.board_index.ids))

    def cards_of(self, stage: Stage) -> list[Card]:
        """The cards of one stage, in column order (position, then id)."""
        index, code = self.board_index, STAGE_CODES[stage]
        ids = sorted((i for i in index.ids if index.stage[i] == code), key=lambda i: (index.position[i], i))
        return self._cache.many(ids)

    def placement(self, contact_id: int) -> Placement | None:
        """Where the card is filed now: its stage and position; None if it is not on the board."""
        stage = self.board_index.stage_of(contact_id)
        return None if stage is None else (stage, self.board_index.position[contact_id])

    def placement_before(self, contact_id: int) -> Placement | None:
        """While a change is shown: where the card was before it (None: a new card); else where it is."""
        found = self._before.get(contact_id)
        return found if found is not None else self.placement(contact_id)

    def paid_of(self, contact_id: int) -> Paid:
        return self.board_index.paid.get(contact_id, ())

    def take_column(self, stage: Stage) -> StageContents:
        """A column's contents, prepared with the index when it was (`prepare_cards`), else made now; each
        is taken once, by its proxy, which then keeps it up to date."""
        found = self._columns.pop(stage, None)
        if found is not None:
            return found
        from array import array

        index, code = self.board_index, STAGE_CODES[stage]
        ids = sorted((i for i in index.ids if index.stage[i] == code), key=lambda i: (index.position[i], i))
        index.columns[stage] = (array("d", [index.position[i] for i in ids]), array("q", ids))
        return stage_contents(index, stage)

    # --- stay in touch and filter -----------------------------------------------------------

    def touch(self, card: Card) -> TouchStatus:
        return touch_status(
            card.stage, card.last_contact_on, card.created_on, card.next_follow_up, self._today(), self.stale_after
        )

    def haystack(self, card: Card) -> str:
        return self.board_index.haystacks[card.id] if self.board_index.has(card.id) else haystack(card)

    def set_filter(self, board_filter: BoardFilter) -> None:
        """Apply a filter: one pass over the index here, then each column keeps the ids that passed."""
        if board_filter == self.filter:
            return
        previous, previous_visible = self.filter, self._visible
        if previous_visible is not None and previous not in self._results:
            self._remember(previous, bytes(previous_visible))
        self.filter = board_filter
        self._accepts = board_filter.matcher(self.haystack, self.touch)
        if not board_filter.is_active:
            self._visible = None
        elif board_filter in self._results:
            self._visible = bytearray(self._results[board_filter])
        else:
            # Typing one more letter only narrows a result: re-check the cards it showed, not all of them.
            narrowed = [mask for known, mask in self._results.items() if board_filter.narrows(known)]
            self._visible = self._passing(board_filter, min(narrowed, key=lambda m: m.count(1)) if narrowed else None)
        self.filter_changed.emit()

    def _remember(self, board_filter: BoardFilter, mask: bytes) -> None:
        """Keep a filter's result for a while (a byte per id: 100 KB at 100,000 cards); at most 12, and not one
        that depends on today's date (overdue, stale)."""
        if board_filter.overdue_only or board_filter.stale_only:
            return
        self._results[board_filter] = mask
        while len(self._results) > 12:
            del self._results[next(iter(self._results))]

    def _passing(self, board_filter: BoardFilter, among: bytes | None) -> bytearray:
        """A byte per id: 1 for the cards ``board_filter`` shows, of ``among`` (None: every card)."""
        return passing_mask(self.board_index, board_filter, among, self._today().toordinal(), self.stale_after)

    def visible_ids(self) -> set[int] | None:
        """The ids the filter shows; None when nothing is filtered (the columns read `visible_mask`)."""
        mask = self._visible
        return None if mask is None else set(compress(range(len(mask)), mask))

    def visible_mask(self) -> bytearray | None:
        """A byte per contact id, 1 where the filter shows the card; None when nothing is filtered."""
        return self._visible

    def shows(self, contact_id: int) -> bool:
        """Does the current filter show this card (as the index has it)?"""
        mask = self._visible
        return mask is None or (contact_id < len(mask) and mask[contact_id] == 1)

    def accepts(self, card: Card) -> bool:
        """Does the current filter show this card (as it is now)?"""
        return self._accepts(card)

    # --- client size (PMG) ------------------------------------------------------------------

    def set_pmg_thresholds(self, thresholds: PmgThresholds | None) -> None:
        """The user's thresholds from Preferences (None: terciles); every card's badge is drawn again."""
        self.pmg_thresholds = thresholds
        self._pmg_known = False
        if len(self.board_index):
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.board_index) - 1, 0), [CardRole.PMG])

    def pmg_size(self, card: Card) -> PmgSize | None:
        """The card's size badge: None for a contact who paid nothing in 12 months, and while only the top of
        each column is loaded (terciles of a partial board would put badges that change a moment later)."""
        if not card.recent_paid:
            return None
        if not self._pmg_known:
            if self.pmg_thresholds is not None:
                self._pmg = self.pmg_thresholds
            elif self.partial_summaries is None:
                self._pmg = tercile_thresholds(filter(None, self.board_index.recent_paid))
            else:
                self._pmg = None
            self._pmg_known = self.partial_summaries is None or self.pmg_thresholds is not None
        return None if self._pmg is None else self._pmg.size(card.recent_paid)

    # --- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.board_index.ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.board_index.ids):
            return None
        card = self.card_near(self.board_index.ids, index.row())
        return None if card is None else self.card_data(card, role)

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
