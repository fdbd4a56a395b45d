"""Screenshots of the Dashboard tab on demo data, light and dark, for the README and the guide.

    QT_QPA_PLATFORM=offscreen python docs/dashboard_screenshot.py [OUT_DIR]

Writes dashboard.png (light, the whole scrolled page) and dashboard-dark.png (what fits the window).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

from carnet import paths
from carnet.services.demo_data import generate_demo_data
from carnet.storage import Database
from carnet.ui.dashboard import DashboardTab

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import DEMO_DAY, dark_palette  # the same demo day and dark theme as the other screenshots

CONTACTS = 300
WIDTH, HEIGHT = 1360, 900


def whole_page(tab: QWidget) -> QWidget:
    """The tab laid out at its full height, so that one image shows every panel."""
    scroll = tab.findChild(QScrollArea)
    assert scroll is not None
    page = scroll.widget()
    page.resize(page.width(), max(page.height(), page.sizeHint().height()))
    return page


def dashboard_screenshots(out_dir: Path) -> list[Path]:
    """Take the dashboard's screenshots into ``out_dir``; returns the files written."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    written = []
    with tempfile.TemporaryDirectory() as home:
        paths.override_base_dir(Path(home))
        database = Database.open(Path(home) / "demo.sqlite3")
        generate_demo_data(database, CONTACTS, today=DEMO_DAY)
        for name, palette in (("dashboard.png", None), ("dashboard-dark.png", dark_palette())):
            window = QWidget()
            layout = QVBoxLayout(window)
            tab = DashboardTab(database, window, today=lambda: DEMO_DAY)
            layout.addWidget(tab)
            if palette is not None:
                window.setPalette(palette)
            window.resize(WIDTH, HEIGHT)
            window.show()
            app.processEvents()
            tab.refresh()  # drawn again at its final size: QtCharts elides axis labels laid out when smaller
            app.processEvents()
            target = out_dir / name
            (window if palette is not None else whole_page(tab)).grab().save(str(target))
            written.append(target)
            window.close()
        database.close()
        paths.override_base_dir(None)
    return written


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "images"
    for path in dashboard_screenshots(folder):
        print(path)
