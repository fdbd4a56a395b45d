"""Contact ▸ Export This Contact…: one self-contained web page with everything Carnet holds about a person.

The reader and the writer are tested without Qt (plain labels and formats), the page parsed back with the
standard library's HTMLParser; then the action, in French, through a window.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from carnet.domain.enums import (
    IMPORTED_PAYMENT,
    Answer,
    ArchiveReason,
    ContactKind,
    InteractionKind,
    PaymentStatus,
    Source,
    Stage,
    Temperature,
)
from carnet.domain.errors import NotFound
from carnet.i18n import install_translations, uninstall_translations
from carnet.io import person_export
from carnet.io.person_export import PersonLabels, local_day, write_person_html
from carnet.services import (
    ContactDraft,
    PaymentDraft,
    archive_contacts,
    create_contact,
    delete_contact,
    flag_ambassador,
    log_interaction,
    record_payment,
)
from carnet.services.activity import record_gift
from carnet.services.follow_ups import set_follow_up
from carnet.services.lookups import CONTACT_GONE
from carnet.services.person_read import PersonRecord, person_record
from carnet.storage import Database
from carnet.ui.person_export import export_person, interface_language, suggested_file_name

FRANCE = QLocale(QLocale.Language.French, QLocale.Country.France)
HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)> Ana'
# Every element and attribute the page may hold: nothing that loads, links or runs.
ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "section", "dl", "dt",
                "dd", "table", "thead", "tbody", "tr", "th", "td"}
ALLOWED_ATTRIBUTES = {"lang", "charset", "http-equiv", "content", "name", "class", "scope"}


# --- reading the page back -----------------------------------------------------------------------------------


@dataclass
class Page:
    """What a browser would show, read with the standard library's parser."""

    lang: str = ""
    title: str = ""
    h1: str = ""
    origin: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    tables: dict[str, list[list[str]]] = field(default_factory=dict)  # by heading; the header row first
    empty: list[str] = field(default_factory=list)  # headings of the sections with nothing recorded
    tags: list[tuple[str, list[tuple[str, str | None]]]] = field(default_factory=list)


class PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._text: list[str] | None = None
        self._heading = ""
        self._term = ""
        self._row: list[str] | None = None
        self._class = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.page.tags.append((tag, attrs))
        if tag == "html":
            self.page.lang = dict(attrs).get("lang") or ""
        if tag == "tr":
            self._row = []
        if tag in ("title", "h1", "h2", "p", "dt", "dd", "th", "td"):
            self._text = []
            self._class = dict(attrs).get("class") or ""

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "tr" and self._row is not None:
            self.page.tables.setdefault(self._heading, []).append(self._row)
            self._row = None
        if self._text is None or tag not in ("title", "h1", "h2", "p", "dt", "dd", "th", "td"):
            return
        value, self._text = "".join(self._text), None
        if tag == "title":
            self.page.title = value
        elif tag == "h1":
            self.page.h1 = value
        elif tag == "h2":
            self._heading = value
        elif tag == "p" and self._class == "origin":
            self.page.origin = value
        elif tag == "p" and self._class == "none":
            self.page.empty.append(self._heading)
        elif tag == "dt":
            self._term = value
        elif tag == "dd":
            self.page.fields[self._term] = value
        elif self._row is not None:
            self._row.append(value)


def parse(path: Path) -> Page:
    parser = PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser.page


def rows(page: Page, heading: str) -> list[list[str]]:
    """A table's rows without its header row."""
    return page.tables[heading][1:]


# --- plain labels and formats: the writer gets its words from the UI, these stand in -------------------------


def plain_labels() -> PersonLabels:
    """Each word is its field's name ("stage_history" → "Stage history"), each choice its value in capitals."""
    words = {f.name: f.name.replace("_", " ").capitalize() for f in fields(PersonLabels) if f.type == "str"}
    words |= {"language": "en", "exported_on": "Exported from Carnet on %1", "added": "(added)",
              "nothing_recorded": "Nothing recorded.", "imported_payment": "Imported total"}
    return PersonLabels(
        **words,
        kinds={kind: kind.value.upper() for kind in ContactKind},
        stages={stage: stage.value.upper() for stage in Stage},
        temperatures={t: t.value.upper() for t in Temperature},
        sources={source: source.value.upper() for source in Source},
        answers={answer: answer.value.upper() for answer in Answer},
        archive_reasons={reason: reason.value.upper() for reason in ArchiveReason},
        interaction_kinds={kind: kind.value.upper() for kind in InteractionKind},
        payment_statuses={status: status.value.upper() for status in PaymentStatus},
    )


