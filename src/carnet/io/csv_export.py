"""Export every contact to a CSV file a spreadsheet opens as is (SPEC §4).

The file is UTF-8 with a byte-order mark (so Excel does not read accents as Latin-1), CRLF line ends (the
csv module's default, what RFC 4180 asks for). Archived contacts are exported too, flagged in the
``archived`` column. No Qt here: the CLI and the File menu share it.

Two styles (`CsvStyle`): `STANDARD`, comma separated, English headers (`EXPORT_COLUMNS`) and Carnet's
English codes, "1250.50 EUR" — a stable interface for scripts, unchanged byte for byte; and
`EXCEL_FRANCE`, what a French Excel opens in columns on a double click: semicolon separated, French
headers, the words the French interface shows (Étranger, Tiède, Recommandation…) and a decimal comma,
"1 250,50 EUR". Carnet's importer reads both back (`carnet.io.header_names`, `carnet.io.synonyms`).

Spreadsheet formulas: a cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
run as a formula by Excel, LibreOffice and Google Sheets ("CSV injection", OWASP), and so is one whose
first visible character is one of those or ``|``, or that starts with ``DDE(``, behind spaces and
invisible characters, or written in their fullwidth and small forms (＝, ﹦…), which some spreadsheets
trim or fold. Such cells get a leading single quote (`neutralise`). Known trade-off: a phone written
"+33 6 12 34 56 78" is therefore exported as "'+33 6 12 34 56 78", and a note starting with "-" as
"'-…". `unneutralise` undoes exactly that, for an importer reading Carnet's own files back.

The file is written to a temporary file in the target folder, then moved into place, so a failure (disk
full, a crash) never leaves half a file; an existing file is never overwritten (`FileExistsError`).
Like the database, the file is readable by its owner only (mode 0600 on POSIX): it holds personal data.
"""

from __future__ import annotations

import csv
import errno
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from carnet.domain.enums import Answer, ArchiveReason, ContactKind, PaymentStatus, Source, Stage, Temperature
from carnet.domain.money import format_amount
from carnet.storage.database import Database
from carnet.storage.sql.export import CSV_CONTACTS

#: The header row, in this order; a stable interface for whoever reads the file (keep it append-only).
#:
#: - ``id``: Carnet's contact number; ``kind``: person / organisation.
#: - ``tags``: comma-separated, as typed in Carnet.
#: - ``source``, ``stage``, ``temperature``, ``budget``, ``authority``, ``need``, ``timing``,
#:   ``archive_reason``: Carnet's English codes (``white_paper``, ``prospect``, ``unknown``…).
#: - ``referred_by``: the display name of the contact who referred this one, empty if none.
#: - ``next_follow_up``: ISO date (2025-03-31); ``created_at``: ISO date-time in UTC.
#: - ``archived``: ``yes`` / ``no``.
#: - ``paid_total``: what the contact paid (payments with status paid), per currency, with a dot as
#:   decimal point and the ISO currency code: "1250.50 EUR", or "1250.50 EUR + 300.00 USD" (largest
#:   first); empty when nothing was paid. The code is always there, so a USD-only client is not read
#:   as euros.
#: - ``other_emails``, ``other_phones``, ``other_addresses``: the contact's further values beyond the
#:   primary ``email``, ``phone`` and ``address``, each "Label: value" (or the value alone), separated by
#:   " ::: " as Google Contacts writes them.
#: - ``next_follow_up_time``: the follow-up's local time of day, "14:30", empty for any time that day;
#:   ``next_follow_up_note``: what to do then.
EXPORT_COLUMNS: tuple[str, ...] = (
    "id", "kind", "display_name", "organisation", "role", "email", "phone", "website", "address", "tags",
    "source", "referred_by", "stage", "temperature", "budget", "authority", "need", "timing",
    "qualification_note", "next_follow_up", "notes", "archived", "archive_reason", "created_at", "paid_total",
    "other_emails", "other_phones", "other_addresses", "next_follow_up_time", "next_follow_up_note",
)


@dataclass(frozen=True)
class CsvStyle:
    """How a CSV file is written: ``delimiter``, ``encoding``, the header ``labels`` (one per column of
    `EXPORT_COLUMNS`, in its order), the ``words`` written for stored codes (column -> code -> word; a
    code not listed is written as stored) and the marks of amounts (``decimal_mark``, ``group_separator``
    between thousands). Labels and words come already translated: no Qt here."""

    delimiter: str = ","
    encoding: str = "utf-8-sig"
    labels: tuple[str, ...] = EXPORT_COLUMNS
    words: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    decimal_mark: str = "."
    group_separator: str = ""

    def word(self, column: str, code: str) -> str:
        return self.words.get(column, {}).get(code, code)

    def amount(self, cents: int) -> str:
        return format_amount(cents, self.decimal_mark, self.group_separator)


