"""Follow-up sequences (issue 17, item 5): ``contact_sequence``, the sequence a contact is following and the
step it is at.

A contact's row keeps its own copy of the sequence's name and steps (JSON: ``[{"days": 0, "what": "Call"},
…]``), not a reference to the sequence as the user defined it: editing or deleting a sequence in Preferences
then changes nothing for the contacts already following it, which is what someone half-way through a plan
expects, and the sequences themselves can live in a ``book_setting`` (they are a few lines of settings of the
book, not records). One row per contact at most (``contact_id`` is unique); it goes with the contact, and
has an ``id`` of its own like every record, so that an erasure's undo can put it back.

``step`` is the index (from 0) of the step the contact's follow-up is now for: logging an interaction marks it
done, and the next step becomes the follow-up; after the last, the row goes.

Nothing existing changes, so the downgrade only drops the table.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contact_sequence",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("contact_id", sa.Integer(), sa.ForeignKey("contact.id", ondelete="CASCADE"), nullable=False,
                  unique=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("steps", sa.String(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("started_on", sa.Date(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("contact_sequence")
