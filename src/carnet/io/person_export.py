"""One person's data as a single, self-contained web page (GDPR right of access: SPEC §3, Privacy).

One HTML file because whoever receives it can open it in any browser and print it. It is UTF-8 with its
style inline and nothing else: no script, no image, no font, no link, and a Content-Security-Policy that
forbids loading anything, so opening the file never reaches the network (SPEC §4) even if a value looked
like markup. Every value is escaped (`html.escape`): a name "<script>…" is shown as typed, never run.

The page holds the contact's own fields as a definition list, then the tables Stage history,
Interactions, Payments and Gifts, oldest first. It is written in the interface's language: Qt-free like
the rest of `carnet.io`, this module gets every word already translated (`PersonLabels`) and the locale's
way of writing days and money as functions.

What it reads is declared by the protocols below rather than imported: `carnet.services.person_read`
builds it, and io/ and services/ never import each other (docs/architecture.md).

The file is written to a temporary file beside the target and moved over it in one step: the target
holds the old file or the whole new one, never half a page. It replaces an existing file (the save dialog
asked first), except a database or one of its journals, which a mistyped name must never turn into a web
page (`holds_a_database`). Like every export, it is readable by its owner only (`carnet.private_files`).
"""

from __future__ import annotations

import errno
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from html import escape
from pathlib import Path
from typing import Protocol

from carnet.domain.drafts import ContactDetail
from carnet.domain.enums import (
    IMPORTED_PAYMENT,
    Answer,
    ArchiveReason,
    ContactKind,
    DetailKind,
    InteractionKind,
    PaymentStatus,
    Source,
    Stage,
    Temperature,
)
from carnet.domain.tags import parse_tags
from carnet.private_files import PRIVATE_FILE
from carnet.storage.files import SQLITE_HEADER

DayFormat = Callable[[date], str]
MoneyFormat = Callable[[int, str], str]

# C0 controls other than HTML's white space (tab, line feed, form feed, carriage return), and DEL: not allowed
# in an HTML document, where a browser shows them as boxes or drops them. Shown as the replacement character,
# so the reader sees something was there.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
# The first bytes of a SQLite write-ahead log, and the files SQLite keeps beside a database.
_WAL_MAGIC = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
_SIDE_FILES = ("-wal", "-shm", "-journal")


class StageChangeData(Protocol):
    @property
    def at(self) -> datetime: ...
    @property
    def from_stage(self) -> Stage | None: ...
    @property
    def to_stage(self) -> Stage: ...


class InteractionData(Protocol):
    @property
    def at(self) -> datetime: ...
    @property
    def kind(self) -> InteractionKind: ...
    @property
    def summary(self) -> str: ...
    @property
    def follow_up(self) -> date | None: ...


class PaymentData(Protocol):
    @property
    def status(self) -> PaymentStatus: ...
    @property
    def amount_cents(self) -> int: ...
    @property
    def currency(self) -> str: ...
    @property
    def issued_on(self) -> date | None: ...
    @property
    def paid_on(self) -> date | None: ...
    @property
    def description(self) -> str: ...


class GiftData(Protocol):
    @property
    def year(self) -> int: ...
    @property
    def what(self) -> str: ...
    @property
    def sent_on(self) -> date | None: ...


