"""The contact panel: one contact's fields, qualification, referrals and timeline, read through the services.

Read-only. What a user typed is shown as plain, selectable text, never rich text. A right-click on the email,
the phone or the website offers to hand it to the desktop (`carnet.ui.contact_links`): Carnet itself opens
no connection, and launches nothing unless the user asks.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QLocale,
    QPoint,
    Qt,
    QTime,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDockWidget,
    QFormLayout,
    QFrame,
    QLabel,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carnet.domain.enums import (
    IMPORTED_PAYMENT,
    Answer,
    DetailKind,
    InteractionKind,
    PaymentMethod,
    PaymentStatus,
    Stage,
)
from carnet.storage import Database
from carnet.ui.breakable_label import BreakableLabel
from carnet.ui.contact_links import LinkMenus
from carnet.ui.formatting import format_day, format_money, format_paid
from carnet.ui.labels import stage_label
from carnet.ui.labels_extra import (
    archive_reason_label,
    interaction_kind_label,
    payment_method_label,
    source_label,
    temperature_label,
)
from carnet.ui.timeline_icons import entry_icon, icon_name
from carnet.ui.timeline_view import TimelineView

if TYPE_CHECKING:  # the ORM loads after the board's first paint: see `_read`
    from carnet.domain.drafts import ContactDetail
    from carnet.domain.models import Contact
    from carnet.services.reports import ReferralStats, TimelineEntry

MIN_WIDTH = 240  # narrow enough for a 1024 px window beside the board
TIMELINE_MIN_HEIGHT = 180
NAME_CHARS = 18  # the widest the field names' column gets, in average characters
NAME_SCALE = 1.5
TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
CRITERIA = ("budget", "authority", "need", "timing")
UNBROKEN = ("email", "website", "more")  # values with long runs without a space: `BreakableLabel`


def local_date(moment: datetime | date) -> date:
    """The user's calendar day of an aware UTC time (a plain date is already a day)."""
    return moment.astimezone().date() if isinstance(moment, datetime) else moment


# The one way Carnet writes a day ("11/23/2026", "23/11/2026"), under the name the panel's neighbours import.
format_date = format_day


def time_text(at: time) -> str:
    """A time of day as the time field writes it: the locale's short form ("2:30 PM", "14:30"), HH:mm for C."""
    locale = QLocale()
    form = "HH:mm" if locale.language() == QLocale.Language.C else locale.timeFormat(QLocale.FormatType.ShortFormat)
    return locale.toString(QTime(at.hour, at.minute), form)


def fill(template: str, *values: str) -> str:
    """Put ``values`` in a translated template's ``%1``, ``%2``… at once: a user's "%2" stays as typed."""
    return re.sub(r"%(\d)", lambda match: values[int(match.group(1)) - 1], template)


def _value_label(parent: QWidget, label: QLabel | None = None) -> QLabel:
    """A label for a user-typed value: plain text (never rich text, never a link), selectable, wrapped."""
    label = QLabel(parent) if label is None else label
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(SELECTABLE)
    # Never wider than the panel: a value that cannot wrap must not widen the whole panel and hide every
    # value behind a sideways scroll bar (an email or a web address wraps at its dots: `BreakableLabel`).
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


