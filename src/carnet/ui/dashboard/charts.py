"""The dashboard's charts (QtCharts), coloured from the widget's palette so that light and dark themes both read.

Each function fills a `QChartView` again from a result; the views are made once by the tab. Axes and
legends take the palette's text colour, grid lines a faint mix of text and base, bars the highlight
colour and tints of it: no fixed colour that would vanish on a dark background.

Numbers are the locale's (`QChart.setLocalizeNumbers`: "12,500", "12 500"); a money axis writes its labels
as money ("€12,500", "12 500 €": `money_label_format`). Bars that stand for money are labelled by
`BarLabels`, since QtCharts writes a bar's value with no currency and drops a "0" of its cents ("59,940.5").
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QWidget

from carnet.ui.formatting import format_money, money_locale


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor.fromRgbF(*(x + (y - x) * amount for x, y in
                             ((a.redF(), b.redF()), (a.greenF(), b.greenF()), (a.blueF(), b.blueF()))))


class Colours:
    """The chart colours of a palette."""

    def __init__(self, palette: QPalette) -> None:
        self.base = palette.color(QPalette.ColorRole.Base)
        self.text = palette.color(QPalette.ColorRole.Text)
        self.accent = palette.color(QPalette.ColorRole.Highlight)
        self.dark = self.base.lightnessF() < 0.5
        self.grid = mix(self.base, self.text, 0.12)
        self.muted = mix(self.text, self.base, 0.35)
        # A second series: the accent toned towards the text colour, distinct in both themes.
        self.second = mix(self.accent, self.text, 0.45)

    def shades(self, count: int) -> list[QColor]:
        """``count`` tints of the accent, lightest (or darkest, on a dark theme) first."""
        if count <= 1:
            return [self.accent]
        return [mix(self.base, self.accent, 0.35 + 0.65 * i / (count - 1)) for i in range(count)]


MIN_HEIGHT = 220
ROW_HEIGHT = 24  # per category of a horizontal bar chart


def new_view(name: str, parent: QWidget, height: int = MIN_HEIGHT) -> QChartView:
    """An empty chart view with an accessible name, antialiased, of a reasonable height."""
    view = QChartView(parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setAccessibleName(name)
    view.setMinimumHeight(height)
    return view


def _fresh_chart(view: QChartView, colours: Colours, *, legend: bool = False) -> QChart:
    chart = QChart()
    # Axis and bar labels in the locale's digits and grouping ("12,500", "12 500"), as everywhere else.
    chart.setLocalizeNumbers(True)
    chart.setLocale(money_locale())
    chart.setBackgroundBrush(colours.base)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.legend().setVisible(legend)
    chart.legend().setLabelColor(colours.text)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    old = view.chart()
    view.setChart(chart)  # the view owns the new chart; the old one is ours to delete
    if old is not None:
        old.deleteLater()
    view.setBackgroundBrush(colours.base)
    return chart


def _style_axis(axis: QAbstractAxis, colours: Colours, *, grid: bool) -> None:
    axis.setLabelsColor(colours.text)
    axis.setLinePenColor(colours.grid)
    axis.setGridLineVisible(grid)
    axis.setGridLineColor(colours.grid)
    axis.setTitleBrush(colours.muted)


def _bar_set(label: str, values: Sequence[float], colour: QColor, colours: Colours) -> QBarSet:
    bar_set = QBarSet(label)
    bar_set.append([float(v) for v in values])
    bar_set.setColor(colour)
    bar_set.setBorderColor(colour)
    bar_set.setLabelColor(colours.text)
    return bar_set


def money_label_format(currency: str) -> str:
    """A QValueAxis label format that writes whole amounts of ``currency`` as the locale writes money:
    "€%.0f" in English, "%.0f €" in French (with the chart's localized numbers: "€12,500", "12 500 €")."""
    sample = format_money(100, currency, compact=True)  # "€1", "1 €", "CHF 1": where the number goes
    at = sample.index("1")
    return f"{sample[:at]}%.0f{sample[at + 1:]}"


def _value_axis(maximum: float, colours: Colours, title: str = "", label_format: str = "%.0f") -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(1.0, maximum) * 1.1)
    axis.setLabelFormat(label_format)
    axis.applyNiceNumbers()
    axis.setTitleText(title)
    _style_axis(axis, colours, grid=True)
    return axis


def _category_axis(categories: Sequence[str], colours: Colours) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(list(categories))
    _style_axis(axis, colours, grid=False)
    return axis


