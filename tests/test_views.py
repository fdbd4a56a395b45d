"""The report views (gifts, to do today, archived) and the preferences dialog, over real databases.

Data is made through the services, as the app makes it; what a view did is read back from the database.
"""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot
from sqlmodel import select

from carnet import services
from carnet.domain.enums import ArchiveReason, InteractionKind, PaymentStatus, Stage
from carnet.domain.models import Gift
from carnet.domain.stay_in_touch import DEFAULT_STALE_AFTER_DAYS
from carnet.services.archive_read import archived_contacts
from carnet.services.board_read import board_cards
from carnet.services.drafts import ContactDraft, PaymentDraft
from carnet.services.queries import contact_details
from carnet.storage import Database
from carnet.ui.archived_view import ArchivedModel, ArchivedView
from carnet.ui.dialogs.preferences import PreferencesDialog, stale_after_from_settings
from carnet.ui.gifts_tab import GiftModel, GiftsTab, neutralise, write_gift_csv, write_gift_pdf
from carnet.ui.settings import app_settings
from carnet.ui.todo_view import TodoModel, TodoView

YEAR = date.today().year


def add(db: Database, name: str, stage: Stage = Stage.LEAD, **fields: object) -> int:
    return services.create_contact(db, ContactDraft(display_name=name, stage=stage, **fields)).id


def pay(db: Database, contact_id: int, cents: int, status: PaymentStatus = PaymentStatus.PAID,
        paid_on: date | None = None) -> None:
    draft = PaymentDraft(amount_cents=cents, status=status, paid_on=paid_on)
    services.record_payment(db, contact_id, draft, move_to_client=status is PaymentStatus.PAID)


def ambassador(db: Database, name: str, cents: int, preferences: str = "Tea, no alcohol", **fields: object) -> int:
    contact_id = add(db, name, Stage.PROSPECT, **fields)
    pay(db, contact_id, cents, paid_on=date(YEAR - 1, 3, 1))
    services.flag_ambassador(db, contact_id, gift_preferences=preferences)
    return contact_id


def gifts(db: Database, contact_id: int) -> dict[int, Gift]:
    with db.reading() as session:
        return {gift.year: gift for gift in session.exec(select(Gift).where(Gift.contact_id == contact_id))}


