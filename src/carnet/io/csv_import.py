"""Import contacts from a CSV file made by a spreadsheet, Google Contacts, Outlook, LinkedIn or Carnet itself.

Reading (`read_csv`) decodes the file whatever wrote it (`text_decoding`: UTF-8, UTF-16/32, Windows-1252,
a UTF-8 file with a few Windows-1252 lines), guesses the separator (comma, semicolon or tab), and skips
any preamble (LinkedIn's "Notes:", a sheet's title): the header is the first line whose cells name at
least one name column. `guess_mapping` (`header_names`) maps header names in English and French to
Carnet's fields; `validate` turns each row into a `ContactDraft` (`row_reading`, through the file's
`exporter_layouts.RowLayout`) or a `RowProblem` carrying the physical line (1-based, counting preamble and
header) on which the row starts, the amounts a row says the contact paid, and the file's warnings;
`carnet.services.importing` writes the plan in one transaction. No Qt here.

Physical lines end with CR, LF or CRLF only (what a text editor numbers), not with the other characters
`str.splitlines` splits on (form feed, U+2028…), which are plain text inside a cell.

Cells of any size are read: a notes cell of several hundred thousand characters (a pasted mail thread,
an old CRM's history) is legitimate data, so its row imports like any other; the domain's own checks
still refuse, as a bad row, a name or an email that long. The csv module's limit on a cell (131,072
characters by default) exists to stop a runaway quote from eating memory; a cell can never be longer
than the file, which is already in memory, so the limit is raised to the file's length while it is read
and put back afterwards (`_cell_limit`: the limit is process-wide). A runaway quote, one that is never
closed, is refused instead, naming the line it opens on (`UNCLOSED_QUOTE`); one that is closed rows later
swallows the rows between into one cell, so a row running over several lines whose cell holds a line
shaped like a row of the file (as many separators as the header) is a bad row (`RUNAWAY_QUOTE`), and so
is a row whose name, email or phone holds a line break (`row_reading.LINE_BREAK`). A file that is not
text is refused by `text_decoding`; any other complaint of the csv module becomes `NOT_CSV`. All are
`InvalidInput`, so the CLI and the File menu show a message.
"""

from __future__ import annotations

import csv
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple

from carnet import collector
from carnet.domain.errors import InvalidInput
from carnet.domain.import_plan import ImportPlan, ImportWarning, RowProblem
from carnet.io.csv_export import unneutralise
from carnet.io.exporter_layouts import row_layout
from carnet.io.header_names import guess_mapping
from carnet.io.row_reading import NO_NAME, FileWarnings, RowReader, WordChoices, parse_amounts, parse_date
from carnet.io.synonyms import word_key
from carnet.io.text_decoding import decode_text

__all__ = [
    "NOT_CSV", "NO_HEADER", "NO_NAME", "PREVIEW_ROWS", "RUNAWAY_QUOTE", "TOO_MANY_COLUMNS", "UNCLOSED_QUOTE",
    "CsvFile", "CsvRow",
    "guess_mapping", "parse_amounts", "parse_date", "read_csv", "validate",
]

DELIMITERS = ",;\t"
# A row is named by a person's name or, for an organisation's own row, its name (SPEC §2).
NAME_FIELDS = ("display_name", "first_name", "last_name", "organisation")
_PREAMBLE_LINES = 20  # the header is looked for in this many first lines

NO_HEADER = ("No header line naming a name column (such as Name, First Name, Company, Nom, Prénom or Société) "
             "was found.")
UNCLOSED_QUOTE = ("The quotation mark that opens a cell on line {line} is never closed, so the rest of the file "
                  "would be read as one cell. Check the quotation marks on that line.")
NOT_CSV = "The file cannot be read as CSV at line {line} ({detail})."
TOO_MANY_COLUMNS = "The row has {count} columns, more than the {expected} of the header."
RUNAWAY_QUOTE = ("This row runs over lines {line} to {last}, and lines inside it look like rows of their own: a "
                 "quotation mark on line {line} is probably not closed, so the rows below it were read into one "
                 "cell. Check the quotation marks there.")


PREVIEW_ROWS = 20  # rows kept for the wizard's preview
DISTINCT_MOST = 60  # words listed for a column on the mapping page, beyond which it is not a list of words
PROGRESS_EVERY = 1000  # rows between two calls of a progress callback

