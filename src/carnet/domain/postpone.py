"""The quick Postpone choices of a follow-up (issue 17, item 2): tomorrow, in 3 days, in a week, in a month.

Counted from today, not from the follow-up's own day: "Tomorrow" on a follow-up three weeks late means
tomorrow. "Next week" is a week from today, the same weekday, rather than next Monday: a follow-up is a
promise made to someone on a given day ("I'll call you next week"), Carnet's other "in a week" (Log
Interaction's proposal, the offer to give a deal its next step) counts seven days too, and it never falls on
the day another choice gives (next Monday is tomorrow on a Sunday, and in 3 days on a Friday). The menus show
the day each choice gives, so nobody has to work it out. No Qt.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum


class PostponeChoice(StrEnum):
    TOMORROW = "tomorrow"
    IN_3_DAYS = "in 3 days"
    NEXT_WEEK = "next week"
    IN_A_MONTH = "in a month"


def postponed_to(choice: PostponeChoice, today: date) -> date:
    """The day ``choice`` moves a follow-up to."""
    if choice is PostponeChoice.TOMORROW:
        return today + timedelta(days=1)
    if choice is PostponeChoice.IN_3_DAYS:
        return today + timedelta(days=3)
    if choice is PostponeChoice.NEXT_WEEK:
        return today + timedelta(days=7)
    return add_a_month(today)


def add_a_month(day: date) -> date:
    """The same day next month, or that month's last day (31 January → 28 or 29 February)."""
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    # The month's last day without the calendar module, which the window's start would pay to import.
    after = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return date(year, month, min(day.day, (after - timedelta(days=1)).day))
