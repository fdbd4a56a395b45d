"""Which CSV a save dialog writes: "CSV for Excel (France)" or "CSV, standard", as two of its file types.

The choice is the save dialog's own file-type list rather than one more dialog: it is where a spreadsheet's
"Save as" puts the same choice (Excel's "CSV UTF-8" and "CSV (semicolon)"), it costs no extra step, and the
file name and the kind of file are chosen together. The type selected at first follows the interface's
language: a French interface starts on Excel (France), another on the standard file. The contacts export
and the Gifts tab's CSV share it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from carnet.io.csv_export import EXCEL_FRANCE, STANDARD, CsvStyle
from carnet.ui.person_export import interface_language


def _t(text: str) -> str:
    return QCoreApplication.translate("CsvStyle", text)


def style_filters() -> list[tuple[str, CsvStyle]]:
    """The dialog's file types, each with the style it writes."""
    return [(_t("CSV for Excel (France) (*.csv)"), EXCEL_FRANCE), (_t("CSV, standard (*.csv)"), STANDARD)]


def default_style() -> CsvStyle:
    """Excel (France) when the interface speaks French, else the standard file."""
    return EXCEL_FRANCE if interface_language() == "fr" else STANDARD


def offer_styles(dialog: QFileDialog) -> None:
    """Make a save dialog's file types the two styles, the interface language's selected."""
    filters = style_filters()
    dialog.setNameFilters([text for text, _ in filters])
    wanted = default_style()
    dialog.selectNameFilter(next(text for text, style in filters if style == wanted))


def chosen_style(dialog: QFileDialog) -> CsvStyle:
    """The style of the file type the user left selected."""
    selected = dialog.selectedNameFilter()
    return next((style for text, style in style_filters() if text == selected), default_style())
