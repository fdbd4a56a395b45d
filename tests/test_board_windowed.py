"""The board of a big book (issue 19): an index of every card, `Card` objects only for the rows near what the
views show, read by id a screenful at a time, and the filter run over the index."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from itertools import product

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from carnet.domain import InteractionKind, PaymentStatus, Source, Stage, Temperature
from carnet.domain.stay_in_touch import DEFAULT_STALE_AFTER_DAYS
from carnet.services import ContactDraft, PaymentDraft, create_contact, log_interaction, record_payment
from carnet.services.board_read import BoardIndex, Card, board_cards, board_index
from carnet.services.changes import Change, ChangeKind
from carnet.services.contacts import update_contact
from carnet.storage import Database
from carnet.ui.board import card_cache
from carnet.ui.board.card_delegate import CardDelegate
from carnet.ui.board.card_filter import BoardFilter, haystack
from carnet.ui.board.card_list_view import CardListView
from carnet.ui.board.index_filter import passing_mask
from carnet.ui.board.model import BoardModel, CardRole, prepare_index
from carnet.ui.board.stage_proxy import StageProxy
from carnet.ui.main_window import MainWindow

TODAY = date(2026, 12, 2)
FIRST = ["Zoé", "Hugo", "Léa", "Chloé", "François", "Margaux", "Jürgen", "Søren", "Ana", "Ömer", "Martine", "Œdipe",
         "Ελένη", "Ayşe", "Nguyễn", "Ines", "Marta", "Ben"]
LAST = ["Lefèvre", "Martin", "Marchand", "Dubois", "Ménard", "Straße", "Martínez", "Øster", "Pereira", "Çelik",
        "Roux", "Petit", "Müller", "Łukasz", "Martinelli", "Ndiaye", "Ōta", "İnce"]
ORGANISATIONS = ["", "Atelier Œuvre", "Nordlicht GmbH", "Café de la Gare", "Martin & Fils", "Ébénisterie Roy"]


def realistic_cards(count: int, seed: int = 19) -> list[Card]:
    """A board as a real book fills one: accents, ligatures, every stage, follow-ups late and planned, payers."""
    rng = random.Random(seed)
    stages = list(Stage)
    cards = []
    for contact_id in range(1, count + 1):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        stage = rng.choice(stages)
        paid = ((("EUR", rng.randrange(5_000, 900_000)),) if stage in (Stage.CLIENT, Stage.AMBASSADOR) else ())
        cards.append(Card(
            contact_id, f"{first} {last}", rng.choice(ORGANISATIONS),
            f"{first.casefold()}.{last.casefold()}@exemple.fr" if rng.random() < 0.7 else "",
            rng.choice(["", "vip", "export, salon", "newsletter"]), stage, float(rng.randrange(1, 10 * count)),
            rng.choice(list(Temperature)), rng.choice([None, *Source]),
            rng.choice([None, TODAY - timedelta(days=rng.randrange(1, 30)), TODAY + timedelta(days=rng.randrange(30))]),
            rng.choice([None, TODAY - timedelta(days=rng.randrange(200))]), TODAY - timedelta(days=rng.randrange(400)),
            paid, None, paid[0][1] if paid and rng.random() < 0.6 else 0,
            rng.choice(["", "+33 6 12 34 56 78", "12 rue de l'Église\n75011 Paris"]),
        ))
    return cards


class Book:
    """A fake reader: the committed cards by id, counting what is read."""

    def __init__(self, cards: Sequence[Card]) -> None:
        self.cards = {card.id: card for card in cards}
        self.read: list[list[int]] = []

    def __call__(self, contact_ids: Sequence[int]) -> list[Card]:
        self.read.append(list(contact_ids))
        return [self.cards[i] for i in contact_ids if i in self.cards]


def windowed_board(cards: list[Card], held: int = 64) -> tuple[BoardModel, Book]:
    """A model holding at most ``held`` cards, over the index of ``cards`` (as a big book is loaded)."""
    book = Book(cards)
    model = BoardModel(today=lambda: TODAY)
    model.set_card_reader(book)
    model._cache.held = held
    model.set_cards(prepare_index(BoardIndex.from_cards(cards)))
    return model, book


def column_order(cards: list[Card], stage: Stage) -> list[int]:
    return [card.id for card in sorted((c for c in cards if c.stage is stage), key=lambda c: (c.position, c.id))]


def test_scrolling_a_long_column_shows_its_cards_in_order_holding_a_few(qtbot: QtBot) -> None:
    cards = realistic_cards(6_000)
    model, book = windowed_board(cards)
    proxy = StageProxy(model, Stage.LEAD)
    expected = column_order(cards, Stage.LEAD)
    assert proxy.rowCount() == len(expected) > 800
    assert len(model._cache) == 0  # nothing read until a view asks
    view = CardListView()
    view.setModel(proxy)
    view.setItemDelegate(CardDelegate(view))
    qtbot.addWidget(view)
    view.resize(300, 500)
    view.show()
    qtbot.waitExposed(view)
    bar = view.verticalScrollBar()
    for value in range(0, bar.maximum() + 1, max(1, bar.maximum() // 25)):
        bar.setValue(value)
        qtbot.wait(1)
        top = view.rowAt(0)
        shown = [view.model().index(row, 0).data(CardRole.CARD) for row in range(top, min(top + 8, len(expected)))]
        assert [card.id for card in shown] == expected[top : top + 8]
        assert all(card == book.cards[card.id] for card in shown)
        assert len(model._cache) <= 64
    # Read a screenful at a time: a statement or two per scroll step, never one per card nor the whole column.
    assert all(len(ids) <= card_cache.READ_BEFORE + card_cache.READ_AFTER for ids in book.read)
    assert len(book.read) <= 2 * 27


def test_every_row_read_through_the_proxy_is_the_right_card() -> None:
    cards = realistic_cards(3_000)
    model, _book = windowed_board(cards, held=40)
    for stage in Stage:
        proxy = StageProxy(model, stage)
        ids = [proxy.index(row, 0).data(CardRole.CARD).id for row in range(proxy.rowCount())]
        assert ids == column_order(cards, stage)
    assert model.card_at(0).id == 1 and model.card(cards[-1].id) == cards[-1]
    assert [card.id for card in model.cards_of(Stage.CLIENT)] == column_order(cards, Stage.CLIENT)


def test_a_write_while_cards_are_held_shows_the_write() -> None:
    cards = realistic_cards(2_000)
    model, book = windowed_board(cards, held=30)
    leads, clients = StageProxy(model, Stage.LEAD), StageProxy(model, Stage.CLIENT)
    top = leads.index(0, 0).data(CardRole.CARD)  # read, and held
    far = leads.index(leads.rowCount() - 1, 0).data(CardRole.CARD)
    for row in range(0, 200):  # scrolled past: the first cards are no longer held
        leads.index(row + 300, 0).data(CardRole.CARD)
    assert top.id not in model._cache
    client_count, client_paid = clients.shown_count(), dict(clients.paid_totals())
    # Both committed: the top card renamed and paid, moved to the top of Client; the far one renamed in place.
    renamed = replace(top, display_name="Zoé Lefèvre-Martin", stage=Stage.CLIENT, position=-1.0,
                      paid=(("EUR", 120_000),), recent_paid=120_000)
    book.cards[top.id] = renamed
    book.cards[far.id] = replace(far, display_name="Hugo Ménard")
    model.upsert([renamed, book.cards[far.id]])
    assert clients.index(0, 0).data(CardRole.CARD) == renamed
    assert leads.index(leads.rowCount() - 1, 0).data(CardRole.CARD).display_name == "Hugo Ménard"
    assert leads.row_of_contact(top.id) == -1 and clients.row_of_contact(top.id) == 0
    assert clients.shown_count() == client_count + 1
    assert dict(clients.paid_totals())["EUR"] == client_paid["EUR"] + 120_000
    # Evicted, then changed and put back: what is shown is the write, never the card held before it.
    for row in range(0, 200):
        clients.index(row + 100, 0).data(CardRole.CARD)
    assert renamed.id not in model._cache
    assert clients.index(0, 0).data(Qt.ItemDataRole.DisplayRole) == "Zoé Lefèvre-Martin"
    model.take_out([renamed.id])
    assert clients.row_of_contact(renamed.id) == -1 and model.card(renamed.id) is None
    assert clients.shown_count() == client_count


def reference(cards: list[Card], board_filter: BoardFilter) -> set[int]:
    """What the filter shows of these cards, card by card (`BoardFilter.matcher`, as before the index)."""
    model = BoardModel(today=lambda: TODAY)
    accepts = board_filter.matcher(haystack, model.touch)
    return {card.id for card in cards if accepts(card)}


FILTERS = [
    *(BoardFilter(text=text) for text in ["m", "ma", "mar", "mart", "martin", "MARTIN", "é", "zoé", "zoe", "lefèvre",
                                          "œuvre", "strasse", "straße", "søren", "ελένη", "i̇nce", "ince", "nguyễn",
                                          "café gare", "martin fils", "06 12", "église", "@exemple", "vip", "  ",
                                          "export salon", "gmbh nord", "x" * 30]),
    *(BoardFilter(text=text, temperatures=frozenset(temps), source=source)
      for text, temps, source in product(["", "ma"], [(), (Temperature.HOT,), (Temperature.WARM, Temperature.COLD)],
                                         [None, Source.WEBINAR])),
    BoardFilter(overdue_only=True), BoardFilter(stale_only=True), BoardFilter(no_next_step_only=True),
    BoardFilter(text="mar", overdue_only=True, stale_only=True),
    BoardFilter(segment=("Top clients", frozenset({1, 2, 3, 50, 999, 10**6}))),
    BoardFilter(text="a", segment=("Some", frozenset(range(1, 400, 3))), no_next_step_only=True),
]


@pytest.mark.parametrize("board_filter", FILTERS, ids=[f"filter{n}" for n in range(len(FILTERS))])
def test_the_filter_over_the_index_shows_what_it_shows_card_by_card(board_filter: BoardFilter) -> None:
    cards = realistic_cards(1_500)
    index = BoardIndex.from_cards(cards)
    mask = passing_mask(index, board_filter, None, TODAY.toordinal(), DEFAULT_STALE_AFTER_DAYS)
    assert {i for i, flag in enumerate(mask) if flag} == reference(cards, board_filter)


def test_typing_and_erasing_on_a_windowed_board_matches_the_reference() -> None:
    cards = realistic_cards(2_500)
    model, _book = windowed_board(cards)
    proxies = {stage: StageProxy(model, stage) for stage in Stage}
    for text in ["m", "ma", "mar", "mart", "marti", "martin", "marti", "mart", "mar", "ma", "m", "", "é", "éb"]:
        board_filter = BoardFilter(text=text, temperatures=frozenset({Temperature.HOT, Temperature.WARM}))
        model.set_filter(board_filter)
        wanted = reference(cards, board_filter)
        for stage, proxy in proxies.items():
            assert [proxy.contact_id(row) for row in range(proxy.rowCount())] == [
                i for i in column_order(cards, stage) if i in wanted]
        shown_paid = sum(c.paid[0][1] for c in cards if c.id in wanted and c.stage is Stage.CLIENT and c.paid)
        assert dict(proxies[Stage.CLIENT].paid_totals()).get("EUR", 0) == shown_paid


def test_the_index_read_in_sql_is_the_index_of_the_cards(db: Database) -> None:
    ids = [create_contact(db, ContactDraft(name, stage=stage, organisation=org, email=email, phone=phone, tags=tags,
                                           temperature=temperature, next_follow_up=follow_up)).id
           for name, stage, org, email, phone, tags, temperature, follow_up in [
               ("Zoé Lefèvre", Stage.LEAD, "Atelier Œuvre", "zoe@oeuvre.fr", "+33 6 12 34 56 78", "vip",
                Temperature.HOT, TODAY - timedelta(days=3)),
               ("Jürgen Straße", Stage.PROSPECT, "Nordlicht GmbH", "", "", "export", Temperature.WARM, None),
               ("Ayşe Çelik", Stage.VISITOR, "", "ayse@exemple.fr", "", "", Temperature.COLD, TODAY),
               ("Hugo Martin", Stage.PROSPECT, "Martin & Fils", "hugo@martin.fr", "", "", Temperature.COLD, None),
           ]]
    record_payment(db, ids[3], PaymentDraft(250_000, PaymentStatus.PAID), move_to_client=True)
    log_interaction(db, ids[0], InteractionKind.CALL, "Rappeler après le salon")
    from_sql, from_cards = board_index(db), BoardIndex.from_cards(board_cards(db))
    for name in BoardIndex.__slots__:
        assert getattr(from_sql, name) == getattr(from_cards, name), name
    assert "zoé lefèvre\natelier œuvre" in from_sql.haystacks[ids[0]] and "strasse" in from_sql.haystacks[ids[1]]


def test_a_big_book_s_window_holds_few_cards_and_shows_every_write(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A board bigger than the cards it may hold: the window's board is its index, cards read as shown.
    monkeypatch.setattr(card_cache, "HELD_CARDS", 6)
    ids = {name: create_contact(db, ContactDraft(name, stage=Stage.LEAD)).id
           for name in ["Ana Pereira", "Bruno Martin", "Chloé Dubois", "David Leroy", "Élodie Roux", "François Ménard",
                        "Gaëlle Petit", "Hugo Marchand", "Inès Ndiaye", "Jules Dupont", "Karim Benali", "Léa Martin"]}
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    qtbot.waitUntil(lambda: window.controller.fully_loaded, timeout=10_000)
    model = window.board_model
    assert model.cards() and len(model._cache) <= 6
    leads = window.board.proxies()[Stage.LEAD]
    assert leads.rowCount() == 12
    assert [leads.index(row, 0).data() for row in range(12)] == list(reversed(ids))  # newest on top
    # A move through the controller and an edit through the change hub, while cards are held and others not.
    assert window.controller.move([ids["Ana Pereira"]], Stage.VISITOR, 0)
    visitors = window.board.proxies()[Stage.VISITOR]
    assert visitors.index(0, 0).data() == "Ana Pereira"
    update_contact(db, ids["Jules Dupont"], display_name="Jules Dupont-Lefèvre")
    window.changes.notify(Change.of([ids["Jules Dupont"]], ChangeKind.CONTACT))
    assert "Jules Dupont-Lefèvre" in [leads.index(row, 0).data() for row in range(leads.rowCount())]
    window.filter_bar.search.setText("dupont-lef")
    assert [leads.index(row, 0).data() for row in range(leads.rowCount())] == ["Jules Dupont-Lefèvre"]
    window.filter_bar.search.setText("martin")
    assert sorted(leads.index(row, 0).data() for row in range(leads.rowCount())) == ["Bruno Martin", "Léa Martin"]
    assert len(model._cache) <= 6
