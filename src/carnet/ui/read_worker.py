"""Long reads off the window's thread (issue 19): one worker thread with its own read-only view of the book,
results handed back to the window's thread by a queued signal.

A view asks ``reads.read(key, work, done)``: ``work(view)`` runs on the worker against `Database` of its own
(read-only connections, opened on that thread: no connection is shared between threads), and ``done(result)``
then runs on the window's thread. Writes stay where they are — on the window's thread, one transaction
each, committed before the view moves — so a read may have begun before a write that commits while it
runs. Two rules keep a view from ever showing such a stale result:

- **Only the latest read of a key counts.** A view that asks again (the change hub refreshed it after a
  write) supersedes its pending read: the older one is skipped if not begun, its result dropped if it was.
- **A result read before a write is read again.** `Database.generation` counts the committed write
  transactions; a read carries the generation of when it was asked, and a result arriving after the
  generation moved is dropped and the read asked again, whoever made the write (a view may have been told
  nothing of it: a hidden tab, a write of its own).

A book too small to make the window wait (fewer than `THREADED_FROM` contacts: every read takes a few
milliseconds) is read on the window's thread at once, as before, which spares a "loading…" flash.
"""

from __future__ import annotations

import itertools
import logging
import queue
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from carnet import collector
from carnet.storage import Database
from carnet.thread_priority import give_way_to_the_window

log = logging.getLogger(__name__)

# From this many contacts on the board, long reads run on the worker. Below it the whole board reads in
# under 25 ms and the dashboard in under 40 ms on the 2-core reference machine (docs/benchmarks.md).
THREADED_FROM = 2_000


@dataclass(frozen=True)
class _Job:
    key: str
    serial: int
    generation: int
    work: Callable[[Database], Any]
    done: Callable[[Any], None]
    failed: Callable[[BaseException], None] | None
    again: Callable[[], None] | None


class ReadWorker(QObject):
    """The window's one reader thread (started on the first threaded read, ended with the window)."""

    _finished = Signal(object)  # (job, ok, value), emitted on the worker, received on the window's thread
    #: A read (the key) was handed to the view: tests and the stall meter wait on it.
    delivered = Signal(str)

    def __init__(self, database: Database, parent: QObject | None = None, *, threaded: bool = False) -> None:
        super().__init__(parent)
        self.database = database
        self.threaded = threaded
        self._serials = itertools.count(1)
        self._latest: dict[str, int] = {}  # key -> serial of the read to deliver; touched on the window's thread
        self._skippable: set[tuple[str, int]] = set()  # superseded reads the worker need not begin
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._finished.connect(self._deliver)
        self.destroyed.connect(lambda *_: self._jobs.put(None))

    def follow_size(self, contacts: int) -> None:
        """Thread the reads of a book of ``contacts`` contacts or more (see `THREADED_FROM`)."""
        self.threaded = contacts >= THREADED_FROM

    def forget(self, key: str) -> None:
        """Drop the pending read of ``key``, if any (the view read it itself meanwhile)."""
        serial = self._latest.pop(key, None)
        if serial is not None:
            self._skippable.add((key, serial))

    def pending(self, key: str) -> bool:
        """A read of ``key`` asked and not yet handed to its view."""
        return key in self._latest

    def read(self, key: str, work: Callable[[Database], Any], done: Callable[[Any], None],
             failed: Callable[[BaseException], None] | None = None, again: Callable[[], None] | None = None) -> None:
        """Run ``work`` and hand its result to ``done`` (or its exception to ``failed``; without one, to the error
        report), superseding any read of ``key`` not yet delivered. ``again`` asks the read anew when a write
        made its result stale (a view whose ``work`` holds values read earlier); by default ``work`` runs
        again."""
        serial = next(self._serials)
        previous = self._latest.get(key)
        if previous is not None:
            self._skippable.add((key, previous))
        self._latest[key] = serial
        job = _Job(key, serial, self.database.generation, work, done, failed, again)
        if not self.threaded:
            self._run_here(job)
            return
        self._start()
        self._jobs.put(job)

    def stop(self) -> None:
        """End the worker thread once it has finished its current read, and wait for it; results still coming
        are dropped. (A thread that had emitted to the window and ended while the window's thread laid out a
        table crashed Qt: the caller goes on only once it is gone.)"""
        self._latest.clear()
        self._jobs.put(None)
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(30)

    # --- the worker's side -------------------------------------------------------------------

    def _start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._serve, args=(self.database.path,), name="carnet-reader",
                                            daemon=True)
            self._thread.start()

    def _serve(self, path: Any) -> None:
        # Its own read-only view of the file: opened lazily on this thread, closed whenever no read waits, so
        # that a restore or a checkpoint never meets a connection left open here.
        give_way_to_the_window()
        view = Database(path, None, read_only=True)
        try:
            while True:
                job = self._jobs.get()
                if job is None:
                    return
                if (job.key, job.serial) in self._skippable:
                    self._skippable.discard((job.key, job.serial))
                    continue
                outcome = self._work(job, view)
                if self._jobs.empty():
                    view.release_connections()
                try:
                    self._finished.emit((job, *outcome))
                except RuntimeError:  # the window (and this object) is gone: nobody to tell
                    return
        finally:
            view.release_connections()

    @staticmethod
    def _work(job: _Job, view: Database) -> tuple[bool, Any]:
        # A read of a big book makes hundreds of thousands of objects: without the collector meanwhile, and
        # kept out of its later walks, which held the GIL, and so stopped the window, for up to 0.4 s each.
        collector.collect_young()
        with collector.paused():
            try:
                outcome: tuple[bool, Any] = (True, job.work(view))
            except BaseException as exc:  # handed to the window's thread, which reports it
                outcome = (False, exc)
            collector.keep_survivors()
        return outcome

    # --- the window's side -------------------------------------------------------------------

    def _run_here(self, job: _Job) -> None:
        """A small book: read now, on this thread; a failure without ``failed`` raises here, as a read did."""
        try:
            value = job.work(self.database)
        except BaseException as exc:
            if job.failed is None:
                self._latest.pop(job.key, None)
                raise
            self._deliver((job, False, exc))
            return
        self._deliver((job, True, value))

    def _deliver(self, outcome: tuple[_Job, bool, Any]) -> None:
        job, ok, value = outcome
        self._skippable.discard((job.key, job.serial))
        if self._latest.get(job.key) != job.serial:
            return  # a later read of the same key was asked: it will be delivered instead
        if job.generation != self.database.generation:
            # A write committed while this was read: its result may not show it. Read again.
            log.debug("read %s began before a write: read again", job.key)
            if job.again is not None:
                job.again()
            else:
                self.read(job.key, job.work, job.done, job.failed)
            return
        del self._latest[job.key]
        if ok:
            job.done(value)
        elif job.failed is not None:
            job.failed(value)
        else:
            sys.excepthook(type(value), value, value.__traceback__)
        self.delivered.emit(job.key)
