"""Search everything (Ctrl+K, issue 16): every contact, archived ones too, by any word it holds.

The words typed are looked up in the full-text index (`carnet.storage.sql.search`, made by migration 0003 and
kept up to date by its triggers) on the database's reader connection: each word is the start of a word of the
contact, every word must be found, case and accents aside ("zoe lef" finds "Zoé Lefèvre"). Contacts whose
name or organisation hold every word come first, then the others; in each group the contacts on the board
before the archived ones, by name. Nothing the user types is FTS5 syntax: quotes, ``-``, ``*``, ``:``,
parentheses, AND, OR, NOT and NEAR are words or separators like any other.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from carnet.domain.enums import Stage, members_by_value
from carnet.storage.database import Database
from carnet.storage.sql import search as sql

log = logging.getLogger(__name__)

DEFAULT_LIMIT = 50
# More words than anyone types in a search box; beyond them the text is a paste, and the first ones decide.
MAX_WORDS = 12

# A word as the index's tokenizer (unicode61) cuts one: letters and digits; anything else separates words.
_WORD = re.compile(r"[^\W_]+")
# A phone number typed with separators ("06 12 34", "+33 (0)6.12"): its digits are also looked up together,
# as the index also holds every phone's digits alone.
_PHONE = re.compile(r"[\d\s.\-()+/]+")
_MIN_PHONE_DIGITS = 3
# Letters the tokenizer keeps whole, which people type as two ("oeuvre" for "Œuvre") or the other way round.
_LIGATURES = (("œ", "oe"), ("æ", "ae"), ("ß", "ss"))


class MatchedIn(StrEnum):
    """Where a contact matched: the index's column (`carnet.storage.sql.search.COLUMNS`)."""

    NAME = "name"
    ORGANISATION = "organisation"
    ROLE = "role"
    COORDINATES = "coordinates"  # an email, a phone, the website or an address, further ones included
    TAGS = "tags"
    NOTES = "notes"  # the notes, the qualification's note, how an ambassador recommends, gift ideas, archive note
    INTERACTIONS = "interactions"  # an interaction's summary
    PAYMENTS = "payments"  # a payment's description or reference


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One contact found, and where: ``snippet`` is a few words of the ``matched_in`` text, each matched
    word between `MATCH_START` and `MATCH_END` (its separate lines joined with " · ")."""

    contact_id: int
    display_name: str
    organisation: str
    stage: Stage
    archived: bool
    matched_in: MatchedIn
    snippet: str


MATCH_START, MATCH_END = sql.MATCH_START, sql.MATCH_END
# A phone's digits alone are a coordinate too (the column is apart so that other snippets do not show them).
_COLUMNS = tuple(MatchedIn.COORDINATES if name == "phone_digits" else MatchedIn(name) for name in sql.COLUMNS)
_NAME_FILTER = "{" + " ".join(sql.NAME_COLUMNS) + "}"
_NAME_COLUMNS = len(sql.NAME_COLUMNS)
_STAGES = members_by_value(Stage)
_MARKED = re.compile(f"{MATCH_START}([^{MATCH_END}]*){MATCH_END}")


@dataclass(frozen=True, slots=True)
class SearchResult:
    """The hits shown, and whether more contacts matched than the limit let through."""

    hits: list[SearchHit]
    more: bool


def search(db: Database, text: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    """The contacts (at most ``limit``) holding every word of ``text``, each word as the start of one of
    theirs; nothing for a text without a word. When more match, the newest contacts are the ones kept."""
    return search_result(db, text, limit).hits


def search_result(db: Database, text: str, limit: int = DEFAULT_LIMIT) -> SearchResult:
    """`search`, saying also whether more contacts matched than ``limit``."""
    expression = match_expression(text)
    if expression is None or limit <= 0:
        return SearchResult([], False)
    reader = db.reader()
    named = _hits(reader, f"{_NAME_FILTER} : ({expression})", limit + 1, by_name=True)
    if len(named) > limit:
        return SearchResult(sorted(named[:limit], key=_order), True)
    seen = {hit.contact_id for hit in named}
    others = [hit for hit in _hits(reader, expression, limit + 1 + len(named), by_name=False)
              if hit.contact_id not in seen]
    room = limit - len(named)
    return SearchResult(sorted(named, key=_order) + sorted(others[:room], key=_order), len(others) > room)


def match_expression(text: str) -> str | None:
    """The FTS5 query for what the user typed, or None when it holds no word. Every word is quoted (so that
    nothing typed is FTS5 syntax) and a prefix (``"lef"*``); all must match. A word with a ligature is also
    looked up spelt the other way ("oeuvre" or "œuvre"), a phone number typed in parts also as one number."""
    text = unicodedata.normalize("NFC", text)  # "é" typed as e + a combining accent is one letter
    words = _WORD.findall(text)[:MAX_WORDS]
    if not words:
        return None
    expression = " AND ".join(_term(word) for word in words)
    stripped = text.strip()
    digits = "".join(character for character in stripped if character.isdigit())
    if len(words) > 1 and len(digits) >= _MIN_PHONE_DIGITS and _PHONE.fullmatch(stripped) and digits.isascii():
        expression = f"({expression}) OR {_prefix(digits)}"
    return expression


def _term(word: str) -> str:
    # Lower, not casefold: casefold turns "ß" into "ss", which the index (which keeps "ß") would not find.
    spellings = [word.lower()]
    for joined, apart in _LIGATURES:
        for before, after in ((joined, apart), (apart, joined)):
            if before in spellings[0]:
                spellings.append(spellings[0].replace(before, after))
    unique = list(dict.fromkeys(spellings))
    if len(unique) == 1:
        return _prefix(unique[0])
    return "(" + " OR ".join(_prefix(spelling) for spelling in unique) + ")"


def _prefix(word: str) -> str:
    return '"' + word.replace('"', '""') + '"*'


def _hits(reader: sqlite3.Connection, expression: str, limit: int, *, by_name: bool) -> list[SearchHit]:
    try:
        rows = reader.execute(sql.HITS, (expression, limit)).fetchall()
    except sqlite3.OperationalError as exc:
        # A letter the tokenizer's (older) Unicode tables do not know splits a word into a phrase, which
        # this index cannot look up: such a search finds nothing rather than failing.
        if str(exc).startswith("fts5:"):
            log.warning("search for %r refused by FTS5: %s", expression, exc)
            return []
        raise
    hits = []
    for contact_id, name, organisation, stage, archived, *snippets in rows:
        matched = _matched_column(snippets, by_name)
        hits.append(SearchHit(contact_id, name, organisation, _STAGES[stage], bool(archived), _COLUMNS[matched],
                              _readable(snippets[matched])))
    return hits


def _matched_column(snippets: list[str | None], by_name: bool) -> int:
    """The column whose snippet marks the most different words (the first of those): for a contact found by its
    name or organisation, one of those; otherwise, preferably another (the name is on screen anyway)."""
    words = [len(set(_MARKED.findall((snippet or "").lower()))) for snippet in snippets]
    if by_name:
        candidates = range(_NAME_COLUMNS)
    else:
        candidates = range(_NAME_COLUMNS, len(snippets))
        if not any(words[number] for number in candidates):
            candidates = range(len(snippets))
    return max(candidates, key=lambda number: (words[number], -number))  # ties: the formatted number first


def _readable(snippet: str | None) -> str:
    """The snippet on one line: the texts a column joins (a contact's emails, its interactions) as "a · b"."""
    parts = (part.strip() for part in (snippet or "").split("\n"))
    return " · ".join(part for part in parts if part and part != "…")


def _order(hit: SearchHit) -> tuple[bool, str, int]:
    return hit.archived, _folded(hit.display_name), hit.contact_id


def _folded(text: str) -> str:
    """For sorting by name: "Élodie" among the E, whatever the case."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(character for character in decomposed if not unicodedata.combining(character)).casefold()
