"""A quote, invoice or credit note on A4 paper, painted from its `InvoiceDocument` and nothing else.

Page one: the seller (and logo) on the left, the title, number and dates on the right; the buyer below on the
right (where a window envelope shows it), the delivery address, if any, on the left. Then the lines table,
whose rows are laid out (and so measured) before anything is drawn: a row that would not fit starts the next
page, under the table's header drawn again (`carnet.ui.paged_table.paginate`; only a row taller than a
whole page is cut, between two lines of text). Then the VAT breakdown beside the totals, payment, and the
mentions, each block kept whole. Every page's foot names the seller and the page ("Page 2/3"); every page
after the first names the document at its top, so a loose sheet is still identified.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPdfWriter

from carnet.documents import formats, mentions
from carnet.documents.paper import (
    FILL,
    MUTED,
    RULE,
    Align,
    Fonts,
    Paragraph,
    draw_logo,
    make_fonts,
    millimetres,
    opaque_logo,
    points,
    render_pdf,
    rule,
)
from carnet.documents.wording import Wording, title, unit_name, wording
from carnet.domain.invoice_document import DocumentKind, DocumentLanguage, DocumentLine, InvoiceDocument
from carnet.ui.paged_table import Slice, paginate

# Each column's part of the width, and how its text sits: description, quantity, unit, unit price, VAT, total.
SHARES = (0.40, 0.08, 0.11, 0.15, 0.09, 0.17)
ALIGNS = (Align.LEFT, Align.RIGHT, Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT)
CELL_PADDING_PT = 3.5
LOGO_MM = (45.0, 20.0)
Draw = Callable[[QPainter], None]


@dataclass(frozen=True)
class RenderedDocument:
    pdf: bytes
    pages: list[list[int]]  # the line numbers (0-based) that begin on each page: the tests read it


def invoice_pdf(document: InvoiceDocument) -> bytes:
    """The document's PDF (PDF/A-1b, fonts embedded), ready to be written or given to `facturx_pdf`."""
    return render_invoice(document).pdf


def render_invoice(document: InvoiceDocument) -> RenderedDocument:
    pages: list[list[int]] = []

    def paint(writer: QPdfWriter, painter: QPainter) -> None:
        sheet = _Sheet(document, writer)
        pages.extend(sheet.lay_out())
        sheet.draw(painter)

    name = f"{title(document)} {document.number}"
    return RenderedDocument(render_pdf(name, paint), pages)


def several(quantity: Decimal, language: DocumentLanguage) -> bool:
    """Whether the unit takes its plural: from 2 in French ("1,5 jour"), anything but 1 in English."""
    return quantity >= 2 if language is DocumentLanguage.FRENCH else quantity != 1


def line_cells(line: DocumentLine, document: InvoiceDocument) -> list[str]:
    language = document.language
    vat = "—" if line.vat_rate is None else formats.rate(line.vat_rate, language)
    return [line.description, formats.quantity(line.quantity, language),
            unit_name(line.unit, several(line.quantity, language), language),
            formats.money(line.unit_price_cents, document.currency, language), vat,
            formats.money(line.net_cents, document.currency, language)]


def total_rows(document: InvoiceDocument, words: Wording) -> list[tuple[str, int, bool]]:
    """(label, cents, bold) rows of the totals box, from the document's own totals."""
    rows: list[tuple[str, int, bool]] = []
    if document.discount_cents:
        rows.append((words.subtotal, document.net_total_cents + document.discount_cents, False))
        rows.append((words.discount, -document.discount_cents, False))
    if document.vat_franchise:
        rows.append((words.franchise_total, document.gross_total_cents, True))
    else:
        rows += [(words.net_total, document.net_total_cents, False),
                 (words.vat_total, document.vat_total_cents, False),
                 (words.gross_total, document.gross_total_cents, True)]
    if document.kind is DocumentKind.INVOICE:
        if document.credited_cents:
            rows.append((words.credited, -document.credited_cents, False))
        if document.paid_cents:
            rows.append((words.paid, -document.paid_cents, False))
        rows.append((words.balance_due, document.due_cents, True))
    return rows


