"""The scripting commands. They print plain text or JSON and exit 0 on success.

Exit codes: 0 fine, 1 the database is damaged (check), 2 it could not be used at all.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carnet import paths
from carnet.domain.errors import CarnetError
from carnet.storage import Database
from carnet.storage.backup import backup_database, default_backup_path
from carnet.storage.database import usable_path
from carnet.storage.errors import (
    DAMAGED,
    DAMAGED_ROWS,
    EMPTY,
    MISSING,
    UNREADABLE_ROWS,
    DamagedDatabase,
    EmptyDatabase,
    StorageError,
)
from carnet.storage.integrity import integrity_problems

if TYPE_CHECKING:
    from carnet.domain.import_plan import ImportPlan

OK, DAMAGED_EXIT, UNUSABLE = 0, 1, 2
EXPORT_EXISTS = "{path} already exists; Carnet never overwrites a file. Choose another name."
EXPORT_FAILED = "The export to {path} failed: {reason}"
# A command also reads rows through plain SQL, where a value of the wrong type surfaces as a TypeError.
UNREADABLE_BY_COMMANDS: tuple[type[BaseException], ...] = (*UNREADABLE_ROWS, TypeError)
DEMO_NOT_EMPTY = "{path} already holds contacts: demo data goes into a new database."
RECEIPTS_NEED_YEAR = "The receipts book is exported by year: add --year YYYY."
NOT_A_FOLDER = "{path} is not a folder: the invoices are written to a folder, one file each."


def _fail(error: CarnetError, code: int = UNUSABLE) -> int:
    # One line, whatever the message quotes (a stored value's newlines, SQLite's multi-line check rows).
    print(f"carnet: {' '.join(error.message.split())}", file=sys.stderr)
    return code


def check(db_path: Path) -> int:
    """Integrity check, then the contacts per stage as JSON on stdout."""
    from carnet.services.queries import stage_counts

    if not db_path.exists() and not db_path.is_symlink():
        return _fail(StorageError(MISSING, path=str(db_path)))
    try:
        db_path = usable_path(db_path, writing=False)
        if db_path.stat().st_size == 0:
            return _fail(EmptyDatabase(EMPTY, path=str(db_path)), DAMAGED_EXIT)
        problems = integrity_problems(db_path)
        if problems:
            return _fail(StorageError(DAMAGED, path=str(db_path), problem="; ".join(problems)), DAMAGED_EXIT)
        database = Database.open_read_only(db_path, pages_checked=True)
    except CarnetError as error:
        return _fail(error)
    try:
        counts = stage_counts(database)
    finally:
        database.close()
    print(json.dumps({stage.value: count for stage, count in counts.items()}))
    return OK


def backup(db_path: Path, destination: Path | None) -> int:
    """Copy the database with SQLite's online backup API; prints the path of the copy."""
    if not db_path.exists() and not db_path.is_symlink():
        return _fail(StorageError(MISSING, path=str(db_path)))
    try:
        db_path = usable_path(db_path, writing=False)
        # The same refusals as an open: a backup of an empty or foreign file would be a backup of nothing.
        Database.open_read_only(db_path).close()
        written = backup_database(db_path, destination or default_backup_path(db_path))
    except CarnetError as error:
        return _fail(error)
    print(written)
    return OK


