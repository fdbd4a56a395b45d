"""Copies of a demo database with bytes flipped: every command and the window say so, never a traceback.

SQLite's page checks see some damage (the file is refused at once); a flipped byte inside a stored text
value is invisible to them and only fails when the row is read: undecodable UTF-8, a stage or a date that is
no longer one. Both must end in a message naming the file (the command line) or a `CarnetError` / the error
report's message (the window). The copies are made from fixed seeds and a fixed demo day, so a failure here
is reproducible. Each sweep (commands, window) runs once per module; the tests below judge its results, one
area at a time, so that each known crash is its own strict xfail, naming the file where its fix belongs.
"""

from __future__ import annotations

import contextlib
import io
import os
import random
import sqlite3
import subprocess
import sys
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from carnet import paths
from carnet.__main__ import main
from carnet.domain.errors import CarnetError
from carnet.services.demo_data import generate_demo_data
from carnet.storage import Database
from carnet.storage.errors import UNREADABLE_ROWS, DamagedDatabase
from carnet.ui.main_window import MainWindow

DEMO_SEED = 11
DEMO_TODAY = date(2026, 6, 15)  # with the seed, the same file byte for byte on any day
ANYWHERE_COPIES = 110
TEXT_COPIES = 72
TYPE_COPIES = 24
GUI_ANYWHERE_COPIES = 24  # besides every copy whose text bytes were flipped
# What a flipped byte becomes inside a text: bytes that cannot start or continue UTF-8, a lone continuation
# byte, a lead byte without its continuation, letters and digits (not a stage, not a date any more), NUL.
REPLACEMENTS = (0xFF, 0xFE, 0x80, 0xC3, 0xE2, ord("x"), ord("Q"), ord("9"), ord("-"), ord(" "), 0x00)
ROWS_MESSAGE = "holds rows Carnet cannot read"

# (table, column): the stored values whose bytes are flipped; each is read by some screen or command.
TEXT_TARGETS: tuple[tuple[str, str], ...] = (
    ("contact", "display_name"), ("contact", "display_name"), ("contact", "email"), ("contact", "organisation"),
    ("contact", "stage"), ("contact", "stage"), ("contact", "temperature"), ("contact", "kind"),
    ("contact", "budget"), ("contact", "source"), ("contact", "next_follow_up"), ("contact", "created_at"),
    ("contact", "tags"), ("contact", "notes"), ("contact", "address"), ("contact", "archived_at"),
    ("contact", "archive_reason"),
    ("stage_change", "to_stage"), ("stage_change", "at"),
    ("interaction", "kind"), ("interaction", "at"), ("interaction", "summary"),
    ("payment", "status"), ("payment", "currency"), ("payment", "paid_on"), ("payment", "description"),
    ("gift", "what"), ("gift", "sent_on"),
)

# (table, column): values whose type changes (text to blob, integer to text) while the record stays readable.
TYPE_TARGETS: tuple[tuple[str, str], ...] = (
    ("contact", "display_name"), ("contact", "email"), ("contact", "organisation"), ("contact", "tags"),
    ("contact", "stage"), ("contact", "temperature"), ("contact", "kind"), ("contact", "next_follow_up"),
    ("contact", "created_at"), ("contact", "address"), ("contact", "referred_by_id"),
    ("stage_change", "to_stage"), ("stage_change", "at"), ("interaction", "at"), ("interaction", "summary"),
    ("payment", "amount_cents"), ("payment", "currency"), ("payment", "status"), ("payment", "paid_on"),
    ("gift", "what"), ("gift", "year"), ("contact", "notes"), ("contact", "budget"), ("contact", "source"),
)


