"""The Dashboard tab: QtCharts over `carnet.analytics` (SPEC §3, issue 6).

`DashboardTab` is imported on first use: the board imports this package's labels for its size badge, and
must not load QtCharts before its first paint.
"""

from __future__ import annotations

from typing import Any

__all__ = ["DashboardTab"]


def __getattr__(name: str) -> Any:
    if name == "DashboardTab":
        from carnet.ui.dashboard.tab import DashboardTab

        return DashboardTab
    raise AttributeError(name)
