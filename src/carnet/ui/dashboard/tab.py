"""The Dashboard tab (SPEC §3, issue 6): funnel, revenue, sources, referrals, RFM segments and client size;
above them, this year's revenue against the user's ceilings (issue 15 item 6), whatever the period.

The first refresh reads every row (`services.dashboard_read`, one transaction) into `DashboardFacts`
(`carnet.analytics.incremental`), which keeps each contact's contribution to every panel. After a write, the
window hands the tab its `Change` (`follow_change`, through `ui.changes.StaleTabs`): only the contacts it names
are read again (`contact_rows`) and their contributions replaced, so a write costs what it changed, not the
book (issue 19: 4 s at 100,000 contacts before). A change of the whole book (a restore, Preferences), or a
write the tab was not told of (`Database.generation` moved further than the changes it saw), reads every row
again; changing the period recounts from the rows kept, without reading. A refresh asked while the tab is
hidden is done when it is next shown, with every change seen meanwhile. In a big book all of this runs on the
window's reader thread (`ui.read_worker`), the tab saying "Loading…" meanwhile, and so does the formatting of
every table (`sections.contents`); the window's thread only puts in the panels whose content changed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
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
from carnet.analytics.dashboard import Dashboard
from carnet.analytics.incremental import DashboardFacts
from carnet.analytics.rows import DashboardRows
from carnet.analytics.thresholds import Ceilings, RevenueAgainstCeilings, against_ceilings
from carnet.services.changes import Change
from carnet.services.dashboard_read import contact_rows, dashboard_rows
from carnet.storage import Database
from carnet.ui.dashboard.thresholds import CeilingsPanel
from carnet.ui.dialogs.date_field import DateField
from carnet.ui.dialogs.revenue_ceilings import revenue_ceilings_from_settings
from carnet.ui.read_worker import ReadWorker

if TYPE_CHECKING:
    from PySide6.QtCharts import QBarSet

    from carnet.ui.dashboard import sections
    from carnet.ui.dashboard.panel import Panel

_READ_KEY = "dashboard"


@dataclass(frozen=True, slots=True)
class _Result:
    """What a read hands the window's thread."""

    facts: DashboardFacts
    dashboard: Dashboard
    ceilings: RevenueAgainstCeilings
    contents: dict[str, sections.Content]
    first_day: date | None
    full: bool  # every row was read
    asked: int  # `DashboardTab._asks` when the read was asked: what it shows
    touched: frozenset[int]  # the contacts it read again

