"""Screenshots of Carnet on demo data, light and dark, for the README and the guide.

    QT_QPA_PLATFORM=offscreen python docs/screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from carnet import paths
from carnet.domain.enums import Stage
from carnet.services.demo_data import generate_demo_data
from carnet.storage import Database
from carnet.ui.main_window import MainWindow

SIZE = (1360, 820)
# A fixed day, so that "12 days ago" and the badges are the same from one run to the next.
DEMO_DAY = date(2026, 11, 23)


def dark_palette() -> QPalette:
    """What a dark desktop hands Qt (the offscreen platform used here has no desktop theme to ask)."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2e", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1f1f22", QPalette.ColorRole.AlternateBase: "#27272a",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#333337",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.PlaceholderText: "#9a9aa0",
        QPalette.ColorRole.ToolTipBase: "#333337", QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.Mid: "#444448", QPalette.ColorRole.Dark: "#19191b", QPalette.ColorRole.Light: "#4a4a4f",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


def shoot(app: QApplication, database: Database, palette: QPalette, out: Path) -> None:
    app.setPalette(palette)
    window = MainWindow(database)
    window.board_model._today = lambda: DEMO_DAY
    window.resize(*SIZE)
    window.show()
    window.controller.load()
    for _ in range(5):
        app.processEvents()
    lead = window.board.columns[Stage.LEAD].view
    lead.setFocus()
    lead.select_row(1)
    window.panel.show_contact(window.board.selected_ids()[0])
    app.processEvents()
    window.grab().save(str(out))
    window.close()


def shoot_more(app: QApplication, database: Database, out_dir: Path) -> None:
    """A dialog and the other tabs, light only."""
    window = MainWindow(database)
    window.resize(*SIZE)
    window.show()
    window.controller.load()
    app.processEvents()
    contact_id = window.board.columns[Stage.PROSPECT].proxy.contact_id(0)
    window.contact_actions.edit_contact(contact_id)
    app.processEvents()
    window.contact_actions.pending_dialog.grab().save(str(out_dir / "contact-editor.png"))
    window.contact_actions.pending_dialog.reject()
    for index, name in ((window.todo_tab, "todo.png"), (window.gifts_tab, "gifts.png")):
        window.tabs.setCurrentIndex(index)
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(out_dir / name))
    window.close()


def main() -> int:
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "images"
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")  # the same look whatever desktop the screenshots are taken on
    with tempfile.TemporaryDirectory() as home:
        paths.override_base_dir(Path(home))
        with Database.open(Path(home) / "demo.sqlite3") as database:
            generate_demo_data(database, 150, seed=1, today=DEMO_DAY)
            shoot(app, database, app.style().standardPalette(), out_dir / "board-light.png")
            shoot(app, database, dark_palette(), out_dir / "board-dark.png")
            app.setPalette(app.style().standardPalette())
            shoot_more(app, database, out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
