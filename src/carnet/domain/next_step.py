"""A next step for every open deal (issue 17, item 4): a lead or a prospect always carries a follow-up date.

One without is marked *No next step* on its card, in the board's filter and in To do today; moving a card to
Lead or Prospect, or logging an interaction with one, offers to set it. No Qt, no SQL.
"""

from __future__ import annotations

from datetime import date, timedelta

from carnet.domain.enums import Stage

# The open deals: past the first contact, before the first payment (strangers and visitors have no deal
# yet; clients and ambassadors have bought, and are kept warm by staleness instead).
OPEN_DEAL_STAGES = frozenset({Stage.LEAD, Stage.PROSPECT})
# "In a week": what the one-click offer sets, and what Log Interaction proposes.
NEXT_STEP_AFTER = timedelta(days=7)


def lacks_next_step(stage: Stage, next_follow_up: date | None) -> bool:
    """An open deal (a lead or a prospect) without a follow-up date."""
    return next_follow_up is None and stage in OPEN_DEAL_STAGES


def in_a_week(today: date) -> date:
    """The day the one-click offer sets: a week from ``today``, the same weekday."""
    return today + NEXT_STEP_AFTER
