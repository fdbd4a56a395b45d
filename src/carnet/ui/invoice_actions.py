"""What the user does with quotes, invoices and credit notes (issue 20): make and edit drafts, send, accept or
refuse a quote, extend its validity, issue an invoice, record a payment against it, correct it by a credit note,
save a document's PDF, write a reminder letter, and export the issued invoices of a period.

Each write is one service call (`services.quotes`, `services.invoices`) inside `ChangeHub.refusals`, then the
change goes to the hub, which every view follows (the documents window too). Numbers are given by the services
only, when a quote is sent or an invoice issued: nothing here makes one. A payment that may make the contact a
client asks "Move to Client?" the way the Contact menu's payments do (`ContactActions._after_paid`).

Undo: the writes here are not undoable. A sent quote's or an issued invoice's number is spent for good (the
series must stay unbroken), a payment is corrected from the timeline, and a draft is simply edited again.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from carnet.domain.errors import CONTEXT, CarnetError
from carnet.domain.invoice_document import DocumentKind, InvoiceDocument
from carnet.i18n import QT_TRANSLATE_NOOP
from carnet.services.changes import Change
from carnet.ui.dialogs.opening import open_pending
from carnet.ui.formatting import format_day, format_money

if TYPE_CHECKING:
    from carnet.domain.invoicing import DocumentDraft
    from carnet.services.document_list import ListedDocument
    from carnet.ui.dialogs.document_editor import DocumentEditorDialog
    from carnet.ui.documents_window import DocumentsWindow
    from carnet.ui.main_window import MainWindow

EXPORT_FOLDER_KEY = "invoices/export_folder"
# A domain-style template (translated in the domain's context by error_text), marked for lupdate.
DRAFT_HAS_NO_PDF = QT_TRANSLATE_NOOP(
    CONTEXT, "A draft has no number yet: send the quote or issue the invoice first, then save its PDF.")
PRIVATE_FILE = 0o600


class InvoiceActions(QObject):
    """The quotes' and invoices' actions of a main window (``window``: its book, change hub, contact actions)."""

    message = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.database = window.database
        self.changes = window.changes
        self.pending_dialog: QDialog | None = None
        self.documents_window: DocumentsWindow | None = None
        # Tests hand a path instead of a file dialog: (title, suggested file name) → the path, "" if cancelled.
        self.choose_save_path: Callable[[str, str], str] = self._ask_save_path
        self.message.connect(window.show_message)

    # --- helpers ---------------------------------------------------------------------------------

    def _parent(self) -> QWidget:
        """Where a dialog opens: over the documents window when it is open, else over the main window."""
        shown = self.documents_window
        return shown if shown is not None and shown.isVisible() else self.window

    def _open(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        open_pending(self, dialog, on_accept)

    def _not_saved(self) -> str:
        return self.tr("Not saved")

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self._parent(), title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _name(self, contact_id: int) -> str:
        return self.window.contact_actions.name_of(contact_id)

    def _listed(self, document_id: int) -> ListedDocument | None:
        from carnet.services.document_list import listed_document

        with self.changes.refusals(self.tr("Not found")) as attempt:
            listed = listed_document(self.database, document_id)
        return None if attempt.refused else listed

    def _document(self, document_id: int) -> InvoiceDocument | None:
        from carnet.services.invoice_documents import document_for

        with self.changes.refusals(self.tr("Not found")) as attempt:
            document = document_for(self.database, document_id)
        return None if attempt.refused else document

    def _done(self, change: Change, text: str, select: int | None = None) -> None:
        self.changes.notify(change)
        if select is not None and self.documents_window is not None:
            self.documents_window.select(select)
        self.message.emit(text)

    # --- drafts ----------------------------------------------------------------------------------

    def new_quote(self, contact_id: int) -> None:
        self._new(contact_id, DocumentKind.QUOTE)

    def new_invoice(self, contact_id: int) -> None:
        self._new(contact_id, DocumentKind.INVOICE)

    def _editor(self, kind: DocumentKind, contact_id: int, draft: DocumentDraft | None = None) -> DocumentEditorDialog:
        from carnet.services.book import currency_for
        from carnet.services.business import business_identity
        from carnet.ui.dialogs.document_editor import DocumentEditorDialog

        identity = business_identity(self.database)
        currency = draft.currency if draft is not None and draft.currency else currency_for(self.database, contact_id)
        return DocumentEditorDialog(self._parent(), kind=kind, contact_id=contact_id,
                                    contact_name=self._name(contact_id), currency=currency, draft=draft,
                                    vat_franchise=identity.vat_franchise, nature=identity.nature)

    def _new(self, contact_id: int, kind: DocumentKind) -> None:
        from carnet.services.invoices import create_invoice
        from carnet.services.quotes import create_quote

        dialog = self._editor(kind, contact_id)

        def save() -> None:
            create = create_quote if kind is DocumentKind.QUOTE else create_invoice
            with self.changes.refusals(self._not_saved()) as attempt:
                result = create(self.database, dialog.value())
            if attempt.refused:
                return
            text = (self.tr("Draft quote saved for {name}.") if kind is DocumentKind.QUOTE
                    else self.tr("Draft invoice saved for {name}."))
            self._done(result.change, text.format(name=self._name(contact_id)), result.document_id)

        self._open(dialog, save)

    def edit(self, document_id: int) -> None:
        from carnet.services.document_list import stored_draft
        from carnet.services.invoices import update_draft
        from carnet.services.quotes import update_quote

        with self.changes.refusals(self.tr("Not found")) as attempt:
            stored = stored_draft(self.database, document_id)
        if attempt.refused:
            return
        dialog = self._editor(stored.kind, stored.draft.contact_id, stored.draft)

        def save() -> None:
            update = update_quote if stored.kind is DocumentKind.QUOTE else update_draft
            with self.changes.refusals(self._not_saved()) as refused:
                result = update(self.database, document_id, dialog.value())
            if not refused.refused:
                self._done(result.change, self.tr("Draft saved."), document_id)

        self._open(dialog, save)

    def delete(self, document_id: int) -> None:
        from carnet.services.invoices import delete_draft
        from carnet.services.quotes import delete_quote

        listed = self._listed(document_id)
        if listed is None:
            return
        total = format_money(listed.gross_cents, listed.currency)
        if not self._ask(self.tr("Delete the draft?"), self.tr(
                "Delete this draft of {total}? It has no number yet, so no number is lost.").format(total=total)):
            return
        delete = delete_quote if listed.kind is DocumentKind.QUOTE else delete_draft
        with self.changes.refusals(self.tr("Not deleted")) as attempt:
            result = delete(self.database, document_id)
        if not attempt.refused:
            self._done(result.change, self.tr("Draft deleted."))

    # --- quotes ----------------------------------------------------------------------------------

    def send(self, document_id: int) -> None:
        from carnet.services.quotes import send_quote

        if not self._ask(self.tr("Mark the quote sent?"), self.tr(
                "The quote gets its number now and can no longer be changed. Then save its PDF and send it to "
                "your client.")):
            return
        with self.changes.refusals(self._not_saved()) as attempt:
            result = send_quote(self.database, document_id)
        if not attempt.refused:
            self._done(result.change, self.tr("Quote {number} marked sent.").format(number=result.number or ""),
                       document_id)

    def accept(self, document_id: int) -> None:
        from carnet.services.document_list import stored_draft
        from carnet.services.quotes import accept_quote
        from carnet.ui.dialogs.invoice_steps import AcceptQuoteDialog

        listed = self._listed(document_id)
        if listed is None:
            return
        stored = stored_draft(self.database, document_id)
        lines = [(line_id, line, format_money(line.unit_price_cents, listed.currency))
                 for line_id, line in zip(stored.line_ids, stored.draft.lines, strict=True)]
        dialog = AcceptQuoteDialog(listed.number, lines, self._parent())

        def save() -> None:
            choice = dialog.choice()
            invoice = choice != AcceptQuoteDialog.NO_INVOICE
            with self.changes.refusals(self._not_saved()) as attempt:
                result = accept_quote(self.database, document_id, dialog.day(), invoice=invoice,
                                      line_ids=dialog.line_ids(), deposit=choice == AcceptQuoteDialog.INVOICE_CHOSEN)
            if attempt.refused:
                return
            if result.invoice_id is None:
                self._done(result.change, self.tr("Quote {number} accepted.").format(number=listed.number))
            else:
                self._done(result.change, self.tr(
                    "Quote {number} accepted; its invoice is a draft: check it, then issue it.").format(
                    number=listed.number), result.invoice_id)

        self._open(dialog, save)

    def refuse(self, document_id: int) -> None:
        from carnet.services.quotes import refuse_quote

        listed = self._listed(document_id)
        if listed is None or not self._ask(self.tr("Mark the quote refused?"), self.tr(
                "Mark {number} refused by the client? Its amount leaves the pipeline.").format(number=listed.number)):
            return
        with self.changes.refusals(self._not_saved()) as attempt:
            result = refuse_quote(self.database, document_id)
        if not attempt.refused:
            self._done(result.change, self.tr("Quote {number} refused.").format(number=listed.number), document_id)

    def extend(self, document_id: int) -> None:
        from carnet.services.quotes import extend_quote
        from carnet.ui.dialogs.invoice_steps import ExtendValidityDialog

        listed = self._listed(document_id)
        if listed is None:
            return
        dialog = ExtendValidityDialog(listed.number, listed.valid_until, self._parent())

        def save() -> None:
            day = dialog.day()
            with self.changes.refusals(self._not_saved()) as attempt:
                result = extend_quote(self.database, document_id, day)
            if not attempt.refused:
                self._done(result.change, self.tr("{number} is valid until {day}.").format(
                    number=listed.number, day=format_day(day)), document_id)

        self._open(dialog, save)

    # --- invoices --------------------------------------------------------------------------------

    def issue(self, document_id: int) -> None:
        from carnet.services.invoices import issue_document

        listed = self._listed(document_id)
        if listed is None:
            return
        what = self.tr("credit note") if listed.kind is DocumentKind.CREDIT_NOTE else self.tr("invoice")
        if not self._ask(self.tr("Issue it?"), self.tr(
                "Issue this {what} of {total} today? It gets the next number and becomes final: it can never be "
                "changed nor deleted, only corrected by a credit note.").format(
                what=what, total=format_money(listed.gross_cents, listed.currency))):
            return
        with self.changes.refusals(self.tr("Not issued")) as attempt:
            result = issue_document(self.database, document_id)
        if not attempt.refused:
            self._done(result.change, self.tr("{number} issued.").format(number=result.number or ""), document_id)

    def record_payment(self, document_id: int) -> None:
        from carnet.services.invoices import record_invoice_payment
        from carnet.ui.dialogs.invoice_steps import InvoicePaymentDialog

        listed = self._listed(document_id)
        if listed is None:
            return
        dialog = InvoicePaymentDialog(listed.number, listed.due_cents, listed.currency, listed.day, self._parent())

        def save() -> None:
            with self.changes.refusals(self._not_saved()) as attempt:
                paid = record_invoice_payment(self.database, document_id, dialog.amount(), dialog.day(),
                                              dialog.method())
            if attempt.refused:
                return
            contact_id = paid.result.contact.id or 0
            self.changes.notify(paid.change)
            if paid.due_cents:
                self.message.emit(self.tr("Payment recorded; {due} still due on {number}.").format(
                    due=format_money(paid.due_cents, listed.currency), number=listed.number))
            else:
                self.message.emit(self.tr("{number} is paid.").format(number=listed.number))
            # The same question as a payment recorded from the Contact menu: the card may move to Client.
            self.window.contact_actions._after_paid(contact_id, paid.result)

        self._open(dialog, save)

    def credit_note(self, document_id: int) -> None:
        """A draft credit note of the whole invoice, opened for editing (what it credits may be less)."""
        from carnet.services.invoices import create_credit_note

        listed = self._listed(document_id)
        if listed is None or not self._ask(self.tr("Make a credit note?"), self.tr(
                "An issued invoice is never changed: a credit note corrects it. Make a draft credit note of "
                "{number}? You can then take lines off it before you issue it.").format(number=listed.number)):
            return
        with self.changes.refusals(self._not_saved()) as attempt:
            result = create_credit_note(self.database, document_id)
        if attempt.refused:
            return
        self._done(result.change, self.tr("Draft credit note for {number} saved.").format(number=listed.number),
                   result.document_id)
        self.edit(result.document_id)

    # --- files -----------------------------------------------------------------------------------

    def save_pdf(self, document_id: int) -> None:
        """The document's PDF (a quote's plain, an issued invoice's or credit note's Factur-X) where the user
        says; a file is replaced only when the save dialog asked and the user agreed."""
        from carnet.documents.export import document_file_name
        from carnet.documents.facturx_pdf import document_pdf

        document = self._document(document_id)
        if document is None:
            return
        if not document.number:
            self.changes.refuse(CarnetError(DRAFT_HAS_NO_PDF), self.tr("Not saved"))
            return
        path = self.choose_save_path(self.tr("Save PDF"), document_file_name(document))
        if not path:
            return
        with self.changes.refusals(self.tr("Not saved")) as attempt:
            data = document_pdf(document)
        if not attempt.refused:
            self._write(Path(path), data)

    def reminder_letter(self, document_id: int) -> None:
        from carnet.documents.reminder_letter import reminder_file_name, reminder_letter_pdf

        document = self._document(document_id)
        if document is None:
            return
        today = date.today()
        with self.changes.refusals(self.tr("No reminder")) as attempt:
            data = reminder_letter_pdf(document, today)
        if attempt.refused:
            return
        path = self.choose_save_path(self.tr("Save Reminder Letter"), reminder_file_name(document, today))
        if path:
            self._write(Path(path), data)

    def _ask_save_path(self, title: str, suggested: str) -> str:
        folder = self._last_folder()
        start = str(folder / suggested) if folder is not None else suggested
        # The dialog asks before replacing an existing file: what it returns may be replaced.
        path, _ = QFileDialog.getSaveFileName(self._parent(), title, start, self.tr("PDF files (*.pdf)"))
        return path

    def _last_folder(self) -> Path | None:
        from carnet.ui.settings import path_setting

        folder = path_setting(EXPORT_FOLDER_KEY)
        return folder if folder is not None and folder.is_dir() else None

    def _write(self, path: Path, data: bytes) -> bool:
        """``data`` as ``path``, through a temporary file renamed over it: a failed write leaves what was there."""
        title = self.tr("Not saved")
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
            if path.exists():  # a name the save dialog did not ask about: never replaced
                QMessageBox.warning(self._parent(), title, self.tr(
                    "{file} already exists; Carnet never replaces a file you did not choose. Choose another "
                    "name.").format(file=str(path)))
                return False
        if path.exists() and path.resolve() == Path(self.database.path).resolve():
            QMessageBox.warning(self._parent(), title, self.tr("{file} is your database: choose another name.")
                                .format(file=str(path)))
            return False
        try:
            _replace_with(path, data)
        except OSError as exc:
            QMessageBox.warning(self._parent(), title, self.tr("The PDF could not be written to {file}: {reason}")
                                .format(file=str(path), reason=exc.strerror or str(exc)))
            return False
        from carnet.ui.settings import save_path_setting

        save_path_setting(EXPORT_FOLDER_KEY, path.parent)
        self.message.emit(self.tr("Saved {file}.").format(file=str(path)))
        return True

    # --- File ▸ Export Invoices ------------------------------------------------------------------

    def export_invoices(self) -> None:
        """Ask for a period and a folder, then write every invoice and credit note issued in it there."""
        from carnet.ui.dialogs.invoice_steps import ExportInvoicesDialog

        folder = self._last_folder()
        dialog = ExportInvoicesDialog(self.window, folder="" if folder is None else str(folder))
        def export() -> None:
            self.write_export(*dialog.period(), dialog.folder())

        self._open(dialog, export)

    def write_export(self, start: date, end: date, folder: Path) -> list[Path] | None:
        """The issued invoices and credit notes of ``start``…``end`` written to ``folder``; what was written,
        or None when it was refused (the user was told why)."""
        from carnet.documents.export import write_documents
        from carnet.services.invoice_documents import issued_documents
        from carnet.ui.long_work import with_progress

        title = self.tr("Not exported")
        with self.changes.refusals(title) as attempt:
            documents = issued_documents(self.database, start, end)
        if attempt.refused:
            return None
        if not documents:
            QMessageBox.information(self.window, self.tr("Export Invoices"), self.tr(
                "No invoice nor credit note was issued from {start} to {end}: nothing to export.").format(
                start=format_day(start), end=format_day(end)))
            return None
        written: list[Path] = []

        def work(progress: Callable[[int, int], None]) -> None:
            progress(0, len(documents))
            written.extend(write_documents(documents, folder))
            progress(len(documents), len(documents))

        with self.changes.refusals(title) as attempt:
            with_progress(self.window, self.tr("Writing the invoices…"), work)
        if attempt.refused:
            return None
        from carnet.ui.settings import save_path_setting

        save_path_setting(EXPORT_FOLDER_KEY, folder)
        count = len(written)
        text = (self.tr("1 file written to {folder}.") if count == 1
                else self.tr("{count} files written to {folder}.")).format(count=count, folder=str(folder))
        QMessageBox.information(self.window, self.tr("Invoices exported"), text)
        self.message.emit(text)
        return written

    # --- the documents window --------------------------------------------------------------------

    def show_documents(self, contact_id: int) -> None:
        from carnet.ui.documents_window import DocumentsWindow

        if self.documents_window is not None and self.documents_window.isVisible():
            self.documents_window.close()
        window = DocumentsWindow(self, contact_id, self._name(contact_id), self.window)
        self.documents_window = window

        def closed(_result: int) -> None:
            if self.documents_window is window:
                self.documents_window = None
            window.deleteLater()

        window.finished.connect(closed)
        window.open()


def _replace_with(path: Path, data: bytes) -> None:
    """Write ``data`` to a private temporary file beside ``path``, flush it to the disk, then rename it over
    ``path`` in one step: at every instant ``path`` holds the old file or the whole new one."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, PRIVATE_FILE)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
