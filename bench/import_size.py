"""Importing large files (issue 14, "Size"): time and peak memory of each case, in its own process.

The files are generated in a temporary folder: a Google-layout CSV (Google Contacts' "Google CSV" export,
36 columns, several values in one cell joined with " ::: ") of 10,000 and 200,000 rows, and a vCard with one
contact holding a 20 MB base64 PHOTO. Each case runs in a fresh interpreter; its peak memory is that
process's ru_maxrss (interpreter and imports included). The dry run is `carnet import FILE --dry-run --json`.

    python bench/import_size.py            # every case
    python bench/import_size.py csv-10k    # one case (csv-10k, csv-200k, dry-run-200k, vcard-photo)
"""

from __future__ import annotations

import base64
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEADER = ("First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,"
          "Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,"
          "Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,"
          "Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Address 1 - Label,"
          "Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,"
          "Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,Website 1 - Label,"
          "Website 1 - Value")
FIRST = ("Zoé", "Omar", "Léa", "Hugo", "Inès", "Jules", "Chloé", "Nathan", "Manon", "Louis")
LAST = ("Lefèvre", "Haddad", "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand")
PHOTO_BYTES = 20 * 1024 * 1024


def write_google_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(HEADER + "\r\n")
        for number in range(rows):
            first, last = FIRST[number % 10], LAST[number // 10 % 10]
            note = "Rencontré au salon.\nVeut un devis." if number % 7 == 0 else ""
            out.write(
                f'{first},,{last} {number},,,,,,,"{last}, {first}",Atelier {number % 500},Gérant,,1984-05-12,'
                f'"{note}",,Clients ::: * myContacts,* Work,c{number}@example.com,* Home,'
                f"p{number}@example.org ::: q{number}@example.net,Mobile,+33 6 12 {number % 100:02d} "
                f"{number // 100 % 100:02d} 78,Work,+33 1 43 55 00 11,Work,,12 rue de l'Église,Paris,,,75011,FR,,"
                f"Work,https://example.com/{number}\r\n")


def write_photo_vcard(path: Path) -> None:
    photo = base64.b64encode(os.urandom(PHOTO_BYTES)).decode("ascii")
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoé Lefèvre\r\nN:Lefèvre;Zoé;;;\r\n"
                  "EMAIL;TYPE=INTERNET:zoe@example.com\r\nPHOTO;ENCODING=b;TYPE=JPEG:")
        out.write(photo[:60] + "\r\n")
        for start in range(60, len(photo), 74):
            out.write(" " + photo[start:start + 74] + "\r\n")
        out.write("TEL;TYPE=CELL:+33 6 12 34 56 78\r\nEND:VCARD\r\n"
                  "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Omar Haddad\r\nEND:VCARD\r\n")


def _child(kind: str, source: Path, database: Path) -> None:
    """Run one case in this process and print its figures as JSON."""
    started = time.perf_counter()
    if kind == "dry-run":
        from carnet.cli.commands import import_file

        with open(os.devnull, "w") as devnull:
            saved, sys.stdout = sys.stdout, devnull
            try:
                code = import_file(database, source, dry_run=True, skip_bad=True, as_json=True)
            finally:
                sys.stdout = saved
        figures: dict[str, object] = {"exit": code}
    else:
        from carnet.io.csv_import import guess_mapping, read_csv, validate
        from carnet.io.vcard_import import read_vcards
        from carnet.services.importing import import_plan
        from carnet.storage import Database

        if kind == "vcard":
            plan = read_vcards(source)
        else:
            parsed = read_csv(source)
            plan = validate(parsed, guess_mapping(parsed.headers))
            del parsed  # as `carnet import` does: the text is not needed to write the rows
        read_s = time.perf_counter() - started
        with Database.open(database) as target:
            imported = import_plan(target, plan, skip_bad=True).imported
        figures = {"read_s": round(read_s, 2), "imported": imported, "bad": len(plan.bad)}
    figures["total_s"] = round(time.perf_counter() - started, 2)
    figures["peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)  # KiB on Linux
    print(json.dumps(figures))


def _run(kind: str, source: Path, database: Path) -> dict[str, object]:
    database.unlink(missing_ok=True)
    done = subprocess.run([sys.executable, __file__, "--child", kind, str(source), str(database)],
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


CASES = {  # name -> (what the child does, file, budget in s, budget in MB)
    "csv-10k": ("import", "10k.csv", 5, None),
    "csv-200k": ("import", "200k.csv", 60, 400),
    "dry-run-200k": ("dry-run", "200k.csv", 15, None),
    "vcard-photo": ("vcard", "photo.vcf", None, 300),
}


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        _child(argv[1], Path(argv[2]), Path(argv[3]))
        return 0
    chosen = argv or list(CASES)
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        files = {"10k.csv": lambda p: write_google_csv(p, 10_000), "200k.csv": lambda p: write_google_csv(p, 200_000),
                 "photo.vcf": write_photo_vcard}
        for name in chosen:
            kind, file_name, seconds, megabytes = CASES[name]
            source = here / file_name
            if not source.exists():
                files[file_name](source)
            figures = _run(kind, source, here / "target.sqlite3")
            figures |= {"case": name, "file_mb": round(source.stat().st_size / 1e6, 1),
                        "budget_s": seconds, "budget_mb": megabytes}
            print(json.dumps(figures), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
