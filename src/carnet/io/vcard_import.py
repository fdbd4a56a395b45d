"""Import contacts from a vCard file (2.1, 3.0 or 4.0, one or many cards) into an `ImportPlan`.

The file is decoded like a CSV file (`text_decoding`), then split on BEGIN:VCARD / END:VCARD lines so that
each card keeps the physical line of its BEGIN (1-based) and a broken card is reported without losing the
others; each card is then parsed by vobject, which unfolds lines, decodes quoted-printable in the card's
CHARSET and knows grouped properties (item1.EMAIL); vCard 2.1's quoted-printable soft line breaks (a line
ending with "=") are joined first, as vobject does not, and what vobject would misread is put right first
(`_prepared_line`: unescaped commas in texts, Outlook's Windows-1252 quoted-printable). Taken from a card:

- the name (FN, else N); a card for a company is an organisation contact named after it: KIND:org (4.0),
  Apple's X-ABShowAs:COMPANY, an ORG without a name, or an FN that is the ORG with an empty N (Android);
- the organisation (ORG, first unit), the role (TITLE, else ROLE), the first URL, every NOTE;
- every EMAIL, TEL and ADR, with its label: Apple's X-ABLabel of its item group ("_$!<Mobile>!$_" is
  "Mobile"), else its TYPEs ("cell" is "Mobile"; "pref", "internet" and "voice" say nothing). The first
  preferred one (TYPE=pref, PREF=1) of each kind is the primary one, else the first; the others go into
  ``more``. An address is put together the French way (`addresses.format_address`);
- the tags (every CATEGORIES, without Google's system group "myContacts").

Binary properties (PHOTO, LOGO, SOUND, KEY: Carnet keeps none of them) are dropped while the file is split
into cards, with their folded lines (and vCard 2.1's unindented base64 lines up to the blank line that ends
them), before anything decodes or unfolds them: a 20 MB photo costs its bytes and nothing more. The lines
are walked one at a time (`_physical_lines` is a generator), so only the card being read is held as lines.
``progress`` (when given) is called with (cards read, None) every `PROGRESS_EVERY` cards.

No Qt here.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from carnet.domain.drafts import ContactDetail, ContactDraft
from carnet.domain.enums import ContactKind, DetailKind
from carnet.domain.errors import InvalidInput
from carnet.domain.import_plan import ImportPlan, RowProblem
from carnet.domain.tags import format_tags
from carnet.domain.validation import clean_contact_values, clean_details
from carnet.io.addresses import format_address
from carnet.io.row_reading import NO_NAME, primary_and_more
from carnet.io.text_decoding import decode_text

NOT_A_CARD = "This card cannot be read ({error})."
PROGRESS_EVERY = 500  # cards between two calls of ``progress``
UNFINISHED = "This card has no END:VCARD line."

_BEGIN = re.compile(r"^\s*(?:[\w-]+\.)?BEGIN\s*:\s*VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"^\s*(?:[\w-]+\.)?END\s*:\s*VCARD\s*$", re.IGNORECASE)
# Binary properties, never decoded: their value and its folded lines are skipped while reading.
_BINARY = re.compile(r"^\s*(?:[\w-]+\.)?(?:PHOTO|LOGO|SOUND|KEY)\s*[;:]", re.IGNORECASE)
_BASE64_21 = re.compile(r";\s*ENCODING\s*=\s*BASE64", re.IGNORECASE)  # 2.1: lines up to a blank one
_BASE64_LINE = re.compile(r"[A-Za-z0-9+/=]+")
_LINE_END = re.compile(r"\r\n|\r|\n")
_QP = re.compile(r"QUOTED-PRINTABLE", re.IGNORECASE)
_CHARSET = re.compile(r";\s*CHARSET\s*=", re.IGNORECASE)
_VERSION_21 = re.compile(r"^\s*VERSION\s*:\s*2\.1\s*$", re.IGNORECASE)
# Properties holding one text, where a comma can only be part of it (RFC 6350 §3.4: single-valued).
_SINGLE_TEXT = frozenset({"FN", "NOTE", "TITLE", "ROLE", "EMAIL", "TEL", "URL", "LABEL", "X-ABLABEL", "X-ABSHOWAS"})
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")  # Apple's own labels; a label the user typed is plain
_APPLE_NAMES = {"HomeFAX": "Home Fax", "WorkFAX": "Work Fax", "OtherFAX": "Other Fax", "HomePage": "Home Page"}
_DETAILS = {"EMAIL": DetailKind.EMAIL, "TEL": DetailKind.PHONE, "ADR": DetailKind.ADDRESS}
# TYPE values and the label they stand for; those mapped to "" say nothing a user would call a label.
_TYPE_LABELS = {"cell": "Mobile", "mobile": "Mobile", "home": "Home", "work": "Work", "fax": "Fax",
                "pager": "Pager", "main": "Main", "iphone": "iPhone", "other": "Other", "car": "Car",
                "text": "Text", "video": "Video", "textphone": "Textphone",
                **dict.fromkeys(("pref", "internet", "voice", "x400", "dom", "intl", "postal", "parcel", "msg",
                                 "bbs", "modem", "isdn", "pcs"), "")}
_SYSTEM_GROUPS = frozenset({"mycontacts"})  # Google's, in its vCards (without the "* " of its CSV)


def _join_soft_breaks(lines: list[str]) -> list[str]:
    """vCard 2.1 quoted-printable values continue on the next line after a trailing "="."""
    joined: list[str] = []
    for line in lines:
        if joined and _QP.search(joined[-1].split(":", 1)[0]) and joined[-1].endswith("="):
            joined[-1] = joined[-1][:-1] + line.lstrip()
        else:
            joined.append(line)
    return joined


def _unfold(lines: list[str]) -> list[str]:
    """A line starting with a space or a tab continues the previous one (RFC 6350 §3.2; 2.1 does the same)."""
    unfolded: list[str] = []
    for line in lines:
        if unfolded and line[:1] in (" ", "\t"):
            unfolded[-1] += line[1:]
        else:
            unfolded.append(line)
    return unfolded


def _prepared(lines: list[str]) -> str:
    """The card's text as vobject reads it right: quoted-printable soft breaks joined, lines unfolded (so
    that each property is one line here), then each put right (`_prepared_line`)."""
    joined = _unfold(_join_soft_breaks(lines))
    version_21 = any(_VERSION_21.match(line) for line in joined)
    return "\r\n".join(_prepared_line(line, version_21) for line in joined) + "\r\n"


def _prepared_line(line: str, version_21: bool) -> str:
    """Two things vobject gets wrong, put right before it reads the line.

    vobject reads a single-valued text (NOTE, FN, TITLE…) up to its first unescaped comma and drops the
    rest: vCard 2.1 escapes no comma, and some 3.0 writers forget to. Such commas are escaped here (in
    2.1, in every property but CATEGORIES, whose commas separate its values).

    A quoted-printable value without CHARSET whose bytes are not UTF-8 (Outlook writes Windows-1252 so)
    gets CHARSET=windows-1252: vobject would decode it as UTF-8, and fail.
    """
    head, colon, value = line.partition(":")
    if not colon or _BEGIN.match(line) or _END.match(line):
        return line
    name = head.split(";", 1)[0].rpartition(".")[2].strip().upper()
    if "," in value and (name in _SINGLE_TEXT or (version_21 and name != "CATEGORIES")):
        value = _escape_commas(value)
    if _QP.search(head) and not _CHARSET.search(head):
        try:
            quopri.decodestring(value.encode("latin-1", "replace")).decode("utf-8")
        except UnicodeDecodeError:
            head += ";CHARSET=windows-1252"
    return f"{head}:{value}"


def _escape_commas(value: str) -> str:
    escaped: list[str] = []
    backslash = False
    for char in value:
        if char == "," and not backslash:
            escaped.append("\\")
        escaped.append(char)
        backslash = char == "\\" and not backslash
    return "".join(escaped)


def _text(value: Any) -> str:
    """A value as text; one vobject split on its commas (a list) is joined back: most writers that leave
    a comma unescaped meant it ("12, rue de la Paix"), and no address book writes several streets so."""
    if isinstance(value, list):
        return ", ".join(_text(part) for part in value if _text(part))
    return str(value or "").strip()


def _address(value: Any) -> str:
    if value is None or isinstance(value, str):
        return _text(value)
    return format_address([_text(value.street)], extended=_text(value.extended), box=_text(value.box),
                          postcode=_text(value.code), city=_text(value.city), region=_text(value.region),
                          country=_text(value.country))


class _Card:
    """A parsed card's properties by name, and the labels of its item groups."""

    def __init__(self, card: Any) -> None:
        self.properties: dict[str, list[Any]] = {}
        self.group_labels: dict[str, str] = {}
        for child in card.getChildren():
            name = child.name.upper()
            if name == "X-ABLABEL" and child.group:
                self.group_labels[child.group.lower()] = _apple_label(_text(child.value))
            self.properties.setdefault(name, []).append(child)

    def first(self, name: str) -> Any:
        """The value of the first property called ``name``, whatever its group (item1.EMAIL counts)."""
        children = self.properties.get(name)
        return children[0].value if children else None

    def all(self, name: str) -> list[Any]:
        return self.properties.get(name, [])


