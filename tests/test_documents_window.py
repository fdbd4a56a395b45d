"""The documents window's other buttons and File ▸ Export Invoices (issue 20), through the real window: the
reminder letter of an overdue invoice, the export dialog (a period, a folder chosen with the injected chooser)
that writes every issued invoice and credit note and, run again, replaces nothing; the contact editor's Billing
tab opened from Edit Contact and saved with it."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from carnet.domain.invoicing import DocumentDraft, LineDraft
from carnet.services.business import contact_billing
from carnet.services.invoices import create_invoice, issue_document
from carnet.storage import Database
from carnet.ui.dialogs.contact_editor import ContactEditorDialog
from carnet.ui.dialogs.invoice_steps import ExportInvoicesDialog
from carnet.ui.main_window import MainWindow
from test_invoice_ui import pending, select_card, window, zoe  # noqa: F401  # the fixtures

TODAY = date.today()


pytestmark = pytest.mark.usefixtures("english_us")


def invoice(db: Database, contact_id: int, on: date, cents: int = 80000) -> int:
    made = create_invoice(db, DocumentDraft(contact_id, (LineDraft("Logo", 1, cents, "20"),))).document_id
    issue_document(db, made, on)
    return made


def test_an_overdue_invoice_gets_its_reminder_letter(
    qtbot: QtBot, window: MainWindow, db: Database, zoe: int, tmp_path: Path,  # noqa: F811
) -> None:
    late = invoice(db, zoe, TODAY - timedelta(days=45))  # due 15 days ago
    actions = window.invoice_actions
    select_card(qtbot, window, zoe)
    window.contact_menu_actions["documents"].trigger()
    qtbot.waitUntil(lambda: actions.documents_window is not None and actions.documents_window.isVisible())
    documents = actions.documents_window
    assert documents is not None
    documents.select(late)
    assert documents.table.item(0, 3).text() == "Issued, overdue"
    assert documents.buttons["reminder"].isEnabled() and documents.buttons["pay"].isEnabled()
    assert not documents.buttons["edit"].isEnabled() and not documents.buttons["delete"].isEnabled()
    actions.choose_save_path = lambda _title, suggested: str(tmp_path / suggested)
    qtbot.mouseClick(documents.buttons["reminder"], Qt.MouseButton.LeftButton)
    letters = list(tmp_path.glob("Relance *.pdf"))
    assert len(letters) == 1  # the contact's language: French, as the address is in France
    text = subprocess.run(["pdftotext", str(letters[0]), "-"], capture_output=True, text=True, check=True).stdout
    assert f"F-{(TODAY - timedelta(days=45)).year}-0001" in text and "15 jours" in text
    documents.close()


def test_export_invoices_writes_the_period_and_replaces_nothing(
    qtbot: QtBot, window: MainWindow, db: Database, zoe: int, tmp_path: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    invoice(db, zoe, date(TODAY.year, 1, 1) if TODAY.month > 1 else TODAY)
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *args: told.append((title, text)))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *args: told.append((title, text)))
    actions = window.invoice_actions
    folder = tmp_path / "Factures"

    def export() -> None:
        actions.export_invoices()
        dialog = pending(qtbot, actions, ExportInvoicesDialog)
        assert isinstance(dialog, ExportInvoicesDialog)
        assert dialog.period() == (date(TODAY.year, 1, 1), date(TODAY.year, 12, 31))  # this year by default
        dialog.choose_folder = lambda: str(folder)
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible())

    export()
    name = f"F-{TODAY.year}-0001.pdf"
    assert [path.name for path in folder.iterdir()] == [name]
    assert told[-1] == ("Invoices exported", f"1 file written to {folder}.")
    before = (folder / name).read_bytes()
    export()  # the same period again: the file is there, nothing is replaced
    assert told[-1][0] == "Not exported" and f"{name} already exists" in told[-1][1]
    assert (folder / name).read_bytes() == before


def test_edit_contact_saves_its_billing_with_it(
    qtbot: QtBot, window: MainWindow, db: Database, zoe: int,  # noqa: F811
) -> None:
    window.contact_actions.edit_contact(zoe)
    qtbot.waitUntil(lambda: isinstance(window.contact_actions.pending_dialog, ContactEditorDialog))
    dialog = window.contact_actions.pending_dialog
    assert isinstance(dialog, ContactEditorDialog) and dialog.billing is not None
    dialog.billing.business_check.setChecked(True)
    qtbot.keyClicks(dialog.billing.siren_edit, "732829320")
    qtbot.keyClicks(dialog.role_edit, "Founder")  # the contact's own edit, saved as before
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert contact_billing(db, zoe).siren == "732829320"
    assert db.reader().execute("SELECT role FROM contact WHERE id = ?", (zoe,)).fetchone() == ("Founder",)
