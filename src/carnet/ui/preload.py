"""Modules the window will soon need, imported ahead of time on one thread, one batch after another (issue 19).

Imported on the window's thread when first needed, the services (SQLAlchemy and the ORM tables), the
companions started after the first paint and the Dashboard tab's modules (QtCharts) stopped it for 70–700 ms.
They are imported here instead, while the user looks at the board. On **one** thread, in turn: two threads
importing SQLAlchemy at once met its import cycles half-way, and Python handed one of them a partly
initialised module (``ImportError: cannot import name … from partially initialized module``), after which the
first drop imported everything again on the window's thread. A module the window needs meanwhile waits for
this thread's import of it (Python's import locks), it is not imported twice.

Modules live as long as the window: after each batch what is alive is left out of the cycle collector's walks
(`collector.keep_survivors`).
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from importlib import import_module

from carnet import collector
from carnet.thread_priority import give_way_to_the_window

_importer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="carnet-preload",
                               initializer=give_way_to_the_window)


def _import(modules: Sequence[str]) -> None:
    for name in modules:
        import_module(name)
    # Not collected first: while the reader paused the collector, the young generations hold the whole import
    # (a 70 ms walk), and an import leaves next to no garbage.
    collector.keep_survivors()


_last: Future[None] | None = None


def import_soon(modules: Sequence[str]) -> Future[None]:
    """Import ``modules`` after the batches asked before; the future says when (or why not)."""
    global _last
    _last = _importer.submit(_import, tuple(modules))
    return _last


def importing() -> bool:
    """Some batch is still being imported (the benchmarks wait for them before they measure)."""
    return _last is not None and not _last.done()
