"""Quotes, invoices and credit notes as documents (issue 20): the business identity, a contact's billing details,
the documents, their lines and the numbering counters (`carnet.domain.invoice_models` says what each holds).

Only new tables: ``contact`` and the other tables of 0001–0005 are not touched (a contact's billing details are a
table of their own for that reason: the search index's triggers on contact stay as they are), so every existing
row keeps its values and no existing payment changes. Payments received against an invoice will be ordinary
payments whose reference is the invoice's number.

What the law asks of issued documents (never changed nor deleted, numbers never given twice nor skipped) is kept
by the services (`carnet.services.invoices`); the schema adds ``document.number``'s uniqueness and that of
(kind, year, seq). No trigger: migrations 0004's and 0005's tests hold the file's triggers to the search
index's.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "business_identity",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("legal_form", sa.String(), nullable=False),
        sa.Column("address_lines", sa.String(), nullable=False),
        sa.Column("postcode", sa.String(), nullable=False),
        sa.Column("city", sa.String(), nullable=False),
        sa.Column("country_code", sa.String(2), nullable=False),
        sa.Column("siren", sa.String(), nullable=False),
        sa.Column("siret", sa.String(), nullable=False),
        sa.Column("vat_number", sa.String(), nullable=False),
        sa.Column("vat_franchise", sa.Boolean(), nullable=False),
        sa.Column("registration", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("phone", sa.String(), nullable=False),
        sa.Column("iban", sa.String(), nullable=False),
        sa.Column("bic", sa.String(), nullable=False),
        sa.Column("logo_path", sa.String(), nullable=False),
        sa.Column("payment_days", sa.Integer(), nullable=False),
        sa.Column("late_payment_text", sa.String(), nullable=False),
        sa.Column("vat_on_debits", sa.Boolean(), nullable=False),
        sa.Column("nature", sa.String(8), nullable=False),
        sa.Column("quote_validity_days", sa.Integer(), nullable=False),
        sa.Column("invoice_format", sa.String(), nullable=False),
        sa.Column("quote_format", sa.String(), nullable=False),
        sa.Column("credit_note_format", sa.String(), nullable=False),
    )
    op.create_table(
        "contact_billing",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("contact_id", sa.Integer(), sa.ForeignKey("contact.id", ondelete="CASCADE"), nullable=False,
                  unique=True),
        sa.Column("is_business", sa.Boolean(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("siren", sa.String(), nullable=False),
        sa.Column("siret", sa.String(), nullable=False),
        sa.Column("vat_number", sa.String(), nullable=False),
        sa.Column("billing_lines", sa.String(), nullable=False),
        sa.Column("billing_postcode", sa.String(), nullable=False),
        sa.Column("billing_city", sa.String(), nullable=False),
        sa.Column("billing_country", sa.String(2), nullable=False),
        sa.Column("delivery_lines", sa.String(), nullable=False),
        sa.Column("delivery_postcode", sa.String(), nullable=False),
        sa.Column("delivery_city", sa.String(), nullable=False),
        sa.Column("delivery_country", sa.String(2), nullable=False),
        sa.Column("language", sa.String(2), nullable=True),
    )
    op.create_table(
        "document",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(11), nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("contact_id", sa.Integer(), sa.ForeignKey("contact.id", ondelete="SET NULL"), nullable=True),
        sa.Column("number", sa.String(), nullable=True, unique=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=True),
        sa.Column("issue_date", sa.Date(), nullable=True),
        sa.Column("sale_date", sa.Date(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("language", sa.String(2), nullable=True),
        sa.Column("nature", sa.String(8), nullable=False),
        sa.Column("discount_cents", sa.Integer(), nullable=False),
        sa.Column("net_cents", sa.Integer(), nullable=False),
        sa.Column("vat_cents", sa.Integer(), nullable=False),
        sa.Column("gross_cents", sa.Integer(), nullable=False),
        sa.Column("deposit", sa.Boolean(), nullable=False),
        sa.Column("quote_id", sa.Integer(), sa.ForeignKey("document.id", ondelete="SET NULL"), nullable=True),
        sa.Column("corrects_id", sa.Integer(), sa.ForeignKey("document.id", ondelete="RESTRICT"), nullable=True),
        sa.Column("conditions", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("seller", sa.String(), nullable=False),
        sa.Column("buyer", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=True),
        sa.UniqueConstraint("kind", "year", "seq", name="uq_document_kind_year_seq"),
    )
    op.create_index("ix_document_contact_id", "document", ["contact_id"])
    op.create_index("ix_document_quote_id", "document", ["quote_id"])
    op.create_index("ix_document_corrects_id", "document", ["corrects_id"])
    op.create_index("ix_document_kind_issue", "document", ["kind", "status", "issue_date"])
    op.create_table(
        "document_line",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("document.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("quantity", sa.String(), nullable=False),
        sa.Column("unit", sa.String(), nullable=False),
        sa.Column("unit_price_cents", sa.Integer(), nullable=False),
        sa.Column("vat_rate", sa.String(), nullable=True),
        sa.Column("net_cents", sa.Integer(), nullable=False),
        sa.Column("source_line_id", sa.Integer(), sa.ForeignKey("document_line.id", ondelete="SET NULL"),
                  nullable=True),
    )
    op.create_index("ix_document_line_document", "document_line", ["document_id", "position"])
    op.create_index("ix_document_line_source_line_id", "document_line", ["source_line_id"])
    op.create_table(
        "document_counter",
        sa.Column("kind", sa.String(11), primary_key=True),
        sa.Column("year", sa.Integer(), primary_key=True),
        sa.Column("last_seq", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("document_counter")
    op.drop_index("ix_document_line_source_line_id", "document_line")
    op.drop_index("ix_document_line_document", "document_line")
    op.drop_table("document_line")
    for index in ("ix_document_kind_issue", "ix_document_corrects_id", "ix_document_quote_id",
                  "ix_document_contact_id"):
        op.drop_index(index, "document")
    op.drop_table("document")
    op.drop_table("contact_billing")
    op.drop_table("business_identity")
