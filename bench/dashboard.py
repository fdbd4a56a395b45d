"""How long the dashboard takes to compute on a database (SPEC §5: under 200 ms at 10k contacts).

Run by bench/run.py in a fresh process per database; prints one JSON object. ``dashboard_ms`` is the median
of reading the rows (one transaction) and computing every panel for the default period (last 12 months);
``dashboard_tab_ms`` is building the whole tab with its charts, once, for information.

The incremental dashboard (issue 19, `analytics.incremental`): ``dashboard_facts_ms`` is building its rows per
contact and totals from the rows read (median), ``dashboard_facts_first_ms`` that and making every panel from them (what
the tab's first read does after reading: compare with ``dashboard_compute_ms``); ``dashboard_update_ms`` the
median of following a write of three contacts — reading their rows again (`contact_rows`), replacing their
contributions and making the figures —, ``dashboard_update_cold_ms`` the same after a payment recorded today for
a referred contact (RFM, PMG and the referrers' table change), and ``dashboard_update_first_ms`` the first such
update (RFM and PMG then gather what they follow their clients with, the rows are grouped per contact).

With ``--as-reader`` every step runs as the window's reader runs it in a big book: the cycle collector paused, what
survives frozen (`carnet.collector`); without it, a full collection may walk every row read in the middle of a step.

    python bench/dashboard.py DB [--runs 9] [--as-reader]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from carnet import collector
from carnet.analytics.common import Period
from carnet.analytics.dashboard import compute_dashboard
from carnet.services.dashboard_read import dashboard_rows
from carnet.storage import Database


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--as-reader", action="store_true",
                        help="each step with the cycle collector paused, its survivors frozen, as the window's reader "
                             "runs it (ui/read_worker.py)")
    args = parser.parse_args()

    @contextlib.contextmanager
    def step() -> Iterator[None]:
        if not args.as_reader:
            yield
            return
        collector.collect_young()
        with collector.paused():
            yield
        collector.keep_survivors()

    database = Database.open(args.db, exclusive=False, daily_backup=False)
    reads, computes, totals = [], [], []
    for _ in range(args.runs):
        with step():
            started = time.perf_counter()
            rows = dashboard_rows(database)
            read = time.perf_counter()
            compute_dashboard(rows, Period.last_12_months(rows.today))
            done = time.perf_counter()
        reads.append((read - started) * 1000)
        computes.append((done - read) * 1000)
        totals.append((done - started) * 1000)

    import random

    from carnet.analytics.incremental import DashboardFacts
    from carnet.analytics.rows import PAID, PaymentRow
    from carnet.services.dashboard_read import contact_rows

    builds, firsts = [], []
    made: list[DashboardFacts] = []
    for _ in range(args.runs):
        made.clear()  # the previous facts freed outside the timing: the tab's first read has none to free
        with step():
            started = time.perf_counter()
            facts = DashboardFacts(rows, Period.last_12_months(rows.today))
            built = time.perf_counter()
            facts.dashboard()
            finished = time.perf_counter()
        builds.append((built - started) * 1000)
        firsts.append((finished - started) * 1000)
        made.append(facts)
        del facts
    facts = made.pop()
    rng = random.Random(19)
    ids = sorted(facts.contacts)
    referred = [contact.id for contact in facts.contacts.values() if contact.referred_by is not None]
    updates: dict[bool, list[float]] = {False: [], True: []}
    for run in range(2 * args.runs + 1):
        # Cold (the first run, then every other one): a payment recorded today for a referred contact — the facts
        # are given it as if it had been read — so RFM, PMG and its referrer's row change.
        cold = not run % 2
        touched = [rng.choice(referred), *rng.sample(ids, 2)] if cold else rng.sample(ids, 3)
        with step():
            started = time.perf_counter()
            read = contact_rows(database, facts.to_read(touched))
            payments = list(read.payments)
            if cold:
                payments.append(PaymentRow(touched[0], PAID, read.home_currency, rng.randrange(1_000, 500_000),
                                           rows.today.toordinal()))
            facts.replace(read.contact_ids, read.contacts, read.stage_changes, payments, read.names,
                          read.home_currency)
            facts.dashboard()
            finished = time.perf_counter()
        updates[cold].append((finished - started) * 1000)
    first_update = updates[True].pop(0)  # RFM and PMG gather what they follow clients with at the first change

    from PySide6.QtWidgets import QApplication

    from carnet.ui.dashboard import DashboardTab

    app = QApplication(sys.argv[:1])
    started = time.perf_counter()
    tab = DashboardTab(database)
    tab.resize(1300, 900)
    tab.show()
    app.processEvents()
    tab_ms = (time.perf_counter() - started) * 1000
    tab.close()
    database.close()
    print(json.dumps({
        "dashboard_ms": round(statistics.median(totals), 1),
        "dashboard_ms_max": round(max(totals), 1),
        "dashboard_read_ms": round(statistics.median(reads), 1),
        "dashboard_compute_ms": round(statistics.median(computes), 1),
        "dashboard_tab_ms": round(tab_ms, 1),
        "dashboard_facts_ms": round(statistics.median(builds), 1),
        "dashboard_facts_first_ms": round(statistics.median(firsts), 1),
        "dashboard_update_ms": round(statistics.median(updates[False]), 1),
        "dashboard_update_cold_ms": round(statistics.median(updates[True]), 1),
        "dashboard_update_first_ms": round(first_update, 1),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
