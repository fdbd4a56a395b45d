"""The retention review (issue 13, item 8): who is listed "To review", the view, and its preference.

Contacts are made through the services; only creation times are pushed back by hand (no service takes them),
and interactions, payments and gifts are dated through the services' own arguments, so that no answer depends
on the day the tests run, only on the ``today`` given. The local time zone is pinned to Paris: the last
contact is a local day.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt

from carnet.domain.enums import ArchiveReason, InteractionKind, PaymentStatus, Stage
from carnet.domain.errors import InvalidInput
from carnet.services import (
    ContactDraft,
    PaymentDraft,
    archive_contacts,
    create_contact,
    flag_ambassador,
    log_interaction,
    record_gift,
    record_payment,
)
from carnet.services.hot_sql import stored_time
from carnet.services.retention import ReviewRow, cutoff, to_review
from carnet.storage import Database
from carnet.ui.review_view import (
    DEFAULT_REVIEW_AFTER_YEARS,
    REVIEW_AFTER_YEARS_KEY,
    ReviewModel,
    ReviewView,
    review_after_years,
)
from carnet.ui.settings import app_settings
from carnet.ui.todo_view import format_day

CAN_SET_ZONE = hasattr(time, "tzset")
TODAY = date(2025, 6, 15)
CUTOFF = date(2022, 6, 15)  # three years before TODAY


@pytest.fixture(autouse=True)
def paris_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local days in Paris, in Python and in SQLite alike."""
    monkeypatch.setenv("TZ", "Europe/Paris")
    if CAN_SET_ZONE:
        time.tzset()
    yield
    monkeypatch.undo()
    if CAN_SET_ZONE:
        time.tzset()


def noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def add(db: Database, name: str, stage: Stage = Stage.LEAD, created: date = date(2015, 1, 1), **fields: str) -> int:
    """A contact added at noon on ``created`` (UTC; the same local day in Paris)."""
    contact_id = create_contact(db, ContactDraft(display_name=name, stage=stage, **fields)).id
    assert contact_id is not None
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE contact SET created_at = ? WHERE id = ?", (stored_time(noon(created)), contact_id)
        )
    return contact_id


def talked(db: Database, contact_id: int, day: date) -> None:
    log_interaction(db, contact_id, InteractionKind.CALL, "", at=noon(day))


def listed(db: Database, today: date = TODAY, years: int = 3) -> list[int]:
    return [row.contact_id for row in to_review(db, today, years)]


# --- the cut-off ---------------------------------------------------------------------------------


def test_the_cutoff_is_the_same_calendar_day_years_ago() -> None:
    assert cutoff(TODAY, 3) == CUTOFF
    assert cutoff(date(2025, 1, 1), 1) == date(2024, 1, 1)
    assert cutoff(date(2024, 2, 29), 1) == date(2023, 2, 28)  # no 29 February in 2023
    assert cutoff(date(2024, 2, 29), 4) == date(2020, 2, 29)


@pytest.mark.parametrize("years", [0, -1])
def test_a_period_of_no_year_is_refused(db: Database, years: int) -> None:
    with pytest.raises(InvalidInput) as refused:
        to_review(db, TODAY, years)
    assert refused.value.field == "years"


# --- who is listed -------------------------------------------------------------------------------


def test_a_lead_quiet_for_three_years_and_a_day_is_listed_one_quiet_a_day_less_is_not(db: Database) -> None:
    over = add(db, "Over")
    talked(db, over, date(2022, 6, 14))
    on_the_day = add(db, "On the day")
    talked(db, on_the_day, CUTOFF)
    under = add(db, "Under")
    talked(db, under, date(2022, 6, 16))
    assert listed(db) == [over]


def test_the_row_says_who_and_since_when(db: Database) -> None:
    quiet = add(db, "Zoé Lefèvre", Stage.PROSPECT, organisation="Atelier Œuvre", created=date(2016, 3, 2))
    talked(db, quiet, date(2019, 5, 4))
    never = add(db, "Ned", Stage.STRANGER, created=date(2020, 1, 1))
    assert to_review(db, TODAY, 3) == [
        ReviewRow(quiet, "Zoé Lefèvre", "Atelier Œuvre", Stage.PROSPECT, date(2019, 5, 4), date(2016, 3, 2)),
        ReviewRow(never, "Ned", "", Stage.STRANGER, None, date(2020, 1, 1)),
    ]
    assert [row.quiet_since for row in to_review(db, TODAY, 3)] == [date(2019, 5, 4), date(2020, 1, 1)]


def test_never_contacted_counts_from_the_day_the_contact_was_added(db: Database) -> None:
    old = add(db, "Old", Stage.VISITOR, created=date(2022, 6, 14))
    add(db, "Recent", Stage.VISITOR, created=CUTOFF)
    assert listed(db) == [old]


