"""Every issued document of the demo book, English and French, as the files Carnet writes: its Factur-X XML
valid against the schema and the EN 16931 business rules, embedded in a PDF/A-3 that carries the mandatory
mentions the issue lists (read back with pdftotext)."""

from __future__ import annotations

import io
from datetime import date

import pytest
from lxml import etree
from pypdf import PdfReader

from carnet.documents.facturx_pdf import document_pdf
from carnet.documents.facturx_xml import business_rule_problems, check_xml, facturx_xml
from carnet.documents.wording import wording
from carnet.domain.invoice_document import DocumentKind
from carnet.services.demo_data import make_demo_book
from carnet.services.invoice_documents import issued_documents
from carnet.storage import Database
from invoice_samples import pdf_text

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize("language", ["en", "fr_FR"])
def test_every_demo_invoice_and_credit_note_is_valid_factur_x_with_its_mentions(
    qapp: object, db: Database, language: str
) -> None:
    # ``qapp``: the tests' QApplication paints the PDFs (without one, the documents would make a bare
    # QGuiApplication, as `carnet export` does, and every later test's widgets would have none).
    make_demo_book(db, 60, seed=3, today=TODAY, language=language)
    documents = issued_documents(db)
    assert {d.kind for d in documents} == {DocumentKind.INVOICE, DocumentKind.CREDIT_NOTE}
    for document in documents:
        xml = facturx_xml(document)
        check_xml(xml)  # the XSD of the EN 16931 profile, then the business rules
        assert business_rule_problems(xml) == []
        number = etree.fromstring(xml).findtext("{*}ExchangedDocument/{*}ID")
        assert number == document.number
        pdf = document_pdf(document)
        reader = PdfReader(io.BytesIO(pdf))
        assert reader.attachments["factur-x.xml"][0] == xml  # the same XML, inside the PDF
        metadata = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
        assert "<pdfaid:part>3</pdfaid:part>" in metadata
        text = " ".join(pdf_text(pdf).split())
        assert document.number in text and document.seller.name in text and document.buyer.name in text
        if document.kind is DocumentKind.INVOICE:
            words = wording(document.language)
            total = words.franchise_total if document.vat_franchise else words.gross_total
            mentions = [words.issue_date, words.due_date, words.late_payment.split(":")[0].strip(), "SIRET",
                        document.seller.vat_number, total]
            if document.buyer.is_business:
                mentions.append(words.indemnity.split(":")[0].strip())
            for mention in mentions:
                assert mention in text, (document.number, mention)
        else:
            assert document.corrects_number in text  # a credit note names the invoice it corrects
