"""The "Log interaction" dialog: a call, an email, a meeting… with a contact (SPEC §2)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from carnet.domain.enums import InteractionKind
from carnet.domain.errors import CONTEXT, InvalidInput
from carnet.domain.follow_ups import PlannedFollowUp
from carnet.domain.next_step import NEXT_STEP_AFTER
from carnet.domain.sequences import SequenceProgress, next_follow_up
from carnet.i18n import QT_TRANSLATE_NOOP
from carnet.ui.dialogs.date_field import DateTimeField
from carnet.ui.dialogs.follow_up_fields import FollowUpFields
from carnet.ui.dialogs.qualify import make_note_edit
from carnet.ui.dialogs.validated_form import ValidatedDialog
from carnet.ui.labels_extra import interaction_kind_label

TOO_FAR_AHEAD = QT_TRANSLATE_NOOP(CONTEXT, "An interaction cannot be more than a day in the future.")
FOLLOW_UP_IN_PAST = QT_TRANSLATE_NOOP(CONTEXT, "This follow-up date is in the past. Pick today or a later day.")
# A meeting planned for tomorrow morning may be logged tonight; beyond that it is a plan, not a record.
MAX_AHEAD = timedelta(days=1)
DEFAULT_FOLLOW_UP = NEXT_STEP_AFTER  # a week: what the one-click "in a week" offer sets too
SUMMARY_LINES = 4


@dataclass(frozen=True)
class InteractionEntry:
    """What ``services.log_interaction`` needs besides the contact."""

    kind: InteractionKind
    at: datetime  # aware, in UTC
    summary: str
    follow_up: date | None
    # The next follow-up's time of day (None: any time that day) and what to do then; only with ``follow_up``.
    follow_up_time: time | None = None
    follow_up_note: str = ""

    @property
    def planned(self) -> PlannedFollowUp | None:
        """The next follow-up to write, or None to leave the contact's as it is."""
        if self.follow_up is None:
            return None
        return PlannedFollowUp(self.follow_up, self.follow_up_time, self.follow_up_note)