class PersonData(Protocol):
    """What the page shows of a contact: `carnet.services.person_read.PersonRecord` has all of it."""

    @property
    def kind(self) -> ContactKind: ...
    @property
    def display_name(self) -> str: ...
    @property
    def organisation(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def phone(self) -> str: ...
    @property
    def website(self) -> str: ...
    @property
    def address(self) -> str: ...
    @property
    def notes(self) -> str: ...
    @property
    def tags(self) -> str: ...
    @property
    def source(self) -> Source | None: ...
    @property
    def referrer_name(self) -> str: ...
    @property
    def stage(self) -> Stage: ...
    @property
    def temperature(self) -> Temperature: ...
    @property
    def budget(self) -> Answer: ...
    @property
    def authority(self) -> Answer: ...
    @property
    def need(self) -> Answer: ...
    @property
    def timing(self) -> Answer: ...
    @property
    def qualification_note(self) -> str: ...
    @property
    def next_follow_up(self) -> date | None: ...
    @property
    def follow_up_time(self) -> time | None: ...
    @property
    def follow_up_note(self) -> str: ...
    @property
    def ambassador_since(self) -> date | None: ...
    @property
    def recommends_how(self) -> str: ...
    @property
    def gift_preferences(self) -> str: ...
    @property
    def archived_at(self) -> datetime | None: ...
    @property
    def archive_reason(self) -> ArchiveReason | None: ...
    @property
    def archive_note(self) -> str: ...
    @property
    def more(self) -> tuple[ContactDetail, ...]: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def updated_at(self) -> datetime: ...
    @property
    def stage_changes(self) -> Sequence[StageChangeData]: ...
    @property
    def interactions(self) -> Sequence[InteractionData]: ...
    @property
    def payments(self) -> Sequence[PaymentData]: ...
    @property
    def gifts(self) -> Sequence[GiftData]: ...


@dataclass(frozen=True, slots=True)
class PersonLabels:
    """Every word of the page, already in the interface's language (the UI fills it with its tr())."""

    language: str  # of these words, for <html lang>: "en", "fr"
    exported_on: str  # "Exported from Carnet on %1": %1 is the day of the export
    # Headings
    details: str
    stage_history: str
    interactions: str
    payments: str
    gifts: str
    # Field names of the definition list
    kind: str
    name: str
    organisation: str
    role: str
    email: str
    phone: str
    website: str
    address: str
    tags: str
    source: str
    referred_by: str
    stage: str
    temperature: str
    budget: str
    authority: str
    need: str
    timing: str
    qualification_note: str
    next_follow_up: str
    ambassador_since: str
    recommends_how: str
    gift_preferences: str
    archived_on: str
    archive_reason: str
    archive_note: str
    notes: str
    created: str
    updated: str
    # Table columns
    day: str
    from_stage: str
    to_stage: str
    interaction_kind: str
    summary: str
    follow_up: str
    status: str
    amount: str
    issued_on: str
    paid_on: str
    description: str
    year: str
    gift: str
    sent_on: str
    # Values
    added: str  # in the From column of the stage change that created the contact
    not_sent: str  # a gift recorded but not sent yet
    nothing_recorded: str  # an empty table
    imported_payment: str  # the description Carnet itself gives an imported payment (IMPORTED_PAYMENT)
    kinds: Mapping[ContactKind, str]
    stages: Mapping[Stage, str]
    temperatures: Mapping[Temperature, str]
    sources: Mapping[Source, str]
    answers: Mapping[Answer, str]
    archive_reasons: Mapping[ArchiveReason, str]
    interaction_kinds: Mapping[InteractionKind, str]
    payment_statuses: Mapping[PaymentStatus, str]
    follow_up_time: str = "Follow-up time"
    follow_up_note: str = "Follow-up: what to do"


STYLE = """
:root { color-scheme: light; }
body { font: 11pt/1.45 system-ui, sans-serif; color: #1a1a1a; background: #fff;
       max-width: 60em; margin: 2em auto; padding: 0 1.5em; }
h1 { font-size: 1.6em; margin: 0 0 .2em; }
h2 { font-size: 1.15em; margin: 1.8em 0 .6em; padding-bottom: .15em; border-bottom: 1px solid #888;
     break-after: avoid; }
.origin, .none, dt { color: #555; }
.origin { margin: 0 0 1.5em; }
.none { font-style: italic; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .3em 1.5em; margin: 0; }
dd { margin: 0; }
dd, td { white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: plaintext; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: start; vertical-align: top; padding: .3em .6em .3em 0; border-bottom: 1px solid #ddd; }
th { font-weight: 600; border-bottom-color: #888; }
td.day, td.amount { white-space: nowrap; }
th.amount, td.amount { text-align: end; padding-right: 1.5em; font-variant-numeric: tabular-nums; }
thead { display: table-header-group; }
tr, dt, dd { break-inside: avoid; }
@page { margin: 18mm 15mm; }
@media print { body { font-size: 10pt; max-width: none; margin: 0; padding: 0; } }
"""

# Nothing may load: not even a stray image or style a future change might add. Inline style only.
CONTENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'"


def text(value: object) -> str:
    """A value as HTML text: escaped (quotes too, so it is safe in an attribute), control characters shown."""
    return escape(_CONTROLS.sub("\ufffd", str(value)), quote=True)


def _fill(template: str, *values: str) -> str:
    """An escaped translated template with its %1, %2… replaced by the escaped values, all at once (a value
    holding "%2" stays as typed)."""
    return re.sub(r"%([1-9])", lambda match: text(values[int(match.group(1)) - 1]), text(template))


def local_day(moment: datetime) -> date:
    """The user's calendar day of an aware UTC time."""
    return moment.astimezone().date()


def _optional_day(day: date | None, format_day: DayFormat) -> str:
    return "" if day is None else format_day(day)


def _further(record: PersonData, labels: PersonLabels) -> list[tuple[str, str]]:
    """The further emails, phones and addresses, each under its kind and label: "Email (Work)"."""
    names = {DetailKind.EMAIL: labels.email, DetailKind.PHONE: labels.phone, DetailKind.ADDRESS: labels.address}
    return [(f"{names[DetailKind(detail.kind)]} ({detail.label})" if detail.label else names[DetailKind(detail.kind)],
             detail.value.strip()) for detail in record.more]


def _details(record: PersonData, labels: PersonLabels, format_day: DayFormat) -> str:
    """The contact's own fields; a text field left empty is left out, a choice is always shown."""
    archived = record.archived_at
    fields: list[tuple[str, str]] = [
        (labels.name, record.display_name),
        (labels.kind, labels.kinds[record.kind]),
        (labels.organisation, record.organisation),
        (labels.role, record.role),
        (labels.email, record.email),
        (labels.phone, record.phone),
        (labels.website, record.website),
        (labels.address, record.address.strip()),
        *_further(record, labels),
        (labels.tags, ", ".join(parse_tags(record.tags))),
        (labels.source, "" if record.source is None else labels.sources[record.source]),
        (labels.referred_by, record.referrer_name),
        (labels.stage, labels.stages[record.stage]),
        (labels.temperature, labels.temperatures[record.temperature]),
        (labels.budget, labels.answers[record.budget]),
        (labels.authority, labels.answers[record.authority]),
        (labels.need, labels.answers[record.need]),
        (labels.timing, labels.answers[record.timing]),
        (labels.qualification_note, record.qualification_note.strip()),
        (labels.next_follow_up, _optional_day(record.next_follow_up, format_day)),
        (labels.follow_up_time, "" if record.follow_up_time is None else record.follow_up_time.strftime("%H:%M")),
        (labels.follow_up_note, record.follow_up_note.strip()),
        (labels.ambassador_since, _optional_day(record.ambassador_since, format_day)),
        (labels.recommends_how, record.recommends_how.strip()),
        (labels.gift_preferences, record.gift_preferences.strip()),
        (labels.archived_on, "" if archived is None else format_day(local_day(archived))),
        (labels.archive_reason, "" if record.archive_reason is None else labels.archive_reasons[record.archive_reason]),
        (labels.archive_note, record.archive_note.strip()),
        (labels.notes, record.notes.strip()),
        (labels.created, format_day(local_day(record.created_at))),
        (labels.updated, format_day(local_day(record.updated_at))),
    ]
    rows = "".join(f"<dt>{text(name)}</dt><dd>{text(value)}</dd>\n" for name, value in fields if value.strip())
    return f"<section>\n<h2>{text(labels.details)}</h2>\n<dl>\n{rows}</dl>\n</section>\n"


# A column: its heading and its CSS class ("" for a plain text column).
Column = tuple[str, str]


def _table(heading: str, columns: Sequence[Column], rows: Iterable[Sequence[str]], empty: str) -> str:
    cells = [
        "<tr>" + "".join(
            f'<td class="{kind}">{text(value)}</td>' if kind else f"<td>{text(value)}</td>"
            for (_, kind), value in zip(columns, row, strict=True)
        ) + "</tr>\n"
        for row in rows
    ]
    if not cells:
        return f'<section>\n<h2>{text(heading)}</h2>\n<p class="none">{text(empty)}</p>\n</section>\n'
    head = "".join(
        f'<th scope="col" class="{kind}">{text(name)}</th>' if kind else f'<th scope="col">{text(name)}</th>'
        for name, kind in columns
    )
    return (f"<section>\n<h2>{text(heading)}</h2>\n<table>\n<thead><tr>{head}</tr></thead>\n"
            f"<tbody>\n{''.join(cells)}</tbody>\n</table>\n</section>\n")


def _history(record: PersonData, labels: PersonLabels, format_day: DayFormat) -> str:
    rows = [
        (format_day(local_day(change.at)),
         labels.added if change.from_stage is None else labels.stages[change.from_stage],
         labels.stages[change.to_stage])
        for change in record.stage_changes
    ]
    columns = ((labels.day, "day"), (labels.from_stage, ""), (labels.to_stage, ""))
    return _table(labels.stage_history, columns, rows, labels.nothing_recorded)


def _interactions(record: PersonData, labels: PersonLabels, format_day: DayFormat) -> str:
    rows = [
        (format_day(local_day(interaction.at)), labels.interaction_kinds[interaction.kind], interaction.summary,
         _optional_day(interaction.follow_up, format_day))
        for interaction in record.interactions
    ]
    columns = ((labels.day, "day"), (labels.interaction_kind, ""), (labels.summary, ""), (labels.follow_up, "day"))
    return _table(labels.interactions, columns, rows, labels.nothing_recorded)


def _payments(record: PersonData, labels: PersonLabels, format_day: DayFormat, format_money: MoneyFormat) -> str:
    rows = [
        (labels.payment_statuses[payment.status], format_money(payment.amount_cents, payment.currency),
         _optional_day(payment.issued_on, format_day), _optional_day(payment.paid_on, format_day),
         # Carnet's own words for an imported total, stored in English: shown in the reader's language.
         labels.imported_payment if payment.description == IMPORTED_PAYMENT else payment.description)
        for payment in record.payments
    ]
    columns = ((labels.status, ""), (labels.amount, "amount"), (labels.issued_on, "day"), (labels.paid_on, "day"),
               (labels.description, ""))
    return _table(labels.payments, columns, rows, labels.nothing_recorded)


def _gifts(record: PersonData, labels: PersonLabels, format_day: DayFormat) -> str:
    rows = [
        (str(gift.year), gift.what, labels.not_sent if gift.sent_on is None else format_day(gift.sent_on))
        for gift in record.gifts
    ]
    columns = ((labels.year, "day"), (labels.gift, ""), (labels.sent_on, "day"))
    return _table(labels.gifts, columns, rows, labels.nothing_recorded)


def person_html(
    record: PersonData, labels: PersonLabels, format_day: DayFormat, format_money: MoneyFormat, exported_on: date
) -> str:
    """The whole page, as text."""
    name = text(record.display_name)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{text(labels.language.replace("_", "-"))}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{name}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<header>\n<h1>{name}</h1>\n"
        f'<p class="origin">{_fill(labels.exported_on, format_day(exported_on))}</p>\n</header>\n'
        + _details(record, labels, format_day)
        + _history(record, labels, format_day)
        + _interactions(record, labels, format_day)
        + _payments(record, labels, format_day, format_money)
        + _gifts(record, labels, format_day)
        + "</body>\n</html>\n"
    )


