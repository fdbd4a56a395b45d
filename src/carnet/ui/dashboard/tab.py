"""The Dashboard tab (SPEC §3, issue 6): funnel, revenue, sources, referrals, RFM segments and client size;
above them, this year's revenue against the user's ceilings (issue 15 item 6), whatever the period.

The rows are read once per `refresh` (`services.dashboard_read`, one transaction) and every panel is
computed from them by `carnet.analytics`; changing the period recomputes without reading again. A
refresh asked while the tab is hidden is done when it is next shown: the main window refreshes after every
change, and the board must not pay for a dashboard nobody is looking at. In a big book the read and the
computation run on the window's reader thread (`ui.read_worker`: 1.5 s at 100,000 contacts), the tab
saying "Loading…" meanwhile; only drawing the charts is left to the window's thread.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date

from PySide6.QtCharts import QAbstractBarSeries, QBarSet
from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from carnet.analytics.clients import PmgThresholds, Segment
from carnet.analytics.common import Period
from carnet.analytics.dashboard import Dashboard, compute_dashboard
from carnet.analytics.rows import DashboardRows
from carnet.analytics.thresholds import Ceilings, RevenueAgainstCeilings, against_ceilings, year_revenue
from carnet.services.dashboard_read import dashboard_rows
from carnet.storage import Database
from carnet.ui.dashboard import sections
from carnet.ui.dashboard.charts import Colours
from carnet.ui.dashboard.table import CONTACT_IDS_ROLE
from carnet.ui.dashboard.thresholds import CeilingsPanel
from carnet.ui.dialogs.date_field import DateField
from carnet.ui.dialogs.revenue_ceilings import revenue_ceilings_from_settings
from carnet.ui.read_worker import ReadWorker

_READ_KEY = "dashboard"

TWO_COLUMNS_FROM = 1080  # the tab's width, in pixels, below which the panels always go one a row


class DashboardTab(QWidget):
    """Every panel of the dashboard, for the period chosen at the top."""

    # A segment's translated name and its contacts' ids, when the user clicks it (chart bar or table row).
    segment_requested = Signal(str, list)
    refreshed = Signal()  # new figures are on screen
    THIS_YEAR, LAST_12_MONTHS, ALL_TIME, CUSTOM = range(4)

    def __init__(self, database: Database, parent: QWidget | None = None, *,
                 thresholds: Callable[[], PmgThresholds | None] = lambda: None,
                 ceilings: Callable[[], Ceilings] = revenue_ceilings_from_settings,
                 today: Callable[[], date] = date.today, reads: ReadWorker | None = None) -> None:
        super().__init__(parent)
        self.database = database
        # The window's reader thread; without one (a tab made alone), every read is made here and now.
        self.reads = reads if reads is not None else ReadWorker(database, self)
        self._rows_wanted = True  # the next computation must read the rows first
        self._thresholds = thresholds
        # Read from the settings by default: the window makes the tab without saying, and refreshes it
        # after Preferences (a whole-book change), which reads them again.
        self._ceilings = ceilings
        self.ceilings: RevenueAgainstCeilings | None = None
        self._today = today
        self._rows: DashboardRows | None = None
        self._stale = True
        self.dashboard: Dashboard | None = None

        self.period_combo = QComboBox(self)
        self.period_combo.addItems([self.tr("This year"), self.tr("Last 12 months"), self.tr("All time"),
                                    self.tr("Custom")])
        self.period_combo.setCurrentIndex(self.LAST_12_MONTHS)
        self.period_combo.setAccessibleName(self.tr("Period"))
        self.from_edit, self.to_edit = DateField(self, today=today), DateField(self, today=today)
        for edit, name in ((self.from_edit, self.tr("From")), (self.to_edit, self.tr("To"))):
            edit.setAccessibleName(name)
            edit.setDate(today())
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.period_combo)
        self.from_label, self.to_label = QLabel(self.tr("from"), self), QLabel(self.tr("to"), self)
        self.currency_note = QLabel(self)
        self.currency_note.setWordWrap(True)
        self.currency_note.setAccessibleName(self.tr("Currency of the figures"))
        self.loading_label = QLabel(self.tr("Loading…"), self)
        self.loading_label.setVisible(False)
        controls = QHBoxLayout()
        for widget in (period_label, self.period_combo, self.from_label, self.from_edit, self.to_label, self.to_edit):
            controls.addWidget(widget)
        controls.addSpacing(16)
        controls.addWidget(self.currency_note, 1)
        controls.addWidget(self.loading_label)

        self.panels = sections.make_panels(self)
        grid_page = QWidget(self)
        page = QVBoxLayout(grid_page)
        page.setSpacing(12)
        self.ceilings_panel = CeilingsPanel(grid_page)
        page.addWidget(self.ceilings_panel)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)  # the page's margins already frame it
        self.grid.setSpacing(12)
        page.addLayout(self.grid, 1)  # the spare height goes to the panels, as before
        self.columns = 0
        self._lay_out_panels(2)
        self.scroll_area = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_page)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(scroll, 1)

        self._set_custom_range_visible(False)
        self.period_combo.currentIndexChanged.connect(self._period_kind_changed)
        # The custom period's days as last read: a half-typed or wrong day changes nothing, and leaving its
        # field puts back the day the figures show.
        self._range = [today(), today()]
        for side, edit in enumerate((self.from_edit, self.to_edit)):
            edit.dateChanged.connect(lambda day, side=side: self._day_typed(side, day))
            edit.editingFinished.connect(lambda side=side, edit=edit: self._show_readable(side, edit))
        rfm = self.panels["rfm"]
        rfm.table.activated.connect(lambda index: self._request_segment(index.row()))
        self.refresh(force=True)

    # --- data -----------------------------------------------------------------------------------

    def refresh(self, *, force: bool = False) -> None:
        """Read the book again and redraw; while the tab is hidden, only remember to do it when shown."""
        if not force and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._rows_wanted = True
        self._request()

    @property
    def loading(self) -> bool:
        """Figures are being read or computed: the tab says "Loading…" meanwhile."""
        return self.reads.pending(_READ_KEY)

    def _request(self) -> None:
        """Read (when the rows are wanted) and compute on the reader, draw here once the result comes back.
        Everything the work needs from the settings and the widgets is taken now, on this thread."""
        today, period, thresholds = self._today(), self.period(), self._thresholds()
        ceilings = self._ceilings() if self._rows_wanted else None
        rows = None if self._rows_wanted else self._rows

        def work(view: Database) -> tuple[DashboardRows, Dashboard, RevenueAgainstCeilings | None]:
            read = rows if rows is not None else dashboard_rows(view, today)
            # A calendar year whatever the period: computed once per read, not on each change of period.
            against = None if ceilings is None else against_ceilings(
                year_revenue(read.payments, read.today, read.home_currency), ceilings)
            return read, compute_dashboard(read, period, thresholds), against

        def again() -> None:  # a write came during the read: the rows are read again, whatever was asked
            self._rows_wanted = True
            self._request()

        self.loading_label.setVisible(self.reads.threaded)
        # Read here and now (a small book), a failure raises from here, as it always did.
        failed = self._failed if self.reads.threaded else None
        self.reads.read(_READ_KEY, work, self._show_result, failed=failed, again=again)

    def _show_result(self, result: tuple[DashboardRows, Dashboard, RevenueAgainstCeilings | None]) -> None:
        rows, self.dashboard, against = result
        self.loading_label.setVisible(False)
        if against is not None:
            self._rows, self._rows_wanted = rows, False
            self.ceilings = against
            self.ceilings_panel.show_result(against)
        self._show_dashboard()

    def _failed(self, error: BaseException) -> None:
        """A read that failed on the reader (a damaged row): reported as a read here would have been."""
        self.loading_label.setVisible(False)
        self._stale = True  # shown again, it tries again
        sys.excepthook(type(error), error, error.__traceback__)

    def period(self) -> Period:
        """The period chosen at the top."""
        today = self._today()
        kind = self.period_combo.currentIndex()
        if kind == self.THIS_YEAR:
            return Period.this_year(today)
        if kind == self.ALL_TIME:
            return Period.all_time(today)
        if kind == self.CUSTOM:
            start, end = self._range
            return Period(min(start, end), max(start, end))
        return Period.last_12_months(today)

    def _recompute(self) -> None:
        if self._rows is None and not self.loading:
            return
        self._request()

    def _show_dashboard(self) -> None:
        if self.dashboard is None:
            return
        self.currency_note.setText(self.tr("Figures in %1, the home currency, come first; other currencies are "
                                           "listed beside them, never added to them. Charts show %1.")
                                   .replace("%1", self.dashboard.currency))
        self._draw()
        self.refreshed.emit()

    def _draw(self) -> None:
        if self.dashboard is None:
            return
        sections.show(self.panels, self.dashboard, Colours(self.palette()))
        self._lay_out_panels(self._columns_for(self.width()))  # new figures may need more room
        segments = self.panels["rfm"].chart_series
        if isinstance(segments, QAbstractBarSeries):
            segments.clicked.connect(self._segment_bar_clicked)

    # --- period ---------------------------------------------------------------------------------

    def _period_kind_changed(self, kind: int) -> None:
        custom = kind == self.CUSTOM
        if custom:
            current = self.dashboard.period if self.dashboard else Period.last_12_months(self._today())
            self._range = [current.start or self._first_day(), current.end]
            for side, edit in enumerate((self.from_edit, self.to_edit)):
                edit.blockSignals(True)
                edit.setDate(self._range[side])
                edit.blockSignals(False)
        self._set_custom_range_visible(custom)
        self._recompute()

    def _day_typed(self, side: int, day: date | None) -> None:
        if day is not None and day != self._range[side]:
            self._range[side] = day
            self._recompute()

    def _show_readable(self, side: int, edit: DateField) -> None:
        if edit.day() is None:
            edit.setDate(self._range[side])

    def _first_day(self) -> date:
        days = [c.created for c in self._rows.contacts] if self._rows else []
        return date.fromordinal(min(days)) if days else self._today()

    def _set_custom_range_visible(self, visible: bool) -> None:
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            widget.setVisible(visible)

    # --- segments -------------------------------------------------------------------------------

    def _segment_bar_clicked(self, index: int, _bar_set: QBarSet) -> None:
        # Bars are drawn bottom-up: the last segment is bar 0.
        self._request_segment(len(Segment) - 1 - index)

    def _request_segment(self, row: int) -> None:
        model = self.panels["rfm"].model
        if not 0 <= row < model.rowCount():
            return
        ids = model.index(row, 0).data(CONTACT_IDS_ROLE) or []
        if ids:
            self.segment_requested.emit(model.index(row, 0).data(), list(ids))

    def _columns_for(self, width: int) -> int:
        """Two columns when the tab is wide enough for each panel's table to show its headers and figures
        whole side by side ("Median days", "Revenue" were cut at 1,090 px in French); one otherwise."""
        if width < TWO_COLUMNS_FROM:
            return 1
        page = self.grid.parentWidget()
        margins = page.layout() if page is not None else None
        room = width - self.grid.spacing() - self.scroll_area.verticalScrollBar().sizeHint().width()
        if margins is not None:
            room -= margins.contentsMargins().left() + margins.contentsMargins().right()
        layout = self.layout()
        if layout is not None:
            room -= layout.contentsMargins().left() + layout.contentsMargins().right()
        needed = max(panel.needed_width() for panel in self.panels.values())
        return 2 if room // 2 >= needed else 1

    def _lay_out_panels(self, columns: int) -> None:
        """The panels in ``columns`` columns, in reading order."""
        if columns == self.columns:
            return
        self.columns = columns
        for panel in self.panels.values():
            self.grid.removeWidget(panel)
        for number, panel in enumerate(self.panels.values()):
            self.grid.addWidget(panel, number // columns, number % columns)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    # --- events ---------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Narrower than its tables need side by side (a laptop, French headers), one panel a row reads better
        # than six cramped tables cutting their figures.
        self._lay_out_panels(self._columns_for(event.size().width()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._draw()  # the charts take the new theme's colours


