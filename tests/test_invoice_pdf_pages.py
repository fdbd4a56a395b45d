"""A 60-line invoice over several pages: a row is never cut across two pages, the lines table's header is on
every page, every page names the document and its number of pages, and the totals come once, after the last
line. Read back page by page with pdftotext."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from carnet.documents import formats
from carnet.documents.invoice_pdf import render_invoice
from invoice_samples import long_invoice, pdf_text, squash


def test_sixty_lines_break_between_rows_with_the_header_on_every_page(qtbot: QtBot) -> None:
    document = long_invoice(60)
    rendered = render_invoice(document)
    pages = rendered.pages
    assert len(pages) >= 3
    assert [row for page in pages for row in page] == list(range(60)), "every line once, in order"
    count = len(pages)
    texts = [squash(pdf_text(rendered.pdf, number, number)) for number in range(1, count + 1)]
    for number, (rows, text) in enumerate(zip(pages, texts, strict=True), start=1):
        assert squash(f"Page {number}/{count}") in text
        if rows:
            assert squash("Désignation") in text and squash("Prix unit. HT") in text, f"no header on page {number}"
        if number > 1:
            assert squash("Facture N° F-2026-0050 (suite)") in text
        for row in rows:  # the whole row — its whole description and its amount — on this page
            line = document.lines[row]
            assert squash(line.description) in text, f"line {row + 1} cut on page {number}"
            assert squash(formats.money(line.net_cents, "EUR", document.language)) in text
    # the long rows are the ones that would have been cut: each is whole on one page only
    long_rows = [row for row, line in enumerate(document.lines) if "lave-vaisselle" in line.description]
    assert long_rows
    for row in long_rows:
        holding = [n for n, text in enumerate(texts) if squash(document.lines[row].description) in text]
        assert len(holding) == 1
    # the totals once, after the last line
    holding_total = [n for n, text in enumerate(texts) if squash("Total TTC") in text]
    last_rows = max(n for n, rows in enumerate(pages) if rows)
    assert len(holding_total) == 1 and holding_total[0] >= last_rows
    assert squash(formats.money(document.gross_total_cents, "EUR", document.language)) in texts[holding_total[0]]

def test_a_one_page_invoice_stays_on_one_page(qtbot: QtBot) -> None:
    rendered = render_invoice(long_invoice(5))
    assert rendered.pages == [[0, 1, 2, 3, 4]]
    assert squash("Page 1/1") in squash(pdf_text(rendered.pdf))
