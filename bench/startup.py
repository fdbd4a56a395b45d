"""Start-up time of Carnet against the stack's floor, measured the same way in the same run.

Each program is started as a fresh process that quits once its window is painted (``--smoke``);
the figure is the median wall-clock time from spawn to exit over several alternating runs.

    python bench/startup.py [--runs 7] [--db PATH]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def timed_run(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def measure(commands: dict[str, list[str]], runs: int) -> dict[str, float]:
    """Median seconds per command; runs alternate so that machine noise hits all of them alike."""
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": f"{home}/data",
               "XDG_CONFIG_HOME": f"{home}/config", "XDG_STATE_HOME": f"{home}/state"}
        for command in commands.values():  # warm the OS file cache once
            timed_run(command, env)
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, command in commands.items():
                samples[name].append(timed_run(command, env))
    return {name: statistics.median(values) for name, values in samples.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, help="also time `carnet --db PATH --smoke` on this database")
    args = parser.parse_args()
    python = sys.executable
    commands = {
        "baseline": [python, str(HERE / "baseline_window.py")],
        "carnet --demo": [python, "-m", "carnet", "--demo", "--smoke"],
    }
    if args.db:
        commands[f"carnet --db {args.db.name}"] = [python, "-m", "carnet", "--db", str(args.db), "--smoke"]
    medians = measure(commands, args.runs)
    baseline = medians["baseline"]
    print(f"{'program':<32} {'median s':>9} {'ratio':>7}")
    for name, seconds in medians.items():
        print(f"{name:<32} {seconds:>9.3f} {seconds / baseline:>7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
