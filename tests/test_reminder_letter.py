"""The reminder letter for an unpaid invoice (issue 20): in the invoice's language, naming the invoice, its
date, the amount and balance due, the due date passed, the penalties and — for a business client only — the
€40 recovery indemnity. Read back with pdftotext."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from carnet.documents.reminder_letter import NothingToRemind, reminder_file_name, reminder_letter_pdf
from invoice_samples import (
    HELENE,
    english_business_invoice,
    english_quote,
    french_business_invoice,
    french_franchise_invoice,
    pdf_text,
    squash,
)

TODAY = date(2027, 1, 15)


def letter(document) -> str:
    return squash(pdf_text(reminder_letter_pdf(document, TODAY)))


def test_a_french_business_client_is_reminded_of_penalties_and_the_indemnity(qtbot: QtBot) -> None:
    text = letter(french_business_invoice())
    for expected in ("Objet : relance — facture n° F-2026-0042 impayée", "Madame, Monsieur,",
                     "la facture n° F-2026-0042 du 01/12/2026, d'un montant de 4 265,07 €",
                     "arrivée à échéance le 31/12/2026", "Le montant restant dû est de 3 665,07 €",
                     "Le retard de paiement est de 15 jours", "IBAN FR76 3000 4000 0312 3456 7890 143",
                     "des pénalités de retard sont dues : trois fois le taux d'intérêt légal en vigueur",
                     "Une indemnité forfaitaire pour frais de recouvrement de 40 € est également due "
                     "(art. L441-10 et D441-5 du Code de commerce)", "Lyon, le 15/01/2027",
                     "Boulangerie Dubois SARL", "27 avenue Roger Salengro", "Margaux Lefèvre — Atelier Graphique"):
        assert squash(expected) in text, expected


def test_an_english_letter_for_an_english_invoice(qtbot: QtBot) -> None:
    text = letter(english_business_invoice())
    for expected in ("Reminder: unpaid invoice no. INV-2026-0118", "Dear Northwind Studio SAS,",
                     "invoice no. INV-2026-0118 dated 1 December 2026, for €4,584.00, was due on 31 December 2026",
                     "The balance due is €4,584.00", "Payment is 15 days late",
                     "late payment penalties are due: three times the French statutory interest rate",
                     "A fixed compensation of €40 for recovery costs is also due", "Paris, 15 January 2027",
                     "Yours faithfully,"):
        assert squash(expected) in text, expected
    assert squash("Madame") not in text


def test_a_private_client_gets_no_indemnity(qtbot: QtBot) -> None:
    text = letter(french_franchise_invoice())
    assert squash("la facture n° F-2026-0007 du 01/12/2026, d'un montant de 390,00 €") in text
    assert squash("40 €") not in text
    penalised = letter(replace(french_business_invoice(), buyer=HELENE))
    assert squash("trois fois le taux d'intérêt légal") in penalised
    assert squash("indemnité forfaitaire") not in penalised


def test_nothing_to_remind_for_a_paid_invoice_or_a_quote(qtbot: QtBot) -> None:
    paid = french_business_invoice()
    with pytest.raises(NothingToRemind, match="F-2026-0042 has nothing left to pay"):
        reminder_letter_pdf(replace(paid, paid_cents=paid.gross_total_cents, due_cents=0), TODAY)
    with pytest.raises(NothingToRemind):
        reminder_letter_pdf(english_quote(), TODAY)


def test_the_letters_file_name() -> None:
    assert reminder_file_name(french_business_invoice(), TODAY) == "Relance F-2026-0042 2027-01-15.pdf"
    assert reminder_file_name(english_business_invoice(), TODAY) == "Reminder INV-2026-0118 2027-01-15.pdf"
