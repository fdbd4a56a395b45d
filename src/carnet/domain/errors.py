"""Errors raised when a rule refuses an action; their text is fit to show a user.

The domain knows nothing of Qt, so a message is kept as an English template plus its arguments:
the UI translates the template (``QCoreApplication.translate(CONTEXT, template)``) and then fills it.
"""

from __future__ import annotations

from typing import Any

CONTEXT = "carnet.domain"


class CarnetError(Exception):
    """An error whose text is meant for the user; ``field`` names the input at fault, if any."""

    def __init__(self, template: str, *, field: str | None = None, **args: Any) -> None:
        self.template = template
        self.args_map = args
        self.field = field
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.args_map)


class DomainError(CarnetError):
    """A refusal by the domain: a rule, a bad value, a missing row."""


class RuleViolation(DomainError):
    """A lifecycle rule (SPEC §1) refuses the action."""


class InvalidInput(DomainError):
    """A value the user typed is not acceptable."""


class NotFound(DomainError):
    """The row the action names no longer exists (deleted meanwhile, or a stale id)."""
