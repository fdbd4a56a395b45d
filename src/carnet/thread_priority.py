"""Carnet's background threads give way to the window's (issue 19). No Qt here.

On a two-core machine the reader, the start-up's check and backup, the services' import and the calendar's
rendering can all want a core in the seconds after the first paint; the window's thread then waited its turn
for tens of milliseconds at a time, doing nothing (the stall meter saw gaps with a fraction of their time spent
on the window's own CPU). A background thread lowers its own scheduling priority when it starts, so the system
runs the window first when cores are short; it still gets every core nobody else wants.

Within the process, the window's thread also waits for the GIL whenever a background thread runs Python: up to
the interpreter's switch interval (5 ms by default) each time it takes it back, and a table painting its rows
takes it back once per row it asks the model for. The window shortens that interval (`favour_the_window`): with
the dashboard following a write on the reader, the stall meter saw the window wait 75–121 ms at 5 ms and 24–28 ms
at 1 ms, for a few per cent more thread switches.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading

SWITCH_INTERVAL_S = 0.001  # how long a thread may keep the GIL when another one asks for it

# A nice value: ten steps below normal gives the window's thread about ten times the background's share of a
# busy core, and needs no privilege (a thread may always lower its own priority).
BACKGROUND_NICENESS = 10


def give_way_to_the_window() -> None:
    """Lower the calling thread's priority (Linux gives each thread its own nice value; elsewhere nothing)."""
    if not hasattr(os, "setpriority") or threading.current_thread() is threading.main_thread():
        return
    with contextlib.suppress(OSError):  # a sandbox that refuses it: the thread runs as it did
        current = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), max(current, BACKGROUND_NICENESS))


def favour_the_window() -> None:
    """Called once by the window's process: threads hand the GIL over sooner (see the module's docstring)."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)
