"""Stay in touch (SPEC §1): which contacts have gone quiet for too long, which follow-ups are late."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from carnet.domain.enums import Stage

# Days without contact (an interaction, an invoice or payment, a gift sent: `storage.sql.common.last_contact_day`)
# after which a card is stale; stages not listed never go stale (a stranger does not know you yet: there is
# nothing to keep warm).
DEFAULT_STALE_AFTER_DAYS: Mapping[Stage, int] = {
    Stage.LEAD: 14,
    Stage.PROSPECT: 7,
    Stage.CLIENT: 90,
    Stage.AMBASSADOR: 60,
}


@dataclass(frozen=True, slots=True)
class TouchStatus:
    """How a contact stands for staying in touch, on a given day."""

    days_since_touch: int | None
    stale: bool
    overdue: bool


def is_overdue(next_follow_up: date | None, today: date) -> bool:
    return next_follow_up is not None and next_follow_up < today


def touch_status(
    stage: Stage,
    last_contact_on: date | None,
    created_on: date,
    next_follow_up: date | None,
    today: date,
    stale_after: Mapping[Stage, int] = DEFAULT_STALE_AFTER_DAYS,
) -> TouchStatus:
    """Days since the last contact, and the stale and overdue flags.

    All days are local calendar days. A contact never contacted counts from the day it was added, so a
    lead added a month ago and never called is stale too.
    """
    days = (today - (last_contact_on or created_on)).days
    limit = stale_after.get(stage)
    return TouchStatus(
        days_since_touch=None if last_contact_on is None else (today - last_contact_on).days,
        stale=limit is not None and days > limit,
        overdue=is_overdue(next_follow_up, today),
    )
