"""A contact's further emails, phones and addresses (issue 14): the contact_detail table; a payment's
method and reference, and the book's own settings such as its home currency (issue 15).

The primary email, phone and address stay columns of `contact` (the card, the board's filter and the
duplicate check read them without a join); nothing existing moves, so a 0001 file keeps every value.
Existing payments get no method (NULL: not said) and an empty reference.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contact_detail",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("contact_id", sa.Integer(), sa.ForeignKey("contact.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(7), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_index("ix_contact_detail_contact", "contact_detail", ["contact_id", "position"])
    op.create_index("ix_contact_detail_value", "contact_detail", ["kind", "value"])
    with op.batch_alter_table("payment") as payment:
        payment.add_column(sa.Column("method", sa.String(13), nullable=True))
        payment.add_column(sa.Column("reference", sa.String(), nullable=False, server_default=""))
    op.create_table(
        "book_setting",
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("value", sa.String(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("book_setting")
    with op.batch_alter_table("payment") as payment:
        payment.drop_column("reference")
        payment.drop_column("method")
    op.drop_table("contact_detail")