def write_person_html(
    record: PersonData,
    path: Path,
    labels: PersonLabels,
    format_day: DayFormat,
    format_money: MoneyFormat,
    *,
    exported_on: date | None = None,
) -> None:
    """Write the page to ``path`` (0600), replacing what is there only with the complete new file.

    ``exported_on`` defaults to today. Raises `FileExistsError` if ``path`` holds a database
    (`holds_a_database`), `OSError` if the folder cannot be written to; nothing is then left behind, and what
    is at ``path`` is untouched.
    """
    path = Path(path)
    if holds_a_database(path):
        raise FileExistsError(errno.EEXIST, "A database is never replaced by an export", str(path))
    page = person_html(record, labels, format_day, format_money, exported_on or date.today())
    _replace(path, page)


def holds_a_database(path: Path) -> bool:
    """Whether ``path`` is a SQLite database or write-ahead log, or a side file (-wal, -shm, -journal) of one.

    The save dialog asks before replacing a file, but a name typed by mistake ("carnet.sqlite3") must not put
    a web page where the user's book, one of its backups or its journal was: the export refuses those.
    """
    candidates = [path] + [path.with_name(path.name[: -len(suffix)]) for suffix in _SIDE_FILES
                           if path.name.endswith(suffix) and len(path.name) > len(suffix)]
    for candidate in candidates:
        try:
            with candidate.open("rb") as handle:
                head = handle.read(len(SQLITE_HEADER))
        except OSError:
            continue  # missing, a folder, unreadable: nothing this export could put a page in place of
        if head == SQLITE_HEADER or head[:4] in _WAL_MAGIC:
            return True
    return False


def _replace(path: Path, page: str) -> None:
    # "replace": a lone surrogate (which no valid stored text holds) must not fail the export halfway.
    data = page.encode("utf-8", errors="replace")
    # Same folder as the target, so the final move is a rename on one file system, never a copy. The name is
    # shortened: a target at the file system's longest name plus the affixes would not fit.
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:64]}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            if os.name == "posix":
                # mkstemp asks for 0600 but the umask may take bits off: the mode is set, not hoped for.
                os.fchmod(handle.fileno(), PRIVATE_FILE)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())  # the data is on disk before the name points to it
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
