"""Assertions the dialog tests share: an error shown under its field (and spoken), or none."""

from __future__ import annotations

from carnet.ui.dialogs.validated_form import FieldError


def assert_error(error: FieldError | None, fragment: str) -> None:
    assert error is not None
    assert error.isVisible()
    assert fragment in error.text()
    assert error.field.accessibleDescription() == error.text()


def assert_fine(error: FieldError | None) -> None:
    assert error is not None
    assert not error.isVisible()
    assert error.field.accessibleDescription() == ""