def _muted(label: QLabel) -> QLabel:
    # A role rather than a colour: the label follows a palette (dark mode) change by itself.
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class ContactPanel(QDockWidget):
    """A dock showing one contact; `show_contact` picks it, `refresh` re-reads it after an edit.

    Asks, with the contact and the timeline entry, for an entry to be edited, deleted or marked paid.
    """

    edit_entry = Signal(int, object)  # contact id, TimelineEntry
    delete_entry = Signal(int, object)
    mark_paid_entry = Signal(int, object)

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(self.tr("Contact"), parent)
        self.database = database
        self._contact_id: int | None = None
        self._names: list[QLabel] = []  # the field names of every form
        self.setObjectName("contact-panel")
        self.setMinimumWidth(MIN_WIDTH)

        self.stack = QStackedWidget(self)
        self.empty_label = _muted(QLabel(self.tr("Select a card to see the contact."), self))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack.addWidget(self.empty_label)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(self.scroll_area)
        self.content = content
        layout = QVBoxLayout(content)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(6)

        self.name_label = _value_label(content)
        self.name_label.setObjectName("contact-name")
        font = QFont(self.name_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * NAME_SCALE)
        self.name_label.setFont(font)
        layout.addWidget(self.name_label)

        self.fields_form, self.field_labels = self._form(layout, {
            "organisation": self.tr("Organisation"), "role": self.tr("Role"), "stage": self.tr("Stage"),
            "temperature": self.tr("Temperature"), "source": self.tr("Source"), "referred_by": self.tr("Referred by"),
            "email": self.tr("Email"), "phone": self.tr("Phone"), "website": self.tr("Website"),
            "address": self.tr("Address"), "more": self.tr("More details"), "tags": self.tr("Tags"),
            "next_follow_up": self.tr("Next follow-up"),
            "archived": self.tr("Archived"), "notes": self.tr("Notes"),
        })

        # A right-click on the email, the phone or the website hands it to the desktop; the address is copied.
        self.links = LinkMenus()
        for kind in ("email", "phone", "website", "address"):
            self.links.attach(self.field_labels[kind], kind)

        self.qualification_heading = self._heading(layout, self.tr("Qualification"))
        self.qualification_form, self.qualification_labels = self._form(layout, {
            "budget": self.tr("Budget"), "authority": self.tr("Authority"), "need": self.tr("Need"),
            "timing": self.tr("Timing"), "score": self.tr("Score"), "note": self.tr("Note"),
        })

        self.referrals_section = QWidget(content)
        referrals_layout = QVBoxLayout(self.referrals_section)
        referrals_layout.setContentsMargins(0, 0, 0, 0)
        referrals_layout.setSpacing(6)
        self._heading(referrals_layout, self.tr("Referrals"))
        self.referrals_form, self.referral_labels = self._form(referrals_layout, {
            "referred": self.tr("Contacts referred"), "clients": self.tr("Became clients"),
            "revenue": self.tr("Revenue brought"),
        })
        self.referred_list = _value_label(self.referrals_section)
        self.referred_list.setObjectName("referred-contacts")
        referrals_layout.addWidget(self.referred_list)
        layout.addWidget(self.referrals_section)

        self._heading(layout, self.tr("Timeline"))
        self.timeline = TimelineView(content)
        self.timeline.setMinimumHeight(TIMELINE_MIN_HEIGHT)
        # As tall as its entries: the panel scrolls as one page rather than a small list scrolling inside it.
        self.timeline.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.timeline.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.timeline.currentItemChanged.connect(self._show_entry)
        self.timeline.edit_requested.connect(lambda row: self._ask(self.edit_entry, row))
        self.timeline.delete_requested.connect(lambda row: self._ask(self.delete_entry, row))
        self.timeline.menu_requested.connect(self._entry_menu)
        self.entries: list[TimelineEntry] = []
        self.timeline_empty = _muted(QLabel(self.tr("Nothing recorded yet."), content))
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.timeline_empty)

        # One label column for every section, so the values line up from top to bottom; no wider than
        # NAME_CHARS characters, a longer name wrapping onto two lines: the French "Chiffre d'affaires
        # apporté" left the values a third of the panel, and a one-word value ("Ambassadeur") was cut.
        widest = max(name.sizeHint().width() for name in self._names)
        width = min(widest, self.fontMetrics().averageCharWidth() * NAME_CHARS)
        for name in self._names:
            name.setWordWrap(True)
            name.setFixedWidth(width)
        self.scroll_area.setWidget(content)
        self.stack.addWidget(self.scroll_area)
        self.setWidget(self.stack)
        self.show_contact(None)

    def _show_entry(self, item: QTreeWidgetItem | None) -> None:
        """Keep the current entry in sight as the arrow keys walk the timeline (the panel scrolls, not it)."""
        if item is None:
            return
        rect = self.timeline.visualItemRect(item)
        centre = self.timeline.viewport().mapTo(self.content, rect.center())
        self.scroll_area.ensureVisible(centre.x(), centre.y(), 0, rect.height() // 2 + 4)

    def entry_at(self, row: int) -> TimelineEntry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _ask(self, signal: SignalInstance, row: int) -> None:
        entry = self.entry_at(row)
        if entry is not None and self._contact_id is not None:
            signal.emit(self._contact_id, entry)

    @staticmethod
    def is_open_payment(entry: TimelineEntry) -> bool:
        """A quote or an invoice: it can be marked paid."""
        return entry.kind == "payment" and entry.details.get("status") != PaymentStatus.PAID.value

    def _entry_menu(self, row: int, where: QPoint) -> None:
        entry = self.entry_at(row)
        if entry is None:
            return
        menu = QMenu(self)
        menu.setObjectName("timeline-menu")
        editable = entry.kind != "stage_change" or entry.details.get("from_stage") is None
        added = entry.kind == "stage_change" and entry.details.get("from_stage") is None
        edit = menu.addAction(self.tr("Change the Day Added…") if added else self.tr("&Edit…"))
        edit.setShortcut(QKeySequence(Qt.Key.Key_Enter))  # shown as "Enter"; Return works too
        edit.setEnabled(editable)
        edit.triggered.connect(lambda: self._ask(self.edit_entry, row))
        if self.is_open_payment(entry):
            paid = menu.addAction(self.tr("Mark &Paid…"))
            paid.triggered.connect(lambda: self._ask(self.mark_paid_entry, row))
        menu.addSeparator()
        delete = menu.addAction(self.tr("&Delete…"))
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setEnabled(not added)
        delete.triggered.connect(lambda: self._ask(self.delete_entry, row))
        self.entry_menu = menu  # the tests reach the open menu here
        menu.popup(where)

    def _heading(self, layout: QVBoxLayout, text: str) -> QLabel:
        label = QLabel(text, self.content)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        line = QFrame(self.content)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addSpacing(4)
        layout.addWidget(label)
        layout.addWidget(line)
        return label

    def _form(self, layout: QVBoxLayout, rows: dict[str, str]) -> tuple[QFormLayout, dict[str, QLabel]]:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(TOP_LEFT)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(4)
        labels: dict[str, QLabel] = {}
        for key, text in rows.items():
            value = _value_label(self.content, BreakableLabel(self.content) if key in UNBROKEN else None)
            value.setObjectName(f"contact-{key.replace('_', '-')}")
            value.setAccessibleName(text)
            name = _muted(QLabel(text, self.content))
            name.setAlignment(TOP_LEFT)  # beside the first line of a wrapped value
            form.addRow(name, value)
            self._names.append(name)
            labels[key] = value
        layout.addLayout(form)
        return form, labels

    @property
    def contact_id(self) -> int | None:
        """The contact shown, or None for the empty state."""
        return self._contact_id

    def show_contact(self, contact_id: int | None) -> None:
        """Show this contact, or the empty state for None or a contact that no longer exists."""
        self._contact_id = contact_id
        self.refresh()

    def refresh(self) -> None:
        """Read the current contact again (after an edit, a payment, a move elsewhere)."""
        found = None if self._contact_id is None else self._read(self._contact_id)
        if found is None:
            self._contact_id = None
            self.stack.setCurrentWidget(self.empty_label)
            return
        contact, referrer_name, timeline, referrals, more = found
        self._fill_fields(contact, referrer_name, more)
        self._fill_qualification(contact)
        self._fill_referrals(contact, referrals)
        self._fill_timeline(timeline)
        self.stack.setCurrentWidget(self.scroll_area)

    def _read(
        self, contact_id: int
    ) -> tuple[Contact, str, list[TimelineEntry], ReferralStats, tuple[ContactDetail, ...]] | None:
        # Imported here: the panel is built with the window, before the ORM is loaded (first paint budget).
        from carnet.services.details import contact_more
        from carnet.services.queries import contact_details
        from carnet.services.reports import referral_stats, timeline

        contact = contact_details(self.database, contact_id)
        if contact is None:
            return None
        referrer = None if contact.referred_by_id is None else contact_details(self.database, contact.referred_by_id)
        referrer_name = "" if referrer is None else referrer.display_name
        return (contact, referrer_name, timeline(self.database, contact_id), referral_stats(self.database, contact_id),
                contact_more(self.database, contact_id))

    @staticmethod
    def _set_rows(form: QFormLayout, labels: dict[str, QLabel], values: dict[str, str]) -> None:
        """Fill the rows; a row with nothing to say is hidden rather than left blank."""
        for key, label in labels.items():
            text = values.get(key, "")
            label.setText(text)
            form.setRowVisible(label, bool(text))

    def more_text(self, details: tuple[ContactDetail, ...]) -> str:
        """The further emails, phones and addresses, one per line: "Email (Work): zoe@…"."""
        kinds = {DetailKind.EMAIL: self.tr("Email"), DetailKind.PHONE: self.tr("Phone"),
                 DetailKind.ADDRESS: self.tr("Address")}
        lines = []
        for detail in details:
            kind = kinds[DetailKind(detail.kind)]
            name = fill(self.tr("%1 (%2)"), kind, detail.label) if detail.label else kind
            lines.append(f"{name}: {' — '.join(detail.value.splitlines())}")
        return "\n".join(lines)

    def _fill_fields(self, contact: Contact, referrer_name: str, more: tuple[ContactDetail, ...] = ()) -> None:
        self.name_label.setText(contact.display_name)
        due = contact.next_follow_up
        overdue = due is not None and due < date.today()
        follow_up = self.follow_up_text(contact)
        archived = ""
        if contact.archived_at is not None:
            archived = format_date(local_date(contact.archived_at))
            if contact.archive_reason is not None:
                archived = f"{archived} — {archive_reason_label(contact.archive_reason)}"
            if contact.archive_note.strip():
                archived = f"{archived}\n{contact.archive_note.strip()}"
        values = {
            "organisation": contact.organisation, "role": contact.role, "stage": stage_label(contact.stage),
            "temperature": temperature_label(contact.temperature),
            "source": source_label(contact.source) if contact.source is not None else "",
            "referred_by": referrer_name, "email": contact.email, "phone": contact.phone, "website": contact.website,
            "address": contact.address.strip(), "more": self.more_text(more), "tags": contact.tags,
            "next_follow_up": follow_up,
            "archived": archived, "notes": contact.notes.strip(),
        }
        self._set_rows(self.fields_form, self.field_labels, values)
        # Emphasis by weight, not by a colour the palette does not know.
        font = self.field_labels["next_follow_up"].font()
        font.setBold(overdue)
        self.field_labels["next_follow_up"].setFont(font)

    def follow_up_text(self, contact: Contact) -> str:
        """The next follow-up: its day, its time of day if it has one, "overdue" once its day has passed, and
        what to do on a line of its own ("" without a follow-up)."""
        due = contact.next_follow_up
        if due is None:
            return ""
        text = format_date(due)
        at = contact.follow_up_time
        if at is not None:
            text = fill(self.tr("%1 at %2"), text, time_text(at))
        if due < date.today():
            text = fill(self.tr("%1 — overdue"), text)
        note = (contact.follow_up_note or "").strip()
        return f"{text}\n{note}" if note else text

    def answer_text(self, answer: Answer) -> str:
        """A qualification answer in words: "Yes", "No", "Unknown"."""
        return {Answer.YES: self.tr("Yes"), Answer.NO: self.tr("No")}.get(Answer(answer), self.tr("Unknown"))

    def _fill_qualification(self, contact: Contact) -> None:
        answers = [Answer(getattr(contact, name)) for name in CRITERIA]
        score = sum(answer is Answer.YES for answer in answers)
        values = {name: self.answer_text(answer) for name, answer in zip(CRITERIA, answers, strict=True)}
        values["score"] = fill(self.tr("%1/4"), str(score))
        values["note"] = contact.qualification_note.strip()
        self._set_rows(self.qualification_form, self.qualification_labels, values)

    def _fill_referrals(self, contact: Contact, stats: ReferralStats) -> None:
        shown = Stage(contact.stage) is Stage.AMBASSADOR or bool(stats.referred)
        self.referrals_section.setVisible(shown)
        if not shown:
            return
        from carnet.services.book import home_currency_or_default  # the ORM is loaded by now (see _read)

        # Per currency, the book's home currency first, the others beside it: never added together.
        revenue = format_paid(tuple(stats.revenue), compact=False, home=home_currency_or_default(self.database))
        values = {
            "referred": str(len(stats.referred)),
            "clients": str(stats.became_clients),
            "revenue": revenue or self.tr("None yet"),
        }
        self._set_rows(self.referrals_form, self.referral_labels, values)
        lines = []
        for referred in stats.referred:
            line = f"{referred.display_name} — {stage_label(Stage(referred.stage))}"
            if referred.archived:
                line = fill(self.tr("%1 (archived)"), line)
            lines.append(line)
        self.referred_list.setText("\n".join(lines))
        self.referred_list.setVisible(bool(lines))

    def _fill_timeline(self, entries: list[TimelineEntry]) -> None:
        self.entries = list(entries)  # in the order of the timeline's rows
        # Dates as everywhere else in Carnet, four-digit years included (`formatting.format_day`).
        self.timeline.set_rows([(format_day(self.entry_day(entry)), *self.describe(entry)) for entry in entries],
                               [entry_icon(icon_name(entry.kind, entry.details)) for entry in entries])
        self.timeline.setVisible(bool(entries))
        self.timeline_empty.setVisible(not entries)

    @staticmethod
    def entry_day(entry: TimelineEntry) -> date:
        """The local day an entry happened: a payment or a gift carries its own calendar date (which the
        timeline places at midday UTC, a day off on the far side of the date line)."""
        if entry.day is not None:
            return entry.day
        details = entry.details
        for key in ("paid_on", "issued_on", "sent_on"):
            day = details.get(key)
            if isinstance(day, date):
                return day
        if entry.kind == "gift":
            return date(_int(details["year"]), 12, 31)
        return local_date(entry.when)

    def describe(self, entry: TimelineEntry) -> tuple[str, str]:
        """The short label and the detail of one timeline entry, in the interface's language."""
        details = entry.details
        if entry.kind == "interaction":
            return interaction_kind_label(InteractionKind(str(details["kind"]))), str(details.get("summary") or "")
        if entry.kind == "payment":
            status = PaymentStatus(str(details["status"]))
            label = {PaymentStatus.QUOTED: self.tr("Quote"), PaymentStatus.INVOICED: self.tr("Invoice"),
                     PaymentStatus.PAID: self.tr("Payment received")}[status]
            amount = format_money(_int(details["amount_cents"]), str(details["currency"]))
            description = str(details.get("description") or "")
            if description == IMPORTED_PAYMENT:  # Carnet's own words, stored in English
                description = self.tr("Paid before Carnet (imported)")
            how = [payment_method_label(PaymentMethod(str(details["method"])))] if details.get("method") else []
            how += [str(details["reference"])] if details.get("reference") else []
            text = f"{amount} — {description}" if description else amount
            return label, f"{text} ({', '.join(how)})" if how else text
        if entry.kind == "stage_change":
            to_stage = stage_label(Stage(str(details["to_stage"])))
            if details.get("from_stage") is None:
                return fill(self.tr("Added as %1"), to_stage), ""
            from_stage = stage_label(Stage(str(details["from_stage"])))
            return fill(self.tr("Moved %1 → %2"), from_stage, to_stage), ""
        if entry.kind == "gift":
            year, what = str(details["year"]), str(details.get("what") or "")
            label = fill(self.tr("Gift %1: %2"), year, what) if what else fill(self.tr("Gift %1"), year)
            return label, self.tr("Sent") if details.get("sent_on") else self.tr("Not sent yet")
        return entry.title, ""


def _int(value: object) -> int:
    """A whole number from a timeline entry's details (typed ``object``: each kind of entry has its own)."""
    return value if isinstance(value, int) else int(str(value))
