"""Import contacts from a CSV file made by a spreadsheet, Google Contacts, Outlook or Carnet itself.

Reading (`read_csv`) guesses the encoding (UTF-8 with or without byte-order mark, else Windows-1252)
and the separator (comma, semicolon or tab), and skips any preamble: the header is the first line whose
cells name at least one name column. `guess_mapping` maps header names in English and French to
Carnet's fields; `validate` turns each row into a `ContactDraft` or a `RowProblem` carrying the
physical line (1-based, counting preamble and header) on which the row starts, and the amounts a row
says the contact paid; `carnet.services.importing` writes the plan in one transaction. No Qt here.

Physical lines end with CR, LF or CRLF only (what a text editor numbers), not with the other characters
`str.splitlines` splits on (form feed, U+2028…), which are plain text inside a cell.

Cells of any size are read: a notes cell of several hundred thousand characters (a pasted mail thread,
an old CRM's history) is legitimate data, so its row imports like any other; the domain's own checks
still refuse, as a bad row, a name or an email that long. The csv module's limit on a cell (131,072
characters by default) exists to stop a runaway quote from eating memory; a cell can never be longer
than the file, which is already in memory, so the limit is raised to the file's length while it is read
and put back afterwards (`_cell_limit`: the limit is process-wide). A runaway quote, one that is never
closed, is refused instead, naming the line it opens on (`UNCLOSED_QUOTE`). A file holding a NUL
character is not a text file (a spreadsheet's own format, or UTF-16 without byte-order mark): it is
refused (`NUL_CHARACTER`) rather than imported as garbage; any other complaint of the csv module
becomes `NOT_CSV`. All three are `InvalidInput`, so the CLI and the File menu show a message.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from carnet.domain.dates import read_date
from carnet.domain.drafts import ContactDraft
from carnet.domain.duplicates import fold_text
from carnet.domain.enums import Answer, ContactKind, Source, Stage, Temperature
from carnet.domain.errors import InvalidInput
from carnet.domain.import_plan import Amounts, ImportPlan, RowProblem
from carnet.domain.models import DEFAULT_CURRENCY
from carnet.domain.money import amount_currency, parse_amount
from carnet.domain.rules import check_move
from carnet.domain.validation import clean_contact_values
from carnet.io.csv_export import unneutralise

DELIMITERS = ",;\t"
NAME_FIELDS = ("display_name", "first_name", "last_name")
_PREAMBLE_LINES = 20  # the header is looked for in this many first lines

NO_HEADER = "No header line naming a name column (such as Name, First Name, Nom or Prénom) was found."
NO_NAME = "The row has no name."
UNCLOSED_QUOTE = ("The quotation mark that opens a cell on line {line} is never closed, so the rest of the file "
                  "would be read as one cell. Check the quotation marks on that line.")
NUL_CHARACTER = ("Line {line} holds a NUL character: this is not a text CSV file. Save it from your spreadsheet "
                 "as \"CSV UTF-8\" and import that file.")
NOT_CSV = "The file cannot be read as CSV at line {line} ({detail})."
TOO_MANY_COLUMNS = "The row has {count} columns, more than the {expected} of the header."
BAD_DATE = "\"{value}\" is not a date (write it like 2025-03-31 or 31/03/2025)."
BAD_CHOICE = "\"{value}\" is not a valid {column} (expected one of: {choices})."
# No stage name in the text: the row holds the stored value ("ambassador"), not the user's word for it.
NEEDS_AMOUNT = ("A client (or an ambassador) is someone who has paid: give this row an amount paid, or an "
                "earlier stage.")

# Header names as compared (folded, punctuation made spaces) -> Carnet field. "amount" is checked only.
_ALIASES: dict[str, tuple[str, ...]] = {
    "display_name": ("display name", "name", "full name", "nom complet", "nom et prenom", "contact", "displayname"),
    "first_name": ("first name", "given name", "prenom", "firstname"),
    "last_name": ("last name", "family name", "surname", "nom de famille", "lastname"),
    "organisation": ("organisation", "organization", "company", "societe", "entreprise", "organisme",
                     "organization name", "organisation name", "company name", "organization 1 name", "raison sociale"),
    "role": ("role", "job title", "organization title", "organization 1 title", "fonction", "poste"),
    "email": ("email", "e mail", "mail", "courriel", "email address", "e mail address", "adresse e mail",
              "adresse email", "adresse mail", "e mail 1 value", "email 1 value"),
    "phone": ("phone", "telephone", "tel", "mobile", "mobile phone", "business phone", "home phone", "portable",
              "phone 1 value", "primary phone", "telephone mobile", "telephone portable", "numero de telephone"),
    "website": ("website", "web site", "web page", "site web", "site internet", "url", "website 1 value"),
    "address": ("address", "adresse", "adresse postale", "business street", "home street", "street",
                "address 1 formatted", "address 1 street"),
    "notes": ("notes", "note", "commentaire", "commentaires", "remarques"),
    "tags": ("tags", "labels", "categories", "group membership", "etiquettes", "categorie"),
    "kind": ("kind",), "source": ("source",), "temperature": ("temperature",), "budget": ("budget",),
    "authority": ("authority",), "need": ("need",), "timing": ("timing",),
    "qualification_note": ("qualification note",), "next_follow_up": ("next follow up", "prochaine relance"),
    "stage": ("stage", "lifecycle stage", "etape", "statut", "cycle de vie"),
    "amount": ("amount", "amount paid", "paid", "paid total", "total paid", "montant", "montant paye", "total paye",
               "deja paye"),
}
_FIELD_OF = {alias: name for name, aliases in _ALIASES.items() for alias in aliases}
# Numbered columns of Google Contacts and the like: "E-mail 2 - Value", "Organization 1 - Name"…
_NUMBERED = (
    (re.compile(r"^(e mail|email) \d+ (value|address)$"), "email"),
    (re.compile(r"^phone \d+ value$"), "phone"),
    (re.compile(r"^website \d+ value$"), "website"),
    (re.compile(r"^address \d+ (formatted|street)$"), "address"),
    (re.compile(r"^organi[sz]ation \d+ name$"), "organisation"),
    (re.compile(r"^organi[sz]ation \d+ title$"), "role"),
)
_MULTI = ("email", "phone")  # several columns may feed these: the first non-empty one wins
# Kept as written, spaces and line breaks included, as `services.contacts` keeps them when typed: so
# Carnet's own export reads back unchanged (" =1" must not come back as "=1").
_FREE_TEXT = ("notes", "address", "qualification_note")
# Stage names in a file: Carnet's own (English) values and the French words a spreadsheet would use.
_STAGE_WORDS: dict[str, Stage] = {stage.value: stage for stage in Stage} | {
    "etranger": Stage.STRANGER, "inconnu": Stage.STRANGER, "visiteur": Stage.VISITOR, "piste": Stage.LEAD,
    "ambassadeur": Stage.AMBASSADOR, "ambassadrice": Stage.AMBASSADOR,
}
_CHOICES: dict[str, type[StrEnum]] = {
    "kind": ContactKind, "source": Source, "temperature": Temperature,
    "budget": Answer, "authority": Answer, "need": Answer, "timing": Answer,
}


@dataclass
class CsvFile:
    """A decoded CSV file: its header, its data rows with their starting physical line."""

    encoding: str
    delimiter: str
    header_line: int
    headers: list[str]
    rows: list[tuple[int, list[str]]]


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 (byte-order mark dropped) when it decodes, else Windows-1252 or Latin-1.

    A UTF-16 byte-order mark (Excel's "Unicode Text") is honoured first: read as Windows-1252, every
    other character of such a file would be a NUL.
    """
    candidates: tuple[str, ...] = ("utf-8-sig", "cp1252")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ("utf-16", *candidates)
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def _norm(header: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold_text(header)).split())


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """Column index -> Carnet field (plus "first_name", "last_name" and "amount"), from the header names."""
    names = [_norm(header) for header in headers]
    has_first = any(_FIELD_OF.get(name) == "first_name" for name in names)
    mapping: dict[int, str] = {}
    for index, name in enumerate(names):
        target = _FIELD_OF.get(name) or next((f for pattern, f in _NUMBERED if pattern.match(name)), None)
        if name == "nom":  # French "Nom" is the family name next to a "Prénom", else the whole name
            target = "last_name" if has_first else "display_name"
        if target and (target in _MULTI or target not in mapping.values()):
            mapping[index] = target
    return mapping


