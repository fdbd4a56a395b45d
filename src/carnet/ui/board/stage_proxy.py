"""StageProxy: the cards of one stage that the filter shows, in column order.

A hand-written proxy rather than a QSortFilterProxyModel: that one calls ``filterAcceptsRow`` in Python
for every row of the board on each key press in the filter bar (about 75 ms at 10,000 cards; the
budget is 30). Here the filter runs once per card in plain Python and each column is rebuilt from its
own sorted list, and a drop updates just the moved rows with precise insert/remove/move signals.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Callable, Sequence
from itertools import compress
from typing import Any

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from carnet.domain.enums import Stage
from carnet.services.board_read import STAGE_CODES, Card, ColumnSummary, Paid
from carnet.ui.board.mime import MIME_TYPE, decode_ids
from carnet.ui.board.model import PLACING_ROLES, BoardModel, CardRole

Index = QModelIndex | QPersistentModelIndex
SortKey = tuple[float, int]
# (contact ids in the order dropped, stage, row in the full column or None for the end) -> handled
DropHandler = Callable[[list[int], Stage, int | None], bool]


def sort_key(card: Card) -> SortKey:
    return (card.position, card.id)


class OrderedIds:
    """Ids kept sorted by their (position, id) key, as two arrays (16 bytes a card, where a list of tuples
    took about 110), for bisect inserts."""

    __slots__ = ("ids", "positions")

    def __init__(self, positions: Sequence[float] = (), ids: Sequence[int] = ()) -> None:
        self.positions = array("d", positions)
        self.ids = array("q", ids)

    def __len__(self) -> int:
        return len(self.ids)

    def keys(self) -> list[SortKey]:
        return list(zip(self.positions, self.ids, strict=True))

    def find(self, key: SortKey) -> int:
        """Where ``key`` is or would go."""
        position, contact_id = key
        low = bisect.bisect_left(self.positions, position)
        high = bisect.bisect_right(self.positions, position, low)
        return bisect.bisect_left(self.ids, contact_id, low, high)

    def insert(self, key: SortKey) -> int:
        row = self.find(key)
        self.positions.insert(row, key[0])
        self.ids.insert(row, key[1])
        return row

    def delete(self, row: int) -> None:
        del self.positions[row]
        del self.ids[row]

    def row_of(self, key: SortKey) -> int:
        row = self.find(key)
        return row if row < len(self.ids) and self.ids[row] == key[1] and self.positions[row] == key[0] else -1

    def id_at(self, row: int) -> int:
        return self.ids[row]

    def copy(self) -> OrderedIds:
        return OrderedIds(self.positions, self.ids)

    def only(self, flags: bytes) -> OrderedIds:
        """The keys whose flag (a byte per key, in order) is set."""
        return OrderedIds(array("d", compress(self.positions, flags)), array("q", compress(self.ids, flags)))


class StageProxy(QAbstractListModel):
    totals_changed = Signal()

    def __init__(self, board: BoardModel, stage: Stage, parent: Any = None) -> None:
        super().__init__(parent)
        self.board = board
        self.stage = stage
        self._code = STAGE_CODES[stage]
        self._all = OrderedIds()  # every card of the stage
        self._shown = OrderedIds()  # those the filter lets through: the rows of this model
        self._paid: dict[str, int] = {}  # currency -> cents paid by the shown cards
        self._paid_of: dict[int, Paid] = {}  # what each shown card adds to it
        self._stage_paid: dict[int, Paid] = {}  # what each card of the stage paid
        self.drop_handler: DropHandler | None = None
        board.modelReset.connect(self._rebuild)
        board.filter_changed.connect(self._refilter)
        board.summaries_changed.connect(self.totals_changed)
        board.dataChanged.connect(self._on_data_changed)
        board.rowsInserted.connect(self._on_rows_inserted)
        board.rowsAboutToBeRemoved.connect(self._on_rows_removed)
        self._rebuild()

    # --- following the board ----------------------------------------------------------------

    def _rebuild(self) -> None:
        self.beginResetModel()
        contents = self.board.take_column(self.stage)
        self._all = OrderedIds()
        self._all.positions, self._all.ids = contents.positions, contents.ids
        self._stage_paid = contents.paid_of
        visible = self.board.visible_mask()  # None: nothing filtered
        if visible is None:
            self._shown = self._all.copy()
            self._paid_of, self._paid = dict(contents.paid_of), contents.paid
        else:
            self._shown = self._all.only(bytes(map(visible.__getitem__, self._all.ids)))
            self._count_shown_paid(visible)
        self.endResetModel()
        self.totals_changed.emit()

    def _count_shown_paid(self, visible: bytearray | None) -> None:
        # Only the cards that paid count: no look-up of every shown card.
        if visible is None:
            self._paid_of = dict(self._stage_paid)
        else:
            self._paid_of = {i: paid for i, paid in self._stage_paid.items() if visible[i]}
        self._paid = {}
        for paid in self._paid_of.values():
            self._add_paid(paid, 1)

    def _refilter(self) -> None:
        """The filter changed: keep this column's cards the board's filter lets through."""
        visible = self.board.visible_mask()
        if visible is None:
            shown = self._all.copy()
        elif visible.count(1) * 4 < len(self._all):
            # Few cards shown on the whole board against this column's: look them up rather than scan it.
            index = self.board.board_index
            stages, positions, code = index.stage, index.position, self._code
            mine = sorted((positions[i], i) for i in compress(range(len(visible)), visible) if stages[i] == code)
            shown = OrderedIds([key[0] for key in mine], [key[1] for key in mine])
        else:
            shown = self._all.only(bytes(map(visible.__getitem__, self._all.ids)))
        if shown.ids == self._shown.ids and shown.positions == self._shown.positions:
            return
        self.beginResetModel()
        self._shown = shown
        self._count_shown_paid(visible)
        self.endResetModel()
        self.totals_changed.emit()

    def _on_data_changed(self, top: QModelIndex, bottom: QModelIndex, roles: Sequence[int] = ()) -> None:
        if roles and not PLACING_ROLES.intersection(roles):
            # Only how cards look (the size badges): every card stays where it is, its rows are drawn again.
            if len(self._shown):
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._shown) - 1, 0), list(roles))
            return
        self._place_ids([self.board.board_index.ids[row] for row in range(top.row(), bottom.row() + 1)])

    def _on_rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._place_ids([self.board.board_index.ids[row] for row in range(first, last + 1)])

    def _on_rows_removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        # Before the rows go: the index still says where each card is filed.
        changed = False
        for row in range(first, last + 1):
            contact_id = self.board.board_index.ids[row]
            placement = self.board.placement(contact_id)
            if placement is not None and placement[0] is self.stage:
                self._file_out((placement[1], contact_id))
                changed = True
        if changed:
            self.totals_changed.emit()

    def _place_ids(self, contact_ids: list[int]) -> None:
        changed = False
        for contact_id in contact_ids:
            changed = self._place(contact_id) or changed
        if changed:
            self.totals_changed.emit()

    def _place(self, contact_id: int) -> bool:
        """Bring one changed card into, out of, or to its new place in this column; False if it is not this
        column's, before or after."""
        before, now = self.board.placement_before(contact_id), self.board.placement(contact_id)
        was_here = before is not None and before[0] is self.stage
        is_here = now is not None and now[0] is self.stage
        if not (was_here or is_here):
            return False
        old_key = None if before is None else (before[1], contact_id)
        if was_here and is_here and old_key is not None and self._shown.row_of(old_key) >= 0 \
                and self.board.shows(contact_id):
            self._move_within(contact_id, old_key, (now[1], contact_id))  # type: ignore[index]
            return True
        if was_here and old_key is not None:
            self._file_out(old_key)
        if is_here:
            self._file_in((now[1], contact_id))  # type: ignore[index]
        return True

    def _file_in(self, key: SortKey) -> None:
        contact_id = key[1]
        if self._all.row_of(key) >= 0:
            return  # already filed there (a second signal for the same change)
        self._all.insert(key)
        self._file_paid(contact_id)
        if self.board.shows(contact_id):
            row = self._shown.find(key)
            self.beginInsertRows(QModelIndex(), row, row)
            self._shown.insert(key)
            self.endInsertRows()
            self._count_paid(contact_id, self.board.paid_of(contact_id))

    def _file_out(self, key: SortKey) -> None:
        contact_id = key[1]
        row = self._all.row_of(key)
        if row < 0:
            return
        self._all.delete(row)
        self._stage_paid.pop(contact_id, None)
        row = self._shown.row_of(key)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            self._shown.delete(row)
            self.endRemoveRows()
            self._count_paid(contact_id, ())

    def _move_within(self, contact_id: int, old_key: SortKey, key: SortKey) -> None:
        """A card that stays shown here: one row move at most, so the view keeps it selected."""
        old_row = self._shown.row_of(old_key)
        all_row = self._all.row_of(old_key)
        if all_row >= 0:
            self._all.delete(all_row)
        self._all.insert(key)
        self._file_paid(contact_id)
        self._shown.delete(old_row)
        new_row = self._shown.find(key)
        if new_row == old_row:
            self._shown.insert(key)
        else:
            # beginMoveRows wants the destination as a row of the list before the move; the key is put back
            # first so the model is as it was when the move begins.
            self._shown.positions.insert(old_row, old_key[0])
            self._shown.ids.insert(old_row, old_key[1])
            destination = new_row if new_row < old_row else new_row + 1
            self.beginMoveRows(QModelIndex(), old_row, old_row, QModelIndex(), destination)
            self._shown.delete(old_row)
            self._shown.insert(key)
            self.endMoveRows()
        index = self.index(new_row, 0)
        self.dataChanged.emit(index, index)
        self._count_paid(contact_id, self.board.paid_of(contact_id))

    def _file_paid(self, contact_id: int) -> None:
        paid = self.board.paid_of(contact_id)
        if paid:
            self._stage_paid[contact_id] = paid
        else:
            self._stage_paid.pop(contact_id, None)

    def _count_paid(self, contact_id: int, paid: Paid) -> None:
        """Keep the column's paid totals as a running sum: ``paid`` is what this shown card paid now."""
        self._add_paid(self._paid_of.pop(contact_id, ()), -1)
        if paid:
            self._paid_of[contact_id] = paid
            self._add_paid(paid, 1)

    def _add_paid(self, paid: Paid, sign: int) -> None:
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
        return len(self._shown) if summary is None else summary.count

    def total_count(self) -> int:
        """Cards of this stage, shown or not."""
        summary = self._summary()
        return len(self._all) if summary is None else summary.count

    def paid_known(self) -> bool:
        """False for the moment after the first paint when what the column was paid is still being added up."""
        summary = self._summary()
        return summary is None or summary.paid is not None

    def paid_totals(self) -> tuple[tuple[str, int], ...]:
        """Paid by the shown cards, per currency, largest first (nothing while not `paid_known`)."""
        summary = self._summary()
        if summary is not None:
            return summary.paid or ()
        return tuple(sorted(((c, v) for c, v in self._paid.items() if v), key=lambda a: -a[1]))

    def contact_id(self, row: int) -> int:
        return self._shown.id_at(row)

    def row_of_contact(self, contact_id: int) -> int:
        placement = self.board.placement(contact_id)
        if placement is None or placement[0] is not self.stage:
            return -1
        return self._shown.row_of((placement[1], contact_id))

    def column_row(self, shown_row: int) -> int | None:
        """The row in the whole column (filter aside) where a drop at ``shown_row`` lands; None: the end."""
        if shown_row < 0 or shown_row >= len(self._shown):
            return None
        return self._all.find((self._shown.positions[shown_row], self._shown.ids[shown_row]))

    # --- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        # Called by Qt for every index it makes: kept to one attribute read.
        return 0 if parent.isValid() else len(self._shown.ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        row = index.row()
        if role == CardRole.CONTACT_ID:
            return self._shown.ids[row]  # no card read for it
        card = self.board.card_near(self._shown.ids, row)
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