def texts(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


# --- gifts ----------------------------------------------------------------------------------------


@pytest.fixture
def gift_book(db: Database) -> dict[str, int]:
    zoe = ambassador(db, "Zoé Lefèvre", 50_000, organisation="Atelier Œuvre", address="12 rue des Lilas\n69003 Lyon")
    services.record_gift(db, zoe, YEAR - 1, "Box of chocolates", date(YEAR - 1, 12, 10))
    hugo = ambassador(db, "Hugo Carré", 20_000)
    # Zoé sent a lead this year who paid: her referral figures.
    lead = add(db, "Léa Martin", Stage.PROSPECT, referred_by_id=zoe)
    pay(db, lead, 80_000, paid_on=date(YEAR, 2, 1))
    big = add(db, "Big Client", Stage.PROSPECT)
    pay(db, big, 900_000)
    add(db, "Not a client", Stage.LEAD)
    return {"zoe": zoe, "hugo": hugo, "lead": lead, "big": big}


@pytest.fixture
def gifts_tab(qtbot: QtBot, db: Database, gift_book: dict[str, int]) -> GiftsTab:
    tab = GiftsTab(db)
    qtbot.addWidget(tab)
    tab.resize(1200, 500)
    tab.show()
    return tab


def test_gift_list_shows_the_ambassadors_then_on_demand_the_top_clients(gifts_tab, qtmodeltester):
    model = gifts_tab.model
    assert gifts_tab.year == YEAR
    assert texts(model, GiftModel.NAME) == ["Zoé Lefèvre", "Hugo Carré"]  # most referral revenue first
    assert texts(model, GiftModel.WHY) == ["Ambassador", "Ambassador"]
    assert texts(model, GiftModel.ADDRESS)[0] == "12 rue des Lilas, 69003 Lyon"  # one line
    assert model.index(0, GiftModel.ADDRESS).data(Qt.ItemDataRole.ToolTipRole) == "12 rue des Lilas\n69003 Lyon"
    assert texts(model, GiftModel.REFERRALS) == ["1", ""]
    assert "800.00" in texts(model, GiftModel.REVENUE)[0]
    assert texts(model, GiftModel.LAST_GIFT) == [f"{YEAR - 1}: Box of chocolates", ""]
    assert texts(model, GiftModel.PREFERENCES) == ["Tea, no alcohol", "Tea, no alcohol"]
    assert model.index(0, GiftModel.SENT).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.flags(model.index(0, GiftModel.SENT)) & Qt.ItemFlag.ItemIsUserCheckable
    assert str(YEAR) in model.headerData(GiftModel.REFERRALS, Qt.Orientation.Horizontal)
    assert gifts_tab.summary.text() == "Gifts sent: 0 of 2"
    qtmodeltester.check(model)

    gifts_tab.top_spin.setValue(1)
    assert texts(model, GiftModel.NAME) == ["Zoé Lefèvre", "Hugo Carré", "Big Client"]
    assert texts(model, GiftModel.WHY)[2] == "Top client"
    gifts_tab.year_spin.setValue(YEAR - 1)
    zoe = texts(model, GiftModel.NAME).index("Zoé Lefèvre")
    assert texts(model, GiftModel.LAST_GIFT)[zoe] == ""  # the earlier gift is that year's own gift now
    assert texts(model, GiftModel.SENT)[zoe].startswith("Box of chocolates, sent ")
    assert model.index(zoe, GiftModel.SENT).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_checking_gift_sent_asks_what_and_records_it(gifts_tab, db, gift_book, qtbot, monkeypatch):
    asked = []

    def answer(parent, title, label, echo, text):
        asked.append(text)
        return "Tea box", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    model = gifts_tab.model
    model.setData(model.index(0, GiftModel.SENT), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: YEAR in gifts(db, gift_book["zoe"]))
    assert asked == ["Box of chocolates"]  # last year's gift proposed
    gift = gifts(db, gift_book["zoe"])[YEAR]
    assert (gift.what, gift.sent_on) == ("Tea box", date.today())
    assert model.index(0, GiftModel.SENT).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert gifts_tab.summary.text() == "Gifts sent: 1 of 2"

    # Unchecking keeps what was chosen but forgets the date.
    model.setData(model.index(0, GiftModel.SENT), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: gifts(db, gift_book["zoe"])[YEAR].sent_on is None)
    assert gifts(db, gift_book["zoe"])[YEAR].what == "Tea box"
    assert model.index(0, GiftModel.SENT).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_space_on_gift_sent_works_from_the_keyboard(gifts_tab, db, gift_book, qtbot, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("Honey", True))
    gifts_tab.table.setFocus()
    gifts_tab.table.setCurrentIndex(gifts_tab.model.index(1, GiftModel.SENT))
    qtbot.keyClick(gifts_tab.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: YEAR in gifts(db, gift_book["hugo"]))
    assert gifts(db, gift_book["hugo"])[YEAR].what == "Honey"


def test_cancelling_the_question_records_nothing(gifts_tab, db, gift_book, qtbot, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("", False))
    model = gifts_tab.model
    model.setData(model.index(1, GiftModel.SENT), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.wait(50)
    assert gifts(db, gift_book["hugo"]) == {}
    assert model.index(1, GiftModel.SENT).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


@pytest.mark.parametrize("text", ["=1+1", "+33 6 12", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_cells_are_neutralised(text):
    assert neutralise(text) == "'" + text
    assert neutralise("Zoé = 1") == "Zoé = 1"


def test_csv_export_neutralises_formulas_and_reads_back(db, gifts_tab, tmp_path: Path):
    ambassador(db, "=HYPERLINK(\"http://x\")", 10_000, "-2+3 bottles", organisation="+33 Org", address="@home\nParis")
    gifts_tab.refresh()
    path = tmp_path / "gifts.csv"
    write_gift_csv(gifts_tab.model.rows(), path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 BOM, so that Excel reads the accents
    with open(path, encoding="utf-8-sig", newline="") as file:
        header, *lines = list(csv.reader(file))
    assert header[:3] == ["Name", "Organisation", "Why"]
    assert header[-2:] == ["Gift this year", "Sent on"]
    by_name = {line[0]: line for line in lines}
    assert set(by_name) == {"Zoé Lefèvre", "Hugo Carré", "'=HYPERLINK(\"http://x\")"}
    evil_line = by_name["'=HYPERLINK(\"http://x\")"]
    assert evil_line[1:4] == ["'+33 Org", "Ambassador", "'@home\nParis"]
    assert evil_line[7] == "'-2+3 bottles"
    zoe = by_name["Zoé Lefèvre"]
    assert zoe[3] == "12 rue des Lilas\n69003 Lyon"  # line breaks kept, for address labels
    assert zoe[4] == "1"
    assert zoe[6] == f"{YEAR - 1}: Box of chocolates"
    for line in lines:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in line)


def test_pdf_export_writes_a_pdf(gifts_tab, tmp_path: Path):
    write_gift_pdf(gifts_tab.model.rows(), YEAR, tmp_path / "gifts.pdf")
    assert (tmp_path / "gifts.pdf").read_bytes().startswith(b"%PDF")


# --- to do today ------------------------------------------------------------------------------------


@pytest.fixture
def todo_book(db: Database) -> dict[str, int]:
    today = date.today()
    quiet_lead = add(db, "Quiet Lead", Stage.LEAD, organisation="Nobody Called")
    late = add(db, "Late Prospect", Stage.PROSPECT, next_follow_up=today + timedelta(days=5))
    services.log_interaction(db, late, InteractionKind.CALL, "first call")
    pay(db, late, 500_000, PaymentStatus.QUOTED)
    happy = add(db, "Happy Client", Stage.PROSPECT)
    pay(db, happy, 900_000)
    services.log_interaction(db, happy, InteractionKind.MEETING)
    due = add(db, "Due Client", Stage.PROSPECT, next_follow_up=today + timedelta(days=10))
    pay(db, due, 100_000)
    services.log_interaction(db, due, InteractionKind.EMAIL)
    add(db, "Stranger", Stage.STRANGER)
    return {"quiet": quiet_lead, "late": late, "happy": happy, "due": due}


def todo_view(qtbot: QtBot, db: Database, **kwargs: object) -> TodoView:
    view = TodoView(db, today=lambda: date.today() + timedelta(days=30), **kwargs)
    qtbot.addWidget(view)
    view.resize(1000, 400)
    view.show()
    return view


def test_todo_lists_overdue_and_stale_contacts_most_valuable_first(qtbot, db, todo_book, qtmodeltester):
    view = todo_view(qtbot, db)
    model = view.model
    assert texts(model, TodoModel.NAME) == ["Late Prospect", "Due Client", "Quiet Lead"]
    assert texts(model, TodoModel.STAGE) == ["Prospect", "Client", "Lead"]
    reasons = texts(model, TodoModel.REASON)
    assert reasons[0].startswith("Follow-up overdue since ") and reasons[0].endswith(" · No contact for 30 days")
    assert reasons[1].startswith("Follow-up overdue since ") and "No contact" not in reasons[1]
    assert reasons[2] == "No next step planned · No contact yet"  # a lead without a follow-up, never called
    assert texts(model, TodoModel.VALUE) == ["€5,000.00", "€1,000.00", ""]
    assert texts(model, TodoModel.ORGANISATION)[2] == "Nobody Called"
    assert view.summary.text() == "Overdue: 2 · Due today: 0 · No next step: 1 · Gone quiet: 0"
    qtmodeltester.check(model)


def test_todo_follows_the_stale_thresholds_given(qtbot, db, todo_book):
    relaxed = {**DEFAULT_STALE_AFTER_DAYS, Stage.LEAD: 60, Stage.PROSPECT: 60}
    view = todo_view(qtbot, db, stale_after_provider=lambda: relaxed)
    # The quiet lead is not stale any more, but still has no next step: it stays, for that reason alone.
    assert texts(view.model, TodoModel.NAME) == ["Late Prospect", "Due Client", "Quiet Lead"]
    assert "No contact" not in texts(view.model, TodoModel.REASON)[0]
    assert texts(view.model, TodoModel.REASON)[2] == "No next step planned"


def test_todo_asks_to_log_an_interaction_or_open_the_contact(qtbot, db, todo_book):
    view = todo_view(qtbot, db)
    assert not view.log_button.isEnabled()
    view.table.selectRow(1)
    assert view.log_button.isEnabled()
    with qtbot.waitSignal(view.log_interaction_requested) as blocker:
        qtbot.mouseClick(view.log_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [todo_book["due"]]
    view.table.setFocus()
    with qtbot.waitSignal(view.open_requested) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == [todo_book["due"]]
    # After the interaction is logged, a refresh takes the contact off the list and keeps the selection.
    in_a_month = datetime.now(UTC) + timedelta(days=30)  # the view's today
    services.log_interaction(db, todo_book["late"], InteractionKind.CALL, at=in_a_month, follow_up=None)
    services.update_contact(db, todo_book["late"], next_follow_up=date.today() + timedelta(days=40))
    view.refresh()
    assert texts(view.model, TodoModel.NAME) == ["Due Client", "Quiet Lead"]
    assert view.selected_id() == todo_book["due"]


# --- archived ------------------------------------------------------------------------------------------


@pytest.fixture
def archived_book(db: Database) -> dict[str, int]:
    elodie = add(db, "Élodie Martin", Stage.PROSPECT, organisation="Studio Nord", tags="design")
    bruno = add(db, "Bruno Petit", Stage.LEAD, email="bruno@example.com")
    kept = add(db, "Still Here", Stage.LEAD)
    services.archive_contacts(db, [elodie], ArchiveReason.NO_BUDGET, "Maybe next spring")
    services.archive_contacts(db, [bruno], ArchiveReason.LOST_TO_COMPETITOR)
    return {"elodie": elodie, "bruno": bruno, "kept": kept}


def test_archived_contacts_newest_first_and_searchable(db, archived_book):
    assert [row.display_name for row in archived_contacts(db)] == ["Bruno Petit", "Élodie Martin"]
    assert [row.display_name for row in archived_contacts(db, "ÉLODIE")] == ["Élodie Martin"]
    assert [row.contact_id for row in archived_contacts(db, "spring")] == [archived_book["elodie"]]
    assert [row.contact_id for row in archived_contacts(db, "EXAMPLE.com")] == [archived_book["bruno"]]
    assert [row.contact_id for row in archived_contacts(db, "design")] == [archived_book["elodie"]]
    assert archived_contacts(db, "still") == []  # not archived


def test_archived_view_searches_and_restores(qtbot, db, archived_book, qtmodeltester):
    view = ArchivedView(db)
    qtbot.addWidget(view)
    view.show()
    model = view.model
    assert texts(model, ArchivedModel.NAME) == ["Bruno Petit", "Élodie Martin"]
    assert texts(model, ArchivedModel.STAGE) == ["Lead", "Prospect"]
    assert texts(model, ArchivedModel.REASON) == ["Lost to a competitor", "No budget"]
    assert texts(model, ArchivedModel.NOTE) == ["", "Maybe next spring"]
    assert all(texts(model, ArchivedModel.ARCHIVED_ON))
    assert view.count_label.text() == "2 archived contacts"
    assert not view.restore_button.isEnabled()
    qtmodeltester.check(model)

    qtbot.keyClicks(view.search_edit, "studio")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert texts(model, ArchivedModel.NAME) == ["Élodie Martin"]
    assert view.count_label.text() == "1 archived contact found"
    view.table.selectRow(0)
    with qtbot.waitSignal(view.restored) as blocker:
        qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [[archived_book["elodie"]]]
    assert model.rowCount() == 0
    contact = contact_details(db, archived_book["elodie"])
    assert (contact.stage, contact.archived_at) == (Stage.PROSPECT, None)
    assert archived_book["elodie"] in {card.id for card in board_cards(db)}


# --- preferences ---------------------------------------------------------------------------------------


def test_preferences_are_saved_and_read_back(qtbot, carnet_home):
    assert stale_after_from_settings() == dict(DEFAULT_STALE_AFTER_DAYS)
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.values() == dict(DEFAULT_STALE_AFTER_DAYS)
    assert dialog.spin_boxes[Stage.LEAD].accessibleName() == "Days before a lead goes stale"
    dialog.spin_boxes[Stage.LEAD].setValue(21)
    dialog.spin_boxes[Stage.CLIENT].setValue(1)
    assert dialog.spin_boxes[Stage.CLIENT].suffix() == " day"
    dialog.accept()
    assert (carnet_home / "config" / "carnet.ini").exists()
    assert stale_after_from_settings() == {**DEFAULT_STALE_AFTER_DAYS, Stage.LEAD: 21, Stage.CLIENT: 1}

    reopened = PreferencesDialog()
    qtbot.addWidget(reopened)
    assert reopened.spin_boxes[Stage.LEAD].value() == 21
    reopened.restore_defaults()
    reopened.accept()
    assert stale_after_from_settings() == dict(DEFAULT_STALE_AFTER_DAYS)


@pytest.mark.parametrize("garbage", ["soon", "", "0", "366", "-3", "12.5"])
def test_garbage_in_the_settings_falls_back_to_the_default(garbage):
    settings = app_settings()
    settings.setValue("stay_in_touch/prospect", garbage)
    settings.setValue("stay_in_touch/lead", 30)
    settings.sync()
    assert stale_after_from_settings() == {**DEFAULT_STALE_AFTER_DAYS, Stage.LEAD: 30}


def test_cancelling_preferences_saves_nothing(qtbot):
    qtbot.addWidget(dialog := PreferencesDialog())
    dialog.spin_boxes[Stage.PROSPECT].setValue(3)
    dialog.reject()
    assert stale_after_from_settings()[Stage.PROSPECT] == DEFAULT_STALE_AFTER_DAYS[Stage.PROSPECT]


def test_client_size_thresholds_in_preferences_reach_the_board(qtbot, db):
    from carnet.analytics.clients import PmgThresholds
    from carnet.ui.dialogs.pmg_thresholds import pmg_thresholds_from_settings
    from carnet.ui.main_window import MainWindow

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.pmg_group.medium_edit.setText("1000")
    dialog.pmg_group.big_edit.setText("500")
    assert not dialog.ok_button.isEnabled()  # a big client cannot start below a medium one
    dialog.pmg_group.big_edit.setText("5 000")
    assert dialog.ok_button.isEnabled()
    dialog.accept()
    assert pmg_thresholds_from_settings() == PmgThresholds(100000, 500000)

    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.board_model.pmg_thresholds == PmgThresholds(100000, 500000)
    reopened = PreferencesDialog()
    qtbot.addWidget(reopened)
    reopened.restore_defaults()
    reopened.accept()
    assert pmg_thresholds_from_settings() is None


def test_the_language_is_chosen_in_preferences(qtbot):
    from carnet.i18n import language_preference

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.language.value() == language_preference() == "system"
    dialog.language.combo.setCurrentIndex(dialog.language.combo.findData("fr"))
    dialog.accept()
    assert language_preference() == "fr"
