"""While a big book's dashboard is read on the reader thread, the tab says "Loading…" and shows no empty panel;
its figures and this year's revenue come together."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from carnet.domain import Stage
from carnet.services import ContactDraft, create_contact
from carnet.storage import Database
from carnet.ui import read_worker
from carnet.ui.dashboard.tab import DashboardTab
from carnet.ui.read_worker import ReadWorker


def test_nothing_but_loading_is_shown_until_the_first_figures_come(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(read_worker, "THREADED_FROM", 0)
    create_contact(db, ContactDraft("Inès Marchand", stage=Stage.LEAD))
    tab = DashboardTab(db, reads=ReadWorker(db, threaded=True))
    qtbot.addWidget(tab)
    tab.show()
    assert tab.loading and tab.loading_label.isVisible()
    assert not tab.ceilings_panel.isVisible() and not tab.panels
    qtbot.waitUntil(lambda: not tab.loading, timeout=10_000)
    assert not tab.loading_label.isVisible()
    assert tab.ceilings_panel.isVisible() and tab.panels
    tab.reads.stop()


def test_the_panels_come_on_screen_a_row_at_a_time(qtbot: QtBot, db: Database) -> None:
    create_contact(db, ContactDraft("Inès Marchand", stage=Stage.LEAD))
    tab = DashboardTab(db)  # a small book: read here and now, drawn at once
    qtbot.addWidget(tab)
    tab.show()
    shown = [panel.isVisible() for panel in tab.panels.values()]
    assert shown == [True, True, False, False, False, False]  # the first row, in this turn of the event loop
    qtbot.waitUntil(lambda: all(panel.isVisible() for panel in tab.panels.values()), timeout=5000)
