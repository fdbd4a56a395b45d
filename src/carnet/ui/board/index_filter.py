"""The board's filter run over its index (`board_read.BoardIndex`) rather than over `Card` objects. Plain
Python, no Qt.

The result is a byte per contact id, 1 for a card the filter shows. Each step is one pass in C where it can be:
the typed words through ``map(contains, ...)`` over the case-folded texts (10 ms for 100,000 cards), the
temperature and the source by ``bytes.translate`` of the index's codes, two results joined by one integer AND;
only the rarer toggles (no next step, overdue, stale) check their cards one by one, and only the cards left.
It shows exactly what `BoardFilter.matcher` accepts of the same cards (`tests/test_board_windowed.py`).

Why not SQL (`contact_search`, the FTS5 index): measured at 100,000 contacts, one letter takes 480 ms there
("m", 75,000 rows), two 310 ms, three 110 ms, "martin" 15 ms, against 10–25 ms here for any; and FTS5 matches
word prefixes without accents where the board's filter finds any part of a word as typed ("tin" finds Martin,
"zoe" does not find Zoé), which the search palette (Ctrl+K) already offers.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import compress, repeat
from operator import contains

from carnet.domain.enums import Stage
from carnet.services.board_read import ON_BOARD, SOURCES, TEMPERATURES, BoardIndex, stale_limits
from carnet.ui.board.card_filter import BoardFilter

# Fewer candidates than this share of the ids: check them one by one rather than every text in one pass.
_FEW = 8


def _and(first: bytes | bytearray, second: bytes | bytearray) -> bytes:
    """Both masks' 1s (bytes of 0 and 1: an AND of the integers they spell is an AND of each byte)."""
    size = len(first)
    both = int.from_bytes(first, "little") & int.from_bytes(second[:size].ljust(size, b"\0"), "little")
    return both.to_bytes(size, "little")


def _table(allowed: set[int]) -> bytes:
    return bytes(1 if code in allowed else 0 for code in range(256))


def passing_mask(
    index: BoardIndex, board_filter: BoardFilter, among: bytes | bytearray | None, today: int,
    stale_after: Mapping[Stage, int],
) -> bytearray:
    """A byte per id of ``index``: 1 for the cards ``board_filter`` shows, of ``among`` (None: every card);
    ``today`` is a date ordinal (overdue and stale are counted from it)."""
    span = index.span
    mask: bytes | bytearray = index.stage.translate(ON_BOARD)
    if among is not None:
        mask = _and(mask, among)
    if board_filter.segment is not None:
        chosen = bytearray(span)
        for contact_id in board_filter.segment[1]:
            if 0 <= contact_id < span:
                chosen[contact_id] = 1
        mask = _and(mask, chosen)
    if board_filter.temperatures:
        wanted = {code for code, temperature in enumerate(TEMPERATURES) if temperature in board_filter.temperatures}
        mask = _and(mask, index.temperature.translate(_table(wanted)))
    if board_filter.source is not None:
        mask = _and(mask, index.source.translate(_table({SOURCES.index(board_filter.source)})))
    haystacks = index.haystacks
    for word in board_filter.text.casefold().split():
        if mask.count(1) * _FEW < span:
            found = bytearray(span)
            for contact_id in compress(range(span), mask):
                if word in haystacks[contact_id]:
                    found[contact_id] = 1
            mask = found
        else:
            mask = _and(mask, bytes(map(contains, haystacks, repeat(word))))
    result = bytearray(mask)
    if board_filter.no_next_step_only or board_filter.overdue_only or board_filter.stale_only:
        limits = stale_limits(stale_after)
        for contact_id in compress(range(span), mask):
            if (
                (board_filter.no_next_step_only and not index.lacks_next_step(contact_id))
                or (board_filter.overdue_only and not index.overdue(contact_id, today))
                or (board_filter.stale_only and not index.stale(contact_id, today, limits))
            ):
                result[contact_id] = 0
    return result
