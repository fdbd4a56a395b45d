"""The Dashboard tab: QtCharts over `carnet.analytics` (SPEC §3, issue 6).

`DashboardTab` is imported on first use: the board imports this package's labels for its size badge, and
must not load QtCharts before its first paint.
"""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any

__all__ = ["DashboardTab", "preload"]


def preload() -> Future[None]:
    """Import the tab's modules (QtCharts, the panels, the analytics) ahead of time (`ui.preload`), so that the
    first showing of the Dashboard tab does not wait for them on the window's thread (some 60–100 ms). Nothing
    here makes a widget. For the window to call after its first paint."""
    from carnet.ui.preload import import_soon

    return import_soon(["carnet.ui.dashboard.sections", "carnet.ui.dashboard.tab"])


def __getattr__(name: str) -> Any:
    if name == "DashboardTab":
        from carnet.ui.dashboard.tab import DashboardTab

        return DashboardTab
    raise AttributeError(name)
