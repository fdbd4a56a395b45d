"""The sums the invoicing services read inside their transactions (`carnet.services.invoices`), on the tables of
migration 0006 and on ``payment``.

A payment received against an invoice is an ordinary paid payment whose reference is the invoice's number (in
the invoice's currency: nothing is added across currencies); an invoice's open balance is mirrored by one
invoiced payment of the same reference, a sent quote's by one quoted payment (the dashboard's pipeline reads
them). Enum values are bound by the callers.
"""

from __future__ import annotations

# Paid so far against one document: the status 'paid', the number, the currency.
PAID_AGAINST = """
    SELECT coalesce(sum(amount_cents), 0) FROM payment
    WHERE CAST(status AS TEXT) = ? AND reference = ? AND currency = ?"""

# What the issued credit notes of one invoice credit: the kind 'credit_note', the status 'issued', the invoice's id.
CREDITED = """
    SELECT coalesce(sum(gross_cents), 0) FROM document
    WHERE CAST(kind AS TEXT) = ? AND CAST(status AS TEXT) = ? AND corrects_id = ?"""

# What the issued invoices made from one quote come to: the kind 'invoice', the status 'issued', the quote's id.
INVOICED_FROM_QUOTE = """
    SELECT coalesce(sum(gross_cents), 0) FROM document
    WHERE CAST(kind AS TEXT) = ? AND CAST(status AS TEXT) = ? AND quote_id = ?"""

# The last issued document of a series (chronological numbering): the kind, the status 'issued'.
LAST_ISSUED = """
    SELECT CAST(issue_date AS TEXT), number FROM document
    WHERE CAST(kind AS TEXT) = ? AND CAST(status AS TEXT) = ?
    ORDER BY issue_date DESC, year DESC, seq DESC LIMIT 1"""

# The quote lines already on an invoice (draft or issued) made from the quote: the quote's id.
INVOICED_QUOTE_LINES = """
    SELECT l.source_line_id FROM document_line AS l JOIN document AS d ON d.id = l.document_id
    WHERE d.quote_id = ? AND l.source_line_id IS NOT NULL"""

# The open (not paid) payments mirroring a document: the status ('invoiced' or 'quoted'), the number.
OPEN_MIRRORS = """
    SELECT id FROM payment WHERE CAST(status AS TEXT) = ? AND reference = ? ORDER BY id"""

# Issued invoices and credit notes in a range of issue days (ISO texts, both included; NULL: no bound).
ISSUED_IN_RANGE = """
    SELECT id FROM document
    WHERE CAST(kind AS TEXT) IN (?, ?) AND CAST(status AS TEXT) = ?
      AND (? IS NULL OR issue_date >= ?) AND (? IS NULL OR issue_date <= ?)
    ORDER BY issue_date, CAST(kind AS TEXT) DESC, year, seq"""

# Every document, newest first, for the lists: id, kind, status, number, contact, contact's name, day, validity,
# gross total, currency, the invoice it corrects.
DOCUMENTS = """
    SELECT d.id, CAST(d.kind AS TEXT), CAST(d.status AS TEXT), d.number, d.contact_id,
           coalesce(CAST(c.display_name AS TEXT), ''), CAST(d.issue_date AS TEXT), CAST(d.valid_until AS TEXT),
           d.gross_cents, d.currency, d.corrects_id, d.deposit
    FROM document AS d LEFT JOIN contact AS c ON c.id = d.contact_id"""
DOCUMENTS_ORDER = " ORDER BY coalesce(d.issue_date, date(d.created_at)) DESC, d.id DESC"
