"""The receipts book (livre des recettes, issue 15 item 5): its rows and totals, its CSV, the command, the dialog,
the PDF.

The figures are worked out by hand from the payments `book_db` records (amounts in cents):

    #  client  status    currency  amount    issued_on   paid_on     method         reference
    1  Zoé     paid      EUR       4950      -           2026-12-31  cheque         CHQ 1234567
    2  Zoé     paid      EUR       125050    -           2025-12-31  bank transfer  VIR-2025-88
    3  Zoé     paid      EUR       30000     -           2026-01-01  card           -
    4  Acme    paid      USD       50000     -           2026-01-15  online         PP-1
    5  Acme    paid      USD       8000      -           2026-01-15  (not said)     -
    6  Zoé     quoted    EUR       99900     2026-01-05  -           -              -     (not a receipt)
    7  Acme    invoiced  USD       77700     2026-01-20  -           -              -     (not a receipt)
    8  Zoé     paid      EUR       20000     2026-02-10  NULL        (not said)     -     (dated by issued_on)
    9  Acme    paid      USD       12025     -           2026-02-28  cash           C-7   ("=1+2" for what)

Acme is archived afterwards: the book still lists it. 2026, by day then id: 3, 4, 5, 8, 9, 1.
    January  EUR 30000 (1)   USD 58000 (2)
    February EUR 20000 (1)   USD 12025 (1)
    December EUR 4950 (1)
    2026     EUR 54950 (3)   USD 70025 (3)
2025: payment 2 alone, EUR 125050. 1 Dec 2025 to 31 Jan 2026: 2, 3, 4, 5; EUR 155050 (2), USD 58000 (2).
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from carnet.cli import commands
from carnet.cli.arguments import build_parser
from carnet.domain.enums import ArchiveReason, PaymentMethod, PaymentStatus, Stage
from carnet.io.receipts_export import ReceiptLabels, plain_amount, write_receipts_csv
from carnet.services import ContactDraft, PaymentDraft, archive_contacts, create_contact, record_payment
from carnet.services.receipts import CurrencyTotal, PeriodTotal, receipts_book, year_range
from carnet.storage import Database
from carnet.ui.receipts_dialog import (
    ReceiptsBookDialog,
    ReceiptsModel,
    book_title,
    method_label,
    pdf_bytes,
    show_receipts_book,
    write_receipts_pdf,
)

US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
PNG = Path("/tmp/carnet-receipts-book-2026.png")
HEADER = ["Date received", "Client", "What for", "Amount", "Currency", "Method", "Reference"]


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(US)
    yield
    QLocale.setDefault(previous)


def _paid(db: Database, contact_id: int, cents: int, currency: str, paid_on: date, *, description: str = "",
          method: PaymentMethod | None = None, reference: str = "") -> int:
    draft = PaymentDraft(cents, PaymentStatus.PAID, currency, paid_on=paid_on, description=description,
                         method=method, reference=reference)
    return record_payment(db, contact_id, draft).payment.id


def fill_book(db: Database) -> dict[int, int]:
    """The payments of the module's table, recorded in its order; their numbers there → their ids."""
    zoe = create_contact(db, ContactDraft(display_name="Zoé Lefèvre", stage=Stage.LEAD)).id
    acme = create_contact(db, ContactDraft(display_name="Acme Inc", stage=Stage.PROSPECT)).id
    assert zoe is not None and acme is not None
    ids = {
        1: _paid(db, zoe, 4950, "EUR", date(2026, 12, 31), description="Workshop, December",
                 method=PaymentMethod.CHEQUE, reference="CHQ 1234567"),
        2: _paid(db, zoe, 125050, "EUR", date(2025, 12, 31), description="Website, balance",
                 method=PaymentMethod.BANK_TRANSFER, reference="VIR-2025-88"),
        3: _paid(db, zoe, 30000, "EUR", date(2026, 1, 1), description="Coaching", method=PaymentMethod.CARD),
        4: _paid(db, acme, 50000, "USD", date(2026, 1, 15), description="Audit", method=PaymentMethod.ONLINE,
                 reference="PP-1"),
        5: _paid(db, acme, 8000, "USD", date(2026, 1, 15), description="Audit, travel"),
    }
    quoted = record_payment(db, zoe, PaymentDraft(99900, PaymentStatus.QUOTED, "EUR", issued_on=date(2026, 1, 5)))
    invoiced = record_payment(db, acme, PaymentDraft(77700, PaymentStatus.INVOICED, "USD",
                                                     issued_on=date(2026, 1, 20)))
    ids[6], ids[7] = quoted.payment.id, invoiced.payment.id
    ids[8] = record_payment(db, zoe, PaymentDraft(20000, PaymentStatus.PAID, "EUR", issued_on=date(2026, 2, 10),
                                                  paid_on=date(2026, 2, 10), description="Invoice 12")).payment.id
    ids[9] = _paid(db, acme, 12025, "USD", date(2026, 2, 28), description="=1+2", method=PaymentMethod.CASH,
                   reference="C-7")
    # Carnet always dates a paid payment; an older book or another program may not have: the rule then
    # falls back on the issue day.
    connection = sqlite3.connect(db.path)
    with connection:
        connection.execute("UPDATE payment SET paid_on = NULL WHERE id = ?", (ids[8],))
    connection.close()
    archive_contacts(db, [acme], ArchiveReason.OTHER)
    return ids


