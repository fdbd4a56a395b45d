"""Search everything (issue 16): a full-text index of every contact, kept up to date by triggers.

``contact_search`` is an SQLite FTS5 table holding one row per contact (its rowid is the contact's id): the
contact's texts, its further emails, phones and addresses, its interactions' summaries and its payments'
descriptions and references, in eight columns, so that a hit can say where it matched, and a ninth holding
every phone's digits alone (apart, so that a snippet of the contact's coordinates does not show them). The
tokenizer folds case and accents (``remove_diacritics 2``: "Lefèvre" is found by "lefevre"); the prefix
indexes make the first one or two letters typed as quick as the rest; ``detail=column`` keeps which column
holds a word but not where in it, which is all the search asks (no phrase queries) and halves the index.

Triggers on contact, contact_detail, interaction and payment rebuild a contact's row whenever one of its parts
changes: they run inside each write's own transaction, so no service can forget the index, and an import, a
merge, an undo or a restored snapshot keep it right as a single edit does. A stage move or a new position
(`UPDATE OF` lists only the searched columns) fires nothing: a drop stays as quick as before.

The table stores its own copy of the texts (about 40 % of the index at 100,000 contacts). A contentless or
external-content table would not: but with SQLite 3.40 (Debian 12's, and the oldest Carnet supports) a
contentless row cannot be deleted by id, and deleting from an external-content index needs the exact old
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


# Everything searched of one contact, one column each (COLUMNS); the contact's id is ``{id}``.
_ROW = f"""
INSERT INTO {TABLE} (rowid, {", ".join(COLUMNS)})
SELECT c.id, {_text("c.display_name")}, {_text("c.organisation")}, {_text("c.role")},
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
                    WHERE d.contact_id = c.id AND d.kind = 'phone'), '')
FROM contact AS c"""

# The contact's columns that are searched: only a change to one of them rebuilds the row.
_SEARCHED = ("display_name", "organisation", "role", "email", "phone", "website", "address", "tags", "notes",
             "qualification_note", "recommends_how", "gift_preferences", "archive_note")


def _rebuild(contact_id: str, when: str = "") -> str:
    """Statements that write the row of the contact whose id is the SQL expression ``contact_id`` again (none
    if it no longer exists), under the extra condition ``when``."""
    extra = f" AND {when}" if when else ""
    return (f"DELETE FROM {TABLE} WHERE rowid = {contact_id}{extra}; "
            f"{_ROW} WHERE c.id = {contact_id}{extra};")


def _parts(table: str, columns: str) -> dict[str, str]:
    """The three triggers of a table whose rows belong to a contact (``contact_id``): a moved row (a merge)
    rebuilds both contacts."""
    return {
        f"{TABLE}_{table}_insert": f"AFTER INSERT ON {table} BEGIN {_rebuild('new.contact_id')} END",
        f"{TABLE}_{table}_update": (
            f"AFTER UPDATE OF {columns}, contact_id ON {table} BEGIN "
            f"{_rebuild('old.contact_id', 'old.contact_id IS NOT new.contact_id')} {_rebuild('new.contact_id')} END"
        ),
        f"{TABLE}_{table}_delete": f"AFTER DELETE ON {table} BEGIN {_rebuild('old.contact_id')} END",
    }


TRIGGERS = {
    f"{TABLE}_contact_insert": f"AFTER INSERT ON contact BEGIN {_rebuild('new.id')} END",
    f"{TABLE}_contact_update": (
        f"AFTER UPDATE OF {', '.join(_SEARCHED)}, id ON contact BEGIN "
        f"DELETE FROM {TABLE} WHERE rowid = old.id; {_rebuild('new.id')} END"
    ),
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
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute(_ROW)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.execute(f"DROP TABLE {TABLE}")
