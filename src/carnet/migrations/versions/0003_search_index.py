"""Search everything (issue 16): a full-text index of every contact, kept up to date by triggers.

``contact_search`` is an SQLite FTS5 table holding one row per contact (its rowid is the contact's id): the
contact's texts, its further emails, phones and addresses, its interactions' summaries and its payments'
descriptions and references, in eight columns, so that a hit can say where it matched, and a ninth holding
every phone's digits alone (apart, so that a snippet of the contact's coordinates does not show them). The
tokenizer folds case and accents (``remove_diacritics 2``: "Lefèvre" is found by "lefevre"); the prefix
indexes make the first one or two letters typed as quick as the rest; ``detail=column`` keeps which column
holds a word but not where in it, which is all the search asks (no phrase queries) and halves the index.

Triggers on contact, contact_detail, interaction and payment note every contact one of whose parts changed in
``contact_search_stale``; `carnet.storage.database.Database.transaction` writes those contacts' rows again
(from the view ``contact_search_source``) just before it commits, in the same transaction, and empties the
table. The triggers run inside each write's own transaction whatever wrote it, so no service can forget the
index, and an import, a merge, an undo or a restored snapshot keep it right as a single edit does. A stage
move or a new position (`UPDATE OF` lists only the searched columns) notes nothing: a drop stays as quick as
before. A deleted contact leaves the index at once (an erasure then merges the index:
`carnet.storage.sql.search.FORGET_ERASED`).

Why not rebuild the row in the trigger itself: FTS5 writes its pending words out as a new segment whenever a
row is deleted right after it was written in the same transaction, so a rebuild per further email or per
interaction cost one segment each, and more as the segments pile up: importing 10,000 rows of a Google export
(three further values each) took 4.3 s, 40,000 rows 20.6 s. Rebuilt once per contact before the commit, in
rowid order, the words are written out as usual: 1.8 s and 6.8 s (1.1 s and 5.3 s without any index).

The table stores its own copy of the texts (about half of the index's size). A contentless or
external-content table would not: but with SQLite 3.40 (Debian 12's, where Carnet is developed) a contentless
row cannot be deleted by id, and deleting from an external-content index needs the exact old
texts, which a trigger running after the change no longer has; a mistake there corrupts the index in silence.

The index is filled here from the existing rows.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-10
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TABLE = "contact_search"
COLUMNS = ("name", "organisation", "role", "coordinates", "tags", "notes", "interactions", "payments",
           "phone_digits")
NL = "char(10)"


def _text(column: str) -> str:
    # As the board reads texts: a value stored with another type still reads as text, NULL as empty.
    return f"coalesce(CAST({column} AS TEXT), '')"


def _lines(*columns: str) -> str:
    return f" || {NL} || ".join(_text(column) for column in columns)


def _digits(value: str) -> str:
    """A phone number's digits alone ("+33 6 12 34 56 78" → "33612345678"), so that "0612345678" finds
    "06 12 34 56 78" as well as the other way round (the query side joins the digits typed, too)."""
    for separator in (" ", ".", "-", "(", ")", "+", "/", "char(160)"):
        mark = separator if separator.startswith("char") else f"'{separator}'"
        value = f"replace({value}, {mark}, '')"
    return value


# Everything searched of each contact, one column each (COLUMNS) after its id.
SOURCE = f"{TABLE}_source"
_SOURCE_SELECT = f"""
SELECT c.id AS id, {_text("c.display_name")}, {_text("c.organisation")}, {_text("c.role")},
       {_lines("c.email", "c.phone", "c.website", "c.address")}
       || coalesce((SELECT {NL} || group_concat({_text("d.value")}, {NL}) FROM contact_detail AS d
                    WHERE d.contact_id = c.id), ''),
       {_text("c.tags")},
       {_lines("c.notes", "c.qualification_note", "c.recommends_how", "c.gift_preferences", "c.archive_note")},
       coalesce((SELECT group_concat({_text("i.summary")}, {NL}) FROM interaction AS i
                 WHERE i.contact_id = c.id), ''),
       coalesce((SELECT group_concat({_text("p.description")} || ' ' || {_text("p.reference")}, {NL})
                 FROM payment AS p WHERE p.contact_id = c.id), ''),
       {_digits(_text("c.phone"))}
       || coalesce((SELECT {NL} || group_concat({_digits(_text("d.value"))}, {NL}) FROM contact_detail AS d
                    WHERE d.contact_id = c.id AND +d.kind = 'phone'), '')
FROM contact AS c"""
# The unary + in ``+d.kind`` keeps SQLite off the (kind, value) index, which it otherwise picks: each contact's
# lookup then read every phone of the book (an import of 10,000 rows took 23 s instead of 1.8).

# The contacts whose row must be written again before the transaction commits.
STALE = f"{TABLE}_stale"

# The contact's columns that are searched: only a change to one of them notes the contact.
_SEARCHED = ("display_name", "organisation", "role", "email", "phone", "website", "address", "tags", "notes",
             "qualification_note", "recommends_how", "gift_preferences", "archive_note")


def _note(contact_id: str) -> str:
    return f"INSERT OR IGNORE INTO {STALE} (contact_id) VALUES ({contact_id});"


def _parts(table: str, columns: str) -> dict[str, str]:
    """The three triggers of a table whose rows belong to a contact (``contact_id``): a row moved to another
    contact (a merge) notes both."""
    return {
        f"{TABLE}_{table}_insert": f"AFTER INSERT ON {table} BEGIN {_note('new.contact_id')} END",
        f"{TABLE}_{table}_update": (f"AFTER UPDATE OF {columns}, contact_id ON {table} BEGIN "
                                    f"{_note('old.contact_id')} {_note('new.contact_id')} END"),
        f"{TABLE}_{table}_delete": f"AFTER DELETE ON {table} BEGIN {_note('old.contact_id')} END",
    }


TRIGGERS = {
    f"{TABLE}_contact_insert": f"AFTER INSERT ON contact BEGIN {_note('new.id')} END",
    f"{TABLE}_contact_update": (f"AFTER UPDATE OF {', '.join(_SEARCHED)}, id ON contact BEGIN "
                                f"{_note('old.id')} {_note('new.id')} END"),
    f"{TABLE}_contact_delete": f"AFTER DELETE ON contact BEGIN DELETE FROM {TABLE} WHERE rowid = old.id; END",
    **_parts("contact_detail", "kind, value"),
    **_parts("interaction", "summary"),
    **_parts("payment", "description, reference"),
}


def upgrade() -> None:
    op.execute(
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5({', '.join(COLUMNS)}, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2', detail = column)"
    )
    op.execute(f"CREATE TABLE {STALE} (contact_id INTEGER PRIMARY KEY)")
    op.execute(f"CREATE VIEW {SOURCE} AS {_SOURCE_SELECT}")
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute(f"INSERT INTO {TABLE} (rowid, {', '.join(COLUMNS)}) SELECT * FROM {SOURCE}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.execute(f"DROP VIEW {SOURCE}")
    op.execute(f"DROP TABLE {STALE}")
    op.execute(f"DROP TABLE {TABLE}")