Progress = Callable[[int, int], None]  # (done, in all); may raise to stop


class CsvRow(NamedTuple):
    """A data row: the physical line it starts on, its cells, and how many physical lines it runs over."""

    line: int
    cells: list[str]
    span: int


@dataclass
class CsvFile:
    """A decoded CSV file: its header, and its data rows read again on each `rows` call.

    The rows are not kept: a file of 200,000 rows held as lists of cells takes several times the file's size
    (issue 14's memory budget). `read_csv` has read them once to check the file's structure; it keeps the
    first rows (``preview``), the first non-empty value of each column (``first_values``) and the count.
    """

    encoding: str
    delimiter: str
    header_line: int
    headers: list[str]
    text: str = field(repr=False)
    body_start: int  # the offset in ``text`` where the first data line starts
    row_count: int = 0
    preview: list[CsvRow] = field(default_factory=list)
    first_values: list[str] = field(default_factory=list)
    warnings: list[ImportWarning] = field(default_factory=list)

    def distinct_values(self, index: int, most: int = DISTINCT_MOST) -> list[tuple[str, int]] | None:
        """The values of column ``index`` as first written, each with its number of rows, most used first
        (values told apart as `synonyms.word_key` does); None when there are more than ``most`` (the column
        is not a list of words)."""
        counts: dict[str, list[Any]] = {}
        for row in self.rows():
            text = row.cells[index].strip() if index < len(row.cells) else ""
            if text:
                seen = counts.setdefault(word_key(text), [text, 0])
                seen[1] += 1
                if len(counts) > most:
                    return None
        return sorted(((text, count) for text, count in counts.values()), key=lambda item: -item[1])

    def rows(self) -> Iterator[CsvRow]:
        """The data rows, in order (blank rows left out), formula quotes of Carnet's export undone."""
        for line, cells, span in _parse(self.text, self.body_start, self.delimiter, self.header_line + 1):
            yield CsvRow(line, [_unquote(cell) if cell[:1] == "'" else cell for cell in cells], span)


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


def _parse(text: str, start: int, delimiter: str, first_line: int) -> Iterator[tuple[int, list[str], int]]:
    """(line, cells, span) of each non-blank row of ``text`` from offset ``start``; raises `InvalidInput`."""
    source = _Lines(_lines_from(text, start))
    with _cell_limit(len(text)):
        reader = csv.reader(source, delimiter=delimiter)
        begun = 0
        try:
            for row in reader:
                # The reader asks for a line past the last one only inside a quoted cell, then returns the
                # unfinished row instead of complaining (unless strict, which would refuse 'a "b" c' too).
                if source.exhausted:
                    raise InvalidInput(UNCLOSED_QUOTE, line=first_line + begun)
                if any(cell.strip() for cell in row):
                    yield first_line + begun, row, reader.line_num - begun
                begun = reader.line_num
        except csv.Error as error:
            raise InvalidInput(NOT_CSV, line=first_line + max(reader.line_num - 1, 0), detail=str(error)) from None


# A physical line, its end kept (CR, LF, CRLF, nothing else); the last line may have none.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


def _lines_from(text: str, start: int = 0) -> Iterator[str]:
    # Not io.StringIO: it holds its text as 4 bytes a character, four times a Latin file's size.
    return (match.group() for match in _LINE.finditer(text, start))


def _split_lines(text: str) -> list[str]:
    return list(_lines_from(text))


def _delimiter(sample: str) -> str:
    first = _split_lines(sample)[0] if sample else ""
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    # The header line settles it when the sniffer fails or picks a mark the header does not contain.
    return sniffed if sniffed and sniffed in first else max(DELIMITERS, key=first.count)


