"""Every word a quote, invoice, credit note or reminder letter prints, in French and in English.

Why not the app's translations (QTranslator, resources/translations/*.ts): a document is written in *its*
language (`InvoiceDocument.language`, the contact's), not the window's. A French user invoices an English
client in English while the window stays in French, and exports a French and an English invoice in one go.
A QTranslator is installed once for the whole application and answers in the window's language only; and
the legal mentions are fixed formulas (the wording the Code général des impôts and the Code de commerce
use), which must not drift with a translator's choices. So both languages are written here, side by side,
where a reviewer sees them together, and nothing here goes through `tr()`.

An English document keeps the French legal formulas of the VAT franchise and of the option on debits in
parentheses: they are the words French tax law asks for, whoever reads the invoice.
"""

from __future__ import annotations

from dataclasses import dataclass

from carnet.domain.invoice_document import DocumentKind, DocumentLanguage, InvoiceDocument, SaleNature


@dataclass(frozen=True)
class Wording:
    quote: str
    invoice: str
    deposit_invoice: str
    credit_note: str
    number: str  # before the document's number
    issue_date: str
    sale_date: str
    due_date: str
    valid_until: str
    corrects: str  # {number} {date}
    seller: str
    buyer: str
    delivery: str
    siren: str
    siret: str
    vat_number: str
    email: str
    phone: str
    description: str
    quantity: str
    unit: str
    unit_price: str
    vat: str
    line_total: str
    vat_summary: str
    vat_rate: str
    vat_base: str
    vat_amount: str
    subtotal: str
    discount: str
    net_total: str
    vat_total: str
    gross_total: str
    franchise_total: str  # the total under the VAT franchise: no VAT, so no "excl." nor "incl."
    paid: str
    credited: str  # what the invoice's credit notes took off it
    balance_due: str
    exempt: str  # the VAT breakdown's rate column under the franchise
    payment: str
    payment_terms: str
    bank_transfer: str
    nature: str  # {nature}
    natures: dict[SaleNature, str]
    franchise: str
    on_debits: str
    late_payment: str  # {text}
    default_late_payment: str
    indemnity: str
    no_early_discount: str
    early_payment: str  # {text}
    conditions: str
    acceptance: str
    notes: str
    page: str  # {page} {pages}
    continued: str
    units: dict[str, tuple[str, str]]  # UN/ECE rec. 20 code → (one, several)
    # The reminder letter
    reminder_subject: str  # {number}
    greeting: str  # {name}
    reminder_facts: str  # {number} {date} {total} {due_date}
    reminder_balance: str  # {amount}
    reminder_overdue: str  # {days}
    reminder_request: str
    reminder_by_transfer: str  # {iban}
    reminder_penalties: str  # {text}
    reminder_indemnity: str
    reminder_disregard: str
    closing: str
    place_and_date: str  # {city} {date}


FRENCH = Wording(
    quote="Devis",
    invoice="Facture",
    deposit_invoice="Facture d'acompte",
    credit_note="Avoir",
    number="N°",
    issue_date="Date",
    sale_date="Date de la vente ou de la prestation",
    due_date="Date d'échéance",
    valid_until="Valable jusqu'au",
    corrects="Avoir sur la facture n° {number} du {date}",
    seller="Émetteur",
    buyer="Client",
    delivery="Adresse de livraison",
    siren="SIREN",
    siret="SIRET",
    vat_number="N° TVA intracommunautaire",
    email="E-mail",
    phone="Tél.",
    description="Désignation",
    quantity="Qté",
    unit="Unité",
    unit_price="Prix unit. HT",
    vat="TVA",
    line_total="Total HT",
    vat_summary="Détail de la TVA",
    vat_rate="Taux",
    vat_base="Base HT",
    vat_amount="Montant TVA",
    subtotal="Sous-total HT",
    discount="Remise",
    net_total="Total HT",
    vat_total="Total TVA",
    gross_total="Total TTC",
    franchise_total="Total",
    paid="Déjà réglé",
    credited="Avoirs déduits",
    balance_due="Net à payer",
    exempt="Exonéré",
    payment="Règlement",
    payment_terms="Conditions de paiement",
    bank_transfer="Par virement",
    nature="Nature des opérations : {nature}",
    natures={
        SaleNature.GOODS: "livraison de biens",
        SaleNature.SERVICES: "prestation de services",
        SaleNature.BOTH: "livraison de biens et prestation de services",
    },
    franchise="TVA non applicable, art. 293 B du CGI",
    on_debits="Option pour le paiement de la taxe d'après les débits",
    late_payment="Pénalités de retard : {text}",
    default_late_payment=("taux d'intérêt appliqué par la Banque centrale européenne à son opération de "
                          "refinancement la plus récente, majoré de 10 points"),
    indemnity=("Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 € "
               "(art. L441-10 et D441-5 du Code de commerce)"),
    no_early_discount="Pas d'escompte pour paiement anticipé",
    early_payment="Escompte pour paiement anticipé : {text}",
    conditions="Conditions",
    acceptance="Bon pour accord — date et signature du client :",
    notes="Remarques",
    page="Page {page}/{pages}",
    continued="suite",
    units={
        "C62": ("unité", "unités"),
        "H87": ("pièce", "pièces"),
        "HUR": ("heure", "heures"),
        "MIN": ("minute", "minutes"),
        "DAY": ("jour", "jours"),
        "WEE": ("semaine", "semaines"),
        "MON": ("mois", "mois"),
        "ANN": ("an", "ans"),
        "LS": ("forfait", "forfaits"),
        "KGM": ("kg", "kg"),
        "MTR": ("m", "m"),
        "MTK": ("m²", "m²"),
        "KMT": ("km", "km"),
        "LTR": ("litre", "litres"),
        "E48": ("prestation", "prestations"),
    },
    reminder_subject="Objet : relance — facture n° {number} impayée",
    greeting="Madame, Monsieur,",
    reminder_facts=("Sauf erreur de notre part, la facture n° {number} du {date}, d'un montant de {total}, "
                    "arrivée à échéance le {due_date}, n'a pas été réglée à ce jour."),
    reminder_balance="Le montant restant dû est de {amount}.",
    reminder_overdue="Le retard de paiement est de {days} jours.",
    reminder_request="Nous vous demandons de bien vouloir régler cette somme sans délai.",
    reminder_by_transfer="Règlement par virement sur le compte IBAN {iban}.",
    reminder_penalties="Conformément à nos conditions de paiement, des pénalités de retard sont dues : {text}.",
    reminder_indemnity=("Une indemnité forfaitaire pour frais de recouvrement de 40 € est également due "
                        "(art. L441-10 et D441-5 du Code de commerce)."),
    reminder_disregard="Si vous avez réglé cette facture entre-temps, merci de ne pas tenir compte de ce courrier.",
    closing="Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
    place_and_date="{city}, le {date}",
)