def day(value: date) -> str:
    return value.isoformat()


def money(cents: int, currency: str) -> str:
    return f"{cents // 100}.{cents % 100:02d} {currency}"


def write(record: PersonRecord, path: Path, **options: object) -> Page:
    write_person_html(record, path, plain_labels(), day, money, exported_on=date(2026, 1, 15), **options)
    return parse(path)


# --- a contact with a bit of everything --------------------------------------------------------------------------


@dataclass
class Book:
    zoe: int
    referrer: int


def fill_book(db: Database) -> Book:
    referrer = create_contact(db, ContactDraft("Ambre Duval", stage=Stage.LEAD)).id
    assert referrer is not None
    zoe = create_contact(db, ContactDraft(
        "Zoé Lefèvre", organisation="Atelier Œuvre", role="Gérante", email="zoe@example.fr",
        phone="+33 6 12 34 56 78", website="https://atelier.example", address="12 rue des Lilas\n75011 Paris",
        notes="Met at the fair.\nLikes <b>tea</b>",
        tags="design, paris", source=Source.REFERRAL, referred_by_id=referrer, stage=Stage.LEAD,
        temperature=Temperature.HOT, budget=Answer.YES, qualification_note="Budget approved in March",
    )).id
    assert zoe is not None
    log_interaction(db, zoe, InteractionKind.CALL, "Discussed the <redesign>", at=datetime(2025, 3, 10, 12, tzinfo=UTC))
    log_interaction(db, zoe, InteractionKind.EMAIL, "Sent the quote", at=datetime(2025, 3, 12, 12, tzinfo=UTC),
                    follow_up=date(2025, 3, 20))
    set_follow_up(db, zoe, date(2025, 3, 20), time(14, 30), "Call about the <invoice>")  # personal data too
    record_payment(db, zoe, PaymentDraft(80_000, PaymentStatus.QUOTED, issued_on=date(2025, 3, 12),
                                         description="Website redesign"))
    record_payment(db, zoe, PaymentDraft(50_000, PaymentStatus.INVOICED, issued_on=date(2025, 4, 2),
                                         description="Logo"))
    record_payment(db, zoe, PaymentDraft(125_050, PaymentStatus.PAID, issued_on=date(2025, 4, 2),
                                         paid_on=date(2025, 4, 20), description="First half"), move_to_client=True)
    flag_ambassador(db, zoe, since=date(2025, 5, 1), recommends_how="At her business club",
                    gift_preferences="No alcohol")
    record_gift(db, zoe, 2025, "Tea box", sent_on=date(2025, 12, 15))
    record_gift(db, zoe, 2026, "Calendar")
    return Book(zoe, referrer)


@pytest.fixture
def book(db: Database) -> Book:
    return fill_book(db)


# --- the reader ----------------------------------------------------------------------------------------------------


def test_the_record_holds_the_fields_and_every_history_oldest_first(db: Database, book: Book) -> None:
    record = person_record(db, book.zoe)
    assert (record.display_name, record.organisation, record.referrer_name) == (
        "Zoé Lefèvre", "Atelier Œuvre", "Ambre Duval")
    assert record.stage is Stage.AMBASSADOR and record.ambassador_since == date(2025, 5, 1)
    assert [(c.from_stage, c.to_stage) for c in record.stage_changes] == [
        (None, Stage.LEAD), (Stage.LEAD, Stage.CLIENT), (Stage.CLIENT, Stage.AMBASSADOR)]
    assert [(i.kind, i.summary, i.follow_up) for i in record.interactions] == [
        (InteractionKind.CALL, "Discussed the <redesign>", None),
        (InteractionKind.EMAIL, "Sent the quote", date(2025, 3, 20))]
    # Dated as the timeline dates them: the quote on its day, the paid one on its payment day.
    assert [(p.status, p.amount_cents) for p in record.payments] == [
        (PaymentStatus.QUOTED, 80_000), (PaymentStatus.INVOICED, 50_000), (PaymentStatus.PAID, 125_050)]
    assert [(g.year, g.what, g.sent_on) for g in record.gifts] == [
        (2025, "Tea box", date(2025, 12, 15)), (2026, "Calendar", None)]


