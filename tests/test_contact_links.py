"""The panel's email, phone and website hand a URL to the desktop on a right-click, only when asked; the
address is copied (issue 16 item 4). Nothing is launched here: the menu's opener is the test's."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QUrl
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from carnet.domain.enums import Stage
from carnet.services import ContactDraft, create_contact
from carnet.storage import Database
from carnet.ui.contact_links import url_for
from carnet.ui.contact_panel import ContactPanel


def test_the_urls() -> None:
    assert url_for("email", "zoe@atelier-martin.fr").toString() == "mailto:zoe@atelier-martin.fr"
    assert url_for("phone", "+33 6 12 34 56 78").toString() == "tel:+33612345678"
    assert url_for("website", "atelier-martin.fr").toString() == "https://atelier-martin.fr"
    assert url_for("website", "http://example.org/a").toString() == "http://example.org/a"
    assert url_for("address", "12 rue des Lilas") is None
    assert url_for("email", "  ") is None


def test_a_right_click_offers_to_write_call_or_copy(qtbot: QtBot, db: Database) -> None:
    contact = create_contact(db, ContactDraft(display_name="Zoé", email="zoe@atelier-martin.fr",
                                              phone="06 12 34 56 78", address="12 rue des Lilas\n69003 Lyon",
                                              stage=Stage.LEAD)).id
    panel = ContactPanel(db)
    qtbot.addWidget(panel)
    opened: list[QUrl] = []
    panel.links.open_url = lambda url: opened.append(url) or True
    panel.show_contact(contact)
    email = panel.field_labels["email"]
    email.customContextMenuRequested.emit(QPoint(2, 2))
    actions = {a.text(): a for a in panel.links.menu.actions()}
    assert set(actions) == {"Write an Email", "Copy"}
    actions["Write an Email"].trigger()
    assert [url.toString() for url in opened] == ["mailto:zoe@atelier-martin.fr"]
    address = panel.field_labels["address"]
    address.customContextMenuRequested.emit(QPoint(2, 2))
    (copy,) = panel.links.menu.actions()
    copy.trigger()
    assert QGuiApplication.clipboard().text() == "12 rue des Lilas\n69003 Lyon"
    assert len(opened) == 1  # copying launches nothing
