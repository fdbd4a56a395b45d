"""The board model's filter as the columns see it: results kept while typing and erasing, forgotten when a card
changes, and each column's rows and paid totals the same whichever way they were reached."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from pytestqt.qtbot import QtBot

from carnet.domain.enums import Stage, Temperature
from carnet.services.board_read import Card
from carnet.ui.board.card_filter import BoardFilter
from carnet.ui.board.model import BoardModel, prepare_cards
from carnet.ui.board.stage_proxy import StageProxy


def card(contact_id: int, name: str, stage: Stage = Stage.LEAD, **fields: object) -> Card:
    values: dict[str, object] = {
        "organisation": "", "email": "", "tags": "", "stage": stage, "position": float(contact_id),
        "temperature": Temperature.COLD, "source": None, "next_follow_up": None,
        "last_contact_on": None, "created_on": date(2026, 1, 1),
    }
    values.update(fields)
    return Card(contact_id, name, **values)  # type: ignore[arg-type]


CARDS = [
    card(1, "Hugo Martin", email="hugo@martin.fr", paid=(("EUR", 120_000),)),
    card(2, "Margaux Petit", temperature=Temperature.HOT),
    card(3, "Martine Roux", Stage.CLIENT, paid=(("EUR", 45_000), ("CHF", 9_000))),
    card(4, "Léa Marchand", Stage.CLIENT, organisation="Atelier Martin", paid=(("EUR", 30_000),)),
    card(5, "Nordlicht GmbH", Stage.CLIENT, tags="export"),
    # Leads the words typed below never find: the board keeps results up to twice its size in ids.
    *(card(i, f"Jules Dupont {i}") for i in range(10, 16)),
]


def board_with(cards: list[Card], *, prepared: bool = False) -> tuple[BoardModel, dict[Stage, StageProxy]]:
    board = BoardModel(today=lambda: date(2026, 12, 2))
    board.set_cards(prepare_cards(cards) if prepared else cards)
    return board, {stage: StageProxy(board, stage) for stage in (Stage.LEAD, Stage.CLIENT)}


def rows(proxy: StageProxy) -> list[int]:
    return [proxy.contact_id(row) for row in range(proxy.rowCount())]


def type_and_erase(board: BoardModel, word: str, **toggles: object) -> list[set[int] | None]:
    seen = []
    texts = [word[:n] for n in range(1, len(word) + 1)] + [word[:n] for n in range(len(word) - 1, -1, -1)]
    for text in texts:
        board.set_filter(BoardFilter(text=text, **toggles))  # type: ignore[arg-type]
        visible = board.visible_ids()
        seen.append(None if visible is None else set(visible))
    return seen


def test_erasing_letters_shows_what_typing_them_showed(qtbot: QtBot) -> None:
    board, proxies = board_with(CARDS, prepared=True)
    seen = type_and_erase(board, "mart")
    assert seen[:4] == [{1, 2, 3, 4, 5}, {1, 2, 3, 4}, {1, 2, 3, 4}, {1, 3, 4}]  # m (GmbH), ma, mar, mart
    assert seen[4:] == [{1, 2, 3, 4}, {1, 2, 3, 4}, {1, 2, 3, 4, 5}, None]  # mar, ma, m, nothing
    board.set_filter(BoardFilter(text="marti"))
    assert rows(proxies[Stage.LEAD]) == [1] and rows(proxies[Stage.CLIENT]) == [3, 4]
    assert proxies[Stage.CLIENT].paid_totals() == (("EUR", 75_000), ("CHF", 9_000))


def test_a_changed_card_is_not_hidden_by_an_earlier_result(qtbot: QtBot) -> None:
    board, proxies = board_with(CARDS)
    type_and_erase(board, "mar")  # "mar" and "ma" kept: Nordlicht is in neither
    board.upsert([replace(CARDS[4], display_name="Marc Nordlicht")])
    board.set_filter(BoardFilter(text="ma"))
    assert 5 in (board.visible_ids() or set())
    board.set_filter(BoardFilter(text="mar"))
    assert rows(proxies[Stage.CLIENT]) == [3, 4, 5]
    board.take_out([3])
    board.set_filter(BoardFilter(text="ma"))
    board.set_filter(BoardFilter(text="mar"))
    assert board.visible_ids() == {1, 2, 4, 5}
    assert rows(proxies[Stage.CLIENT]) == [4, 5]
    assert proxies[Stage.CLIENT].paid_totals() == (("EUR", 30_000),)


def test_words_and_toggles_together_and_a_payment_after_the_filter(qtbot: QtBot) -> None:
    board, proxies = board_with(CARDS)
    hot_only = {"temperatures": frozenset({Temperature.HOT})}
    assert type_and_erase(board, "ma", **hot_only) == [{2}] * 4  # m, ma, m, then the toggle alone
    board.set_filter(BoardFilter(text="martin atelier"))
    assert board.visible_ids() == {4}
    board.set_filter(BoardFilter(text="martin"))
    assert rows(proxies[Stage.CLIENT]) == [3, 4]
    board.upsert([replace(CARDS[3], paid=(("EUR", 50_000),))])  # a payment recorded while filtered
    assert proxies[Stage.CLIENT].paid_totals() == (("EUR", 95_000), ("CHF", 9_000))
    board.set_filter(BoardFilter(text="roux"))
    assert proxies[Stage.CLIENT].paid_totals() == (("EUR", 45_000), ("CHF", 9_000))
    board.set_filter(BoardFilter())
    assert rows(proxies[Stage.CLIENT]) == [3, 4, 5]
    assert proxies[Stage.CLIENT].paid_totals() == (("EUR", 95_000), ("CHF", 9_000))
    assert proxies[Stage.LEAD].paid_totals() == (("EUR", 120_000),)


def test_a_column_shows_the_same_rows_whether_it_scans_itself_or_looks_the_few_up(qtbot: QtBot) -> None:
    many = [card(i, f"Contact {i}", Stage.CLIENT if i % 3 else Stage.LEAD, tags="export" if i % 7 == 0 else "")
            for i in range(1, 301)]
    board, proxies = board_with(many, prepared=True)
    board.set_filter(BoardFilter(text="export"))  # 42 shown on the board: fewer than either column holds
    assert rows(proxies[Stage.CLIENT]) == [i for i in range(1, 301) if i % 7 == 0 and i % 3]
    board.set_filter(BoardFilter(text="contact"))  # every card: each column scans its own
    assert rows(proxies[Stage.LEAD]) == [i for i in range(1, 301) if i % 3 == 0]
