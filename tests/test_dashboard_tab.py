"""The Dashboard tab through its real widgets: figures shown, period, segment clicks, CSV, palette, settings."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QPalette

from carnet.analytics.clients import PmgThresholds
from carnet.analytics.common import Period
from carnet.analytics.dashboard import compute_dashboard
from carnet.services.dashboard_read import dashboard_rows
from carnet.services.demo_data import generate_demo_data
from carnet.ui.dashboard import DashboardTab
from carnet.ui.dashboard.table import CONTACT_IDS_ROLE
from carnet.ui.dialogs.pmg_thresholds import (
    PmgThresholdsGroup,
    parse_amount,
    pmg_thresholds_from_settings,
    save_pmg_thresholds,
)

TODAY = date(2026, 6, 15)


def make_tab(qtbot, db, **options) -> DashboardTab:
    generate_demo_data(db, 120, seed=3, today=TODAY)
    tab = DashboardTab(db, today=lambda: TODAY, **options)
    qtbot.addWidget(tab)
    tab.resize(1300, 900)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_panels_show_the_computed_figures(qtbot, db):
    tab = make_tab(qtbot, db)
    expected = compute_dashboard(dashboard_rows(db, TODAY), Period.last_12_months(TODAY))
    funnel = tab.panels["funnel"].model
    assert funnel.rowCount() == 6
    assert [funnel.index(row, 1).data() for row in range(6)] == [QLocale().toString(s.now) for s in expected.funnel]
    assert [funnel.index(row, 2).data() for row in range(6)] == [QLocale().toString(s.entered) for s in expected.funnel]
    assert tab.panels["rfm"].model.rowCount() == 7
    for panel in tab.panels.values():
        assert panel.table.accessibleName() and panel.chart is not None and panel.chart.accessibleName()
        assert panel.chart.chart().series(), panel.title()


def test_the_period_applies_to_the_panels(qtbot, db):
    tab = make_tab(qtbot, db)
    entered_12_months = tab.panels["funnel"].model.index(0, 2).data()
    tab.period_combo.setCurrentIndex(DashboardTab.ALL_TIME)
    assert tab.dashboard is not None and tab.dashboard.period == Period.all_time(TODAY)
    everyone = compute_dashboard(dashboard_rows(db, TODAY), Period.all_time(TODAY)).funnel[0].entered
    assert tab.panels["funnel"].model.index(0, 2).data() == QLocale().toString(everyone) != entered_12_months
    tab.period_combo.setCurrentIndex(DashboardTab.CUSTOM)
    assert tab.from_edit.isVisible() and tab.to_edit.isVisible()
    tab.from_edit.setDate(date(2026, 1, 1))
    tab.to_edit.setDate(date(2026, 3, 31))
    assert tab.dashboard.period == Period(date(2026, 1, 1), date(2026, 3, 31))
    months = [m.month for m in tab.dashboard.revenue.by_month]
    assert months == [(2026, 1), (2026, 2), (2026, 3)]
    tab.period_combo.setCurrentIndex(DashboardTab.THIS_YEAR)
    assert not tab.from_edit.isVisible() and tab.dashboard.period == Period(date(2026, 1, 1), TODAY)


def test_a_segment_row_asks_for_its_clients(qtbot, db):
    tab = make_tab(qtbot, db)
    model = tab.panels["rfm"].model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(CONTACT_IDS_ROLE))
    ids = model.index(row, 0).data(CONTACT_IDS_ROLE)
    with qtbot.waitSignal(tab.segment_requested) as signal:
        tab.panels["rfm"].table.activated.emit(model.index(row, 1))
    assert signal.args == [model.index(row, 0).data(), ids]
    segment = tab.dashboard.rfm.segments[row]
    assert ids == list(segment.contact_ids)


def test_a_segment_bar_asks_for_its_clients(qtbot, db):
    tab = make_tab(qtbot, db)
    series = tab.panels["rfm"].chart_series
    bar_set = series.barSets()[0]
    last = tab.dashboard.rfm.segments[-1]  # drawn at the bottom: bar 0
    if last.contact_ids:
        with qtbot.waitSignal(tab.segment_requested) as signal:
            series.clicked.emit(0, bar_set)
        assert signal.args[1] == list(last.contact_ids)


def test_csv_export_neutralises_formulas(qtbot, db, tmp_path: Path):
    tab = make_tab(qtbot, db)
    panel = tab.panels["sources"]
    panel.model.set_rows([["=cmd()", "1", "0", "", "-€5"]])
    path = tmp_path / "sources.csv"
    panel.export_csv(str(path))
    with open(path, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0][0] == "Source" and rows[1] == ["'=cmd()", "1", "0", "", "'-€5"]


def test_charts_follow_the_palette(qtbot, db):
    tab = make_tab(qtbot, db)
    dark = QPalette(tab.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    tab.setPalette(dark)
    view: QChartView = tab.panels["revenue"].chart
    assert view.chart().backgroundBrush().color() == QColor("#1e1e1e")
    axis = view.chart().axes()[0]
    assert axis.labelsColor() == QColor("#eeeeee")


def test_a_hidden_tab_refreshes_when_shown(qtbot, db):
    tab = make_tab(qtbot, db)
    tab.hide()
    before = tab.dashboard
    tab.refresh()
    assert tab.dashboard is before  # nothing read while hidden
    tab.show()
    assert tab.dashboard is not before


def test_pmg_thresholds_from_the_provider(qtbot, db):
    tab = make_tab(qtbot, db, thresholds=lambda: PmgThresholds(100_000, 500_000))
    assert tab.dashboard.pmg.thresholds == PmgThresholds(100_000, 500_000)
    assert not tab.dashboard.pmg.default_thresholds


def test_thresholds_group_validates_and_saves(qtbot):
    assert pmg_thresholds_from_settings() is None
    group = PmgThresholdsGroup()
    qtbot.addWidget(group)
    assert group.error() == "" and group.thresholds() is None
    with qtbot.waitSignal(group.validity_changed) as signal:
        group.medium_edit.setText("5000")
    assert signal.args == [False] and "both" in group.error()
    group.big_edit.setText("abc")
    assert "number" in group.error()
    group.big_edit.setText("1000")
    assert "below" in group.error()
    group.big_edit.setText("20,000.50")
    assert group.error() == "" and group.thresholds() == PmgThresholds(500_000, 2_000_050)
    group.save()
    assert pmg_thresholds_from_settings() == PmgThresholds(500_000, 2_000_050)
    again = PmgThresholdsGroup(current=pmg_thresholds_from_settings())
    qtbot.addWidget(again)
    assert parse_amount(again.medium_edit.text()) == 500_000 and parse_amount(again.big_edit.text()) == 2_000_050
    again.restore_defaults()
    again.save()
    assert pmg_thresholds_from_settings() is None
    save_pmg_thresholds(PmgThresholds(1, 2))
    assert pmg_thresholds_from_settings() == PmgThresholds(1, 2)


def test_parse_amount():
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    french = QLocale(QLocale.Language.French, QLocale.Country.France)
    assert parse_amount("5,000.50", english) == 500_050
    assert parse_amount("5000.5", english) == 500_050
    assert parse_amount("5\u202f000,50", french) == 500_050
    assert parse_amount("-3", english) is None and parse_amount("1.234", english) is None
    assert parse_amount("", english) is None


def test_the_revenue_table_and_its_csv_carry_the_charts_months(qtbot, db, tmp_path: Path):
    tab = make_tab(qtbot, db)
    tab.period_combo.setCurrentIndex(DashboardTab.CUSTOM)
    tab.from_edit.setDate(date(2026, 1, 1))
    tab.to_edit.setDate(date(2026, 3, 31))
    path = tmp_path / "revenue.csv"
    tab.panels["revenue"].export_csv(str(path))
    with open(path, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    march = QLocale().standaloneMonthName(3)
    months = [row[0] for row in rows if row[0].startswith("Paid in ")]
    assert months == [f"Paid in {march} 2026", f"Paid in {QLocale().standaloneMonthName(2)} 2026",
                      f"Paid in {QLocale().standaloneMonthName(1)} 2026"]  # newest first, as in the table


def test_the_tab_s_modules_load_off_the_window_s_thread() -> None:
    import subprocess
    import sys

    # A fresh interpreter: in this one the modules are loaded already.
    code = ("import sys; from carnet.ui.dashboard import preload; preload().result(60); "
            "print('PySide6.QtCharts' in sys.modules, 'carnet.ui.dashboard.tab' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.split() == ["True", "True"]