def _sections() -> ModuleType:
    """`carnet.ui.dashboard.sections`, and with it QtCharts and the panels' modules: imported where first
    needed, which in a big book is the reader thread (importing is safe there; making widgets is not)."""
    from carnet.ui.dashboard import sections

    return sections


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
        self._thresholds = thresholds
        # Read from the settings by default: the window makes the tab without saying, and refreshes it
        # after Preferences (a whole-book change), which reads them again.
        self._ceilings = ceilings
        self.ceilings: RevenueAgainstCeilings | None = None
        self._today = today
        self._stale = True
        self.dashboard: Dashboard | None = None
        # What the figures are made from, kept between refreshes (changed only on the reader, one read at a time).
        self._facts: DashboardFacts | None = None
        self._first_day_read: date | None = None
        # What the next read must do: every row (`_full`), or the contacts changes named since the last result.
        self._full = True
        self._touched: set[int] = set()
        self._asks = 0  # changes followed, counted: a result clears what was asked before it
        self._asked: tuple[int, bool, Period] | None = None  # what the pending read was asked for
        self._full_asked = 0  # `_asks` when a whole read was last wanted
        # `Database.generation` as far as the changes seen explain it: a write nobody told the tab of is seen
        # by the difference, and reads everything again.
        self._accounted = database.generation
        self._shown: dict[str, sections.Content] = {}
        self._last: tuple[Dashboard, dict[str, sections.Content]] | None = None  # the figures shown last

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

        # Made with the first figures: in a big book QtCharts and the panels' modules are imported by then, on
        # the reader (`_sections`), not here while the window waits.
        self.panels: dict[str, Panel] = {}
        grid_page = QWidget(self)
        page = QVBoxLayout(grid_page)
        page.setSpacing(12)
        self.ceilings_panel = CeilingsPanel(grid_page)
        self.ceilings_panel.setVisible(False)  # with the first figures, as the panels: not an empty frame meanwhile
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
        self.refresh(force=True)

    # --- data -----------------------------------------------------------------------------------

    def refresh(self, *, force: bool = False) -> None:
        """Bring the figures up to date (what changes named, or everything after a write the tab was not told
        of); while the tab is hidden, only remember to do it when shown."""
        if not force and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        if self.database.generation != self._accounted:
            self._want_everything()
        if self.loading and self._asked == (self._asks, self._full, self.period()):
            return  # shown and told at once (the tabs and the tab itself): that read is on its way already
        self._request()

    def follow_change(self, change: Change, *, shown: bool) -> None:
        """A committed write (`ui.changes.StaleTabs`): read again what it touched, now if ``shown``, else once
        shown again (with every other change seen meanwhile)."""
        self._asks += 1
        generation = self.database.generation
        if change.everything or generation - self._accounted > 1:
            self._want_everything()  # the whole book, or another write came that no change named
        else:
            self._touched.update(change.contact_ids)
            self._accounted = generation
        if shown:
            self.refresh()
        else:
            self._stale = True

    def _want_everything(self) -> None:
        self._full, self._full_asked = True, self._asks

    @property
    def _rows(self) -> DashboardRows | None:
        """The rows the figures are made from, as they were last read (what tests/test_change_flow.py counts;
        nothing in the tab reads it)."""
        return None if self._facts is None else self._facts.rows()

    @property
    def loading(self) -> bool:
        """Figures are being read or computed: the tab says "Loading…" meanwhile."""
        return self.reads.pending(_READ_KEY)

    def _request(self) -> None:
        """Read (every row, or the contacts changes named) and compute on the reader, draw here once the result
        comes back. Everything the work needs from the settings and the widgets is taken now, on this thread."""
        today, period, thresholds = self._today(), self.period(), self._thresholds()
        facts = None if self._full else self._facts
        if facts is None:
            self._accounted = self.database.generation
        ceilings = self._ceilings()
        touched, asked = frozenset(self._touched), self._asks
        self._asked = (asked, self._full, period)
        shown = self._last

        def work(view: Database) -> _Result:
            sections = _sections()  # imported on the reader the first time
            if facts is None:
                kept = DashboardFacts(dashboard_rows(view, today), period)
            else:
                kept = facts
                if touched:
                    read = contact_rows(view, kept.to_read(touched))
                    kept.replace(read.contact_ids, read.contacts, read.stage_changes, read.payments, read.names,
                                 read.home_currency)
                kept.reframe(period, today)
            dashboard = kept.dashboard(thresholds)
            # A calendar year whatever the period.
            against = against_ceilings(kept.year_revenue(), ceilings)
            return _Result(kept, dashboard, against, sections.contents(dashboard, shown), kept.first_day(),
                           facts is None, asked, touched)

        def again() -> None:
            # A write came during the read. Told of it (its change is in `_touched`), the contacts are read again;
            # not told, everything is.
            if self.database.generation != self._accounted:
                self._want_everything()
            self._request()

        self.loading_label.setVisible(self.reads.threaded)
        # Read here and now (a small book), a failure raises from here, as it always did.
        failed = self._failed if self.reads.threaded else None
        try:
            self.reads.read(_READ_KEY, work, self._show_result, failed=failed, again=again)
        except BaseException:
            self._forget_facts()
            raise

    def _show_result(self, result: _Result) -> None:
        self.loading_label.setVisible(False)
        self._facts, self._first_day_read = result.facts, result.first_day
        self._touched -= result.touched
        if result.full and self._full_asked <= result.asked:
            self._full = False
        self.dashboard = result.dashboard
        self._last = (result.dashboard, result.contents)
        if result.ceilings != self.ceilings:
            self.ceilings = result.ceilings
            self.ceilings_panel.show_result(result.ceilings)
        self.ceilings_panel.setVisible(True)
        self._show_dashboard(result.contents)

    def _failed(self, error: BaseException) -> None:
        """A read that failed on the reader (a damaged row): reported as a read here would have been."""
        self.loading_label.setVisible(False)
        self._forget_facts()
        self._stale = True  # shown again, it tries again
        sys.excepthook(type(error), error, error.__traceback__)

    def _forget_facts(self) -> None:
        """A read that failed may have left the facts half changed: the next one reads everything."""
        self._facts = None
        self._want_everything()

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
        if self._facts is None and not self.loading:
            return
        self._request()

    def _show_dashboard(self, contents: dict[str, sections.Content]) -> None:
        if self.dashboard is None:
            return
        self.currency_note.setText(self.tr("Figures in %1, the home currency, come first; other currencies are "
                                           "listed beside them, never added to them. Charts show %1.")
                                   .replace("%1", self.dashboard.currency))
        self._draw(contents)
        self.refreshed.emit()

    def _draw(self, contents: dict[str, sections.Content] | None = None) -> None:
        """Put ``contents`` in the panels whose content changed (all of them again without: the palette
        changed)."""
        if contents is None:
            contents, self._shown = self._shown, {}
        sections = _sections()
        if not self.panels:
            self._make_panels(sections)
        colours = sections.Colours(self.palette())
        for key, content in contents.items():
            if self._shown.get(key) == content:
                continue
            sections.draw(self.panels[key], content, colours)
            self._shown[key] = content
            if key == "rfm":
                series = self.panels["rfm"].chart_series
                if series is not None:
                    series.clicked.connect(self._segment_bar_clicked)  # type: ignore[attr-defined]
        self._lay_out_panels(self._columns_for(self.width()))  # new figures may need more room

    def _make_panels(self, sections: ModuleType) -> None:
        self.panels = sections.make_panels(self.grid.parentWidget())
        self.panels["rfm"].table.activated.connect(lambda index: self._request_segment(index.row()))
        self.columns = 0
        self._lay_out_panels(self._columns_for(self.width()))
        # On screen a row of two at a time, one per turn of the event loop: the six charts' first layout and
        # paint in one go stopped the window for 90–130 ms at 100,000 contacts.
        later = list(self.panels.values())[2:]
        for panel in later:
            panel.setVisible(False)
        self._show_in_turn(later)

    def _show_in_turn(self, panels: list[Panel]) -> None:
        if not panels:
            return

        def next_row() -> None:
            for panel in panels[:2]:
                panel.setVisible(True)
            self._show_in_turn(panels[2:])

        QTimer.singleShot(0, self, next_row)

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
        return self._first_day_read or self._today()

    def _set_custom_range_visible(self, visible: bool) -> None:
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            widget.setVisible(visible)

    # --- segments -------------------------------------------------------------------------------

    def _segment_bar_clicked(self, index: int, _bar_set: QBarSet) -> None:
        # Bars are drawn bottom-up: the last segment is bar 0.
        self._request_segment(len(Segment) - 1 - index)

    def _request_segment(self, row: int) -> None:
        from carnet.ui.dashboard.table import CONTACT_IDS_ROLE

        if not self.panels:
            return
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
        needed = max((panel.needed_width() for panel in self.panels.values()), default=0)
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


