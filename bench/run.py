"""Carnet's benchmarks (SPEC §5): figures at 10k and 100k contacts against a baseline of the same run.

    python bench/run.py [--scales 10k,100k] [--runs 5]

The baseline is bench/baseline_window.py: a bare PySide6 window whose script also imports sqlmodel,
started and measured exactly like Carnet. Writes bench/results.json, prints every figure with its goal,
and exits 1 when a goal is missed (a benchmark, not a timed test: run it by hand, on a quiet machine).
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


def stalls(db: Path) -> dict[str, object]:
    """The stall meter (bench/stalls.py) on a copy of the database, in a fresh home: the day's backup is due."""
    with tempfile.TemporaryDirectory() as home:
        copy = Path(home) / db.name
        shutil.copyfile(db, copy)
        output = subprocess.run([PYTHON, str(HERE / "stalls.py"), str(copy)], env=environment(home),
                                check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


# The stall meter's actions: the longest time the window's thread did not answer, in each.
STALL_ACTIONS = ("startup", "filter", "drop", "tab_dashboard", "tab_to_do_today", "tab_gifts", "tab_archived",
                 "tab_to_review", "dashboard_write")
# Goals (SPEC §5 and issue 19): the figure's key, "<" or "<=", the limit; per scale where they differ.
GOALS: dict[str, list[tuple[str, str, float]]] = {
    "10k": [("startup_ratio", "<=", 1.25), ("drop_ms_median", "<", 5), ("filter_ms_median", "<", 30),
            ("dashboard_ms", "<", 200), ("dashboard_after_write_ms", "<", 200), ("rss_mb_over_baseline", "<", 80),
            *((f"stall_{action}_max_ms", "<", 100) for action in STALL_ACTIONS)],
    "100k": [("startup_ratio", "<=", 1.25), ("drop_ms_median", "<", 5), ("filter_ms_median", "<", 30),
             ("dashboard_after_write_ms", "<", 200), ("rss_mb_over_baseline", "<", 120),
             *((f"stall_{action}_max_ms", "<", 100) for action in STALL_ACTIONS)],
}


def flatten_stalls(measured: dict[str, object]) -> dict[str, float]:
    """``{"drop": {"max_ms": …, "over_50": …}}`` → ``stall_drop_max_ms``, ``stall_drop_over_50``…"""
    flat: dict[str, float] = {}
    for key, value in measured.items():
        if isinstance(value, dict):
            flat.update({f"stall_{key}_{name}": figure for name, figure in value.items()})
        else:
            flat[key] = float(value)  # type: ignore[arg-type]
    return flat


def missed(scale: str, figures: dict[str, float]) -> list[str]:
    out = []
    for key, comparison, limit in GOALS.get(scale, []):
        value = figures.get(key)
        ok = value is not None and (value < limit if comparison == "<" else value <= limit)
        if not ok:
            out.append(key)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scales", default="10k,100k")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    results: dict[str, dict[str, float]] = {}
    for scale in args.scales.split(","):
        db = database(scale)
        figures = {**startup_and_memory(db, args.runs), **interactive(db), **dashboard(db),
                   **flatten_stalls(stalls(db))}
        figures["rss_mb_over_baseline"] = round(figures["rss_mb"] - figures["baseline_rss_mb"], 1)
        results[scale] = figures
    (HERE / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    keys = ["startup_ratio", "startup_s", "baseline_startup_s", "spawn_to_exit_ratio", "drop_ms_median",
            "filter_ms_median", "filter_ms_max", "dashboard_ms", "dashboard_after_write_ms", "dashboard_tab_ms",
            "full_load_ms", "services_load_ms", "rss_mb_over_baseline", "rss_mb", "baseline_rss_mb",
            "startup_open_ms", "startup_settled_ms",
            *(f"stall_{action}_{name}" for action in STALL_ACTIONS for name in ("max_ms", "over_50", "over_100"))]
    goals = {key: f"{comparison} {limit:g}" for scale in results for key, comparison, limit in GOALS.get(scale, [])}
    failures = {scale: missed(scale, figures) for scale, figures in results.items()}
    print(f"{'figure':<34}{'goal':>8}" + "".join(f"{scale:>12}" for scale in results))
    for key in keys:
        cells = []
        for scale in results:
            value = results[scale].get(key, float("nan"))
            mark = " ✗" if key in failures[scale] else (" ✓" if any(g[0] == key for g in GOALS.get(scale, [])) else "")
            cells.append(f"{value:>10g}{mark:2}")
        print(f"{key:<34}{goals.get(key, '—'):>8}" + "".join(f"{cell:>12}" for cell in cells))
    missing = [f"{scale} {key}" for scale, keys_missed in failures.items() for key in keys_missed]
    if missing:
        print("missed: " + ", ".join(missing))
        return 1
    print("every goal held")
    return 0


if __name__ == "__main__":
    sys.exit(main())
