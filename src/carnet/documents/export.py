"""Issued invoices, credit notes (and quotes) written to a folder the user chose, one file per document.

The rules, and why:

- **A file is named from its document's number** ("F-2026-0001.pdf"): the number is unique and never reused,
  so the name says which document it is, and sorting the folder sorts the documents. Characters a file name
  cannot hold ("/", "\\", ":"…) become "-".
- **Nothing the user already has is ever replaced or modified.** If a file of that name is already in the
  folder, the whole export is refused before anything is written, naming that file: an issued invoice never
  changes, so the file there is either that invoice already exported or something else the user keeps, and
  Carnet cannot tell which. Picking "F-2026-0001 (2).pdf" instead would pile up copies of the same invoice
  at every export. Files are created with O_EXCL, so a file that appears meanwhile is not replaced either.
- **All or nothing**: every document is rendered (and its Factur-X data checked) in memory first; if a
  write then fails (a full disk, a folder made read-only meanwhile), the files this export created are
  removed, so the folder is left as it was.
- **Every file is 0600**, created with that mode whatever the umask (Carnet's umask makes it so already;
  the explicit mode keeps it true for a caller that never set it). The folder keeps the mode the user gave.

Invoices and credit notes are Factur-X PDF/A-3; quotes are plain PDFs (they are not invoices).
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterable
from pathlib import Path

from carnet.documents.facturx_pdf import document_pdf
from carnet.domain.errors import CarnetError
from carnet.domain.invoice_document import InvoiceDocument

PRIVATE_FILE = 0o600
# The messages (English templates; the window translates them in the "carnet.domain" context):
NOT_ISSUED = "A document without a number cannot be exported: it has not been issued."
SAME_NUMBER = "Two documents have the number {name}: nothing was exported."
ALREADY_THERE = ("{file} already exists in {folder}: Carnet never replaces a file. Nothing was exported; choose "
                 "another folder or move that file away.")
NOT_A_FOLDER = "{folder} is not a folder: nothing was exported."
CANNOT_WRITE = "Carnet cannot write in {folder} ({reason}): nothing was exported."
UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


class ExportRefused(CarnetError):
    """The documents could not be written; nothing was left behind in the folder."""


def document_file_name(document: InvoiceDocument) -> str:
    """'F-2026-0001.pdf': the document's number, made safe for a file name on every system."""
    stem = UNSAFE.sub("-", document.number.strip()).strip(" .")
    if not stem:
        raise ExportRefused(NOT_ISSUED)
    return stem + ".pdf"


def write_documents(documents: Iterable[InvoiceDocument], out_dir: Path) -> list[Path]:
    """Write each document as ``out_dir/<number>.pdf`` (created if missing); returns the files written, in
    the documents' order. Raises `ExportRefused` — with one message fit for the user — if a file of that
    name exists, two documents share a number, the folder cannot be written, or a write fails; then no file
    of this export is left. `facturx_xml.InvalidFacturX` if a document's data fails its checks (nothing
    written)."""
    batch = list(documents)
    folder = Path(out_dir).expanduser()
    names = [document_file_name(document) for document in batch]
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise ExportRefused(SAME_NUMBER, name=name[:-4])
        seen.add(name)
    contents = [document_pdf(document) for document in batch]  # every check passes before any file exists
    _prepare(folder)
    for name in names:
        if os.path.lexists(folder / name):
            raise ExportRefused(ALREADY_THERE, file=name, folder=str(folder))
    written: list[Path] = []
    try:
        for name, data in zip(names, contents, strict=True):
            path = folder / name
            _write_new(path, data)
            written.append(path)
    except BaseException:
        for path in written:
            with contextlib.suppress(OSError):  # the original error says what went wrong; this would hide it
                path.unlink()
        raise
    return written


def _prepare(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise ExportRefused(NOT_A_FOLDER, folder=str(folder)) from None
    except OSError as exc:
        raise _cannot_write(folder, exc) from exc
    if not folder.is_dir():
        raise ExportRefused(NOT_A_FOLDER, folder=str(folder))


def _cannot_write(folder: Path, exc: OSError) -> ExportRefused:
    return ExportRefused(CANNOT_WRITE, folder=str(folder), reason=exc.strerror or str(exc))


def _write_new(path: Path, data: bytes) -> None:
    """``data`` as a new file at ``path``, 0600; never over an existing file; no partial file left."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE_FILE)
    except FileExistsError:
        raise ExportRefused(ALREADY_THERE, file=path.name, folder=str(path.parent)) from None
    except OSError as exc:
        raise _cannot_write(path.parent, exc) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        with contextlib.suppress(OSError):
            path.unlink()
        raise _cannot_write(path.parent, exc) from exc
