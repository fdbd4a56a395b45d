"""A reminder letter (relance) for an unpaid invoice, on A4, in the invoice's language (the contact's).

Plain and firm: it names the invoice (number, date, amount), the balance due and the due date that has
passed, asks for payment (by transfer, when the invoice gives an IBAN), recalls the late-payment penalties
and, for a business client, the €40 fixed recovery indemnity (art. L441-10 and D441-5 of the Code de
commerce). Laid out for a window envelope: the client's address on the right, below the sender. Every
figure comes from the invoice's `InvoiceDocument`; only the letter's date is given (``today``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QPainter, QPdfWriter

from carnet.documents import formats, mentions
from carnet.documents.paper import MUTED, Paragraph, make_fonts, millimetres, points, render_pdf, rule
from carnet.documents.wording import wording
from carnet.domain.errors import CarnetError
from carnet.domain.invoice_document import DocumentKind, InvoiceDocument

PARAGRAPH_GAP_MM = 4.0
NOTHING_TO_REMIND = "Invoice {number} has nothing left to pay: no reminder to write."  # translated as an error


class NothingToRemind(CarnetError):
    """The document is not an invoice with a balance due."""


def reminder_paragraphs(document: InvoiceDocument, today: date) -> list[str]:
    """The letter's body, paragraph by paragraph (greeting first, closing last)."""
    if document.kind is not DocumentKind.INVOICE or document.due_cents <= 0:
        raise NothingToRemind(NOTHING_TO_REMIND, number=document.number)
    words, language, currency = wording(document.language), document.language, document.currency
    due_date = document.due_date or document.issue_date
    facts = words.reminder_facts.format(number=document.number, date=formats.day(document.issue_date, language),
                                        total=formats.money(document.gross_total_cents, currency, language),
                                        due_date=formats.day(due_date, language))
    balance = words.reminder_balance.format(amount=formats.money(document.due_cents, currency, language))
    late = (today - due_date).days
    if late > 0:
        balance += " " + words.reminder_overdue.format(days=late)
    request = words.reminder_request
    if document.bank is not None:
        request += " " + words.reminder_by_transfer.format(iban=formats.iban(document.bank.iban))
    paragraphs = [words.greeting.format(name=document.buyer.name), facts, balance, request]
    penalty = mentions.late_payment_text(document)
    if penalty:
        paragraphs.append(words.reminder_penalties.format(text=penalty))
    if document.buyer.is_business:
        paragraphs.append(words.reminder_indemnity)
    paragraphs += [words.reminder_disregard, words.closing]
    return paragraphs


def reminder_file_name(document: InvoiceDocument, today: date) -> str:
    """'Relance F-2026-0042 2027-01-15.pdf' / 'Reminder INV-2026-0118 2027-01-15.pdf'."""
    from carnet.documents.export import document_file_name

    word = "Relance" if document.language.value == "fr" else "Reminder"
    return f"{word} {document_file_name(document)[:-4]} {today.isoformat()}.pdf"


def reminder_letter_pdf(document: InvoiceDocument, today: date) -> bytes:
    """The letter's PDF (PDF/A-1b, fonts embedded), dated ``today``."""
    paragraphs = reminder_paragraphs(document, today)
    words = wording(document.language)

    def paint(writer: QPdfWriter, painter: QPainter) -> None:
        fonts, mm = make_fonts(), millimetres(writer, 1.0)
        width, height = float(writer.width()), float(writer.height())
        left_width, right_x = width * 0.48, width * 0.56
        y = 0.0
        for number, text in enumerate(mentions.seller_lines(document)):
            paragraph = Paragraph(text, fonts.bold if number == 0 else fonts.body, left_width, writer)
            paragraph.draw(painter, 0, y)
            y += paragraph.height
        y_right = 30 * mm  # where a window envelope's window begins
        for number, text in enumerate(mentions.buyer_lines(document)):
            paragraph = Paragraph(text, fonts.bold if number == 0 else fonts.body, width - right_x, writer)
            paragraph.draw(painter, right_x, y_right)
            y_right += paragraph.height
        y = max(y, y_right) + 12 * mm
        place = words.place_and_date.format(city=document.seller.city,
                                            date=formats.day(today, document.language)).lstrip(", ")
        dated = Paragraph(place, fonts.body, width - right_x, writer)
        dated.draw(painter, right_x, y)
        y += dated.height + 10 * mm
        subject = Paragraph(words.reminder_subject.format(number=document.number), fonts.bold, width, writer)
        subject.draw(painter, 0, y)
        y += subject.height + 8 * mm
        for text in paragraphs:
            paragraph = Paragraph(text, fonts.body, width, writer)
            paragraph.draw(painter, 0, y)
            y += paragraph.height + PARAGRAPH_GAP_MM * mm
        signature = Paragraph(document.seller.name, fonts.bold, left_width, writer)
        signature.draw(painter, right_x, y + 6 * mm)
        legal = Paragraph(mentions.legal_line(document), fonts.small, width, writer, color=MUTED)
        top = height - legal.height
        rule(painter, 0, width, top - 1.5 * mm, points(writer, 0.4))
        legal.draw(painter, 0, top)

    return render_pdf(words.reminder_subject.format(number=document.number), paint)
