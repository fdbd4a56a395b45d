"""Carnet's benchmarks (SPEC §5): figures at 10k and 100k contacts against a baseline of the same run.

    python bench/run.py [--scales 10k,100k] [--runs 5]

The baseline is bench/baseline_window.py: a bare PySide6 window whose script also imports sqlmodel,
started and measured exactly like Carnet. Writes bench/results.json and prints a table.
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
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / ".data"
SCALES = {"10k": 10_000, "100k": 100_000}
PYTHON = sys.executable


def environment(home: str) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": f"{home}/data",
            "XDG_CONFIG_HOME": f"{home}/config", "XDG_STATE_HOME": f"{home}/state"}


def database(scale: str) -> Path:
    """The generated database of that scale, made once with `carnet demo-data` and kept in bench/.data."""
    path = DATA / f"{scale}.sqlite3"
    if not path.exists():
        DATA.mkdir(exist_ok=True)
        subprocess.run([PYTHON, "-m", "carnet", "demo-data", "--db", str(path), "--contacts", str(SCALES[scale])],
                       check=True)
    return path


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds from spawn to the first paint (the program prints the system-wide monotonic time of it),
    seconds from spawn to exit, and the process's peak resident memory in MB."""
    started = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    output = process.stdout.read()  # type: ignore[union-attr]
    _, status, usage = os.wait4(process.pid, 0)
    ended = time.monotonic()
    process.returncode = os.waitstatus_to_exitcode(status)
    painted = [line for line in output.splitlines() if line.startswith("board painted at ")]
    if process.returncode != 0 or not painted:
        raise RuntimeError(f"{command} exited with {process.returncode} and printed {output!r}")
    return float(painted[0].rsplit(" ", 1)[1]) - started, ended - started, usage.ru_maxrss / 1024


def startup_and_memory(db: Path, runs: int) -> dict[str, float]:
    commands = {
        "baseline": [PYTHON, str(HERE / "baseline_window.py")],
        "carnet": [PYTHON, "-m", "carnet", "--db", str(db), "--smoke"],
    }
    with tempfile.TemporaryDirectory() as home:
        env = environment(home)
        for command in commands.values():  # warm the file cache
            run_once(command, env)
        painted: dict[str, list[float]] = {name: [] for name in commands}
        exited: dict[str, list[float]] = {name: [] for name in commands}
        memory: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):  # alternate, so that machine noise hits both alike
            for name, command in commands.items():
                to_paint, to_exit, rss = run_once(command, env)
                painted[name].append(to_paint)
                exited[name].append(to_exit)
                memory[name].append(rss)
    start = {name: statistics.median(values) for name, values in painted.items()}
    end = {name: statistics.median(values) for name, values in exited.items()}
    peak = {name: max(values) for name, values in memory.items()}
    return {
        "startup_s": round(start["carnet"], 3),
        "baseline_startup_s": round(start["baseline"], 3),
        "startup_ratio": round(start["carnet"] / start["baseline"], 3),
        "spawn_to_exit_ratio": round(end["carnet"] / end["baseline"], 3),
        "baseline_rss_mb": round(peak["baseline"], 1),
    }


def interactive(db: Path) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as home:
        copy = Path(home) / db.name
        shutil.copyfile(db, copy)
        output = subprocess.run([PYTHON, str(HERE / "interactive.py"), str(copy)], env=environment(home),
                                check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def dashboard(db: Path) -> dict[str, float]:
    """The dashboard's figures (bench/dashboard.py), in a process of their own."""
    with tempfile.TemporaryDirectory() as home:
        output = subprocess.run([PYTHON, str(HERE / "dashboard.py"), str(db)], env=environment(home),
                                check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scales", default="10k,100k")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    results: dict[str, dict[str, float]] = {}
    for scale in args.scales.split(","):
        db = database(scale)
        figures = {**startup_and_memory(db, args.runs), **interactive(db), **dashboard(db)}
        figures["rss_mb_over_baseline"] = round(figures["rss_mb"] - figures["baseline_rss_mb"], 1)
        results[scale] = figures
    (HERE / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    keys = ["startup_ratio", "startup_s", "baseline_startup_s", "spawn_to_exit_ratio", "drop_ms_median",
            "filter_ms_median", "dashboard_ms", "dashboard_tab_ms",
            "full_load_ms", "services_load_ms", "rss_mb_over_baseline", "rss_mb", "baseline_rss_mb"]
    print(f"{'figure':<24}" + "".join(f"{scale:>10}" for scale in results))
    for key in keys:
        print(f"{key:<24}" + "".join(f"{results[scale].get(key, float('nan')):>10}" for scale in results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
