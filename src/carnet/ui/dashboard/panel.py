"""One panel of the dashboard: a title, a note, a chart, a table and its CSV export button."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCharts import QAbstractSeries, QChartView
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from carnet.ui.dashboard.charts import new_view
from carnet.ui.dashboard.table import FigureTable, write_table_csv
from carnet.ui.todo_view import SHORT_TEXT_ROLE, ReportTable

MAX_TABLE_ROWS = 8  # taller tables scroll: the panels of a row keep the same height


class Panel(QGroupBox):
    """A titled box holding a chart above a table; "Export CSV…" writes the table."""

    def __init__(self, title: str, headers: Sequence[str], parent: QWidget, *, numeric: Sequence[int] = (),
                 money: Sequence[int] = (), chart_name: str = "", file_stem: str = "dashboard",
                 chart_height: int = 230) -> None:
        super().__init__(title, parent)
        self.file_stem = file_stem
        self.chart_series: QAbstractSeries | None = None  # the chart's clickable series, where there is one
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.hide()
        self.model = FigureTable(headers, numeric, self)
        # When the panel is narrow, the text columns give up width first (elided, whole in the tooltip), then
        # the ``money`` ones down to their home-currency figure ("€862,090 · …"); a figure is never cut. Only
        # if even that does not fit does the table scroll sideways.
        self.table = ReportTable(self.model, self.tr("%1 table").replace("%1", title), self,
                                 elastic=[c for c in range(len(headers)) if c not in numeric],
                                 shortened=money, stretch=len(headers) - 1)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # A sideways scroll bar takes its height from the rows: the table grows by it, hiding none of them.
        self.table.horizontalScrollBar().rangeChanged.connect(self._fit_height)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.chart: QChartView | None = new_view(chart_name, self, chart_height) if chart_name else None
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setAccessibleName(self.tr("Export the %1 table as CSV").replace("%1", title.lower()))
        self.export_button.clicked.connect(self.export_csv)
        footer = QHBoxLayout()
        footer.addWidget(self.note, 1)
        footer.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        if self.chart is not None:
            layout.addWidget(self.chart, 1)
        layout.addWidget(self.table)
        layout.addLayout(footer)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def set_rows(self, rows: Sequence[Sequence[str]], ids: Sequence[Sequence[int]] = (),
                 tooltips: Sequence[str] = ()) -> None:
        """Show these rows; the table is as tall as its rows, up to `MAX_TABLE_ROWS`."""
        self.model.set_rows(rows, ids, tooltips)
        self._fit_height()
        self.table.fit_columns()
        self.export_button.setEnabled(bool(rows))

    def needed_width(self) -> int:
        """How wide this panel must be for its table to show every header and every figure whole: the
        text columns at their narrowest (elided), money at its home-currency figure, the rest as they are.
        The tab lays the panels out two by two only when each can have that much."""
        table, header, model = self.table, self.table.horizontalHeader(), self.model
        metrics = table.fontMetrics()
        width = 0
        for column in range(model.columnCount()):
            heading = header.sectionSizeHint(column)
            whole = max(table.sizeHintForColumn(column) + table.PADDING, heading)
            if column in table.elastic:
                whole = min(whole, max(table.MIN_ELASTIC, heading))
            elif column in table.shortened:
                shortest = heading
                for row in range(model.rowCount()):
                    index = model.index(row, column)
                    text = index.data(SHORT_TEXT_ROLE) or index.data(Qt.ItemDataRole.DisplayRole) or ""
                    shortest = max(shortest, metrics.horizontalAdvance(str(text)) + table.PADDING)
                whole = min(whole, shortest)
            width += whole
        if model.rowCount() > MAX_TABLE_ROWS:  # the table scrolls down: its bar takes a little of the width
            width += table.verticalScrollBar().sizeHint().width()
        layout = self.layout()
        margins = 0 if layout is None else layout.contentsMargins().left() + layout.contentsMargins().right()
        frame = self.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, self)
        return width + 2 * table.frameWidth() + margins + 2 * frame

    def _fit_height(self, *_: int) -> None:
        """As tall as the rows, up to `MAX_TABLE_ROWS`, and the sideways scroll bar when there is one."""
        shown = max(1, min(self.model.rowCount(), MAX_TABLE_ROWS))
        frame = 2 * self.table.frameWidth()
        bar = self.table.horizontalScrollBar()
        scroll = bar.sizeHint().height() if bar.maximum() > 0 else 0
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + shown * self.table.verticalHeader().defaultSectionSize() + frame + scroll)

    def export_csv(self, path: str | None = None) -> None:
        """Ask for a file (unless ``path`` is given, as tests do) and write the table to it."""
        if path is None:
            dialog = QFileDialog(self, self.tr("Export the table"), str(Path.home()), self.tr("CSV files (*.csv)"))
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix("csv")
            dialog.selectFile(self.file_stem + ".csv")
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
                return
            path = dialog.selectedFiles()[0]
        try:
            write_table_csv(self.model, path)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr("Could not write %1: %2").replace(
                "%1", str(path)).replace("%2", error.strerror or str(error)))
