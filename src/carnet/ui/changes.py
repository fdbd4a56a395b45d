"""The window's one change notification, and how the views follow it.

A writer (the board's controller, the contact actions, the import, the Archived and Gifts tabs, a restore)
commits through a service inside `ChangeHub.refusals` (which shows a refusal, the same way everywhere),
then calls `ChangeHub.notify` with what changed. `ChangeFollowers` (installed
by the main window) brings every view up to date from there: the board re-reads the changed cards unless
the writer already placed them, the contact panel shows the contact now selected, the visible tab reads
again at once and a hidden one when it is next shown, and undo steps whose premise no longer holds are
marked so (an archive undone elsewhere is not refused when undone again, it is dropped with a word).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from carnet.domain.errors import CarnetError
from carnet.services.changes import Change
from carnet.ui.labels import error_text


@dataclass
class Attempt:
    """What `ChangeHub.refusals` saw: the refusal, if the write was refused (nothing of it was saved)."""

    refused: CarnetError | None = None


class ChangeHub(QObject):
    """Emits `changed` with the `Change` of each committed write, and shows every refusal.

    A refusal (`CarnetError`: a rule, a bad value, a busy or full disk, an internal error) is shown in one
    way everywhere: in the status bar for a quick gesture on the board (a drop), in a message box for an
    action the user confirmed in a dialog (``title``).
    """

    changed = Signal(object)
    status_message = Signal(str)  # a refusal for the status bar

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

    def notify(self, change: Change) -> None:
        if change.everything or change.contact_ids:
            self.changed.emit(change)

    @contextmanager
    def refusals(self, title: str | None = None) -> Iterator[Attempt]:
        """Run the ``with`` body's service call; a refusal is shown (see `refuse`) and not raised further."""
        attempt = Attempt()
        try:
            yield attempt
        except CarnetError as error:
            attempt.refused = error
            self.refuse(error, title)

    def refuse(self, error: CarnetError, title: str | None = None) -> None:
        if title is None:
            self.status_message.emit(error_text(error))
        else:
            show_refusal(self._window, title, error)


def show_refusal(parent: QWidget, title: str, error: CarnetError) -> None:
    """A refusal in a message box, in the interface's language: how every dialog-confirmed action says it."""
    QMessageBox.warning(parent, title, error_text(error))


class Refreshable(Protocol):
    def refresh(self) -> None: ...


class FollowsChanges(Refreshable, Protocol):
    """A page that follows each `Change` itself (the dashboard reads again only the contacts it names)."""

    def follow_change(self, change: Change, *, shown: bool) -> None: ...


class StaleTabs:
    """The tabs that read the book: the current one reads again at once, the others once shown again.

    A page with a ``follow_change`` method is handed every change, shown or not, and reads again itself (at
    once when ``shown``); it is still refreshed when shown again after a change. Others are refreshed.
    """

    def __init__(self, current: Callable[[], object]) -> None:
        self._current = current
        self._pages: list[Refreshable] = []
        self._stale: set[int] = set()

    def add(self, page: Refreshable) -> None:
        self._pages.append(page)

    def changed(self, change: Change) -> None:
        current = self._current()
        for page in self._pages:
            follow = getattr(page, "follow_change", None)
            if follow is not None:
                follow(change, shown=page is current)
                if page is not current:
                    self._stale.add(id(page))
            elif page is current:
                page.refresh()
            else:
                self._stale.add(id(page))

    def shown(self, shown: object) -> None:
        for page in self._pages:
            if page is shown and id(page) in self._stale:
                self._stale.discard(id(page))
                page.refresh()
