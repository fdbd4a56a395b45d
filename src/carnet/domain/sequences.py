"""Follow-up sequences (issue 17, item 5): a named list of steps, each some days after the start ("New lead:
call +0 d, send the brochure +2 d, follow up +7 d"), applied to a contact one step at a time.

Starting a sequence makes its first step the contact's follow-up, on the start day plus the step's days.
Logging an interaction marks the step done, and the next one becomes the follow-up. The next step keeps its
distance from the step before, counted from the day the step was done rather than from the start: a call
made three days late must not leave the brochure already overdue, and the plan's rhythm is what the user
wrote. After the last step the contact leaves the sequence (its follow-up is then whatever the interaction
set).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

from carnet.domain.errors import InvalidInput
from carnet.domain.follow_ups import PlannedFollowUp

MAX_DAYS = 365  # a step a year away is a plan for a calendar, not a sequence
MAX_STEPS = 20
MAX_NAME = 80
MAX_WHAT = 200

NO_NAME = "Give the sequence a name."
SAME_NAME = "Two sequences are called \"{name}\". Give each its own name."
NO_STEPS = "The sequence \"{name}\" has no step. Add at least one."
TOO_MANY_STEPS = "The sequence \"{name}\" has more than {maximum} steps."
NO_WHAT = "Step {number} of \"{name}\" says nothing to do. Say what to do then."
BAD_DAYS = "Step {number} of \"{name}\" must come 0 to {maximum} days after the start."
DAYS_BACKWARDS = "Step {number} of \"{name}\" comes before the step above it. Put the steps in the order of their days."


@dataclass(frozen=True)
class SequenceStep:
    days: int  # after the sequence's start
    what: str  # becomes the follow-up's note


@dataclass(frozen=True)
class FollowUpSequence:
    name: str
    steps: tuple[SequenceStep, ...]


@dataclass(frozen=True)
class SequenceProgress:
    """A contact in a sequence: the copy it follows, and the step its follow-up is now for."""

    sequence: FollowUpSequence
    step: int  # from 0
    started_on: date

    @property
    def current(self) -> SequenceStep:
        return self.sequence.steps[self.step]

    @property
    def following(self) -> SequenceStep | None:
        """The step after this one, or None when this is the last."""
        steps = self.sequence.steps
        return steps[self.step + 1] if self.step + 1 < len(steps) else None


def checked(sequences: list[FollowUpSequence] | tuple[FollowUpSequence, ...]) -> tuple[FollowUpSequence, ...]:
    """The sequences with their texts trimmed, or ``InvalidInput`` (field "sequences") naming what is wrong."""
    seen: set[str] = set()
    result: list[FollowUpSequence] = []
    for sequence in sequences:
        name = sequence.name.strip()[:MAX_NAME]
        if not name:
            raise InvalidInput(NO_NAME, field="sequences")
        if name.casefold() in seen:
            raise InvalidInput(SAME_NAME, field="sequences", name=name)
        seen.add(name.casefold())
        if not sequence.steps:
            raise InvalidInput(NO_STEPS, field="sequences", name=name)
        if len(sequence.steps) > MAX_STEPS:
            raise InvalidInput(TOO_MANY_STEPS, field="sequences", name=name, maximum=MAX_STEPS)
        steps: list[SequenceStep] = []
        for number, step in enumerate(sequence.steps, start=1):
            what = " ".join(step.what.split())[:MAX_WHAT]
            if not what:
                raise InvalidInput(NO_WHAT, field="sequences", number=number, name=name)
            if not 0 <= step.days <= MAX_DAYS:
                raise InvalidInput(BAD_DAYS, field="sequences", number=number, name=name, maximum=MAX_DAYS)
            if steps and step.days < steps[-1].days:
                raise InvalidInput(DAYS_BACKWARDS, field="sequences", number=number, name=name)
            steps.append(SequenceStep(step.days, what))
        result.append(FollowUpSequence(name, tuple(steps)))
    return tuple(result)


def first_follow_up(sequence: FollowUpSequence, start: date) -> PlannedFollowUp:
    """The follow-up a contact gets when it starts ``sequence`` on ``start``."""
    first = sequence.steps[0]
    return PlannedFollowUp(start + timedelta(days=first.days), None, first.what)


def next_follow_up(progress: SequenceProgress, done_on: date) -> PlannedFollowUp | None:
    """The follow-up after the current step, done on ``done_on``; None when it was the last."""
    following = progress.following
    if following is None:
        return None
    gap = following.days - progress.current.days
    return PlannedFollowUp(done_on + timedelta(days=gap), None, following.what)


def steps_to_json(steps: tuple[SequenceStep, ...]) -> str:
    return json.dumps([{"days": step.days, "what": step.what} for step in steps], ensure_ascii=False)


def steps_from_json(text: str) -> tuple[SequenceStep, ...]:
    """Steps written by `steps_to_json`; what is not a step (a file edited by hand) is left out."""
    return _steps(_loaded(text))


def sequences_to_json(sequences: tuple[FollowUpSequence, ...]) -> str:
    return json.dumps([{"name": s.name, "steps": json.loads(steps_to_json(s.steps))} for s in sequences],
                      ensure_ascii=False)


def sequences_from_json(text: str) -> tuple[FollowUpSequence, ...]:
    """Sequences written by `sequences_to_json`; one without a name or a step is left out."""
    loaded = _loaded(text)
    result: list[FollowUpSequence] = []
    for item in loaded if isinstance(loaded, list) else ():
        if isinstance(item, dict) and isinstance(item.get("name"), str):
            steps = _steps(item.get("steps"))
            if steps:
                result.append(FollowUpSequence(item["name"], steps))
    return tuple(result)


def _loaded(text: str) -> object:
    try:
        return json.loads(text)
    except ValueError:
        return None


def _steps(items: object) -> tuple[SequenceStep, ...]:
    if not isinstance(items, list):
        return ()
    return tuple(SequenceStep(item["days"], item["what"]) for item in items
                 if isinstance(item, dict) and isinstance(item.get("days"), int) and isinstance(item.get("what"), str))
