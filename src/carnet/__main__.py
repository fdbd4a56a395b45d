"""``carnet`` and ``python -m carnet``: parse the arguments, then run a command or open the window."""

from __future__ import annotations

import atexit
import logging
import os
import sys
from collections.abc import Sequence

from carnet.cli.arguments import build_parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command:
        from carnet.cli import commands

        return commands.run(
            args.command,
            args.command_db or args.db,
            to=getattr(args, "to", None),
            contacts=getattr(args, "contacts", 0),
            seed=getattr(args, "seed", 1),
            format=getattr(args, "format", None),
            out=getattr(args, "out", None),
            file=getattr(args, "file", None),
            dry_run=getattr(args, "dry_run", False),
            skip_bad=getattr(args, "skip_bad", False),
            json=getattr(args, "json", False),
            duplicates=getattr(args, "duplicates", "add"),
        )
    from carnet.ui.launch import launch

    return launch(db_path=args.db, demo=args.demo, smoke=args.smoke)


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
