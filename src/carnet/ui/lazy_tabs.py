"""Tabs whose pages are built the first time they are shown: the board's first paint does not wait for them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStyle, QTabBar, QTabWidget, QWidget


class _TabBar(QTabBar):
    """Tabs tall enough for their text when unselected too: the style draws an unselected tab a few pixels
    lower (PM_TabBarTabShiftVertical, 2 px in Fusion) in the same height, which cut the accent of "À faire
    aujourd'hui"."""

    def tabSizeHint(self, index: int) -> QSize:
        size = super().tabSizeHint(index)
        shift = self.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabShiftVertical, None, self)
        size.setHeight(size.height() + shift)
        return size


class LazyTabs(QTabWidget):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setTabBar(_TabBar(self))
        self._factories: dict[int, Callable[[], QWidget]] = {}
        self.setDocumentMode(True)
        self.currentChanged.connect(self._build)

    def add_page(self, widget: QWidget, title: str) -> int:
        return self.addTab(widget, title)

    def add_lazy_page(self, factory: Callable[[], QWidget], title: str) -> int:
        index = self.addTab(QWidget(self), title)
        self._factories[index] = factory
        return index

    def page(self, index: int) -> QWidget:
        """The page at ``index``, built now if it was not yet."""
        self._build(index)
        page = self.widget(index)
        if page is None:
            raise IndexError(f"no tab at index {index}")
        return page

    def _build(self, index: int) -> None:
        factory = self._factories.pop(index, None)
        if factory is None:
            return
        title = self.tabText(index)
        placeholder = self.widget(index)
        page = factory()
        self.blockSignals(True)
        self.removeTab(index)
        self.insertTab(index, page, title)
        self.setCurrentIndex(index)
        self.blockSignals(False)
        if placeholder is not None:
            placeholder.deleteLater()
