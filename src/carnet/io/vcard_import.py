"""Import contacts from a vCard file (2.1, 3.0 or 4.0, one or many cards) into an `ImportPlan`.

The file is split on BEGIN:VCARD / END:VCARD lines so that each card keeps the physical line of its
BEGIN (1-based) and a broken card is reported without losing the others; each card is then parsed by
vobject, which unfolds lines, decodes quoted-printable and knows grouped properties (item1.EMAIL).
Taken from a card: the name (FN, else N), the organisation (ORG, first unit), the role (TITLE, else
ROLE), the first email, the first phone, the first address (its non-empty parts, one per line), the
first URL, the notes (NOTE) and the tags (CATEGORIES). No Qt here.
"""

from __future__ import annotations

import re
from dataclasses import asdict
from pathlib import Path
from typing import Any

from carnet.domain.drafts import ContactDraft
from carnet.domain.enums import ContactKind
from carnet.domain.errors import InvalidInput
from carnet.domain.import_plan import ImportPlan, RowProblem
from carnet.domain.tags import format_tags
from carnet.domain.validation import clean_contact_values
from carnet.io.csv_import import NO_NAME, decode

NOT_A_CARD = "This card cannot be read ({error})."
UNFINISHED = "This card has no END:VCARD line."

_BEGIN = re.compile(r"^\s*(?:[\w-]+\.)?BEGIN\s*:\s*VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"^\s*(?:[\w-]+\.)?END\s*:\s*VCARD\s*$", re.IGNORECASE)
_QP = re.compile(r"QUOTED-PRINTABLE", re.IGNORECASE)


def _join_soft_breaks(lines: list[str]) -> list[str]:
    """vCard 2.1 quoted-printable values continue on the next line after a trailing "="."""
    joined: list[str] = []
    for line in lines:
        if joined and _QP.search(joined[-1].split(":", 1)[0]) and joined[-1].endswith("="):
            joined[-1] = joined[-1][:-1] + line.lstrip()
        else:
            joined.append(line)
    return joined


def _text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(part) for part in value if str(part).strip())
    return str(value or "").strip()


def _first(card: Any, name: str) -> Any:
    """The value of the first property called ``name``, whatever its group (item1.EMAIL counts)."""
    for child in card.getChildren():
        if child.name.upper() == name:
            return child.value
    return None


def _address(value: Any) -> str:
    if value is None or isinstance(value, str):
        return _text(value)
    parts = [value.box, value.extended, value.street, value.code, value.city, value.region, value.country]
    lines = [_text(part) for part in parts]
    return "\n".join(line for line in lines if line)


def _name(card: Any) -> str:
    full = _text(_first(card, "FN"))
    if full:
        return full
    name = _first(card, "N")
    if name is None or isinstance(name, str):
        return _text(name)
    parts = (name.prefix, name.given, name.additional, name.family, name.suffix)
    return " ".join(_text(part) for part in parts if _text(part))


def _draft(card: Any) -> ContactDraft:
    organisation = _first(card, "ORG")
    if isinstance(organisation, list):
        organisation = organisation[0] if organisation else ""
    categories = _first(card, "CATEGORIES")
    kind = ContactKind.ORGANISATION if _text(_first(card, "KIND")).lower() == "org" else ContactKind.PERSON
    draft = ContactDraft(
        display_name=_name(card),
        kind=kind,
        organisation=_text(organisation),
        role=_text(_first(card, "TITLE")) or _text(_first(card, "ROLE")),
        email=_text(_first(card, "EMAIL")),
        phone=re.sub(r"^tel:", "", _text(_first(card, "TEL")), flags=re.IGNORECASE),  # 4.0 may give a URI
        website=_text(_first(card, "URL")),
        address=_address(_first(card, "ADR")),
        notes=_text(_first(card, "NOTE")),
        tags=format_tags(categories if isinstance(categories, list) else [_text(categories)]),
    )
    clean_contact_values(asdict(draft))  # the same checks as create_contact
    return draft


def _chunks(lines: list[str]) -> list[tuple[int, list[str] | None]]:
    """(line of BEGIN:VCARD, the card's lines, None when it never ends)."""
    chunks: list[tuple[int, list[str] | None]] = []
    start: int | None = None
    current: list[str] = []
    for number, line in enumerate(lines, start=1):
        if _BEGIN.match(line):
            if start is not None:
                chunks.append((start, None))
            start, current = number, [line]
        elif start is not None:
            current.append(line)
            if _END.match(line):
                chunks.append((start, current))
                start = None
    if start is not None:
        chunks.append((start, None))
    return chunks


def read_vcards(path: Path) -> ImportPlan:
    """Every card of the file as a draft, or as a problem with the line of its BEGIN:VCARD."""
    import vobject  # imported here like the export: the File menu loads this module at start-up

    text, _ = decode(Path(path).read_bytes())
    plan = ImportPlan()
    for line, card_lines in _chunks(text.splitlines()):
        if card_lines is None:
            plan.bad.append(RowProblem.of(line, InvalidInput(UNFINISHED)))
            continue
        try:
            card = vobject.readOne("\r\n".join(_join_soft_breaks(card_lines)) + "\r\n")
            plan.good.append((line, _draft(card)))
        except InvalidInput as error:
            plan.bad.append(RowProblem.of(line, InvalidInput(NO_NAME) if error.field == "display_name" else error))
        except Exception as error:  # vobject raises ParseError, but also ValueError and friends
            plan.bad.append(RowProblem.of(line, InvalidInput(NOT_A_CARD, error=str(error))))
    return plan
