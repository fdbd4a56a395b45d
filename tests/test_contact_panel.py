"""The contact panel, filled through the real services and read back from its visible widgets."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QLabel, QScrollArea
from pytestqt.qtbot import QtBot

from carnet.domain.enums import Answer, ArchiveReason, InteractionKind, PaymentStatus, Source, Stage, Temperature
from carnet.services import (
    ContactDraft,
    PaymentDraft,
    archive_contacts,
    create_contact,
    delete_contact,
    flag_ambassador,
    log_interaction,
    move_contacts,
    record_gift,
    record_payment,
    update_contact,
)
from carnet.storage import Database
from carnet.ui.contact_panel import ContactPanel, format_date

TODAY = date.today()
NOW = datetime.now(UTC)


pytestmark = pytest.mark.usefixtures("english_us")


def make_panel(qtbot: QtBot, db: Database) -> ContactPanel:
    panel = ContactPanel(db)
    qtbot.addWidget(panel)
    panel.resize(360, 900)
    panel.show()
    return panel


def pay(db: Database, contact_id: int, cents: int, description: str = "", paid_on: date | None = None) -> None:
    draft = PaymentDraft(cents, PaymentStatus.PAID, paid_on=paid_on or TODAY, description=description)
    record_payment(db, contact_id, draft, move_to_client=True)


def rich_contact(db: Database) -> int:
    """A lead with every field filled, two interactions, a quote, a payment, two moves and a gift."""
    contact = create_contact(db, ContactDraft(
        display_name="Zoé Lefèvre",
        organisation="Atelier Œuvre",
        role="Founder",
        email="zoe@atelier-oeuvre.fr",
        phone="+33 6 12 34 56 78",
        website="atelier-oeuvre.fr",
        address="12 rue des Lilas\n75011 Paris",
        notes="Prefers calls in the morning. <b>not bold</b>",
        tags="design, paris",
        source=Source.WEBSITE,
        stage=Stage.LEAD,
        temperature=Temperature.HOT,
        budget=Answer.YES,
        authority=Answer.YES,
        need=Answer.YES,
        timing=Answer.UNKNOWN,
        qualification_note="Decides with her partner",
        next_follow_up=TODAY - timedelta(days=3),
    ))
    cid = contact.id
    log_interaction(db, cid, InteractionKind.CALL, "Discovery call", at=NOW - timedelta(days=40))
    log_interaction(db, cid, InteractionKind.EMAIL, "Sent the brochure", at=NOW - timedelta(days=30))
    record_payment(db, cid, PaymentDraft(150000, PaymentStatus.QUOTED, issued_on=TODAY - timedelta(days=25),
                                         description="Website redesign"))
    move_contacts(db, [cid], Stage.PROSPECT)
    pay(db, cid, 150000, "Website redesign", TODAY - timedelta(days=20))
    record_gift(db, cid, TODAY.year, "Box of wine", sent_on=TODAY - timedelta(days=10))
    return cid


def visible_rows(panel: ContactPanel, labels: dict[str, QLabel]) -> dict[str, str]:
    return {key: label.text() for key, label in labels.items() if label.isVisibleTo(panel)}


def timeline_rows(panel: ContactPanel) -> list[tuple[str, str, str]]:
    tree = panel.timeline
    items = [tree.topLevelItem(row) for row in range(tree.topLevelItemCount())]
    return [(item.text(0), item.text(1), item.text(2)) for item in items]


def test_shows_every_field_of_a_contact(qtbot: QtBot, db: Database) -> None:
    panel = make_panel(qtbot, db)
    panel.show_contact(rich_contact(db))

    assert panel.objectName() == "contact-panel"
    assert panel.windowTitle() == "Contact"
    assert panel.stack.currentWidget() is panel.scroll_area
    assert panel.name_label.text() == "Zoé Lefèvre"
    assert panel.name_label.font().bold()
    fields = visible_rows(panel, panel.field_labels)
    assert fields == {
        "organisation": "Atelier Œuvre",
        "role": "Founder",
        "stage": "Client",
        "temperature": "Hot",
        "source": "Website",
        "email": "zoe@atelier-oeuvre.fr",
        "phone": "+33 6 12 34 56 78",
        "website": "atelier-oeuvre.fr",
        "address": "12 rue des Lilas\n75011 Paris",
        "tags": "design, paris",
        "next_follow_up": f"{format_date(TODAY - timedelta(days=3))} — overdue",
        "notes": "Prefers calls in the morning. <b>not bold</b>",
    }
    assert panel.field_labels["next_follow_up"].font().bold()
    # Plain text only: no link to open, no markup from what the user typed.
    for label in panel.field_labels.values():
        assert label.textFormat().name == "PlainText"
        assert not label.openExternalLinks()


def test_qualification_answers_and_score(qtbot: QtBot, db: Database) -> None:
    panel = make_panel(qtbot, db)
    panel.show_contact(rich_contact(db))
    assert visible_rows(panel, panel.qualification_labels) == {
        "budget": "Yes",
        "authority": "Yes",
        "need": "Yes",
        "timing": "Unknown",
        "score": "3/4",
        "note": "Decides with her partner",
    }


def test_timeline_newest_first_with_labels_and_amounts(qtbot: QtBot, db: Database) -> None:
    panel = make_panel(qtbot, db)
    panel.show_contact(rich_contact(db))
    day = format_date
    assert timeline_rows(panel) == [
        (day(TODAY), "Moved Prospect → Client", ""),
        (day(TODAY), "Moved Lead → Prospect", ""),
        (day(TODAY), "Added as Lead", ""),
        (day(TODAY - timedelta(days=10)), f"Gift {TODAY.year}: Box of wine",
         "Sent"),
        (day(TODAY - timedelta(days=20)), "Payment received", "€1,500.00 — Website redesign"),
        (day(TODAY - timedelta(days=25)), "Quote", "€1,500.00 — Website redesign"),
        (day((NOW - timedelta(days=30)).astimezone().date()), "Email", "Sent the brochure"),
        (day((NOW - timedelta(days=40)).astimezone().date()), "Call", "Discovery call"),
    ]
    assert panel.timeline.isVisibleTo(panel)
    assert not panel.timeline_empty.isVisibleTo(panel)


def test_a_bare_contact_hides_empty_rows_and_says_nothing_is_recorded(qtbot: QtBot, db: Database) -> None:
    contact = create_contact(db, ContactDraft(display_name="Bare"))
    panel = make_panel(qtbot, db)
    panel.show_contact(contact.id)
    assert visible_rows(panel, panel.field_labels) == {"stage": "Stranger", "temperature": "Cold"}
    assert visible_rows(panel, panel.qualification_labels)["score"] == "0/4"
    assert not panel.referrals_section.isVisibleTo(panel)
    assert [row[1] for row in timeline_rows(panel)] == ["Added as Stranger"]


def test_ambassador_shows_referrals_and_revenue(qtbot: QtBot, db: Database) -> None:
    ambassador = create_contact(db, ContactDraft(display_name="Amélie Ambassadrice", stage=Stage.LEAD)).id
    pay(db, ambassador, 50000)
    flag_ambassador(db, ambassador)
    client = create_contact(db, ContactDraft(display_name="Bruno Client", stage=Stage.LEAD,
                                             referred_by_id=ambassador)).id
    pay(db, client, 80000)
    create_contact(db, ContactDraft(display_name="Chloé Lead", stage=Stage.LEAD, referred_by_id=ambassador))

    panel = make_panel(qtbot, db)
    panel.show_contact(ambassador)
    assert panel.referrals_section.isVisibleTo(panel)
    assert visible_rows(panel, panel.referral_labels) == {
        "referred": "2",
        "clients": "1",
        "revenue": "€800.00",
    }
    assert panel.referred_list.text() == "Bruno Client — Client\nChloé Lead — Lead"

    # The referred contact names its referrer.
    panel.show_contact(client)
    assert visible_rows(panel, panel.field_labels)["referred_by"] == "Amélie Ambassadrice"
    assert not panel.referrals_section.isVisibleTo(panel)


def test_a_referrer_who_is_not_an_ambassador_shows_referrals(qtbot: QtBot, db: Database) -> None:
    accountant = create_contact(db, ContactDraft(display_name="Comptable")).id
    create_contact(db, ContactDraft(display_name="Sent lead", stage=Stage.LEAD, referred_by_id=accountant))
    panel = make_panel(qtbot, db)
    panel.show_contact(accountant)
    assert visible_rows(panel, panel.referral_labels)["referred"] == "1"
    assert visible_rows(panel, panel.referral_labels)["clients"] == "0"


def test_an_archived_contact_says_when_and_why(qtbot: QtBot, db: Database) -> None:
    cid = create_contact(db, ContactDraft(display_name="Gone quiet", stage=Stage.LEAD)).id
    archive_contacts(db, [cid], ArchiveReason.NO_BUDGET, "Maybe next year")
    panel = make_panel(qtbot, db)
    panel.show_contact(cid)
    assert visible_rows(panel, panel.field_labels)["archived"] == f"{format_date(TODAY)} — No budget\nMaybe next year"
    assert visible_rows(panel, panel.field_labels)["stage"] == "Lead"


def test_none_shows_the_empty_state(qtbot: QtBot, db: Database) -> None:
    panel = make_panel(qtbot, db)
    assert panel.stack.currentWidget() is panel.empty_label
    assert panel.empty_label.text() == "Select a card to see the contact."
    panel.show_contact(rich_contact(db))
    panel.show_contact(None)
    assert panel.contact_id is None
    assert panel.stack.currentWidget() is panel.empty_label


def test_a_deleted_contact_shows_the_empty_state(qtbot: QtBot, db: Database) -> None:
    cid = rich_contact(db)
    panel = make_panel(qtbot, db)
    panel.show_contact(cid)
    delete_contact(db, cid)
    panel.refresh()
    assert panel.stack.currentWidget() is panel.empty_label
    assert panel.contact_id is None
    panel.show_contact(cid)
    assert panel.stack.currentWidget() is panel.empty_label


def test_refresh_reads_an_edit_made_elsewhere(qtbot: QtBot, db: Database) -> None:
    cid = create_contact(db, ContactDraft(display_name="Before")).id
    panel = make_panel(qtbot, db)
    panel.show_contact(cid)
    update_contact(db, cid, display_name="After", next_follow_up=TODAY + timedelta(days=5))
    panel.refresh()
    assert panel.name_label.text() == "After"
    follow_up = panel.field_labels["next_follow_up"]
    assert follow_up.text() == format_date(TODAY + timedelta(days=5))
    assert not follow_up.font().bold()


def test_scrolls_rather_than_clips(qtbot: QtBot, db: Database) -> None:
    panel = make_panel(qtbot, db)
    panel.show_contact(rich_contact(db))
    assert isinstance(panel.scroll_area, QScrollArea)
    assert panel.scroll_area.widgetResizable()
    assert panel.minimumWidth() >= 240
    panel.resize(320, 240)
    qtbot.wait(10)
    assert panel.scroll_area.verticalScrollBar().maximum() > 0