def draw_funnel(view: QChartView, colours: Colours, stages: Sequence[str], counts: Sequence[int]) -> None:
    """A centred funnel: one bar per stage, top to bottom, each centred by an invisible pad on its left."""
    chart = _fresh_chart(view, colours)
    widest = max(counts, default=0) or 1
    # Horizontal bars are drawn from the bottom up: reversed, so that the first stage is on top.
    pads = [(widest - count) / 2 for count in reversed(counts)]
    pad = _bar_set("", pads, QColor(Qt.GlobalColor.transparent), colours)
    pad.setPen(QPen(Qt.PenStyle.NoPen))
    pad.setLabelColor(QColor(Qt.GlobalColor.transparent))
    bars = _bar_set("", list(reversed(counts)), colours.accent, colours)
    bars.setLabelColor(colours.text)
    series = QHorizontalStackedBarSeries()
    series.append(pad)
    series.append(bars)
    series.setBarWidth(0.85)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QHorizontalStackedBarSeries.LabelsPosition.LabelsCenter)
    chart.addSeries(series)
    stage_axis = _category_axis(list(reversed(stages)), colours)
    stage_axis.setLineVisible(False)
    chart.addAxis(stage_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(stage_axis)
    value_axis = QValueAxis()
    value_axis.setRange(0, widest)
    value_axis.setVisible(False)
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(value_axis)


def draw_columns(view: QChartView, colours: Colours, categories: Sequence[str],
                 values: Sequence[float], title: str, currency: str) -> None:
    """Vertical bars, one per category (the revenue per month), of amounts in ``currency``'s units."""
    chart = _fresh_chart(view, colours)
    series = QBarSeries()
    series.append(_bar_set(title, values, colours.accent, colours))
    series.setBarWidth(0.7)
    chart.addSeries(series)
    x_axis = _category_axis(categories, colours)
    if len(categories) > 8:
        x_axis.setLabelsAngle(-90)  # upright rather than elided ("11…") under narrow bars
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x_axis)
    y_axis = _value_axis(max(values, default=0), colours, label_format=money_label_format(currency))
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(y_axis)


class BarLabels(QObject):
    """Texts at the end of a one-set horizontal bar series' bars (money as `format_money` writes it), placed
    again whenever the plot area changes; a text with no room right of its bar goes inside the bar's end."""

    GAP = 4.0

    def __init__(self, chart: QChart, series: QHorizontalBarSeries, values: Sequence[float],
                 texts: Sequence[str], colours: Colours) -> None:
        super().__init__(chart)  # the chart owns it: it lives and goes with the chart
        self.chart, self.series, self.values = chart, series, list(values)
        self.ink, self.inside_ink = colours.text, colours.base
        self.items = []
        for text in texts:
            item = QGraphicsSimpleTextItem(text, chart)
            item.setBrush(colours.text)
            item.setZValue(10)  # above the bars
            self.items.append(item)
        chart.plotAreaChanged.connect(self.place)

    def texts(self) -> list[str]:
        """The labels, top bar first (for tests and screen-reader checks)."""
        return [item.text() for item in reversed(self.items)]

    def place(self, area: QRectF | None = None) -> None:
        area = area or self.chart.plotArea()
        for category, (value, item) in enumerate(zip(self.values, self.items, strict=True)):
            end = self.chart.mapToPosition(QPointF(value, category), self.series)
            box = item.boundingRect()
            x = end.x() + self.GAP
            inside = x + box.width() > area.right() and end.x() - area.left() > box.width() + 2 * self.GAP
            if inside:
                x = end.x() - self.GAP - box.width()
            item.setBrush(self.inside_ink if inside else self.ink)
            item.setPos(x, end.y() - box.height() / 2)


def draw_bars(view: QChartView, colours: Colours, categories: Sequence[str],
              sets: Sequence[tuple[str, Sequence[float]]], *,
              amounts: Sequence[str] | None = None, currency: str | None = None) -> QHorizontalBarSeries:
    """Horizontal bars, first category on top; one bar set per (label, values), a legend when more than one.
    ``amounts``: the texts of a single set's bars, money written by `format_money` (`BarLabels`), instead of
    QtCharts' own numbers; ``currency``: the values are amounts in it, and the axis says so."""
    chart = _fresh_chart(view, colours, legend=len(sets) > 1)
    # Tall enough for every category's label (QtCharts elides labels that would overlap).
    view.setMinimumHeight(max(MIN_HEIGHT, 48 + (44 if len(sets) > 1 else 0)
                              + int(len(categories) * ROW_HEIGHT * (1 + 0.4 * (len(sets) - 1)))))
    series = QHorizontalBarSeries()
    palette = [colours.accent, colours.second]
    for number, (label, values) in enumerate(sets):
        series.append(_bar_set(label, list(reversed(values)), palette[number % 2], colours))
    series.setLabelsVisible(amounts is None)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setBarWidth(0.8)
    chart.addSeries(series)
    y_axis = _category_axis(list(reversed(categories)), colours)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(y_axis)
    widest = max((v for _, values in sets for v in values), default=0)
    x_axis = _value_axis(widest * 1.1, colours, label_format=money_label_format(currency) if currency else "%.0f")
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x_axis)
    if amounts is not None:
        if len(sets) != 1:
            raise ValueError("Bar amounts label a single bar set.")
        BarLabels(chart, series, list(reversed(sets[0][1])), list(reversed(amounts)), colours).place()
    return series


def draw_pie(view: QChartView, colours: Colours, slices: Sequence[tuple[str, float]]) -> None:
    """A doughnut of shares, labelled outside, the first slice in the strongest colour; empty slices left out."""
    chart = _fresh_chart(view, colours)
    series = QPieSeries()
    series.setHoleSize(0.45)
    series.setPieSize(0.7)
    shades = list(reversed(colours.shades(len(slices))))  # the first slice the strongest
    for (label, value), colour in zip(slices, shades, strict=True):
        if value <= 0:
            continue
        piece = series.append(label, value)
        piece.setColor(colour)
        piece.setBorderColor(colours.base)
        piece.setLabelColor(colours.text)
        piece.setLabelVisible(True)
    chart.addSeries(series)
