"""Two versions of Carnet measured alternately in one run, so that a loaded machine slows both alike.

    git archive <commit> src | tar -x -C /tmp/older          # the other version's sources
    python bench/ab.py --older-src /tmp/older/src --older-db OLD.sqlite3 --db NEW.sqlite3 [--rounds 3]

Each round runs bench/interactive.py (drops and filter keys) and bench/stalls.py (each tab's stall, the
dashboard after a write) once with this checkout's sources on ``--db`` and once with ``--older-src`` first on
PYTHONPATH on ``--older-db`` (a file of the older version's schema revision with the same data: a newer
Carnet migrates a copy of it), each on a fresh copy in a fresh home. The scripts are this checkout's for both,
so both are measured the same way. Prints one line per figure: the older version's medians, then this one's.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIGURES = ("drop_ms_median", "drop_ms_max", "drop_cpu_ms_median", "filter_ms_median", "full_load_ms", "rss_mb",
           "dashboard_after_write_ms",
           "stall_startup_max_ms", "stall_drop_max_ms", "stall_filter_max_ms", "stall_tab_dashboard_max_ms",
           "stall_tab_to_do_today_max_ms", "stall_tab_gifts_max_ms", "stall_tab_to_review_max_ms",
           "stall_dashboard_write_max_ms")


def measure(script: str, db: Path, src: Path | None) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as home:
        copy = Path(home) / db.name
        shutil.copyfile(db, copy)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": f"{home}/data",
               "XDG_CONFIG_HOME": f"{home}/config", "XDG_STATE_HOME": f"{home}/state"}
        if src is not None:
            env["PYTHONPATH"] = str(src)
        output = subprocess.run([sys.executable, str(HERE / script), str(copy)], env=env, check=True,
                                capture_output=True, text=True, cwd=home).stdout
    figures = json.loads(output.strip().splitlines()[-1])
    flat: dict[str, float] = {}
    for key, value in figures.items():
        if isinstance(value, dict):
            flat.update({f"stall_{key}_{name}": figure for name, figure in value.items()})
        else:
            flat[key] = value
    return flat


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--older-src", type=Path, required=True)
    parser.add_argument("--older-db", type=Path, required=True)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--scripts", default="interactive.py,stalls.py")
    args = parser.parse_args()
    runs: dict[str, list[dict[str, float]]] = {"older": [], "this": []}
    for _ in range(args.rounds):
        for name, db, src in (("older", args.older_db, args.older_src), ("this", args.db, None)):
            figures: dict[str, float] = {}
            for script in args.scripts.split(","):
                figures.update(measure(script, db, src))
            runs[name].append(figures)
            print(name, json.dumps({key: figures.get(key) for key in FIGURES}), file=sys.stderr, flush=True)
    print(f"{'figure (median of rounds)':<34}{'older':>10}{'this':>10}")
    for key in FIGURES:
        cells = []
        for name in ("older", "this"):
            values = [run[key] for run in runs[name] if key in run]
            cells.append(f"{statistics.median(values):>10g}" if values else f"{'—':>10}")
        print(f"{key:<34}{''.join(cells)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
