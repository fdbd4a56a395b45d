"""The "New contact" / "Edit contact" dialog, with a warning when the contact may already exist (SPEC §1–3)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QWidget,
)

from carnet.domain.enums import ContactKind, Source, Stage, Temperature
from carnet.domain.errors import CONTEXT, InvalidInput
from carnet.domain.follow_ups import PlannedFollowUp
from carnet.domain.tags import format_tags
from carnet.domain.validation import check_display_name, check_email, check_phone
from carnet.i18n import QT_TRANSLATE_NOOP
from carnet.services.drafts import ContactDraft
from carnet.ui.dialogs.follow_up_fields import FollowUpFields
from carnet.ui.dialogs.log_interaction import FOLLOW_UP_IN_PAST
from carnet.ui.dialogs.more_details import MoreDetailsEditor
from carnet.ui.dialogs.qualify import add_answer_rows, make_note_edit
from carnet.ui.dialogs.validated_form import Check, FieldError, ValidatedDialog, form_tab
from carnet.ui.labels import stage_label
from carnet.ui.labels_extra import source_label, temperature_label

if TYPE_CHECKING:
    from carnet.domain.business_identity import ContactBilling
    from carnet.storage import Database
    from carnet.ui.dialogs.contact_billing import BillingFields

UNKNOWN_REFERRER = QT_TRANSLATE_NOOP(CONTEXT, "Choose someone from your contacts")
# Client and ambassador need a paid payment (SPEC §1): a new contact cannot start there.
NEW_CONTACT_STAGES = (Stage.STRANGER, Stage.VISITOR, Stage.LEAD, Stage.PROSPECT)
UNLIMITED = 16_777_215  # Qt's QWIDGETSIZE_MAX, which PySide6 does not export
DUPLICATE_DELAY_MS = 300  # look for duplicates once the typing pauses, not on every key
# Readable on light and dark themes alike: the box brings its own background and text colour.
WARNING_STYLE = (
    "QFrame#duplicateWarning { background: #fff4ce; border: 1px solid #e0c36a; border-radius: 4px; }"
    "QFrame#duplicateWarning QLabel { color: #4d3b00; }"
)
FindDuplicates = Callable[[ContactDraft], Sequence[Any]]
TextCheck = Callable[[str], str]  # a domain check: the cleaned text, or InvalidInput
DuplicateAction = Literal["open", "merge"]  # what the warning's buttons do with the existing contact


class ContactEditorDialog(ValidatedDialog):
    """Creates or edits a contact; ``value()`` is the ``ContactDraft`` to hand to the service.

    ``referrer_choices`` are the (id, display name) of the contacts who can be "referred by".
    ``find_duplicates`` is asked, as the user types, for existing contacts that look the same; its
    matches have ``contact_id``, ``display_name``, ``organisation`` and ``reasons``. Choosing one of
    them sets ``chosen_action`` to ``("open" | "merge", contact_id)`` and accepts the dialog.
    ``contact_id`` is set when editing an existing contact.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        draft: ContactDraft | None = None,
        referrer_choices: Sequence[tuple[int, str]] = (),
        find_duplicates: FindDuplicates | None = None,
        contact_id: int | None = None,
        book: Database | None = None,
    ) -> None:
        super().__init__(parent)
        self.setMinimumWidth(460)
        self.contact_id = contact_id
        self.chosen_action: tuple[DuplicateAction, int] | None = None
        self._original = draft or ContactDraft(display_name="")
        self._find_duplicates = find_duplicates
        self._texts: dict[str, QLineEdit | QPlainTextEdit] = {}
        self._text_checks: dict[str, TextCheck] = {}
        self._match_id: int | None = None
        editing = contact_id is not None
        title = self.tr("Edit — {name}").format(name=self._original.display_name) if editing else self.tr("New contact")
        self.set_texts(title=title, ok_text=self.tr("Save") if editing else self.tr("Add"))

        outer_form = self.form
        self.tabs = QTabWidget(self)
        self.form = form_tab(self.tabs, self.tr("Detai&ls"))
        self._build_details(referrer_choices)
        self.form = form_tab(self.tabs, self.tr("&Qualification && notes"))
        self._build_qualification()
        self.form = form_tab(self.tabs, self.tr("&Further details"))
        self.more_editor = MoreDetailsEditor(self)
        self.more_error = self.add_field("", self.more_editor, check=self.more_editor.details,
                                         changed=[self.more_editor.changed])
        # The Billing page (issue 20) of a contact already in the book: the book is the one given, else the
        # window's that opens the editor (the contact actions open it on the main window).
        self.book = book if book is not None else _window_book(parent)
        self.billing: BillingFields | None = None
        if contact_id is not None and self.book is not None:
            from carnet.services.business import contact_billing
            from carnet.ui.dialogs.contact_billing import BillingFields

            self.form = form_tab(self.tabs, self.tr("B&illing"))
            self.billing = BillingFields(self, contact_billing(self.book, contact_id))
        self.form = outer_form
        self.form.addRow(self.tabs)
        self._build_duplicate_warning()

        self._load(self._original)
        self._duplicate_timer = QTimer(self, singleShot=True, interval=DUPLICATE_DELAY_MS)
        self._duplicate_timer.timeout.connect(self.check_duplicates)
        if find_duplicates is not None:
            for edit in (self.name_edit, self.organisation_edit, self.email_edit, self.phone_edit):
                edit.textChanged.connect(self._duplicate_timer.start)
        self.name_edit.setFocus()
        self.revalidate()

    def _build_details(self, referrer_choices: Sequence[tuple[int, str]]) -> None:
        kind_row = QWidget(self)
        kind_layout = QHBoxLayout(kind_row)
        kind_layout.setContentsMargins(0, 0, 0, 0)
        self.person_radio = QRadioButton(self.tr("Person"), kind_row)
        self.organisation_radio = QRadioButton(self.tr("Organisation"), kind_row)
        for radio in (self.person_radio, self.organisation_radio):  # exclusive: they share a parent
            kind_layout.addWidget(radio)
        kind_layout.addStretch(1)
        kind_row.setFocusProxy(self.person_radio)
        self.add_field(self.tr("Kind:"), kind_row)

        self.name_edit, self.name_error = self._line(
            "display_name", self.tr("&Name:"), self.tr("e.g. Zoé Lefèvre"), check=check_display_name, quiet=True
        )
        self.organisation_edit, _ = self._line("organisation", self.tr("&Organisation:"), self.tr("e.g. Atelier Œuvre"))
        self.role_edit, _ = self._line("role", self.tr("&Role:"), self.tr("e.g. Founder"))
        self.email_edit, self.email_error = self._line(
            "email", self.tr("&Email:"), self.tr("name@example.com"), check=check_email
        )
        self.phone_edit, self.phone_error = self._line(
            "phone", self.tr("&Phone:"), self.tr("e.g. +33 6 12 34 56 78"), check=check_phone
        )
        self.website_edit, _ = self._line("website", self.tr("&Website:"), self.tr("e.g. atelier-oeuvre.fr"))
        self.address_edit = self._lines("address", self.tr("A&ddress:"), self.tr("Postal address, for gifts"), 2)
        self.tags_edit, _ = self._line("tags", self.tr("T&ags:"), self.tr("Separated by commas, e.g. design, Lyon"))
        self.source_combo = self._combo([("—", None)] + [(source_label(s), s.value) for s in Source])
        self.add_field(self.tr("&Source:"), self.source_combo)

        self.referrer_combo = self._referrer_combo(referrer_choices)
        self.referrer_error = self.add_field(
            self.tr("Referred &by:"), self.referrer_combo, check=self._referrer,
            changed=[self.referrer_combo.editTextChanged, self.referrer_combo.currentIndexChanged],
        )
        self.stage_combo = self._combo([(stage_label(stage), stage.value) for stage in NEW_CONTACT_STAGES])
        if self.contact_id is None:  # an existing contact changes stage by moving on the board
            self.add_field(self.tr("S&tage:"), self.stage_combo)
        else:
            self.stage_combo.hide()
        self.temperature_combo = self._combo([(temperature_label(t), t.value) for t in Temperature])
        self.add_field(self.tr("Te&mperature:"), self.temperature_combo)

        # The day, an optional time of day and what to do then (issue 17).
        self.follow_up = FollowUpFields(self, self.tr("Ne&xt follow-up:"), self.tr("Next follow-up"), self._follow_up)
        self.follow_up_check, self.follow_up_edit = self.follow_up.check, self.follow_up.date_field
        self.follow_up_time_edit, self.follow_up_note_edit = self.follow_up.time_field, self.follow_up.note_edit
        self.follow_up_error = self.follow_up.error
        self.follow_up_edit.setDate(date.today())

    def _build_qualification(self) -> None:
        original = self._original
        rows = add_answer_rows(self, (original.budget, original.authority, original.need, original.timing))
        self.budget, self.authority, self.need, self.timing = rows
        self.qualification_note_edit = self._lines(
            "qualification_note", self.tr("Qualification n&ote:"), self.tr("e.g. Budget approved in March"), 2
        )
        self.notes_edit = self._lines("notes", self.tr("&Notes:"), self.tr("Anything worth remembering"), 6)
        self.notes_edit.setMaximumHeight(UNLIMITED)  # at least six lines, and whatever the tab can spare

    def _build_duplicate_warning(self) -> None:
        self.duplicate_box = QFrame(self)
        self.duplicate_box.setObjectName("duplicateWarning")
        self.duplicate_box.setStyleSheet(WARNING_STYLE)
        self.duplicate_box.setVisible(False)
        layout = QHBoxLayout(self.duplicate_box)
        # Plain text: it quotes names.
        self.duplicate_label = QLabel(self.duplicate_box, wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        layout.addWidget(self.duplicate_label, 1)
        self.open_button = QPushButton(self.tr("Open it"), self.duplicate_box)
        self.merge_button = QPushButton(self.tr("Merge into it"), self.duplicate_box)
        actions: tuple[tuple[QPushButton, DuplicateAction], ...] = (
            (self.open_button, "open"), (self.merge_button, "merge"),
        )
        for button, action in actions:
            button.setAutoDefault(False)  # Enter still saves the contact being typed
            button.clicked.connect(lambda _checked=False, action=action: self._choose(action))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.form.addRow(self.duplicate_box)

    def _line(
        self, name: str, label: str, placeholder: str, *, check: TextCheck | None = None, quiet: bool = False
    ) -> tuple[QLineEdit, FieldError | None]:
        """A one-line field for the draft's ``name``, checked by ``check`` (a domain check) if given."""
        edit = QLineEdit(self, placeholderText=placeholder)
        self._texts[name] = edit
        if check is None:
            return edit, self.add_field(label, edit)
        self._text_checks[name] = check
        error = self.add_field(
            label, edit, check=lambda: check(edit.text()), changed=[edit.textChanged], quiet_until_edited=quiet
        )
        return edit, error

    def _lines(self, name: str, label: str, placeholder: str, lines: int) -> QPlainTextEdit:
        edit = make_note_edit(self, placeholder, lines=lines)
        self._texts[name] = edit
        self.add_field(label, edit)
        return edit

    def _combo(self, items: Sequence[tuple[str, str | None]]) -> QComboBox:
        combo = QComboBox(self)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _referrer_combo(self, choices: Sequence[tuple[int, str]]) -> QComboBox:
        # A typed name is looked up, never added to the list.
        combo = QComboBox(self, editable=True, insertPolicy=QComboBox.InsertPolicy.NoInsert)
        line_edit = combo.lineEdit()  # there is one: the combo is editable
        if line_edit is not None:
            line_edit.setPlaceholderText(self.tr("Nobody — type a name"))
        self._referrer_names = {referrer_id: name for referrer_id, name in choices if referrer_id != self.contact_id}
        wanted = self._original.referred_by_id
        if wanted is not None and wanted not in self._referrer_names:
            # Not offered (archived meanwhile?): keep it rather than silently drop the link.
            self._referrer_names[wanted] = self.tr("Contact #{id}").format(id=wanted)
        self._referrer_ids: dict[str, int] = {}
        for referrer_id, name in sorted(self._referrer_names.items(), key=lambda item: item[1].casefold()):
            combo.addItem(name, referrer_id)
            self._referrer_ids.setdefault(name.strip().casefold(), referrer_id)
        completer = QCompleter(combo.model(), combo, filterMode=Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        return combo

    def _load(self, draft: ContactDraft) -> None:
        """Show ``draft`` in the fields (the answers were set when their rows were built)."""
        radio = self.organisation_radio if draft.kind is ContactKind.ORGANISATION else self.person_radio
        radio.setChecked(True)
        for name, edit in self._texts.items():
            (edit.setText if isinstance(edit, QLineEdit) else edit.setPlainText)(getattr(draft, name))
        self.source_combo.setCurrentIndex(0 if draft.source is None else self.source_combo.findData(draft.source.value))
        self.referrer_combo.setCurrentIndex(
            -1 if draft.referred_by_id is None else self.referrer_combo.findData(draft.referred_by_id)
        )
        self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(draft.stage.value)))
        self.temperature_combo.setCurrentIndex(self.temperature_combo.findData(draft.temperature.value))
        self.more_editor.set_details(draft.more)
        self.follow_up.set_value(PlannedFollowUp(draft.next_follow_up, draft.follow_up_time, draft.follow_up_note))

    def value(self) -> ContactDraft:
        """The contact as typed; raises ``InvalidInput`` if a field is still wrong."""
        return self._draft(strict=True)

    def _draft(self, *, strict: bool) -> ContactDraft:
        # Not strict: the half-typed contact the duplicate search compares, wrong fields and all.
        def checked(check: Check, raw: object) -> Any:
            try:
                return check()
            except InvalidInput:
                if strict:
                    raise
                return raw

        values: dict[str, Any] = {
            name: (edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()).strip()
            for name, edit in self._texts.items()
        }
        for name, text_check in self._text_checks.items():
            values[name] = checked(partial(text_check, values[name]), values[name])
        values["tags"] = format_tags([values["tags"]])
        source = self.source_combo.currentData()
        follow_up = checked(self.follow_up.value, PlannedFollowUp())
        return ContactDraft(
            **values,
            budget=self.budget.value(), authority=self.authority.value(), need=self.need.value(),
            timing=self.timing.value(),
            kind=ContactKind.ORGANISATION if self.organisation_radio.isChecked() else ContactKind.PERSON,
            source=None if source is None else Source(source),
            referred_by_id=checked(self._referrer, None),
            stage=Stage(self.stage_combo.currentData()) if self.contact_id is None else self._original.stage,
            temperature=Temperature(self.temperature_combo.currentData()),
            next_follow_up=follow_up.day,
            more=checked(self.more_editor.details, self._original.more),
            # Without a day, neither time nor note: unticking takes the whole follow-up away.
            follow_up_time=follow_up.at,
            follow_up_note=follow_up.note,
        )

    def _referrer(self) -> int | None:
        text = self.referrer_combo.currentText().strip()
        if not text:
            return None
        # Two contacts may share a name: the one picked in the list wins over the first of that name.
        picked = self.referrer_combo.currentData()
        if picked is not None and self._referrer_names.get(picked, "").strip().casefold() == text.casefold():
            return int(picked)
        referrer_id = self._referrer_ids.get(text.casefold())
        if referrer_id is None:
            raise InvalidInput(UNKNOWN_REFERRER, field="referred_by_id")
        return referrer_id

    def _follow_up(self) -> date | None:
        if not self.follow_up_check.isChecked():
            return None
        day = self.follow_up_edit.checked_day("next_follow_up")
        # An overdue date already saved may stay (the board marks it); a new one must be ahead.
        if day < date.today() and day != self._original.next_follow_up:
            raise InvalidInput(FOLLOW_UP_IN_PAST, field="next_follow_up")
        return day

    def check_duplicates(self) -> None:
        """Ask ``find_duplicates`` about the contact as typed; show or hide the warning."""
        draft = self._draft(strict=False)
        matches: Sequence[Any] = ()
        if self._find_duplicates is not None and (draft.display_name or draft.email or draft.phone):
            matches = [m for m in self._find_duplicates(draft) if m.contact_id != self.contact_id]
        self._match_id = matches[0].contact_id if matches else None
        if matches:  # the strongest match only: one question at a time
            self.duplicate_label.setText(self._describe(matches[0]))
            self.duplicate_box.setAccessibleDescription(self.duplicate_label.text())
        self.duplicate_box.setVisible(bool(matches))
        self._fit_height()

    def _describe(self, match: Any) -> str:
        who = match.display_name
        if match.organisation:
            who = self.tr("{name} ({organisation})").format(name=who, organisation=match.organisation)
        phrases = {
            "email": self.tr("same email"),
            "phone": self.tr("same phone"),
            "name": self.tr("same name and organisation"),
        }
        reasons = [phrases.get(str(getattr(r, "value", r)), str(r)) for r in match.reasons]
        if not reasons:
            return self.tr("Looks like an existing contact: {who}.").format(who=who)
        return self.tr("Looks like an existing contact: {who} — {reasons}.").format(who=who, reasons=", ".join(reasons))

    def _choose(self, action: DuplicateAction) -> None:
        if self._match_id is None:
            return
        # Opening needs nothing typed here to be right; a merge writes what was typed, so it must pass.
        if action == "merge" and not self.revalidate(insist=True):
            self.show_first_error()
            return
        self.chosen_action = (action, self._match_id)
        QDialog.accept(self)

    def billing_value(self) -> ContactBilling | None:
        """The Billing tab's details when they were changed, else None: saved by whoever opened the editor,
        in the same transaction as the contact (`services.update_contact(..., billing=...)`)."""
        return self.billing.value() if self.billing is not None and self.billing.changed() else None

    def done(self, result: int) -> None:
        self._duplicate_timer.stop()  # no search for a dialog that is closing
        super().done(result)


def _window_book(parent: QWidget | None) -> Database | None:
    from carnet.storage import Database

    book = getattr(parent, "database", None)
    return book if isinstance(book, Database) else None
