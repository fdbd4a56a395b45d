"""The window's one change notification, and how the views follow it.

A writer (the board's controller, the contact actions, the import, the Archived and Gifts tabs, a restore)
commits through a service, then calls `ChangeHub.notify` with what changed. `ChangeFollowers` (installed
by the main window) brings every view up to date from there: the board re-reads the changed cards unless
the writer already placed them, the contact panel shows the contact now selected, the visible tab reads
again at once and a hidden one when it is next shown, and undo steps whose premise no longer holds are
marked so (an archive undone elsewhere is not refused when undone again, it is dropped with a word).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from carnet.services.changes import Change


class ChangeHub(QObject):
    """Emits `changed` with the `Change` of each committed write."""

    changed = Signal(object)

    def notify(self, change: Change) -> None:
        if change.everything or change.contact_ids:
            self.changed.emit(change)


class Refreshable(Protocol):
    def refresh(self) -> None: ...


class StaleTabs:
    """The tabs that read the book: the current one reads again at once, the others once shown again."""

    def __init__(self, current: Callable[[], object]) -> None:
        self._current = current
        self._pages: list[Refreshable] = []
        self._stale: set[int] = set()

    def add(self, page: Refreshable) -> None:
        self._pages.append(page)

    def changed(self, _change: Change) -> None:
        current = self._current()
        for page in self._pages:
            if page is current:
                page.refresh()
            else:
                self._stale.add(id(page))

    def shown(self, shown: object) -> None:
        for page in self._pages:
            if page is shown and id(page) in self._stale:
                self._stale.discard(id(page))
                page.refresh()

    def is_stale(self, page: object) -> bool:
        return id(page) in self._stale
