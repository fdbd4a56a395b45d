"""One CSV row to a `ContactDraft`, or the reason it cannot be one, and what its import should tell the user.

The row is read through its `RowLayout` (`exporter_layouts`). What is decided here:

- the name is the Name column, else the first, middle and last names; a row with no name but an
  organisation is that organisation (kind organisation, named after it); only a row with neither is bad;
- the first email, phone and address are the primary ones; every other one, with its label, goes into
  ``more`` (the first phone that is not a fax or a pager is the primary one: Outlook lists its phone
  columns in alphabetical order, "Business Fax" first);
- sources, stages, kinds, temperatures and qualification answers are read in English and French
  (`synonyms`). An unknown source is never a bad row: the contact gets the source Other, the word is kept
  as a tag, and the file's warnings say so once per word. An unknown stage or kind stays a bad row: it
  would put the contact where the user did not mean it;
- a phone of nine bare digits not starting with 0 (612345678) is what a spreadsheet leaves of a French
  number it took for a figure; it is imported as written, since nine digits are a whole number in Spain,
  Belgium or Portugal, and the warnings say so;
- a name, an email or a phone holding a line break is a quotation mark left open: a bad row, with its line.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum
from typing import Any

from carnet.domain.dates import read_date
from carnet.domain.drafts import ContactDetail, ContactDraft
from carnet.domain.enums import DEFAULT_CURRENCY, Answer, ContactKind, DetailKind, Source, Stage, Temperature
from carnet.domain.errors import InvalidInput
from carnet.domain.follow_ups import read_time
from carnet.domain.import_plan import Amounts, ImportWarning, Notice
from carnet.domain.money import amount_currency, parse_amount
from carnet.domain.rules import check_move
from carnet.domain.tags import format_tags, parse_tags
from carnet.domain.validation import check_display_name, check_email, check_phone, clean_details
from carnet.io.exporter_layouts import RowLayout, cell, is_system_group
from carnet.io.synonyms import ANSWERS, KINDS, SOURCES, STAGES, TEMPERATURES, word_key

NO_NAME = "The row has neither a name nor an organisation."
BAD_DATE = "\"{value}\" is not a date (write it like 2025-03-31 or 31/03/2025)."
BAD_TIME = "\"{value}\" is not a time of day (write it like 14:30)."
BAD_CHOICE = "\"{value}\" is not a valid {column} (expected one of: {choices})."
# No stage name in the text: the row holds the stored value ("ambassador"), not the user's word for it.
NEEDS_AMOUNT = ("A client (or an ambassador) is someone who has paid: give this row an amount paid, or an "
                "earlier stage.")
LINE_BREAK = ("\"{value}\" runs over several lines, which a name, an email or a phone never does: a quotation mark "
              "on line {line} is probably not closed, so the rows below it were read into this one. Check the "
              "quotation marks there.")
UNKNOWN_SOURCE = ("\"{value}\" is not a source Carnet knows: the {count} row(s) with it, the first on line {line}, "
                  "were imported with the source Other and \"{value}\" as a tag.")
NINE_DIGITS = ("{count} phone number(s) have nine digits and no leading 0, the first on line {line} ({value}): a "
               "spreadsheet drops the 0 of a number it takes for a figure (a French 06… becomes 6…). They were "
               "imported as written: add the 0 where one is missing.")

_FREE_TEXT = ("notes", "qualification_note")  # kept as written, spaces and line breaks included
# Values many rows of a file share (a company's name, a role, a group): one string for all of them, not one
# per row, while the file has fewer than _SHARED_MOST distinct ones (a large import holds every draft).
_SHARED = frozenset({"organisation", "role"})
_SHARED_MOST = 100_000
_CHOICES: dict[str, tuple[dict[str, Any], type[StrEnum]]] = {
    "kind": (KINDS, ContactKind), "temperature": (TEMPERATURES, Temperature), "budget": (ANSWERS, Answer),
    "authority": (ANSWERS, Answer), "need": (ANSWERS, Answer), "timing": (ANSWERS, Answer),
}
# The fields whose words the user may map one by one in the wizard ("Gagné" is a client, "Bouche à oreille
# de Paul" a referral): field -> (the words Carnet knows, the choices). `WordChoices` holds the user's
# answers: field -> word key (`word_key`) -> choice.
WORD_FIELDS: dict[str, tuple[Mapping[str, StrEnum], type[StrEnum]]] = {
    "source": (SOURCES, Source), "stage": (STAGES, Stage)}
WordChoices = Mapping[str, Mapping[str, Any]]
_SECONDARY_PHONES = ("fax", "pager", "telex", "telecopie", "bip")
_SHOWN = 60  # characters of a value quoted in a message


def parse_date(text: str) -> date:
    """A date in English or French form (see `carnet.domain.dates`); raises `InvalidInput`."""
    found = read_date(text)
    if found is None:
        raise InvalidInput(BAD_DATE, field="next_follow_up", value=text.strip())
    return found


def parse_time(text: str) -> time:
    """A time of day ("14:30", "14h30", "2:30 pm": see `carnet.domain.follow_ups.read_time`); raises `InvalidInput`."""
    found = read_time(text)
    if found is None:
        raise InvalidInput(BAD_TIME, field="follow_up_time", value=text.strip())
    return found


def parse_amounts(text: str) -> Amounts:
    """What a cell says was paid, per currency (euros when none is written); raises `InvalidInput`."""
    # Carnet's own export writes "1250.50 EUR + 300.00 USD"; a spreadsheet writes "1 250,50 €".
    totals: dict[str, int] = {}
    for part in text.split(" + "):
        if part.strip():
            cents = parse_amount(part)
            currency = amount_currency(part, DEFAULT_CURRENCY)
            totals[currency] = totals.get(currency, 0) + cents
    return tuple(totals.items())


def unknown_words(field: str, words: Iterable[tuple[str, int]]) -> list[tuple[str, int]]:
    """The (word, rows) of ``words`` that Carnet does not know for ``field`` (one of `WORD_FIELDS`)."""
    known = WORD_FIELDS[field][0]
    return [(word, count) for word, count in words if word_key(word) not in known]


def stage_of(text: str, table: Mapping[str, Stage] = STAGES) -> Stage:
    stage = table.get(word_key(text))
    if stage is None:
        allowed = ", ".join(stage.value for stage in Stage)
        raise InvalidInput(BAD_CHOICE, field="stage", value=text, column="stage", choices=allowed)
    return stage


@dataclass
class RowNotes:
    """What a good row adds to the file's warnings."""

    unknown_source: str = ""
    nine_digits: str = ""


