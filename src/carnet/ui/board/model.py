"""BoardModel: every card on the board, as one flat list model.

Columns are `StageProxy` views over it. Rows carry ids (never copies for editing): a view that wants to
change a contact asks a service with the id, then the model is refreshed from the committed rows.
No ``removeRows``: Qt's views call it after a move-drag and it would delete contacts.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from carnet.services.queries import Card
from carnet.ui.labels import stage_label

Index = QModelIndex | QPersistentModelIndex


class CardRole(IntEnum):
    """Custom data roles of the board model."""

    CONTACT_ID = Qt.ItemDataRole.UserRole + 1  # int: the contact's primary key
    STAGE = Qt.ItemDataRole.UserRole + 2  # Stage: the column the card sits in
    POSITION = Qt.ItemDataRole.UserRole + 3  # float: order inside the column
    CARD = Qt.ItemDataRole.UserRole + 4  # Card: everything the card shows


class BoardModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cards: list[Card] = []

    def set_cards(self, cards: Sequence[Card]) -> None:
        """Replace every card (at open and on refresh); ``cards`` are in column order."""
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.display_name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{card.display_name} — {card.organisation}" if card.organisation else card.display_name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [card.display_name, card.organisation, stage_label(card.stage)]
            return ", ".join(part for part in parts if part)
        if role == CardRole.CONTACT_ID:
            return card.id
        if role == CardRole.STAGE:
            return card.stage
        if role == CardRole.POSITION:
            return card.position
        if role == CardRole.CARD:
            return card
        return None

    def roleNames(self) -> dict[int, bytes]:
        names = super().roleNames()
        names.update({int(role): role.name.lower().encode() for role in CardRole})
        return names
