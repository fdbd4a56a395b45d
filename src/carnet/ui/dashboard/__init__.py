"""The Dashboard tab: QtCharts over `carnet.analytics` (SPEC §3, issue 6).

`DashboardTab` is imported on first use: the board imports this package's labels for its size badge, and
must not load QtCharts before its first paint.
"""

from __future__ import annotations

import threading
from typing import Any

from carnet.thread_priority import give_way_to_the_window

__all__ = ["DashboardTab", "preload"]


def preload() -> threading.Thread:
    """Import the tab's modules (QtCharts, the panels, the analytics) on a thread of their own, so that the
    first showing of the Dashboard tab does not wait for them on the window's thread (some 60–100 ms). Importing
    is safe off the window's thread; nothing here makes a widget. For the window to call after its first paint."""

    def load() -> None:
        give_way_to_the_window()
        import carnet.ui.dashboard.sections
        import carnet.ui.dashboard.tab  # noqa: F401

    thread = threading.Thread(target=load, name="carnet-preload-dashboard", daemon=True)
    thread.start()
    return thread


def __getattr__(name: str) -> Any:
    if name == "DashboardTab":
        from carnet.ui.dashboard.tab import DashboardTab

        return DashboardTab
    raise AttributeError(name)