def read_csv(path: Path, progress: Progress | None = None) -> CsvFile:
    """Read and check a CSV file; raises `InvalidInput` when the file is not text, no header line is
    found, or the file is malformed (a quote never closed: see the module's docstring).

    ``progress(line, lines)`` is called now and then while the rows are checked; whatever it raises (a
    Cancel) stops the reading and reaches the caller."""
    decoded = decode_text(Path(path).read_bytes())
    text = decoded.text
    lines = list(islice(_lines_from(text), _PREAMBLE_LINES + 20))
    offset = 0
    for index, line in enumerate(lines[:_PREAMBLE_LINES]):
        offset += len(line)
        if not line.strip():
            continue
        delimiter = _delimiter("".join(lines[index : index + 20]))
        try:
            with _cell_limit(len(line)):
                headers = next(csv.reader([line], delimiter=delimiter), [])
        except csv.Error as error:
            raise InvalidInput(NOT_CSV, line=index + 1, detail=str(error)) from None
        if any(target in NAME_FIELDS for target in guess_mapping(headers).values()):
            csv_file = CsvFile(decoded.encoding, delimiter, index + 1, [h.strip() for h in headers], text, offset,
                               warnings=list(decoded.warnings))
            _survey(csv_file, progress)
            return csv_file
    raise InvalidInput(NO_HEADER)


def _survey(csv_file: CsvFile, progress: Progress | None) -> None:
    """Read every row once: a malformed file is refused now, and the preview, first values and count kept."""
    first = [""] * len(csv_file.headers)
    missing = set(range(len(first)))
    count = 0
    lines = csv_file.text.count("\n") or csv_file.text.count("\r")  # about as many as there are
    for row in csv_file.rows():
        count += 1
        if progress is not None and count % PROGRESS_EVERY == 0:
            progress(row.line, lines)
        if len(csv_file.preview) < PREVIEW_ROWS:
            csv_file.preview.append(row)
        if missing:
            for index in [index for index in missing if index < len(row.cells) and row.cells[index].strip()]:
                first[index] = row.cells[index].strip()
                missing.discard(index)
    csv_file.row_count = count
    csv_file.first_values = first


def _runaway(row: list[str], delimiter: str, width: int) -> bool:
    """Whether a cell of this row holds, after a line break, a line shaped like a row of the file."""
    if width < 3:  # with two columns, any note with a comma in it would look like a row
        return False
    for text in row:
        if "\n" in text or "\r" in text:
            inner = _split_lines(text)[1:]
            if any(line.count(delimiter) >= width - 1 for line in inner):
                return True
    return False


def validate(csv_file: CsvFile, mapping: dict[int, str], progress: Progress | None = None,
             chosen: WordChoices | None = None) -> ImportPlan:
    """Split the rows into drafts ready to import and problems to show, each with its line; warnings too.
    ``progress(rows, rows in all)``: as for `read_csv`. ``chosen``: what the user said the words of a
    source or stage column mean (`row_reading.WORD_FIELDS`), beyond the words Carnet knows."""
    plan = ImportPlan(warnings=list(csv_file.warnings))
    reader = RowReader(row_layout(csv_file.headers, mapping), chosen)
    noted = FileWarnings()
    # The drafts hold no cycles: collecting again and again as hundreds of thousands pile up cost a fifth
    # of the time.
    with collector.paused():
        _read_rows(csv_file, plan, reader, noted, progress)
    plan.warnings.extend(noted.warnings())
    plan.warnings.sort(key=lambda warning: warning.line)
    return plan


def _read_rows(csv_file: CsvFile, plan: ImportPlan, reader: RowReader, noted: FileWarnings,
               progress: Progress | None) -> None:
    width = len(csv_file.headers)
    for number, (line, row, span) in enumerate(csv_file.rows(), start=1):
        if progress is not None and number % PROGRESS_EVERY == 0:
            progress(number, csv_file.row_count)
        if len(row) > width and any(cell.strip() for cell in row[width:]):
            plan.bad.append(RowProblem.of(line, InvalidInput(TOO_MANY_COLUMNS, count=len(row), expected=width)))
            continue
        if span > 1 and _runaway(row, csv_file.delimiter, width):
            plan.bad.append(RowProblem.of(line, InvalidInput(RUNAWAY_QUOTE, line=line, last=line + span - 1)))
            continue
        try:
            draft, amounts, notes = reader.read(line, row, several_lines=span > 1)
        except InvalidInput as error:
            plan.bad.append(RowProblem.of(line, InvalidInput(NO_NAME) if error.field == "display_name" else error))
            continue
        plan.good.append((line, draft))
        if amounts:
            plan.paid[line] = amounts
        if notes is not None:
            noted.add(line, notes)
