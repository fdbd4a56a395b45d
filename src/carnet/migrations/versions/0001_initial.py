"""The first schema: contacts, stage changes, interactions, payments, gifts.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.String(), nullable=False)


def _contact_id(ondelete: str) -> sa.Column:
    return sa.Column(
        "contact_id", sa.Integer(), sa.ForeignKey("contact.id", ondelete=ondelete), nullable=False
    )


def upgrade() -> None:
    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(12), nullable=False),
        _text("display_name"),
        _text("organisation"),
        _text("role"),
        _text("email"),
        _text("phone"),
        _text("website"),
        _text("address"),
        _text("notes"),
        _text("tags"),
        sa.Column("source", sa.String(13), nullable=True),
        sa.Column(
            "referred_by_id", sa.Integer(), sa.ForeignKey("contact.id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column("stage", sa.String(10), nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("temperature", sa.String(4), nullable=False),
        sa.Column("budget", sa.String(7), nullable=False),
        sa.Column("authority", sa.String(7), nullable=False),
        sa.Column("need", sa.String(7), nullable=False),
        sa.Column("timing", sa.String(7), nullable=False),
        _text("qualification_note"),
        sa.Column("next_follow_up", sa.Date(), nullable=True),
        sa.Column("ambassador_since", sa.Date(), nullable=True),
        _text("recommends_how"),
        _text("gift_preferences"),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("archive_reason", sa.String(18), nullable=True),
        _text("archive_note"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_contact_board", "contact", ["archived_at", "stage", "position"])
    op.create_index("ix_contact_referred_by_id", "contact", ["referred_by_id"])

    op.create_table(
        "stage_change",
        sa.Column("id", sa.Integer(), primary_key=True),
        _contact_id("CASCADE"),
        sa.Column("from_stage", sa.String(10), nullable=True),
        sa.Column("to_stage", sa.String(10), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_stage_change_contact_id", "stage_change", ["contact_id"])

    op.create_table(
        "interaction",
        sa.Column("id", sa.Integer(), primary_key=True),
        _contact_id("CASCADE"),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        _text("summary"),
        sa.Column("follow_up", sa.Date(), nullable=True),
    )
    op.create_index("ix_interaction_contact_at", "interaction", ["contact_id", "at"])

    op.create_table(
        "payment",
        sa.Column("id", sa.Integer(), primary_key=True),
        _contact_id("CASCADE"),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("paid_on", sa.Date(), nullable=True),
        _text("description"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_payment_contact_id", "payment", ["contact_id"])

    op.create_table(
        "gift",
        sa.Column("id", sa.Integer(), primary_key=True),
        _contact_id("CASCADE"),
        sa.Column("year", sa.Integer(), nullable=False),
        _text("what"),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.UniqueConstraint("contact_id", "year", name="uq_gift_contact_year"),
    )
    op.create_index("ix_gift_contact_id", "gift", ["contact_id"])


def downgrade() -> None:
    for table in ("gift", "payment", "interaction", "stage_change", "contact"):
        op.drop_table(table)
