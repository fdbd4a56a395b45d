"""``carnet`` and ``python -m carnet``: parse the arguments, then run a command or open the window."""

from __future__ import annotations

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
        )
    from carnet.ui.launch import launch

    return launch(db_path=args.db, demo=args.demo, smoke=args.smoke)


if __name__ == "__main__":
    sys.exit(main())
