"""How a CSV row is laid out, once its columns are mapped: which cells make each field, and the
conventions of the programs that write such files.

`row_layout` is built once per file from its headers (`header_names.describe`) and the mapping the user
accepted. It says, per field, the columns to read (the first non-empty one wins); per email, phone and
address column, how to read its values (`DetailColumn`):

- Google Contacts joins several values of one cell with " ::: " (two mobiles under "Phone 1 - Value"), and
  gives each column's label in its "- Label" (or "- Type") column, system labels starred ("* Home");
- an address is read with the columns of its group that are not mapped themselves (Google's "Address 1 -
  City", Outlook's "Business Postal Code", a sheet's "Ville"): a formatted address as written, else its
  parts put together (`addresses.format_address`);
- Carnet's own export writes its further values as "Label: value" items;
- a middle name ("Middle Name", "Deuxième prénom") goes between the first and last names when those are
  read, although no field of the mapping holds it.

Tags: Google's groups are " ::: "-separated, Outlook's categories ";"-separated; Google's system groups
("* myContacts", "* starred") are not the user's and are left out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from carnet.domain.enums import DetailKind
from carnet.io.addresses import format_address
from carnet.io.header_names import DETAIL_FIELDS, Column, describe

_KINDS = {"email": DetailKind.EMAIL, "phone": DetailKind.PHONE, "address": DetailKind.ADDRESS}
_SYSTEM_MARK = "* "  # Google's own labels and groups: "* Home", "* myContacts"
_STREETS = ("street", "street2", "street3")


def cell(row: list[str], index: int) -> str:
    return row[index] if index < len(row) else ""


@lru_cache(maxsize=1024)  # a file has a handful of labels: one string each, not one per row
def clean_label(label: str) -> str:
    """A label as the user knows it: Google's "* Home" is "Home"."""
    label = label.strip()
    return label[len(_SYSTEM_MARK):].strip() if label.startswith(_SYSTEM_MARK) else label


def is_system_group(tag: str) -> bool:
    return tag.startswith("*")


@dataclass(frozen=True)
class DetailColumn:
    """An email, phone or address column, and how to read its values with their labels."""

    kind: DetailKind
    index: int
    label: str = ""  # what the header calls its values ("Mobile" for "Mobile Phone")
    label_index: int | None = None  # Google's "- Label" column of the same group
    split: str = ""
    labelled: bool = False  # "Label: value" items
    parts: tuple[tuple[str, int], ...] = ()  # an address's part columns, its own included (part, index)

    def values(self, row: list[str]) -> list[tuple[str, str]]:
        """(value, label) of each value the row holds in this column, in order."""
        if self.parts:
            return self._addresses(row)
        text = cell(row, self.index)
        if not text.strip():
            return []
        items = text.split(self.split) if self.split and self.split in text else [text]
        if self.kind is DetailKind.EMAIL and len(items) == 1:
            items = _several_emails(text)
        labels = self._labels(row, len(items))
        found = []
        for item, label in zip(items, labels, strict=True):
            value = item if self.kind is DetailKind.ADDRESS else item.strip()
            if self.labelled:
                value, label = _labelled(value, self.kind)
            if value.strip():
                found.append((value, label))
        return found

    def _labels(self, row: list[str], count: int) -> list[str]:
        if self.label_index is None:
            return [self.label] * count
        text = cell(row, self.label_index)
        labels = [clean_label(label) for label in text.split(self.split)] if self.split else [clean_label(text)]
        return labels if len(labels) == count else [labels[0]] * count

    def _addresses(self, row: list[str]) -> list[tuple[str, str]]:
        width = len(row)
        cells = {part: row[index] if index < width else "" for part, index in self.parts}
        own = cell(row, self.index)
        if not any(row[index].strip() for _, index in self.parts if index != self.index and index < width):
            # Nothing but the column itself: as written (Carnet's own export reads back unchanged).
            return [(own, self._labels(row, 1)[0])] if own.strip() else []
        if self.split and any(self.split in text for text in cells.values()):
            split = {part: text.split(self.split) for part, text in cells.items()}
            count = max(len(values) for values in split.values())
            pieces = [{part: values[number] if number < len(values) else "" for part, values in split.items()}
                      for number in range(count)]
        else:
            pieces = [cells]  # one address: the usual case
        labels = self._labels(row, len(pieces))
        found = []
        for piece, label in zip(pieces, labels, strict=True):
            address = piece.get("formatted", "").strip() or format_address(
                [piece.get(part, "") for part in _STREETS], extended=piece.get("extended", ""),
                box=piece.get("box", ""), postcode=piece.get("postcode", ""), city=piece.get("city", ""),
                region=piece.get("region", ""), country=piece.get("country", ""))
            if address:
                found.append((address, label))
        return found


