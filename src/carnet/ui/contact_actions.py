"""What the user does with one contact: create, edit, log an interaction, record a payment, qualify,
postpone or set its follow-up, merge duplicates. Each action: a dialog for the input, one service call, then
the board and the contact panel show the committed result."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from carnet import services
from carnet.domain.enums import PaymentStatus, Stage
from carnet.domain.next_step import OPEN_DEAL_STAGES, in_a_week, lacks_next_step
from carnet.services.changes import Change, ChangeKind
from carnet.storage import Database
from carnet.ui.board.controller import BoardController
from carnet.ui.board.model import BoardModel
from carnet.ui.board.undo import DoneCommand
from carnet.ui.changes import ChangeHub
from carnet.ui.dialogs.opening import open_pending
from carnet.ui.formatting import format_day
from carnet.ui.notice_bar import NoticeBar

if TYPE_CHECKING:
    from carnet.domain.sequences import FollowUpSequence, SequenceProgress
    from carnet.ui.dialogs.log_interaction import InteractionEntry

# The offer of a next step waits for a drop to settle, as the panel does: the bar it shows above the board lays
# the whole board out again (about 9 ms at 10,000 cards), which a drop (under 5 ms) must not pay.
OFFER_DELAY_MS = 150
# A follow-up is its day, its time of day and its note: written, merged and undone together.
FOLLOW_UP_FIELDS = ("next_follow_up", "follow_up_time", "follow_up_note")
EDITED_FIELDS = (
    "display_name", "kind", "organisation", "role", "email", "phone", "website", "address", "notes", "tags",
    "source", "referred_by_id", "temperature", "budget", "authority", "need", "timing", "qualification_note",
    *FOLLOW_UP_FIELDS,
)


class ContactActions(QObject):
    message = Signal(str)
    payment_recorded = Signal(int, int)  # contact id, payment id: recorded from the Contact menu (undoable)

    def __init__(
        self, database: Database, model: BoardModel, board: BoardController, undo_stack: QUndoStack, window: QWidget,
        changes: ChangeHub,
    ) -> None:
        super().__init__(window)
        self.database = database
        self.changes = changes
        self.model = model
        self.board = board
        self.undo_stack = undo_stack
        self.window = window
        self.pending_dialog: QDialog | None = None
        board.entered_stage.connect(self._after_stage_entered)
        self._offer: tuple[list[int], str] = ([], "")
        self.offer_timer = QTimer(self, singleShot=True, interval=OFFER_DELAY_MS)
        self.offer_timer.timeout.connect(self._show_offer)

    # --- helpers ----------------------------------------------------------------------------

    def _open(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        open_pending(self, dialog, on_accept)

    def _run(self, action: Callable[[], Any], shown: Sequence[int], *kinds: ChangeKind) -> Any:
        """An undo or redo step: run the service, show the result, or say why it was refused."""
        with self.changes.refusals(self._not_saved()) as attempt:
            result = action()
        if attempt.refused:
            return None
        self._show(shown, *kinds)
        return result

    def _not_saved(self) -> str:
        """The title of a refusal's message box (the hub shows it; see `ChangeHub.refusals`)."""
        return self.tr("Not saved")

    def _show(self, contact_ids: Sequence[int], *kinds: ChangeKind) -> None:
        """Tell every view what the committed write changed (the board, the panel, the tabs follow)."""
        self.changes.notify(Change.of(contact_ids, *(kinds or (ChangeKind.CONTACT,))))

    def _exists(self, contact_id: int) -> bool:
        from carnet.services.queries import contact_details

        return contact_details(self.database, contact_id) is not None

    def name_of(self, contact_id: int) -> str:
        """The contact's name, as the board shows it (or as stored, for one not on the board)."""
        return self._name(contact_id)

    def contact_choices(self) -> list[tuple[int, str]]:
        """(id, name) of every card on the board, by name: the contacts a payment may be moved to."""
        return self._referrer_choices()

    def _name(self, contact_id: int) -> str:
        card = self.model.card(contact_id)
        if card is not None:
            return card.display_name
        from carnet.services.queries import contact_details

        contact = contact_details(self.database, contact_id)
        return contact.display_name if contact else ""

    def _referrer_choices(self) -> list[tuple[int, str]]:
        from carnet.services.board_read import board_names  # the names alone: a big board holds few cards

        return sorted(board_names(self.database), key=lambda c: c[1].casefold())

    def _find_duplicates(self, draft: services.ContactDraft, exclude_id: int | None = None) -> list[Any]:
        from carnet.services.duplicates import find_duplicates

        return find_duplicates(
            self.database, email=draft.email, phone=draft.phone, display_name=draft.display_name,
            organisation=draft.organisation, exclude_id=exclude_id, more=draft.more,
        )

    # --- create and edit --------------------------------------------------------------------

    def new_contact(self) -> None:
        from carnet.ui.dialogs.contact_editor import ContactEditorDialog

        dialog = ContactEditorDialog(
            self.window, referrer_choices=self._referrer_choices(), find_duplicates=self._find_duplicates
        )
        self._open(dialog, lambda: self._create(dialog))

    def _create(self, dialog: Any) -> None:
        # Imported here: the window is built before the ORM loads (the board's first paint imports none).
        from carnet.services.lookups import saved_id

        action = getattr(dialog, "chosen_action", None)
        if action is not None:
            kind, contact_id = action
            if kind == "open":
                self.edit_contact(contact_id)
            else:
                self.merge_into(contact_id, dialog.value())
            return
        with self.changes.refusals(self._not_saved()) as attempt:
            contact = services.create_contact(self.database, dialog.value())
        if attempt.refused:
            return
        self._show([saved_id(contact)])
        self.board.moved.emit(contact.stage, [saved_id(contact)], True)
        self.message.emit(self.tr("Added %1.").replace("%1", contact.display_name))
        draft = dialog.value()
        created = {"id": saved_id(contact)}

        def remove() -> None:
            self._run(lambda: services.delete_contact(self.database, created["id"]), [created["id"]])

        def add_again() -> None:
            again = self._run(lambda: services.create_contact(self.database, draft), [])
            if again is not None:
                created["id"] = again.id
                self._show([again.id])

        self.undo_stack.push(DoneCommand(
            self.tr("Add %1").replace("%1", contact.display_name), add_again, remove,
            contact_ids=[saved_id(contact)], still_undoable=lambda: self._exists(created["id"]),
        ))

    def edit_contact(self, contact_id: int) -> None:
        from carnet.services.queries import contact_details
        from carnet.ui.dialogs.contact_editor import ContactEditorDialog

        contact = contact_details(self.database, contact_id)
        if contact is None:
            return
        from carnet.services.details import contact_more

        draft = services.ContactDraft(**{name: getattr(contact, name) for name in (*EDITED_FIELDS, "stage")},
                                      more=contact_more(self.database, contact_id))
        choices = [choice for choice in self._referrer_choices() if choice[0] != contact_id]
        dialog = ContactEditorDialog(
            self.window, draft=draft, referrer_choices=choices, contact_id=contact_id,
            find_duplicates=lambda d: self._find_duplicates(d, exclude_id=contact_id),
        )
        self._open(dialog, lambda: self._update(contact_id, draft, dialog))

    def _update(self, contact_id: int, before: services.ContactDraft, dialog: Any) -> None:
        action = getattr(dialog, "chosen_action", None)
        if action is not None and action[0] == "merge":
            self.merge_pair(action[1], contact_id)
            return
        after = dialog.value()
        changes = {name: getattr(after, name) for name in (*EDITED_FIELDS, "more")
                   if getattr(before, name) != getattr(after, name)}
        previous = {name: getattr(before, name) for name in changes}
        billing = dialog.billing_value() if hasattr(dialog, "billing_value") else None
        if billing is not None:  # the Billing tab's details, in the contact's own transaction (issue 20)
            from carnet.services.business import contact_billing

            changes["billing"], previous["billing"] = billing, contact_billing(self.database, contact_id)
        if not changes:
            return
        with self.changes.refusals(self._not_saved()) as attempt:
            services.update_contact(self.database, contact_id, **changes)
        if attempt.refused:
            return
        self._show([contact_id], ChangeKind.CONTACT, *([ChangeKind.BUSINESS] if billing is not None else []))
        self.undo_stack.push(DoneCommand(
            self.tr("Edit %1").replace("%1", after.display_name),
            lambda: self._run(lambda: services.update_contact(self.database, contact_id, **changes), [contact_id]),
            lambda: self._run(lambda: services.update_contact(self.database, contact_id, **previous), [contact_id]),
        ))

    # --- interactions, payments, qualification ------------------------------------------------

    def log_interaction(self, contact_id: int) -> None:
        from carnet.ui.dialogs.log_interaction import LogInteractionDialog

        dialog = LogInteractionDialog(self._name(contact_id), self.window,
                                      propose_follow_up=self._next_follow_up_wanted(contact_id),
                                      sequence=self.sequence_of(contact_id))
        self._open(dialog, lambda: self._log(contact_id, dialog.value()))

    def _next_follow_up_wanted(self, contact_id: int) -> bool:
        """Log Interaction proposes the next follow-up (ticked, a week ahead) for a lead or a prospect without
        one (issue 17: every open deal carries a next step), and for a contact whose follow-up is due: the
        interaction most likely deals with it ("Done" in To do), and it would otherwise stay overdue."""
        planned = self._follow_up_state(contact_id)
        if planned is None:
            return False
        stage, day = planned
        return lacks_next_step(stage, day) or (day is not None and day <= date.today())

    def _log(self, contact_id: int, entry: InteractionEntry) -> None:
        from carnet.services.next_steps import log_with_follow_up

        # The next follow-up's time and note go with its day, in the interaction's own transaction.
        with self.changes.refusals(self._not_saved()) as attempt:
            log_with_follow_up(self.database, contact_id, entry.kind, entry.summary, at=entry.at,
                               follow_up=entry.planned)
        if attempt.refused:
            return
        self._show([contact_id], ChangeKind.INTERACTION)
        self.message.emit(self.tr("Interaction logged for %1.").replace("%1", self._name(contact_id)))

    def record_payment(self, contact_id: int) -> None:
        from carnet.services.book import currency_for
        from carnet.ui.dialogs.mark_payment import MarkPaymentDialog

        dialog = MarkPaymentDialog(self._name(contact_id), self.window, status=PaymentStatus.QUOTED,
                                   currency=currency_for(self.database, contact_id))
        self._open(dialog, lambda: self._pay(contact_id, dialog.value()))

    def _pay(self, contact_id: int, draft: services.PaymentDraft) -> None:
        with self.changes.refusals(self._not_saved()) as attempt:
            result = services.record_payment(self.database, contact_id, draft)
        if attempt.refused:
            return
        if result.payment.id is not None:
            self.payment_recorded.emit(contact_id, result.payment.id)
        self._after_paid(contact_id, result)

    def _after_paid(self, contact_id: int, result: services.PaymentResult) -> None:
        self._show([contact_id], ChangeKind.PAYMENT)
        if result.offer_client_move:
            name = result.contact.display_name
            answer = QMessageBox.question(
                self.window, self.tr("Move to Client?"),
                self.tr("%1 has paid: move the card to Client?").replace("%1", name),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.board.move([contact_id], Stage.CLIENT, 0)

    def mark_paid(self, contact_id: int, payment_id: int, amount: str) -> None:
        """A quote or invoice in the timeline, double-clicked: mark it paid today, after a confirmation."""
        answer = QMessageBox.question(
            self.window, self.tr("Mark as paid?"),
            self.tr("Mark %1 from %2 as paid today?").replace("%1", amount).replace("%2", self._name(contact_id)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self.changes.refusals(self._not_saved()) as attempt:
            result = services.mark_paid(self.database, payment_id)
        if attempt.refused:
            return
        self._after_paid(contact_id, result)

    def mark_paid_entry(self, contact_id: int, entry: Any) -> None:
        """Mark Paid on a quote or an invoice of the timeline."""
        from carnet.ui.formatting import format_money

        amount = format_money(int(entry.details["amount_cents"]), str(entry.details["currency"]))
        self.mark_paid(contact_id, entry.id, amount)

    def qualify(self, contact_id: int) -> None:
        dialog = self._qualify_dialog(contact_id)
        if dialog is not None:
            self._open(dialog, lambda: self._save_qualification(contact_id, dialog.value()))

    def _qualify_dialog(self, contact_id: int) -> Any:
        from carnet.services.queries import contact_details
        from carnet.ui.dialogs.qualify import Qualification, QualifyDialog

        contact = contact_details(self.database, contact_id)
        if contact is None:
            return None
        current = Qualification(contact.budget, contact.authority, contact.need, contact.timing,
                                contact.qualification_note)
        return QualifyDialog(contact.display_name, self.window, current=current)

    def qualify_each(self, contact_ids: Sequence[int], then: Callable[[str], None] | None = None) -> None:
        """The qualification questions of each new prospect, one after the other ("2 of 5" in the title).
        Cancel skips one; once all are asked, a message that stays names those skipped — or, with ``then``,
        is handed to it ("" when none was skipped), to be said with what comes next."""
        waiting = list(contact_ids)
        skipped: list[str] = []
        total = len(waiting)

        def ask_next() -> None:
            if not waiting:
                note = (self.tr("Not qualified: %1. Qualify them later with Contact ▸ Qualify….")
                        .replace("%1", ", ".join(skipped)) if skipped else "")
                if then is not None:
                    then(note)
                elif note:
                    self.changes.status_message.emit(note)
                return
            contact_id = waiting.pop(0)
            dialog = self._qualify_dialog(contact_id)
            if dialog is None:  # deleted meanwhile
                ask_next()
                return
            if total > 1:
                dialog.setWindowTitle(self.tr("%1 (%2 of %3)").replace("%1", dialog.windowTitle())
                                      .replace("%2", str(total - len(waiting))).replace("%3", str(total)))
            name = self._name(contact_id)
            dialog.rejected.connect(lambda: skipped.append(name))
            # The next one opens once this one has closed (one window-modal dialog at a time).
            dialog.finished.connect(lambda _result: QTimer.singleShot(0, ask_next))
            self._open(dialog, lambda: self._save_qualification(contact_id, dialog.value()))

        ask_next()

    def _save_qualification(self, contact_id: int, value: Any) -> None:
        with self.changes.refusals(self._not_saved()) as attempt:
            services.update_contact(
                self.database, contact_id, budget=value.budget, authority=value.authority, need=value.need,
                timing=value.timing, qualification_note=value.note,
            )
        if attempt.refused:
            return
        self._show([contact_id])

    def _after_stage_entered(self, stage: Stage, arrivals: list[tuple[int, Stage]]) -> None:
        """A lead that became a prospect is qualified; a new lead or prospect without a follow-up is offered
        its next step, after the qualification (issue 17); a referred contact that became a client may make
        their referrer an ambassador (SPEC §1, "referrals close the loop")."""
        leads = [contact_id for contact_id, came_from in arrivals if came_from is Stage.LEAD]
        arrived = [contact_id for contact_id, _ in arrivals]
        if stage is Stage.PROSPECT and leads:
            def offer(note: str) -> None:
                self.offer_next_step(arrived, note)

            QTimer.singleShot(0, lambda: self.qualify_each(leads, then=offer))
        elif stage in OPEN_DEAL_STAGES:
            self.offer_next_step(arrived)
        if stage is Stage.CLIENT:
            QTimer.singleShot(0, lambda: self._suggest_ambassadors([contact_id for contact_id, _ in arrivals]))

    def _suggest_ambassadors(self, contact_ids: list[int]) -> None:
        from carnet.services.reports import referrer_to_suggest

        for contact_id in contact_ids:
            suggestion = referrer_to_suggest(self.database, contact_id)
            if suggestion is None:
                continue
            referrer_id, referrer = suggestion
            answer = QMessageBox.question(
                self.window, self.tr("Flag an ambassador?"),
                self.tr("%1 sent you %2, who is now a client. Flag %1 as an ambassador?")
                .replace("%1", referrer).replace("%2", self._name(contact_id)),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.board.move([referrer_id], Stage.AMBASSADOR, 0)
            return

    # --- follow-ups (issue 17) ---------------------------------------------------------------

    def _follow_up_state(self, contact_id: int) -> tuple[Stage, date | None] | None:
        """The contact's stage and follow-up day, or None for one whose follow-up cannot be planned (archived,
        or gone). The board's card when it has one: no read."""
        card = self.model.card(contact_id)
        if card is not None:
            return card.stage, card.next_follow_up
        from carnet.services.queries import contact_details

        contact = contact_details(self.database, contact_id)
        if contact is None or contact.archived_at is not None:
            return None
        return Stage(contact.stage), contact.next_follow_up

    def can_plan_follow_up(self, contact_id: int) -> bool:
        return self._follow_up_state(contact_id) is not None

    def has_follow_up(self, contact_id: int) -> bool:
        state = self._follow_up_state(contact_id)
        return state is not None and state[1] is not None

    def postpone(self, contact_id: int, day: date | None) -> None:
        """Move the contact's follow-up to ``day`` (None: ask which day first), keeping its time and note; a
        contact without a follow-up gets one that day. One undoable step."""
        from carnet.services.follow_ups import postpone, set_follow_up

        state = self._follow_up_state(contact_id)
        name = self._name(contact_id)
        if state is None:
            self.changes.status_message.emit(
                self.tr("%1 is archived: restore them to the board to plan a follow-up.").replace("%1", name))
            return
        if day is None:
            from carnet.ui.dialogs.pick_follow_up_day import PickFollowUpDayDialog

            dialog = PickFollowUpDayDialog(name, state[1], self.window)
            self._open(dialog, lambda: self.postpone(contact_id, dialog.value()))
            return
        with self.changes.refusals(self._not_saved()) as attempt:
            change = postpone(self.database, contact_id, day)
        if attempt.refused:
            return
        self.changes.notify(change)
        before, after = change.before, change.after
        moved = before.day is not None
        self.undo_stack.push(DoneCommand(
            (self.tr("Postpone Follow-up of %1") if moved else self.tr("Set Follow-up of %1")).replace("%1", name),
            lambda: self._run(lambda: set_follow_up(self.database, contact_id, after.day, after.at, after.note),
                              [contact_id]),
            lambda: self._run(lambda: set_follow_up(self.database, contact_id, before.day, before.at, before.note),
                              [contact_id]),
            contact_ids=[contact_id], still_undoable=lambda: self._exists(contact_id),
        ))
        text = (self.tr("Follow-up with %1 moved to %2. Undo with Ctrl+Z.") if moved
                else self.tr("Follow-up with %1 set for %2. Undo with Ctrl+Z."))
        self.message.emit(text.replace("%1", name).replace("%2", format_day(day)))

    # --- follow-up sequences (issue 17, item 5) ----------------------------------------------------

    def start_sequence(self, contact_id: int, sequence: FollowUpSequence) -> None:
        """The contact follows ``sequence`` from today: its first step becomes the follow-up. One undoable
        step, which puts back the follow-up (and any sequence) the contact had."""
        from carnet.services.sequences import restore_sequence, start_sequence

        name = self._name(contact_id)
        if self._follow_up_state(contact_id) is None:
            self.changes.status_message.emit(
                self.tr("%1 is archived: restore them to the board to plan a follow-up.").replace("%1", name))
            return
        with self.changes.refusals(self._not_saved()) as attempt:
            change = start_sequence(self.database, contact_id, sequence, date.today())
        if attempt.refused:
            return
        self.changes.notify(change)
        before, progress = change.before, change.progress_before
        started = date.today()
        self.undo_stack.push(DoneCommand(
            self.tr("Start Sequence for %1").replace("%1", name),
            lambda: self._run(lambda: start_sequence(self.database, contact_id, sequence, started), [contact_id]),
            lambda: self._run(lambda: restore_sequence(self.database, contact_id, progress, before), [contact_id]),
            contact_ids=[contact_id], still_undoable=lambda: self._exists(contact_id),
        ))
        first = change.after
        day = format_day(first.day) if first.day is not None else ""
        self.message.emit(self.tr("%1 follows \u201c%2\u201d: first, %3 on %4. Undo with Ctrl+Z.")
                          .replace("%1", name).replace("%2", sequence.name).replace("%3", first.note)
                          .replace("%4", day))

    def stop_sequence(self, contact_id: int) -> None:
        """The contact leaves its sequence, keeping its follow-up. One undoable step."""
        from carnet.services.sequences import restore_sequence, stop_sequence

        name = self._name(contact_id)
        with self.changes.refusals(self._not_saved()) as attempt:
            change = stop_sequence(self.database, contact_id)
        if attempt.refused or change.progress_before is None:
            return
        self.changes.notify(change)
        progress, kept = change.progress_before, change.before
        self.undo_stack.push(DoneCommand(
            self.tr("Stop Sequence for %1").replace("%1", name),
            lambda: self._run(lambda: stop_sequence(self.database, contact_id), [contact_id]),
            lambda: self._run(lambda: restore_sequence(self.database, contact_id, progress, kept), [contact_id]),
            contact_ids=[contact_id], still_undoable=lambda: self._exists(contact_id),
        ))
        self.message.emit(self.tr("%1 no longer follows \u201c%2\u201d; the follow-up stays.")
                          .replace("%1", name).replace("%2", progress.sequence.name))

    def sequence_of(self, contact_id: int) -> SequenceProgress | None:
        from carnet.services.sequences import sequence_of

        return sequence_of(self.database, contact_id)

    def offer_next_step(self, contact_ids: Sequence[int], note: str = "") -> None:
        """Offer the leads and prospects among ``contact_ids`` that have no follow-up their next step, in the
        bar above the board, with one button for "in a week" (issue 17, item 4): it stays until closed or the
        next change, and asks nothing of a user who wants none. ``note``: a message to say with it. Shown once
        the move has settled (`OFFER_DELAY_MS`), for those that still lack one then."""
        waiting, said = self._offer if self.offer_timer.isActive() else ([], "")
        # Two moves in quick succession: one offer for both.
        self._offer = ([*waiting, *(i for i in contact_ids if i not in waiting)], note or said)
        self.offer_timer.start()

    def _show_offer(self) -> None:
        contact_ids, note = self._offer
        self._offer = ([], "")
        lacking = [contact_id for contact_id in contact_ids
                   if (card := self.model.card(contact_id)) is not None and card.lacks_next_step]
        notice = getattr(self.window, "notice", None)
        if not lacking or not isinstance(notice, NoticeBar):
            if note:
                self.changes.status_message.emit(note)
            return
        names = ", ".join(self._name(contact_id) for contact_id in lacking)
        text = self.tr("No next step for %1: no follow-up is planned.").replace("%1", names)
        notice.say(f"{note}\n{text}" if note else text,
                   (self.tr("Set a follow-up in a &week"), lambda: self.plan_in_a_week(lacking)))

    def plan_in_a_week(self, contact_ids: Sequence[int]) -> None:
        """Give each of these contacts a follow-up a week from today, in one transaction; one undoable step."""
        from carnet.domain.follow_ups import PlannedFollowUp
        from carnet.services.next_steps import plan_follow_ups

        day = in_a_week(date.today())
        with self.changes.refusals(self._not_saved()) as attempt:
            change = plan_follow_ups(self.database, {contact_id: PlannedFollowUp(day) for contact_id in contact_ids})
        if attempt.refused:
            return
        self.changes.notify(change)
        before, after = dict(change.before), dict(change.after)
        names = ", ".join(self._name(contact_id) for contact_id in contact_ids)
        ids = list(contact_ids)
        self.undo_stack.push(DoneCommand(
            self.tr("Set Follow-up of %1").replace("%1", names),
            lambda: self._run(lambda: plan_follow_ups(self.database, after), ids),
            lambda: self._run(lambda: plan_follow_ups(self.database, before), ids),
            contact_ids=ids, still_undoable=lambda: all(self._exists(contact_id) for contact_id in ids),
        ))
        self.message.emit(self.tr("Follow-up with %1 set for %2. Undo with Ctrl+Z.").replace("%1", names)
                          .replace("%2", format_day(day)))

    # --- duplicates -------------------------------------------------------------------------

    def find_duplicates(self) -> None:
        from carnet.services.duplicates import likely_duplicate_pairs
        from carnet.ui.dialogs.merge import DuplicatePairsDialog

        dialog = DuplicatePairsDialog(likely_duplicate_pairs(self.database), self.window)

        def merge_chosen() -> None:
            pair = dialog.chosen()
            if pair is not None:
                QTimer.singleShot(0, lambda: self.merge_pair(pair[0].contact_id, pair[1].contact_id))

        self._open(dialog, merge_chosen)

    def merge_into(self, keep_id: int, draft: services.ContactDraft) -> None:
        """"Merge into it" from the new-contact form: what was typed fills the existing contact's gaps."""
        from carnet.services.queries import contact_details

        contact = contact_details(self.database, keep_id)
        if contact is None:
            return
        fill = {name: value for name in EDITED_FIELDS if name not in FOLLOW_UP_FIELDS
                and (value := getattr(draft, name)) not in (None, "") and getattr(contact, name) in (None, "")}
        if contact.next_follow_up is None and draft.next_follow_up is not None:  # the whole follow-up, or none
            fill.update({name: getattr(draft, name) for name in FOLLOW_UP_FIELDS})
        if fill:
            with self.changes.refusals(self._not_saved()) as attempt:
                services.update_contact(self.database, keep_id, **fill)
            if attempt.refused:
                return
        self._show([keep_id])
        self.edit_contact(keep_id)

    def merge_pair(self, keep_id: int, merge_id: int) -> None:
        from carnet.services.queries import contact_details
        from carnet.ui.dialogs.merge import FIELDS, MergeDialog

        kept, other = contact_details(self.database, keep_id), contact_details(self.database, merge_id)
        if kept is None or other is None:
            return
        dialog = MergeDialog({f: getattr(kept, f) for f in FIELDS}, {f: getattr(other, f) for f in FIELDS},
                             self.window, name_of=self._name)
        self._open(dialog, lambda: self._merge(keep_id, merge_id, dialog.chosen(), other.display_name))

    def _merge(self, keep_id: int, merge_id: int, chosen: dict[str, object], merged_name: str) -> None:
        from carnet.services.duplicates import merge_contacts, undo_merge

        with self.changes.refusals(self._not_saved()) as attempt:
            result = merge_contacts(self.database, keep_id, merge_id, chosen)
        if attempt.refused:
            return
        self._show([keep_id, merge_id])
        state = {"result": result}
        shown = [keep_id, merge_id]

        def redo() -> None:
            again = self._run(lambda: merge_contacts(self.database, keep_id, merge_id, chosen), shown)
            if again is not None:
                state["result"] = again

        def undo() -> None:
            self._run(lambda: undo_merge(self.database, state["result"]), shown)

        self.undo_stack.push(DoneCommand(self.tr("Merge %1").replace("%1", merged_name), redo, undo))
        self.message.emit(self.tr("Merged %1. Undo with Ctrl+Z.").replace("%1", merged_name))