def test_an_archived_contact_is_exported_and_a_deleted_one_is_refused(db: Database, book: Book) -> None:
    archive_contacts(db, [book.zoe], ArchiveReason.OTHER, "Moved abroad")
    record = person_record(db, book.zoe)
    assert record.archived_at is not None and record.archive_note == "Moved abroad"
    delete_contact(db, book.referrer)  # the referral is cleared by the foreign key
    assert person_record(db, book.zoe).referrer_name == ""
    delete_contact(db, book.zoe)
    with pytest.raises(NotFound) as refused:
        person_record(db, book.zoe)
    assert refused.value.template == CONTACT_GONE


# --- the page ------------------------------------------------------------------------------------------------------


def test_the_page_shows_every_field_and_record(db: Database, book: Book, tmp_path: Path) -> None:
    record = person_record(db, book.zoe)
    page = write(record, tmp_path / "zoe.html")
    assert page.lang == "en" and page.title == page.h1 == "Zoé Lefèvre"
    assert page.origin == "Exported from Carnet on 2026-01-15"
    assert page.fields == {
        "Name": "Zoé Lefèvre", "Kind": "PERSON", "Organisation": "Atelier Œuvre", "Role": "Gérante",
        "Email": "zoe@example.fr", "Phone": "+33 6 12 34 56 78", "Website": "https://atelier.example",
        "Address": "12 rue des Lilas\n75011 Paris", "Tags": "design, paris", "Source": "REFERRAL",
        "Referred by": "Ambre Duval", "Stage": "AMBASSADOR", "Temperature": "HOT", "Budget": "YES",
        "Authority": "UNKNOWN", "Need": "UNKNOWN", "Timing": "UNKNOWN",
        "Qualification note": "Budget approved in March", "Next follow up": "2025-03-20",
        "Follow up time": "14:30", "Follow up note": "Call about the <invoice>",
        "Ambassador since": "2025-05-01", "Recommends how": "At her business club",
        "Gift preferences": "No alcohol", "Notes": "Met at the fair.\nLikes <b>tea</b>",
        "Created": day(local_day(record.created_at)), "Updated": day(local_day(record.updated_at)),
    }
    changed = [day(local_day(change.at)) for change in record.stage_changes]
    assert page.tables["Stage history"] == [
        ["Day", "From stage", "To stage"],
        [changed[0], "(added)", "LEAD"], [changed[1], "LEAD", "CLIENT"], [changed[2], "CLIENT", "AMBASSADOR"]]
    assert rows(page, "Interactions") == [
        [day(local_day(datetime(2025, 3, 10, 12, tzinfo=UTC))), "CALL", "Discussed the <redesign>", ""],
        [day(local_day(datetime(2025, 3, 12, 12, tzinfo=UTC))), "EMAIL", "Sent the quote", "2025-03-20"]]
    assert page.tables["Payments"] == [
        ["Status", "Amount", "Issued on", "Paid on", "Description"],
        ["QUOTED", "800.00 EUR", "2025-03-12", "", "Website redesign"],
        ["INVOICED", "500.00 EUR", "2025-04-02", "", "Logo"],
        ["PAID", "1250.50 EUR", "2025-04-02", "2025-04-20", "First half"]]
    assert rows(page, "Gifts") == [["2025", "Tea box", "2025-12-15"], ["2026", "Calendar", "Not sent"]]
    assert page.empty == []