@dataclass(frozen=True)
class Damage:
    """One damaged copy: which bytes of the demo file became what."""

    name: str
    flips: tuple[tuple[int, int], ...]  # (offset, new byte)
    contact_id: int | None = None  # the contact whose stored text was hit, if that is what was aimed at
    aimed_at: str = ""  # "table.column = value", for a text flip
    sql: str = ""  # instead of flips: statements that store what Carnet never writes, with the pages intact

    @property
    def kind(self) -> str:
        """anywhere, text (a byte inside a stored text), type (a value's stored type) or sql."""
        return self.name.split("-")[0]

    def write(self, data: bytes, folder: Path) -> Path:
        damaged = bytearray(data)
        for offset, byte in self.flips:
            damaged[offset] = byte
        path = folder / f"{self.name}.sqlite3"
        path.write_bytes(bytes(damaged))
        if self.sql:
            connection = sqlite3.connect(path, isolation_level=None)
            connection.executescript(self.sql)
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.close()
        return path


@dataclass(frozen=True)
class Demo:
    data: bytes
    path: Path  # the intact file, to read its schema
    # (table, column) -> [(contact id, stored text)] for every non-empty stored value.
    values: dict[tuple[str, str], list[tuple[int, str]]]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    """The demo database's bytes, closed (WAL checkpointed: one self-contained file), and its stored texts."""
    folder = tmp_path_factory.mktemp("demo")
    paths.override_base_dir(folder / "home")
    try:
        path = folder / "demo.sqlite3"
        database = Database.open(path)
        generate_demo_data(database, 60, seed=DEMO_SEED, today=DEMO_TODAY)
        database.close()
    finally:
        paths.override_base_dir(None)
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    connection = sqlite3.connect(path)
    values: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for table, column in set(TEXT_TARGETS):
        owner = "id" if table == "contact" else "contact_id"
        rows = connection.execute(
            f"SELECT {owner}, {column} FROM {table} WHERE typeof({column}) = 'text' AND {column} != '' ORDER BY rowid"
        ).fetchall()
        values[(table, column)] = rows
    connection.close()
    yield Demo(path.read_bytes(), path, values)


def anywhere(data: bytes, seed: int) -> Damage:
    """A few bytes anywhere in the file, each XORed with a random non-zero value."""
    rng = random.Random(seed)
    count = rng.choice((1, 1, 1, 2, 3, 5, 8, 20))
    flips = []
    for _ in range(count):
        offset = rng.randrange(len(data))
        flips.append((offset, data[offset] ^ rng.randrange(1, 256)))
    return Damage(f"anywhere-{seed:03d}", tuple(flips))


def inside_text(demo: Demo, seed: int) -> Damage:
    """One byte inside a stored text value (found by its bytes in the file) becomes another byte."""
    rng = random.Random(1000 + seed)
    table, column = TEXT_TARGETS[seed % len(TEXT_TARGETS)]
    candidates = demo.values[(table, column)]
    assert candidates, f"the demo data has no {table}.{column}"
    for _attempt in range(100):  # a text split over an overflow page is not found whole: pick another
        contact_id, text = rng.choice(candidates)
        encoded = text.encode()
        # The row's own cell, most of the time; an older copy of it (a free block) or an index entry sometimes.
        offsets = list(_find_all(demo.data, encoded))
        if offsets:
            break
    else:
        raise AssertionError(f"no {table}.{column} found in the file's bytes")
    start = rng.choice(offsets)
    position = start + rng.randrange(len(encoded))
    byte = rng.choice([value for value in REPLACEMENTS if value != demo.data[position]])
    return Damage(f"text-{seed:03d}-{table}-{column}", ((position, byte),), contact_id,
                  f"{table}.{column} = {text[:40]!r}")


def _find_all(data: bytes, needle: bytes) -> Iterator[int]:
    start = data.find(needle)
    while start != -1:
        yield start
        start = data.find(needle, start + 1)


def _varint(data: bytes, offset: int) -> tuple[int, int]:
    """SQLite's variable-length integer at ``offset``: its value and its length in bytes."""
    value = 0
    for length in range(1, 9):
        byte = data[offset + length - 1]
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, length
    return (value << 8) | data[offset + 8], 9


