"""The keys that tell two contacts are probably the same person (SPEC §1, "Duplicates").

Each key is a normalised form of what people type differently for the same thing: case and spaces in an
email, separators and the French international prefix in a phone, accents and case in a name. An empty
key never matches anything: it means "not enough to say".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Below this many digits a "phone" is an extension or a typo; matching on it would pair strangers.
MIN_PHONE_DIGITS = 6

_NOT_DIGITS = re.compile(r"[^0-9]+")

REASON_EMAIL = "email"
REASON_PHONE = "phone"
REASON_NAME = "name"
REASONS: tuple[str, ...] = (REASON_EMAIL, REASON_PHONE, REASON_NAME)


@dataclass(frozen=True)
class DuplicateMatch:
    """An existing contact that looks like another one, and on which keys (``reasons``) they agree."""

    contact_id: int
    display_name: str
    organisation: str
    reasons: tuple[str, ...]


class _MarkStripper(dict[int, int | None]):
    """A `str.translate` table that deletes combining marks (the accents NFKD splits off).

    Filled on demand (texts use a few dozen code points), so each character costs a dict lookup in C
    rather than a Python-level test.
    """

    def __missing__(self, codepoint: int) -> int | None:
        kept = None if unicodedata.combining(chr(codepoint)) else codepoint
        self[codepoint] = kept
        return kept


_WITHOUT_MARKS = _MarkStripper()


def email_key(email: str | None) -> str:
    """The email as compared: without surrounding spaces, case-insensitive; "" for none."""
    return (email or "").strip().casefold()


def phone_key(phone: str | None) -> str:
    """The phone's digits, with a French international prefix written the national way.

    "+33 6 12 34 56 78", "0033 6 12 34 56 78", "+33 (0)6 12 34 56 78" and "06.12.34.56.78" all give
    "0612345678". Other countries keep their digits as typed. Fewer than six digits give "".
    """
    text = (phone or "").strip()
    digits = _NOT_DIGITS.sub("", text)
    french = None
    if text.startswith("+") and digits.startswith("33"):
        french = digits[2:]
    elif digits.startswith("0033"):
        french = digits[4:]
    if french is not None:
        # "+33 (0)6…" already carries the national 0 that people add out of habit: do not add another.
        digits = french if french.startswith("0") else "0" + french
    return digits if len(digits) >= MIN_PHONE_DIGITS else ""


def fold_text(text: str | None) -> str:
    """Text as compared: accents removed, case folded, runs of whitespace made one space."""
    text = (text or "").casefold()
    if text.isascii():  # most names: nothing to decompose, and skipping NFKD halves the cost
        return " ".join(text.split())
    bare = unicodedata.normalize("NFKD", text).translate(_WITHOUT_MARKS)
    return " ".join(bare.split())


def name_key(display_name: str | None, organisation: str | None) -> str:
    """Name and organisation together; "" without an organisation.

    Two "Marie Martin" are common enough; two "Marie Martin" at "Acme" are probably one person.
    """
    org = fold_text(organisation)
    return name_key_folded(display_name, org) if org else ""


def name_key_folded(display_name: str | None, folded_organisation: str) -> str:
    """`name_key` for an organisation already passed through `fold_text`.

    Organisations repeat across contacts: a search over all of them folds each one once.
    """
    name = fold_text(display_name)
    if not name or not folded_organisation:
        return ""
    # A newline cannot survive fold_text, so it cannot make "a b" + "c" equal "a" + "b c".
    return f"{name}\n{folded_organisation}"