class _Sheet:
    """One document's layout: first measured and placed on pages, then drawn."""

    def __init__(self, document: InvoiceDocument, writer: QPdfWriter) -> None:
        self.document, self.writer = document, writer
        self.words = wording(document.language)
        self.fonts: Fonts = make_fonts()
        self.width, self.height = float(writer.width()), float(writer.height())
        self.mm = millimetres(writer, 1.0)
        self.padding = points(writer, CELL_PADDING_PT)
        self.legal = Paragraph(mentions.legal_line(document), self.fonts.small, self.width * 0.8, writer,
                               color=MUTED)
        self.bottom = self.height - max(self.legal.height, self._small("Page").height) - 4 * self.mm
        self.pages: list[list[Draw]] = [[]]
        self.y = 0.0

    def _text(self, text: str, width: float, bold: bool = False, align: Align = Align.LEFT) -> Paragraph:
        return Paragraph(text, self.fonts.bold if bold else self.fonts.body, width, self.writer, align)

    def _small(self, text: str, width: float | None = None) -> Paragraph:
        return Paragraph(text, self.fonts.small, width or self.width, self.writer, color=MUTED)

    # Layout -------------------------------------------------------------------------------------------

    def lay_out(self) -> list[list[int]]:
        self._head()
        rows = self._table()
        self.y += 5 * self.mm
        self._place_whole(*self._summary())
        for block in self._after():
            self._place_whole(*block)
        return rows + [[] for _ in range(len(self.pages) - len(rows))]

    def _add(self, draw: Draw) -> None:
        self.pages[-1].append(draw)

    def _turn_page(self) -> None:
        self.pages.append([])
        more = self._small(f"{title(self.document)} {self.words.number} {self.document.number} "
                           f"({self.words.continued})")
        self._put(more, 0, 0)
        self.y = more.height + 4 * self.mm

    def _place_whole(self, height: float, draw: Callable[[QPainter, float], None]) -> None:
        """A block kept on one page: on the next one if it does not fit where it would start."""
        if self.y + height > self.bottom and self.y > 0:
            self._turn_page()
        top = self.y
        self._add(lambda painter: draw(painter, top))
        self.y += height

    def _column(self, lines: list[str], x: float, y: float, width: float, label: str = "") -> float:
        """A block of lines (the first bold) at (x, y), under a small label if given; returns its bottom."""
        if label:
            caption = self._small(label.upper(), width)
            self._put(caption, x, y)
            y += caption.height + 0.8 * self.mm
        for number, text in enumerate(lines):
            paragraph = self._text(text, width, bold=number == 0)
            self._put(paragraph, x, y)
            y += paragraph.height
        return y

    def _put(self, paragraph: Paragraph, x: float, y: float) -> None:
        """``paragraph`` drawn at (x, y) on the current page."""

        def draw(painter: QPainter) -> None:
            paragraph.draw(painter, x, y)

        self._add(draw)

    def _head(self) -> None:
        document, words, mm = self.document, self.words, self.mm
        left_width, right_x = self.width * 0.48, self.width * 0.56
        right_width = self.width - right_x
        y_left = 0.0
        logo = opaque_logo(document.logo_path)
        if logo is not None:
            box = QRectF(0, 0, LOGO_MM[0] * mm, LOGO_MM[1] * mm)
            scale = min(box.width() / logo.width(), box.height() / logo.height())

            def draw(painter: QPainter) -> None:
                draw_logo(painter, logo, box)

            self._add(draw)
            y_left = logo.height() * scale + 3 * mm
        y_left = self._column(mentions.seller_lines(document), 0, y_left, left_width)

        heading = Paragraph(title(document).upper(), self.fonts.title, right_width, self.writer)
        self._put(heading, right_x, 0)
        y_right = heading.height + 2 * mm
        corrects = mentions.corrects_line(document)
        if corrects:
            line = self._text(corrects, right_width, bold=True)
            self._put(line, right_x, y_right)
            y_right += line.height + 1.5 * mm
        label_width = right_width * 0.55
        for label, value in mentions.reference_lines(document):
            name = self._small(label, label_width - 2 * mm)
            shown = self._text(value, right_width - label_width, bold=label == words.number, align=Align.RIGHT)
            self._put(name, right_x, y_right + 0.4 * mm)
            self._put(shown, right_x + label_width, y_right)
            y_right += max(name.height, shown.height) + 0.6 * mm

        self.y = max(y_left, y_right) + 7 * mm
        top = self.y
        bottom = self._column(mentions.buyer_lines(document), right_x, top, right_width, words.buyer)
        delivery = mentions.delivery_lines(document)
        if delivery:
            bottom = max(bottom, self._column(delivery, 0, top, left_width, words.delivery))
        self.y = bottom + 8 * mm

    def _cells(self, texts: list[str], bold: bool) -> list[Paragraph]:
        widths = [self.width * share for share in SHARES]
        return [Paragraph(text, self.fonts.bold if bold else self.fonts.body, width - 2 * self.padding, self.writer,
                          align) for text, width, align in zip(texts, widths, ALIGNS, strict=True)]

    def _table(self) -> list[list[int]]:
        words = self.words
        header = self._cells([words.description, words.quantity, words.unit, words.unit_price, words.vat,
                              words.line_total], bold=True)
        header_height = max(cell.height for cell in header) + 2 * self.padding
        rows = [self._cells(line_cells(line, self.document), bold=False) for line in self.document.lines]
        heights = [max(cell.height for cell in row) + 2 * self.padding for row in rows]
        tallest = max((cell.tallest_line() for row in rows for cell in row), default=0.0)
        first_room = self.bottom - self.y - header_height
        if heights and first_room < heights[0]:  # not even the first row fits below the head: start afresh
            self._turn_page()
            first_room = self.bottom - self.y - header_height
        room = self.bottom - self._continued_top() - header_height
        pages = paginate(heights, first_room, room, tallest)
        placed: list[list[int]] = [[] for _ in range(len(self.pages) - 1)]
        for number, slices in enumerate(pages):
            if number:
                self._turn_page()
            self._row(header, Slice(-1, 0.0, header_height), fill=True)
            for part in slices:
                self._row(rows[part.row], part, fill=False)
            placed.append([part.row for part in slices if part.top == 0.0])
        return placed

    def _continued_top(self) -> float:
        return self._small("X").height + 4 * self.mm

    def _row(self, cells: list[Paragraph], part: Slice, fill: bool) -> None:
        top, height, width = self.y, part.bottom - part.top, self.width
        lefts = [sum(SHARES[:n]) * width for n in range(len(SHARES))]
        padding, line_width = self.padding, points(self.writer, 0.5)

        def draw(painter: QPainter) -> None:
            if fill:
                painter.fillRect(QRectF(0, top, width, height), FILL)
            for cell, left in zip(cells, lefts, strict=True):
                # a slice's text: the lines that begin within it, in the row's own coordinates
                cell.draw(painter, left + padding, top + padding - part.top, part.top - padding,
                          part.bottom - padding)
            rule(painter, 0, width, top + height, line_width, RULE)

        self._add(draw)
        self.y += height

    def _summary(self) -> tuple[float, Callable[[QPainter, float], None]]:
        """The VAT breakdown (or the franchise's formula) on the left, the totals on the right: one block."""
        document, words, language, currency = self.document, self.words, self.document.language, self.document.currency
        left_width, right_x = self.width * 0.46, self.width * 0.54
        right_width = self.width - right_x
        draws: list[Callable[[QPainter, float], None]] = []
        y_left = 0.0
        if document.vat_franchise:
            formula = self._text(words.franchise, left_width, bold=True)
            draws.append(lambda painter, top: formula.draw(painter, 0, top))
            y_left = formula.height
        elif document.vat:
            caption = self._small(words.vat_summary.upper(), left_width)
            draws.append(lambda painter, top: caption.draw(painter, 0, top))
            y_left = caption.height + 1 * self.mm
            widths = (left_width * 0.24, left_width * 0.38, left_width * 0.38)
            lefts = (0.0, widths[0], widths[0] + widths[1])
            rows = [[words.vat_rate, words.vat_base, words.vat_amount]] + [
                [words.exempt if item.rate is None else formats.rate(item.rate, language),
                 formats.money(item.base_cents, currency, language),
                 formats.money(item.vat_cents, currency, language)] for item in document.vat]
            for number, texts in enumerate(rows):
                cells = [Paragraph(text, self.fonts.bold if number == 0 else self.fonts.body,
                                   widths[column] - self.padding, self.writer,
                                   Align.LEFT if column == 0 else Align.RIGHT) for column, text in enumerate(texts)]
                row_top = y_left
                height = max(cell.height for cell in cells) + self.padding

                def row(painter: QPainter, top: float, cells: list[Paragraph] = cells, row_top: float = row_top,
                        height: float = height, header: bool = number == 0) -> None:
                    if header:
                        painter.fillRect(QRectF(0, top + row_top, left_width, height), FILL)
                    for column, cell in enumerate(cells):
                        cell.draw(painter, lefts[column] + self.padding / 2, top + row_top + self.padding / 2)

                draws.append(row)
                y_left += height
        y_right = 0.0
        for label, cents, bold in total_rows(document, words):
            name = self._text(label, right_width * 0.58, bold=bold)
            amount = self._text(formats.money(cents, currency, language), right_width * 0.42, bold=bold,
                                align=Align.RIGHT)
            row_top = y_right
            height = max(name.height, amount.height) + self.padding

            def total(painter: QPainter, top: float, name: Paragraph = name, amount: Paragraph = amount,
                      row_top: float = row_top, height: float = height, bold: bool = bold) -> None:
                if bold:
                    painter.fillRect(QRectF(right_x, top + row_top, right_width, height), FILL)
                name.draw(painter, right_x + self.padding / 2, top + row_top + self.padding / 2)
                amount.draw(painter, right_x + right_width * 0.58 - self.padding / 2,
                            top + row_top + self.padding / 2)

            draws.append(total)
            y_right += height

        def draw(painter: QPainter, top: float) -> None:
            for item in draws:
                item(painter, top)

        return max(y_left, y_right) + 5 * self.mm, draw

    def _after(self) -> list[tuple[float, Callable[[QPainter, float], None]]]:
        """Payment details, then the mentions, one block each (a quote ends with the acceptance box)."""
        document, words, gap = self.document, self.words, 1.8 * self.mm
        blocks: list[tuple[float, Callable[[QPainter, float], None]]] = []

        def paragraph_block(paragraph: Paragraph) -> tuple[float, Callable[[QPainter, float], None]]:
            return paragraph.height + gap, lambda painter, top: paragraph.draw(painter, 0, top)

        if document.bank is not None and document.kind is not DocumentKind.CREDIT_NOTE:
            parts = [words.bank_transfer, f"IBAN {formats.iban(document.bank.iban)}"]
            if document.bank.bic:
                parts.append(f"BIC {document.bank.bic}")
            separator = " : " if document.language is DocumentLanguage.FRENCH else ": "
            blocks.append(paragraph_block(self._text(words.payment + separator + " — ".join(parts), self.width,
                                                     bold=True)))
        for text in mentions.foot_mentions(document):
            if document.vat_franchise and text == words.franchise:
                continue  # already printed, in bold, where the VAT breakdown would be
            blocks.append(paragraph_block(self._text(text, self.width)))
        if document.kind is DocumentKind.QUOTE:
            caption = self._text(words.acceptance, self.width * 0.5)
            box_height = 22 * self.mm
            box = QRectF(self.width * 0.55, 0, self.width * 0.45, box_height)

            def acceptance(painter: QPainter, top: float) -> None:
                caption.draw(painter, 0, top + 2 * self.mm)
                pen = painter.pen()
                pen.setColor(RULE)
                pen.setWidthF(points(self.writer, 0.6))
                painter.setPen(pen)
                painter.drawRect(box.translated(0, top + 2 * self.mm))

            blocks.append((box_height + 4 * self.mm, acceptance))
        return blocks

    # Drawing ------------------------------------------------------------------------------------------

    def draw(self, painter: QPainter) -> None:
        count = len(self.pages)
        for number, page in enumerate(self.pages):
            if number:
                self.writer.newPage()
            for item in page:
                item(painter)
            self._foot(painter, number + 1, count)

    def _foot(self, painter: QPainter, page: int, pages: int) -> None:
        top = self.height - self.legal.height
        rule(painter, 0, self.width, top - 1.5 * self.mm, points(self.writer, 0.4), RULE)
        self.legal.draw(painter, 0, top)
        number = Paragraph(self.words.page.format(page=page, pages=pages), self.fonts.small, self.width * 0.18,
                           self.writer, Align.RIGHT, MUTED)
        number.draw(painter, self.width * 0.82, top)
