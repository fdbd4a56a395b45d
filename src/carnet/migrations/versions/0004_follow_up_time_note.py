"""Follow-ups with a time and a note (issue 17): a contact's ``follow_up_time`` and ``follow_up_note``; and the
book's own id, which the calendar export builds its events' UIDs from.

``follow_up_time`` is SQLAlchemy's TIME (text such as "09:30:00.000000", as ``next_follow_up`` is its DATE
text), NULL for a follow-up at any time of its day; ``follow_up_note`` says what to do ("call back about the
quote"), '' for every existing follow-up. Nothing existing moves.

The columns are added with a plain ALTER TABLE ADD COLUMN, not Alembic's batch mode: a "move and copy" would
make the contact table anew and drop the search index's triggers on it (migration 0003).

The note is searched, with the contact's other notes (the index's ``notes`` column): the search index's view
and the trigger noting an edited contact are made again with it. They are built from migration 0003's own
pieces, so that the two say the same but for the note; no existing contact has a note yet, so no row of the
index changes here.

``book_id`` (a ``book_setting``) is a random UUID given to each book once, here: a calendar that imported
Carnet's events recognises them by UID at the next import (`carnet.io.ics_export`), so the UID must stay the
same across exports and edits, travel with the file (a copy or a restored backup is the same book), and differ
between two books. SQLite keeps no identity of a file that could serve; the ``carnet export`` command reads the
database without writing, so the id must be there before any export: a new book gets it too, since a new file
is made by running every migration.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-15
"""

import importlib
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

BOOK_ID = "book_id"
NOTE = "follow_up_note"

_search = importlib.import_module("carnet.migrations.versions.0003_search_index")
_NOTES_0003 = ("c.notes", "c.qualification_note", "c.recommends_how", "c.gift_preferences", "c.archive_note")
_UPDATE_TRIGGER = f"{_search.TABLE}_contact_update"


def _source(with_note: bool) -> str:
    """The search index's view (0003's), with the follow-up's note among the notes or without it."""
    if not with_note:
        return _search._SOURCE_SELECT
    notes = _search._lines(*_NOTES_0003)
    if notes not in _search._SOURCE_SELECT:
        raise RuntimeError("migration 0003's notes column changed: say it in 0004's _NOTES_0003 too")
    return _search._SOURCE_SELECT.replace(notes, _search._lines(*_NOTES_0003, f"c.{NOTE}"))


def _update_trigger(with_note: bool) -> str:
    searched = (*_search._SEARCHED, NOTE) if with_note else _search._SEARCHED
    return (f"AFTER UPDATE OF {', '.join(searched)}, id ON contact BEGIN "
            f"{_search._note('old.id')} {_search._note('new.id')} END")


def _search_with(with_note: bool) -> None:
    op.execute(f"DROP TRIGGER {_UPDATE_TRIGGER}")
    op.execute(f"DROP VIEW {_search.SOURCE}")
    op.execute(f"CREATE VIEW {_search.SOURCE} AS {_source(with_note)}")
    op.execute(f"CREATE TRIGGER {_UPDATE_TRIGGER} {_update_trigger(with_note)}")


def upgrade() -> None:
    op.add_column("contact", sa.Column("follow_up_time", sa.Time(), nullable=True))
    op.add_column("contact", sa.Column(NOTE, sa.String(), nullable=False, server_default=""))
    _search_with(True)
    op.execute(sa.text("INSERT OR IGNORE INTO book_setting (key, value) VALUES (:key, :value)")
               .bindparams(key=BOOK_ID, value=str(uuid.uuid4())))


def downgrade() -> None:
    # The book's id stays: a 0003 Carnet reads no setting it does not know, and the next upgrade keeps it, so
    # the calendar's UIDs survive a step back and forth.
    _search_with(False)
    # The contacts whose note was indexed: Carnet's next write brings their rows up to date without it.
    op.execute(f"INSERT OR IGNORE INTO {_search.STALE} (contact_id) SELECT id FROM contact WHERE {NOTE} != ''")
    # SQLite's own DROP COLUMN (3.35 and later) for the same reason as above: the triggers stay.
    op.execute(f"ALTER TABLE contact DROP COLUMN {NOTE}")
    op.execute("ALTER TABLE contact DROP COLUMN follow_up_time")
