"""Migration 0002 → 0003 (issue 16, search everything) on a real 0002 file with data: a backup first, every row
kept, the index filled with the existing contacts (further details, interactions and payments included) and
kept up to date by its triggers from then on; the downgrade takes the index away and nothing else."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from carnet.domain.enums import InteractionKind
from carnet.migrations import HEAD
from carnet.services import log_interaction
from carnet.services.search import MatchedIn, search
from carnet.storage import Database, NewerSchema
from carnet.storage import migrate as migrate_module
from carnet.storage.engine import make_engine
from carnet.storage.sql import search as search_sql

TABLES = ("contact", "contact_detail", "stage_change", "interaction", "payment", "gift", "book_setting")
NOW = "2026-11-20 09:00:00.000000"


def migrate_to(path: Path, revision: str, *, down: bool = False) -> None:
    from alembic import command

    engine = make_engine(path, foreign_keys=False)
    with engine.begin() as connection:
        config = migrate_module._config()
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)
    engine.dispose()


def make_0002_file(path: Path) -> None:
    """A database at revision 0002, as Carnet left it before search everything, with a book in it."""
    migrate_to(path, "0002")
    with sqlite3.connect(path) as connection:
        for number, (name, organisation, email, phone, stage, archived_at) in enumerate([
            ("Zoé Lefèvre", "Atelier Œuvre", "zoe@atelier-oeuvre.fr", "+33 6 12 34 56 78", "client", None),
            ("Bruno Martin", "Boulangerie Martin", "bruno.martin@orange.fr", "", "lead", None),
            ("Hélène Dubois", "", "", "04 72 00 00 00", "prospect", NOW),
        ], start=1):
            connection.execute(
                "INSERT INTO contact (id, kind, display_name, organisation, role, email, phone, website, address, "
                "notes, tags, stage, position, temperature, budget, authority, need, timing, qualification_note, "
                "recommends_how, gift_preferences, archived_at, archive_reason, archive_note, created_at, "
                "updated_at) VALUES (?, 'person', ?, ?, '', ?, ?, '', '12 rue des Lilas\n69003 Lyon', "
                "'Met at the fair', 'salon', ?, ?, 'warm', 'unknown', 'unknown', 'unknown', 'unknown', '', '', '', "
                "?, ?, '', ?, ?)",
                (number, name, organisation, email, phone, stage, float(number), archived_at,
                 "no_budget" if archived_at else None, NOW, NOW),
            )
            connection.execute("INSERT INTO stage_change (contact_id, from_stage, to_stage, at) VALUES (?, NULL, ?, ?)",
                               (number, stage, NOW))
            connection.execute("INSERT INTO interaction (contact_id, kind, at, summary) VALUES (?, 'call', ?, ?)",
                               (number, NOW, f"Called {name} about the catalogue"))
        connection.execute("INSERT INTO contact_detail (contact_id, kind, label, value, position) VALUES "
                           "(1, 'email', 'Home', 'zoe.lefevre@gmail.com', 0), "
                           "(1, 'address', 'Holiday', 'Chalet des Aiguilles\n74400 Chamonix', 1)")
        connection.execute("INSERT INTO payment (contact_id, amount_cents, currency, status, paid_on, description, "
                           "method, reference, created_at) VALUES "
                           "(1, 668000, 'EUR', 'paid', '2026-11-21', 'Logo et cartes de visite', 'bank_transfer', "
                           "'F-2026-014', ?)", (NOW,))
        connection.execute("INSERT INTO gift (contact_id, year, what) VALUES (1, 2026, 'Chocolates')")
        connection.execute("INSERT INTO book_setting (key, value) VALUES ('home_currency', 'EUR')")


# What later migrations add (0004: a contact's follow-up time and note, the book's id) is no concern of 0003's.
LATER_COLUMNS = frozenset({"follow_up_time", "follow_up_note"})
LATER_SETTINGS = frozenset({"book_id"})


def dump(path: Path) -> dict[str, list[tuple]]:
    found = {}
    with sqlite3.connect(path) as connection:
        for table in TABLES:
            cursor = connection.execute(f"SELECT * FROM {table} ORDER BY 1")
            kept = [number for number, column in enumerate(cursor.description) if column[0] not in LATER_COLUMNS]
            found[table] = [tuple(row[number] for number in kept) for row in cursor
                            if table != "book_setting" or row[0] not in LATER_SETTINGS]
    return found


def version(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def schema_names(path: Path, kind: str) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = ?", (kind,))}


def found(db: Database, text: str) -> list[tuple[str, MatchedIn, bool]]:
    return [(hit.display_name, hit.matched_in, hit.archived) for hit in search(db, text)]


def test_the_index_is_filled_with_the_existing_book_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "carnet.sqlite3"
    make_0002_file(path)
    before = dump(path)

    with Database.open(path, daily_backup=False) as db:
        backup = db.migration_backup
        assert backup is not None and "before-migration-from-0002" in backup.name
        assert found(db, "zoe lefevre") == [("Zoé Lefèvre", MatchedIn.NAME, False)]
        assert found(db, "oeuvre") == [("Zoé Lefèvre", MatchedIn.ORGANISATION, False)]
        assert found(db, "gmail") == [("Zoé Lefèvre", MatchedIn.COORDINATES, False)]  # a further email
        assert found(db, "chamonix") == [("Zoé Lefèvre", MatchedIn.COORDINATES, False)]  # a further address
        assert found(db, "0472000000") == [("Hélène Dubois", MatchedIn.COORDINATES, True)]  # archived, marked
        assert found(db, "cartes") == [("Zoé Lefèvre", MatchedIn.PAYMENTS, False)]
        assert found(db, "F-2026-014") == [("Zoé Lefèvre", MatchedIn.PAYMENTS, False)]
        assert [name for name, where, _ in found(db, "catalogue")] == ["Bruno Martin", "Zoé Lefèvre", "Hélène Dubois"]
        assert {where for _, where, _ in found(db, "catalogue")} == {MatchedIn.INTERACTIONS}
        assert found(db, "salon") == [("Bruno Martin", MatchedIn.TAGS, False), ("Zoé Lefèvre", MatchedIn.TAGS, False),
                                      ("Hélène Dubois", MatchedIn.TAGS, True)]
        assert search(db, "chocolates") == []  # gifts are not searched

    assert version(path) == HEAD
    assert dump(path) == before  # nothing else changed
    assert dump(backup) == before and version(backup) == "0002"
    assert search_sql.TABLE not in schema_names(backup, "table")
    with sqlite3.connect(path) as connection:
        assert connection.execute(f"SELECT rowid FROM {search_sql.TABLE} ORDER BY rowid").fetchall() == [
            (1,), (2,), (3,)]
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        connection.execute(f"INSERT INTO {search_sql.TABLE} ({search_sql.TABLE}) VALUES ('integrity-check')")


def test_after_the_migration_the_triggers_keep_the_index(tmp_path: Path) -> None:
    path = tmp_path / "carnet.sqlite3"
    make_0002_file(path)
    with Database.open(path, daily_backup=False) as db:
        log_interaction(db, 2, InteractionKind.MEETING, "Tasting of the new sourdough")
        assert found(db, "sourdough") == [("Bruno Martin", MatchedIn.INTERACTIONS, False)]
    triggers = schema_names(path, "trigger")
    assert len(triggers) == 12 and all(name.startswith(f"{search_sql.TABLE}_") for name in triggers)
    for table in ("contact", "contact_detail", "interaction", "payment"):
        assert {f"{search_sql.TABLE}_{table}_{event}" for event in ("insert", "update", "delete")} <= triggers
    assert schema_names(path, "view") == {search_sql.SOURCE}
    assert search_sql.STALE in schema_names(path, "table")
    with sqlite3.connect(path) as connection:  # every write brought its contacts' rows up to date before its commit
        assert connection.execute(f"SELECT count(*) FROM {search_sql.STALE}").fetchone() == (0,)


def test_a_write_from_outside_carnet_is_indexed_by_the_next_write(tmp_path: Path) -> None:
    # Another program (the sqlite3 shell) writing the file: the triggers note the contact, and Carnet's next
    # transaction, whatever it writes, brings its row up to date.
    path = tmp_path / "carnet.sqlite3"
    make_0002_file(path)
    with Database.open(path, daily_backup=False):
        pass
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE contact SET notes = 'Allergic to hazelnuts' WHERE id = 2")
        assert connection.execute(f"SELECT contact_id FROM {search_sql.STALE}").fetchall() == [(2,)]
    with Database.open(path, daily_backup=False) as db:
        assert search(db, "hazelnuts") == []
        log_interaction(db, 1, InteractionKind.EMAIL, "Sent the quote")
        assert found(db, "hazelnuts") == [("Bruno Martin", MatchedIn.NOTES, False)]
        assert found(db, "quote") == [("Zoé Lefèvre", MatchedIn.INTERACTIONS, False)]


def test_the_downgrade_takes_the_index_away_and_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / "carnet.sqlite3"
    make_0002_file(path)
    with Database.open(path, daily_backup=False):
        pass
    before = dump(path)
    migrate_to(path, "0002", down=True)
    assert version(path) == "0002"
    assert not {name for name in schema_names(path, "table") if name.startswith(search_sql.TABLE)}
    assert schema_names(path, "trigger") == set() and schema_names(path, "view") == set()
    assert dump(path) == before
    # A 0002 Carnet writes without the index; the next upgrade indexes what it wrote.
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE contact SET display_name = 'Bruno Martineau' WHERE id = 2")
    with Database.open(path, daily_backup=False) as db:
        assert found(db, "martineau") == [("Bruno Martineau", MatchedIn.NAME, False)]


def test_a_carnet_that_only_knows_0002_refuses_the_migrated_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Its writes would leave the index behind without a word: it must not open the file at all.
    path = tmp_path / "carnet.sqlite3"
    make_0002_file(path)
    with Database.open(path, daily_backup=False) as db:
        assert db.reader().execute("SELECT count(*) FROM contact").fetchone() == (3,)
    before = path.read_bytes()
    monkeypatch.setattr(migrate_module, "HEAD", "0002")
    monkeypatch.setattr(migrate_module, "known_revisions", lambda: {"0001", "0002"})
    with pytest.raises(NewerSchema) as refused:
        Database.open(path, daily_backup=False)
    assert HEAD in refused.value.message
    assert path.read_bytes() == before


def test_a_new_book_starts_with_an_empty_index(db: Database) -> None:
    assert db.reader().execute(f"SELECT count(*) FROM {search_sql.TABLE}").fetchone() == (0,)
    assert search(db, "a") == []
