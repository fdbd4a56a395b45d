"""Undo commands for the board. Each one replays through the services, never by editing rows here."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtGui import QUndoCommand

from carnet.services.changes import Change
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
    it through the services. Each returns False when the service refused; the user has been told why.

    ``still_undoable`` (optional) says whether undoing still makes sense once a write elsewhere touched one
    of ``contact_ids`` (an archived contact restored from the Archived tab, a created one deleted): when it
    no longer does, the step is marked obsolete — QUndoStack then drops it instead of running it — and its
    text says so, rather than a refusal that uses the step up.
    """

    def __init__(
        self, text: str, redo: Callable[[], object], undo: Callable[[], object], *,
        contact_ids: Iterable[int] = (), still_undoable: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(text)
        self._redo, self._undo = redo, undo
        self._done = True
        self.contact_ids = frozenset(contact_ids)
        self._still_undoable = still_undoable

    #: True while a step is being undone or redone: its own writes are not "elsewhere".
    replaying = False

    def redo(self) -> None:
        if self._done:  # QUndoStack.push calls redo(); the action itself has just been committed
            self._done = False
            return
        self._replay(self._redo)

    def undo(self) -> None:
        self._replay(self._undo)

    def _replay(self, step: Callable[[], object]) -> None:
        DoneCommand.replaying = True
        try:
            step()
        finally:
            DoneCommand.replaying = False

    def outdated_by(self, change: Change) -> bool:
        """True when ``change`` (written elsewhere) leaves nothing for this step to undo."""
        if self._still_undoable is None or not (change.everything or change.contact_ids & self.contact_ids):
            return False
        return not self._still_undoable()
