"""The timeline reads in the order things happened, with one date format, a picture per kind, nothing cut.

Same-day entries were ordered by a payment's date placed at midday UTC: "Moved → Client", then "Added as
Stranger", then "Payment received", for a contact added, paid and moved within a minute. The sequences here
are made through the services, as the window makes them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from pytestqt.qtbot import QtBot
from sqlmodel import select

from carnet.domain.enums import InteractionKind, PaymentStatus, Stage
from carnet.domain.models import Payment, StageChange
from carnet.services import (
    ContactDraft,
    PaymentDraft,
    create_contact,
    flag_ambassador,
    log_interaction,
    mark_paid,
    move_contacts,
    record_gift,
    record_payment,
)
from carnet.services import moves as moves_service
from carnet.services import payments as payments_service
from carnet.services.reports import timeline
from carnet.storage import Database
from carnet.ui import timeline_icons
from carnet.ui.contact_panel import NAME_CHARS, ContactPanel
from carnet.ui.formatting import format_day
from carnet.ui.timeline_view import GAP, ICON_SIZE, MARGIN_X, MARGIN_Y, EntryDelegate

ENGLISH_US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


pytestmark = pytest.mark.usefixtures("english_us")


def make_panel(qtbot: QtBot, db: Database, width: int = 360) -> ContactPanel:
    panel = ContactPanel(db)
    qtbot.addWidget(panel)
    panel.resize(width, 900)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def events(panel: ContactPanel) -> list[str]:
    tree = panel.timeline
    return [tree.topLevelItem(row).text(1) for row in range(tree.topLevelItemCount())]


def paid_today(cents: int, description: str = "Logo") -> PaymentDraft:
    return PaymentDraft(cents, PaymentStatus.PAID, paid_on=date.today(), description=description)


def test_added_paid_and_moved_on_one_day_read_in_that_order(qtbot: QtBot, db: Database) -> None:
    contact = create_contact(db, ContactDraft(display_name="Jeanne Martin")).id  # a stranger
    record_payment(db, contact, paid_today(45_000))  # paid today, the card not moved yet
    move_contacts(db, [contact], Stage.CLIENT)
    # Newest first: the move, the payment that allowed it, the contact's addition.
    assert [entry.title for entry in timeline(db, contact)] == ["Stranger → Client", "Paid", "Added as Stranger"]
    panel = make_panel(qtbot, db)
    panel.show_contact(contact)
    assert events(panel) == ["Moved Stranger → Client", "Payment received", "Added as Stranger"]


def test_a_payment_and_the_move_it_allowed_at_one_instant_read_payment_first(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    contact = create_contact(db, ContactDraft(display_name="Paul Girard", stage=Stage.PROSPECT)).id
    # One transaction, one instant (a coarse clock gives both records the same time): the order of the
    # action decides, the payment before the move it brought.
    instant = datetime.now(UTC)
    monkeypatch.setattr(payments_service, "utc_now", lambda: instant)
    monkeypatch.setattr(moves_service, "utc_now", lambda: instant)
    record_payment(db, contact, paid_today(120_000), move_to_client=True)
    with db.reading() as session:
        (move,) = session.exec(select(StageChange).where(StageChange.from_stage == Stage.PROSPECT)).all()
        (payment,) = session.exec(select(Payment)).all()
        assert move.at == payment.created_at == instant
    assert [entry.title for entry in timeline(db, contact)] == ["Prospect → Client", "Paid", "Added as Prospect"]


def test_a_quote_paid_days_later_comes_before_the_move_it_allowed(db: Database) -> None:
    contact = create_contact(db, ContactDraft(display_name="Anaïs Robert", stage=Stage.PROSPECT)).id
    quote = record_payment(db, contact, PaymentDraft(300_000, PaymentStatus.QUOTED,
                                                     issued_on=date.today() - timedelta(days=3))).payment.id
    with db.transaction() as session:  # entered three days ago, when it was sent
        session.get(Payment, quote).created_at = datetime.now(UTC) - timedelta(days=3)
    log_interaction(db, contact, InteractionKind.CALL, "They accept the quote")
    mark_paid(db, quote, move_to_client=True)
    # Paid today, at a time Carnet does not know: at the start of the day, before the call and the move.
    assert [entry.title for entry in timeline(db, contact)] == [
        "Prospect → Client", "Call", "Paid", "Added as Prospect"]


def test_the_addition_opens_its_day_then_what_has_no_time_then_the_rest_by_time(db: Database) -> None:
    contact = create_contact(db, ContactDraft(display_name="Hélène Faure", stage=Stage.LEAD)).id
    record_payment(db, contact, paid_today(80_000))  # entered now, dated today: its time is now
    # Dated today but entered tomorrow (a correction made the next day): its day is known, not its time.
    late = record_payment(db, contact, paid_today(20_000, "Extra")).payment.id
    with db.transaction() as session:
        session.get(Payment, late).created_at = datetime.now(UTC) + timedelta(days=1)
    record_gift(db, contact, date.today().year, "Tea", sent_on=date.today())  # a gift has a day, never a time
    log_interaction(db, contact, InteractionKind.MESSAGE, "Thanks for the tea!")
    entries = timeline(db, contact)
    assert all(entry.day == date.today() for entry in entries)
    assert [(entry.title, entry.details.get("amount_cents"), entry.at is None) for entry in entries] == [
        ("Message", None, False),
        ("Paid", 80_000, False),
        ("Paid", 20_000, True),  # at the start of the day, after the addition
        (f"Gift {date.today().year}", None, True),  # no time either: a gift before a payment, as in one action
        ("Added as Lead", None, False),
    ]


@pytest.mark.parametrize(("locale", "expected"), [
    (ENGLISH_US, "12/1/2026"),
    (QLocale(QLocale.Language.French, QLocale.Country.France), "01/12/2026"),
    (QLocale(QLocale.Language.German, QLocale.Country.Germany), "01.12.2026"),  # "01.12.26" as the locale has it
    (QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea), "2026. 12. 1."),
    (QLocale.c(), "12/1/2026"),  # English stands in for "C" (as for money), not ISO, which reads as stored
])
def test_one_date_format_with_four_digit_years(locale: QLocale, expected: str) -> None:
    assert format_day(date(2026, 12, 1), locale) == expected


def test_the_panel_and_to_do_write_days_alike(qtbot: QtBot, db: Database) -> None:
    from carnet.ui import contact_panel, todo_view

    day = date(2021, 3, 4)
    assert contact_panel.format_date(day) == todo_view.format_day(day) == format_day(day) == "3/4/2021"
    contact = create_contact(db, ContactDraft(display_name="Inès Simon", stage=Stage.LEAD,
                                              next_follow_up=day)).id
    log_interaction(db, contact, InteractionKind.EMAIL, "Sent the brochure",
                    at=datetime(2021, 3, 4, 12, tzinfo=UTC))
    panel = make_panel(qtbot, db)
    panel.show_contact(contact)
    assert panel.field_labels["next_follow_up"].text() == "3/4/2021 — overdue"
    tree = panel.timeline
    dates = [tree.topLevelItem(row).text(0) for row in range(tree.topLevelItemCount())]
    assert dates == [format_day(date.today()), "3/4/2021"]  # the addition (today) is newer than the email


def every_kind(db: Database) -> int:
    contact = create_contact(db, ContactDraft(display_name="Sophie Laurent", stage=Stage.LEAD)).id
    for kind in InteractionKind:
        log_interaction(db, contact, kind, f"{kind.value} summary", at=datetime.now(UTC) - timedelta(days=30))
    record_payment(db, contact, PaymentDraft(50_000, PaymentStatus.QUOTED, issued_on=date.today()))
    record_payment(db, contact, PaymentDraft(40_000, PaymentStatus.INVOICED, issued_on=date.today()))
    record_payment(db, contact, paid_today(90_000), move_to_client=True)
    record_gift(db, contact, date.today().year, "Chocolates", sent_on=date.today())
    return contact


def test_each_kind_of_entry_has_its_own_picture(qtbot: QtBot, db: Database) -> None:
    panel = make_panel(qtbot, db)
    panel.show_contact(every_kind(db))
    tree = panel.timeline
    pictures = {}
    for row in range(tree.topLevelItemCount()):
        icon = tree.topLevelItem(row).icon(0)
        assert not icon.isNull(), tree.topLevelItem(row).text(1)
        pictures[tree.topLevelItem(row).text(1)] = icon.pixmap(32, 32).toImage()
    # Seven interaction kinds, quote, invoice, payment, move, addition, gift: thirteen different pictures.
    assert len(pictures) == 13
    images = list(pictures.values())
    assert all(images[a] != images[b] for a in range(len(images)) for b in range(a + 1, len(images)))
    assert timeline_icons.entry_icon("no such kind").isNull()


def test_the_pictures_are_painted_in_the_offscreen_window(qtbot: QtBot, db: Database) -> None:
    panel = make_panel(qtbot, db)
    panel.show_contact(every_kind(db))
    tree = panel.timeline
    paid_row = next(row for row in range(tree.topLevelItemCount())
                    if tree.topLevelItem(row).text(1) == "Payment received")
    rect = tree.visualItemRect(tree.topLevelItem(paid_row))
    image: QImage = tree.viewport().grab(rect).toImage()
    ratio = image.devicePixelRatio()
    green = timeline_icons.PAID_COLOUR
    found = [QColor(image.pixel(int(x * ratio), int(y * ratio)))
             for x in range(0, 30) for y in range(0, min(rect.height(), 30))]
    assert any(abs(c.red() - green.red()) < 20 and abs(c.green() - green.green()) < 20
               and abs(c.blue() - green.blue()) < 20 for c in found)


@pytest.mark.parametrize("width", [240, 276, 420])
def test_every_text_wraps_within_the_row_and_the_row_holds_it(qtbot: QtBot, db: Database, width: int) -> None:
    contact = every_kind(db)
    log_interaction(db, contact, InteractionKind.MEETING,
                    "Workshop at their office to scope the new catalogue: photographs, translation into German and "
                    "Spanish, a print run of 2,000 — reference CATALOGUE-2026-PRINTRUN-FINAL-V3")
    panel = make_panel(qtbot, db, width)
    panel.show_contact(contact)
    tree = panel.timeline
    qtbot.waitUntil(lambda: tree.visualItemRect(tree.topLevelItem(0)).height() > 0)
    delegate = tree.itemDelegate()
    assert isinstance(delegate, EntryDelegate)
    viewport = tree.viewport().width()
    assert tree.header().sectionSize(0) == viewport  # one column, the whole width: nothing beyond the edge
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        index = tree.indexFromItem(item)
        date_width, event, details = delegate._layouts(tree.font(), viewport, index)
        text_width = viewport - 2 * MARGIN_X - ICON_SIZE - GAP
        # The event's lines leave the date its room at the right of the first line.
        assert all(event.lineAt(n).naturalTextWidth() + GAP + date_width <= text_width + 0.5
                   for n in range(event.lineCount()))
        for layout in (event, details):
            if layout is None:
                continue
            laid_out = "".join(layout.text()[layout.lineAt(n).textStart():][:layout.lineAt(n).textLength()]
                               for n in range(layout.lineCount()))
            assert laid_out == layout.text()  # every character is on a line
            assert all(layout.lineAt(n).naturalTextWidth() <= text_width + 0.5 for n in range(layout.lineCount()))
        needed = max(event.boundingRect().height(), tree.fontMetrics().height())
        needed += 0 if details is None else details.boundingRect().height()
        assert tree.visualItemRect(item).height() >= needed + 2 * MARGIN_Y, item.text(1)


def test_a_long_email_wraps_whole_and_copies_as_typed(qtbot: QtBot, db: Database) -> None:
    email = "mariechristine.dupontlefebvre@cabinetcomptablelyon.fr"  # no hyphen, no space: Qt would not wrap it
    contact = create_contact(db, ContactDraft(display_name="Marie-Christine Dupont-Lefebvre", email=email,
                                              website="https://www.cabinet-comptable-lyon.fr/equipe/marie")).id
    panel = make_panel(qtbot, db, 276)
    panel.show_contact(contact)
    label = panel.field_labels["email"]
    qtbot.waitUntil(lambda: label.width() > 0)
    assert label.text() == email  # what the link menus and the tests read
    width = label.contentsRect().width()
    assert label.fontMetrics().horizontalAdvance(email) > width  # it does not fit on one line…
    shown = super(type(label), label).text()
    box = label.fontMetrics().boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, shown)
    assert box.width() <= width  # …and every line of it fits
    qtbot.waitUntil(lambda: label.height() >= box.height())  # all its lines are shown, once laid out
    assert shown.replace("\u200b", "") == email
    label.setFocus()
    label.setSelection(0, len(shown))
    qtbot.keyClick(label, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == email
    website = panel.field_labels["website"]
    assert website.text() == "https://www.cabinet-comptable-lyon.fr/equipe/marie"
    label.customContextMenuRequested.emit(QPoint(2, 2))
    menu = panel.links.menu
    assert menu is not None
    copy = next(action for action in menu.actions() if action.text() == "Copy")
    copy.trigger()
    assert QGuiApplication.clipboard().text() == email
    menu.close()


def test_the_timeline_is_as_tall_as_its_entries_and_the_panel_follows_the_keys(qtbot: QtBot, db: Database) -> None:
    contact = create_contact(db, ContactDraft(display_name="Théo Mercier", stage=Stage.LEAD)).id
    for days in range(1, 31):
        log_interaction(db, contact, InteractionKind.CALL, f"Weekly call number {31 - days}",
                        at=datetime.now(UTC) - timedelta(days=days))
    panel = make_panel(qtbot, db, 276)
    panel.resize(276, 600)
    panel.show_contact(contact)
    tree = panel.timeline
    last = tree.topLevelItem(tree.topLevelItemCount() - 1)
    qtbot.waitUntil(lambda: tree.visualItemRect(last).bottom() < tree.viewport().height())
    assert tree.verticalScrollBar().maximum() == 0  # every entry shown: no list scrolling inside the panel
    outer = panel.scroll_area.verticalScrollBar()
    assert outer.maximum() > 0 and outer.value() == 0  # the panel scrolls, as one page
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_End)
    assert tree.currentItem() is last
    rect = tree.visualItemRect(last)
    bottom = tree.viewport().mapTo(panel.scroll_area.viewport(), rect.bottomLeft()).y()
    assert outer.value() > 0 and 0 <= bottom <= panel.scroll_area.viewport().height()


def test_the_field_names_leave_the_values_room(qtbot: QtBot, db: Database) -> None:
    contact = create_contact(db, ContactDraft(display_name="Ruth Haddad", stage=Stage.LEAD)).id
    record_payment(db, contact, paid_today(50_000), move_to_client=True)
    flag_ambassador(db, contact)
    panel = make_panel(qtbot, db, 276)
    panel.show_contact(contact)
    cap = panel.fontMetrics().averageCharWidth() * NAME_CHARS
    assert all(name.width() <= cap for name in panel._names)
    stage = panel.field_labels["stage"]
    assert stage.text() == "Ambassador"
    qtbot.waitUntil(lambda: stage.width() >= stage.fontMetrics().horizontalAdvance("Ambassador"))
    # A name longer than the column wraps rather than widening it.
    referred = next(name for name in panel._names if name.text() == "Contacts referred")
    assert referred.width() == panel._names[0].width()
