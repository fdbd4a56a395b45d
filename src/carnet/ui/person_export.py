"""Contact ▸ Export This Contact…: everything Carnet holds about one person, as one web page (GDPR access).

The page is read by `carnet.services.person_read` and written by `carnet.io.person_export`; this module
asks where, gives the writer its words in the interface's language and the locale's days and money, and
says how it went the way the File menu's exports do: a refusal or a failed write in a message box, success
in the status bar. Nothing here lets a traceback reach the user: what is neither a refusal nor a failed
write is a damaged file or a bug, which the error report handles like every other one.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from carnet.domain.enums import (
    Answer,
    ArchiveReason,
    ContactKind,
    InteractionKind,
    PaymentStatus,
    Source,
    Stage,
    Temperature,
)
from carnet.domain.errors import CarnetError
from carnet.io.person_export import PersonLabels, write_person_html
from carnet.storage import Database
from carnet.ui.changes import show_refusal
from carnet.ui.contact_panel import fill, format_date
from carnet.ui.formatting import format_money
from carnet.ui.labels import stage_label
from carnet.ui.labels_extra import (
    archive_reason_label,
    interaction_kind_label,
    payment_status_label,
    source_label,
    temperature_label,
)

STATUS_TIMEOUT_MS = 12000  # as long as the window's own messages (MainWindow.show_message)
# What no file name may hold on one of the systems the file may be copied to (Windows is the strictest),
# and control characters: replaced by a space in the suggested name.
_NOT_IN_FILE_NAMES = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
_LONGEST_STEM = 100  # characters: far under the 255 bytes a file name may take, even in a script of 3-byte letters
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")


def _t(text: str) -> str:
    return QCoreApplication.translate("PersonExport", text)


def interface_language() -> str:
    """The code of the language the interface speaks, for the page's ``lang``: the catalogue in use says it.

    Asked of the catalogue rather than of QLocale, whose language is the one of dates and money, which may
    differ (a German system with no German catalogue writes dates in German and speaks English).
    """
    code = QCoreApplication.translate(
        "PersonExport", "en", "The code of this translation's language (fr for French): the lang of the exported page"
    ).strip()
    return code if _LANGUAGE_TAG.fullmatch(code) else "en"


def suggested_file_name(display_name: str) -> str:
    """The name the save dialog suggests: the display name and ".html", without what a file name cannot hold
    (a leading dot, which would hide the file, included)."""
    stem = " ".join(_NOT_IN_FILE_NAMES.sub(" ", display_name).split()).strip(" .")
    return f"{stem[:_LONGEST_STEM].rstrip(' .') or _t('contact')}.html"


def person_labels() -> PersonLabels:
    """Every word of the page, in the interface's language."""
    return PersonLabels(
        language=interface_language(),
        exported_on=_t("Exported from Carnet on %1"),
        details=_t("Contact details"),
        stage_history=_t("Stage history"),
        interactions=_t("Interactions"),
        payments=_t("Payments"),
        gifts=_t("Gifts"),
        kind=_t("Kind"),
        name=_t("Name"),
        organisation=_t("Organisation"),
        role=_t("Role"),
        email=_t("Email"),
        phone=_t("Phone"),
        website=_t("Website"),
        address=_t("Address"),
        tags=_t("Tags"),
        source=_t("Source"),
        referred_by=_t("Referred by"),
        stage=_t("Stage"),
        temperature=_t("Temperature"),
        budget=_t("Budget"),
        authority=_t("Authority"),
        need=_t("Need"),
        timing=_t("Timing"),
        qualification_note=_t("Qualification note"),
        next_follow_up=_t("Next follow-up"),
        follow_up_time=_t("Follow-up time"),
        follow_up_note=_t("Follow-up: what to do"),
        ambassador_since=_t("Ambassador since"),
        recommends_how=_t("How they recommend you"),
        gift_preferences=_t("Gift preferences"),
        archived_on=_t("Archived on"),
        archive_reason=_t("Archive reason"),
        archive_note=_t("Archive note"),
        notes=_t("Notes"),
        created=_t("Added on"),
        updated=_t("Last changed on"),
        day=_t("Date"),
        from_stage=_t("From"),
        to_stage=_t("To"),
        interaction_kind=_t("Type"),
        summary=_t("Summary"),
        follow_up=_t("Follow-up"),
        status=_t("Status"),
        amount=_t("Amount"),
        issued_on=_t("Quote or invoice date"),
        paid_on=_t("Paid on"),
        description=_t("What for"),
        year=_t("Year"),
        gift=_t("Gift"),
        sent_on=_t("Sent on"),
        added=_t("Added"),
        not_sent=_t("Not sent yet"),
        nothing_recorded=_t("Nothing recorded."),
        imported_payment=_t("Paid before Carnet (imported)"),
        kinds={ContactKind.PERSON: _t("Person"), ContactKind.ORGANISATION: _t("Organisation")},
        stages={stage: stage_label(stage) for stage in Stage},
        temperatures={temperature: temperature_label(temperature) for temperature in Temperature},
        sources={source: source_label(source) for source in Source},
        answers={Answer.YES: _t("Yes"), Answer.NO: _t("No"), Answer.UNKNOWN: _t("Unknown")},
        archive_reasons={reason: archive_reason_label(reason) for reason in ArchiveReason},
        interaction_kinds={kind: interaction_kind_label(kind) for kind in InteractionKind},
        payment_statuses={status: payment_status_label(status) for status in PaymentStatus},
    )


def export_person(window: QWidget, database: Database, contact_id: int, path: str | None = None) -> Path | None:
    """Ask for a file (unless ``path`` is given) and write the contact's page there; the path written, or
    None if the user cancelled or it could not be done (the user was told why)."""
    # Imported here: the ORM loads after the board's first paint, and this module may load with the window.
    from carnet.services.person_read import person_record

    title = _t("Not exported")
    try:
        record = person_record(database, contact_id)
    except CarnetError as error:  # deleted meanwhile, or the file is busy: the user is told, nothing written
        show_refusal(window, title, error)
        return None
    if path is None:
        # The dialog asks before replacing an existing file, so the writer may replace it.
        path, _ = QFileDialog.getSaveFileName(
            window, _t("Export This Contact"), suggested_file_name(record.display_name), _t("Web page (*.html)")
        )
        if not path:
            return None
    target = Path(path)
    try:
        write_person_html(record, target, person_labels(), format_date, format_money)
    except FileExistsError:  # only ever a database: any other file the user agreed to replace is replaced
        QMessageBox.warning(window, title, fill(
            _t("%1 is a database; an export never replaces one. Choose another name."), str(target)))
        return None
    except OSError as exc:
        QMessageBox.warning(window, title, fill(_t("The export to %1 failed: %2"), str(target),
                                                exc.strerror or str(exc)))
        return None
    _tell(window, fill(_t("%1 exported to %2."), record.display_name, str(target)))
    return target


def _tell(window: QWidget, message: str) -> None:
    """Success in the status bar, like the File menu's exports; a window without one gets a message box."""
    top = window.window()
    if isinstance(top, QMainWindow):
        top.statusBar().showMessage(message, STATUS_TIMEOUT_MS)
    else:
        QMessageBox.information(window, _t("Exported"), message)
