"""The retention review's statement (`carnet.services.retention`): who has had no contact for too long.

"No contact" is `common.last_contact_day`, defined once for every reader; a contact never contacted counts
from the local day it was added. Texts are read as texts whatever their stored type (see
`carnet.storage.sql.board`). The service loads the ORM tables anyway (it reads in a session), so table names
come from them.
"""

from __future__ import annotations

from carnet.domain.enums import PaymentStatus, Stage
from carnet.domain.models import Contact, Payment
from carnet.storage.sql.common import last_contact_day

_CONTACT = Contact.__tablename__
_PAYMENT = Payment.__tablename__

# The stages before client (stranger to prospect): clients and ambassadors are kept for the business
# relationship, not for prospecting, so the three-year rule does not apply to them.
_BEFORE_CLIENT = ", ".join(f"'{stage.value}'" for stage in Stage if stage.is_before(Stage.CLIENT))
_PAID = PaymentStatus.PAID.value


def _text(column: str) -> str:
    """The SQL for a column's text, whatever its stored type ('' for a NULL, which Carnet never writes)."""
    return f"coalesce(CAST({column} AS TEXT), '')"


# id, display name, organisation, stage, the last contact day (NULL if never), the day the contact was added;
# for the contacts not archived, before client, whose last contact (else creation) day is before the day
# bound as 'YYYY-MM-DD'; the quietest first.
#
# A paid payment makes a client whatever the card's column (`rules.is_client_status`): such a contact is left
# out too (its payments are the receipts book, which is not the prospecting file's to purge).
# A creation time SQLite cannot read comes back as stored, and such a row is listed whatever the bound day,
# for the service to refuse naming it (a damaged file), rather than left out in silence.
# "LIMIT -1" (no limit) keeps SQLite from flattening the inner query, which would copy the last contact's three
# lookups into the outer WHERE and ORDER BY and run them up to four times a contact.
REVIEW_CANDIDATES = f"""
    SELECT id, name, organisation, stage, last_day, created_day FROM (
        SELECT c.id AS id, {_text("c.display_name")} AS name, {_text("c.organisation")} AS organisation,
               CAST(c.stage AS TEXT) AS stage, {last_contact_day("c.id")} AS last_day,
               coalesce(date(c.created_at, 'localtime'), CAST(c.created_at AS TEXT)) AS created_day
        FROM {_CONTACT} AS c
        WHERE c.archived_at IS NULL AND c.stage IN ({_BEFORE_CLIENT})
          AND NOT EXISTS (SELECT 1 FROM {_PAYMENT} AS p WHERE p.contact_id = c.id AND p.status = '{_PAID}')
        LIMIT -1
    )
    WHERE coalesce(last_day, created_day) < ? OR date(coalesce(last_day, created_day)) IS NULL
    ORDER BY coalesce(last_day, created_day), id"""
