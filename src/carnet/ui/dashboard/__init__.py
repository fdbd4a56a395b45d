"""The Dashboard tab: QtCharts over `carnet.analytics` (SPEC §3, issue 6)."""

from carnet.ui.dashboard.tab import DashboardTab

__all__ = ["DashboardTab"]
