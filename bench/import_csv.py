"""Importing 10,000 CSV rows (SPEC §5: under 10 s), against a baseline of the same run.

The CSV is Carnet's own export of the 10k benchmark database (bench/.data/10k.sqlite3, made by bench/run.py);
it is imported into an empty database through the same code as `carnet import`. The baseline is the stdlib
csv module reading the same file, the floor of any CSV import.

    python bench/import_csv.py
"""

from __future__ import annotations

import csv
import json
import sys
import tempfile
import time
from pathlib import Path

from carnet.io.csv_export import write_contacts_csv
from carnet.io.csv_import import guess_mapping, read_csv, validate
from carnet.services.importing import find_plan_duplicates, import_plan
from carnet.storage import Database

HERE = Path(__file__).resolve().parent


def main() -> int:
    source_db = HERE / ".data" / "10k.sqlite3"
    if not source_db.exists():
        print("run bench/run.py --scales 10k first: it makes bench/.data/10k.sqlite3", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        csv_path = Path(folder) / "contacts.csv"
        source = Database.open_read_only(source_db)
        rows = write_contacts_csv(source, csv_path)
        source.close()

        started = time.perf_counter()
        with csv_path.open(encoding="utf-8-sig", newline="") as handle:
            baseline_rows = sum(1 for _ in csv.reader(handle))
        baseline_s = time.perf_counter() - started

        started = time.perf_counter()
        parsed = read_csv(csv_path)
        plan = validate(parsed, guess_mapping(parsed.headers))
        with Database.open(Path(folder) / "empty.sqlite3") as target:
            imported = import_plan(target, plan, skip_bad=True).imported
            import_s = time.perf_counter() - started
            # The wizard's duplicate search, at its worst: every row of the file is already in the book.
            started = time.perf_counter()
            duplicates = len(find_plan_duplicates(target, plan))
            duplicates_s = time.perf_counter() - started
    figures = {
        "rows": rows, "baseline_rows": baseline_rows - 1, "imported": imported, "bad": len(plan.bad),
        "import_s": round(import_s, 2), "csv_read_baseline_s": round(baseline_s, 3),
        "duplicates": duplicates, "duplicate_search_s": round(duplicates_s, 2),
        "ratio": round(import_s / baseline_s, 1),
    }
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
