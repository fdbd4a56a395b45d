"""A process killed while it issues invoices (SIGKILL, a real subprocess) leaves every series unbroken: each number
it reported is in the file once, no number is skipped nor given twice, the counters agree with the documents,
and the next issue takes the next number."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from carnet.domain.business_identity import Address, BusinessIdentity
from carnet.domain.enums import Stage
from carnet.domain.invoicing import DocumentDraft, LineDraft
from carnet.services import ContactDraft, create_contact
from carnet.services.business import save_business_identity
from carnet.services.invoices import create_invoice, issue_document
from carnet.storage import Database

WORKER = Path(__file__).with_name("invoice_crash_worker.py")
STUDIO = BusinessIdentity(name="Studio Martin", address=Address(("3 place Bellecour",), "69002", "Lyon"),
                          siren="732829320", vat_number="FR44732829320")
YEAR = date.today().year


def make_book(path: Path) -> int:
    with Database.open(path, daily_backup=False) as db:
        save_business_identity(db, STUDIO)
        contact = create_contact(db, ContactDraft(display_name="Zoé Lefèvre", stage=Stage.PROSPECT,
                                                  address="12 rue des Lilas\n69001 Lyon"))
        assert contact.id is not None
        return contact.id


def check_series(path: Path) -> dict[str, list[int]]:
    """Every series of the file: its numbers 1…n without gap nor repeat, its counter at n, each number's text
    made from its sequence; the drafts have none."""
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = connection.execute("SELECT CAST(kind AS TEXT), CAST(status AS TEXT), number, year, seq FROM document "
                                  "ORDER BY id").fetchall()
        counters = dict(((kind, year), last) for kind, year, last in connection.execute(
            "SELECT CAST(kind AS TEXT), year, last_seq FROM document_counter"))
    series: dict[str, list[int]] = {}
    for kind, status, number, year, seq in rows:
        if status == "draft":
            assert number is None and seq is None
            continue
        assert year == YEAR and number == f"{'F' if kind == 'invoice' else 'A'}-{YEAR}-{seq:04d}"
        series.setdefault(kind, []).append(seq)
    for kind, seqs in series.items():
        assert seqs == list(range(1, len(seqs) + 1)), f"{kind}: a gap or a repeat in {seqs}"
        assert counters[(kind, YEAR)] == len(seqs)
    assert set(counters) == {(kind, YEAR) for kind in series}
    return series


@pytest.mark.parametrize("seed", [1, 2])
def test_a_writer_killed_at_a_random_moment_leaves_the_series_unbroken(tmp_path: Path, seed: int) -> None:
    path = tmp_path / "carnet.sqlite3"
    contact_id = make_book(path)
    worker = subprocess.Popen([sys.executable, str(WORKER), str(path), str(contact_id), "random"],
                              stdout=subprocess.PIPE, text=True)
    assert worker.stdout is not None
    assert worker.stdout.readline().strip() == "ready"
    time.sleep(random.Random(seed).uniform(0.8, 1.6))  # a random moment, mid-transaction or not
    os.kill(worker.pid, signal.SIGKILL)
    reported = worker.stdout.read().splitlines()
    worker.wait()
    issued = [line.split()[2] for line in reported if line.startswith(("issued", "credited"))]
    assert len(issued) > 3, "the worker should have issued something before being killed"
    series = check_series(path)
    with sqlite3.connect(path) as connection:
        numbers = {row[0] for row in connection.execute("SELECT number FROM document WHERE number IS NOT NULL")}
    assert set(issued) <= numbers, "a reported number was lost"
    assert len(numbers) - len(issued) <= 1  # at most the one being committed when the kill came
    # The next issue takes the next number.
    with Database.open(path, daily_backup=False) as db:
        draft = create_invoice(db, DocumentDraft(contact_id, (LineDraft("Audit", 1, 90000, "20"),))).document_id
        assert issue_document(db, draft).number == f"F-{YEAR}-{len(series['invoice']) + 1:04d}"


def test_a_kill_inside_an_issue_leaves_neither_its_number_nor_its_counter(tmp_path: Path) -> None:
    path = tmp_path / "carnet.sqlite3"
    contact_id = make_book(path)
    run = subprocess.run([sys.executable, str(WORKER), str(path), str(contact_id), "mid-issue", "4"],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == -9, run.stderr
    lines = run.stdout.splitlines()
    # Three issued, a draft deleted, then it died holding the fourth number, not committed.
    assert lines[-2:] == ["deleted 4", f"dying F-{YEAR}-0004"], lines
    assert [line.split()[2] for line in lines if line.startswith("issued")] == [
        f"F-{YEAR}-{seq:04d}" for seq in (1, 2, 3)]
    series = check_series(path)
    assert series["invoice"] == [1, 2, 3]
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM document WHERE CAST(status AS TEXT) = 'draft'").fetchone() == (
            1,)  # the draft whose issue died is a draft still
        assert connection.execute("SELECT reference FROM payment ORDER BY id").fetchall() == [
            (f"F-{YEAR}-{seq:04d}",) for seq in (1, 2, 3)]  # no open payment of the number that was never given
        dying = connection.execute("SELECT id FROM document WHERE CAST(status AS TEXT) = 'draft'").fetchone()[0]
    with Database.open(path, daily_backup=False) as db:
        assert issue_document(db, dying).number == f"F-{YEAR}-0004"
    assert check_series(path)["invoice"] == [1, 2, 3, 4]