def _apple_label(label: str) -> str:
    apple = _APPLE_LABEL.match(label)
    if not apple:
        return label
    return _APPLE_NAMES.get(apple.group(1), apple.group(1))


def _types(child: Any) -> list[str]:
    listed = [part for value in child.params.get("TYPE", []) for part in str(value).split(",")]
    return [part.strip().strip('"').lower() for part in (*listed, *child.singletonparams) if part.strip()]


def _is_preferred(child: Any, types: list[str]) -> bool:
    return "pref" in types or bool(child.params.get("PREF"))


def _label(child: Any, types: list[str], group_labels: dict[str, str]) -> str:
    if child.group and child.group.lower() in group_labels:
        return group_labels[child.group.lower()]
    words = [_TYPE_LABELS.get(kind, kind.removeprefix("x-").title()) for kind in types]
    return " ".join(word for word in words if word)


def _details(card: _Card) -> list[ContactDetail]:
    """Every email, phone and address of the card with its label, the preferred ones of a kind first."""
    preferred: list[ContactDetail] = []
    others: list[ContactDetail] = []
    for name, kind in _DETAILS.items():
        for child in card.all(name):
            if kind is DetailKind.ADDRESS:
                value = _address(child.value)
            else:
                value = _text(child.value)
                if kind is DetailKind.PHONE:
                    value = re.sub(r"^tel:", "", value, flags=re.IGNORECASE)  # 4.0 may give a URI
            if not value:
                continue
            types = _types(child)
            detail = ContactDetail(kind, value, _label(child, types, card.group_labels))
            (preferred if _is_preferred(child, types) else others).append(detail)
    return preferred + others


