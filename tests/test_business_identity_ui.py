"""Preferences ▸ My Business and the contact editor's Billing tab (issue 20), through the real widgets: every
value checked as typed with the domain's message under its field, Save refused while one is wrong, the page
scrolling within a 768-pixel screen, and what was typed read back from the book."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from carnet.domain.business_identity import Address, ContactBilling
from carnet.domain.enums import Stage
from carnet.domain.invoice_document import DocumentLanguage
from carnet.services import ContactDraft, create_contact
from carnet.services.business import business_identity, contact_billing, save_contact_billing
from carnet.storage import Database
from carnet.ui.dialogs.business_identity import BusinessIdentityGroup
from carnet.ui.dialogs.contact_editor import ContactEditorDialog
from carnet.ui.dialogs.preferences import PreferencesDialog

pytestmark = pytest.mark.usefixtures("english_us")


def shown_errors(widget: QWidget) -> list[str]:
    from carnet.ui.dialogs.validated_form import FieldError

    return [error.text() for error in widget.findChildren(FieldError) if not error.isHidden()]


def business_page(dialog: PreferencesDialog) -> int:
    return next(index for index in range(dialog.tabs.count()) if dialog.tabs.tabText(index) == "My B&usiness")


def test_my_business_checks_each_value_under_its_field_and_saves_it(qtbot: QtBot, db: Database,
                                                                    tmp_path: Path) -> None:
    dialog = PreferencesDialog(database=db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(business_page(dialog))
    group = dialog.business_group
    assert isinstance(group, BusinessIdentityGroup)
    assert dialog.ok_button.isEnabled()  # an empty identity is not a mistake: issuing says what is missing
    qtbot.keyClicks(group.name_edit, "Studio Martin")
    qtbot.keyClicks(group.siren_edit, "732829321")
    assert shown_errors(group) == ['"732829321" is not a SIREN number (nine digits whose check digit is right).']
    assert not dialog.ok_button.isEnabled()
    group.siren_edit.clear()
    qtbot.keyClicks(group.siren_edit, "732 829 320")
    qtbot.keyClicks(group.vat_edit, "FR40303265045")  # a real VAT number, but not this SIREN's
    assert shown_errors(group) == ["The French VAT number FR40303265045 does not hold the SIREN 732829320."]
    group.vat_edit.clear()
    qtbot.keyClicks(group.vat_edit, "FR44 732 829 320")
    group.invoice_format_edit.clear()
    qtbot.keyClicks(group.invoice_format_edit, "FACT-{seq}")  # no year: two years' numbers would collide
    assert len(shown_errors(group)) == 1 and "{year} and {seq} once each" in shown_errors(group)[0]
    assert not dialog.ok_button.isEnabled()
    group.invoice_format_edit.clear()
    qtbot.keyClicks(group.invoice_format_edit, "FACT-{year}-{seq:03d}")
    qtbot.keyClicks(group.address_edit, "3 place Bellecour")
    qtbot.keyClicks(group.postcode_edit, "6900")
    assert shown_errors(group) == ['"6900" is not a French postcode (five digits).']
    qtbot.keyClicks(group.postcode_edit, "2")
    qtbot.keyClicks(group.city_edit, "Lyon")
    qtbot.keyClicks(group.iban_edit, "FR76 3000 6000 0112 3456 7890 189")
    group.franchise_check.setChecked(True)
    assert not group.debits_check.isEnabled()  # no VAT charged: no option on debits
    # The logo: a picture chosen with the (injected) file chooser; a file that is no picture is refused.
    not_a_picture = tmp_path / "logo.png"
    not_a_picture.write_text("not a picture")
    group.choose_logo_file = lambda: str(not_a_picture)
    qtbot.mouseClick(group.choose_logo, Qt.MouseButton.LeftButton)
    assert shown_errors(group) == [f"Carnet cannot read {not_a_picture} as a picture: choose a PNG or JPEG file."]
    logo = tmp_path / "studio.png"
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    assert image.save(str(logo))
    group.choose_logo_file = lambda: str(logo)
    qtbot.mouseClick(group.choose_logo, Qt.MouseButton.LeftButton)
    assert shown_errors(group) == []
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    saved = business_identity(db)
    assert (saved.name, saved.siren, saved.vat_number, saved.vat_franchise) == (
        "Studio Martin", "732829320", "FR44732829320", True)
    assert saved.address == Address(("3 place Bellecour",), "69002", "Lyon", "FR")
    assert (saved.iban, saved.logo_path, saved.invoice_format) == (
        "FR7630006000011234567890189", str(logo), "FACT-{year}-{seq:03d}")


def test_an_untouched_page_writes_nothing_and_the_dialog_fits_a_small_screen(qtbot: QtBot, db: Database) -> None:
    dialog = PreferencesDialog(database=db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentIndex(business_page(dialog))
    # The page scrolls rather than making Preferences taller than a 768-pixel screen (less its panels).
    assert dialog.sizeHint().height() <= 700
    scroll = dialog.tabs.currentWidget().findChild(QScrollArea)
    assert scroll is not None and scroll.verticalScrollBar().maximum() > 0
    dialog.accept()
    with sqlite3.connect(db.path) as connection:
        assert connection.execute("SELECT count(*) FROM business_identity").fetchone() == (0,)


def test_the_billing_tab_checks_and_saves_the_contact_s_billing_with_the_contact(qtbot: QtBot, db: Database) -> None:
    from carnet.ui.main_window import MainWindow

    contact = create_contact(db, ContactDraft("Zoé Lefèvre", organisation="Atelier Œuvre", stage=Stage.PROSPECT))
    assert contact.id is not None
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.contact_actions.edit_contact(contact.id)
    qtbot.waitUntil(lambda: isinstance(window.contact_actions.pending_dialog, ContactEditorDialog))
    dialog = window.contact_actions.pending_dialog
    assert isinstance(dialog, ContactEditorDialog)
    qtbot.keyClicks(dialog.role_edit, "Manager")  # the contact's own field, saved with its billing
    billing = dialog.billing
    assert billing is not None
    page = next(index for index in range(dialog.tabs.count()) if dialog.tabs.tabText(index) == "B&illing")
    dialog.tabs.setCurrentIndex(page)
    assert not billing.siret_edit.isEnabled()  # a private customer has no SIRET
    billing.business_check.setChecked(True)
    qtbot.keyClicks(billing.siret_edit, "73282932000075")
    assert shown_errors(dialog) == ['"73282932000075" is not a SIRET number (fourteen digits whose check digit '
                                    'is right).']
    assert not dialog.ok_button.isEnabled()
    billing.siret_edit.clear()
    qtbot.keyClicks(billing.siret_edit, "732 829 320 00074")
    qtbot.keyClicks(billing.billing_lines, "12 rue des Lilas")
    qtbot.keyClicks(billing.billing_postcode, "69001")
    qtbot.keyClicks(billing.billing_city, "Lyon")
    qtbot.keyClicks(billing.delivery_lines, "Rue Neuve 1")
    qtbot.keyClicks(billing.delivery_country, "B")
    assert shown_errors(dialog) == ['"B" is not a country code (two letters, such as FR or BE).']
    qtbot.keyClicks(billing.delivery_country, "E")
    qtbot.keyClicks(billing.delivery_postcode, "1000")
    qtbot.keyClicks(billing.delivery_city, "Bruxelles")
    billing.language_combo.setCurrentIndex(billing.language_combo.findData("en"))
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    saved = contact_billing(db, contact.id)
    assert (saved.is_business, saved.siren, saved.siret) == (True, "732829320", "73282932000074")
    assert saved.billing == Address(("12 rue des Lilas",), "69001", "Lyon", "FR")
    assert saved.delivery == Address(("Rue Neuve 1",), "1000", "Bruxelles", "BE")
    assert saved.language is DocumentLanguage.ENGLISH
    with sqlite3.connect(db.path) as connection:
        assert connection.execute("SELECT role FROM contact").fetchone() == ("Manager",)
    # One step of Undo takes back both, as one Save wrote both.
    window.undo_stack.undo()
    assert contact_billing(db, contact.id) == ContactBilling()
    with sqlite3.connect(db.path) as connection:
        assert connection.execute("SELECT role FROM contact").fetchone() == ("",)


def test_the_billing_tab_shows_what_was_saved_and_writes_only_when_changed(qtbot: QtBot, db: Database) -> None:
    contact = create_contact(db, ContactDraft("Atelier Œuvre", stage=Stage.PROSPECT))
    assert contact.id is not None
    save_contact_billing(db, contact.id, ContactBilling(is_business=True, siren="732829320",
                                                        billing=Address(("3 rue Neuve",), "69002", "Lyon")))
    dialog = ContactEditorDialog(draft=ContactDraft("Atelier Œuvre"), contact_id=contact.id, book=db)
    qtbot.addWidget(dialog)
    billing = dialog.billing
    assert billing is not None
    assert (billing.business_check.isChecked(), billing.siren_edit.text(), billing.billing_city.text()) == (
        True, "732829320", "Lyon")
    assert not billing.changed()
    assert dialog.billing_value() is None  # nothing typed, nothing to write
    # A new contact has no Billing tab: it is added once the contact is in the book.
    new = ContactEditorDialog(book=db)
    qtbot.addWidget(new)
    assert new.billing is None
