"""Python's cycle collector, kept from stopping the window (issue 19). No Qt here.

A full collection walks every object the collector tracks, and holds the GIL while it does: with 100,000
cards on the board and the dashboard's rows read, the stall meter saw 100–390 ms collections on the reader
thread, each one finding nothing to free, during which the window's thread could not run a line (the
window was stopped while using 2 ms of CPU). Two things keep them away:

- **Paused while a big result is made** (`paused`): the reader's work, an import's drafts. They hold no
  cycles; collecting again and again as hundreds of thousands of rows pile up only walks them.
- **What was read is kept out of later walks** (`keep_survivors`, at the end of the reader's work):
  `gc.freeze` moves every object tracked now to the permanent generation, so that later collections walk
  only what was made since. Objects frozen are still freed as soon as nothing refers to them (the rows of
  a list read again replace the old ones at once); only a *cycle* of garbage frozen with them would stay.
  That is why the young generations are collected first (`collect_young`: a few thousand objects at
  most, well under a millisecond), and why it is done only around the reader's work, not on every write.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_was_enabled = False


@contextmanager
def paused() -> Iterator[None]:
    """No automatic collection while any caller is inside (calls from several threads may overlap: the
    collector comes back when the last one leaves, if it was on when the first came)."""
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()


def collect_young() -> None:
    """Free the cycles of garbage made lately (the two young generations: cheap, the old one is not
    walked), before `keep_survivors` would keep them."""
    gc.collect(1)


def keep_survivors() -> None:
    """Everything alive now is left out of every later collection's walk (see the module's docstring)."""
    gc.freeze()