def test_an_archived_contact_says_so_and_empty_sections_say_nothing_was_recorded(db: Database, tmp_path: Path) -> None:
    ana = create_contact(db, ContactDraft("Ana", kind=ContactKind.ORGANISATION)).id
    assert ana is not None
    archive_contacts(db, [ana], ArchiveReason.NO_BUDGET, "Maybe next year")
    record_payment(db, ana, PaymentDraft(30_000, PaymentStatus.PAID, description=IMPORTED_PAYMENT))
    page = write(person_record(db, ana), tmp_path / "ana.html")
    assert page.fields["Kind"] == "ORGANISATION" and page.fields["Stage"] == "STRANGER"
    assert page.fields["Archive reason"] == "NO_BUDGET" and page.fields["Archive note"] == "Maybe next year"
    assert "Archived on" in page.fields
    assert "Organisation" not in page.fields  # an empty text is left out; a choice is always there
    assert rows(page, "Payments")[0][4] == "Imported total"  # Carnet's own words, in the reader's language
    assert page.empty == ["Interactions", "Gifts"]


def test_a_hostile_value_is_shown_as_text_and_nothing_runs_or_loads(db: Database, tmp_path: Path) -> None:
    hostile = create_contact(db, ContactDraft(
        HOSTILE, organisation='"><style>body{background:url(http://evil.example/x)}</style>',
        notes="</dd><script src=http://evil.example/a.js></script>\x00\x07 end", website="javascript:alert(1)",
    )).id
    assert hostile is not None
    log_interaction(db, hostile, InteractionKind.OTHER, '<a href="http://evil.example">click</a>')
    path = tmp_path / "hostile.html"
    page = write(person_record(db, hostile), path)
    assert page.title == page.h1 == page.fields["Name"] == HOSTILE
    assert page.fields["Organisation"] == '"><style>body{background:url(http://evil.example/x)}</style>'
    assert page.fields["Notes"] == "</dd><script src=http://evil.example/a.js></script>\ufffd\ufffd end"
    assert rows(page, "Interactions")[0][2] == '<a href="http://evil.example">click</a>'
    assert {tag for tag, _ in page.tags} <= ALLOWED_TAGS
    assert {name for _, attrs in page.tags for name, _ in attrs} <= ALLOWED_ATTRIBUTES
    assert sum(tag == "style" for tag, _ in page.tags) == 1
    source = path.read_text(encoding="utf-8")
    # Every "<" of a value was escaped: each one left opens an allowed element.
    assert set(re.findall(r"</?([^\s>/]+)", source)) <= ALLOWED_TAGS | {"!DOCTYPE"}
    style = source[source.index("<style>"):source.index("</style>")]
    assert "url(" not in style and "@import" not in style
    assert "default-src 'none'" in source  # and the browser is told to load nothing, whatever slipped through


