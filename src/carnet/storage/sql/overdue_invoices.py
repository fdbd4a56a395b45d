"""The issued invoices past their due date with something still due (`carnet.services.overdue_invoices`), for
To do; run on the reader, without the ORM.

What is due is what `carnet.services.invoices.balance_in` says, in one statement: the gross total, less the
issued credit notes that correct the invoice, less the paid payments whose reference is its number in its
currency. Enum values are bound by the caller.
"""

from __future__ import annotations

# Bound: the kind 'credit_note', the status 'issued' (credit notes), the payment status 'paid', the kind
# 'invoice', the status 'issued' (invoices), and today (ISO text): an invoice due yesterday is overdue today.
# Row: invoice id, contact id, contact's name, number, due date, currency, amount due, the contact's
# organisation and stage. Invoices whose contact
# was deleted are left out: To do lists contacts.
OVERDUE_INVOICES = """
    SELECT id, contact_id, name, number, due_date, currency, due, organisation, stage FROM (
        SELECT d.id AS id, d.contact_id AS contact_id, coalesce(CAST(c.display_name AS TEXT), '') AS name,
               coalesce(CAST(c.organisation AS TEXT), '') AS organisation, CAST(c.stage AS TEXT) AS stage,
               d.number AS number, CAST(d.due_date AS TEXT) AS due_date, d.currency AS currency,
               d.gross_cents
               - coalesce((SELECT sum(n.gross_cents) FROM document AS n
                           WHERE CAST(n.kind AS TEXT) = ? AND CAST(n.status AS TEXT) = ? AND n.corrects_id = d.id), 0)
               - coalesce((SELECT sum(p.amount_cents) FROM payment AS p
                           WHERE CAST(p.status AS TEXT) = ? AND p.reference = d.number
                             AND p.currency = d.currency), 0) AS due
        FROM document AS d JOIN contact AS c ON c.id = d.contact_id
        WHERE CAST(d.kind AS TEXT) = ? AND CAST(d.status AS TEXT) = ? AND d.due_date IS NOT NULL
          AND CAST(d.due_date AS TEXT) < ?
    )
    WHERE due > 0
    ORDER BY due_date, number"""