ENGLISH = Wording(
    quote="Quote",
    invoice="Invoice",
    deposit_invoice="Deposit invoice",
    credit_note="Credit note",
    number="No.",
    issue_date="Date",
    sale_date="Date of sale or service",
    due_date="Due date",
    valid_until="Valid until",
    corrects="Credit note for invoice no. {number} dated {date}",
    seller="From",
    buyer="Bill to",
    delivery="Deliver to",
    siren="SIREN",
    siret="SIRET",
    vat_number="VAT number",
    email="Email",
    phone="Phone",
    description="Description",
    quantity="Qty",
    unit="Unit",
    unit_price="Unit price excl. VAT",
    vat="VAT",
    line_total="Total excl. VAT",
    vat_summary="VAT summary",
    vat_rate="Rate",
    vat_base="Taxable amount",
    vat_amount="VAT amount",
    subtotal="Subtotal excl. VAT",
    discount="Discount",
    net_total="Total excl. VAT",
    vat_total="Total VAT",
    gross_total="Total incl. VAT",
    franchise_total="Total",
    paid="Already paid",
    credited="Credit notes",
    balance_due="Balance due",
    exempt="Exempt",
    payment="Payment",
    payment_terms="Payment terms",
    bank_transfer="By bank transfer",
    nature="Supply: {nature}",
    natures={
        SaleNature.GOODS: "goods",
        SaleNature.SERVICES: "services",
        SaleNature.BOTH: "goods and services",
    },
    franchise="VAT not applicable, article 293 B of the French tax code (TVA non applicable, art. 293 B du CGI)",
    on_debits=("The seller has opted to pay VAT on debits (Option pour le paiement de la taxe d'après les "
               "débits)"),
    late_payment="Late payment penalties: {text}",
    default_late_payment="the European Central Bank's most recent refinancing rate plus 10 percentage points",
    indemnity=("Fixed compensation for recovery costs in case of late payment: €40 (French Commercial Code, "
               "art. L441-10 and D441-5)"),
    no_early_discount="No discount for early payment",
    early_payment="Discount for early payment: {text}",
    conditions="Terms",
    acceptance="Accepted — client's date and signature:",
    notes="Notes",
    page="Page {page} of {pages}",
    continued="continued",
    units={
        "C62": ("unit", "units"),
        "H87": ("piece", "pieces"),
        "HUR": ("hour", "hours"),
        "MIN": ("minute", "minutes"),
        "DAY": ("day", "days"),
        "WEE": ("week", "weeks"),
        "MON": ("month", "months"),
        "ANN": ("year", "years"),
        "LS": ("lump sum", "lump sums"),
        "KGM": ("kg", "kg"),
        "MTR": ("m", "m"),
        "MTK": ("m²", "m²"),
        "KMT": ("km", "km"),
        "LTR": ("litre", "litres"),
        "E48": ("service", "services"),
    },
    reminder_subject="Reminder: unpaid invoice no. {number}",
    greeting="Dear {name},",
    reminder_facts=("According to our records, invoice no. {number} dated {date}, for {total}, was due on "
                    "{due_date} and has not been paid."),
    reminder_balance="The balance due is {amount}.",
    reminder_overdue="Payment is {days} days late.",
    reminder_request="Please pay this amount without further delay.",
    reminder_by_transfer="Payment by bank transfer to IBAN {iban}.",
    reminder_penalties="Under our payment terms, late payment penalties are due: {text}.",
    reminder_indemnity=("A fixed compensation of €40 for recovery costs is also due (French Commercial Code, "
                        "art. L441-10 and D441-5)."),
    reminder_disregard="If you have paid this invoice in the meantime, please disregard this letter.",
    closing="Yours faithfully,",
    place_and_date="{city}, {date}",
)


def wording(language: DocumentLanguage) -> Wording:
    return FRENCH if language is DocumentLanguage.FRENCH else ENGLISH


def title(document: InvoiceDocument) -> str:
    """'Facture', 'Facture d'acompte', 'Avoir', 'Devis' (or the English words)."""
    words = wording(document.language)
    if document.kind is DocumentKind.QUOTE:
        return words.quote
    if document.kind is DocumentKind.CREDIT_NOTE:
        return words.credit_note
    return words.deposit_invoice if document.deposit else words.invoice


def unit_name(code: str, several: bool, language: DocumentLanguage) -> str:
    """A UN/ECE unit code in words ('HUR' → 'heures'); a code not known here is printed as it is."""
    names = wording(language).units.get(code)
    if names is None:
        return code
    return names[1] if several else names[0]
