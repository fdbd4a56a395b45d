"""The business identity and a contact's billing details (domain.business_identity, services.business): numbers
checked with python-stdnum and kept compact, what an invoice needs of its seller, stored in the book."""

from __future__ import annotations

import pytest

from carnet.domain.business_identity import (
    Address,
    BusinessIdentity,
    ContactBilling,
    address_from_text,
    check_billing,
    check_identity,
    check_ready_to_issue,
    default_language,
)
from carnet.domain.enums import Stage
from carnet.domain.errors import InvalidInput, NotFound, RuleViolation
from carnet.domain.invoice_document import DocumentLanguage
from carnet.services import ContactDraft, create_contact
from carnet.services.business import business_identity, contact_billing, save_business_identity, save_contact_billing
from carnet.services.changes import ChangeKind
from carnet.storage import Database

LYON = Address(("3 place Bellecour",), "69002", "Lyon")
STUDIO = BusinessIdentity(name="Studio Martin", legal_form="EI", address=LYON, siren="732 829 320",
                          vat_number="FR 44 732829320", iban="FR76 3000 6000 0112 3456 7890 189", bic="bnpafrpp")


def test_numbers_are_checked_and_kept_compact() -> None:
    identity = check_identity(STUDIO)
    assert (identity.siren, identity.vat_number, identity.iban, identity.bic) == (
        "732829320", "FR44732829320", "FR7630006000011234567890189", "BNPAFRPP")
    # A SIRET gives the SIREN when none was typed.
    assert check_identity(BusinessIdentity(siret="732 829 320 00074")).siren == "732829320"


@pytest.mark.parametrize(("changes", "field"), [
    ({"siren": "732 829 321"}, "siren"),  # the check digit is wrong
    ({"siret": "73282932000075"}, "siret"),
    ({"siret": "41234567000019"}, "siret"),  # a valid SIRET of another company than the SIREN
    ({"vat_number": "FR40303265045"}, "vat_number"),  # a valid French VAT number of another SIREN
    ({"vat_number": "DE12345678"}, "vat_number"),
    ({"iban": "FR76 3000 6000 0112 3456 7890 188"}, "iban"),
    ({"bic": "BNP"}, "bic"),
    ({"address": Address(("3 place Bellecour",), "6900", "Lyon")}, "postcode"),
    ({"address": Address((), "", "", "France")}, "country"),
    ({"payment_days": 61}, "payment_days"),  # French law: 60 days at most
    ({"invoice_format": "F-{seq}"}, "number_format"),
    ({"email": "studio.martin"}, None),
])
def test_bad_values_are_refused_naming_their_field(changes: dict[str, object], field: str | None) -> None:
    with pytest.raises(InvalidInput) as refused:
        check_identity(BusinessIdentity(**{**STUDIO.__dict__, **changes}))
    if field is not None:
        assert refused.value.field == field


def test_a_belgian_business_may_give_longer_terms() -> None:
    identity = BusinessIdentity(name="Atelier Bruxelles", address=Address(("Rue Haute 12",), "1000", "Bruxelles", "be"),
                                vat_number="BE 0403.019.261", payment_days=90)
    checked = check_identity(identity)
    assert checked.address.country_code == "BE" and checked.vat_number == "BE0403019261"
    check_ready_to_issue(checked)  # no SIREN asked of a business outside France


def test_what_an_invoice_needs_of_its_seller() -> None:
    check_ready_to_issue(check_identity(STUDIO))
    with pytest.raises(RuleViolation, match="name"):
        check_ready_to_issue(BusinessIdentity())
    with pytest.raises(RuleViolation, match="address"):
        check_ready_to_issue(BusinessIdentity(name="Studio Martin", address=Address(("3 place Bellecour",))))
    with pytest.raises(RuleViolation, match="SIREN"):
        check_ready_to_issue(BusinessIdentity(name="Studio Martin", address=LYON, vat_franchise=True))
    with pytest.raises(RuleViolation, match="franchise"):
        check_ready_to_issue(BusinessIdentity(name="Studio Martin", address=LYON, siren="732829320"))
    check_ready_to_issue(BusinessIdentity(name="Studio Martin", address=LYON, siren="732829320", vat_franchise=True))


def test_a_contact_s_envelope_address_is_read_into_its_parts() -> None:
    assert address_from_text("Atelier Œuvre\n12 rue des Lilas\n69001 Lyon\nFrance") == Address(
        ("Atelier Œuvre", "12 rue des Lilas"), "69001", "Lyon", "FR")
    assert address_from_text("221B Baker Street\nLondon NW1 6XE") == Address(("221B Baker Street", "London NW1 6XE"))
    assert address_from_text("") == Address()


def test_the_documents_language() -> None:
    assert default_language("FR", "FR") is DocumentLanguage.FRENCH
    assert default_language("", "FR") is DocumentLanguage.FRENCH
    assert default_language("DE", "FR") is DocumentLanguage.ENGLISH
    assert default_language("", "GB") is DocumentLanguage.ENGLISH


def test_billing_details_are_checked() -> None:
    billing = check_billing(ContactBilling(is_business=True, siret="732 829 320 00074", vat_number="fr44732829320",
                                           delivery=Address()))
    assert (billing.siren, billing.siret, billing.vat_number, billing.delivery) == (
        "732829320", "73282932000074", "FR44732829320", None)
    with pytest.raises(InvalidInput):
        check_billing(ContactBilling(delivery=Address(("1 rue X",), "123", "Paris")))


def test_the_identity_and_the_billing_details_live_in_the_book(db: Database) -> None:
    assert business_identity(db) == BusinessIdentity()
    change = save_business_identity(db, STUDIO)
    assert ChangeKind.BUSINESS in change.kinds
    assert business_identity(db) == check_identity(STUDIO)
    save_business_identity(db, BusinessIdentity(**{**STUDIO.__dict__, "vat_number": "", "vat_franchise": True}))
    stored = business_identity(db)
    assert stored.vat_franchise and stored.vat_number == "" and stored.iban == "FR7630006000011234567890189"

    zoe = create_contact(db, ContactDraft(display_name="Zoé Lefèvre", organisation="Atelier Œuvre", stage=Stage.LEAD))
    assert zoe.id is not None
    assert contact_billing(db, zoe.id) == ContactBilling()
    billing = ContactBilling(is_business=True, siren="732829320",
                             billing=Address(("12 rue des Lilas",), "69001", "Lyon"),
                             delivery=Address(("Entrepôt, 4 quai Perrache",), "69002", "Lyon"),
                             language=DocumentLanguage.ENGLISH)
    assert save_contact_billing(db, zoe.id, billing).contact_ids == {zoe.id}
    assert contact_billing(db, zoe.id) == check_billing(billing)
    save_contact_billing(db, zoe.id, ContactBilling(is_business=False))  # the same row, rewritten
    assert contact_billing(db, zoe.id) == ContactBilling()
    with pytest.raises(NotFound):
        save_contact_billing(db, 999, billing)
    with pytest.raises(InvalidInput):
        save_business_identity(db, BusinessIdentity(siren="123"))
    assert business_identity(db) == stored  # a refusal wrote nothing