def test_every_stage_before_client_is_listed_oldest_first(db: Database) -> None:
    ids = {stage: add(db, stage.value, stage, created=date(2020 - rank, 1, 1))
           for rank, stage in enumerate((Stage.STRANGER, Stage.VISITOR, Stage.LEAD, Stage.PROSPECT))}
    assert listed(db) == [ids[Stage.PROSPECT], ids[Stage.LEAD], ids[Stage.VISITOR], ids[Stage.STRANGER]]


def test_clients_and_ambassadors_are_never_listed(db: Database) -> None:
    long_ago = date(2015, 3, 1)
    client = add(db, "Client", Stage.PROSPECT)
    record_payment(db, client, PaymentDraft(50_000, PaymentStatus.PAID, paid_on=long_ago), move_to_client=True)
    ambassador = add(db, "Ambassador", Stage.PROSPECT)
    record_payment(db, ambassador, PaymentDraft(50_000, PaymentStatus.PAID, paid_on=long_ago), move_to_client=True)
    flag_ambassador(db, ambassador, since=long_ago)
    # Paid, so a client whatever its column (`rules.is_client_status`): not a prospect to purge either.
    paying_lead = add(db, "Paying lead")
    record_payment(db, paying_lead, PaymentDraft(50_000, PaymentStatus.PAID, paid_on=long_ago))
    assert listed(db, years=3) == []
    assert listed(db, date(2030, 1, 1), years=10) == []


def test_an_archived_contact_is_not_listed(db: Database) -> None:
    archived = add(db, "Archived")
    kept = add(db, "Kept")
    archive_contacts(db, [archived], ArchiveReason.NO_ANSWER)
    assert listed(db) == [kept]


def test_an_invoice_a_payment_or_a_gift_sent_a_year_ago_is_a_contact(db: Database) -> None:
    year_ago = date(2024, 6, 15)
    invoiced = add(db, "Invoiced")
    record_payment(db, invoiced, PaymentDraft(10_000, PaymentStatus.INVOICED, issued_on=year_ago))
    paid = add(db, "Paid")
    record_payment(db, paid, PaymentDraft(10_000, PaymentStatus.PAID, paid_on=year_ago))
    gifted = add(db, "Gifted")
    record_gift(db, gifted, 2024, "Chocolates", sent_on=year_ago)
    # A quote alone is not a contact, nor a gift only planned (not sent).
    quoted = add(db, "Quoted")
    record_payment(db, quoted, PaymentDraft(10_000, PaymentStatus.QUOTED, issued_on=year_ago))
    planned = add(db, "Planned gift")
    record_gift(db, planned, 2024, "Wine")
    assert listed(db) == [quoted, planned]


def test_the_29_february_cutoff_falls_on_the_28th(db: Database) -> None:
    leap_day = date(2024, 2, 29)
    before = add(db, "Before")
    talked(db, before, date(2021, 2, 27))
    on_the_28th = add(db, "On the 28th")
    talked(db, on_the_28th, date(2021, 2, 28))
    assert listed(db, leap_day, years=3) == [before]


@pytest.mark.skipif(not CAN_SET_ZONE, reason="time.tzset is needed to pin the local time zone")
def test_the_last_contact_is_the_local_day(db: Database) -> None:
    # 23:30 UTC on the 14th is already the 15th in Paris: the cut-off day itself, so not listed.
    late = add(db, "Late call")
    log_interaction(db, late, InteractionKind.CALL, at=datetime(2022, 6, 14, 23, 30, tzinfo=UTC))
    earlier = add(db, "Earlier call")
    log_interaction(db, earlier, InteractionKind.CALL, at=datetime(2022, 6, 14, 21, 30, tzinfo=UTC))
    assert listed(db) == [earlier]


def test_a_creation_time_that_is_not_a_time_is_refused_naming_the_contact(db: Database) -> None:
    damaged = add(db, "Damaged", created=TODAY)
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE contact SET created_at = 'soon' WHERE id = ?", (damaged,))
    with pytest.raises(ValueError, match=f"contact {damaged}: its creation day 'soon' is not a date"):
        to_review(db, TODAY, 3)


# --- the view ------------------------------------------------------------------------------------


@pytest.fixture
def review_book(db: Database) -> dict[str, int]:
    quiet = add(db, "Zoé Lefèvre", Stage.PROSPECT, organisation="Atelier Œuvre", created=date(2016, 3, 2))
    talked(db, quiet, date(2019, 5, 4))
    never = add(db, "Ned", Stage.LEAD, created=date(2020, 1, 1))
    recent = add(db, "Recent", Stage.LEAD, created=date(2021, 1, 1))
    talked(db, recent, date(2024, 1, 1))
    return {"quiet": quiet, "never": never, "recent": recent}


def make_view(qtbot, db: Database, years: list[int] | None = None) -> ReviewView:
    chosen = years if years is not None else [3]
    view = ReviewView(db, lambda: chosen[0], lambda: TODAY)
    qtbot.addWidget(view)
    return view