def test_the_file_is_private_and_replaces_an_existing_one_only_when_complete(
    db: Database, book: Book, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = person_record(db, book.zoe)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "zoe.html"
    target.write_text("the previous export", encoding="utf-8")
    target.chmod(0o644)

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(person_export.os, "fsync", disk_full)
        with pytest.raises(OSError, match="No space"):
            write(record, target)
    assert target.read_text(encoding="utf-8") == "the previous export"
    assert [p.name for p in folder.iterdir()] == ["zoe.html"]  # no temporary left

    previous = os.umask(0o000)  # a process that never set Carnet's umask: the mode is still 0600
    try:
        write(record, target)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert target.read_text(encoding="utf-8").rstrip().endswith("</html>")
    assert [p.name for p in folder.iterdir()] == ["zoe.html"]


def test_a_folder_that_cannot_be_written_leaves_nothing(db: Database, book: Book, tmp_path: Path) -> None:
    record = person_record(db, book.zoe)
    with pytest.raises(OSError):
        write(record, tmp_path / "missing" / "zoe.html")
    (tmp_path / "folder.html").mkdir()
    with pytest.raises(OSError):
        write(record, tmp_path / "folder.html")
    assert list((tmp_path / "folder.html").iterdir()) == []
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_database_or_its_journal_is_never_replaced(db: Database, book: Book, tmp_path: Path) -> None:
    record = person_record(db, book.zoe)
    before = db.path.read_bytes()
    for target in (db.path, db.path.with_name(db.path.name + "-wal"), db.path.with_name(db.path.name + "-shm")):
        with pytest.raises(FileExistsError):
            write(record, target)
    assert db.path.read_bytes() == before
    assert person_record(db, book.zoe).display_name == "Zoé Lefèvre"  # the book is still there, and open
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


# --- the action, in the interface's language -------------------------------------------------------------------------


@pytest.fixture
def french(qapp: QApplication) -> Iterator[QApplication]:
    install_translations(qapp, preference="fr", system_locale=FRANCE)
    yield qapp
    uninstall_translations(qapp)


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    shown = QMainWindow()
    qtbot.addWidget(shown)
    return shown


def test_the_export_follows_the_french_locale(french: QApplication, window: QMainWindow, db: Database, book: Book,
                                              tmp_path: Path) -> None:
    target = tmp_path / "zoé.html"
    assert export_person(window, db, book.zoe, str(target)) == target
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    page = parse(target)
    tables = list(page.tables.values())  # by order: the headings are the catalogue's words
    payments = tables[2][1:]
    assert [row[3] for row in payments] == ["", "", "20/04/2025"]  # days as France writes them
    assert re.fullmatch(r"1\s250,50\s€", payments[2][1])  # and money: "1 250,50 €"
    assert [len(table) - 1 for table in tables] == [3, 2, 3, 2]
    assert "Ambassadeur" in page.fields.values()  # the stage in the interface's words
    assert page.origin.endswith(date.today().strftime("%d/%m/%Y"))
    assert "zoé.html" in window.statusBar().currentMessage()


WORDS = {("PersonExport", "en"): "fr", ("PersonExport", "Interactions"): "Échanges"}


class Catalogue(QTranslator):
    """A French catalogue of two entries: the language's code and a heading."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return WORDS.get((context, source), "")

    def isEmpty(self) -> bool:
        return False


def test_the_page_speaks_the_interface_language(qapp: QApplication, window: QMainWindow, db: Database, book: Book,
                                                tmp_path: Path) -> None:
    assert interface_language() == "en"  # no catalogue: the source language
    catalogue = Catalogue()
    qapp.installTranslator(catalogue)
    try:
        export_person(window, db, book.zoe, str(tmp_path / "zoe.html"))
    finally:
        qapp.removeTranslator(catalogue)
    page = parse(tmp_path / "zoe.html")
    assert page.lang == "fr"
    assert "Échanges" in page.tables


def test_failures_are_told_never_raised(window: QMainWindow, db: Database, book: Book, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    assert export_person(window, db, book.zoe, str(tmp_path / "missing" / "zoe.html")) is None
    assert warnings.pop().startswith(f"The export to {tmp_path / 'missing' / 'zoe.html'} failed: ")
    assert export_person(window, db, book.zoe, str(db.path)) is None
    assert warnings.pop() == f"{db.path} is a database; an export never replaces one. Choose another name."
    delete_contact(db, book.zoe)
    assert export_person(window, db, book.zoe, str(tmp_path / "zoe.html")) is None
    assert warnings.pop() == CONTACT_GONE
    assert not (tmp_path / "zoe.html").exists()


def test_the_dialog_suggests_the_contact_s_name(window: QMainWindow, db: Database, book: Book,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, str]] = []

    def cancel(_parent: object, _title: str, name: str, kinds: str) -> tuple[str, str]:
        asked.append((name, kinds))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    assert export_person(window, db, book.zoe) is None
    assert asked == [("Zoé Lefèvre.html", "Web page (*.html)")]


@pytest.mark.parametrize(("name", "suggested"), [
    ("Zoé Lefèvre", "Zoé Lefèvre.html"),
    ("A/B: Consulting", "A B Consulting.html"),
    ("..hidden", "hidden.html"),
    ('<>:"/\\|?*', "contact.html"),
    ("x" * 300, "x" * 100 + ".html"),
])
def test_the_suggested_name_is_a_file_name(qapp: QApplication, name: str, suggested: str) -> None:
    assert suggested_file_name(name) == suggested

