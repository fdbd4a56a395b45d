"""StageProxy: the cards of one stage that the filter shows, in column order.

A hand-written proxy rather than a QSortFilterProxyModel: that one calls ``filterAcceptsRow`` in Python
for every row of the board on each key press in the filter bar (about 75 ms at 10,000 cards; the
budget is 30). Here the filter runs once per card in plain Python and each column is rebuilt from its
own sorted list, and a drop updates just the moved rows with precise insert/remove/move signals.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from carnet.domain.enums import Stage
from carnet.services.board_read import Card, ColumnSummary
from carnet.ui.board.mime import MIME_TYPE, decode_ids
from carnet.ui.board.model import BoardModel

Index = QModelIndex | QPersistentModelIndex
SortKey = tuple[float, int]
# (contact ids in the order dropped, stage, row in the full column or None for the end) -> handled
DropHandler = Callable[[list[int], Stage, int | None], bool]


def sort_key(card: Card) -> SortKey:
    return (card.position, card.id)


class OrderedIds:
    """Ids kept sorted by their (position, id) key, for bisect inserts."""

    def __init__(self) -> None:
        self.keys: list[SortKey] = []

    def __len__(self) -> int:
        return len(self.keys)

    def reset(self, keys: Sequence[SortKey]) -> None:
        self.keys = sorted(keys)

    def insert(self, key: SortKey) -> int:
        row = bisect.bisect_left(self.keys, key)
        self.keys.insert(row, key)
        return row

    def row_of(self, key: SortKey) -> int:
        row = bisect.bisect_left(self.keys, key)
        return row if row < len(self.keys) and self.keys[row] == key else -1

    def id_at(self, row: int) -> int:
        return self.keys[row][1]


class StageProxy(QAbstractListModel):
    totals_changed = Signal()

    def __init__(self, board: BoardModel, stage: Stage, parent: Any = None) -> None:
        super().__init__(parent)
        self.board = board
        self.stage = stage
        self._all = OrderedIds()  # every card of the stage
        self._shown = OrderedIds()  # those the filter lets through: the rows of this model
        self._key_of: dict[int, SortKey] = {}  # the key each card of the stage is filed under
        self._paid: dict[str, int] = {}  # currency -> cents paid by the shown cards
        self._paid_of: dict[int, tuple[tuple[str, int], ...]] = {}  # what each shown card adds to it
        self._stage_paid: dict[int, tuple[tuple[str, int], ...]] = {}  # what each card of the stage paid
        self.drop_handler: DropHandler | None = None
        board.modelReset.connect(self._rebuild)
        board.filter_changed.connect(self._refilter)
        board.dataChanged.connect(self._on_data_changed)
        board.rowsInserted.connect(self._on_rows_inserted)
        board.rowsAboutToBeRemoved.connect(self._on_rows_removed)
        self._rebuild()

    # --- following the board ----------------------------------------------------------------

    def _rebuild(self) -> None:
        self.beginResetModel()
        contents = self.board.take_column(self.stage)
        self._key_of = contents.key_of
        self._all.keys = contents.keys
        self._stage_paid = contents.paid_of
        visible = self.board.visible_ids()  # None: nothing filtered
        if visible is None:
            self._shown.keys = list(contents.keys)
            self._paid_of, self._paid = dict(contents.paid_of), contents.paid
        else:
            self._shown.keys = [key for key in contents.keys if key[1] in visible]
            self._paid_of = {i: paid for i, paid in contents.paid_of.items() if i in visible}
            self._paid = {}
            for paid in self._paid_of.values():
                self._add_paid(paid, 1)
        self.endResetModel()
        self.totals_changed.emit()

    def _refilter(self) -> None:
        """The filter changed: keep this column's cards the board's filter lets through."""
        visible = self.board.visible_ids()
        if visible is None:
            keys = self._all.keys
        elif len(visible) < len(self._all.keys):
            # Fewer cards shown on the whole board than this column holds: look them up rather than scan it.
            key_of = self._key_of
            keys = sorted(key_of[i] for i in visible if i in key_of)
        else:
            keys = [key for key in self._all.keys if key[1] in visible]
        if keys == self._shown.keys:
            return
        self.beginResetModel()
        self._shown.keys = list(keys)
        # Only the cards that paid count: no look-up of every shown card.
        if visible is None:
            self._paid_of = dict(self._stage_paid)
        else:
            self._paid_of = {i: paid for i, paid in self._stage_paid.items() if i in visible}
        self._paid = {}
        for paid in self._paid_of.values():
            self._add_paid(paid, 1)
        self.endResetModel()
        self.totals_changed.emit()

    def _on_data_changed(self, top: QModelIndex, bottom: QModelIndex, _roles: object = None) -> None:
        self._place_rows(range(top.row(), bottom.row() + 1))

    def _on_rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._place_rows(range(first, last + 1))

    def _on_rows_removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        cards = [self.board.card_at(row) for row in range(first, last + 1)]
        mine = [card for card in cards if card.id in self._key_of]
        for card in mine:
            self._file_out(card)
        if mine:
            self.totals_changed.emit()

    def _place_rows(self, rows: range) -> None:
        cards = [self.board.card_at(row) for row in rows]
        mine = [card for card in cards if card.stage == self.stage or card.id in self._key_of]
        for card in mine:
            self._place(card)
        if mine:
            self.totals_changed.emit()

    def _place(self, card: Card) -> None:
        """Bring one changed card into, out of, or to its new place in this column."""
        old_key = self._key_of.get(card.id)
        if old_key is None:
            self._file_in(card)
        elif card.stage != self.stage:
            self._file_out(card)
        elif self._shown.row_of(old_key) >= 0 and self.board.accepts(card):
            self._move_within(card, old_key)
        else:
            self._file_out(card)
            self._file_in(card)

    def _file_in(self, card: Card) -> None:
        key = sort_key(card)
        self._key_of[card.id] = key
        self._all.insert(key)
        self._file_paid(card)
        if self.board.accepts(card):
            row = bisect.bisect_left(self._shown.keys, key)
            self.beginInsertRows(QModelIndex(), row, row)
            self._shown.keys.insert(row, key)
            self.endInsertRows()
            self._count_paid(card.id, card.paid)

    def _file_out(self, card: Card) -> None:
        key = self._key_of.pop(card.id)
        del self._all.keys[self._all.row_of(key)]
        self._stage_paid.pop(card.id, None)
        row = self._shown.row_of(key)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._shown.keys[row]
            self.endRemoveRows()
            self._count_paid(card.id, ())

    def _move_within(self, card: Card, old_key: SortKey) -> None:
        """A card that stays shown here: one row move at most, so the view keeps it selected."""
        key = sort_key(card)
        old_row = self._shown.row_of(old_key)
        del self._all.keys[self._all.row_of(old_key)]
        self._all.insert(key)
        self._key_of[card.id] = key
        self._file_paid(card)
        rest = self._shown.keys[:old_row] + self._shown.keys[old_row + 1 :]
        new_row = bisect.bisect_left(rest, key)
        if new_row == old_row:
            self._shown.keys[old_row] = key
        else:
            # beginMoveRows wants the destination as a row of the list before the move.
            destination = new_row if new_row < old_row else new_row + 1
            self.beginMoveRows(QModelIndex(), old_row, old_row, QModelIndex(), destination)
            rest.insert(new_row, key)
            self._shown.keys = rest
            self.endMoveRows()
        index = self.index(new_row, 0)
        self.dataChanged.emit(index, index)
        self._count_paid(card.id, card.paid)

    def _file_paid(self, card: Card) -> None:
        if card.paid:
            self._stage_paid[card.id] = card.paid
        else:
            self._stage_paid.pop(card.id, None)

    def _count_paid(self, contact_id: int, paid: tuple[tuple[str, int], ...]) -> None:
        """Keep the column's paid totals as a running sum: ``paid`` is what this shown card paid now."""
        self._add_paid(self._paid_of.pop(contact_id, ()), -1)
        if paid:
            self._paid_of[contact_id] = paid
            self._add_paid(paid, 1)

    def _add_paid(self, paid: tuple[tuple[str, int], ...], sign: int) -> None:
        for currency, cents in paid:
            self._paid[currency] = self._paid.get(currency, 0) + sign * cents

    # --- what the header shows -------------------------------------------------------------------

    def _summary(self) -> ColumnSummary | None:
        """While only the top of the board is loaded (and nothing filtered), the figures SQLite computed."""
        summaries = self.board.partial_summaries
        return None if summaries is None or self.board.filter.is_active else summaries[self.stage]

    def shown_count(self) -> int:
        """Cards the column shows (the filter applied)."""
        summary = self._summary()
        return len(self._shown.keys) if summary is None else summary.count

    def total_count(self) -> int:
        """Cards of this stage, shown or not."""
        summary = self._summary()
        return len(self._all) if summary is None else summary.count

    def paid_totals(self) -> tuple[tuple[str, int], ...]:
        """Paid by the shown cards, per currency, largest first."""
        summary = self._summary()
        if summary is not None:
            return summary.paid
        return tuple(sorted(((c, v) for c, v in self._paid.items() if v), key=lambda a: -a[1]))

    def contact_id(self, row: int) -> int:
        return self._shown.id_at(row)

    def row_of_contact(self, contact_id: int) -> int:
        key = self._key_of.get(contact_id)
        return -1 if key is None else self._shown.row_of(key)

    def column_row(self, shown_row: int) -> int | None:
        """The row in the whole column (filter aside) where a drop at ``shown_row`` lands; None: the end."""
        if shown_row < 0 or shown_row >= len(self._shown):
            return None
        return bisect.bisect_left(self._all.keys, self._shown.keys[shown_row])

    # --- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        # Called by Qt for every index it makes: kept to one attribute read.
        return 0 if parent.isValid() else len(self._shown.keys)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        card = self.board.card(self._shown.id_at(index.row()))
        return None if card is None else self.board.card_data(card, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return self.board.flags(index)

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        return self.board.mimeData(indexes)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self.drop_handler is not None and bool(decode_ids(data))

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Cards dropped here: hand their ids to the controller, which applies the rules and moves them."""
        ids = decode_ids(data)
        if not ids or self.drop_handler is None or action == Qt.DropAction.IgnoreAction:
            return False
        if parent.isValid():
            row = parent.row()
        return self.drop_handler(ids, self.stage, self.column_row(row))