def _name(card: _Card) -> tuple[str, bool]:
    """The card's name, and whether its N holds any part of a person's name."""
    name = card.first("N")
    parts: list[str] = []
    if isinstance(name, str):
        parts = [name.strip()] if name.strip() else []
    elif name is not None:
        parts = [_text(part) for part in (name.prefix, name.given, name.additional, name.family, name.suffix)]
        parts = [part for part in parts if part]
    full = _text(card.first("FN"))
    return full or " ".join(parts), bool(parts)


def _tags(categories: Iterable[Any]) -> str:
    tags = [tag for value in categories for tag in (value if isinstance(value, list) else [_text(value)])]
    return format_tags(tag for tag in tags if tag.strip().casefold() not in _SYSTEM_GROUPS
                       and not tag.strip().startswith("* "))


def _draft(parsed: Any) -> ContactDraft:
    card = _Card(parsed)
    organisation = card.first("ORG")
    if isinstance(organisation, list):
        organisation = organisation[0] if organisation else ""
    organisation = _text(organisation)
    name, has_person_name = _name(card)
    company = (_text(card.first("KIND")).lower() == "org" or _text(card.first("X-ABSHOWAS")).upper() == "COMPANY"
               or (bool(organisation) and (not name or (not has_person_name and name.casefold()
                                                         == organisation.casefold()))))
    kind = ContactKind.ORGANISATION if company else ContactKind.PERSON
    if company and organisation:
        name, organisation = organisation, ""  # the company is the contact, not where it works
    email, phone, address, more = primary_and_more(_details(card))
    notes = "\n\n".join(_text(child.value) for child in card.all("NOTE") if _text(child.value))
    draft = ContactDraft(
        display_name=name,
        kind=kind,
        organisation=organisation,
        role=_text(card.first("TITLE")) or _text(card.first("ROLE")),
        email=email,
        phone=phone,
        website=_text(card.first("URL")).replace("\\:", ":"),  # Google writes "https\://…"
        address=address,
        notes=notes,
        tags=_tags(child.value for child in card.all("CATEGORIES")),
        more=more,
    )
    clean_contact_values({"display_name": name, "email": email, "phone": phone})  # as create_contact does
    clean_details(more)
    return draft


