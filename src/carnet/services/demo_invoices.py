"""Quotes, invoices and credit notes for the demo book (issue 20), added after `services.demo_data` made its
contacts: a business identity, a quote in every state (draft, sent, expired, refused, accepted and invoiced),
issued invoices (one paid in full, one partly paid, one corrected by a credit note) and a draft invoice.

Written through the invoicing services, so the demo follows every rule the user's own documents do (numbers in
order, dates in order, payments as paid payments of the invoice's number). Invoices go to contacts who are clients
already (their payments move no card); quotes to prospects and leads; all of them with an address (an invoice
must show it). The words come in the demo's language
(`services.demo_words.language_of`): English (mixed with French, as the English demo is) or French.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from carnet.domain.business_identity import Address, BusinessIdentity, ContactBilling
from carnet.domain.enums import PaymentMethod, Stage
from carnet.domain.invoicing import DocumentDraft, LineDraft
from carnet.services import invoices, quotes
from carnet.services.business import save_business_identity, save_contact_billing
from carnet.services.demo_words import language_of
from carnet.storage import Database

NEEDS_CONTACTS = "The demo's documents need a demo book with clients and prospects."


@dataclass(frozen=True)
class _Words:
    legal_form: str
    registration: str
    conditions: str
    lines: tuple[tuple[str, str, int, str | None, str], ...]  # description, quantity, unit price, VAT rate, unit
    credit_line: str
    notes: str


_ENGLISH = _Words(
    legal_form="EI",
    registration="Dispensée d'immatriculation au RCS et au RM",
    conditions="Valid for 30 days. A deposit of 30% on acceptance; the rest on delivery.",
    lines=(
        ("Website redesign — phase 1", "1", 240000, "20", "LS"),
        ("Brand identity workshop", "2", 65000, "20", "DAY"),
        ("Audit SEO", "1", 90000, "20", "LS"),
        ("Formation Excel avancé", "14", 8500, "20", "HUR"),
        ("Photo shoot — product catalogue", "0.5", 120000, "20", "DAY"),
        ("Printed catalogue (A4, 24 pages)", "300", 420, "5.5", "H87"),
        ("Coaching session", "5", 18000, "20", "C62"),
        ("Monthly retainer", "3", 95000, "20", "MON"),
    ),
    credit_line="Coaching session not given",
    notes="Thank you for your trust.",
)
_FRENCH = _Words(
    legal_form="EI",
    registration="Dispensée d'immatriculation au RCS et au RM",
    conditions="Devis valable 30 jours. Acompte de 30 % à la commande, solde à la livraison.",
    lines=(
        ("Refonte du site web — phase 1", "1", 240000, "20", "LS"),
        ("Atelier identité de marque", "2", 65000, "20", "DAY"),
        ("Audit SEO", "1", 90000, "20", "LS"),
        ("Formation Excel avancé", "14", 8500, "20", "HUR"),
        ("Shooting photo — catalogue produits", "0.5", 120000, "20", "DAY"),
        ("Catalogue imprimé (A4, 24 pages)", "300", 420, "5.5", "H87"),
        ("Séance de coaching", "5", 18000, "20", "C62"),
        ("Forfait mensuel d'accompagnement", "3", 95000, "20", "MON"),
    ),
    credit_line="Séance de coaching non réalisée",
    notes="Merci de votre confiance.",
)

IDENTITY = BusinessIdentity(
    name="Claire Moreau Conseil",
    address=Address(("18 rue de la République",), "69002", "Lyon"),
    siren="812345676",
    siret="81234567600017",
    vat_number="FR19812345676",
    email="contact@clairemoreau-conseil.fr",
    phone="04 78 00 12 34",
    iban="FR7630006000011234567890189",
    bic="AGRIFRPP",
    payment_days=30,
)


def _line(words: _Words, index: int) -> LineDraft:
    description, quantity, price, rate, unit = words.lines[index % len(words.lines)]
    return LineDraft(description, quantity, price, rate, unit)


def _contacts(db: Database, stages: tuple[Stage, ...]) -> list[int]:
    marks = ",".join("?" * len(stages))
    rows = db.reader().execute(
        f"SELECT id FROM contact WHERE archived_at IS NULL AND CAST(stage AS TEXT) IN ({marks}) AND address != '' "
        "ORDER BY id",
        [stage.value for stage in stages]).fetchall()
    return [row[0] for row in rows]


def add_demo_invoices(db: Database, today: date | None = None, *, language: str = "en") -> dict[str, int]:
    """Add the business identity and the demo's documents to a demo book (`generate_demo_data` first); returns
    how many of each were made: {"quote": 5, "invoice": 4, "credit_note": 1, "payment": 3}."""
    today = today or date.today()
    words = _FRENCH if language_of(language) == "fr" else _ENGLISH
    clients = _contacts(db, (Stage.CLIENT, Stage.AMBASSADOR))
    prospects = _contacts(db, (Stage.PROSPECT, Stage.LEAD))
    if len(clients) < 1 or len(prospects) < 1:
        raise ValueError(NEEDS_CONTACTS)

    def client(n: int) -> int:
        return clients[n % len(clients)]

    def prospect(n: int) -> int:
        return prospects[n % len(prospects)]

    save_business_identity(db, BusinessIdentity(**{**IDENTITY.__dict__, "legal_form": words.legal_form,
                                                   "registration": words.registration}))

    def day(days: int) -> date:
        return today - timedelta(days=days)

    def draft(contact_id: int, *lines: int, discount: int = 0, conditions: str = "") -> DocumentDraft:
        return DocumentDraft(contact_id, tuple(_line(words, i) for i in lines), discount_cents=discount,
                             conditions=conditions, notes=words.notes)

    # Quotes: one of each state. The accepted one becomes the first invoice, paid in full.
    accepted = quotes.create_quote(db, draft(client(0), 0, 1, conditions=words.conditions)).document_id
    quotes.send_quote(db, accepted, day(70))
    made = quotes.accept_quote(db, accepted, day(62), invoice=True)
    assert made.invoice_id is not None
    invoices.issue_document(db, made.invoice_id, day(60))
    paid_in_full = invoices.invoice_balance(db, made.invoice_id).due_cents
    invoices.record_invoice_payment(db, made.invoice_id, paid_in_full, day(41), PaymentMethod.BANK_TRANSFER)

    expired = quotes.create_quote(db, draft(prospect(0), 2, conditions=words.conditions)).document_id
    quotes.send_quote(db, expired, day(55))  # valid 30 days: expired 25 days ago
    refused = quotes.create_quote(db, draft(prospect(1), 3, discount=5000)).document_id
    quotes.send_quote(db, refused, day(30))
    quotes.refuse_quote(db, refused, day(21))
    sent = quotes.create_quote(db, draft(prospect(2), 4, 5, conditions=words.conditions)).document_id
    quotes.send_quote(db, sent, day(6))
    quotes.create_quote(db, draft(prospect(3), 7))  # a draft, not sent yet

    # A monthly retainer partly paid (a deposit), for a business client (its SIREN, VAT number and the €40
    # recovery indemnity are printed), and coaching corrected by a credit note.
    save_contact_billing(db, client(1), ContactBilling(
        is_business=True, siren="732829320", vat_number="FR44732829320",
        billing=Address(("12 rue des Lilas",), "69001", "Lyon"),
    ))
    partly = invoices.create_invoice(db, draft(client(1), 7)).document_id
    invoices.issue_document(db, partly, day(35))
    invoices.record_invoice_payment(db, partly, 100000, day(30), PaymentMethod.BANK_TRANSFER)
    coaching = invoices.create_invoice(db, draft(client(2), 6)).document_id
    invoices.issue_document(db, coaching, day(20))
    credit_line = LineDraft(words.credit_line, 1, 18000, "20", "C62")
    credit = invoices.create_credit_note(db, coaching, [credit_line]).document_id
    invoices.issue_document(db, credit, day(12))
    invoices.record_invoice_payment(db, coaching, invoices.invoice_balance(db, coaching).due_cents, day(5),
                                    PaymentMethod.CARD)
    invoices.create_invoice(db, draft(client(3), 2, 5))  # a draft invoice, no number yet
    return {"quote": 5, "invoice": 4, "credit_note": 1, "payment": 3}
