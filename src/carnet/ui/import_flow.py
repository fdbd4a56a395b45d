"""File ▸ Import Contacts…: choose a file, walk through the wizard, import in one transaction, show the cards."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog

from carnet.domain.errors import CarnetError
from carnet.services.changes import Change, ChangeKind
from carnet.ui.changes import show_refusal

if TYPE_CHECKING:
    from carnet.ui.dialogs.import_wizard import ImportChoice
    from carnet.ui.main_window import MainWindow

_CONTEXT = "MainWindow"
# Cards are inserted into the board one by one; past a few hundred, reading the whole board again is quicker.
RELOAD_ABOVE = 300
SHOW_PROGRESS_AFTER_MS = 1000  # a progress dialog, with Cancel, for an import taking longer than this


def _t(text: str, count: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, "", count)


def import_contacts(window: MainWindow, path: str | None = None) -> None:
    """Ask for a file (unless given), open the import wizard on it; nothing is written until Import."""
    from carnet.services.importing import find_plan_duplicates
    from carnet.ui.dialogs.import_wizard import ImportWizard
    from carnet.ui.dialogs.opening import open_pending

    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            window, _t("Import contacts"), "", _t("Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)"))
        if not path:
            return
    try:
        wizard = ImportWizard(Path(path), lambda plan: find_plan_duplicates(window.database, plan), window)
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
    from carnet.services.importing import ImportCancelled, import_plan

    total = len(choice.plan.good)
    dialog = QProgressDialog(_t("Importing contacts…"), _t("Cancel"), 0, max(total, 1), window)
    dialog.setWindowTitle(_t("Import contacts"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
    dialog.setAutoReset(False)
    dialog.setValue(0)  # starts the dialog's clock: it shows itself only past the minimum duration

    def progress(done: int, _total: int) -> None:
        # Called by the service between two batches, inside its transaction: the events processed here keep
        # the window painted and the Cancel button live; a Cancel rolls the whole import back.
        dialog.setValue(min(done, dialog.maximum()))
        QApplication.processEvents()
        if dialog.wasCanceled():
            raise ImportCancelled()

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # 10,000 rows take a few seconds
    cancelled = False
    try:
        result = import_plan(window.database, choice.plan, skip_bad=choice.skip_bad, duplicates=choice.duplicates,
                             progress=progress)
    except ImportCancelled:
        cancelled, refusal = True, None
    except CarnetError as error:
        refusal = error
    else:
        refusal = None
    finally:
        QApplication.restoreOverrideCursor()
        dialog.close()
        dialog.deleteLater()
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