def _table_cells(data: bytes, page_size: int, root: int) -> Iterator[tuple[int, int]]:
    """(rowid, offset of the record) for every row of the table b-tree rooted at page ``root``."""
    pages = [root]
    while pages:
        page = pages.pop()
        base = (page - 1) * page_size
        header = base + (100 if page == 1 else 0)
        kind, cells = data[header], int.from_bytes(data[header + 3 : header + 5], "big")
        pointers = header + (12 if kind == 5 else 8)
        if kind == 5:  # interior page: its children, the right-most one last
            pages.append(int.from_bytes(data[header + 8 : header + 12], "big"))
        for number in range(cells):
            cell = base + int.from_bytes(data[pointers + 2 * number : pointers + 2 * number + 2], "big")
            if kind == 5:
                pages.append(int.from_bytes(data[cell : cell + 4], "big"))
            elif kind == 13:
                _, size_length = _varint(data, cell)
                rowid, rowid_length = _varint(data, cell + size_length)
                yield rowid, cell + size_length + rowid_length


def _serial_types(data: bytes, record: int) -> list[tuple[int, int]]:
    """(serial type, offset of its last byte) of each column of the record at ``record``."""
    header_size, offset = _varint(data, record)
    offset += record
    types = []
    while offset < record + header_size:
        serial, length = _varint(data, offset)
        types.append((serial, offset + length - 1))
        offset += length
    return types


def wrong_type(demo: Demo, seed: int) -> Damage:
    """A stored value of the wrong type, with the record's layout intact: a text becomes a blob of the same
    bytes (one bit of the record header flipped), a small integer becomes a text of the same length."""
    rng = random.Random(2000 + seed)
    for step in range(len(TYPE_TARGETS)):
        table, column = TYPE_TARGETS[(seed + step) % len(TYPE_TARGETS)]
        candidates = _type_candidates(demo, table, column)
        if candidates:
            break
    rowid, owner, offset, byte = rng.choice(candidates)
    return Damage(f"type-{seed:03d}-{table}-{column}", ((offset, byte),), owner,
                  f"{table}.{column} of row {rowid}: {'blob' if byte % 2 == 0 else 'text'} instead")


def _type_candidates(demo: Demo, table: str, column: str) -> list[tuple[int, int, int, int]]:
    """(rowid, contact id, offset, new byte) for each row whose ``column`` can change type in place."""
    connection = sqlite3.connect(demo.path)
    try:
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        index = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")].index(column)
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        owner = "id" if table == "contact" else "contact_id"
        owners = dict(connection.execute(f"SELECT rowid, {owner} FROM {table}").fetchall())
    finally:
        connection.close()
    candidates = []
    for rowid, record in _table_cells(demo.data, page_size, root):
        serial, last_byte = _serial_types(demo.data, record)[index]
        if serial >= 15 and serial % 2:  # a non-empty text: the same length as a blob
            candidates.append((rowid, owners[rowid], last_byte, demo.data[last_byte] ^ 1))
        elif serial in (1, 2, 3, 4):  # an integer of 1 to 4 bytes: the same length as a text
            candidates.append((rowid, owners[rowid], last_byte, 13 + 2 * serial))
    return sorted(candidates)


