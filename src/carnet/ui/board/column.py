"""StageColumn: a stage's header (name, count, revenue paid) over the list of its cards."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout

from carnet.domain.enums import Stage
from carnet.i18n import QT_TRANSLATE_NOOP
from carnet.ui.board.card_delegate import CardDelegate
from carnet.ui.board.card_list_view import CardListView
from carnet.ui.board.stage_proxy import StageProxy
from carnet.ui.formatting import join_paid, paid_text, split_paid
from carnet.ui.labels import stage_label

COLUMN_MIN_WIDTH = 150
# Under an empty column's header: who belongs there (StageColumn's context, for lupdate).
_HINTS = {
    Stage.STRANGER: QT_TRANSLATE_NOOP("StageColumn", "People who do not know you yet: a name from a fair, a list."),
    Stage.VISITOR: QT_TRANSLATE_NOOP("StageColumn", "They have seen your website, a post or a talk."),
    Stage.LEAD: QT_TRANSLATE_NOOP("StageColumn", "They have shown interest: a message, a form, a call."),
    Stage.PROSPECT: QT_TRANSLATE_NOOP("StageColumn", "Qualified: a need, a budget, someone who decides."),
    Stage.CLIENT: QT_TRANSLATE_NOOP("StageColumn", "Paid at least once."),
    Stage.AMBASSADOR: QT_TRANSLATE_NOOP("StageColumn", "Clients who recommend you."),
}
COLUMN_MAX_WIDTH = 360


class ElidedLabel(QLabel):
    """One line that fits its width: the whole text, else its ``short`` form (a total in several currencies
    down to the home figure, "€862,090 paid · …": a figure is never cut), else that elided with "…". The
    tooltip has the whole text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._short = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str, short: str = "") -> None:
        self._full, self._short = text, short or text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics, width = self.fontMetrics(), max(self.width(), 0)
        if metrics.horizontalAdvance(self._full) <= width:
            shown = self._full
        else:
            shown = metrics.elidedText(self._short, Qt.TextElideMode.ElideRight, width)
        self.setText(shown or " ")


class StageColumn(QFrame):
    def __init__(self, proxy: StageProxy, parent: Any = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.setObjectName(f"column-{proxy.stage.value}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setMaximumWidth(COLUMN_MAX_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.title = QLabel(self)
        self.title.setObjectName("column-title")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.08)
        self.title.setFont(font)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("column-count")
        # The revenue has a line of its own: with two currencies it would squeeze the stage's name.
        self.revenue_label = ElidedLabel(self)
        self.revenue_label.setObjectName("column-revenue")
        self.revenue_label.setTextFormat(Qt.TextFormat.PlainText)
        muted = self.revenue_label.palette()
        muted.setColor(QPalette.ColorRole.WindowText, muted.color(QPalette.ColorRole.PlaceholderText))
        self.revenue_label.setPalette(muted)
        title_row = QHBoxLayout()
        title_row.setSpacing(6)
        title_row.addWidget(self.title)
        title_row.addWidget(self.count_label)
        title_row.addStretch(1)
        header = QVBoxLayout()
        header.setContentsMargins(6, 2, 6, 2)
        header.setSpacing(0)
        header.addLayout(title_row)
        header.addWidget(self.revenue_label)

        self.view = CardListView(self)
        self.view.setModel(proxy)
        self.view.setItemDelegate(CardDelegate(self.view))
        self.view.setAccessibleName(stage_label(proxy.stage))

        # What belongs here, while the column is empty (the list stays below it: a card can be dropped).
        self.hint_label = QLabel(self.tr(_HINTS[proxy.stage]), self)
        self.hint_label.setObjectName("column-hint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setContentsMargins(6, 4, 6, 0)
        self.hint_label.setPalette(muted)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.view, 1)

        proxy.totals_changed.connect(self._update_header)
        proxy.modelReset.connect(self._update_header)
        proxy.rowsInserted.connect(self._update_header)
        proxy.rowsRemoved.connect(self._update_header)
        self._update_header()

    @property
    def stage(self) -> Stage:
        return self.proxy.stage

    def count(self) -> int:
        """Cards shown in the column (the filter applied)."""
        return self.proxy.shown_count()

    def header_text(self) -> str:
        """The header as one line of text, e.g. "Client · 26 · €84,200 · also $300"."""
        paid = paid_text(self.proxy.paid_totals()) if self.proxy.paid_known() else "…"
        parts = [self.title.text(), self.count_label.text(), paid]
        return " · ".join(part for part in parts if part)

    def _update_header(self, *_: object) -> None:
        name, shown, total = stage_label(self.stage), self.count(), self.proxy.total_count()
        self.hint_label.setVisible(total == 0)
        self.title.setText(name)
        self.count_label.setText(str(shown) if shown == total else f"{shown} / {total}")
        totals = self.proxy.paid_totals()
        paid = paid_text(totals)
        # The home currency's total first, "€862,090 paid · also $45,900", never added to the others; too
        # narrow, the home figure alone, "€862,090 paid · …", the rest in the tooltip. An empty line keeps every
        # header the same height, so the cards start level across the board.
        template = self.tr("%1 paid")
        figure, others = split_paid(totals)
        if figure:
            line = join_paid(template.replace("%1", figure), others)
            short = template.replace("%1", figure) + (" · …" if others else "")
        else:
            line = short = template.replace("%1", paid) if paid else ""
        if not self.proxy.paid_known():  # added up a moment after the first paint of a big board
            line = short = "…"
        self.revenue_label.set_full_text(line, short)
        self.count_label.setToolTip(
            self.tr("%n contact(s) in this stage", "", total)
            if shown == total
            else self.tr("%1 of %2 contacts shown (filtered)").replace("%1", str(shown)).replace("%2", str(total))
        )
        self.revenue_label.setToolTip(
            self.tr("%1: paid by the contacts shown in this column").replace("%1", paid) if paid
            else "" if self.proxy.paid_known() else self.tr("Adding up what the contacts of this column paid…")
        )
        spoken = self.tr("%n contact(s)", "", shown)
        self.view.setAccessibleDescription(f"{name}, {spoken}" + (f", {paid}" if paid else ""))
