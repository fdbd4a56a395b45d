"""Quotes, invoices, credit notes and reminder letters as files: the PDF a person reads, the Factur-X XML a
machine reads inside it, and their export to a folder.

Everything here works from a `carnet.domain.invoice_document.InvoiceDocument`, already decided by the
invoicing services: nothing in this package reads the book or computes a total. The PDFs are painted with
QPdfWriter and QPainter (never QPrinter, which loads the print system and connects to a CUPS server); the
text is in the document's own language (`wording`), not the window's.
"""
