"""Writing issued documents to a folder (issue 20): one file per document named from its number, 0600,
never over a file the user has (the export is refused, naming it, and writes nothing), one clear message when
the folder cannot be written (checked as a real unprivileged user, since root ignores modes), and no file
left behind when a write fails half-way (a real size limit from the OS)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from carnet.documents.export import ExportRefused, document_file_name, write_documents
from carnet.documents.facturx_pdf import document_pdf
from invoice_samples import credit_note, deposit_invoice, english_quote, french_business_invoice, long_invoice
from unprivileged import as_user, in_child, user_folder


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_one_private_file_per_document_named_from_its_number(qtbot: QtBot, tmp_path: Path) -> None:
    previous = os.umask(0o022)  # even where the umask would make them readable by all
    try:
        written = write_documents([french_business_invoice(), deposit_invoice(), credit_note(), english_quote()],
                                  tmp_path / "factures")
    finally:
        os.umask(previous)
    assert [path.name for path in written] == ["F-2026-0042.pdf", "F-2026-0043.pdf", "A-2026-0003.pdf",
                                               "Q-2026-0031.pdf"]
    assert sorted(path.name for path in (tmp_path / "factures").iterdir()) == sorted(path.name for path in written)
    for path in written:
        assert mode(path) == 0o600, path
    invoice = PdfReader(written[0])
    assert "factur-x.xml" in invoice.attachments
    assert "factur-x.xml" not in PdfReader(written[3]).attachments, "a quote is a plain PDF"


def test_a_number_with_characters_a_file_name_cannot_hold() -> None:
    assert document_file_name(replace(french_business_invoice(), number="F/2026:0042")) == "F-2026-0042.pdf"
    with pytest.raises(ExportRefused, match="not been issued"):
        document_file_name(replace(french_business_invoice(), number=""))


def test_an_existing_file_is_never_replaced_and_nothing_is_written(qtbot: QtBot, tmp_path: Path) -> None:
    mine = tmp_path / "F-2026-0043.pdf"
    mine.write_bytes(b"the user's own scan of the signed deposit invoice")
    os.utime(mine, (1_700_000_000, 1_700_000_000))
    with pytest.raises(ExportRefused) as refused:
        write_documents([french_business_invoice(), deposit_invoice()], tmp_path)
    assert "F-2026-0043.pdf already exists" in refused.value.message
    assert "never replaces" in refused.value.message
    assert mine.read_bytes() == b"the user's own scan of the signed deposit invoice"
    assert mine.stat().st_mtime == 1_700_000_000
    assert sorted(path.name for path in tmp_path.iterdir()) == ["F-2026-0043.pdf"], "nothing else was written"


def test_exporting_again_into_the_same_folder_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    first = write_documents([credit_note()], tmp_path)
    before = first[0].read_bytes()
    with pytest.raises(ExportRefused, match=r"A-2026-0003\.pdf already exists"):
        write_documents([credit_note()], tmp_path)
    assert first[0].read_bytes() == before


def test_two_documents_with_one_number_are_refused(qtbot: QtBot, tmp_path: Path) -> None:
    with pytest.raises(ExportRefused, match="Two documents have the number F-2026-0042"):
        write_documents([french_business_invoice(), french_business_invoice()], tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_file_where_the_folder_should_be(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "exports").write_text("not a folder")
    with pytest.raises(ExportRefused, match="is not a folder"):
        write_documents([credit_note()], tmp_path / "exports")


def _export_into(folder: str) -> str:
    try:
        write_documents([credit_note()], Path(folder))
    except ExportRefused as refused:
        return refused.message
    return "written"


def test_a_folder_the_user_may_not_write_gets_one_clear_message(qtbot: QtBot) -> None:
    with user_folder() as home:
        locked = home / "comptable"
        locked.mkdir()
        # root's, 0755, when the suite runs as root (the test user is then nobody); else read-only to its owner
        locked.chmod(0o755 if os.geteuid() == 0 else 0o555)
        message = as_user(_export_into, str(locked))
        assert message == f"Carnet cannot write in {locked} (Permission denied): nothing was exported."
        assert list(locked.iterdir()) == []
        # and a folder Carnet would have to create inside it
        assert as_user(_export_into, str(locked / "2026")) == (
            f"Carnet cannot write in {locked / '2026'} (Permission denied): nothing was exported.")


def _export_pair(folder: str) -> str:
    try:
        write_documents([credit_note(), long_invoice(60)], Path(folder))
    except ExportRefused as refused:
        return refused.message
    return "written"


def test_a_write_that_fails_half_way_leaves_no_file(qtbot: QtBot, tmp_path: Path) -> None:
    small, large = len(document_pdf(credit_note())), len(document_pdf(long_invoice(60)))
    assert small + 2_000 < large
    message = in_child(_export_pair, str(tmp_path), file_size_limit=(small + large) // 2)
    assert message.startswith(f"Carnet cannot write in {tmp_path} (")
    assert list(tmp_path.iterdir()) == [], "the first file, written whole, was taken back"


def test_a_command_without_a_window_can_export(tmp_path: Path) -> None:
    """`carnet export` runs without a QGuiApplication nor a display: the documents make their own, offscreen."""
    script = (
        "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1])\n"
        "from invoice_samples import credit_note\n"
        "from carnet.documents.export import write_documents\n"
        "print([path.name for path in write_documents([credit_note()], Path(sys.argv[2]))])\n"
        "from PySide6.QtGui import QGuiApplication; assert QGuiApplication.platformName() == 'offscreen'\n")
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run([sys.executable, "-c", script, str(Path(__file__).parent), str(tmp_path)],
                          capture_output=True, text=True, env=environment, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['A-2026-0003.pdf']"
    assert mode(tmp_path / "A-2026-0003.pdf") == 0o600