class LogInteractionDialog(ValidatedDialog):
    """Asks what happened with a contact and when; ``value()`` is the ``InteractionEntry`` to record.

    ``propose_follow_up``: "Follow up on" comes ticked, a week ahead (a lead or a prospect without a next
    step, or whose follow-up this interaction deals with): the next step is visible, one untick away from
    none. Correcting a recorded ``entry`` asks for its follow-up day only (its time and note are the
    contact's, not the record's)."""

    def __init__(
        self, contact_name: str, parent: QWidget | None = None, *, now: datetime | None = None,
        entry: InteractionEntry | None = None, propose_follow_up: bool = False,
        sequence: SequenceProgress | None = None,
    ) -> None:
        super().__init__(parent)
        if entry is None:
            self.set_texts(title=self.tr("Log interaction — {name}").format(name=contact_name), ok_text=self.tr("Log"))
        else:  # correcting a recorded interaction: the same checks, its values filled in
            self.set_texts(title=self.tr("Edit interaction — {name}").format(name=contact_name),
                           ok_text=self.tr("Save"))
        # A fixed ``now`` (tests, or a caller that opened the dialog at a known time) keeps the limits stable.
        self._fixed_now = now
        # A follow-up already recorded may be in the past by now: correcting the summary must not refuse it.
        self._kept_follow_up = None if entry is None else entry.follow_up

        self.kind_combo = QComboBox(self)
        for kind in InteractionKind:
            self.kind_combo.addItem(interaction_kind_label(kind), kind.value)
        self.add_field(self.tr("&Kind:"), self.kind_combo)

        self.when_edit = DateTimeField(self)
        # Seconds are not shown, so they are not kept: what the user sees is what is stored.
        self.when_edit.set_moment(self._now())
        self.when_error = self.add_field(
            self.tr("&When:"), self.when_edit, check=self._at, changed=[self.when_edit.edited]
        )

        self.summary_edit = make_note_edit(
            self, self.tr("e.g. Called about the spring workshop; she wants a quote"), lines=SUMMARY_LINES
        )
        self.add_field(self.tr("&Summary:"), self.summary_edit)

        self.follow_up = FollowUpFields(self, self.tr("&Follow up on:"), self.tr("Follow up on"), self._follow_up,
                                        today=self._today)
        self.follow_up_check, self.follow_up_edit = self.follow_up.check, self.follow_up.date_field
        self.follow_up_time_edit, self.follow_up_note_edit = self.follow_up.time_field, self.follow_up.note_edit
        self.follow_up_error = self.follow_up.error
        self.follow_up_edit.setDate(self._today() + DEFAULT_FOLLOW_UP)
        self.sequence_label: QLabel | None = None
        if entry is not None:
            self.follow_up.set_rows_visible(False, self)
            self._fill(entry)
        elif sequence is not None:
            self._propose_next_step(sequence)
        elif propose_follow_up:
            self.follow_up_check.setChecked(True)
        self.revalidate()

    def _propose_next_step(self, sequence: SequenceProgress) -> None:
        """A contact in a follow-up sequence: this interaction marks its step done, and the next step is the
        follow-up proposed (its day as far after today as the steps are apart), which the user may change."""
        name = sequence.sequence.name
        upcoming = next_follow_up(sequence, self._today())
        if upcoming is None:
            text = self.tr("Logging this marks \u201c%1\u201d done: the last step of the sequence \u201c%2\u201d.")
        else:
            text = self.tr("Logging this marks \u201c%1\u201d done (sequence \u201c%2\u201d); its next step is "
                           "proposed below.")
        self.sequence_label = QLabel(text.replace("%1", sequence.current.what).replace("%2", name), self)
        self.sequence_label.setWordWrap(True)
        self.sequence_label.setObjectName("sequence-step")
        self.form.insertRow(0, self.sequence_label)
        if upcoming is not None and upcoming.day is not None:
            self.follow_up_check.setChecked(True)
            self.follow_up_edit.setDate(upcoming.day)
            self.follow_up_note_edit.setText(upcoming.note)

    def _fill(self, entry: InteractionEntry) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(InteractionKind(entry.kind).value))
        self.when_edit.set_moment(entry.at)
        self.summary_edit.setPlainText(entry.summary)
        if entry.follow_up is not None:
            self.follow_up_check.setChecked(True)
            self.follow_up_edit.setDate(entry.follow_up)

    def kind(self) -> InteractionKind:
        return InteractionKind(self.kind_combo.currentData())

    def value(self) -> InteractionEntry:
        """The interaction as typed; raises ``InvalidInput`` if a date is out of bounds."""
        follow_up = self.follow_up.value()
        return InteractionEntry(
            kind=self.kind(),
            at=self._at(),
            summary=self.summary_edit.toPlainText().strip(),
            follow_up=follow_up.day,
            follow_up_time=follow_up.at,
            follow_up_note=follow_up.note,
        )

    def _now(self) -> datetime:
        if self._fixed_now is None:
            return datetime.now(UTC)
        if self._fixed_now.utcoffset() is None:
            return self._fixed_now.astimezone(UTC)  # a naive time is taken as local, like Python does
        return self._fixed_now

    def _today(self) -> date:
        return self._now().astimezone().date()

    def _at(self) -> datetime:
        at = self.when_edit.checked_moment("at").astimezone(UTC)
        if at > self._now() + MAX_AHEAD:
            raise InvalidInput(TOO_FAR_AHEAD, field="at")
        return at

    def _follow_up(self) -> date | None:
        if not self.follow_up_check.isChecked():
            return None
        day = self.follow_up_edit.checked_day("follow_up")
        if day < self._today() and day != self._kept_follow_up:
            raise InvalidInput(FOLLOW_UP_IN_PAST, field="follow_up")
        return day
