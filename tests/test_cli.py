"""The scripting commands, run as a user would: through ``python -m carnet`` in a child process."""

from __future__ import annotations

import json
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from carnet.__main__ import main


def run_carnet(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "carnet", *args], capture_output=True, text=True, timeout=120, cwd=cwd
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    result = run_carnet("demo-data", "--db", str(path), "--contacts", "120")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["contact"] == 120
    return path


def stage_counts_sql(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT stage, count(*) FROM contact WHERE archived_at IS NULL GROUP BY stage"
        ).fetchall()
    return dict(rows)


def test_version_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == "Carnet 0.1.0"


def test_check_prints_counts_per_stage(demo_db: Path) -> None:
    result = run_carnet("check", "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    counts = json.loads(result.stdout)
    assert list(counts) == ["stranger", "visitor", "lead", "prospect", "client", "ambassador"]
    expected = stage_counts_sql(demo_db)
    assert counts == {stage: expected.get(stage, 0) for stage in counts}
    assert sum(counts.values()) > 100


def test_check_does_not_modify_the_file(demo_db: Path) -> None:
    before = demo_db.read_bytes()
    assert run_carnet("check", "--db", str(demo_db)).returncode == 0
    assert demo_db.read_bytes() == before


def test_check_fails_on_a_damaged_file(demo_db: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(demo_db.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # Scribble over the second page (a b-tree page): the header stays valid, the tree does not.
    data[page_size : page_size + 200] = b"\xff" * 200
    damaged.write_bytes(bytes(data))
    result = run_carnet("check", "--db", str(damaged))
    assert result.returncode != 0
    assert "damaged" in result.stderr


def test_check_fails_on_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite3"
    text.write_text("shopping list\n")
    result = run_carnet("check", "--db", str(text))
    assert result.returncode != 0
    assert "not" in result.stderr and "carnet:" in result.stderr
    assert text.read_text() == "shopping list\n"


def test_backup_writes_a_consistent_private_copy(demo_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite3"
    result = run_carnet("backup", "--db", str(demo_db), "--to", str(copy))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(copy)
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    with sqlite3.connect(copy) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert stage_counts_sql(copy) == stage_counts_sql(demo_db)


def test_backup_never_overwrites(demo_db: Path, tmp_path: Path) -> None:
    existing = tmp_path / "precious.sqlite3"
    existing.write_bytes(b"keep me")
    result = run_carnet("backup", "--db", str(demo_db), "--to", str(existing))
    assert result.returncode != 0
    assert "never overwrites" in result.stderr
    assert existing.read_bytes() == b"keep me"


def test_backup_defaults_to_the_backups_folder(demo_db: Path) -> None:
    result = run_carnet("backup", "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    written = Path(result.stdout.strip())
    assert written.parent == demo_db.parent / "backups"
    assert written.exists()


def test_demo_data_refuses_a_database_with_contacts(demo_db: Path) -> None:
    result = run_carnet("demo-data", "--db", str(demo_db), "--contacts", "5")
    assert result.returncode != 0
    assert "already holds contacts" in result.stderr


def test_export_csv_and_vcard(demo_db: Path, tmp_path: Path) -> None:
    csv_file = tmp_path / "contacts.csv"
    result = run_carnet("export", "--db", str(demo_db), "--format", "csv", str(csv_file))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["contacts"] == 120
    assert csv_file.read_bytes().startswith(b"\xef\xbb\xbf")
    vcard_file = tmp_path / "contacts.vcf"
    result = run_carnet("export", "--db", str(demo_db), "--format", "vcard", str(vcard_file))
    assert result.returncode == 0, result.stderr
    assert vcard_file.read_text(encoding="utf-8").count("BEGIN:VCARD") == 120


def test_export_never_overwrites(demo_db: Path, tmp_path: Path) -> None:
    existing = tmp_path / "keep.csv"
    existing.write_text("mine\n")
    result = run_carnet("export", "--db", str(demo_db), "--format", "csv", str(existing))
    assert result.returncode != 0
    assert "never overwrites" in result.stderr
    assert existing.read_text() == "mine\n"


CSV_WITH_A_BAD_ROW = (
    "Exported from my spreadsheet\n"
    "Nom;Prénom;Email;Société\n"
    "Lefèvre;Zoé;zoe@atelier-oeuvre.fr;Atelier Œuvre\n"
    ";;nobody@example.fr;\n"
    "Martin;Hugo;not-an-email;\n"
    "Nguyen;Anh;anh@example.vn;Saigon Studio\n"
)


def contact_count(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT count(*) FROM contact").fetchone()[0]


def test_import_dry_run_reports_as_json_and_writes_nothing(tmp_path: Path) -> None:
    source = tmp_path / "contacts.csv"
    source.write_text(CSV_WITH_A_BAD_ROW, encoding="cp1252")
    db = tmp_path / "carnet.sqlite3"
    result = run_carnet("import", "--db", str(db), str(source), "--dry-run", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["format"] == "csv"
    assert report["valid"] == 2
    assert [problem["line"] for problem in report["bad"]] == [4, 5]
    assert report["duplicates"] == 0
    assert "imported" not in report
    assert contact_count(db) == 0


def test_import_is_all_or_nothing_unless_told_to_skip_bad_rows(tmp_path: Path) -> None:
    source = tmp_path / "contacts.csv"
    source.write_text(CSV_WITH_A_BAD_ROW, encoding="cp1252")
    db = tmp_path / "carnet.sqlite3"
    refused = run_carnet("import", "--db", str(db), str(source), "--json")
    assert refused.returncode == 1
    assert contact_count(db) == 0
    done = run_carnet("import", "--db", str(db), str(source), "--json", "--skip-bad")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["imported"] == 2
    with sqlite3.connect(db) as connection:  # in the file's order, top-down
        names = [row[0] for row in connection.execute("SELECT display_name FROM contact ORDER BY position")]
    assert names == ["Zoé Lefèvre", "Anh Nguyen"]
    again = run_carnet("import", "--db", str(db), str(source), "--dry-run", "--json")
    assert json.loads(again.stdout)["duplicates"] == 2
    skipped = run_carnet("import", "--db", str(db), str(source), "--json", "--skip-bad", "--duplicates", "skip")
    assert json.loads(skipped.stdout) | {"bad": []} == {  # issue 14: the report gains the warnings
        "format": "csv", "valid": 2, "bad": [], "warnings": [], "duplicates": 2, "imported": 0, "merged": 0,
        "skipped": 2}
    assert contact_count(db) == 2


def test_import_a_vcard_file(tmp_path: Path) -> None:
    source = tmp_path / "phone.vcf"
    source.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoé Lefèvre\r\nORG:Atelier Œuvre\r\nitem1.EMAIL:zoe@atelier-oeuvre.fr\r\n"
        "END:VCARD\r\n", encoding="utf-8")
    db = tmp_path / "carnet.sqlite3"
    result = run_carnet("import", "--db", str(db), str(source), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {  # issue 14: the report gains the warnings
        "format": "vcard", "valid": 1, "bad": [], "warnings": [], "duplicates": 0, "imported": 1}
