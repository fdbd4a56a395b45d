"""The PDF of a quote, invoice or credit note (issue 20): every mandatory mention printed from the document's
fields, in French and in English, read back with poppler's pdftotext; amounts and dates in the document's
language's convention; fonts embedded."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from carnet.documents import formats
from carnet.documents.invoice_pdf import invoice_pdf
from carnet.domain.invoice_document import DocumentLanguage, InvoiceDocument
from invoice_samples import (
    BOULANGERIE,
    MARGAUX,
    credit_note,
    deposit_invoice,
    english_business_invoice,
    english_quote,
    french_business_invoice,
    french_franchise_invoice,
    french_quote,
    pdf_text,
    squash,
)

FR, EN = DocumentLanguage.FRENCH, DocumentLanguage.ENGLISH


def holds(document: InvoiceDocument, *expected: str) -> str:
    text = squash(pdf_text(invoice_pdf(document)))
    missing = [item for item in expected if squash(item) not in text]
    assert not missing, f"not in the PDF: {missing}"
    return text


def test_amounts_dates_and_quantities_follow_the_documents_language() -> None:
    assert formats.money(123_450, "EUR", FR) == "1\u202f234,50\u00a0€"
    assert formats.money(123_450, "EUR", EN) == "€1,234.50"
    assert formats.money(-15_000, "EUR", FR) == "-150,00\u00a0€"
    assert formats.money(-15_000, "EUR", EN) == "-€150.00"
    assert formats.money(100_000_000, "CHF", EN) == "CHF\u00a01,000,000.00"
    assert formats.day(date(2026, 12, 1), FR) == "01/12/2026"
    assert formats.day(date(2026, 12, 1), EN) == "1 December 2026"
    assert formats.quantity(Decimal("3.50"), FR) == "3,5"
    assert formats.quantity(Decimal("1000"), EN) == "1,000"
    assert formats.rate(Decimal("5.5"), FR) == "5,5\u00a0%"
    assert formats.rate(Decimal("20"), EN) == "20%"
    assert formats.iban("FR7630004000031234567890143") == "FR76 3000 4000 0312 3456 7890 143"


def test_a_french_business_invoice_prints_every_mandatory_mention(qtbot: QtBot) -> None:
    document = french_business_invoice()
    seller, buyer = document.seller, document.buyer
    holds(document,
          # the seller: identity, legal form, address, SIRET, RCS, VAT number
          seller.name, "EI", "14 rue des Capucins", "69001 Lyon", formats.siren(seller.siret), seller.registration,
          f"N° TVA intracommunautaire {seller.vat_number}",
          # the client: name, address, SIREN/SIRET (business client, a reform mention), VAT number
          buyer.name, "27 avenue Roger Salengro", "69100 Villeurbanne", formats.siren(buyer.siret), buyer.vat_number,
          # the delivery address, when it differs
          "ADRESSE DE LIVRAISON", "112 boulevard de la Croix-Rousse", "69004 Lyon",
          # title, number, dates: issue, sale (or service), due
          "FACTURE", "F-2026-0042", "01/12/2026", "Date de la vente ou de la prestation", "27/11/2026",
          "Date d'échéance", "31/12/2026",
          # the lines: description, quantity, unit, unit price, VAT rate, line total
          "Création de l'identité visuelle : logo, palette, typographies", "3 jours", "450,00 €", "1 350,00 €",
          "500 pièces", "0,38 €", "5,5 %", "10 %", "20 %",
          # VAT per rate (base and amount), totals, paid and balance due
          "282,22 €", "15,52 €", "108,87 €", "10,89 €", "3 206,31 €", "641,26 €",
          "Sous-total HT", "3 747,40 €", "Remise", "-150,00 €", "Total HT", "3 597,40 €", "Total TVA", "667,67 €",
          "Total TTC", "4 265,07 €", "Déjà réglé", "-600,00 €", "Net à payer", "3 665,07 €",
          # payment, penalties, the €40 indemnity, early payment discount, nature, VAT on debits
          "IBAN FR76 3000 4000 0312 3456 7890 143", "BIC BNPAFRPPXXX",
          "Conditions de paiement : 30 jours à compter de la date de facture",
          "Pénalités de retard : trois fois le taux d'intérêt légal en vigueur",
          "Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 € "
          "(art. L441-10 et D441-5 du Code de commerce)",
          "Pas d'escompte pour paiement anticipé",
          "Nature des opérations : livraison de biens et prestation de services",
          "Option pour le paiement de la taxe d'après les débits",
          "Merci pour votre confiance !", "Page 1/1")


def test_an_english_business_invoice_says_the_same_in_english(qtbot: QtBot) -> None:
    document = english_business_invoice()
    text = holds(document,
                 "INVOICE", "INV-2026-0118", "1 December 2026", "Date of sale or service", "30 November 2026",
                 "Due date", "31 December 2026", "BILL TO", document.buyer.name,
                 f"SIREN {formats.siren(document.buyer.siren)}", f"VAT number {document.buyer.vat_number}",
                 f"VAT number {document.seller.vat_number}", formats.siren(document.seller.siret),
                 document.seller.registration,
                 "Strategy workshop with the founding team", "2 days", "€950.00", "€1,900.00", "3.5 hours",
                 "€120.00", "€420.00", "20%", "Taxable amount", "€3,820.00", "€764.00", "Total excl. VAT",
                 "Total VAT", "Total incl. VAT", "€4,584.00", "Balance due",
                 "Payment terms: 30 days from the invoice date",
                 "Late payment penalties: three times the French statutory interest rate",
                 "Fixed compensation for recovery costs in case of late payment: €40 (French Commercial Code, "
                 "art. L441-10 and D441-5)", "No discount for early payment", "Supply: services", "Page 1 of 1")
    for french in ("Facture", "Désignation", "Net à payer", "€3 820"):
        assert squash(french) not in text


def test_an_invoice_under_the_vat_franchise_to_a_private_client(qtbot: QtBot) -> None:
    document = french_franchise_invoice()
    text = holds(document, "TVA non applicable, art. 293 B du CGI", document.seller.name, "Micro-entrepreneur",
                 formats.siren(document.seller.siret), "Hélène Rousseau", "8 quai de la Fosse", "Total", "390,00 €",
                 "Nature des opérations : prestation de services", "À réception de la facture")
    # no VAT charged, no VAT number, and no mention that only business clients get
    for absent in ("Total TVA", "Total TTC", "N° TVA", "40 €", "escompte", "Pénalités"):
        assert squash(absent) not in text


def test_the_franchise_in_english_keeps_the_french_formula(qtbot: QtBot) -> None:
    document = replace(french_franchise_invoice(), language=EN)
    holds(document, "VAT not applicable, article 293 B of the French tax code (TVA non applicable, art. 293 B du CGI)",
          "€390.00", "1 December 2026")


def test_a_private_client_gets_no_siren_line_nor_recovery_indemnity_but_given_penalties(qtbot: QtBot) -> None:
    document = replace(french_business_invoice(), buyer=replace(BOULANGERIE, siren="", siret="", vat_number="",
                                                                 is_business=False, name="Zoé Martin"))
    text = holds(document, "Zoé Martin", "Pénalités de retard : trois fois le taux d'intérêt légal en vigueur")
    assert squash("512 987 348") not in text
    assert squash("Indemnité forfaitaire") not in text
    assert squash("escompte") not in text


def test_a_business_client_without_a_penalty_rate_gets_the_legal_default(qtbot: QtBot) -> None:
    document = replace(french_business_invoice(), late_payment_text="")
    holds(document, "Pénalités de retard : taux d'intérêt appliqué par la Banque centrale européenne à son opération "
                    "de refinancement la plus récente, majoré de 10 points")


def test_early_payment_conditions_when_given(qtbot: QtBot) -> None:
    document = replace(french_business_invoice(), early_payment_text="2 % si règlement sous 8 jours")
    text = holds(document, "Escompte pour paiement anticipé : 2 % si règlement sous 8 jours")
    assert squash("Pas d'escompte") not in text


def test_a_credit_note_names_the_invoice_it_corrects(qtbot: QtBot) -> None:
    text = holds(credit_note(), "AVOIR", "A-2026-0003", "Avoir sur la facture n° F-2026-0042 du 01/12/2026",
                 "Retour de 200 cartes de fidélité (défaut d'impression)", "76,00 €", "91,20 €")
    assert squash("Net à payer") not in text
    assert squash("Indemnité forfaitaire") not in text
    english = holds(replace(credit_note(), language=EN), "CREDIT NOTE",
                    "Credit note for invoice no. F-2026-0042 dated 1 December 2026")
    assert squash("Avoir") not in english


def test_a_deposit_invoice_says_so(qtbot: QtBot) -> None:
    holds(deposit_invoice(), "FACTURE D'ACOMPTE", "F-2026-0043", "Acompte de 30 % sur le devis D-2026-0019",
          "1 512,00 €", "Nature des opérations : livraison de biens")
    holds(replace(deposit_invoice(), language=EN), "DEPOSIT INVOICE", "€1,512.00", "Supply: goods")


def test_quotes_in_both_languages(qtbot: QtBot) -> None:
    text = holds(french_quote(), "DEVIS", "D-2026-0019", "Valable jusqu'au", "15/01/2027", "6,5 m²", "140,00 €",
                 "Conditions : Acompte de 30 % à la commande, solde à la pose.",
                 "Bon pour accord — date et signature du client :")
    for absent in ("Pénalités", "Net à payer", "Date d'échéance", "Date de la vente"):
        assert squash(absent) not in text
    holds(english_quote(), "QUOTE", "Q-2026-0031", "Valid until", "31 December 2026", "12 hours",
          "Terms: A 30% deposit on acceptance; the balance on delivery.", "Accepted — client's date and signature:",
          "€2,868.00")


def test_fonts_are_embedded_and_the_file_asks_for_pdf_a(qtbot: QtBot, tmp_path) -> None:
    path = tmp_path / "facture.pdf"
    data = invoice_pdf(french_business_invoice())
    path.write_bytes(data)
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    fonts = listing.splitlines()[2:]
    assert fonts, listing
    for font in fonts:
        assert font.split()[-5] == "yes", f"not embedded: {font}"  # the "emb" column
    assert b"pdfaid:part" in data and b"/OutputIntents" in data
    assert len(data) < 200_000, "fonts are embedded as subsets, not whole"


def test_a_transparent_logo_is_printed_without_a_soft_mask(qtbot: QtBot, tmp_path) -> None:
    logo = QImage(200, 80, QImage.Format.Format_ARGB32)
    logo.fill(QColor(0, 0, 0, 0))
    painter = QPainter(logo)
    painter.fillRect(20, 20, 160, 40, QColor(0xC0, 0x30, 0x30))
    painter.end()
    logo_path = tmp_path / "logo.png"
    assert logo.save(str(logo_path))
    pdf = tmp_path / "logo.pdf"
    pdf.write_bytes(invoice_pdf(replace(french_business_invoice(), logo_path=str(logo_path))))
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = images.splitlines()[2:]
    assert [row.split()[2] for row in rows] == ["image"], images  # one image, and no "smask" (PDF/A-1 forbids it)


def test_a_missing_logo_file_is_left_out_quietly(qtbot: QtBot, tmp_path) -> None:
    document = replace(french_business_invoice(), logo_path=str(tmp_path / "gone.png"))
    holds(document, MARGAUX.name, "FACTURE")
