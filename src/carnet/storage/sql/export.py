"""The exports' reads (`carnet.io.csv_export`, `carnet.io.vcard_export`), run on the reader.

Imports no ORM table: the File menu and the dashboard's tables import the exporters while the window opens.
Texts are read as texts whatever their stored type: one flipped bit of a record's header turns a text into
a blob of the same bytes, which SQLite's checks cannot see (one that is not UTF-8 still fails to decode).
"""

from __future__ import annotations

# --- CSV -----------------------------------------------------------------------------------------

# The contacts' texts, in the order of the CSV's columns (`csv_export.EXPORT_COLUMNS`).
_CSV_TEXTS = (
    "c.kind", "c.display_name", "c.organisation", "c.role", "c.email", "c.phone", "c.website", "c.address",
    "c.tags", "c.source", "r.display_name", "c.stage", "c.temperature", "c.budget", "c.authority", "c.need",
    "c.timing", "c.qualification_note", "c.next_follow_up", "c.notes",
)


def _csv_name(column: str) -> str:
    """The name a column goes by (in "Could not decode to UTF-8 column …"): the export's header."""
    return "referred_by" if column == "r.display_name" else column.removeprefix("c.")


# Between a contact's further values in one cell: Google Contacts' own separator, which importers know.
VALUE_SEPARATOR = " ::: "


def _further(kind: str) -> str:
    """A contact's further values of ``kind``, in order, each "Label: value" (or the value alone), joined
    by `VALUE_SEPARATOR`; NULL when there are none."""
    return (
        f"(SELECT group_concat(item, '{VALUE_SEPARATOR}') FROM (SELECT CASE WHEN label != '' THEN "
        "CAST(label AS TEXT) || ': ' || CAST(value AS TEXT) ELSE CAST(value AS TEXT) END AS item "
        f"FROM contact_detail WHERE contact_id = c.id AND kind = '{kind}' ORDER BY position, id))"
    )


# One statement, so one snapshot of the database: the paid totals always match the contacts listed.
# Column order is the CSV's, except created_at (raw) and the paid totals ("EUR:125050,USD:30000") of the
# payments with the status bound (paid), then the further emails, phones and addresses, then the follow-up's
# time of day ("14:30": its stored TIME text to the minute) and note.
CSV_CONTACTS = f"""
    SELECT c.id, {", ".join(f"CAST({column} AS TEXT) AS {_csv_name(column)}" for column in _CSV_TEXTS)},
           c.archived_at IS NOT NULL, CAST(c.archive_reason AS TEXT) AS archive_reason,
           CAST(c.created_at AS TEXT) AS created_at,
           (SELECT group_concat(currency || ':' || cents) FROM (
                SELECT p.currency AS currency, sum(p.amount_cents) AS cents FROM payment AS p
                WHERE p.contact_id = c.id AND p.status = ? GROUP BY p.currency)) AS paid_total,
           {_further("email")} AS other_emails, {_further("phone")} AS other_phones,
           {_further("address")} AS other_addresses,
           substr(CAST(c.follow_up_time AS TEXT), 1, 5) AS next_follow_up_time,
           CAST(c.follow_up_note AS TEXT) AS next_follow_up_note
    FROM contact AS c LEFT JOIN contact AS r ON r.id = c.referred_by_id
    ORDER BY c.id"""

# --- vCard ---------------------------------------------------------------------------------------

# vobject cannot serialise a blob.
_VCARD_TEXTS = (
    "kind", "display_name", "organisation", "role", "email", "phone", "website", "address", "notes", "tags",
)
VCARD_CONTACTS = f"""
    SELECT id, {", ".join(f"coalesce(CAST({column} AS TEXT), '') AS {column}" for column in _VCARD_TEXTS)}
    FROM contact ORDER BY id"""
# Every further email, phone and address: contact id, kind, label, value, in order.
VCARD_DETAILS = """
    SELECT contact_id, CAST(kind AS TEXT), coalesce(CAST(label AS TEXT), ''), coalesce(CAST(value AS TEXT), '')
    FROM contact_detail ORDER BY contact_id, position, id"""
