"""The Dashboard tab inside the main window: it follows the board's changes, and a segment filters the board."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from carnet.domain import Stage
from carnet.services import ContactDraft, create_contact
from carnet.storage import Database
from carnet.ui.main_window import MainWindow


def now_in(window: MainWindow, stage: Stage) -> int:
    tab = window.tabs.page(window.dashboard_tab)
    return next(step.now for step in tab.dashboard.funnel if step.stage is stage)


def test_the_dashboard_follows_the_board_and_a_segment_filters_it(qtbot: QtBot, db: Database) -> None:
    ana = create_contact(db, ContactDraft("Ana", stage=Stage.LEAD))
    create_contact(db, ContactDraft("Ben", stage=Stage.LEAD))
    chloe = create_contact(db, ContactDraft("Chloé", stage=Stage.VISITOR))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.controller.load()
    window.tabs.setCurrentIndex(window.dashboard_tab)
    assert now_in(window, Stage.LEAD) == 2

    window.tabs.setCurrentIndex(0)
    assert window.controller.move([chloe.id], Stage.LEAD, None)
    window.tabs.setCurrentIndex(window.dashboard_tab)
    assert (now_in(window, Stage.VISITOR), now_in(window, Stage.LEAD)) == (0, 3)

    window.tabs.page(window.dashboard_tab).segment_requested.emit("Champions", [ana.id])
    assert window.tabs.currentIndex() == 0
    assert window.filter_bar.segment_chip.isVisible()
    assert "Champions" in window.filter_bar.segment_chip.text()
    assert window.board.columns[Stage.LEAD].count() == 1
    window.filter_bar.segment_chip.click()
    assert not window.filter_bar.segment_chip.isVisible()
    assert window.board.columns[Stage.LEAD].count() == 3


def test_the_panels_go_one_a_row_when_the_tab_is_narrow(qtbot, db: Database) -> None:
    from carnet.ui.dashboard.tab import TWO_COLUMNS_FROM, DashboardTab

    tab = DashboardTab(db)
    qtbot.addWidget(tab)
    tab.resize(TWO_COLUMNS_FROM + 100, 700)
    tab.show()
    qtbot.waitUntil(lambda: tab.columns == 2)
    funnel, revenue = tab.panels["funnel"], tab.panels["revenue"]
    assert funnel.geometry().top() == revenue.geometry().top()  # side by side
    tab.resize(TWO_COLUMNS_FROM - 200, 700)
    qtbot.waitUntil(lambda: tab.columns == 1)
    qtbot.waitUntil(lambda: revenue.geometry().top() > funnel.geometry().bottom())  # one under the other