def _chunks(lines: Iterable[str]) -> Iterator[tuple[int, list[str] | None]]:
    """(line of BEGIN:VCARD, the card's lines without its binary properties, None when it never ends)."""
    start: int | None = None
    current: list[str] = []
    skipping = ""  # "" when not in a binary property, else "folded" or "base64" (2.1's, up to a blank line)
    for number, line in enumerate(lines, start=1):
        if skipping:
            if line[:1] in (" ", "\t"):
                continue
            if skipping == "base64":
                if not line.strip():
                    skipping = ""
                    continue
                if _BASE64_LINE.fullmatch(line):
                    continue
            skipping = ""
        if _BEGIN.match(line):
            if start is not None:
                yield start, None
            start, current = number, [line]
        elif start is not None:
            if _BINARY.match(line):
                head = line.partition(":")[0]
                skipping = "base64" if _BASE64_21.search(head) else "folded"
                continue
            current.append(line)
            if _END.match(line):
                yield start, current
                start, current = None, []
    if start is not None:
        yield start, None


def _physical_lines(text: str) -> Iterator[str]:
    """The lines a text editor numbers (ending with CR, LF or CRLF), without their ends, one at a time."""
    position = 0
    for end in _LINE_END.finditer(text):
        yield text[position:end.start()]
        position = end.end()
    if position < len(text):
        yield text[position:]


def read_vcards(path: Path, progress: Callable[[int, int | None], None] | None = None) -> ImportPlan:
    """Every card of the file as a draft, or as a problem with the line of its BEGIN:VCARD. ``progress``
    (cards read, None) may raise to stop the reading."""
    import vobject  # imported here like the export: the File menu loads this module at start-up

    decoded = decode_text(Path(path).read_bytes())
    plan = ImportPlan(warnings=list(decoded.warnings))
    for count, (line, card_lines) in enumerate(_chunks(_physical_lines(decoded.text)), start=1):
        if progress is not None and count % PROGRESS_EVERY == 0:
            progress(count, None)
        if card_lines is None:
            plan.bad.append(RowProblem.of(line, InvalidInput(UNFINISHED)))
            continue
        try:
            card = vobject.readOne(_prepared(card_lines))
            plan.good.append((line, _draft(card)))
        except InvalidInput as error:
            plan.bad.append(RowProblem.of(line, InvalidInput(NO_NAME) if error.field == "display_name" else error))
        except Exception as error:  # vobject raises ParseError, but also ValueError and friends
            plan.bad.append(RowProblem.of(line, InvalidInput(NOT_A_CARD, error=str(error))))
    return plan
