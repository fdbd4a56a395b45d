"""FilterBar: type to filter every column at once; quick toggles for temperature, source, overdue, stale and
the open deals without a next step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from carnet.domain.enums import Source, Temperature
from carnet.ui.board.card_filter import BoardFilter
from carnet.ui.labels_extra import source_label, temperature_label


class FilterBar(QWidget):
    filter_changed = Signal(object)  # BoardFilter
    leave_requested = Signal()  # Escape on an empty filter, or Down: back to the cards

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("filter-text")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Filter by name, organisation, email or tag  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Filter cards"))
        self.search.setMinimumWidth(140)
        self.search.textChanged.connect(self._emit)
        self.search.installEventFilter(self)

        self.temperature_buttons: dict[Temperature, QToolButton] = {}
        for temperature in (Temperature.HOT, Temperature.WARM, Temperature.COLD):
            button = QToolButton(self)
            button.setText(temperature_label(temperature))
            button.setCheckable(True)
            button.setToolTip(self.tr("Show only %1 contacts").replace("%1", temperature_label(temperature).lower()))
            button.toggled.connect(self._emit)
            self.temperature_buttons[temperature] = button

        self.source = QComboBox(self)
        self.source.setAccessibleName(self.tr("Source"))
        # The longest source name would set the bar's minimum width: let the combo shrink instead.
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source.setMinimumContentsLength(8)
        self.source.addItem(self.tr("All sources"), None)
        for source in Source:
            self.source.addItem(source_label(source), source.value)  # a plain string survives QVariant
        self.source.currentIndexChanged.connect(self._emit)

        self.overdue = self._toggle(self.tr("Overdue"), self.tr("Show only contacts whose follow-up date has passed"))
        self.stale = self._toggle(self.tr("Stale"), self.tr("Show only contacts without recent contact"))
        self.no_next_step = self._toggle(self.tr("No next step"),
                                         self.tr("Show only leads and prospects without a follow-up date"))
        # A dashboard segment narrowing the board: shown as a chip that removes it when clicked.
        self._segment: tuple[str, frozenset[int]] | None = None
        self.segment_chip = QToolButton(self)
        self.segment_chip.setObjectName("segment-chip")
        self.segment_chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.segment_chip.clicked.connect(lambda: self.set_segment(None))
        self.segment_chip.hide()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search, 3)
        layout.addSpacing(8)
        for button in self.temperature_buttons.values():
            layout.addWidget(button)
        layout.addSpacing(8)
        layout.addWidget(self.source, 1)
        layout.addSpacing(8)
        layout.addWidget(self.overdue)
        layout.addWidget(self.stale)
        layout.addWidget(self.no_next_step)
        layout.addWidget(self.segment_chip)

    def _toggle(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(True)  # a framed button, drawn pressed while on (an auto-raised one looked like text)
        button.toggled.connect(self._emit)
        return button

    def current(self) -> BoardFilter:
        return BoardFilter(
            text=self.search.text(),
            temperatures=frozenset(t for t, b in self.temperature_buttons.items() if b.isChecked()),
            source=Source(self.source.currentData()) if self.source.currentData() else None,
            overdue_only=self.overdue.isChecked(),
            stale_only=self.stale.isChecked(),
            no_next_step_only=self.no_next_step.isChecked(),
            segment=self._segment,
        )

    def set_segment(self, segment: tuple[str, frozenset[int]] | None) -> None:
        """Show only these contacts (a dashboard segment), or every contact again with None."""
        self._segment = segment
        if segment is not None:
            self.segment_chip.setText(self.tr("%1  ✕").replace("%1", segment[0]))
            self.segment_chip.setToolTip(self.tr("Showing only the segment “%1”; click to show every card")
                                         .replace("%1", segment[0]))
            self.segment_chip.setAccessibleName(self.tr("Remove the segment filter %1").replace("%1", segment[0]))
        self.segment_chip.setVisible(segment is not None)
        self._emit()

    def clear(self) -> None:
        widgets = [self.search, self.source, self.overdue, self.stale, self.no_next_step,
                   *self.temperature_buttons.values()]
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        self.source.setCurrentIndex(0)
        for button in (self.overdue, self.stale, self.no_next_step, *self.temperature_buttons.values()):
            button.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._segment = None
        self.segment_chip.hide()
        self._emit()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.search and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                if self.current().is_active:
                    self.clear()
                else:
                    self.leave_requested.emit()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.leave_requested.emit()
                return True
        return super().eventFilter(watched, event)

    def _emit(self, *_: object) -> None:
        self.filter_changed.emit(self.current())
