"""The filter's rules, without Qt."""

from __future__ import annotations

from datetime import date

from carnet.domain.enums import Source, Stage, Temperature
from carnet.domain.stay_in_touch import TouchStatus
from carnet.services.board_read import Card
from carnet.ui.board.card_filter import BoardFilter, haystack


def card(contact_id: int, name: str, **fields: object) -> Card:
    values: dict[str, object] = {
        "organisation": "", "email": "", "tags": "", "stage": Stage.LEAD, "position": 0.0,
        "temperature": Temperature.COLD, "source": None, "next_follow_up": None,
        "last_contact_on": None, "created_on": date(2026, 1, 1),
    }
    values.update(fields)
    return Card(contact_id, name, **values)  # type: ignore[arg-type]


CARDS = [
    card(1, "Zoé Lefèvre", organisation="Atelier Œuvre", tags="vip, export", temperature=Temperature.HOT),
    card(2, "Hugo Martin", email="hugo@martin.fr", source=Source.WEBINAR),
    card(3, "Nordlicht GmbH", tags="export"),
]
NOT_TOUCHED = TouchStatus(None, False, False)


def shown(board_filter: BoardFilter, touch: dict[int, TouchStatus] | None = None) -> list[int]:
    accepts = board_filter.matcher(haystack, lambda c: (touch or {}).get(c.id, NOT_TOUCHED))
    return [c.id for c in CARDS if accepts(c)]


def test_no_filter_shows_everything() -> None:
    assert not BoardFilter().is_active
    assert shown(BoardFilter()) == [1, 2, 3]


def test_text_matches_name_organisation_email_and_tags_in_any_case() -> None:
    assert shown(BoardFilter(text="ŒUVRE")) == [1]
    assert shown(BoardFilter(text="martin.fr")) == [2]
    assert shown(BoardFilter(text="Export")) == [1, 3]
    assert shown(BoardFilter(text="export zoé")) == [1]  # every word must match
    assert shown(BoardFilter(text="nobody")) == []


def test_toggles_combine_with_text() -> None:
    assert shown(BoardFilter(temperatures=frozenset({Temperature.HOT}))) == [1]
    assert shown(BoardFilter(temperatures=frozenset({Temperature.COLD}), text="export")) == [3]
    assert shown(BoardFilter(source=Source.WEBINAR)) == [2]
    touch = {2: TouchStatus(3, True, False), 3: TouchStatus(1, False, True)}
    assert shown(BoardFilter(stale_only=True), touch) == [2]
    assert shown(BoardFilter(overdue_only=True), touch) == [3]


def test_narrowing_is_recognised_only_when_it_is_safe() -> None:
    assert BoardFilter(text="mart").narrows(BoardFilter(text="mar"))
    assert not BoardFilter(text="ma").narrows(BoardFilter(text="mar"))  # backspace widens
    assert not BoardFilter(text="mar").narrows(BoardFilter(text=""))  # nothing was filtered
    assert not BoardFilter(text="mar x").narrows(BoardFilter(text="mar"))  # a new word: another search
    hot = frozenset({Temperature.HOT})
    assert not BoardFilter(text="mart", temperatures=hot).narrows(BoardFilter(text="mar"))


def test_a_segment_shows_only_its_contacts_and_combines_with_text() -> None:
    champions = BoardFilter(segment=("Champions", frozenset({1, 3})))
    assert champions.is_active
    assert shown(champions) == [1, 3]
    assert shown(BoardFilter(text="export", segment=("At risk", frozenset({3})))) == [3]
    typed = BoardFilter(text="expo", segment=("Champions", frozenset({1, 3})))
    assert BoardFilter(text="export", segment=typed.segment).narrows(typed)
    assert not BoardFilter(text="export").narrows(typed)  # the segment removed: more cards, not fewer
