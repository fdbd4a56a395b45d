"""Checks on what the user typed, shared by the dialogs (as you type) and the services (before writing)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from carnet.domain.drafts import ContactDetail
from carnet.domain.enums import DetailKind
from carnet.domain.errors import InvalidInput
from carnet.domain.tags import format_tags

# Deliberately loose: one @, something before, a dot in the domain, no spaces. Real validation is
# sending a mail; this only catches typos such as a missing @ or a pasted name.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
# Digits with the usual separators, an optional leading + and an optional extension.
_DIGIT = re.compile(r"[0-9]")
_PHONE = re.compile(r"^\+?[0-9 ().\-/]{4,24}(\s*(x|ext\.?)\s*[0-9]{1,6})?$", re.IGNORECASE)
_CURRENCY = re.compile(r"^[A-Z]{3}$")

NAME_REQUIRED = "A contact needs a name."
BAD_EMAIL = "\"{value}\" is not an email address (expected something like name@example.com)."
BAD_PHONE = "\"{value}\" is not a phone number (digits, spaces and + ( ) . - only)."
BAD_AMOUNT = "The amount must be more than zero."
BAD_CURRENCY = "\"{value}\" is not a currency code (three letters, such as EUR or USD)."


def check_display_name(value: str | None) -> str:
    name = (value or "").strip()
    if not name:
        raise InvalidInput(NAME_REQUIRED, field="display_name")
    return name


def check_email(value: str) -> str:
    email = value.strip()
    if email and not _EMAIL.match(email):
        raise InvalidInput(BAD_EMAIL, field="email", value=email)
    return email


def check_phone(value: str) -> str:
    phone = value.strip()
    if phone and (not _PHONE.match(phone) or len(_DIGIT.findall(phone)) < 4):
        raise InvalidInput(BAD_PHONE, field="phone", value=phone)
    return phone


def check_amount_cents(value: int) -> int:
    if value <= 0:
        raise InvalidInput(BAD_AMOUNT, field="amount")
    return value


def check_currency(value: str) -> str:
    code = value.strip().upper()
    if not _CURRENCY.match(code):
        raise InvalidInput(BAD_CURRENCY, field="currency", value=value)
    return code


def clean_details(details: Iterable[ContactDetail]) -> tuple[ContactDetail, ...]:
    """A contact's further emails, phones and addresses, checked like the primary ones: empty values and
    repeats (the same kind and value, whatever its label) dropped, the first label kept."""
    kept: list[ContactDetail] = []
    seen: set[tuple[DetailKind, str]] = set()
    for detail in details:
        kind = DetailKind(detail.kind)
        value = _DETAIL_CHECKS.get(kind, str.strip)(detail.value)
        key = (kind, value.casefold())
        if value and key not in seen:
            seen.add(key)
            label = detail.label.strip()
            same = kind is detail.kind and value == detail.value and label == detail.label
            kept.append(detail if same else ContactDetail(kind, value, label))
    return tuple(kept)


_DETAIL_CHECKS = {DetailKind.EMAIL: check_email, DetailKind.PHONE: check_phone}


def clean_contact_values(values: dict[str, Any]) -> dict[str, Any]:
    """Validate and normalise the user-typed fields present in ``values`` (a contact's fields by name).

    Here, not in the services, because the importers (`carnet.io`) run the same checks on each row before
    anything is written, and must not import the services that write.
    """
    cleaned = dict(values)
    for name, check in (("display_name", check_display_name), ("email", check_email), ("phone", check_phone)):
        if name in cleaned:
            cleaned[name] = check(cleaned[name])
    if "tags" in cleaned:
        cleaned["tags"] = format_tags([cleaned["tags"]])
    if "more" in cleaned:
        cleaned["more"] = clean_details(cleaned["more"])
    for name, value in cleaned.items():
        if isinstance(value, str) and name not in ("notes", "address", "qualification_note"):
            cleaned[name] = value.strip()
    return cleaned