@dataclass
class FileWarnings:
    """The warnings of a whole file: one per distinct unknown source, one for the nine-digit phones."""

    _sources: dict[str, list[Any]] = field(default_factory=dict)  # key -> [first line, count, as written]
    _nine_digits: list[Any] = field(default_factory=list)  # [first line, count, first value]

    def add(self, line: int, notes: RowNotes) -> None:
        if notes.unknown_source:
            seen = self._sources.setdefault(word_key(notes.unknown_source), [line, 0, notes.unknown_source])
            seen[1] += 1
        if notes.nine_digits:
            if not self._nine_digits:
                self._nine_digits = [line, 0, notes.nine_digits]
            self._nine_digits[1] += 1

    def warnings(self) -> list[ImportWarning]:
        found = [ImportWarning.of(line, Notice(UNKNOWN_SOURCE, value=value, count=count, line=line))
                 for line, count, value in self._sources.values()]
        if self._nine_digits:
            line, count, value = self._nine_digits
            found.append(ImportWarning.of(line, Notice(NINE_DIGITS, count=count, line=line, value=value)))
        return found


class RowReader:
    """Reads the rows of one file through its layout."""

    def __init__(self, layout: RowLayout, chosen: WordChoices | None = None) -> None:
        self.layout = layout
        self._shared: dict[str, str] = {}
        chosen = chosen or {}
        self._sources: dict[str, Any] = {**SOURCES, **chosen.get("source", {})}
        self._stages: dict[str, Any] = {**STAGES, **chosen.get("stage", {})}

    def _share(self, text: str) -> str:
        if len(self._shared) >= _SHARED_MOST:
            return self._shared.get(text, text)
        return self._shared.setdefault(text, text)

    def read(self, line: int, row: list[str], *, several_lines: bool = False
             ) -> tuple[ContactDraft, Amounts, RowNotes | None]:
        """The row's draft, what it says was paid, and its notes (None when it has none); raises
        `InvalidInput` for a bad row. ``several_lines``: the row runs over more than one physical line."""
        layout = self.layout
        if several_lines:
            _check_single_lines(line, row, layout.single_line)
        values: dict[str, Any] = {}
        for target, indices in layout.fields:
            for index in indices:
                text = row[index] if index < len(row) else ""
                if text.strip():
                    values[target] = (text if target in _FREE_TEXT else
                                      self._share(text.strip()) if target in _SHARED else text.strip())
                    break
        notes: RowNotes | None = None
        name = values.pop("display_name", "")
        first, last = values.pop("first_name", ""), values.pop("last_name", "")
        if not name and (first or last):
            middle = cell(row, layout.middle_name).strip() if layout.middle_name is not None else ""
            name = " ".join(part for part in (first, middle, last) if part)
        amounts = parse_amounts(values.pop("amount", ""))
        tags = self._tags(row)
        if "source" in values:
            source = self._sources.get(word_key(values["source"]))
            if source is None:
                notes = RowNotes(unknown_source=values["source"])
                tags = f"{tags}, {values['source']}" if tags else values["source"]
                source = Source.OTHER
            values["source"] = source
        for column, (table, kind) in _CHOICES.items():
            if column in values:
                values[column] = _choice(table, kind, column, values[column])
        if "next_follow_up" in values:
            values["next_follow_up"] = parse_date(values["next_follow_up"])
        if "follow_up_time" in values:
            values["follow_up_time"] = parse_time(values["follow_up_time"])
        if "stage" in values:
            values["stage"] = stage_of(values["stage"], self._stages)
        if not name and values.get("organisation"):
            name = values.pop("organisation")  # an organisation's own row: it is the contact
            values.setdefault("kind", ContactKind.ORGANISATION)
        email, phone, address, more = self._details(row)
        dropped_zero = _nine_digits(phone, more) if phone else ""
        if dropped_zero:
            notes = notes or RowNotes()
            notes.nine_digits = dropped_zero
        draft = ContactDraft(display_name=name, email=email, phone=phone, address=address,
                             tags=self._share(format_tags([tags])) if tags else "", more=more, **values)
        # The same checks as create_contact: name, email, phone, and the further values.
        check_display_name(name)
        check_email(email)
        check_phone(phone)
        clean_details(more)
        if not check_move(name, draft.stage, has_paid_payment=bool(amounts)).allowed:
            raise InvalidInput(NEEDS_AMOUNT, field="stage")
        return draft, amounts, notes

    def _tags(self, row: list[str]) -> str:
        texts = []
        for index, split in self.layout.tags:
            text = row[index] if index < len(row) else ""
            if text.strip():
                texts.append(text.replace(split, ",") if split else text)
        joined = ",".join(texts)
        if "*" in joined:  # Google's system groups: "* myContacts", "* starred"
            return ", ".join(tag for tag in parse_tags(joined) if not is_system_group(tag))
        return joined

    def _details(self, row: list[str]) -> tuple[str, str, str, tuple[ContactDetail, ...]]:
        found: list[ContactDetail] = []
        for column in self.layout.details:
            values = column.values(row)
            if values:
                found.extend(ContactDetail(column.kind, value, label) for value, label in values)
        return primary_and_more(found) if found else ("", "", "", ())


