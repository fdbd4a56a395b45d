"""The drafts, under the name most of Carnet imports them by: they live in `carnet.domain.drafts`.

Kept for compatibility only: the dialogs, the controllers, the services and the tests import
``carnet.services.drafts`` (and ``carnet.services.ContactDraft``); `carnet.io` imports the domain module.
"""

from carnet.domain.drafts import EDITABLE_FIELDS as EDITABLE_FIELDS
from carnet.domain.drafts import ContactDetail as ContactDetail
from carnet.domain.drafts import ContactDraft as ContactDraft
from carnet.domain.drafts import PaymentDraft as PaymentDraft

__all__ = ["EDITABLE_FIELDS", "ContactDetail", "ContactDraft", "PaymentDraft"]