#: Today's file: comma, English headers, English codes, "1250.50 EUR".
STANDARD = CsvStyle()

_ANSWERS_FR: dict[str, str] = {Answer.YES: "Oui", Answer.NO: "Non", Answer.UNKNOWN: "Inconnu"}
#: For a French Excel: semicolon, French headers, the French interface's words, "1 250,50 EUR". Each header
#: and word is one the importer reads back (tests/test_csv_styles.py holds them to it and to the French
#: catalogue's labels).
EXCEL_FRANCE = CsvStyle(
    delimiter=";",
    labels=(
        "Identifiant", "Type de contact", "Nom complet", "Organisation", "Fonction", "E-mail", "Téléphone",
        "Site web", "Adresse", "Étiquettes", "Source", "Recommandé par", "Étape", "Température", "Budget",
        "Autorité", "Besoin", "Délai", "Note de qualification", "Prochaine relance", "Notes", "Archivé",
        "Motif d'archivage", "Créé le", "Montant payé", "Autres e-mails", "Autres téléphones", "Autres adresses",
        "Heure de relance", "Note de relance",
    ),
    words={
        "kind": {ContactKind.PERSON: "Personne", ContactKind.ORGANISATION: "Organisation"},
        "source": {
            Source.WEBSITE: "Site web", Source.NEWSLETTER: "Newsletter", Source.WHITE_PAPER: "Livre blanc",
            Source.WEBINAR: "Webinaire", Source.EVENT: "Salon / événement", Source.NETWORKING: "Réseautage",
            Source.SOCIAL: "Réseau social", Source.REFERRAL: "Recommandation",
            Source.COLD_OUTREACH: "Prospection à froid", Source.OTHER: "Autre",
        },
        "stage": {
            Stage.STRANGER: "Étranger", Stage.VISITOR: "Visiteur", Stage.LEAD: "Lead", Stage.PROSPECT: "Prospect",
            Stage.CLIENT: "Client", Stage.AMBASSADOR: "Ambassadeur",
        },
        "temperature": {Temperature.COLD: "Froid", Temperature.WARM: "Tiède", Temperature.HOT: "Chaud"},
        **dict.fromkeys(("budget", "authority", "need", "timing"), _ANSWERS_FR),
        "archived": {"yes": "oui", "no": "non"},
        "archive_reason": {
            ArchiveReason.LOST_TO_COMPETITOR: "Perdu face à un concurrent", ArchiveReason.NO_BUDGET: "Pas de budget",
            ArchiveReason.NO_ANSWER: "Pas de réponse", ArchiveReason.NOT_A_FIT: "Ne correspond pas",
            ArchiveReason.OTHER: "Autre",
        },
    },
    decimal_mark=",",
    group_separator=" ",
)
#: The styles by the name the command line gives them (``carnet export --style``).
STYLES: dict[str, CsvStyle] = {"standard": STANDARD, "excel-fr": EXCEL_FRANCE}

# What spreadsheets treat as the start of a formula when it is a cell's very first character (OWASP).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# The same once spaces and invisible characters are skipped, compared after NFKC folding (＝ and ﹦ are =).
_VISIBLE_STARTS = ("=", "+", "-", "@", "|")
# Spaces, line and paragraph separators, control and format characters (zero-width space, BOM, word
# joiner…): a reader may trim them, or a user never sees them, so a formula may hide behind them.
_INVISIBLE = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf"})
_DDE = re.compile(r"dde\s*\(", re.IGNORECASE)


def _runs_as_formula(cell: str) -> bool:
    if cell.startswith(FORMULA_STARTS):
        return True
    start = next((i for i, char in enumerate(cell) if unicodedata.category(char) not in _INVISIBLE), len(cell))
    if start == len(cell):
        return False
    # The first character alone is folded: folding more could compose "=" with a following combining mark.
    if unicodedata.normalize("NFKC", cell[start]).startswith(_VISIBLE_STARTS):
        return True
    head = cell[start : start + 16]
    return bool(_DDE.match(head) or _DDE.match(unicodedata.normalize("NFKC", head)))


def needs_quote(cell: str) -> bool:
    """Whether `neutralise` prefixes a quote: the cell, once its own leading quotes are set aside, may run.

    Setting those quotes aside is what makes `unneutralise` exact: a value typed as "'=1" is written
    "''=1" (a spreadsheet shows "'=1", as typed) and read back as "'=1"; "'Tis the season" is left alone.
    """
    return _runs_as_formula(cell.lstrip("'"))