@pytest.fixture
def book_db(db: Database) -> tuple[Database, dict[int, int]]:
    return db, fill_book(db)


def test_the_year_lists_paid_payments_in_date_order(book_db: tuple[Database, dict[int, int]]) -> None:
    db, ids = book_db
    book = receipts_book(db, *year_range(2026))
    assert [row.payment_id for row in book.rows] == [ids[n] for n in (3, 4, 5, 8, 9, 1)]
    first, *_, last = book.rows
    assert (first.received_on, first.client, first.description, first.amount_cents, first.currency,
            first.method, first.reference) == (date(2026, 1, 1), "Zoé Lefèvre", "Coaching", 30000, "EUR",
                                              PaymentMethod.CARD, "")
    assert (last.received_on, last.method, last.reference) == (date(2026, 12, 31), PaymentMethod.CHEQUE,
                                                               "CHQ 1234567")
    by_id = {row.payment_id: row for row in book.rows}
    assert by_id[ids[8]].received_on == date(2026, 2, 10)  # paid_on NULL: its issue day
    assert by_id[ids[5]].method is None
    assert by_id[ids[4]].client == "Acme Inc"  # archived, still in the book
    assert ids[6] not in by_id and ids[7] not in by_id  # a quote and an invoice are not receipts
    assert book.whole_year == 2026


def test_totals_per_month_and_year_never_mix_currencies(book_db: tuple[Database, dict[int, int]]) -> None:
    db, _ = book_db
    book = receipts_book(db, *year_range(2026))
    assert book.months == (
        PeriodTotal(2026, 1, (CurrencyTotal("EUR", 30000, 1), CurrencyTotal("USD", 58000, 2))),
        PeriodTotal(2026, 2, (CurrencyTotal("EUR", 20000, 1), CurrencyTotal("USD", 12025, 1))),
        PeriodTotal(2026, 12, (CurrencyTotal("EUR", 4950, 1),)),
    )
    assert book.years == (PeriodTotal(2026, None, (CurrencyTotal("EUR", 54950, 3), CurrencyTotal("USD", 70025, 3))),)
    assert book.totals == (CurrencyTotal("EUR", 54950, 3), CurrencyTotal("USD", 70025, 3))


def test_the_year_boundary(book_db: tuple[Database, dict[int, int]]) -> None:
    db, ids = book_db
    book_2025 = receipts_book(db, *year_range(2025))
    assert [row.payment_id for row in book_2025.rows] == [ids[2]]
    assert book_2025.totals == (CurrencyTotal("EUR", 125050, 1),)
    # A range across the new year: each year's part, and the range's own totals.
    book = receipts_book(db, date(2025, 12, 1), date(2026, 1, 31))
    assert [row.payment_id for row in book.rows] == [ids[n] for n in (2, 3, 4, 5)]
    assert book.whole_year is None
    assert book.years == (PeriodTotal(2025, None, (CurrencyTotal("EUR", 125050, 1),)),
                          PeriodTotal(2026, None, (CurrencyTotal("EUR", 30000, 1), CurrencyTotal("USD", 58000, 2))))
    assert book.totals == (CurrencyTotal("EUR", 155050, 2), CurrencyTotal("USD", 58000, 2))
    # Both days are in the range.
    assert [row.payment_id for row in receipts_book(db, date(2025, 12, 31), date(2026, 1, 1)).rows] == [ids[2], ids[3]]
    assert receipts_book(db, date(2026, 3, 1), date(2026, 2, 1)).rows == ()


