"""Undo commands for the board. Each one replays through the services, never by editing rows here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from carnet.services.results import Placement

Placements = dict[int, Placement]


class MoveCommand(QUndoCommand):
    """A move or a reorder, already done when pushed: undo puts the cards back where they were."""

    def __init__(self, text: str, before: Placements, after: Placements, place: Callable[[Placements], bool]) -> None:
        super().__init__(text)
        self.before, self.after = before, after
        self._place = place
        self._done = True

    def redo(self) -> None:
        if self._done:  # QUndoStack.push calls redo(); the move itself has just been committed
            self._done = False
            return
        self._place(self.after)

    def undo(self) -> None:
        self._place(self.before)


class ArchiveCommand(QUndoCommand):
    """Archiving, already done when pushed: undo restores the cards exactly where they were."""

    def __init__(
        self, text: str, contact_ids: list[int], archive: Callable[[list[int]], bool],
        restore: Callable[[list[int]], bool],
    ) -> None:
        super().__init__(text)
        self.contact_ids = contact_ids
        self._archive, self._restore = archive, restore
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._archive(self.contact_ids)

    def undo(self) -> None:
        self._restore(self.contact_ids)
