"""File ▸ Import Contacts…: the wizard's mapping, preview, bad rows and duplicates, through the main window."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from carnet.domain import Stage
from carnet.services import ContactDraft, create_contact
from carnet.storage import Database
from carnet.ui.import_flow import import_contacts
from carnet.ui.main_window import MainWindow

FILE = (
    "Exported from my spreadsheet\n"  # 1: preamble
    "Prénom;Nom;Société;Courriel;Statut;Montant;Remarque\n"  # 2
    "Zoé;Lefèvre;Atelier Œuvre;zoe@oeuvre.fr;client;1 250,50 €;Salon 2024\n"  # 3: already in Carnet (email)
    "Anh;Nguyen;;anh@example.com;lead;;\n"  # 4
    ";;;nobody@example.com;;;\n"  # 5: no name
    "Marc;Petit;;marc@example.com;prospect;;\n"  # 6
)


def rows(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT display_name, stage, notes FROM contact ORDER BY id").fetchall()


def open_wizard(qtbot: QtBot, db: Database, source: Path) -> tuple[MainWindow, QWizard]:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    import_contacts(window, str(source))
    qtbot.waitUntil(lambda: window.pending_dialog is not None and window.pending_dialog.isVisible())
    return window, window.pending_dialog  # type: ignore[return-value]


def next_page(qtbot: QtBot, wizard: QWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    button.click()


def test_mapping_check_duplicates_then_one_import(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    zoe = create_contact(db, ContactDraft("Zoé Lefèvre", email="zoe@oeuvre.fr", stage=Stage.LEAD))
    source = tmp_path / "contacts.csv"
    source.write_text(FILE, encoding="cp1252")
    window, wizard = open_wizard(qtbot, db, source)

    mapping = wizard.currentPage()
    headers = [mapping.columns.item(row, 0).text() for row in range(mapping.columns.rowCount())]
    assert headers == ["Prénom", "Nom", "Société", "Courriel", "Statut", "Montant", "Remarque"]
    chosen = [combo.currentData() for combo in mapping.combos]
    assert chosen == ["first_name", "last_name", "organisation", "email", "stage", "amount", ""]
    assert mapping.preview.rowCount() == 4
    # The user maps the unrecognised "Remarque" column to the notes; the preview follows.
    mapping.combos[6].setCurrentIndex(mapping.combos[6].findData("notes"))
    preview_headers = [mapping.preview.horizontalHeaderItem(c).text() for c in range(mapping.preview.columnCount())]
    assert preview_headers[-1] == "Notes"
    assert mapping.preview.item(0, 6).text() == "Salon 2024"
    # Without a name column the wizard cannot go on; an organisation's column is a name (its own rows).
    for index in (0, 1):
        mapping.combos[index].setCurrentIndex(0)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled() and not mapping.warning.text()
    mapping.combos[2].setCurrentIndex(0)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert mapping.warning.text()
    mapping.combos[2].setCurrentIndex(mapping.combos[2].findData("organisation"))
    mapping.combos[0].setCurrentIndex(mapping.combos[0].findData("first_name"))
    mapping.combos[1].setCurrentIndex(mapping.combos[1].findData("last_name"))
    next_page(qtbot, wizard)

    check = wizard.currentPage()
    assert check.problems.rowCount() == 1
    assert check.problems.item(0, 0).text() == "5"
    assert "neither a name nor an organisation" in check.problems.item(0, 1).text()
    assert check.summary.text().startswith("3 row")  # "3 rows", or "3 row(s)" without the English catalogue
    # Bad rows: nothing goes on until the user agrees to leave them out.
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    check.skip_bad.setChecked(True)
    next_page(qtbot, wizard)

    duplicates = wizard.currentPage()
    assert duplicates.table.rowCount() == 1
    assert duplicates.table.item(0, 2).text() == "Zoé Lefèvre"
    assert duplicates.combos[3].currentData() == "skip"  # skipping is the safe default
    duplicates.choose_all(duplicates.combos[3].itemData(1))  # merge
    assert db.reader().execute("SELECT COUNT(*) FROM contact").fetchone() == (1,)  # nothing written yet
    wizard.button(QWizard.WizardButton.FinishButton).click()

    assert rows(db.path) == [("Zoé Lefèvre", "lead", "Salon 2024"), ("Anh Nguyen", "lead", ""),
                             ("Marc Petit", "prospect", "")]
    paid = db.reader().execute("SELECT contact_id, amount_cents FROM payment").fetchall()
    assert paid == [(zoe.id, 125050)]
    assert window.board.columns[Stage.LEAD].count() == 2
    assert window.board.columns[Stage.PROSPECT].count() == 1
    assert "1 merged" in window.statusBar().currentMessage()


def test_a_vcard_file_skips_the_mapping(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    source = tmp_path / "phone.vcf"
    source.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nEND:VCARD\r\n", encoding="utf-8")
    window, wizard = open_wizard(qtbot, db, source)
    assert wizard.currentId() == wizard.CHECK
    assert wizard.currentPage().summary.text().startswith("1 row")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert rows(db.path) == [("Ada Lovelace", "stranger", "")]
    assert window.board.columns[Stage.STRANGER].count() == 1


def test_cancel_writes_nothing_and_a_file_without_header_is_explained(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "contacts.csv"
    source.write_text(FILE, encoding="utf-8")
    _, wizard = open_wizard(qtbot, db, source)
    next_page(qtbot, wizard)
    wizard.reject()
    assert rows(db.path) == []

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    garbage = tmp_path / "numbers.csv"
    garbage.write_text("1,2,3\n4,5,6\n", encoding="utf-8")
    window = MainWindow(db)
    qtbot.addWidget(window)
    import_contacts(window, str(garbage))
    assert window.pending_dialog is None
    assert "No header line" in warnings[0]
    assert garbage.read_text(encoding="utf-8") == "1,2,3\n4,5,6\n"  # the user's file is never touched


def test_a_file_titled_with_the_wizards_own_field_names_maps_itself(qtbot: QtBot) -> None:
    from carnet.io.csv_import import guess_mapping
    from carnet.ui.dialogs.import_pages import field_labels

    labels = field_labels()
    assert guess_mapping(list(labels.values())) == dict(enumerate(labels))
