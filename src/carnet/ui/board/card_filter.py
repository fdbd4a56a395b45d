"""The board's filter: which cards the filter bar lets through. Plain Python, no Qt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from carnet.domain.enums import Source, Temperature
from carnet.domain.stay_in_touch import TouchStatus
from carnet.services.board_read import Card, haystack

__all__ = ["BoardFilter", "haystack"]  # haystack: the text the filter searches, read with the board's index


@dataclass(frozen=True)
class BoardFilter:
    text: str = ""
    temperatures: frozenset[Temperature] = field(default_factory=frozenset)  # empty: any
    source: Source | None = None
    overdue_only: bool = False
    stale_only: bool = False
    no_next_step_only: bool = False  # leads and prospects without a follow-up date (`Card.lacks_next_step`)
    # A group of contacts picked elsewhere (a dashboard segment): its name, shown in the bar, and their ids.
    segment: tuple[str, frozenset[int]] | None = None

    @property
    def is_active(self) -> bool:
        return bool(self.text.strip() or self.temperatures or self.source or self.overdue_only or self.stale_only
                    or self.no_next_step_only or self.segment is not None)

    def narrows(self, previous: BoardFilter) -> bool:
        """Does every card this filter shows also pass ``previous`` (the user typed more of the same)?"""
        return (
            self.temperatures == previous.temperatures
            and self.source == previous.source
            and self.overdue_only == previous.overdue_only
            and self.stale_only == previous.stale_only
            and self.no_next_step_only == previous.no_next_step_only
            and self.segment == previous.segment
            and self.text.casefold().startswith(previous.text.casefold())
            and previous.text.strip() != ""
            and len(self.text.split()) == len(previous.text.split())
        )

    def matcher(
        self, haystack_of: Callable[[Card], str], touch_of: Callable[[Card], TouchStatus]
    ) -> Callable[[Card], bool]:
        """A fast predicate for this filter; every word typed must appear somewhere in the card."""
        words = self.text.casefold().split()
        temperatures, source = self.temperatures, self.source
        overdue_only, stale_only, no_next_step_only = self.overdue_only, self.stale_only, self.no_next_step_only
        segment = self.segment[1] if self.segment is not None else None

        def accepts(card: Card) -> bool:
            if segment is not None and card.id not in segment:
                return False
            if temperatures and card.temperature not in temperatures:
                return False
            if source is not None and card.source is not source:
                return False
            if no_next_step_only and not card.lacks_next_step:
                return False
            if words:
                hay = haystack_of(card)
                for word in words:
                    if word not in hay:
                        return False
            if overdue_only or stale_only:
                touch = touch_of(card)
                if overdue_only and not touch.overdue:
                    return False
                if stale_only and not touch.stale:
                    return False
            return True

        return accepts