def texts(view: ReviewView, column: int) -> list[str]:
    return [view.model.index(row, column).data() for row in range(view.model.rowCount())]


def test_the_view_lists_the_contacts_to_review(qtbot, db, review_book, qtmodeltester) -> None:
    view = make_view(qtbot, db)
    qtmodeltester.check(view.model)
    assert texts(view, ReviewModel.NAME) == ["Zoé Lefèvre", "Ned"]
    assert texts(view, ReviewModel.ORGANISATION) == ["Atelier Œuvre", ""]
    assert texts(view, ReviewModel.STAGE) == ["Prospect", "Lead"]
    assert texts(view, ReviewModel.LAST_CONTACT) == [
        format_day(date(2019, 5, 4)), f"Never (added on {format_day(date(2020, 1, 1))})"]
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    assert headers == ["Name", "Organisation", "Stage", "Last contact"]
    assert "no contact for 3 years" in view.explanation.text()
    assert "Clients and ambassadors are never listed" in view.explanation.text()
    assert view.count_label.text() == "2 contacts to review"
    assert not view.archive_button.isEnabled() and not view.erase_button.isEnabled()


def test_delete_permanently_asks_to_erase_the_selected_contacts(qtbot, db, review_book) -> None:
    view = make_view(qtbot, db)
    view.table.selectRow(1)
    assert view.selected_contact_ids() == view.selected_ids() == [review_book["never"]]
    assert view.erase_button.isEnabled()
    with qtbot.waitSignal(view.erase_requested) as blocker:
        qtbot.mouseClick(view.erase_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [[review_book["never"]]]


def test_archive_asks_to_archive_every_selected_contact(qtbot, db, review_book) -> None:
    view = make_view(qtbot, db)
    view.table.selectAll()
    with qtbot.waitSignal(view.archive_requested) as blocker:
        qtbot.mouseClick(view.archive_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [[review_book["quiet"], review_book["never"]]]


def test_enter_opens_the_contact(qtbot, db, review_book) -> None:
    view = make_view(qtbot, db)
    view.table.setCurrentIndex(view.model.index(0, 0))
    view.table.setFocus()
    with qtbot.waitSignal(view.open_requested) as blocker:
        view.table.activated.emit(view.model.index(0, 0))
    assert blocker.args == [review_book["quiet"]]


def test_refresh_follows_the_book_and_the_preference(qtbot, db, review_book) -> None:
    years = [3]
    view = make_view(qtbot, db, years)
    view.select_contact(review_book["never"])
    archive_contacts(db, [review_book["quiet"]], ArchiveReason.NO_ANSWER)
    view.refresh()
    assert texts(view, ReviewModel.NAME) == ["Ned"]
    assert view.selected_contact_ids() == [review_book["never"]]  # the selection survives the read
    assert view.count_label.text() == "1 contact to review"
    years[0] = 1
    view.refresh()
    assert texts(view, ReviewModel.NAME) == ["Ned", "Recent"]
    assert "no contact for 1 year " in view.explanation.text()
    years[0] = 10
    view.refresh()
    assert view.model.rowCount() == 0
    assert view.count_label.text() == "Nothing to review."
    assert not view.erase_button.isEnabled()


# --- the preference ------------------------------------------------------------------------------


def test_the_preference_round_trips_through_the_dialog(qtbot) -> None:
    from carnet.ui.dialogs.preferences import PreferencesDialog

    assert review_after_years() == DEFAULT_REVIEW_AFTER_YEARS == 3
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.review_years.value() == 3
    assert (dialog.review_years.minimum(), dialog.review_years.maximum()) == (1, 20)
    assert dialog.review_years.suffix() == " years of no contact"
    dialog.review_years.setValue(1)
    assert dialog.review_years.suffix() == " year of no contact"
    dialog.review_years.setValue(5)
    dialog.accept()
    assert review_after_years() == 5

    reopened = PreferencesDialog()
    qtbot.addWidget(reopened)
    assert reopened.review_years.value() == 5
    reopened.restore_defaults()
    assert reopened.review_years.value() == 3
    reopened.accept()
    assert review_after_years() == 3


def test_cancelling_preferences_keeps_the_review_period(qtbot) -> None:
    from carnet.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.review_years.setValue(7)
    dialog.reject()
    assert review_after_years() == DEFAULT_REVIEW_AFTER_YEARS


@pytest.mark.parametrize("garbage", ["soon", "", "0", "21", "-3", "2.5"])
def test_garbage_in_the_settings_means_the_default_period(garbage: str) -> None:
    settings = app_settings()
    settings.setValue(REVIEW_AFTER_YEARS_KEY, garbage)
    settings.sync()
    assert review_after_years() == DEFAULT_REVIEW_AFTER_YEARS
    settings.setValue(REVIEW_AFTER_YEARS_KEY, " 12 ")
    settings.sync()
    assert review_after_years() == 12
