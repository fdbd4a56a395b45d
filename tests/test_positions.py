"""Where dropped cards land inside a column, including when repeated drops exhaust the gap."""

from __future__ import annotations

from itertools import pairwise

import pytest

from carnet.domain.enums import ArchiveReason, Stage
from carnet.services import ContactDraft, archive_contacts, create_contact, move_contacts
from carnet.services import positions as positions_module
from carnet.services.board_read import board_cards
from carnet.services.positions import MIN_GAP, positions_for_insert, top_position
from carnet.storage import Database


def add(db: Database, name: str, stage: Stage = Stage.LEAD) -> int:
    return create_contact(db, ContactDraft(display_name=name, stage=stage)).id


def column(db: Database, stage: Stage = Stage.LEAD) -> list[int]:
    return [card.id for card in board_cards(db) if card.stage is stage]


def column_positions(db: Database, stage: Stage = Stage.LEAD) -> list[float]:
    return [card.position for card in board_cards(db) if card.stage is stage]


def build_column(db: Database, count: int, stage: Stage = Stage.LEAD) -> list[int]:
    """A column showing ``count`` new cards; returns their ids top to bottom."""
    ids = [add(db, f"card {i}", stage) for i in range(count)]
    ids.reverse()  # each new contact goes to the top
    assert column(db, stage) == ids
    return ids


@pytest.fixture
def renumber_calls(monkeypatch) -> list[Stage]:
    """Record each renumbering of a column (and still do it)."""
    calls: list[Stage] = []
    real = positions_module._renumber

    def spy(session, stage):
        calls.append(stage)
        real(session, stage)

    monkeypatch.setattr(positions_module, "_renumber", spy)
    return calls


def test_drop_at_the_top_in_the_middle_and_at_the_end(db):
    a, b, c = build_column(db, 3)
    newcomers = build_column(db, 4, Stage.PROSPECT)

    move_contacts(db, [newcomers[0]], Stage.LEAD, row=0)
    assert column(db) == [newcomers[0], a, b, c]

    move_contacts(db, [newcomers[1]], Stage.LEAD, row=2)
    assert column(db) == [newcomers[0], a, newcomers[1], b, c]

    move_contacts(db, [newcomers[2]], Stage.LEAD, row=5)
    assert column(db) == [newcomers[0], a, newcomers[1], b, c, newcomers[2]]

    move_contacts(db, [newcomers[3]], Stage.LEAD, row=None)
    assert column(db) == [newcomers[0], a, newcomers[1], b, c, newcomers[2], newcomers[3]]
    assert column(db, Stage.PROSPECT) == []


def test_a_row_past_the_end_appends(db):
    a, b = build_column(db, 2)
    newcomer = add(db, "newcomer", Stage.PROSPECT)

    move_contacts(db, [newcomer], Stage.LEAD, row=99)

    assert column(db) == [a, b, newcomer]


def test_drop_into_an_empty_column(db):
    cards = build_column(db, 3, Stage.PROSPECT)

    move_contacts(db, cards, Stage.VISITOR, row=0)

    assert column(db, Stage.VISITOR) == cards


def test_archived_cards_do_not_count_as_neighbours(db):
    a, hidden, b = build_column(db, 3)
    archive_contacts(db, [hidden], ArchiveReason.OTHER)
    newcomer = add(db, "newcomer", Stage.PROSPECT)

    move_contacts(db, [newcomer], Stage.LEAD, row=1)  # row 1 of what is shown: between A and B

    assert column(db) == [a, newcomer, b]


def test_a_single_drop_rewrites_only_the_moved_card(db, renumber_calls):
    cards = build_column(db, 5)
    before = dict(zip(cards, column_positions(db), strict=True))

    move_contacts(db, [cards[4]], Stage.LEAD, row=2)

    after = {card.id: card.position for card in board_cards(db)}
    assert {cid for cid in cards if after[cid] != before[cid]} == {cards[4]}
    assert renumber_calls == []


def test_sixty_drops_between_the_same_neighbours_renumber_and_keep_the_order(db, renumber_calls):
    first, last = build_column(db, 2)
    droppers = build_column(db, 60, Stage.PROSPECT)

    for contact_id in droppers:
        # Each lands between `first` and the previous one: the gap halves every time.
        move_contacts(db, [contact_id], Stage.LEAD, row=1)

    assert renumber_calls, "the gap was never renumbered"
    assert set(renumber_calls) == {Stage.LEAD}
    assert column(db) == [first, *reversed(droppers), last]
    positions = column_positions(db)
    gaps = [high - low for low, high in pairwise(positions)]
    assert min(gaps) >= MIN_GAP


def test_sixty_drops_inside_one_column_keep_the_order(db, renumber_calls):
    cards = build_column(db, 12)
    expected = list(cards)

    for _ in range(60):
        # Drag the bottom card up to row 1, again and again.
        expected.insert(1, expected.pop())
        move_contacts(db, [column(db)[-1]], Stage.LEAD, row=1)
        assert column(db) == expected

    assert renumber_calls


def test_positions_for_insert_on_empty_and_full_columns(db):
    a, b = build_column(db, 2)
    with db.reading() as session:
        assert top_position(session, Stage.CLIENT) == 0.0
        assert positions_for_insert(session, Stage.CLIENT, None, [a, b]) == [0.0, 1.0]
        assert positions_for_insert(session, Stage.CLIENT, 0, [a]) == [0.0]

        low, high = (c.position for c in board_cards(db) if c.stage is Stage.LEAD)
        assert top_position(session, Stage.LEAD) < low
        between = positions_for_insert(session, Stage.LEAD, 1, [999, 998])
        assert low < between[0] < between[1] < high
        assert positions_for_insert(session, Stage.LEAD, 0, [999])[0] < low
        assert positions_for_insert(session, Stage.LEAD, None, [999])[0] > high
