"""File ▸ Import Contacts…: choose a file, walk through the wizard, import in one transaction, show the cards."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from carnet.domain.errors import CarnetError
from carnet.services.changes import Change, ChangeKind
from carnet.ui.changes import show_refusal
from carnet.ui.long_work import Progress, WorkCancelled, with_progress

if TYPE_CHECKING:
    from carnet.ui.dialogs.import_wizard import ImportChoice
    from carnet.ui.main_window import MainWindow

_CONTEXT = "MainWindow"
# Cards are inserted into the board one by one; past a few hundred, reading the whole board again is quicker.
RELOAD_ABOVE = 300


def _t(text: str, count: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, "", count)


def import_contacts(window: MainWindow, path: str | None = None) -> None:
    """Ask for a file (unless given), open the import wizard on it; nothing is written until Import."""
    from carnet.io.csv_import import read_csv
    from carnet.services.importing import find_plan_duplicates
    from carnet.ui.dialogs.import_wizard import ImportWizard, is_vcard
    from carnet.ui.dialogs.opening import open_pending

    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            window, _t("Import contacts"), "", _t("Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)"))
        if not path:
            return
    source = Path(path)
    try:
        csv_file = None if is_vcard(source) else with_progress(
            window, _t("Reading %1…").replace("%1", source.name), partial(read_csv, source))
        wizard = ImportWizard(source, lambda plan: find_plan_duplicates(window.database, plan), window, csv_file)
    except WorkCancelled:
        return
    except CarnetError as error:
        show_refusal(window, _t("Not imported"), error)
        return
    except OSError as exc:
        QMessageBox.warning(window, _t("Not imported"), _t("%1 cannot be read: %2")
                            .replace("%1", path).replace("%2", exc.strerror or str(exc)))
        return
    open_pending(window, wizard, lambda: _import(window, wizard.choice()))


def _import(window: MainWindow, choice: ImportChoice) -> None:
    from carnet.services.board_read import cards_by_id
    from carnet.services.importing import ImportCancelled, ImportResult, import_plan

    def write(progress: Progress) -> ImportResult:
        # Called by the service between two batches, inside its transaction: a Cancel rolls it all back.
        return import_plan(window.database, choice.plan, skip_bad=choice.skip_bad, duplicates=choice.duplicates,
                           progress=progress)

    cancelled = False
    try:
        result = with_progress(window, _t("Importing contacts…"), write, cancelled=ImportCancelled)
    except ImportCancelled:
        cancelled, refusal = True, None
    except CarnetError as error:
        refusal = error
    else:
        refusal = None
    if cancelled:
        window.show_message(_t("Import cancelled: nothing was imported."))
        return
    if refusal is not None:
        show_refusal(window, _t("Not imported"), refusal)
        return
    if len(result.contact_ids) > RELOAD_ABOVE:
        window.refresh()
    else:
        window.board_model.upsert(cards_by_id(window.database, list(result.contact_ids)))
    # The other views follow (To do, Gifts, the dashboard…); the board has the cards already.
    window.changes.notify(Change.of(result.contact_ids, ChangeKind.CONTACT, ChangeKind.PAYMENT, on_board=True))
    parts = [_t("%n contact(s) added", result.added)]
    if result.merged:
        parts.append(_t("%n merged into existing contacts", result.merged))
    if result.skipped:
        parts.append(_t("%n skipped", result.skipped))
    window.show_message(_t("Import done: %1.").replace("%1", ", ".join(parts)))
