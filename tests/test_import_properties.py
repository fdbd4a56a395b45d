"""Any file either imports cleanly or is reported: never a crash, never half an import (hypothesis)."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carnet.domain.errors import CarnetError
from carnet.io.csv_import import guess_mapping, read_csv, validate
from carnet.io.vcard_import import read_vcards
from carnet.services.importing import import_plan
from carnet.storage import Database

HEADERS = ["Nom", "Prénom", "Email", "Société", "Téléphone", "Tags", "Notes", "First Name", "E-mail 1 - Value"]
cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20)
row = st.lists(cell, min_size=0, max_size=len(HEADERS) + 2)
separators = st.sampled_from([",", ";", "\t"])
encodings = st.sampled_from(["utf-8", "utf-8-sig", "cp1252"])
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def contact_count(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT count(*) FROM contact").fetchone()[0]


def render(rows: list[list[str]], separator: str) -> str:
    def quote(value: str) -> str:
        needs = any(ch in value for ch in (separator, '"', "\n", "\r"))
        return '"' + value.replace('"', '""') + '"' if needs else value

    lines = [separator.join(HEADERS)] + [separator.join(quote(v) for v in r) for r in rows]
    return "\r\n".join(lines) + "\r\n"


@SETTINGS
@given(rows=st.lists(row, max_size=8), separator=separators, encoding=encodings)
def test_any_csv_imports_whole_or_not_at_all(rows: list[list[str]], separator: str, encoding: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "contacts.csv"
        try:
            source.write_bytes(render(rows, separator).encode(encoding))
        except UnicodeEncodeError:
            return  # text cp1252 cannot hold is not a cp1252 file
        try:
            parsed = read_csv(source)
        except CarnetError:
            return  # reported, not crashed
        plan = validate(parsed, guess_mapping(parsed.headers))
        db_path = Path(folder) / "carnet.sqlite3"
        with Database.open(db_path) as database:
            try:
                imported = import_plan(database, plan, skip_bad=False).imported
            except CarnetError:
                assert plan.bad
                assert contact_count(db_path) == 0  # nothing half-written
                return
            assert not plan.bad
            assert imported == len(plan.good) == contact_count(db_path)


@SETTINGS
@given(text=st.text(max_size=300))
def test_any_text_as_a_vcard_file_is_read_or_reported(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "cards.vcf"
        source.write_text("BEGIN:VCARD\r\n" + text + "\r\nEND:VCARD\r\n", encoding="utf-8")
        try:
            plan = read_vcards(source)
        except CarnetError:
            return
        assert len(plan.good) + len(plan.bad) >= 1
        assert all(problem.line >= 1 for problem in plan.bad)
