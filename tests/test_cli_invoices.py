"""carnet export --format invoices, as a user runs it (a real subprocess on a demo-like book): one Factur-X PDF
per issued invoice and credit note, named by its number, a year only with --year; a second run on the same
folder refuses whole and replaces nothing; every refusal one "carnet: …" line and an exit code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from carnet.domain.business_identity import Address, BusinessIdentity
from carnet.domain.enums import Stage
from carnet.domain.invoicing import DocumentDraft, LineDraft
from carnet.services import ContactDraft, create_contact
from carnet.services.business import save_business_identity
from carnet.services.invoices import create_credit_note, create_invoice, issue_document, record_invoice_payment
from carnet.services.quotes import create_quote, send_quote
from carnet.storage import Database

TODAY = date.today()


def carnet(*words: str, home: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "CARNET_HOME": str(home)}
    environment.pop("QT_QPA_PLATFORM", None)  # a command needs no display, whatever the test run sets
    environment.pop("DISPLAY", None)
    environment.pop("WAYLAND_DISPLAY", None)
    return subprocess.run([sys.executable, "-m", "carnet", *words], capture_output=True, text=True,
                          env=environment, timeout=120)


@pytest.fixture
def book(tmp_path: Path) -> Path:
    """A small book as a solo business has it: a seller, clients, invoices issued over two years, a credit note,
    payments, a quote and a draft (which are not exported)."""
    path = tmp_path / "studio.sqlite3"
    with Database.open(path) as db:
        save_business_identity(db, BusinessIdentity(
            name="Studio Martin", legal_form="EI", address=Address(("3 place Bellecour",), "69002", "Lyon"),
            siren="732829320", vat_number="FR44732829320", iban="FR7630006000011234567890189"))
        zoe = create_contact(db, ContactDraft("Zoé Lefèvre", organisation="Atelier Œuvre", stage=Stage.PROSPECT,
                                              address="12 rue des Lilas\n69001 Lyon")).id
        marc = create_contact(db, ContactDraft("Marc Dubois", stage=Stage.LEAD,
                                               address="8 quai Saint-Vincent\n69001 Lyon")).id
        assert zoe is not None and marc is not None
        last_year = date(TODAY.year - 1, 11, 20)
        lines = (LineDraft("Website redesign", 3, 45000, "20"), LineDraft("Printed brochures", 200, 45, "5.5"))
        first = create_invoice(db, DocumentDraft(zoe, lines)).document_id
        issue_document(db, first, last_year)
        record_invoice_payment(db, first, 171495, last_year + timedelta(days=10))
        second = create_invoice(db, DocumentDraft(marc, (LineDraft("Logo", 1, 80000, "20"),))).document_id
        issue_document(db, second, TODAY)
        credit = create_credit_note(db, second, [LineDraft("Logo: one round of changes less", 1, 20000, "20")])
        issue_document(db, credit.document_id, TODAY)
        send_quote(db, create_quote(db, DocumentDraft(zoe, lines)).document_id)
        create_invoice(db, DocumentDraft(marc, (LineDraft("Not issued", 1, 1000, "20"),)))
    return path


def test_export_writes_every_issued_document_and_never_replaces_one(book: Path, tmp_path: Path) -> None:
    out = tmp_path / "invoices"
    done = carnet("export", "--db", str(book), "--format", "invoices", str(out), home=tmp_path / "home")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    year = TODAY.year
    names = [f"F-{year - 1}-0001.pdf", f"F-{year}-0001.pdf", f"A-{year}-0001.pdf"]
    assert report == {"format": "invoices", "documents": 3, "folder": str(out), "files": names}
    assert sorted(path.name for path in out.iterdir()) == sorted(names)
    for name in names:
        written = out / name
        assert written.stat().st_mode & 0o777 == 0o600
        text = subprocess.run(["pdftotext", str(written), "-"], capture_output=True, text=True, check=True).stdout
        assert name[:-4] in text
        attached = subprocess.run(["pdfdetach", "-list", str(written)], capture_output=True, text=True,
                                  check=True).stdout
        assert "factur-x.xml" in attached
    before = {path.name: (path.read_bytes(), path.stat().st_mtime_ns) for path in out.iterdir()}

    again = carnet("export", "--db", str(book), "--format", "invoices", str(out), home=tmp_path / "home")
    assert again.returncode == 2
    assert again.stdout == ""
    assert again.stderr.count("\n") == 1 and again.stderr.startswith("carnet: ")
    assert "already exists" in again.stderr and "Nothing was exported" in again.stderr
    assert {path.name: (path.read_bytes(), path.stat().st_mtime_ns) for path in out.iterdir()} == before


def test_a_year_only_and_the_refusals(book: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    last_year = tmp_path / "last-year"
    done = carnet("export", "--db", str(book), "--format", "invoices", "--year", str(TODAY.year - 1),
                  str(last_year), home=home)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["files"] == [f"F-{TODAY.year - 1}-0001.pdf"]

    a_file = tmp_path / "notes.txt"
    a_file.write_text("mine")
    refused = carnet("export", "--db", str(book), "--format", "invoices", str(a_file), home=home)
    assert (refused.returncode, refused.stdout) == (2, "")
    assert refused.stderr == f"carnet: {a_file} is not a folder: the invoices are written to a folder, one file " \
                             "each.\n"
    assert a_file.read_text() == "mine"

    missing = carnet("export", "--db", str(tmp_path / "nowhere.sqlite3"), "--format", "invoices",
                     str(tmp_path / "out"), home=home)
    assert missing.returncode == 2 and missing.stderr.startswith("carnet: ") and missing.stderr.count("\n") == 1
    assert not (tmp_path / "out").exists()