def _several_emails(text: str) -> list[str]:
    """"a@x.fr; b@y.fr" in one cell is two emails; anything else is one value, checked as such."""
    if "," not in text and ";" not in text:
        return [text]
    items = [item.strip() for item in text.replace(";", ",").split(",")]
    return [item for item in items if item] if all("@" in item for item in items if item) else [text]


def _labelled(item: str, kind: DetailKind) -> tuple[str, str]:
    label, separator, value = item.partition(": ")
    if separator and label.strip() and "\n" not in label and (kind is not DetailKind.EMAIL or "@" not in label):
        return value, label.strip()
    return item, ""


@dataclass(frozen=True)
class RowLayout:
    """Which columns make each field of a row (see the module's docstring)."""

    fields: tuple[tuple[str, tuple[int, ...]], ...]  # field -> its columns, the first non-empty one wins
    tags: tuple[tuple[int, str], ...]  # tag column -> the separator of its values ("" for commas only)
    details: tuple[DetailColumn, ...]
    middle_name: int | None = None
    single_line: tuple[int, ...] = ()  # columns whose value never holds a line break (names, emails, phones…)


_MULTI_LINE = ("notes", "address", "qualification_note", "tags")


def row_layout(headers: list[str], mapping: Mapping[int, str]) -> RowLayout:
    columns = [describe(header) for header in headers]
    fields: dict[str, list[int]] = {}
    tags: list[tuple[int, str]] = []
    details: list[DetailColumn] = []
    used_groups: set[str] = set()
    for index, target in sorted(mapping.items()):
        column = columns[index] if index < len(columns) else Column(None)
        if target in DETAIL_FIELDS:
            details.append(_detail_column(index, target, column, columns, mapping, used_groups))
        elif target == "tags":
            tags.append((index, column.split))
        else:
            fields.setdefault(target, []).append(index)
    middle = next((index for index, column in enumerate(columns)
                   if column.part == "middle" and index not in mapping), None)
    single_line = tuple(index for index, target in mapping.items() if target not in _MULTI_LINE)
    return RowLayout(tuple((name, tuple(indices)) for name, indices in fields.items()), tuple(tags),
                     tuple(details), middle, single_line)


def _detail_column(index: int, target: str, column: Column, columns: list[Column], mapping: Mapping[int, str],
                   used_groups: set[str]) -> DetailColumn:
    group = column.group
    siblings = [(other, sibling) for other, sibling in enumerate(columns)
                if group and sibling.group == group and other != index] if group else []
    label_index = next((other for other, sibling in siblings if sibling.part == "label"), None)
    parts: tuple[tuple[str, int], ...] = ()
    if target == "address" and group and group not in used_groups and not column.labelled:
        used_groups.add(group)  # one address column reads the group's parts: a second one is read alone
        own = column.part or "street"
        parts = ((own, index), *((sibling.part, other) for other, sibling in siblings
                                 if sibling.part not in ("", "label") and other not in mapping))
    return DetailColumn(_KINDS[target], index, column.label, label_index, column.split, column.labelled, parts)
