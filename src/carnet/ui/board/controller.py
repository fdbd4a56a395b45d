"""BoardController: what happens when cards are dropped, stepped, archived — and undone.

It asks the domain whether a move may happen; where a rule needs input (client needs a paid payment,
ambassador needs their details) it opens that dialog first, and cancelling it changes nothing. Then one
service call commits, and only then are the committed rows put back into the board model and an undo
command pushed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from enum import Enum, auto

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from carnet import services
from carnet.domain.enums import STAGE_ORDER, Stage
from carnet.domain.errors import CONTEXT, CarnetError, RuleViolation
from carnet.domain.rules import Requirement, check_move
from carnet.i18n import QT_TRANSLATE_NOOP
from carnet.services.board_read import (
    Card,
    board_cards,
    board_head,
    board_index,
    board_size,
    cards_by_id,
    column_paid,
)
from carnet.services.changes import Change, ChangeKind
from carnet.services.results import Placement
from carnet.storage import Database
from carnet.ui.board import card_cache
from carnet.ui.board.model import BoardModel, PreparedCards, prepare_cards, prepare_index
from carnet.ui.board.undo import DoneCommand, MoveCommand, Placements
from carnet.ui.changes import ChangeHub
from carnet.ui.dialogs.opening import open_pending
from carnet.ui.labels import stage_label
from carnet.ui.preload import import_soon
from carnet.ui.read_worker import ReadWorker

PAY_ONE_AT_A_TIME = QT_TRANSLATE_NOOP(
    CONTEXT,
    "{names} cannot become clients yet: each needs a payment recorded as paid. Drop them one at a time to "
    "record their payments.",
)
# Cards per column read before the first paint: more than a tall screen shows.
HEAD_CARDS = 40
FLAG_ONE_AT_A_TIME = QT_TRANSLATE_NOOP(CONTEXT, "Flag ambassadors one at a time: each has their own details.")


def _preload_services() -> None:
    """Import the services (SQLAlchemy, the ORM tables: most of a second) in the background while the user
    looks at the board, so that the window stays responsive and the first drop is as quick as the others
    (`ui.preload`; at 10,000 contacts a full collection walking SQLAlchemy's objects also stopped the first drop
    for 100 ms before they were frozen there)."""
    import_soon([f"carnet.services.{module}" for module in ("moves", "payments", "activity")])


_BOARD_READ = "board"
_COLUMN_PAID_READ = "column paid"


def _read_prepared_board(database: Database) -> PreparedCards:
    """The whole board, made ready for the model: every card in a book that may hold them all, else the board's
    index only (the cards are read by the screenful as the columns show them)."""
    if board_size(database) <= card_cache.HELD_CARDS:
        return prepare_cards(board_cards(database))
    return prepare_index(board_index(database))


class Ask(Enum):
    """The dialog a move needs before it can be committed."""

    PAYMENT = auto()  # "Mark payment": client needs a paid payment
    AMBASSADOR_DETAILS = auto()  # "Flag ambassador": since when, how they recommend you, gift preferences
    PAYING_BACKWARDS = auto()  # a client who has paid goes back before Client: the user confirms it


class BoardController(QObject):
    message = Signal(str)  # a sentence for the status bar
    # (Stage, contact ids, take the keyboard focus): where the cards now are, to select them. A mouse drop
    # leaves the focus where the user clicked, as file managers do; a keyboard move takes it along.
    moved = Signal(object, list, bool)
    loaded = Signal()  # every card is in the model
    # (Stage, [(contact id, stage it came from)]): cards the user moved forward into a stage, not undo/redo;
    # qualifying a new prospect and suggesting an ambassador hang on this.
    entered_stage = Signal(object, list)

    def __init__(
        self, database: Database, model: BoardModel, undo_stack: QUndoStack, window: QWidget, changes: ChangeHub
    ) -> None:
        super().__init__(window)
        self.database = database
        self.changes = changes
        self.model = model
        self.undo_stack = undo_stack
        self.window = window
        self.pending_dialog: QDialog | None = None
        self.fully_loaded = False
        # The window's reader thread (`ui.read_worker`): the rest of a big board, the dashboard and the list
        # tabs are read there; it threads its reads once the board's head says the book is big.
        self.reads = ReadWorker(database, self)
        model.set_card_reader(lambda contact_ids: cards_by_id(database, contact_ids))

    def load(self) -> None:
        """Read every card, here and now (a test, a script). Call `load_head` first at start-up to paint
        sooner, then `load_in_background`."""
        self.reads.forget(_BOARD_READ)
        self._show_all(_read_prepared_board(self.database))

    def load_in_background(self) -> None:
        """Read every card on the reader thread (a big book: 1.3 s at 100,000 cards), the columns indexed there
        too; the board shows them once read. A write meanwhile makes it read again (`ReadWorker`), and the
        cards the write changed are shown at once as always, so the user never waits nor sees an old card."""
        if self.model.partial_summaries is not None and not self.model.column_paid_known:
            # First, and only now: before the first paint the reader's work competed with it for the cores.
            self.reads.read(_COLUMN_PAID_READ, column_paid, self.model.set_column_paid)
        self.reads.read(_BOARD_READ, _read_prepared_board, self._show_all)

    def _show_all(self, prepared: PreparedCards) -> None:
        self.model.set_cards(prepared)
        self.fully_loaded = True
        self.loaded.emit()
        _preload_services()

    def load_head(self) -> None:
        """The top of each column and the headers' figures, for the first paint of a big board; call
        `load` once it is painted."""
        cards, summaries = board_head(self.database, HEAD_CARDS)
        self.reads.follow_size(sum(summary.count for summary in summaries.values()))
        if sum(summary.count for summary in summaries.values()) <= len(cards):
            self.model.set_cards(cards)  # a small board: that was all of it
            self.fully_loaded = True
            self.loaded.emit()
            _preload_services()
        else:
            self.model.set_cards(cards, summaries)
            self.fully_loaded = False
            if not self.reads.threaded:  # a small book adds them up in a few milliseconds: at once, as always
                self.model.set_column_paid(column_paid(self.database))

    # --- moves ------------------------------------------------------------------------------

    def drop(self, contact_ids: list[int], stage: Stage, row: int | None) -> bool:
        """A drop on a column. Plain moves commit at once; a move that needs a dialog opens it after
        the drop has finished (a modal dialog inside a drop handler would nest event loops)."""
        needs = self._requirement(contact_ids, stage)
        if needs is False:
            return False
        if needs is not None:
            QTimer.singleShot(0, lambda: self.move(contact_ids, stage, row, focus=False))
            return False
        return self._commit_move(contact_ids, stage, row, focus=False)

    def step(self, contact_ids: Sequence[int], step: int) -> bool:
        """Ctrl+Shift+Left/Right: the cards go one stage back or forward, to the top of that column."""
        cards = [card for card in map(self.model.card, contact_ids) if card is not None]
        if not cards:
            return False
        index = STAGE_ORDER.index(cards[0].stage) + step
        if not 0 <= index < len(STAGE_ORDER):
            return False
        return self.move([card.id for card in cards], STAGE_ORDER[index], 0)

    def move(self, contact_ids: list[int], stage: Stage, row: int | None, *, focus: bool = True) -> bool:
        """Move with the rules: refuse with the reason, ask through a dialog, or commit."""
        needs = self._requirement(contact_ids, stage)
        if needs is False:
            return False
        card = self.model.card(contact_ids[0])
        # Dialogs are imported when first needed: they are not on the path of the first paint.
        if needs is Ask.PAYMENT and card is not None:
            from carnet.services.book import currency_for
            from carnet.ui.dialogs.mark_payment import MarkPaymentDialog

            dialog = MarkPaymentDialog(card.display_name, self.window, currency=currency_for(self.database, card.id))
            dialog.accepted.connect(lambda: self._pay_and_move(card, dialog.value(), row, focus))
            self._open(dialog)
            return False
        if needs is Ask.AMBASSADOR_DETAILS and card is not None:
            from carnet.ui.dialogs.flag_ambassador import FlagAmbassadorDialog

            details = FlagAmbassadorDialog(card.display_name, self.window)
            details.accepted.connect(lambda: self._flag_and_move(card, details.value(), row, focus))
            self._open(details)
            return False
        if needs is Ask.PAYING_BACKWARDS and not self._confirm_backwards(contact_ids, stage):
            return False
        return self._commit_move(contact_ids, stage, row, focus=focus)

    def _requirement(self, contact_ids: Sequence[int], stage: Stage) -> Ask | bool | None:
        """None: the move may go ahead; an `Ask`: that dialog first; False: refused (message shown)."""
        cards = [card for card in map(self.model.card, contact_ids) if card is not None]
        movers = [card for card in cards if card.stage != stage]
        if not cards:
            return False
        refusals = [
            (card, check)
            for card in movers
            if not (check := check_move(card.display_name, stage, has_paid_payment=card.has_paid)).allowed
        ]
        for _card, check in refusals:
            if check.requirement is not Requirement.PAID_PAYMENT:
                return self._refuse(RuleViolation(check.reason_template, name=check.name))
        if refusals:
            if len(cards) > 1:
                names = ", ".join(card.display_name for card, _ in refusals)
                return self._refuse(RuleViolation(PAY_ONE_AT_A_TIME, names=names))
            return Ask.PAYMENT
        if stage is Stage.AMBASSADOR and movers:
            if len(cards) > 1:
                return self._refuse(RuleViolation(FLAG_ONE_AT_A_TIME))
            return Ask.AMBASSADOR_DETAILS
        if stage.is_before(Stage.CLIENT) and self._paying_clients(movers):
            return Ask.PAYING_BACKWARDS
        return None

    @staticmethod
    def _paying_clients(cards: Sequence[Card]) -> list[Card]:
        """Clients and ambassadors who have paid, among ``cards``."""
        return [card for card in cards if card.has_paid and not card.stage.is_before(Stage.CLIENT)]

    def _confirm_backwards(self, contact_ids: Sequence[int], stage: Stage) -> bool:
        """A client who paid moved back before Client: say what that means and that the payments stay."""
        from PySide6.QtWidgets import QMessageBox

        from carnet.ui.formatting import format_paid

        cards = [card for card in map(self.model.card, contact_ids) if card is not None]
        paying = self._paying_clients([card for card in cards if card.stage != stage])
        if len(paying) == 1:
            text = self.tr(
                "Move %1 back to %2? %1 has paid you %3. The payments stay recorded, but %1 will no longer "
                "count as a client."
            ).replace("%1", paying[0].display_name).replace("%3", format_paid(paying[0].paid, compact=False))
        else:
            text = self.tr(
                "Move %n clients back to %2? They have paid you; the payments stay recorded, but they will no "
                "longer count as clients.", "", len(paying))
        answer = QMessageBox.question(
            self.window, self.tr("Move a client back?"), text.replace("%2", stage_label(stage)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _refuse(self, error: CarnetError) -> bool:
        """A rule refused the move before any write: said where every refusal is said."""
        self.changes.refuse(error)
        return False

    def _open(self, dialog: QDialog) -> None:
        """Open without blocking: the board stays as it was until the dialog is saved."""
        open_pending(self, dialog)

    def _commit_move(self, contact_ids: list[int], stage: Stage, row: int | None, *, focus: bool) -> bool:
        with self.changes.refusals() as attempt:
            result = services.move_contacts(self.database, contact_ids, stage, row)
        if attempt.refused:
            return False
        after = {c.id: Placement(c.stage, c.position) for c in result.contacts}
        self._record_move(result.before, after, stage, focus=focus)
        return True

    def _pay_and_move(self, card: Card, draft: services.PaymentDraft, row: int | None, focus: bool) -> None:
        with self.changes.refusals() as attempt:
            result = services.record_payment(self.database, card.id, draft, move_to_client=True, row=row)
        if attempt.refused:
            return
        contact = result.contact
        before = {card.id: Placement(card.stage, card.position)}
        after = {card.id: Placement(contact.stage, contact.position)}
        self._record_move(before, after, contact.stage, focus=focus, reread=True)

    def _flag_and_move(self, card: Card, details: object, row: int | None, focus: bool) -> None:
        with self.changes.refusals() as attempt:
            result = services.flag_ambassador(
                self.database, card.id, since=details.since, recommends_how=details.recommends_how,  # type: ignore[attr-defined]
                gift_preferences=details.gift_preferences, row=row,  # type: ignore[attr-defined]
            )
        if attempt.refused:
            return
        after = {c.id: Placement(c.stage, c.position) for c in result.contacts}
        self._record_move(result.before, after, Stage.AMBASSADOR, focus=focus)

    def _record_move(
        self, before: Placements, after: Placements, stage: Stage, *, focus: bool, reread: bool = False
    ) -> None:
        """Show the committed move and make it undoable. A plain move changes only stage and position, so
        the cards are updated from the committed placements; ``reread`` when more changed (a payment)."""
        ids = list(after)
        self._show_placements(after, reread=reread)
        self.undo_stack.push(MoveCommand(self._move_text(before, after), before, after, self.place))
        kinds = (ChangeKind.STAGE, ChangeKind.PAYMENT) if reread else (ChangeKind.STAGE,)
        self.changes.notify(Change.of(ids, *kinds, on_board=True))
        self.moved.emit(stage, ids, focus)
        arrivals = [(contact_id, before[contact_id].stage) for contact_id in ids if before[contact_id].stage != stage]
        if arrivals:
            self.entered_stage.emit(stage, arrivals)

    def _move_text(self, before: Placements, after: Placements) -> str:
        stage = next(iter(after.values())).stage
        if all(before[i].stage == stage for i in after):
            return self.tr("Reorder %n card(s)", "", len(after))
        card = self.model.card(next(iter(after)))
        if len(after) == 1 and card is not None:
            return self.tr("Move %1 to %2").replace("%1", card.display_name).replace("%2", stage_label(stage))
        return self.tr("Move %n card(s) to %1", "", len(after)).replace("%1", stage_label(stage))

    def place(self, placements: Placements) -> bool:
        """Undo/redo of a move: put the cards exactly there."""
        with self.changes.refusals() as attempt:
            services.place_contacts(self.database, placements)
        if attempt.refused:
            return False
        ids = list(placements)
        self._show_placements(placements)
        self.changes.notify(Change.of(ids, ChangeKind.STAGE, on_board=True))
        self.moved.emit(placements[ids[0]].stage, ids, True)
        return True

    def _show_placements(self, placements: Placements, *, reread: bool = False) -> None:
        cards = [self.model.card(contact_id) for contact_id in placements]
        if reread or None in cards:
            self.model.upsert(cards_by_id(self.database, list(placements)))
            return
        self.model.upsert(
            replace(card, stage=placements[card.id].stage, position=placements[card.id].position)
            for card in cards
            if card is not None
        )

    # --- archive ----------------------------------------------------------------------------

    def ask_archive(self, contact_ids: list[int]) -> None:
        """Delete key: ask for the reason, then archive."""
        cards = [card for card in map(self.model.card, contact_ids) if card is not None]
        if not cards:
            return
        from carnet.ui.dialogs.archive import ArchiveDialog

        dialog = ArchiveDialog([card.display_name for card in cards], self.window)
        dialog.accepted.connect(lambda: self._archive_with(cards, dialog.value()))
        self._open(dialog)

    def _archived(self, contact_ids: list[int]) -> list[int]:
        """Those of ``contact_ids`` that are archived now (not on the board, yet still in the book)."""
        from carnet.services.archive_read import archived_ids

        return archived_ids(self.database, contact_ids)

    def _archive_with(self, cards: list[Card], choice: object) -> None:
        ids = [card.id for card in cards]
        reason, note = choice.reason, choice.note  # type: ignore[attr-defined]

        def archive(contact_ids: list[int]) -> bool:
            with self.changes.refusals() as attempt:
                services.archive_contacts(self.database, contact_ids, reason, note)
            if attempt.refused:
                return False
            self.model.take_out(contact_ids)
            self.changes.notify(Change.of(contact_ids, ChangeKind.ARCHIVE, on_board=True))
            return True

        def restore(contact_ids: list[int]) -> bool:
            still_archived = self._archived(contact_ids)
            if not still_archived:  # restored meanwhile (the Archived tab): nothing left to undo
                self.message.emit(self.tr("Already back on the board: nothing to undo."))
                return True
            with self.changes.refusals() as attempt:
                services.restore_contacts(self.database, still_archived, to_top=False)
            if attempt.refused:
                return False
            self.changes.notify(Change.of(still_archived, ChangeKind.ARCHIVE))
            self.moved.emit(cards[0].stage, still_archived, True)
            return True

        if not archive(ids):
            return
        text = (
            self.tr("Archive %1").replace("%1", cards[0].display_name)
            if len(cards) == 1
            else self.tr("Archive %n contact(s)", "", len(cards))
        )
        self.undo_stack.push(DoneCommand(text, lambda: archive(ids), lambda: restore(ids), contact_ids=ids,
                                         still_undoable=lambda: bool(self._archived(ids))))
        names = ", ".join(card.display_name for card in cards)
        self.message.emit(self.tr("Archived: %1. Undo with Ctrl+Z.").replace("%1", names))