# Values Carnet never writes, stored with SQL: every page stays sound, so only reading the row can tell.
# (name, table, row id or the query that finds it, statement); ``{id}`` is the row id.
INCONSISTENT_ROWS: tuple[tuple[str, str, int | str, str], ...] = (
    ("name-blob", "contact", 1, "UPDATE contact SET display_name = CAST(display_name AS BLOB) WHERE id = {id}"),
    ("name-not-utf8", "contact", 2, "UPDATE contact SET display_name = CAST(X'FF41' AS TEXT) WHERE id = {id}"),
    ("stage-unknown", "contact", 3, "UPDATE contact SET stage = 'nonsense' WHERE id = {id}"),
    ("temperature-unknown", "contact", 4, "UPDATE contact SET temperature = 'tepid' WHERE id = {id}"),
    ("follow-up-not-a-date", "contact", 5, "UPDATE contact SET next_follow_up = 'soon' WHERE id = {id}"),
    ("created-not-a-time", "contact", 6,
     "DELETE FROM interaction WHERE contact_id = {id}; UPDATE contact SET created_at = 'yesterday' WHERE id = {id}"),
    ("position-text", "contact", 7, "UPDATE contact SET position = 'top' WHERE id = {id}"),
    ("kind-unknown", "contact", 8, "UPDATE contact SET kind = 'robot' WHERE id = {id}"),
    ("budget-number", "contact", 9, "UPDATE contact SET budget = 3 WHERE id = {id}"),
    ("amount-text", "payment", 1, "UPDATE payment SET amount_cents = 'lots' WHERE id = {id}"),
    ("currency-blob", "payment", 2, "UPDATE payment SET currency = CAST(currency AS BLOB) WHERE id = {id}"),
    ("status-unknown", "payment", 3, "UPDATE payment SET status = 'maybe' WHERE id = {id}"),
    ("to-stage-unknown", "stage_change", 1, "UPDATE stage_change SET to_stage = 'nowhere' WHERE id = {id}"),
    ("interaction-never", "interaction", 1, "UPDATE interaction SET at = 'never' WHERE id = {id}"),
    ("interaction-kind-unknown", "interaction", 2, "UPDATE interaction SET kind = 'telepathy' WHERE id = {id}"),
    ("gift-year-text", "gift", 1, "UPDATE gift SET year = 'soon' WHERE id = {id}"),
    ("summary-not-utf8", "interaction", 3, "UPDATE interaction SET summary = CAST(X'C3' AS TEXT) WHERE id = {id}"),
    ("follow-up-blob", "contact",
     "SELECT min(id) FROM contact WHERE next_follow_up IS NOT NULL AND archived_at IS NULL",
     "UPDATE contact SET next_follow_up = CAST(next_follow_up AS BLOB) WHERE id = {id}"),
    ("archived-organisation-not-utf8", "contact", "SELECT min(id) FROM contact WHERE archived_at IS NOT NULL",
     "UPDATE contact SET organisation = CAST(X'FF41' AS TEXT) WHERE id = {id}"),
)


def inconsistent_rows(demo: Demo) -> list[Damage]:
    connection = sqlite3.connect(demo.path)
    try:
        copies = []
        for name, table, row, statement in INCONSISTENT_ROWS:
            rowid = row if isinstance(row, int) else connection.execute(row).fetchone()[0]
            owner = "id" if table == "contact" else "contact_id"
            contact_id = connection.execute(f"SELECT {owner} FROM {table} WHERE id = ?", (rowid,)).fetchone()[0]
            copies.append(Damage(f"sql-{name}", (), contact_id, f"{table} row {rowid}: {name}",
                                 statement.format(id=rowid)))
    finally:
        connection.close()
    return copies


def damaged_copies(demo: Demo) -> list[Damage]:
    return (
        [anywhere(demo.data, seed) for seed in range(ANYWHERE_COPIES)]
        + [inside_text(demo, seed) for seed in range(TEXT_COPIES)]
        + [wrong_type(demo, seed) for seed in range(TYPE_COPIES)]
        + inconsistent_rows(demo)
    )


# --- the command line --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CommandRun:
    """One command on one copy: its exit code (None if an exception escaped main) and what it printed."""

    copy: str
    kind: str  # anywhere, text, type
    command: str
    code: int | None
    err: str
    out: Path | None  # the export's file
    wrote: bool

    @property
    def outcome(self) -> str:
        if self.code == 0:
            return "opened"
        return "damaged rows reported" if ROWS_MESSAGE in self.err else "refused cleanly"


def _run_commands(copy: Path, kind: str) -> list[CommandRun]:
    """check, export csv, export vcard on one copy, in this process."""
    commands: dict[str, tuple[list[str], Path | None]] = {"check": (["check", "--db", str(copy)], None)}
    for file_format, suffix in (("csv", "csv"), ("vcard", "vcf")):
        out = copy.parent / f"export-{copy.stem}.{suffix}"
        commands[f"export {file_format}"] = (["export", "--db", str(copy), "--format", file_format, str(out)], out)
    runs = []
    for command, (argv, out) in commands.items():
        stderr = io.StringIO()
        code: int | None
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(stderr):
            try:
                code = main(argv)
            except BaseException as exc:  # an escape is what this test looks for
                code = None
                print(f"{type(exc).__module__}.{type(exc).__name__} escaped at {_where(exc)}: {exc}", file=stderr)
        runs.append(CommandRun(copy.name, kind, command, code, stderr.getvalue(), out,
                               out is not None and out.exists()))
    return runs


