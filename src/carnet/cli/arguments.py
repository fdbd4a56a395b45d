"""The command line's grammar."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from carnet import __version__


def _year(text: str) -> int:
    # Checked here: a year the calendar cannot hold must be a usage error, not a failure inside the export.
    try:
        year = int(text)
    except ValueError:
        year = 0
    if not 1 <= year <= 9999:
        raise argparse.ArgumentTypeError(f"not a year: {text!r}")
    return year


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="carnet",
        usage="carnet [options] [FILE | COMMAND ...]",
        description="Carnet, the offline CRM for solo entrepreneurs. Without a command, opens the window; "
        "carnet FILE opens it on the import of FILE (a CSV or vCard file), as --import FILE does. If the "
        "database is open in a Carnet window already, that window comes to the front and takes the file.",
    )
    parser.add_argument("--version", action="version", version=f"Carnet {__version__}")
    parser.add_argument("--db", type=Path, metavar="PATH", help="open this database instead of the default one")
    parser.add_argument(
        "--demo", action="store_true", help="open a throw-away database filled with sample contacts"
    )
    parser.add_argument(
        "--import", type=Path, metavar="FILE", dest="import_file",
        help="open the window and the import of FILE (a CSV or vCard file); nothing is written until you confirm",
    )
    parser.add_argument(
        "--smoke", action="store_true", help="start, show the board once, and quit (for tests and benchmarks)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser(
        "check", help="check a database's integrity and print its contacts per stage as JSON"
    )
    check.add_argument("--db", type=Path, metavar="PATH", dest="command_db")

    backup = commands.add_parser("backup", help="write a consistent copy of a database (safe while Carnet runs)")
    backup.add_argument("--db", type=Path, metavar="PATH", dest="command_db")
    backup.add_argument(
        "--to", type=Path, metavar="FILE", help="the copy to write (default: backups/ beside the database)"
    )

    export = commands.add_parser(
        "export", help="write every contact to a CSV or vCard file, a year's receipts book, the open follow-ups "
        "to an iCalendar file for a calendar app, or the issued invoices and credit notes as Factur-X PDFs to a "
        "folder (never overwrites)"
    )
    export.add_argument("--db", type=Path, metavar="PATH", dest="command_db")
    export.add_argument("--format", choices=("csv", "vcard", "receipts", "ics", "invoices"), required=True)
    export.add_argument(
        "--year", type=_year, metavar="YYYY", help="with --format receipts: the year of the receipts book (a CSV "
        "row per payment received that year); with --format invoices: only the documents issued that year"
    )
    export.add_argument(
        "--style", choices=("standard", "excel-fr"), default="standard",
        help="with --format csv: standard (comma, English headers and codes; the default) or excel-fr (for a "
        "French Excel: semicolon, French headers and words, decimal comma)",
    )
    export.add_argument("out", type=Path, metavar="OUT", help="the file to write; with --format invoices, the "
                        "folder (created if missing), one <number>.pdf per document")

    importing = commands.add_parser(
        "import", help="import contacts from a CSV or vCard file (all or nothing unless --skip-bad)"
    )
    importing.add_argument("--db", type=Path, metavar="PATH", dest="command_db")
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument("--dry-run", action="store_true", help="check the file and report; write nothing")
    importing.add_argument("--skip-bad", action="store_true", help="import the good rows even if some are bad")
    importing.add_argument("--json", action="store_true", help="print the report as one JSON object")
    importing.add_argument(
        "--duplicates", choices=("add", "skip", "merge"), default="add",
        help="rows that look like an existing contact: add them anyway (default), skip them, or merge them "
             "into that contact (fills its empty fields, adds tags and amounts paid)",
    )

    demo = commands.add_parser("demo-data", help="write generated sample contacts into a new database")
    demo.add_argument("--db", type=Path, metavar="PATH", dest="command_db", required=True)
    demo.add_argument("--contacts", type=int, default=150, metavar="N")
    demo.add_argument("--seed", type=int, default=1)
    return parser


COMMANDS = ("check", "backup", "export", "import", "demo-data")
# Options of the main parser followed by a value in the next word ("--db PATH").
_VALUED = ("--db", "--import")


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The arguments, where ``carnet FILE`` (one word that is not a command) means ``carnet --import FILE``.

    That form is what a file manager runs for "Open With Carnet" (``Exec=carnet %f`` in a desktop file,
    which becomes plain ``carnet`` when no file is given), and what a terminal user expects from a desktop
    application. argparse cannot say it alone: the commands are a positional argument too.
    """
    import sys

    parser = build_parser()
    words = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(_file_as_import(words))
    if args.command and args.import_file is not None:
        parser.error("--import opens the window: it cannot be combined with a command")
    return args


def _file_as_import(words: list[str]) -> list[str]:
    positional: list[int] = []
    after_dashes = False
    index = 0
    while index < len(words):
        word = words[index]
        if after_dashes or word == "-" or not word.startswith("-"):
            positional.append(index)
        elif word == "--":
            after_dashes = True
        elif word in _VALUED:
            index += 1
        index += 1
    if len(positional) != 1 or words[positional[0]] in COMMANDS:
        return words
    at = positional[0]
    # "--import=…" rather than two words: a file whose name starts with "-" stays a file.
    rest = [word for word in words[:at] + words[at + 1:] if word != "--"]
    return [*rest, f"--import={words[at]}"]
