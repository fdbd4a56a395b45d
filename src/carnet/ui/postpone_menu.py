"""The Postpone menu's entries (issue 17, item 2): Tomorrow, In 3 Days, Next Week, In a Month, each with the
day it gives, and Pick a Date…; shared by Contact ▸ Postpone Follow-up (cards and list rows) and the To do
tab's Postpone button. What each choice means is `carnet.domain.postpone`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from carnet.domain.postpone import PostponeChoice, postponed_to
from carnet.i18n import QT_TRANSLATE_NOOP
from carnet.ui.formatting import format_day

CONTEXT = "PostponeMenu"
LABELS = {
    PostponeChoice.TOMORROW: QT_TRANSLATE_NOOP(CONTEXT, "&Tomorrow"),
    PostponeChoice.IN_3_DAYS: QT_TRANSLATE_NOOP(CONTEXT, "In &3 Days"),
    PostponeChoice.NEXT_WEEK: QT_TRANSLATE_NOOP(CONTEXT, "&Next Week"),
    PostponeChoice.IN_A_MONTH: QT_TRANSLATE_NOOP(CONTEXT, "In a &Month"),
}
# The one choice with a key of its own: the quickest way to push a follow-up along, from the board or To do.
# Not Ctrl+P, which is Print nearly everywhere (the gift list has a Print button).
TOMORROW_SHORTCUT = "Ctrl+Shift+P"
CHOICE = "postpone-choice"  # the property an entry's choice is kept under (None: Pick a Date…)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def entry_text(choice: PostponeChoice, today: date) -> str:
    """"Tomorrow (Thu 5/21/2026)": the choice and the day it gives, so nobody has to count."""
    day = postponed_to(choice, today)
    weekday = QLocale().dayName(QDate(day.year, day.month, day.day).dayOfWeek(), QLocale.FormatType.ShortFormat)
    return _t("%1 (%2)").replace("%1", _t(LABELS[choice])).replace("%2", f"{weekday} {format_day(day)}")


def fill_postpone_menu(
    menu: QMenu, chosen: Callable[[date | None], None], *, today: Callable[[], date] = date.today,
) -> dict[PostponeChoice | None, QAction]:
    """Add the entries to ``menu``: each calls ``chosen`` with its day, Pick a Date… with None. The days are
    written again each time the menu opens (Carnet may have been open since yesterday)."""
    made: dict[PostponeChoice | None, QAction] = {}
    for choice in PostponeChoice:
        action = menu.addAction(entry_text(choice, today()))
        action.setProperty(CHOICE, choice.value)
        action.triggered.connect(lambda _checked=False, c=choice: chosen(postponed_to(c, today())))
        made[choice] = action
    menu.addSeparator()
    pick = menu.addAction(_t("&Pick a Date…"))
    pick.triggered.connect(lambda _checked=False: chosen(None))
    made[None] = pick

    def rewrite() -> None:
        for choice in PostponeChoice:
            made[choice].setText(entry_text(choice, today()))

    menu.aboutToShow.connect(rewrite)
    return made