@pytest.fixture(scope="module")
def command_runs(demo: Demo, tmp_path_factory: pytest.TempPathFactory) -> list[CommandRun]:
    """Every command on every damaged copy (run once for the tests below)."""
    folder = tmp_path_factory.mktemp("commands")
    paths.override_base_dir(folder / "home")
    try:
        return [run for damage in damaged_copies(demo) for run in _run_commands(damage.write(demo.data, folder),
                                                                                  damage.kind)]
    finally:
        paths.override_base_dir(None)


def _problems(run: CommandRun) -> list[str]:
    lines = run.err.strip().splitlines()
    problems = []
    if run.code is None:
        problems.append(run.err.strip())
    elif run.code not in (0, 1, 2):
        problems.append(f"exited {run.code}")
    if "Traceback" in run.err:
        problems.append(f"printed a traceback:\n{run.err}")
    elif run.code and not (lines and lines[0].startswith("carnet: ") and run.copy in lines[0]):
        problems.append(f"exited {run.code} without a message naming the file: {run.err!r}")
    if run.out is not None and run.code == 0 and not run.wrote:
        problems.append(f"succeeded but wrote no {run.out.name}")
    if run.out is not None and run.code != 0 and run.wrote:
        problems.append(f"failed but left {run.out.name} behind")
    return [f"{run.copy}: {run.command} {problem}" for problem in problems]


def test_commands_on_damaged_copies_end_in_a_message_never_a_traceback(
    command_runs: list[CommandRun], capsys: pytest.CaptureFixture[str]
) -> None:
    copies = {run.copy for run in command_runs}
    assert sum(not name.startswith("sql-") for name in copies) >= 150
    counts: dict[str, Counter[str]] = {}
    for run in command_runs:
        counts.setdefault(f"{run.command} ({run.kind})", Counter())[run.outcome] += 1
    with capsys.disabled():
        print(f"\n{len(copies)} damaged copies, command line:")
        for name, counter in sorted(counts.items()):
            print(f"  {name:<21} " + ", ".join(f"{outcome}: {n}" for outcome, n in sorted(counter.items())))
    problems = [problem for run in command_runs for problem in _problems(run)]
    assert not problems, "\n".join(problems)


def test_flipped_text_bytes_reach_the_rows_sqlite_cannot_check(command_runs: list[CommandRun]) -> None:
    """The aimed flips do what they are for: files SQLite finds sound whose rows do not decode."""
    for kind in ("text", "type"):
        outcomes = Counter(run.outcome for run in command_runs if run.kind == kind and run.command == "check")
        assert outcomes["opened"] > outcomes["refused cleanly"], (kind, outcomes)
    exports = Counter(run.outcome for run in command_runs if run.kind == "text" and run.command != "check")
    assert exports["damaged rows reported"] >= 10, exports


def test_command_messages_are_one_line(command_runs: list[CommandRun]) -> None:
    long = [f"{run.copy}: {run.command}: {run.err!r}" for run in command_runs
            if run.code and len(run.err.strip().splitlines()) != 1]
    assert not long, "\n".join(long)


def test_an_undamaged_copy_opens_for_every_command(demo: Demo, tmp_path: Path) -> None:
    runs = _run_commands(Damage("intact", ()).write(demo.data, tmp_path), "intact")
    assert [(run.command, run.code, run.wrote or run.out is None) for run in runs] == [
        ("check", 0, True), ("export csv", 0, True), ("export vcard", 0, True)]


# --- the window ------------------------------------------------------------------------------------


def _where(exc: BaseException) -> str:
    """The innermost line of Carnet's own code the exception went through."""
    frames = [frame for frame in traceback.extract_tb(exc.__traceback__) if "/carnet/" in frame.filename]
    return f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"


