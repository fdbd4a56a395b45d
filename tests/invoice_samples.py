"""Hand-built documents that look like a French or English solo business's real quotes and invoices, for the
tests of the PDFs, the Factur-X XML, the export and the reminder letter.

The people and companies are invented; their SIREN, SIRET, VAT numbers and IBANs are real-shaped and pass
their check digits (made with python-stdnum's calc functions, then validated). Totals are computed here the
way the invoicing services do (half up, VAT on each rate's whole base), since documents never compute.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from stdnum import iban as iban_numbers
from stdnum import luhn
from stdnum.fr import siren as siren_numbers
from stdnum.fr import siret as siret_numbers
from stdnum.fr import tva

from carnet.domain.invoice_document import (
    BankAccount,
    DocumentKind,
    DocumentLanguage,
    DocumentLine,
    InvoiceDocument,
    Party,
    SaleNature,
    VatBreakdown,
)


def make_siren(first_eight: str) -> str:
    number = first_eight + luhn.calc_check_digit(first_eight)
    assert siren_numbers.is_valid(number)
    return number


def make_siret(siren: str, establishment: str) -> str:
    body = siren + establishment  # 13 digits
    number = body + luhn.calc_check_digit(body)
    assert siret_numbers.is_valid(number)
    return number


def make_vat(siren: str) -> str:
    key = (12 + 3 * (int(siren) % 97)) % 97
    number = f"FR{key:02d}{siren}"
    assert tva.is_valid(number)
    return number


def make_iban(country: str, bban: str) -> str:
    number = country + iban_numbers.calc_check_digits(country + "00" + bban) + bban
    assert iban_numbers.is_valid(number)
    return number


MARGAUX_SIREN = make_siren("83214756")
MARGAUX_SIRET = make_siret(MARGAUX_SIREN, "0002")
MARGAUX = Party(
    name="Margaux Lefèvre — Atelier Graphique", address_lines=("14 rue des Capucins",), postcode="69001",
    city="Lyon", legal_form="EI", siren=MARGAUX_SIREN, siret=MARGAUX_SIRET, vat_number=make_vat(MARGAUX_SIREN),
    registration=f"RCS Lyon {MARGAUX_SIREN[:3]} {MARGAUX_SIREN[3:6]} {MARGAUX_SIREN[6:]}",
    email="margaux@atelier-lefevre.fr", phone="06 12 34 56 78")
MARGAUX_BANK = BankAccount(make_iban("FR", "30004000031234567890143"), "BNPAFRPPXXX")

BOULANGERIE_SIREN = make_siren("51298734")
BOULANGERIE = Party(
    name="Boulangerie Dubois SARL", address_lines=("27 avenue Roger Salengro", "Bâtiment B"), postcode="69100",
    city="Villeurbanne", siren=BOULANGERIE_SIREN, siret=make_siret(BOULANGERIE_SIREN, "0001"),
    vat_number=make_vat(BOULANGERIE_SIREN), is_business=True)

CAMILLE_SIREN = make_siren("90145238")
CAMILLE = Party(
    name="Camille Girard Photographie", address_lines=("3 impasse des Vignes",), postcode="44000", city="Nantes",
    legal_form="Micro-entrepreneur", siren=CAMILLE_SIREN, siret=make_siret(CAMILLE_SIREN, "0001"),
    registration="", email="contact@camillegirard.fr")
CAMILLE_BANK = BankAccount(make_iban("FR", "20041010110500013M02606"), "PSSTFRPPNTE")
HELENE = Party(name="Hélène Rousseau", address_lines=("8 quai de la Fosse", "Appartement 12"), postcode="44000",
               city="Nantes")

OWEN = Party(
    name="Owen Price Consulting", address_lines=("5 rue de la Paix",), postcode="75002", city="Paris",
    legal_form="EI", siren=make_siren("75310246"), siret=make_siret(make_siren("75310246"), "0003"),
    vat_number=make_vat(make_siren("75310246")), registration="RCS Paris 753 102 46" + make_siren("75310246")[-1],
    email="owen@priceconsulting.fr")
NORTHWIND_SIREN = make_siren("88201437")
NORTHWIND = Party(
    name="Northwind Studio SAS", address_lines=("42 boulevard Haussmann",), postcode="75009", city="Paris",
    siren=NORTHWIND_SIREN, vat_number=make_vat(NORTHWIND_SIREN), is_business=True)
PENALTIES_FR = "trois fois le taux d'intérêt légal en vigueur"
PENALTIES_EN = "three times the French statutory interest rate"


def line(description: str, quantity: str, unit: str, price_cents: int, rate: str | None) -> DocumentLine:
    amount = (Decimal(quantity) * price_cents).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return DocumentLine(description, Decimal(quantity), unit, price_cents,
                        None if rate is None else Decimal(rate), int(amount))


def document(kind: DocumentKind, number: str, seller: Party, buyer: Party, lines: list[DocumentLine], *,
             language: DocumentLanguage = DocumentLanguage.FRENCH, discount_cents: int = 0, paid_cents: int = 0,
             issue_date: date = date(2026, 12, 1), **more: object) -> InvoiceDocument:
    """A document whose totals are computed as the services do: the discount split across the rates in
    proportion to their lines (the remainder on the first), VAT on each rate's whole base, half up."""
    rates = sorted({item.vat_rate for item in lines}, key=lambda rate: (rate is not None, rate or 0))
    sums = {rate: sum(item.net_cents for item in lines if item.vat_rate == rate) for rate in rates}
    total = sum(sums.values())
    shares = {rate: discount_cents * sums[rate] // total for rate in rates} if total else {}
    if shares:
        shares[rates[0]] += discount_cents - sum(shares.values())
    vat = []
    for rate in rates:
        base = sums[rate] - shares.get(rate, 0)
        tax = 0 if rate is None else int((Decimal(base) * rate / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        vat.append(VatBreakdown(rate, base, tax))
    net = sum(item.base_cents for item in vat)
    tax_total = sum(item.vat_cents for item in vat)
    return InvoiceDocument(
        kind=kind, number=number, issue_date=issue_date, language=language, currency="EUR", seller=seller,
        buyer=buyer, lines=tuple(lines), vat=tuple(vat), net_total_cents=net, vat_total_cents=tax_total,
        gross_total_cents=net + tax_total, discount_cents=discount_cents, paid_cents=paid_cents,
        due_cents=net + tax_total - paid_cents, **more)  # type: ignore[arg-type]


def french_business_invoice() -> InvoiceDocument:
    """A VAT-registered graphic designer invoices a bakery: three rates, a discount, a delivery address."""
    return document(
        DocumentKind.INVOICE, "F-2026-0042", MARGAUX, BOULANGERIE, [
            line("Création de l'identité visuelle : logo, palette, typographies", "1", "LS", 180_000, "20"),
            line("Atelier de travail avec l'équipe (demi-journées)", "3", "DAY", 45_000, "20"),
            line("Impression de 500 cartes de fidélité", "500", "H87", 38, "20"),
            line("Livre « L'art du pain » offert aux clients", "12", "H87", 2_450, "5.5"),
            line("Plateaux-repas pour l'atelier", "6", "C62", 1_890, "10"),
        ], discount_cents=15_000, paid_cents=60_000, sale_date=date(2026, 11, 27), due_date=date(2026, 12, 31),
        nature=SaleNature.BOTH, vat_on_debits=True, payment_terms="30 jours à compter de la date de facture",
        late_payment_text=PENALTIES_FR, bank=MARGAUX_BANK,
        delivery_address=Party(name="Boulangerie Dubois — boutique de la Croix-Rousse",
                               address_lines=("112 boulevard de la Croix-Rousse",), postcode="69004", city="Lyon"),
        notes=("Merci pour votre confiance !",))


def french_franchise_invoice() -> InvoiceDocument:
    """A photographer under the VAT franchise invoices a private client."""
    return document(
        DocumentKind.INVOICE, "F-2026-0007", CAMILLE, HELENE, [
            line("Séance photo de famille au Jardin des Plantes (2 h)", "1", "LS", 25_000, None),
            line("Tirages d'art 30 × 40 cm sur papier Hahnemühle", "4", "H87", 3_500, None),
        ], sale_date=date(2026, 11, 22), due_date=date(2026, 12, 15), vat_franchise=True,
        payment_terms="À réception de la facture", bank=CAMILLE_BANK)


def english_business_invoice() -> InvoiceDocument:
    """An English-speaking consultant in Paris invoices a studio, in English, at 20%."""
    return document(
        DocumentKind.INVOICE, "INV-2026-0118", OWEN, NORTHWIND, [
            line("Strategy workshop with the founding team", "2", "DAY", 95_000, "20"),
            line("Follow-up calls", "3.5", "HUR", 12_000, "20"),
            line("Market research report (English and French editions)", "1", "LS", 150_000, "20"),
        ], language=DocumentLanguage.ENGLISH, sale_date=date(2026, 11, 30), due_date=date(2026, 12, 31),
        payment_terms="30 days from the invoice date", late_payment_text=PENALTIES_EN,
        bank=BankAccount(make_iban("FR", "10278060770002045678901"), "CMCIFR2A"))


def deposit_invoice() -> InvoiceDocument:
    """A 30% deposit on the bakery's new shop front."""
    return document(
        DocumentKind.INVOICE, "F-2026-0043", MARGAUX, BOULANGERIE, [
            line("Acompte de 30 % sur le devis D-2026-0019 (enseigne et vitrophanie)", "1", "LS", 126_000, "20"),
        ], deposit=True, due_date=date(2026, 12, 8), payment_terms="À réception", late_payment_text=PENALTIES_FR,
        bank=MARGAUX_BANK, nature=SaleNature.GOODS)


def credit_note() -> InvoiceDocument:
    """A credit note for the cards the bakery sent back."""
    return document(
        DocumentKind.CREDIT_NOTE, "A-2026-0003", MARGAUX, BOULANGERIE, [
            line("Retour de 200 cartes de fidélité (défaut d'impression)", "200", "H87", 38, "20"),
        ], issue_date=date(2026, 12, 10), corrects_number="F-2026-0042", corrects_date=date(2026, 12, 1),
        nature=SaleNature.GOODS)


def english_quote() -> InvoiceDocument:
    return document(
        DocumentKind.QUOTE, "Q-2026-0031", OWEN, NORTHWIND, [
            line("Brand positioning workshop", "1", "DAY", 95_000, "20"),
            line("Competitor analysis", "12", "HUR", 12_000, "20"),
        ], language=DocumentLanguage.ENGLISH, valid_until=date(2026, 12, 31),
        conditions="A 30% deposit on acceptance; the balance on delivery.")


def french_quote() -> InvoiceDocument:
    return document(
        DocumentKind.QUOTE, "D-2026-0019", MARGAUX, BOULANGERIE, [
            line("Enseigne lumineuse 2 × 0,6 m", "1", "H87", 320_000, "20"),
            line("Vitrophanie de la devanture", "6.5", "MTK", 14_000, "20"),
        ], valid_until=date(2027, 1, 15), nature=SaleNature.GOODS,
        conditions="Acompte de 30 % à la commande, solde à la pose.")


def long_invoice(count: int = 60) -> InvoiceDocument:
    """A translator's monthly invoice of ``count`` lines, some of them long."""
    lines = []
    for number in range(count):
        text = f"Traduction FR→EN, document n° {number + 1}"
        if number % 7 == 3:
            text += (" : notice technique d'un lave-vaisselle, avec relecture par un second traducteur, mise en "
                     "page conforme au modèle du client et glossaire mis à jour")
        lines.append(line(text, str(250 + 10 * number), "C62", 9, "20"))
    return replace(french_business_invoice(), lines=()) if count == 0 else document(
        DocumentKind.INVOICE, "F-2026-0050", MARGAUX, BOULANGERIE, lines, due_date=date(2026, 12, 31),
        late_payment_text=PENALTIES_FR, bank=MARGAUX_BANK)


def pdf_text(data: bytes, first: int | None = None, last: int | None = None) -> str:
    """The PDF's text as poppler's pdftotext reads it (pages ``first`` to ``last``, all when None)."""
    import subprocess

    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    return subprocess.run(["pdftotext", *pages, "-", "-"], input=data, capture_output=True, check=True).stdout.decode()


def squash(text: str) -> str:
    """Text compared without its layout: compatibility forms folded (no-break spaces, ligatures), and no spaces
    nor hyphens, since pdftotext joins a word hyphenated at a line's end ("Croix-\\nRousse" → "CroixRousse")."""
    import re
    import unicodedata

    return re.sub(r"[\s\-]+", "", unicodedata.normalize("NFKC", text))
