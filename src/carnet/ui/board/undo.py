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


class DoneCommand(QUndoCommand):
    """An action already committed when pushed (archive, merge, create, edit): ``undo`` and ``redo`` replay
    it through the services. Each returns False when the service refused; the user has been told why."""

    def __init__(self, text: str, redo: Callable[[], object], undo: Callable[[], object]) -> None:
        super().__init__(text)
        self._redo, self._undo = redo, undo
        self._done = True

    def redo(self) -> None:
        if self._done:  # QUndoStack.push calls redo(); the action itself has just been committed
            self._done = False
            return
        self._redo()

    def undo(self) -> None:
        self._undo()