def _crash(exc: BaseException) -> str | None:
    """None for an exception the user sees as a message that says the file is damaged; else what it is."""
    if isinstance(exc, (CarnetError, *UNREADABLE_ROWS)):
        return None
    return f"{type(exc).__module__}.{type(exc).__name__} at {_where(exc)}: {str(exc).splitlines()[0][:120]}"


@dataclass
class WindowSweep:
    counts: Counter[str]
    crashes: dict[str, list[str]]  # area (open, board, panel, a tab) -> what went wrong, per copy


GIFTS_NOT_BUILT = "gifts tab not built (its rows hold bytes: a segfault)"


def _default_gift_list(window: MainWindow) -> object:
    """What the Gifts tab reads when it is first shown (this year, no top clients, no referrers)."""
    from carnet.services.reports import gift_list

    try:
        return gift_list(window.database, date.today().year)
    except Exception:  # the tab's own attempt reports it
        return []


def _holds_bytes(value: object) -> bool:
    if isinstance(value, bytes):
        return True
    if isinstance(value, list | tuple):
        return any(map(_holds_bytes, value))
    if hasattr(value, "__dataclass_fields__"):
        return any(_holds_bytes(getattr(value, name)) for name in value.__dataclass_fields__)
    return False


def _reads_after_opening(window: MainWindow, contact_ids: list[int]) -> dict[str, list[BaseException]]:
    """What a user does next: the whole board, every tab, the contact panel; the exceptions, per area.

    An exception in a slot or a paint goes to `sys.excepthook` (the error report, in Carnet): caught here.
    """
    raised: dict[str, list[BaseException]] = {}

    def attempt(area: str, step: Callable[[], object]) -> None:
        caught: list[BaseException] = []
        previous = sys.excepthook
        sys.excepthook = lambda _kind, error, _trace: caught.append(error)
        try:
            step()
        except Exception as exc:  # classified by the caller
            caught.append(exc)
        finally:
            sys.excepthook = previous
        raised.setdefault(area, []).extend(caught)

    attempt("board", window.show)
    attempt("board", lambda: window.controller.fully_loaded or window.controller.load())
    attempt("board", window.board.grab)  # paints every visible card
    tabs = {window.dashboard_tab: "dashboard", window.todo_tab: "to do", window.gifts_tab: "gifts",
            window.archived_tab: "archived"}
    for index, area in tabs.items():
        if area == "gifts" and _holds_bytes(_default_gift_list(window)):
            # Building this tab would end the whole process (see test_the_gifts_tab_with_a_currency_stored_
            # as_a_blob): noted, not run.
            raised.setdefault(GIFTS_NOT_BUILT, [])
            continue
        attempt(area, lambda index=index: window.tabs.setCurrentIndex(index))
        attempt(area, lambda index=index: window.tabs.widget(index).grab())
    attempt("board", lambda: window.tabs.setCurrentIndex(0))
    for contact_id in contact_ids:
        attempt("panel", lambda contact_id=contact_id: window.panel.show_contact(contact_id))
        attempt("panel", window.panel.grab)
    return raised


@pytest.fixture(scope="module")
def window_sweep(demo: Demo, tmp_path_factory: pytest.TempPathFactory, qapp: QApplication) -> WindowSweep:
    """`open_window` on every copy whose stored texts were hit and on some others, then the reads that follow."""
    from carnet.ui.launch import open_window

    folder = tmp_path_factory.mktemp("window")
    copies = [damage for damage in damaged_copies(demo) if damage.kind != "anywhere"]
    copies += [anywhere(demo.data, seed) for seed in range(GUI_ANYWHERE_COPIES)]
    counts: Counter[str] = Counter()
    crashes: dict[str, list[str]] = {}
    paths.override_base_dir(folder / "home")
    try:
        for damage in copies:
            copy = damage.write(demo.data, folder)
            label = f"{copy.name} ({damage.aimed_at})" if damage.aimed_at else copy.name
            try:
                database, window = open_window(copy, False, False)
            except CarnetError as error:
                at_start = isinstance(error, DamagedDatabase) and ROWS_MESSAGE in error.message
                counts["damaged rows reported at start" if at_start else "refused cleanly"] += 1
                continue
            except Exception as exc:  # reported by the test, with the copy's name
                crashes.setdefault("open", []).append(f"{label}: {_crash(exc)}")
                continue
            try:
                ids = [damage.contact_id] if damage.contact_id is not None else []
                raised = _reads_after_opening(window, [*ids, 1, 2, 30, 60])
            finally:
                window.close()
                window.deleteLater()
                database.close()
            for area, errors in raised.items():
                crashes.setdefault(area, []).extend(f"{label}: {crash}" for crash in map(_crash, errors) if crash)
            counts[GIFTS_NOT_BUILT] += GIFTS_NOT_BUILT in raised
            reported = any(raised.values())
            counts["opened, damaged rows reported later" if reported else "opened"] += 1
        qapp.processEvents()
    finally:
        paths.override_base_dir(None)
    return WindowSweep(counts, crashes)


