"""Never lose a line (SPEC §4): a process killed in the middle of its writes leaves a sound database that
holds every change it had reported as committed."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from carnet.services.demo_data import generate_demo_data
from carnet.storage import Database

WORKER = Path(__file__).with_name("crash_worker.py")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_killed_writer_loses_nothing_it_reported(tmp_path: Path, seed: int) -> None:
    path = tmp_path / "carnet.sqlite3"
    with Database.open(path) as database:
        generate_demo_data(database, 40, seed=seed)
    worker = subprocess.Popen(
        [sys.executable, str(WORKER), str(path), str(seed)], stdout=subprocess.PIPE, text=True
    )
    assert worker.stdout is not None
    assert worker.stdout.readline().strip() == "ready"
    time.sleep(random.Random(seed).uniform(0.3, 1.2))  # a random moment, mid-transaction or not
    os.kill(worker.pid, signal.SIGKILL)
    reported = worker.stdout.read().splitlines()
    worker.wait()
    assert len(reported) > 5, "the worker should have committed something before being killed"

    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        amounts = {row[0] for row in connection.execute("SELECT amount_cents FROM payment")}
        moves = Counter(connection.execute("SELECT contact_id, from_stage, to_stage FROM stage_change").fetchall())
    expected_moves: Counter[tuple[int, str, str]] = Counter()
    for line in reported:
        kind, contact_id, *rest = line.split()
        if kind == "payment":
            assert int(rest[0]) in amounts, f"reported but lost: {line}"
        else:
            expected_moves[(int(contact_id), rest[0], rest[1])] += 1
    for move, count in expected_moves.items():
        assert moves[move] >= count, f"reported but lost: {move}"
    # The lock died with the process: Carnet opens the file again.
    with Database.open(path):
        pass