def test_a_damaged_amount_is_refused_naming_the_payment(book_db: tuple[Database, dict[int, int]]) -> None:
    db, ids = book_db
    connection = sqlite3.connect(db.path)
    with connection:
        connection.execute("UPDATE payment SET amount_cents = 'lots' WHERE id = ?", (ids[3],))
    connection.close()
    with pytest.raises(ValueError, match=f"payment {ids[3]}: its amount"):
        receipts_book(db, *year_range(2026))


# --- CSV ---------------------------------------------------------------------------------------------------


def _read_csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM, so that Excel reads the accents
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_the_csv_is_formula_safe_private_and_never_overwrites(book_db: tuple[Database, dict[int, int]],
                                                             tmp_path: Path) -> None:
    db, _ = book_db
    book = receipts_book(db, *year_range(2026))
    path = tmp_path / "receipts.csv"
    assert write_receipts_csv(book.rows, path) == 6
    rows = _read_csv(path)
    assert rows[0] == HEADER
    assert rows[1] == ["2026-01-01", "Zoé Lefèvre", "Coaching", "300.00", "EUR", "Card", ""]
    assert rows[3] == ["2026-01-15", "Acme Inc", "Audit, travel", "80.00", "USD", "", ""]
    assert rows[5] == ["2026-02-28", "Acme Inc", "'=1+2", "120.25", "USD", "Cash", "C-7"]  # neutralised
    assert rows[6] == ["2026-12-31", "Zoé Lefèvre", "Workshop, December", "49.50", "EUR", "Cheque", "CHQ 1234567"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    before = path.read_bytes()
    with pytest.raises(FileExistsError):
        write_receipts_csv(book.rows, path)
    assert path.read_bytes() == before


def test_the_csv_speaks_the_labels_it_is_given(book_db: tuple[Database, dict[int, int]], tmp_path: Path) -> None:
    db, _ = book_db
    labels = ReceiptLabels(day="Date d'encaissement", client="Client", description="Objet", amount="Montant",
                           currency="Devise", method="Mode", reference="Référence",
                           methods={method: method.value.upper() for method in PaymentMethod}, not_said="?")
    path = tmp_path / "recettes.csv"
    write_receipts_csv(receipts_book(db, *year_range(2026)).rows, path, labels)
    rows = _read_csv(path)
    assert rows[0] == ["Date d'encaissement", "Client", "Objet", "Montant", "Devise", "Mode", "Référence"]
    assert [row[5] for row in rows[1:]] == ["CARD", "ONLINE", "?", "?", "CASH", "CHEQUE"]
    assert plain_amount(5) == "0.05" and plain_amount(125050) == "1250.50"


# --- the command -------------------------------------------------------------------------------------------


def test_the_command_exports_a_year(book_db: tuple[Database, dict[int, int]], tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = book_db
    db.close()
    arguments = build_parser().parse_args(["export", "--db", str(db.path), "--format", "receipts", "--year", "2025",
                                           str(tmp_path / "2025.csv")])
    assert (arguments.format, arguments.year) == ("receipts", 2025)
    out = tmp_path / "2026.csv"
    code = commands.run("export", db.path, format="receipts", year=2026, out=out)
    assert code == commands.OK
    assert json.loads(capsys.readouterr().out) == {"format": "receipts", "year": 2026, "payments": 6,
                                                   "file": str(out)}
    rows = _read_csv(out)
    assert rows[0] == HEADER and len(rows) == 7
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    # Never over an existing file; never without a year.
    assert commands.run("export", db.path, format="receipts", year=2026, out=out) == commands.UNUSABLE
    assert "never overwrites" in capsys.readouterr().err
    assert commands.run("export", db.path, format="receipts", year=None, out=tmp_path / "x.csv") == commands.UNUSABLE
    assert capsys.readouterr().err.strip() == "carnet: The receipts book is exported by year: add --year YYYY."
    assert not (tmp_path / "x.csv").exists()


def test_the_command_refuses_a_year_the_calendar_cannot_hold(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(["export", "--format", "receipts", "--year", "0", str(tmp_path / "x.csv")])
    assert exit_info.value.code == 2


def test_the_command_line_exports_a_year(book_db: tuple[Database, dict[int, int]], tmp_path: Path) -> None:
    db, _ = book_db
    db.close()
    out = tmp_path / "receipts-2026.csv"
    result = subprocess.run([sys.executable, "-m", "carnet", "export", "--db", str(db.path), "--format", "receipts",
                             "--year", "2026", str(out)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["payments"] == 6
    assert len(_read_csv(out)) == 7


# --- the dialog --------------------------------------------------------------------------------------------


def test_the_dialog_shows_the_year_chosen(qtbot: QtBot, book_db: tuple[Database, dict[int, int]]) -> None:
    db, _ = book_db
    dialog = ReceiptsBookDialog(db, today=lambda: date(2026, 6, 1))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Receipts book"
    assert dialog.year_spin.value() == 2026
    model = dialog.model
    assert model.rowCount() == 6
    assert [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())] == [
        "Date received", "Client", "What for", "Amount", "Method", "Reference"]
    cells = [model.index(0, column).data() for column in range(model.columnCount())]
    assert cells == ["1/1/2026", "Zoé Lefèvre", "Coaching", "€300.00", "Card", ""]
    assert model.index(2, ReceiptsModel.METHOD).data() == "\u2014"  # payment 5: not said
    assert model.index(1, 4).data() == "Online (PayPal…)"
    assert dialog.totals_label.text() == "Total 2026: €549.50 · $700.25"
    assert dialog.months_model.rowCount() == 5  # January and February in two currencies, December in one
    assert [dialog.months_model.index(0, column).data() for column in range(3)] == ["January 2026", "€300.00", "1"]
    assert dialog.csv_button.isEnabled() and dialog.pdf_button.isEnabled()

    dialog.year_spin.setValue(2025)
    assert model.rowCount() == 1
    assert model.index(0, 3).data() == "€1,250.50"
    assert dialog.totals_label.text() == "Total 2025: €1,250.50"

    dialog.year_spin.setValue(2024)
    assert model.rowCount() == 0
    assert not dialog.csv_button.isEnabled() and not dialog.pdf_button.isEnabled()
    assert not dialog.empty_label.isHidden()

    # A range across the new year, from the year looked at last.
    dialog.year_spin.setValue(2025)
    dialog.range_choice.setChecked(True)
    assert dialog.period() == (date(2025, 1, 1), date(2025, 12, 31))
    dialog.from_edit.setDate(QDate(2025, 12, 1))
    dialog.to_edit.setDate(QDate(2026, 1, 31))
    assert model.rowCount() == 4
    assert dialog.totals_label.text().splitlines() == [
        "Total 2025 (in this period): €1,250.50", "Total 2026 (in this period): €300.00 · $580.00",
        "Total from 12/1/2025 to 1/31/2026: €1,550.50 · $580.00"]
    assert not dialog.year_spin.isEnabled()
    # The last day typed with the keyboard (American order here); a half-typed one keeps the period shown.
    dialog.to_edit.clear()
    qtbot.keyClicks(dialog.to_edit, "12/")
    assert dialog.period() == (date(2025, 12, 1), date(2026, 1, 31))
    qtbot.keyClicks(dialog.to_edit, "31/2025")
    assert dialog.period() == (date(2025, 12, 1), date(2025, 12, 31))


def test_the_dialog_exports_and_never_overwrites(qtbot: QtBot, book_db: tuple[Database, dict[int, int]],
                                                 tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db, _ = book_db
    dialog = ReceiptsBookDialog(db, today=lambda: date(2026, 6, 1))
    qtbot.addWidget(dialog)
    path = tmp_path / "receipts.csv"
    assert dialog.export_csv(path)
    assert _read_csv(path)[0] == HEADER and len(_read_csv(path)) == 7
    assert dialog.note_label.text() == f"Saved as {path}"
    warnings: list[str] = []
    monkeypatch.setattr("carnet.ui.receipts_dialog.QMessageBox.warning",
                        lambda _parent, _title, text: warnings.append(text))
    assert not dialog.export_csv(path)
    assert warnings == [f"{path} already exists; Carnet never overwrites a file. Choose another name."]
    pdf = tmp_path / "receipts.pdf"
    assert dialog.save_pdf(pdf)
    assert pdf.read_bytes().startswith(b"%PDF-") and stat.S_IMODE(pdf.stat().st_mode) == 0o600


def test_show_receipts_book_opens_window_modal(qtbot: QtBot, db: Database) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    dialog = show_receipts_book(window, db)
    assert window.pending_dialog is dialog  # type: ignore[attr-defined]
    assert dialog.isVisible() and dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.year_spin.value() == date.today().year
    dialog.close_button.click()
    assert window.pending_dialog is None  # type: ignore[attr-defined]


def test_method_labels() -> None:
    assert [method_label(method) for method in PaymentMethod] == [
        "Bank transfer", "Card", "Cheque", "Cash", "Online (PayPal…)", "Other"]
    assert method_label(None) == "\u2014"


# --- the PDF -----------------------------------------------------------------------------------------------


def _render(path: Path, page: int = 0) -> tuple[QPdfDocument, QImage]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    size = document.pagePointSize(page).toSize() * 2  # 144 dpi: enough to read it
    return document, document.render(page, QSize(size.width(), size.height()))


def _dark_pixels(image: QImage) -> int:
    # Every 3rd pixel of every 3rd line: plenty to tell a blank page from a written one, and quick.
    return sum(1 for y in range(0, image.height(), 3) for x in range(0, image.width(), 3)
               if QColor(image.pixel(x, y)).lightness() < 128)


def test_the_pdf_holds_the_book(qtbot: QtBot, book_db: tuple[Database, dict[int, int]], tmp_path: Path) -> None:
    db, _ = book_db
    book = receipts_book(db, *year_range(2026))
    title = book_title(book, db.path.name)
    assert title == "Receipts book 2026 — carnet.sqlite3"
    path = tmp_path / "receipts-2026.pdf"
    write_receipts_pdf(book, title, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(FileExistsError):
        write_receipts_pdf(book, title, path)

    document, image = _render(path)
    assert document.pageCount() == 1
    assert document.metaData(QPdfDocument.MetaDataField.Title) == title
    text = document.getAllText(0).text()
    for expected in (title, "Zoé Lefèvre", "Acme Inc", "CHQ 1234567", "Online (PayPal…)", "Total January 2026",
                     "Total February 2026", "Total December 2026", "€549.50", "$700.25", "$580.00", "Total 2026"):
        assert expected in text, expected
    assert "Receipts book 2025" not in text and "€1,250.50" not in text  # 31 Dec 2025 is last year's
    assert not image.isNull()
    assert _dark_pixels(image) > 500  # not blank
    assert image.save(str(PNG))


def test_a_long_book_is_paginated(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    client = create_contact(db, ContactDraft(display_name="Ada", stage=Stage.LEAD)).id
    assert client is not None
    for number in range(150):
        _paid(db, client, 10000, "EUR", date(2026, 1 + number // 30, 1 + number % 28), description="Consulting",
              method=PaymentMethod.CARD, reference=f"REF-{number}")
    book = receipts_book(db, *year_range(2026))
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf_bytes(book, book_title(book, "long.sqlite3")))
    document, _ = _render(path)
    assert document.pageCount() > 2
    last = document.pageCount() - 1
    assert "€15,000.00" in document.getAllText(last).text()  # 150 × €100.00, at the end
    # QTextDocument.print_ numbers the pages, at the foot of each.
    assert str(last + 1) in document.getAllText(last).text().split()


def test_the_reports_menu_opens_the_receipts_book(qtbot, book_db: tuple[Database, dict[int, int]]) -> None:
    from carnet.ui.main_window import MainWindow

    db, _ = book_db
    window = MainWindow(db)
    qtbot.addWidget(window)
    reports = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Reports")
    next(a for a in reports.actions() if a.text().replace("&", "") == "Receipts Book…").trigger()
    qtbot.waitUntil(lambda: type(window.pending_dialog).__name__ == "ReceiptsBookDialog"
                    and window.pending_dialog.isVisible())