def neutralise(cell: str) -> str:
    """Prefix a single quote to a cell a spreadsheet would run as a formula; others are unchanged."""
    return "'" + cell if needs_quote(cell) else cell


def unneutralise(cell: str) -> str:
    """The value `neutralise` was given: ``unneutralise(neutralise(value)) == value`` for any text."""
    return cell[1:] if cell.startswith("'") and needs_quote(cell[1:]) else cell


def format_paid(amounts: list[tuple[str, int]], style: CsvStyle = STANDARD) -> str:
    """Paid totals as "1250.50 EUR + 300.00 USD" ("1 250,50 EUR" in the French style): largest first,
    like the board shows them."""
    ordered = sorted(amounts, key=lambda amount: (-amount[1], amount[0]))
    return " + ".join(f"{style.amount(cents)} {currency}" for currency, cents in ordered)


def _paid(text: str | None, style: CsvStyle) -> str:
    if not text:
        return ""
    amounts = [(currency, int(cents)) for currency, _, cents in (part.partition(":") for part in text.split(","))]
    return format_paid(amounts, style)


def _utc_iso(stored: str | None) -> str:
    # SQLAlchemy stores naive UTC text ("2025-01-31 09:15:00.123456"); say it is UTC, drop the microseconds.
    if stored is None:  # the column is NOT NULL: only a damaged record holds no creation time
        raise ValueError("a contact has no creation time")
    return datetime.fromisoformat(stored).replace(tzinfo=UTC, microsecond=0).isoformat()


def _row(record: tuple, style: CsvStyle) -> list[str]:
    *fields, archived, archive_reason, created_at, paid, emails, phones, addresses, at, note = record
    cells = ["" if value is None else str(value) for value in fields]
    cells += ["yes" if archived else "no", archive_reason or "", _utc_iso(created_at), _paid(paid, style)]
    cells += [value or "" for value in (emails, phones, addresses, at, note)]
    if style.words:
        cells = [style.word(column, cell) if cell else cell for column, cell in zip(EXPORT_COLUMNS, cells, strict=True)]
    return [neutralise(cell) for cell in cells]


def write_contacts_csv(db: Database, path: Path, style: CsvStyle = STANDARD) -> int:
    """Write every contact (archived ones included) to a new CSV file at ``path`` in ``style``; return how many.

    Raises `FileExistsError` if ``path`` exists (nothing is written), `OSError` if the folder cannot
    be written to (nothing is left behind).
    """
    rows = db.reader().execute(CSV_CONTACTS, (PaymentStatus.PAID.value,)).fetchall()

    def write(handle: TextIO) -> None:
        writer = csv.writer(handle, delimiter=style.delimiter)  # excel dialect: double quotes, CRLF
        writer.writerow([neutralise(label) for label in style.labels])
        writer.writerows(_row(record, style) for record in rows)

    write_new_file(Path(path), write, encoding=style.encoding)
    return len(rows)


def write_new_file(path: Path, write: Callable[[TextIO], None], *, encoding: str, replace: bool = False) -> None:
    """Create ``path`` with what ``write`` writes, all or nothing, refusing to replace an existing file.

    ``write`` gets a text handle opened with ``newline=""``: the line ends it writes are kept as they are.
    ``replace``: the file is one Carnet keeps up to date (the calendar, `carnet.io.ics_export`): an existing
    one is replaced in one rename, so that a reader sees the old file or the new one, never half of it.
    """
    if path.exists() and not replace:
        raise _exists(path)
    # Same folder as the target, so the final move is a rename on one file system, never a copy.
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())  # the data is on disk before the name points to it
        if replace:
            os.replace(temporary, path)
        else:
            _move_into_place(Path(temporary), path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _move_into_place(temporary: Path, path: Path) -> None:
    try:
        # A hard link fails if the target appeared since the check above: no file is ever replaced.
        os.link(temporary, path)
    except FileExistsError:
        raise _exists(path) from None
    except OSError:
        # File systems without hard links (FAT/exFAT USB keys, some network shares): check once more
        # and rename; only a file created in the instant between the two can be replaced.
        if path.exists():
            raise _exists(path) from None
        os.replace(temporary, path)
    else:
        temporary.unlink()


def _exists(path: Path) -> FileExistsError:
    # str() reads "[Errno 17] The file already exists: '/path'", fit for the message the caller shows.
    return FileExistsError(errno.EEXIST, "The file already exists", str(path))