def test_the_window_on_damaged_copies_opens_or_refuses_with_a_carnet_error(
    window_sweep: WindowSweep, capsys: pytest.CaptureFixture[str]
) -> None:
    with capsys.disabled():
        print(f"\n{sum(window_sweep.counts.values())} damaged copies, window: "
              + ", ".join(f"{name}: {n}" for name, n in sorted(window_sweep.counts.items())))
        for area, crashes in window_sweep.crashes.items():
            if area != GIFTS_NOT_BUILT:
                print(f"  {area}: {len(crashes)} crashes")
    assert sum(window_sweep.counts.values()) >= 40
    crashes = window_sweep.crashes.get("open", []) + window_sweep.crashes.get("board", [])
    assert not crashes, "\n".join(crashes)


# Reads outside this test's reach: what each one does with a damaged row, and where the fix belongs.
KNOWN_CRASHES: dict[str, str] = {}


@pytest.mark.parametrize("area", [
    pytest.param(area, marks=pytest.mark.xfail(strict=True, reason=KNOWN_CRASHES[area]))
    if area in KNOWN_CRASHES else area
    for area in ("panel", "dashboard", "to do", "gifts", "archived")
])
def test_the_reads_after_opening_report_damaged_rows_as_damage(window_sweep: WindowSweep, area: str) -> None:
    """Every exception a read raises is a `CarnetError` or one the error report calls damage (UNREADABLE_ROWS)."""
    crashes = window_sweep.crashes.get(area, [])
    assert not crashes, "\n".join(crashes)


GIFTS_SCRIPT = """
import sys
from pathlib import Path

from carnet import paths

paths.override_base_dir(Path(sys.argv[2]))
from PySide6.QtWidgets import QApplication

from carnet.ui.launch import open_window

app = QApplication([])
database, window = open_window(Path(sys.argv[1]), False, False)
window.show()
window.tabs.setCurrentIndex(window.gifts_tab)
window.close()
database.close()
print("gifts tab built")
"""


def test_the_gifts_tab_with_a_currency_stored_as_a_blob(demo: Demo, tmp_path: Path) -> None:
    """This year's referral revenue of an ambassador, in a currency stored as a blob, in a separate process."""
    copy = Damage("sql-referral-currency-blob", (), sql="""
        UPDATE payment SET currency = CAST(currency AS BLOB), status = 'paid', paid_on = date('now', 'localtime')
        WHERE id = (SELECT p.id FROM payment AS p JOIN contact AS c ON c.id = p.contact_id
                    JOIN contact AS r ON r.id = c.referred_by_id
                    WHERE r.stage = 'ambassador' AND r.archived_at IS NULL ORDER BY p.id LIMIT 1);
    """).write(demo.data, tmp_path)
    connection = sqlite3.connect(copy)
    assert connection.execute("SELECT count(*) FROM payment WHERE typeof(currency) = 'blob'").fetchone() == (1,)
    connection.close()
    done = subprocess.run(
        [sys.executable, "-c", GIFTS_SCRIPT, str(copy), str(tmp_path / "home")],
        capture_output=True, text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0 and "gifts tab built" in done.stdout, (done.returncode, done.stderr[-2000:])