def primary_and_more(details: list[ContactDetail]) -> tuple[str, str, str, tuple[ContactDetail, ...]]:
    """(email, phone, address, more): the first value of each kind is the primary one (for phones, the first
    that is not a fax or a pager), the others follow in order, without the primary ones repeated."""
    by_kind: dict[DetailKind, list[ContactDetail]] = {}
    for detail in details:
        by_kind.setdefault(detail.kind, []).append(detail)
    primary: dict[DetailKind, str] = {}
    more: list[ContactDetail] = []
    for kind, values in by_kind.items():
        chosen = _primary_phone(values) if kind is DetailKind.PHONE else 0
        primary[kind] = values[chosen].value
        kept = primary[kind].strip().casefold()
        more.extend(detail for number, detail in enumerate(values)
                    if number != chosen and detail.value.strip().casefold() != kept)
    return (primary.get(DetailKind.EMAIL, ""), primary.get(DetailKind.PHONE, ""),
            primary.get(DetailKind.ADDRESS, ""), tuple(more))


def _choice(table: dict[str, Any], kind: type[StrEnum], column: str, text: str) -> Any:
    key = word_key(text)
    found = table.get(key)
    if found is None and kind is Answer and not key:
        return Answer.UNKNOWN  # "?" and the like
    if found is None:
        allowed = ", ".join(choice.value for choice in kind)
        raise InvalidInput(BAD_CHOICE, field=column, value=text, column=column, choices=allowed)
    return found


def _primary_phone(phones: list[ContactDetail]) -> int:
    """The first phone that is not a fax or a pager, else the first."""
    if len(phones) == 1:
        return 0
    return next((number for number, phone in enumerate(phones)
                 if not any(word in word_key(phone.label) for word in _SECONDARY_PHONES)), 0)


def _nine_digits(phone: str, more: tuple[ContactDetail, ...]) -> str:
    """The first of the row's phones a spreadsheet may have taken a 0 from, "" when none."""
    phones = (phone, *(detail.value for detail in more if detail.kind is DetailKind.PHONE))
    return next((number for number in phones if len(number) == 9 and number.isdigit() and number[0] != "0"), "")


def _check_single_lines(line: int, row: list[str], columns: tuple[int, ...]) -> None:
    for index in columns:
        text = cell(row, index)
        if "\n" in text or "\r" in text:
            shown = " ".join(text.split())
            shown = shown if len(shown) <= _SHOWN else shown[:_SHOWN] + "…"
            raise InvalidInput(LINE_BREAK, value=shown, line=line)
