"""Migration 0005 → 0006 (issue 20: quotes, invoices and credit notes) on a real 0005 file with data: a backup
first, every row kept, the new tables empty and usable (an existing contact invoiced and paid); a SIGKILL in the
middle leaves the 0005 file as it was; a Carnet that only knows 0005 refuses the migrated file; the downgrade takes
the new tables away and nothing else."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from carnet.domain.business_identity import Address, BusinessIdentity, ContactBilling
from carnet.domain.enums import Stage
from carnet.domain.invoicing import DocumentDraft, LineDraft
from carnet.migrations import HEAD
from carnet.services.business import save_business_identity, save_contact_billing
from carnet.services.invoices import create_invoice, issue_document, record_invoice_payment
from carnet.services.search import search
from carnet.storage import Database, NewerSchema
from carnet.storage import migrate as migrate_module
from carnet.storage.backup import backups_dir
from test_migration_0004 import migrate_to, schema, version
from test_migration_0005 import make_0004_file

TABLES = ("contact", "contact_detail", "stage_change", "interaction", "payment", "gift", "book_setting",
          "contact_sequence")
NEW_TABLES = {"business_identity", "contact_billing", "document", "document_line", "document_counter"}


def make_0005_file(path: Path) -> None:
    """A database at revision 0005 with a book in it: 0004's rows, and a contact following a sequence."""
    make_0004_file(path)
    migrate_to(path, "0005")
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO contact_sequence (contact_id, name, steps, step, started_on) VALUES "
                           "(2, 'New lead', '[{\"days\": 0, \"what\": \"Call\"}]', 0, '2026-11-30')")


def dump(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as connection:
        return {table: connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall() for table in TABLES}


def tables(path: Path) -> set[str]:
    return set(schema(path, "table"))


def test_a_0005_file_with_data_is_migrated_whole_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "carnet.sqlite3"
    make_0005_file(path)
    before, triggers, views = dump(path), schema(path, "trigger"), schema(path, "view")
    with Database.open(path, daily_backup=False) as db:
        backup = db.migration_backup
        assert backup is not None and "before-migration-from-0005" in backup.name
    assert version(path) == HEAD == "0006" and tables(path) >= NEW_TABLES
    assert dump(path) == before  # nothing of 0005's changed
    assert schema(path, "trigger") == triggers and schema(path, "view") == views  # the search index untouched
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        for table in NEW_TABLES:
            assert connection.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
    assert version(backup) == "0005" and dump(backup) == before and not NEW_TABLES & tables(backup)


def test_after_the_migration_an_existing_contact_is_invoiced_and_paid(tmp_path: Path) -> None:
    path = tmp_path / "carnet.sqlite3"
    make_0005_file(path)
    with Database.open(path, daily_backup=False) as db:
        save_business_identity(db, BusinessIdentity(name="Studio Martin", siren="732829320", vat_franchise=True,
                                                    address=Address(("3 place Bellecour",), "69002", "Lyon")))
        save_contact_billing(db, 1, ContactBilling(billing=Address(("12 rue des Lilas",), "69001", "Lyon")))
        invoice = create_invoice(db, DocumentDraft(1, (LineDraft("Logo", 1, 120000, None),))).document_id
        assert issue_document(db, invoice, date(2026, 11, 30)).number == "F-2026-0001"
        paid = record_invoice_payment(db, invoice, 120000, date(2026, 11, 30), move_to_client=True)
        assert paid.result.contact.stage is Stage.CLIENT and paid.due_cents == 0
        # The payment's reference is searched, as every payment's is (0003's index follows the new rows).
        assert [hit.display_name for hit in search(db, "F-2026-0001")] == ["Zoé Lefèvre"]


def test_a_sigkill_in_the_middle_of_the_migration_leaves_the_0005_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "carnet.sqlite3"
    make_0005_file(path)
    before = dump(path)
    worker = Path(__file__).with_name("migration_worker_0006.py")
    run = subprocess.run([sys.executable, str(worker), str(path)], capture_output=True, text=True, timeout=60)
    assert run.returncode == -9, run.stderr
    assert "migrating" in run.stdout  # it died inside the migration, three tables made but not committed
    assert version(path) == "0005" and not NEW_TABLES & tables(path) and dump(path) == before
    assert any("before-migration-from-0005" in p.name for p in backups_dir(path).iterdir())
    with Database.open(path, daily_backup=False):
        pass
    assert version(path) == HEAD and tables(path) >= NEW_TABLES and dump(path) == before


def test_a_carnet_that_only_knows_0005_refuses_the_migrated_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It could delete a contact whose invoices must stay, or edit a payment of an issued invoice unknowingly.
    path = tmp_path / "carnet.sqlite3"
    make_0005_file(path)
    with Database.open(path, daily_backup=False):
        pass
    before = path.read_bytes()
    monkeypatch.setattr(migrate_module, "HEAD", "0005")
    monkeypatch.setattr(migrate_module, "known_revisions", lambda: {"0001", "0002", "0003", "0004", "0005"})
    with pytest.raises(NewerSchema) as refused:
        Database.open(path, daily_backup=False)
    assert "0006" in refused.value.message
    assert path.read_bytes() == before


def test_the_downgrade_takes_the_tables_away_and_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / "carnet.sqlite3"
    make_0005_file(path)
    with Database.open(path, daily_backup=False):
        pass
    before, triggers = dump(path), schema(path, "trigger")
    migrate_to(path, "0005", down=True)
    assert version(path) == "0005" and not NEW_TABLES & tables(path)
    assert dump(path) == before and schema(path, "trigger") == triggers
    migrate_to(path, "0006")
    assert tables(path) >= NEW_TABLES
