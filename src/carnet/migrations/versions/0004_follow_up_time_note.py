"""Follow-ups with a time and a note (issue 17): a contact's ``follow_up_time`` and ``follow_up_note``; and the
book's own id, which the calendar export builds its events' UIDs from.

``follow_up_time`` is SQLAlchemy's TIME (text such as "09:30:00.000000", as ``next_follow_up`` is its DATE
text), NULL for a follow-up at any time of its day; ``follow_up_note`` says what to do ("call back about the
quote"), '' for every existing follow-up. Nothing existing moves.

The columns are added with a plain ALTER TABLE ADD COLUMN, not Alembic's batch mode: a "move and copy" would
make the contact table anew and drop the search index's triggers on it (migration 0003).

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

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

BOOK_ID = "book_id"


def upgrade() -> None:
    op.add_column("contact", sa.Column("follow_up_time", sa.Time(), nullable=True))
    op.add_column("contact", sa.Column("follow_up_note", sa.String(), nullable=False, server_default=""))
    op.execute(sa.text("INSERT OR IGNORE INTO book_setting (key, value) VALUES (:key, :value)")
               .bindparams(key=BOOK_ID, value=str(uuid.uuid4())))


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM book_setting WHERE key = :key").bindparams(key=BOOK_ID))
    # SQLite's own DROP COLUMN (3.35 and later) for the same reason as above: the triggers stay.
    op.execute("ALTER TABLE contact DROP COLUMN follow_up_note")
    op.execute("ALTER TABLE contact DROP COLUMN follow_up_time")
