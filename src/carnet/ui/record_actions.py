"""Correcting what was recorded (issue 13): edit or delete a timeline entry, erase a person.

Each correction is one service call returning the `Snapshot` that undoes it; the undo step restores it and
its redo restores what the undo overwrote. A correction that would leave a client without a paid payment
(`StageQuestion`) asks where the contact goes back to, then runs again with the answer, or not at all.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from carnet.domain.enums import InteractionKind, PaymentMethod, PaymentStatus, Stage
from carnet.services.changes import Change, ChangeKind
from carnet.storage import Database
from carnet.ui.board.undo import DoneCommand
from carnet.ui.changes import ChangeHub
from carnet.ui.dialogs.opening import open_pending
from carnet.ui.labels import error_text

if TYPE_CHECKING:
    from carnet.services.reports import TimelineEntry
    from carnet.services.snapshots import Snapshot

Correction = Callable[[Stage | None], "Snapshot"]

_KINDS = {
    "interaction": ChangeKind.INTERACTION, "payment": ChangeKind.PAYMENT, "gift": ChangeKind.GIFT,
    "stage_change": ChangeKind.STAGE,
}


class RecordActions(QObject):
    """The corrections the timeline, the board's menu and the tabs offer, with their undo steps."""

    message = Signal(str)

    def __init__(
        self, database: Database, undo_stack: QUndoStack, window: QWidget, changes: ChangeHub,
        name_of: Callable[[int], str], contacts: Callable[[], list[tuple[int, str]]],
    ) -> None:
        super().__init__(window)
        self.database = database
        self.undo_stack = undo_stack
        self.window = window
        self.changes = changes
        self._name_of = name_of
        self._contacts = contacts
        self.pending_dialog: QDialog | None = None

    # --- the shared path ------------------------------------------------------------------------

    def _not_saved(self) -> str:
        return self.tr("Not saved")

    def correct(self, text: str, kinds: tuple[ChangeKind, ...], run: Correction, done: str | None = None) -> None:
        """Run a correction; on a `StageQuestion`, ask where the contact goes back and run it again.
        ``text`` names the undo step; ``done`` is said in the status bar once saved ("Saved." by default)."""
        from carnet.services.corrections import StageQuestion

        with self.changes.refusals(self._not_saved()) as attempt:
            try:
                snapshot = run(None)
            except StageQuestion as question:
                self._ask_stage_back(question, lambda stage: self._run_moving_back(text, kinds, run, stage, done))
                return
        if not attempt.refused:
            self._done(text, kinds, snapshot, done)

    def _run_moving_back(
        self, text: str, kinds: tuple[ChangeKind, ...], run: Correction, stage: Stage, done: str | None
    ) -> None:
        with self.changes.refusals(self._not_saved()) as attempt:
            snapshot = run(stage)
        if not attempt.refused:
            self._done(text, (*kinds, ChangeKind.STAGE), snapshot, done)

    def _ask_stage_back(self, question: Exception, then: Callable[[Stage], None]) -> None:
        from carnet.domain.errors import CarnetError
        from carnet.ui.dialogs.record_dialogs import StageBackDialog

        text = error_text(question) if isinstance(question, CarnetError) else str(question)
        dialog = StageBackDialog(text, self.window)
        open_pending(self, dialog, lambda: then(dialog.value()))

    def _done(self, text: str, kinds: tuple[ChangeKind, ...], snapshot: Snapshot, done: str | None) -> None:
        self._notify(snapshot, kinds)
        self._push(text, kinds, snapshot)
        self.message.emit(done or self.tr("Saved. Undo with Ctrl+Z."))

    def payment_recorded(self, contact_id: int, payment_id: int) -> None:
        """A payment recorded from the Contact menu: its undo deletes it (refused if that would leave a
        client without a paid payment; the timeline's Delete then asks where they go)."""
        from carnet.domain.models import Payment
        from carnet.services.snapshots import Snapshot

        table = str(Payment.__table__.name)
        added = Snapshot(rows=(), added=((table, payment_id),), contact_ids=frozenset({contact_id}))
        self._push(self.tr("Record a payment for %1").replace("%1", self._name_of(contact_id)),
                   (ChangeKind.PAYMENT,), added)

    def _push(self, text: str, kinds: tuple[ChangeKind, ...], snapshot: Snapshot) -> None:
        from carnet.services.snapshots import restore

        state = {"snapshot": snapshot}

        def replay() -> None:
            with self.changes.refusals(self.tr("Not undone")) as attempt:
                state["snapshot"] = restore(self.database, state["snapshot"])
            if not attempt.refused:
                self._notify(state["snapshot"], (*kinds, ChangeKind.STAGE, ChangeKind.CONTACT))

        self.undo_stack.push(DoneCommand(text, replay, replay))

    def _notify(self, snapshot: Snapshot, kinds: tuple[ChangeKind, ...]) -> None:
        self.changes.notify(Change.of(snapshot.contact_ids, *kinds))

    def _confirm(self, title: str, text: str, verb: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, self.window)
        delete = box.addButton(verb, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    # --- what an entry is called --------------------------------------------------------------------

    def entry_text(self, entry: TimelineEntry) -> str:
        """The entry in words, for a confirmation and an undo step: "the quote of €999.00 (11/12/26)"."""
        from carnet.ui.contact_panel import ContactPanel, format_date
        from carnet.ui.formatting import format_money
        from carnet.ui.labels_extra import interaction_kind_label

        details = entry.details
        day = format_date(ContactPanel.entry_day(entry))
        if entry.kind == "payment":
            amount = format_money(int(str(details["amount_cents"])), str(details["currency"]))
            template = {
                PaymentStatus.QUOTED: self.tr("the quote of %1 (%2)"),
                PaymentStatus.INVOICED: self.tr("the invoice of %1 (%2)"),
                PaymentStatus.PAID: self.tr("the payment of %1 (%2)"),
            }[PaymentStatus(str(details["status"]))]
            return template.replace("%1", amount).replace("%2", day)
        if entry.kind == "interaction":
            kind = interaction_kind_label(InteractionKind(str(details["kind"])))
            return self.tr("the %1 of %2").replace("%1", kind.lower()).replace("%2", day)
        if entry.kind == "gift":
            return self.tr("the %1 gift").replace("%1", str(details["year"]))
        return self.tr("the stage change of %1").replace("%1", day)

    # --- edit ----------------------------------------------------------------------------------

    def can_edit(self, entry: TimelineEntry) -> bool:
        """Every entry but a move between stages (it is deleted, or the card moved again)."""
        return entry.kind != "stage_change" or entry.details.get("from_stage") is None

    def edit_entry(self, contact_id: int, entry: TimelineEntry) -> None:
        if entry.kind == "interaction":
            self._edit_interaction(contact_id, entry)
        elif entry.kind == "payment":
            self._edit_payment(contact_id, entry)
        elif entry.kind == "gift":
            self._edit_gift(contact_id, entry)
        elif self.can_edit(entry):
            self._edit_added_day(contact_id, entry)

    def _edit_interaction(self, contact_id: int, entry: TimelineEntry) -> None:
        from carnet.services.corrections import edit_interaction
        from carnet.ui.dialogs.log_interaction import InteractionEntry, LogInteractionDialog

        details = entry.details
        follow_up = details.get("follow_up")
        current = InteractionEntry(
            InteractionKind(str(details["kind"])), entry.when, str(details.get("summary") or ""),
            follow_up if isinstance(follow_up, date) else None,
        )
        dialog = LogInteractionDialog(self._name_of(contact_id), self.window, entry=current)

        def save() -> None:
            value = dialog.value()
            self.correct(
                self.tr("Edit %1").replace("%1", self.entry_text(entry)), (ChangeKind.INTERACTION,),
                lambda _stage: edit_interaction(
                    self.database, entry.id, value.kind, value.summary, value.at, value.follow_up),
            )

        open_pending(self, dialog, save)

    def _edit_payment(self, contact_id: int, entry: TimelineEntry) -> None:
        from carnet.services import PaymentDraft
        from carnet.services.corrections import edit_payment
        from carnet.ui.dialogs.mark_payment import MarkPaymentDialog

        details = entry.details
        issued_on, paid_on = details.get("issued_on"), details.get("paid_on")
        draft = PaymentDraft(
            amount_cents=int(str(details["amount_cents"])), status=PaymentStatus(str(details["status"])),
            currency=str(details["currency"]), issued_on=issued_on if isinstance(issued_on, date) else None,
            paid_on=paid_on if isinstance(paid_on, date) else None, description=str(details.get("description") or ""),
            method=None if details.get("method") is None else PaymentMethod(str(details["method"])),
            reference=str(details.get("reference") or ""),
        )
        dialog = MarkPaymentDialog(
            self._name_of(contact_id), self.window, draft=draft, contacts=self._contacts(), contact_id=contact_id,
        )

        def save() -> None:
            value, owner = dialog.value(), dialog.chosen_contact_id()
            self.correct(
                self.tr("Edit %1").replace("%1", self.entry_text(entry)), (ChangeKind.PAYMENT,),
                lambda stage: edit_payment(self.database, entry.id, value, contact_id=owner, move_back_to=stage),
            )

        open_pending(self, dialog, save)

    def _edit_gift(self, contact_id: int, entry: TimelineEntry) -> None:
        from carnet.services.corrections import edit_gift
        from carnet.ui.dialogs.record_dialogs import GiftDialog, GiftValues

        details = entry.details
        sent_on = details.get("sent_on")
        current = GiftValues(int(str(details["year"])), str(details.get("what") or ""),
                             sent_on if isinstance(sent_on, date) else None)
        dialog = GiftDialog(self._name_of(contact_id), current, self.window)

        def save() -> None:
            value = dialog.value()
            self.correct(
                self.tr("Edit %1").replace("%1", self.entry_text(entry)), (ChangeKind.GIFT,),
                lambda _stage: edit_gift(self.database, entry.id, value.year, value.what, value.sent_on),
            )

        open_pending(self, dialog, save)

    def _edit_added_day(self, contact_id: int, entry: TimelineEntry) -> None:
        from carnet.services.corrections import set_added_day
        from carnet.ui.contact_panel import local_date
        from carnet.ui.dialogs.record_dialogs import AddedDayDialog

        dialog = AddedDayDialog(self._name_of(contact_id), local_date(entry.when), self.window)

        def save() -> None:
            day = dialog.value()
            self.correct(
                self.tr("Change the day %1 was added").replace("%1", self._name_of(contact_id)),
                (ChangeKind.CONTACT, ChangeKind.STAGE), lambda _stage: set_added_day(self.database, contact_id, day),
            )

        open_pending(self, dialog, save)

    # --- delete --------------------------------------------------------------------------------

    def delete_entry(self, contact_id: int, entry: TimelineEntry) -> None:
        from carnet.services import corrections

        what = self.entry_text(entry)
        name = self._name_of(contact_id)
        if entry.kind == "stage_change" and entry.details.get("from_stage") is None:
            self.message.emit(self.tr("The day %1 was added cannot be deleted; edit it to change the day.")
                              .replace("%1", name))
            return
        text = self.tr("Delete %1 for %2?").replace("%1", what).replace("%2", name)
        if entry.kind == "stage_change":
            back = self.tr("If it was the last move, %1 goes back to the stage before it.")
            text += "\n\n" + back.replace("%1", name)
        text += "\n\n" + self.tr("You can undo this with Ctrl+Z.")
        if not self._confirm(self.tr("Delete?"), text, self.tr("Delete")):
            return
        run: Correction
        if entry.kind == "interaction":
            run = lambda _stage: corrections.delete_interaction(self.database, entry.id)  # noqa: E731
        elif entry.kind == "payment":
            run = lambda stage: corrections.delete_payment(self.database, entry.id, move_back_to=stage)  # noqa: E731
        elif entry.kind == "gift":
            run = lambda _stage: corrections.delete_gift(self.database, entry.id)  # noqa: E731
        else:
            run = lambda _stage: corrections.delete_stage_change(self.database, entry.id)  # noqa: E731
        self.correct(self.tr("Delete %1").replace("%1", what), (_KINDS[entry.kind],), run,
                     self.tr("Deleted %1. Undo with Ctrl+Z.").replace("%1", what))

    # --- erase a person --------------------------------------------------------------------------

    def erase_contact(self, contact_id: int) -> None:
        """Contact ▸ Delete Permanently…: the person and everything recorded about them (GDPR erasure)."""
        self.erase_contacts([contact_id])

    def erase_contacts(self, contact_ids: list[int]) -> None:
        """Delete contacts permanently, after a confirmation that says what goes and what backups keep."""
        from carnet.services.corrections import erase_contacts
        from carnet.storage.rotation import KEEP_DAILY, KEEP_WEEKLY

        if not contact_ids:
            return
        if len(contact_ids) == 1:
            name = self._name_of(contact_ids[0])
            who = self.tr("Delete %1 permanently, with every interaction, payment, gift and stage change recorded "
                          "for them? Contacts they referred stay, with no referrer.").replace("%1", name)
            held = self.tr("Backups made before today still hold %1 until they are replaced: Carnet keeps a "
                           "backup for each of the last %2 days and %3 weeks.").replace("%1", name)
            step = self.tr("Delete %1 permanently").replace("%1", name)
        else:
            count = len(contact_ids)
            who = self.tr("Delete %n contact(s) permanently, with every interaction, payment, gift and stage "
                          "change recorded for them? Contacts they referred stay, with no referrer.", "", count)
            held = self.tr("Backups made before today still hold them until they are replaced: Carnet keeps a "
                           "backup for each of the last %2 days and %3 weeks.")
            step = self.tr("Delete %n contact(s) permanently", "", count)
        text = "\n\n".join((
            who, held.replace("%2", str(KEEP_DAILY)).replace("%3", str(KEEP_WEEKLY)),
            self.tr("You can undo this with Ctrl+Z until you close Carnet. To take someone off the board "
                    "without deleting them, archive them instead."),
        ))
        if not self._confirm(self.tr("Delete permanently?"), text, self.tr("Delete Permanently")):
            return
        self.correct(step, (ChangeKind.CONTACT, ChangeKind.ARCHIVE),
                     lambda _stage: erase_contacts(self.database, contact_ids),
                     self.tr("Deleted permanently. Undo with Ctrl+Z until you close Carnet."))
