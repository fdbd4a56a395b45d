"""The gift list's PDF over several pages (issue 16, polish list): a contact's row is never cut across two
pages (page 2 began with an address and no name), and every page repeats the table's header.

Read back with Qt's own PDF reader (QtPdf, PySide6-Addons): the text of each page as a viewer shows it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot

from carnet import services
from carnet.domain.enums import PaymentStatus, Stage
from carnet.services.drafts import ContactDraft, PaymentDraft
from carnet.services.reports import gift_list
from carnet.storage import Database
from carnet.ui.gifts_tab import GiftsTab, write_gift_pdf
from carnet.ui.paged_table import Slice, paginate

YEAR = 2026
STREETS = ("rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "quai Saint-Vincent", "chemin des Vignes")
FIRST = ("Zoé", "Hélène", "François", "Camille", "Léa", "Benoît", "Inès", "Raphaël")
LAST = ("Lefèvre", "Martin", "Dubois", "Girard", "Rousseau")
CITIES = ("69003 Lyon", "75011 Paris", "33000 Bordeaux", "44000 Nantes", "13001 Marseille")


def address(number: int) -> list[str]:
    """A French postal address of three to six lines: some with a company, a building, a mailbox."""
    lines = [f"Atelier Numéro {number}"] if number % 2 else []
    lines.append(f"{number + 1} {STREETS[number % len(STREETS)]}")
    if number % 3 == 0:
        lines.append(f"Bâtiment {chr(65 + number % 5)}, escalier {number % 4 + 1}")
    if number % 4 == 0:
        lines.append(f"BP {1000 + number}")
    lines.append(CITIES[number % len(CITIES)])
    if number % 5 == 0:
        lines.append("France")
    return lines


@pytest.fixture
def ambassadors(db: Database) -> dict[str, list[str]]:
    """Forty ambassadors, each with a multi-line address and, for some, long gift preferences."""
    names: dict[str, list[str]] = {}
    for number in range(40):
        name = f"{FIRST[number % len(FIRST)]} {LAST[number // len(FIRST)]}"
        lines = address(number)
        preferences = ("Loves Burgundy wine and dark chocolate; no flowers (allergic); prefers a handwritten "
                       "card to a printed one") if number % 7 == 0 else "Tea"
        contact = services.create_contact(db, ContactDraft(display_name=name, stage=Stage.PROSPECT,
                                                           address="\n".join(lines))).id
        paid = PaymentDraft(10_000 + number, PaymentStatus.PAID, paid_on=date(2025, 3, 1))
        services.record_payment(db, contact, paid, move_to_client=True)
        services.flag_ambassador(db, contact, gift_preferences=preferences)
        names[name] = lines
    return names


def page_texts(path: Path) -> list[str]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    texts = [document.getAllText(page).text() for page in range(document.pageCount())]
    document.close()
    return texts


def test_no_contact_is_cut_across_two_pages(qtbot: QtBot, db: Database, ambassadors: dict[str, list[str]],
                                            tmp_path: Path) -> None:
    rows = gift_list(db, YEAR)
    assert len(rows) == 40
    path = tmp_path / "gifts.pdf"
    table = write_gift_pdf(rows, YEAR, path)
    pages = page_texts(path)
    assert len(pages) >= 3
    assert len(pages) == len(table.pages)
    for name, lines in ambassadors.items():
        holding = [number for number, text in enumerate(pages) if name in text]
        assert len(holding) == 1, f"{name} on pages {holding}"
        text = pages[holding[0]]
        for line in lines:  # every line of the address on the name's page
            assert line in text, f"{name}: {line!r} not on page {holding[0] + 1}"
    for number, text in enumerate(pages):
        assert "Name" in text and "Postal address" in text and "Gift preferences" in text, number  # the header
        if number:
            # What follows the header on a later page is a contact's name, never the end of an address.
            after_header = text.split("Gift sent", 1)[1].strip()
            assert after_header.startswith(tuple(ambassadors)), after_header[:60]
    assert "Year-end gifts 2026" in pages[0] and all("Year-end gifts" not in text for text in pages[1:])
    # Each page is used: a page turns only before a row that would not fit.
    assert sorted(part.row for page in table.pages for part in page) == list(range(40))
    assert all(part.top == 0 for page in table.pages for part in page)


def test_the_tab_saves_the_same_paged_list(qtbot: QtBot, db: Database, ambassadors: dict[str, list[str]],
                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tab = GiftsTab(db, today=lambda: date(YEAR, 11, 20))
    qtbot.addWidget(tab)
    path = tmp_path / "from-the-tab.pdf"
    monkeypatch.setattr(tab, "_export", lambda _title, _filter, _suffix, write: write(path))
    tab.save_pdf()
    pages = page_texts(path)
    assert len(pages) >= 3
    assert all(sum(name in text for text in pages) == 1 for name in ambassadors)


def test_paginate_turns_the_page_before_a_row_that_would_not_fit() -> None:
    # Pages of 100 units (the first 70 below its title): rows of 30, 30, 30, 50, 20, 60, 45.
    pages = paginate([30, 30, 30, 50, 20, 60, 45], first_room=70, room=100)
    assert [[part.row for part in page] for page in pages] == [[0, 1], [2, 3, 4], [5], [6]]
    assert all(part == Slice(part.row, 0.0, part.bottom) for page in pages for part in page)
    assert paginate([], 70, 100) == [[]]  # an empty list is still one page: the title and the header


def test_only_a_row_taller_than_a_page_is_cut_and_between_lines() -> None:
    pages = paginate([40, 250, 10], first_room=100, room=100, line=12)
    assert [[(part.row, part.top, part.bottom) for part in page] for page in pages] == [
        [(0, 0.0, 40.0)],
        [(1, 0.0, 88.0)],  # a page's room less one line: no line of text straddles the cut
        [(1, 88.0, 176.0)],
        [(1, 176.0, 250.0), (2, 0.0, 10.0)],
    ]
