"""A postal address from its parts (a vCard's ADR, Google's or Outlook's address columns), the French way.

Carnet keeps an address as the text of the envelope. The AFNOR order (NF Z10-011) is: the building or
other complement, the street lines, the PO box, then the postcode and the city on one line, then the
country; a region, which a French address has not, goes on its own line before the country. A part that
is empty leaves no empty line; a part holding several lines (a street written on two) keeps them.
"""

from __future__ import annotations

from collections.abc import Iterable


def format_address(
    streets: Iterable[str] = (), *, extended: str = "", box: str = "", postcode: str = "", city: str = "",
    region: str = "", country: str = "",
) -> str:
    locality = " ".join(part for part in (postcode.strip(), city.strip()) if part)
    lines: list[str] = []
    for part in (extended, *streets, box, locality, region, country):
        if "\n" in part or "\r" in part:
            lines.extend(line.strip() for line in part.splitlines() if line.strip())
        elif part := part.strip():
            lines.append(part)
    return "\n".join(lines)
