"""Export every contact to one vCard 4.0 file (RFC 6350) that address books and phones import.

One card per contact, archived ones included, in Carnet's order of creation. What goes where:

- FN: the display name; N: for a person, the display name split on its last space ("Zoé Le Fèvre"
  gives given name "Zoé Le", family name "Fèvre": Carnet keeps one name field, so this is a guess that
  is right for most Western names); for an organisation N is empty and KIND is ``org``.
- ORG, TITLE (the role), EMAIL, TEL, URL, NOTE (the notes), CATEGORIES (the tags).
- The further emails, phones and addresses after the primary ones, in order: a label vCard knows (work,
  home, mobile…) as TYPE, any other as an ``itemN`` group with Apple's ``X-ABLabel``.
- ADR: Carnet keeps the address as free text, so the whole (possibly multi-line) address goes into
  the street component and the others stay empty; address books show it as typed.

Empty fields are left out. The file is UTF-8 without byte-order mark (RFC 6350 §3.1), CRLF line ends.
It is written like the CSV export: to a temporary file then moved into place, never over an existing
file (`FileExistsError`), readable by its owner only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TextIO

from carnet.domain.enums import ContactKind, DetailKind
from carnet.domain.tags import parse_tags
from carnet.io.csv_export import write_new_file
from carnet.storage.database import Database
from carnet.storage.sql.export import VCARD_CONTACTS, VCARD_DETAILS

VCARD_VERSION = "4.0"


def split_name(display_name: str) -> tuple[str, str]:
    """(given, family) from a person's display name: the last word is taken as the family name."""
    given, _, family = display_name.strip().rpartition(" ")
    return given.strip(), family


# Labels vCard knows as TYPE values (RFC 6350 §6.4.1-2); any other label travels as Apple's X-ABLabel of
# an item group, which Apple, Google and Android read.
_TYPES = {"work": "work", "home": "home", "cell": "cell", "mobile": "cell", "voice": "voice", "fax": "fax",
          "pager": "pager", "text": "text", "video": "video", "textphone": "textphone"}
_PROPERTY = {DetailKind.EMAIL.value: "email", DetailKind.PHONE.value: "tel", DetailKind.ADDRESS.value: "adr"}


def _add_further(card: Any, further: list[tuple[str, str, str]]) -> None:
    from vobject.vcard import Address

    group = 0
    for kind, label, value in further:
        name = _PROPERTY.get(kind)
        if name is None or not value:
            continue
        known = _TYPES.get(label.strip().casefold())
        if label.strip() and known is None:
            group += 1
            line = card.add(name, group=f"item{group}")
            card.add("x-ablabel", group=f"item{group}").value = label.strip()
        else:
            line = card.add(name)
            if known is not None:
                line.type_param = known
        line.value = Address(street=value) if name == "adr" else value


def _card(row: tuple, further: list[tuple[str, str, str]]) -> str:
    # vobject is imported here, not at the top: the File menu imports this module while the window opens.
    import vobject
    from vobject.vcard import Address, Name

    _id, kind, display_name, organisation, role, email, phone, website, address, notes, tags = row
    card = vobject.vCard()
    card.add("version").value = VCARD_VERSION
    card.add("fn").value = display_name
    if kind == ContactKind.ORGANISATION.value:
        card.add("kind").value = "org"
        card.add("n").value = Name()
    else:
        given, family = split_name(display_name)
        card.add("n").value = Name(family=family, given=given)
    if organisation:
        card.add("org").value = [organisation]
    texts = (("title", role), ("email", email), ("tel", phone), ("url", website), ("note", notes))
    for name, value in texts:
        if value:
            card.add(name).value = value
    if address:
        card.add("adr").value = Address(street=address)
    _add_further(card, further)
    categories = parse_tags(tags)
    if categories:
        card.add("categories").value = categories
    return card.serialize()


def write_contacts_vcard(db: Database, path: Path) -> int:
    """Write every contact (archived ones included) to a new vCard file at ``path``; return how many.

    Raises `FileExistsError` if ``path`` exists (nothing is written), `OSError` if the folder cannot
    be written to (nothing is left behind).
    """
    reader = db.reader()
    rows = reader.execute(VCARD_CONTACTS).fetchall()
    further: dict[int, list[tuple[str, str, str]]] = {}
    for contact_id, kind, label, value in reader.execute(VCARD_DETAILS):
        further.setdefault(contact_id, []).append((kind, label, value))

    def write(handle: TextIO) -> None:
        for row in rows:
            handle.write(_card(row, further.get(row[0], [])))  # vobject already ends each line with CRLF

    write_new_file(Path(path), write, encoding="utf-8")
    return len(rows)