def environment_language() -> str:
    """The language the environment asks for, as gettext reads it (LANGUAGE, LC_ALL, LC_MESSAGES, LANG):
    "fr_FR.UTF-8" → "fr_FR"; "" when none is set. The command line has no Qt to ask."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").split(":")[0].split(".")[0]
        if value:
            return value
    return ""


def demo_data(db_path: Path, contacts: int, seed: int, language: str | None = None) -> int:
    """Fill a new database with generated contacts (benchmarks, screenshots), their words in ``language``
    ("fr", "en"; None: the environment's, so that a French desktop gets a French demo, as its window does)."""
    from carnet.services.demo_data import make_demo_book

    started = time.perf_counter()
    try:
        with Database.open(db_path) as database:
            counts = make_demo_book(database, contacts, seed=seed,
                                    language=environment_language() if language is None else language)
    except CarnetError as error:
        return _fail(error)
    except ValueError:
        return _fail(StorageError(DEMO_NOT_EMPTY, path=str(db_path)))
    elapsed = time.perf_counter() - started
    print(json.dumps({**counts, "seconds": round(elapsed, 2)}))
    return OK


def export(db_path: Path, file_format: str, out: Path, year: int | None = None, style: str = "standard") -> int:
    """Every contact to a CSV or vCard 4.0 file, a year's receipts book to CSV, or the open follow-ups to an
    iCalendar file; prints how many were written.

    ``style`` names the CSV's `carnet.io.csv_export.STYLES` entry ("standard", "excel-fr")."""
    if not db_path.exists() and not db_path.is_symlink():
        return _fail(StorageError(MISSING, path=str(db_path)))
    if file_format == "receipts" and year is None:
        return _fail(StorageError(RECEIPTS_NEED_YEAR))
    if file_format == "invoices":
        return _export_invoices(db_path, out, year)
    if out.exists():
        return _fail(StorageError(EXPORT_EXISTS, path=str(out)))
    try:
        database = Database.open_read_only(db_path)
    except CarnetError as error:
        return _fail(error)
    if file_format == "receipts" and year is not None:
        return _export_receipts(database, year, out)
    try:
        if file_format == "csv":
            from functools import partial

            from carnet.io.csv_export import STYLES, write_contacts_csv

            write: Callable[[Database, Path], int] = partial(write_contacts_csv, style=STYLES[style])
        elif file_format == "ics":
            from carnet.io.ics_export import write_calendar

            write = write_calendar
        else:
            from carnet.io.vcard_export import write_contacts_vcard

            write = write_contacts_vcard
        try:
            count = write(database, out)
        except FileExistsError:
            return _fail(StorageError(EXPORT_EXISTS, path=str(out)))
        except OSError as exc:
            return _fail(StorageError(EXPORT_FAILED, path=str(out), reason=exc.strerror or str(exc)))
    finally:
        database.close()
    counted = "follow_ups" if file_format == "ics" else "contacts"
    print(json.dumps({"format": file_format, counted: count, "file": str(out)}))
    return OK


def _export_invoices(db_path: Path, folder: Path, year: int | None) -> int:
    """The invoices and credit notes issued (in ``year``, or ever) as Factur-X PDFs in ``folder``, one per
    document named by its number; refused whole, nothing written, if one of those files is there already."""
    from datetime import date

    from carnet.documents.export import write_documents
    from carnet.services.invoice_documents import issued_documents

    if folder.exists() and not folder.is_dir():
        return _fail(StorageError(NOT_A_FOLDER, path=str(folder)))
    try:
        database = Database.open_read_only(db_path)
    except CarnetError as error:
        return _fail(error)
    try:
        start, end = (None, None) if year is None else (date(year, 1, 1), date(year, 12, 31))
        documents = issued_documents(database, start, end)
        _painting_without_a_window()
        written = write_documents(documents, folder)
    except CarnetError as error:
        return _fail(error)
    finally:
        database.close()
    print(json.dumps({"format": "invoices", "documents": len(written), "folder": str(folder),
                      "files": [path.name for path in written]}, ensure_ascii=False))
    return OK


_gui: object = None  # the one QGuiApplication of a command that paints PDFs, kept alive until the process ends


def _painting_without_a_window() -> None:
    """PDFs are painted with Qt, whose fonts need a QGuiApplication: an offscreen one, which needs no display."""
    global _gui
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _gui = QGuiApplication(["carnet"])


def _export_receipts(database: Database, year: int, out: Path) -> int:
    """The receipts book of ``year`` to a CSV file, English headers; closes the database."""
    from carnet.io.receipts_export import write_receipts_csv
    from carnet.services.receipts import receipts_book, year_range

    try:
        book = receipts_book(database, *year_range(year))
        count = write_receipts_csv(book.rows, out)
    except FileExistsError:
        return _fail(StorageError(EXPORT_EXISTS, path=str(out)))
    except OSError as exc:
        return _fail(StorageError(EXPORT_FAILED, path=str(out), reason=exc.strerror or str(exc)))
    finally:
        database.close()
    print(json.dumps({"format": "receipts", "year": year, "payments": count, "file": str(out)}))
    return OK


def import_file(
    db_path: Path, source: Path, *, dry_run: bool, skip_bad: bool, as_json: bool, duplicates: str = "add"
) -> int:
    """Check (and unless ``dry_run``, import) a CSV or vCard file; exit 1 when bad rows stopped the import."""
    from carnet.io.vcard_import import read_vcards
    from carnet.services.importing import DuplicateChoice, find_plan_duplicates, import_plan

    if not source.exists():
        return _fail(StorageError(MISSING, path=str(source)))
    is_vcard = source.suffix.lower() in (".vcf", ".vcard") or source.read_bytes()[:64].lstrip().upper().startswith(
        b"BEGIN:VCARD")
    try:
        plan = read_vcards(source) if is_vcard else _csv_plan(source)
        with Database.open(db_path) as database:
            matches = find_plan_duplicates(database, plan)
            report: dict[str, object] = {
                "format": "vcard" if is_vcard else "csv",
                "valid": len(plan.good),
                "bad": [{"line": problem.line, "reason": problem.reason} for problem in plan.bad],
                # What the reader changed or guessed; those rows import all the same.
                "warnings": [{"line": warning.line, "reason": warning.reason} for warning in plan.warnings],
                "duplicates": len(matches),
            }
            refused = bool(plan.bad) and not skip_bad
            if not dry_run and not refused:
                choice = DuplicateChoice(duplicates)
                decided = {line: (choice, match.contact_id) for line, match in matches.items()}
                result = import_plan(database, plan, skip_bad=skip_bad, duplicates=decided)
                report["imported"] = result.imported
                if duplicates != "add":
                    report |= {"merged": result.merged, "skipped": result.skipped}
    except CarnetError as error:
        return _fail(error)
    if as_json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        for problem in plan.bad:
            print(f"line {problem.line}: {problem.reason}")
        for warning in plan.warnings:
            print(f"line {warning.line}: warning: {warning.reason}")
        print(f"{report['valid']} good rows, {len(plan.bad)} bad, {len(plan.warnings)} warnings, "
              f"{report['duplicates']} look like existing contacts; imported: {report.get('imported', 0)}")
    if not dry_run and plan.bad and not skip_bad:
        print("carnet: nothing was imported: fix the bad rows or use --skip-bad", file=sys.stderr)
        return DAMAGED_EXIT
    return OK


def _csv_plan(source: Path) -> ImportPlan:
    """The file's plan, its columns mapped as guessed. The decoded text is let go once the plan is made: a
    large file's text and its drafts would otherwise be held together while the rows are written."""
    from carnet.io.csv_import import guess_mapping, read_csv, validate

    csv_file = read_csv(source)
    return validate(csv_file, guess_mapping(csv_file.headers))


def run(command: str, db_path: Path | None, **options: Any) -> int:
    """Run one command; a file whose rows cannot be read, or any other surprise, is a message, never a traceback.

    ``options`` are the parsed arguments as argparse gives them (untyped), the same set for every command.
    """
    path = (db_path or paths.default_database_path()).expanduser().absolute()
    try:
        return _run(command, path, **options)
    except UNREADABLE_BY_COMMANDS as exc:
        # SQLite cannot see every damage (a flipped byte inside a text value): reading such a row fails here.
        return _fail(DamagedDatabase(DAMAGED_ROWS, path=str(path), problem=str(exc) or type(exc).__name__),
                     DAMAGED_EXIT)


def _run(command: str, path: Path, **options: Any) -> int:
    if command == "check":
        return check(path)
    if command == "backup":
        return backup(path, options.get("to"))
    if command == "export":
        return export(path, str(options["format"]), Path(options["out"]), options.get("year"),
                      str(options.get("style") or "standard"))
    if command == "import":
        return import_file(
            path, Path(options["file"]),
            dry_run=bool(options["dry_run"]), skip_bad=bool(options["skip_bad"]), as_json=bool(options["json"]),
            duplicates=str(options.get("duplicates") or "add"),
        )
    if command == "demo-data":
        return demo_data(path, int(options["contacts"]), int(options["seed"]), options.get("language"))
    raise AssertionError(f"unknown command {command}")
