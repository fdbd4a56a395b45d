"""The duplicate searches' read (`carnet.services.duplicates`), on the reader: the keys are compared in Python
(accents, phone prefixes are not SQL). Merges go through SQLAlchemy Core statements, not here.
"""

from __future__ import annotations

from carnet.domain.enums import DetailKind
from carnet.domain.models import Contact, ContactDetailRow

# id, display name, organisation, email, phone of every contact (archived included), by id.
KEY_ROWS = f"SELECT id, display_name, organisation, email, phone FROM {Contact.__tablename__} ORDER BY id"
# contact id, kind, value of every further email and phone (addresses are not compared), by contact.
KEY_DETAILS = (
    f"SELECT contact_id, kind, value FROM {ContactDetailRow.__tablename__} "
    f"WHERE kind IN ('{DetailKind.EMAIL.value}', '{DetailKind.PHONE.value}') ORDER BY contact_id, position"
)
