"""An invoice or credit note as a Factur-X file: Carnet's own PDF with its CII XML attached, as PDF/A-3.

The factur-x library attaches the XML under the name the standard gives it (factur-x.xml, relationship
"Data"), and rewrites the XMP metadata to say PDF/A-3 (part 3, conformance B) and the Factur-X profile
(EN 16931). The PDF it starts from is Carnet's (`invoice_pdf`: PDF/A-1b, every font embedded), so the
result keeps Carnet's layout. The XML is checked (schema and business rules) before anything is attached,
and the library's own schema check is not run twice. Quotes are PDF only: `document_pdf` gives either.
"""

from __future__ import annotations

import io
import logging

from carnet.documents.facturx_xml import PROFILE, facturx_xml
from carnet.documents.invoice_pdf import invoice_pdf
from carnet.documents.wording import title
from carnet.domain.invoice_document import DocumentKind, DocumentLanguage, InvoiceDocument

LANGUAGE_TAGS = {DocumentLanguage.FRENCH: "fr-FR", DocumentLanguage.ENGLISH: "en-GB"}


class _Rewritten(io.BytesIO):
    """The PDF in memory, which the library reads and then writes its result over.

    `facturx.generate_from_binary` would copy the invoice into a temporary file in /tmp (left there if
    Carnet is killed): the user's invoice would be written outside the folder they chose. Its
    `generate_from_file` takes a file object instead, reads it (pypdf), then writes the result into the same
    object from wherever the reading left it; the first write therefore starts the buffer afresh."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.rewriting = False

    def write(self, data: bytes, /) -> int:  # type: ignore[override]  # pypdf writes bytes
        if not self.rewriting:
            self.rewriting = True
            self.seek(0)
            self.truncate()
        return super().write(data)


def facturx_pdf(document: InvoiceDocument) -> bytes:
    """The Factur-X PDF/A-3 of an invoice or credit note (raises `facturx_xml.NotAnInvoice` for a quote and
    `facturx_xml.InvalidFacturX` when the document's data fails a check: then nothing is made)."""
    import facturx  # type: ignore[import-untyped]  # loaded only for an export: it brings requests and pypdf

    xml = facturx_xml(document)
    pdf = invoice_pdf(document)
    metadata = {
        "author": document.seller.name,
        "keywords": "Factur-X, " + title(document),
        "title": f"{title(document)} {document.number}",
        "subject": f"{title(document)} {document.number} — {document.seller.name} → {document.buyer.name}",
    }
    # The library logs each step at INFO ("XML file successfully validated…"): not news for Carnet's log.
    library_log = logging.getLogger("facturx")
    level = library_log.level
    library_log.setLevel(logging.WARNING)
    buffer = _Rewritten(pdf)
    try:
        facturx.generate_from_file(buffer, xml, flavor="factur-x", level=PROFILE, check_xsd=False,
                                   check_schematron=False, pdf_metadata=metadata,
                                   lang=LANGUAGE_TAGS[document.language])
    finally:
        library_log.setLevel(level)
    if not buffer.rewriting:
        raise RuntimeError("the factur-x library wrote no PDF")
    return buffer.getvalue()


def document_pdf(document: InvoiceDocument) -> bytes:
    """What Carnet writes for a document: a quote's plain PDF, an invoice's or credit note's Factur-X PDF."""
    if document.kind is DocumentKind.QUOTE:
        return invoice_pdf(document)
    return facturx_pdf(document)
