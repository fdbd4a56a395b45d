"""``carnet`` and ``python -m carnet``: parse the arguments, then run a command or open the window."""

from __future__ import annotations

import atexit
import logging
import os
import sys
from collections.abc import Sequence

from carnet.cli.arguments import parse_arguments
from carnet.private_files import tighten_carnet_files, use_private_umask


def make_files_private() -> None:
    """Before Carnet writes anything: every file it creates 0600, every folder 0700, whatever the umask.

    The umask, not a mode at each place a file is opened, because most of Carnet's files are created by
    code it does not control: QSettings (through Qt's QSaveFile), logging, the csv writers, Qt's PDF writer all
    create files 0666 & ~umask, which is 0644 (readable by every account) under the usual umask 022. The
    files kept from an older Carnet that did not do this are tightened too, since rewriting one keeps its mode.
    """
    use_private_umask()
    tighten_carnet_files()


def main(argv: Sequence[str] | None = None) -> int:
    make_files_private()
    args = parse_arguments(argv)
    if args.command:
        from carnet.cli import commands

        return commands.run(
            args.command,
            args.command_db or args.db,
            to=getattr(args, "to", None),
            contacts=getattr(args, "contacts", 0),
            seed=getattr(args, "seed", 1),
            format=getattr(args, "format", None),
            year=getattr(args, "year", None),
            style=getattr(args, "style", "standard"),
            out=getattr(args, "out", None),
            file=getattr(args, "file", None),
            dry_run=getattr(args, "dry_run", False),
            skip_bad=getattr(args, "skip_bad", False),
            json=getattr(args, "json", False),
            duplicates=getattr(args, "duplicates", "add"),
        )
    # Before Qt: without a display or with a library of its platform plugin missing, Qt would abort (exit
    # 134, a core dump) naming the wrong library; this says what is missing and exits with 2.
    from carnet.display_check import refuse_without_display

    refused = refuse_without_display()
    if refused is not None:
        return refused
    from carnet.ui.launch import launch

    return launch(db_path=args.db, demo=args.demo, smoke=args.smoke, import_file=args.import_file)


def run() -> None:
    """The installed ``carnet`` command: `main`, then leave without the interpreter's slow teardown.

    Tearing down Qt and SQLAlchemy's objects one by one takes a quarter of a second after the window has
    closed; by then every write is committed, the database closed and the lock released, so the process
    ends right away once the exit handlers (the demo folder's removal) have run and the output is flushed.
    """
    code = main()
    atexit._run_exitfuncs()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    run()
