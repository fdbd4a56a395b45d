"""The two follow-up sequences Carnet provides (issue 17, item 5), in the user's language, until the book has
sequences of its own (Preferences ▸ Sequences saves them into the book): one for a new lead, one after a quote
is sent, the two moments a solo business most often lets a deal go cold."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carnet.domain.sequences import FollowUpSequence, SequenceStep
from carnet.services.sequences import saved_sequences
from carnet.storage import Database

CONTEXT = "SequenceDefaults"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def provided_sequences() -> tuple[FollowUpSequence, ...]:
    return (
        FollowUpSequence(_t("New lead"), (
            SequenceStep(0, _t("Call to introduce yourself")),
            SequenceStep(2, _t("Send the brochure")),
            SequenceStep(7, _t("Follow up on the brochure")),
        )),
        FollowUpSequence(_t("Quote sent"), (
            SequenceStep(2, _t("Check the quote arrived and answer questions")),
            SequenceStep(7, _t("Ask whether the quote suits them")),
            SequenceStep(14, _t("Last call before the quote expires")),
        )),
    )


def book_sequences(db: Database) -> tuple[FollowUpSequence, ...]:
    """The book's sequences, or the provided ones while the book has none of its own."""
    saved = saved_sequences(db)
    return provided_sequences() if saved is None else saved