def _unquote(cell: str) -> str:
    """Undo the export's formula neutralisation (`carnet.io.csv_export.unneutralise`), exactly."""
    return unneutralise(cell)


_LIMIT_LOCK = threading.Lock()
_LARGEST_LIMIT = 2**31 - 1  # a C long on Windows


@contextmanager
def _cell_limit(size: int) -> Iterator[None]:
    """Let the csv module read cells of up to ``size`` characters, then restore its process-wide limit."""
    # The lock keeps two imports on two threads from restoring each other's limit too early.
    with _LIMIT_LOCK:
        previous = csv.field_size_limit()
        csv.field_size_limit(min(max(previous, size + 1), _LARGEST_LIMIT))
        try:
            yield
        finally:
            csv.field_size_limit(previous)


class _Lines:
    """The lines given to csv.reader, noting whether it asked for one past the last."""

    def __init__(self, lines: Iterable[str]) -> None:
        self._lines = iter(lines)
        self.exhausted = False

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        try:
            return next(self._lines)
        except StopIteration:
            self.exhausted = True
            raise


def _parse_lines(lines: list[str], delimiter: str, first_line: int) -> list[tuple[int, list[str]]]:
    source = _Lines(lines)
    reader = csv.reader(source, delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    start = 0
    try:
        for row in reader:
            # The reader asks for a line past the last one only inside a quoted cell, then returns the
            # unfinished row instead of complaining (unless strict, which would refuse 'a "b" c' too).
            if source.exhausted:
                raise InvalidInput(UNCLOSED_QUOTE, line=first_line + start)
            if any(cell.strip() for cell in row):
                rows.append((first_line + start, [_unquote(cell) for cell in row]))
            start = reader.line_num
    except csv.Error as error:
        raise InvalidInput(NOT_CSV, line=first_line + max(reader.line_num - 1, 0), detail=str(error)) from None
    return rows


def _split_lines(text: str) -> list[str]:
    return io.StringIO(text, newline="").readlines()  # CR, LF, CRLF kept as they are, nothing else


def _delimiter(sample: str) -> str:
    first = _split_lines(sample)[0] if sample else ""
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    # The header line settles it when the sniffer fails or picks a mark the header does not contain.
    return sniffed if sniffed and sniffed in first else max(DELIMITERS, key=first.count)


def read_csv(path: Path) -> CsvFile:
    """Read and split a CSV file; raises `InvalidInput` when no header line is found or the file is
    malformed (a quote never closed, a NUL character: see the module's docstring)."""
    text, encoding = decode(Path(path).read_bytes())
    lines = _split_lines(text)
    nul = next((number for number, line in enumerate(lines, 1) if "\0" in line), None)
    if nul is not None:
        raise InvalidInput(NUL_CHARACTER, line=nul)
    with _cell_limit(len(text)):
        for index, line in enumerate(lines[:_PREAMBLE_LINES]):
            if not line.strip():
                continue
            delimiter = _delimiter("".join(lines[index : index + 20]))
            try:
                headers = next(csv.reader([line], delimiter=delimiter), [])
            except csv.Error as error:
                raise InvalidInput(NOT_CSV, line=index + 1, detail=str(error)) from None
            if any(target in NAME_FIELDS for target in guess_mapping(headers).values()):
                rows = _parse_lines(lines[index + 1 :], delimiter, index + 2)
                return CsvFile(encoding, delimiter, index + 1, [h.strip() for h in headers], rows)
    raise InvalidInput(NO_HEADER)


def parse_date(text: str) -> date:
    """A date in English or French form (see `carnet.domain.dates`); raises `InvalidInput`."""
    found = read_date(text)
    if found is None:
        raise InvalidInput(BAD_DATE, field="next_follow_up", value=text.strip())
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


def _stage(text: str) -> Stage:
    stage = _STAGE_WORDS.get(fold_text(text))
    if stage is None:
        allowed = ", ".join(stage.value for stage in Stage)
        raise InvalidInput(BAD_CHOICE, field="stage", value=text, column="stage", choices=allowed)
    return stage


def _draft(row: list[str], mapping: dict[int, str]) -> tuple[ContactDraft, Amounts]:
    values: dict[str, str] = {}
    for index, target in mapping.items():
        cell = row[index] if index < len(row) else ""
        if cell.strip() and not values.get(target):
            values[target] = cell if target in _FREE_TEXT else cell.strip()
    name = values.pop("display_name", "") or " ".join(
        part for part in (values.pop("first_name", ""), values.pop("last_name", "")) if part
    )
    values.pop("first_name", None)
    values.pop("last_name", None)
    amounts = parse_amounts(values.pop("amount", ""))
    kwargs: dict[str, Any] = dict(values)  # texts, enums and a date: checked by ContactDraft's fields
    for column, choices in _CHOICES.items():
        if column in values:
            try:
                kwargs[column] = choices(values[column].casefold())
            except ValueError:
                allowed = ", ".join(choice.value for choice in choices)
                raise InvalidInput(BAD_CHOICE, field=column, value=values[column], column=column,
                                   choices=allowed) from None
    if "next_follow_up" in values:
        kwargs["next_follow_up"] = parse_date(values["next_follow_up"])
    if "stage" in values:
        kwargs["stage"] = _stage(values["stage"])
    draft = ContactDraft(display_name=name, **kwargs)
    clean_contact_values(asdict(draft))  # the same checks as create_contact: name, email, phone
    if not check_move(name, draft.stage, has_paid_payment=bool(amounts)).allowed:
        raise InvalidInput(NEEDS_AMOUNT, field="stage")
    return draft, amounts


def validate(csv_file: CsvFile, mapping: dict[int, str]) -> ImportPlan:
    """Split the rows into drafts ready to import and problems to show, each with its line."""
    plan = ImportPlan()
    width = len(csv_file.headers)
    for line, row in csv_file.rows:
        if len(row) > width and any(cell.strip() for cell in row[width:]):
            plan.bad.append(RowProblem.of(line, InvalidInput(TOO_MANY_COLUMNS, count=len(row), expected=width)))
            continue
        try:
            draft, amounts = _draft(row, mapping)
        except InvalidInput as error:
            plan.bad.append(RowProblem.of(line, InvalidInput(NO_NAME) if error.field == "display_name" else error))
            continue
        plan.good.append((line, draft))
        if amounts:
            plan.paid[line] = amounts
    return plan
