"""The funnel (SPEC §3, issue 6 §1): contacts per stage now, conversion stage to stage, median time in stage.

- **Count per stage** is the board now: archived contacts are left out (they are off the board).
- **Conversion from A to the next stage B** over a period: of the contacts who *entered* A during the
  period (a stage change to A dated in it; a contact created in A entered it then), the share who *later*
  reached B **or any stage after B** (a lead that jumps straight to client did convert: what matters is
  that they went further, not through which door). Each contact counts once per stage, from its first
  entry into A in the period; "later" is any time up to now, not only within the period, so a recent
  period reads low because its contacts have had little time yet. Archived contacts are counted: leaving
  them out would hide exactly those who did not convert.
- **Median days in a stage**: over the stays in that stage that *ended* during the period (the contact
  moved on or back), the median of their lengths in local calendar days (a move the same day is 0 days).
  Stays still going on are not counted: their length is not known yet.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from carnet.analytics.common import Period, median
from carnet.analytics.rows import ContactRow, StageChangeRow
from carnet.domain.enums import STAGE_ORDER, Stage, members_by_value

_STAGES = members_by_value(Stage)


@dataclass(frozen=True, slots=True)
class FunnelStep:
    """One stage of the funnel."""

    stage: Stage
    now: int  # contacts in this column now (archived ones left out)
    entered: int  # distinct contacts who entered the stage during the period
    # Of those, how many later reached the next stage or a later one; None for the last stage.
    went_further: int | None
    median_days: float | None  # median length of the stays in this stage that ended in the period

    @property
    def conversion(self) -> float | None:
        """``went_further / entered`` (0..1); None when nobody entered or for the last stage."""
        if self.went_further is None or not self.entered:
            return None
        return self.went_further / self.entered


def stage_counts(contacts: Iterable[ContactRow]) -> dict[Stage, int]:
    """Contacts per column on the board now, archived ones left out; every stage present."""
    counts = dict.fromkeys(STAGE_ORDER, 0)
    for contact in contacts:
        if not contact.archived:
            counts[_STAGES[contact.stage]] += 1
    return counts


def funnel(contacts: Iterable[ContactRow], stage_changes: Sequence[StageChangeRow], period: Period) -> list[FunnelStep]:
    """The six funnel steps, in board order, for ``period`` (see the module's docstring for definitions)."""
    first_day, last_day = period.bounds()
    stages = len(STAGE_ORDER)
    entered = [0] * stages
    further = [0] * stages
    stays: list[list[int]] = [[] for _ in range(stages)]
    count = len(stage_changes)
    start = 0
    while start < count:
        # One contact's history: rows start..end-1.
        contact_id = stage_changes[start][0]
        end = start + 1
        while end < count and stage_changes[end][0] == contact_id:
            end += 1
        # Walking backwards, the furthest stage reached after each move: O(moves), not O(moves²). Each
        # entry into a stage in the period overwrites the last: what remains is the contact's *first* entry.
        went_on: dict[int, bool] = {}
        furthest = -1
        for position in range(end - 1, start - 1, -1):
            _, rank, day = stage_changes[position]
            if position + 1 < end:
                left_on = stage_changes[position + 1][2]
                if first_day <= left_on <= last_day:
                    stays[rank].append(left_on - day)
            if first_day <= day <= last_day:
                went_on[rank] = furthest > rank
            if rank > furthest:
                furthest = rank
        for rank, converted in went_on.items():
            entered[rank] += 1
            further[rank] += converted
        start = end
    now = stage_counts(contacts)
    last = len(STAGE_ORDER) - 1
    return [
        FunnelStep(
            stage=stage,
            now=now[stage],
            entered=entered[rank],
            went_further=None if rank == last else further[rank],
            median_days=median(stays[rank]),
        )
        for rank, stage in enumerate(STAGE_ORDER)
    ]

