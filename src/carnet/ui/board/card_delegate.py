"""CardDelegate: paints one kanban card per row of a column's list view, with no widget per card.

Everything is drawn from the palette, so light and dark themes both work, as antialiased vectors,
so it stays crisp at any device pixel ratio. Fonts, metrics, colours, pens, outlines and elided
texts are cached: a column repaints its visible cards on every scroll step and hover change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from math import ceil
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QStaticText,
)
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QToolTip

from carnet.analytics.clients import PmgSize
from carnet.domain.enums import Stage, Temperature
from carnet.domain.stay_in_touch import TouchStatus
from carnet.services.board_read import Card
from carnet.ui.board.model import CardRole, Index
from carnet.ui.dashboard.labels import size_label
from carnet.ui.formatting import PaidText, format_days_ago, home_currency, paid_text
from carnet.ui.labels_extra import source_label, temperature_label

# Mid-tone hues: light enough to show on a dark card, saturated enough to show on a white one.
TEMPERATURE_COLOURS = {
    Temperature.COLD: QColor("#3b82f6"),  # blue
    Temperature.WARM: QColor("#f59e0b"),  # amber
    Temperature.HOT: QColor("#ef5a2a"),  # red-orange
}
# Badges, (ink, fill) per theme: a tinted pill, its text dark enough (light theme) or light enough
# (dark theme) to read on its own tint.
OVERDUE_LIGHT, OVERDUE_DARK = (QColor("#b42318"), QColor(217, 48, 37, 36)), (QColor("#ff9a8f"), QColor(255, 84, 73, 56))
STALE_LIGHT, STALE_DARK = (QColor("#8a5300"), QColor(245, 166, 35, 56)), (QColor("#ffcc66"), QColor(245, 166, 35, 50))
# A violet of its own: neither the urgency of "Overdue" nor the warmth of "Stale", but a question to answer.
NO_NEXT_STEP_LIGHT, NO_NEXT_STEP_DARK = ((QColor("#5b3cc4"), QColor(124, 92, 246, 40)),
                                         (QColor("#c9b8ff"), QColor(139, 108, 255, 60)))

# Geometry, in device-independent pixels.
GAP_X, GAP_Y = 4, 3  # around each card: 6 px between two cards, 4 px to the column's sides
RADIUS = 6.0
STRIPE = 4.0
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = STRIPE + 8, 10, 7, 8
LINE_GAP, BLOCK_GAP = 1, 5  # between name and organisation; around the details line
PILL_PAD_X, PILL_PAD_Y, PILL_GAP = 6, 1, 4
SECONDARY_SCALE = 0.9  # secondary lines: 90 % of the base font
# The list view stretches narrower items to its width, but a wider hint would stick (uniform item
# sizes cache it) and clip every card once the column shrinks: the hint asks for a minimum only.
MIN_WIDTH = 160
CACHE_SIZE = 4096  # entries per cache: several columns of visible cards, many times over

_SELECTED = QStyle.StateFlag.State_Selected.value
_HOVERED = QStyle.StateFlag.State_MouseOver.value
_FOCUSED = QStyle.StateFlag.State_HasFocus.value
_ENABLED = QStyle.StateFlag.State_Enabled.value
_ACTIVE = QStyle.StateFlag.State_Active.value
# Where a qualification score means something: once a contact showed interest, until they buy.
QUALIFIED_STAGES = frozenset({Stage.LEAD, Stage.PROSPECT})
# The states that change how a card looks (the pixmap cache keys on these only).
_LOOK_STATES = _SELECTED | _HOVERED | _FOCUSED | _ENABLED | _ACTIVE
# Cards kept drawn: a few screens' worth of the six columns, about 16 MB at most.
PIXMAP_CACHE_SIZE = 300
_ELIDE = Qt.TextElideMode.ElideRight
OVERDUE, STALE, NO_NEXT_STEP = "overdue", "stale", "no next step"  # the badges of line 4
T = TypeVar("T")


def _remember(cache: dict[Any, T], key: Any, make: Callable[[], T]) -> T:
    """``cache[key]``, made on a miss; a full cache starts over (what is on screen is soon back in)."""
    value = cache.get(key)
    if value is None:
        if len(cache) >= CACHE_SIZE:
            cache.clear()
        value = cache[key] = make()
    return value


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor.fromRgbF(*(x + (y - x) * amount for x, y in
                             ((a.redF(), b.redF()), (a.greenF(), b.greenF()), (a.blueF(), b.blueF()))))


@dataclass(slots=True)
class _Fonts:
    """The card's fonts (bold, small, badge) and where each line's top sits, for one base font."""

    fonts: tuple[QFont, QFont, QFont]
    metrics: tuple[QFontMetricsF, QFontMetricsF, QFontMetricsF]
    name_y: float
    organisation_y: float
    details_y: float
    touch_y: float  # line 4: the pills' row
    when_y: float
    pill_text_y: float  # relative to the pill's top
    pill_height: float
    card_height: int
    # Laid-out texts in these fonts, by (text, font slot, room): see CardDelegate._text.
    texts: dict[tuple[str, int, float], tuple[QStaticText, float]] = field(default_factory=dict)


@dataclass(slots=True)
class _Colours:
    fills: tuple[QColor, QColor, QColor]  # normal, hovered, selected
    border: QPen
    hover_border: QPen
    focus_border: QPen
    selected_border: QPen
    text: QColor
    muted: QColor
    overdue: tuple[QColor, QColor]
    stale: tuple[QColor, QColor]
    no_next_step: tuple[QColor, QColor]
    sizes: dict[PmgSize, tuple[QColor, QColor]]  # (ink, fill) of the client-size badge


def _layout(font: QFont) -> _Fonts:
    bold, small = QFont(font), QFont(font)
    bold.setWeight(QFont.Weight.DemiBold)
    if font.pointSizeF() > 0:
        small.setPointSizeF(font.pointSizeF() * SECONDARY_SCALE)
    else:
        small.setPixelSize(max(1, round(font.pixelSize() * SECONDARY_SCALE)))
    badge = QFont(small)
    badge.setWeight(QFont.Weight.DemiBold)
    bold_fm, small_fm, badge_fm = QFontMetricsF(bold), QFontMetricsF(small), QFontMetricsF(badge)
    pill_height = round(badge_fm.height() + 2 * PILL_PAD_Y)
    organisation_y = PAD_TOP + bold_fm.height() + LINE_GAP
    details_y = organisation_y + small_fm.height() + BLOCK_GAP
    touch_y = details_y + small_fm.height() + BLOCK_GAP - 1
    row = max(pill_height, small_fm.height())
    return _Fonts(
        (bold, small, badge), (bold_fm, small_fm, badge_fm), PAD_TOP, organisation_y, details_y, touch_y,
        when_y=touch_y + (row - small_fm.height()) / 2,
        pill_text_y=(pill_height - badge_fm.height()) / 2,
        pill_height=pill_height,
        card_height=int(touch_y + row + PAD_BOTTOM + 0.999),
    )


def _make_colours(palette: QPalette, group: QPalette.ColorGroup) -> _Colours:
    base = palette.color(group, QPalette.ColorRole.Base)
    text = palette.color(group, QPalette.ColorRole.Text)
    highlight = palette.color(group, QPalette.ColorRole.Highlight)
    dark = base.lightnessF() < 0.5
    # Borders and tints are mixed from Base and Text rather than read from Mid: custom and dark
    # palettes often leave Mid unset or harsh, and a mix keeps the same gentle contrast in any theme.
    return _Colours(
        fills=(base, _mix(base, text, 0.06 if dark else 0.04), _mix(base, highlight, 0.2 if dark else 0.12)),
        border=QPen(_mix(base, text, 0.2 if dark else 0.17), 1.0),
        hover_border=QPen(_mix(base, text, 0.3), 1.0),
        focus_border=QPen(_mix(base, highlight, 0.6), 1.0),  # the keyboard's card: quieter than selected
        selected_border=QPen(highlight, 2.0),
        text=text,
        muted=_mix(text, base, 0.42),
        overdue=OVERDUE_DARK if dark else OVERDUE_LIGHT,
        stale=STALE_DARK if dark else STALE_LIGHT,
        no_next_step=NO_NEXT_STEP_DARK if dark else NO_NEXT_STEP_LIGHT,
        # Graded from a quiet grey pill to the selection colour: a big client's card stands out in a column.
        sizes={
            PmgSize.SMALL: (_mix(text, base, 0.3), _mix(base, text, 0.1)),
            PmgSize.MEDIUM: (text, _mix(base, highlight, 0.35 if dark else 0.25)),
            PmgSize.BIG: (palette.color(group, QPalette.ColorRole.HighlightedText), highlight),
        },
    )


class CardDelegate(QStyledItemDelegate):
    """Name, organisation, temperature and source, total paid, days since the last touch, badges."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._fonts_by_key: dict[str, _Fonts] = {}
        self._last_font: QFont | None = None
        self._last_fonts: _Fonts | None = None
        self._colours: dict[tuple[int, int], _Colours] = {}
        self._outlines: dict[tuple[float, float], tuple[QPainterPath, QPainterPath]] = {}
        self._paid: dict[tuple[tuple[tuple[str, int], ...], str, str], PaidText] = {}
        self._pixmaps: dict[tuple[Any, ...], QPixmap] = {}  # insertion-ordered: the oldest goes first

    # --- caches ---------------------------------------------------------------------------------

    def _fonts(self, font: QFont) -> _Fonts:
        if self._last_fonts is not None and font == self._last_font:
            return self._last_fonts
        fonts = _remember(self._fonts_by_key, font.key(), lambda: _layout(font))
        self._last_font, self._last_fonts = QFont(font), fonts
        return fonts

    def _palette_colours(self, palette: QPalette, group: QPalette.ColorGroup) -> _Colours:
        return _remember(self._colours, (palette.cacheKey(), group.value), lambda: _make_colours(palette, group))

    def _outline(self, width: float, height: float) -> tuple[QPainterPath, QPainterPath]:
        """The card's rounded shape and its left stripe, at the origin (cards share one size)."""

        def make() -> tuple[QPainterPath, QPainterPath]:
            card, band = QPainterPath(), QPainterPath()
            card.addRoundedRect(QRectF(0, 0, width, height), RADIUS, RADIUS)
            band.addRect(QRectF(0, 0, STRIPE, height))
            return card, card.intersected(band)

        return _remember(self._outlines, (width, height), make)

    def _text(self, fonts: _Fonts, slot: int, text: str, width: float = 1e6) -> tuple[QStaticText, float]:
        """The text elided to ``width`` in a font slot (0 bold, 1 small, 2 badge), laid out once, and its width."""

        def make() -> tuple[QStaticText, float]:
            metrics = fonts.metrics[slot]
            elided = metrics.elidedText(text, _ELIDE, max(width, 0.0)) if width < 1e6 else text
            # QStaticText keeps the glyph layout: drawing it again is much cheaper than drawText.
            static = QStaticText(elided)
            static.setTextFormat(Qt.TextFormat.PlainText)
            return static, metrics.horizontalAdvance(elided)

        return _remember(fonts.texts, (text, slot, width), make)

    def _paid_text(self, paid: tuple[tuple[str, int], ...]) -> PaidText:
        # The locale and the home currency are part of the key: either can change while the board is open.
        home = home_currency()
        return _remember(self._paid, (paid, QLocale().name(), home), lambda: paid_text(paid, home=home))

    # --- size and paint -------------------------------------------------------------------------

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """The same for every card: it depends on the font only (the views use uniform item sizes)."""
        return QSize(MIN_WIDTH, self._fonts(option.font).card_height + 2 * GAP_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card: Card | None = index.data(CardRole.CARD)
        if card is None:
            super().paint(painter, option, index)
            return
        touch: TouchStatus | None = index.data(CardRole.TOUCH)
        size_value = index.data(CardRole.PMG)  # a StrEnum comes back from Qt as its plain string
        size = PmgSize(size_value) if size_value else None
        state = option.state.value
        fonts = self._fonts(option.font)
        group = (QPalette.ColorGroup.Disabled if not state & _ENABLED
                 else QPalette.ColorGroup.Active if state & _ACTIVE else QPalette.ColorGroup.Inactive)
        colours = self._palette_colours(option.palette, group)
        rect = option.rect
        width, height = float(rect.width() - 2 * GAP_X), float(fonts.card_height)
        # A card is drawn once into a pixmap and then copied: a drop repaints every card below the drop
        # point in two columns, and copying costs a fraction of laying out four lines of text again.
        ratio = painter.device().devicePixelRatioF()
        key = (card, touch, size, state & _LOOK_STATES, width, height, option.palette.cacheKey(), group.value,
               option.font.key(), ratio, home_currency())
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap(ceil(width * ratio), ceil(height * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            card_painter = QPainter(pixmap)
            self._draw(card_painter, card, touch, state, fonts, colours, width, height, size)
            card_painter.end()
            if len(self._pixmaps) >= PIXMAP_CACHE_SIZE:
                del self._pixmaps[next(iter(self._pixmaps))]
            self._pixmaps[key] = pixmap
        painter.drawPixmap(QPointF(rect.x() + GAP_X, rect.y() + GAP_Y), pixmap)

    def _draw(self, painter: QPainter, card: Card, touch: TouchStatus | None, state: int, fonts: _Fonts,
              colours: _Colours, width: float, height: float, size: PmgSize | None = None) -> None:
        """The card at the origin of ``painter``."""
        body, stripe = self._outline(width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Body, then stripe, then border on top: the outline stays one continuous line.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.fills[2 if state & _SELECTED else 1 if state & _HOVERED else 0])
        painter.drawPath(body)
        painter.setBrush(TEMPERATURE_COLOURS.get(card.temperature, colours.muted))
        painter.drawPath(stripe)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if state & _SELECTED:
            painter.setPen(colours.selected_border)
            painter.drawRoundedRect(QRectF(1, 1, width - 2, height - 2), RADIUS - 1, RADIUS - 1)
        else:
            painter.setPen(colours.focus_border if state & _FOCUSED
                           else colours.hover_border if state & _HOVERED else colours.border)
            painter.drawRoundedRect(QRectF(0.5, 0.5, width - 1, height - 1), RADIUS - 0.5, RADIUS - 0.5)

        left, right = PAD_LEFT, width - PAD_RIGHT
        bold, small, badge = fonts.fonts
        # Line 1: the name, and for leads and prospects the qualification score ("3/4") at the right.
        name_right = right
        if card.qualification is not None and card.stage in QUALIFIED_STAGES:
            score, score_width = self._text(fonts, 1, f"{card.qualification}/4")
            painter.setFont(small)
            painter.setPen(colours.muted)
            painter.drawStaticText(QPointF(right - score_width, fonts.name_y + 1), score)
            name_right = right - score_width - 6
        painter.setFont(bold)
        painter.setPen(colours.text)
        name = self._text(fonts, 0, card.display_name, name_right - left)[0]
        painter.drawStaticText(QPointF(left, fonts.name_y), name)
        # Line 3's right side first, in the same pen: the total paid wins the room over the details. Totals in
        # several currencies that would take more than 60% of the card give up the others ("€1,500.50 · …")
        # rather than a digit: the home currency's figure is always whole, its cents kept.
        details_right = right
        if card.paid:
            total = self._paid_text(card.paid)
            paid, paid_width = self._text(fonts, 2, total)
            if paid_width > (right - left) * 0.6 and total.short != total:
                paid, paid_width = self._text(fonts, 2, total.short)
            painter.setFont(badge)
            painter.drawStaticText(QPointF(right - paid_width, fonts.details_y), paid)
            details_right = right - paid_width - 8
        # Line 2: the organisation (an empty line keeps its height: every card has the same), and a client's
        # size (PMG) as a pill at its end, "Big", "Medium", "Small": the name keeps the whole first line.
        organisation_right = right
        if size is not None:
            label, label_width = self._text(fonts, 2, size_label(size))
            pill = QRectF(right - label_width - 2 * PILL_PAD_X, 0, label_width + 2 * PILL_PAD_X, fonts.pill_height)
            pill.moveTop(fonts.organisation_y + (fonts.metrics[1].height() - fonts.pill_height) / 2)
            ink, fill = colours.sizes[size]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setFont(badge)
            painter.setPen(ink)
            painter.drawStaticText(QPointF(pill.x() + PILL_PAD_X, pill.y() + fonts.pill_text_y), label)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            organisation_right = pill.x() - 6
        painter.setFont(small)
        painter.setPen(colours.muted)
        if card.organisation:
            organisation = self._text(fonts, 1, card.organisation, organisation_right - left)[0]
            painter.drawStaticText(QPointF(left, fonts.organisation_y), organisation)
        # Line 3's left side: temperature · source.
        details = temperature_label(card.temperature)
        if card.source is not None:
            details = f"{details} · {source_label(card.source)}"
        painter.drawStaticText(QPointF(left, fonts.details_y), self._text(fonts, 1, details, details_right - left)[0])
        if touch is None:
            painter.restore()
            return
        # Line 4: days since the last contact on the left, the badges on the right.
        pills = self._pills(card, touch, fonts, right)
        days, room = self._days_text(touch), (pills[-1][2].x() - 8 if pills else right) - left
        when = self._text(fonts, 1, days, room)[0]
        if touch.days_since_touch and when.text() != days:
            # A narrow column with both badges: "45 d" reads better than "45 d…".
            short = QCoreApplication.translate("CardDelegate", "%1 d", "days, abbreviated")
            when = self._text(fonts, 1, short.replace("%1", str(touch.days_since_touch)), room)[0]
        painter.drawStaticText(QPointF(left, fonts.when_y), when)
        if pills:
            painter.setFont(badge)
        inks = {OVERDUE: colours.overdue, STALE: colours.stale, NO_NEXT_STEP: colours.no_next_step}
        for badge_kind, label, pill in pills:
            ink, fill = inks[badge_kind]
            pill.translate(0, fonts.touch_y)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setPen(ink)
            painter.drawStaticText(QPointF(pill.x() + PILL_PAD_X, pill.y() + fonts.pill_text_y), label)
        painter.restore()

    @staticmethod
    def _days_text(touch: TouchStatus) -> str:
        if touch.days_since_touch is None:
            return QCoreApplication.translate("CardDelegate", "No contact yet")
        return format_days_ago(touch.days_since_touch)

    def _pills(
        self, card: Card, touch: TouchStatus, fonts: _Fonts, right: float
    ) -> list[tuple[str, QStaticText, QRectF]]:
        """The badges, right-aligned, as (`OVERDUE`, `STALE` or `NO_NEXT_STEP`, label, rectangle relative to
        line 4)."""
        pills: list[tuple[str, QStaticText, QRectF]] = []
        x = right
        # Right to left: "Overdue" sits at the edge, where the eye looks for the urgent one; "No next step"
        # takes that place on a card that has no follow-up to be overdue (a lead or prospect without one).
        for shown, badge_kind, label in (
            (touch.overdue, OVERDUE, QCoreApplication.translate("CardDelegate", "Overdue")),
            (card.lacks_next_step, NO_NEXT_STEP, QCoreApplication.translate("CardDelegate", "No next step")),
            (touch.stale, STALE, QCoreApplication.translate("CardDelegate", "Stale")),
        ):
            if shown:
                static, width = self._text(fonts, 2, label)
                x -= width + 2 * PILL_PAD_X
                pills.append((badge_kind, static, QRectF(x, 0, width + 2 * PILL_PAD_X, fonts.pill_height)))
                x -= PILL_GAP
        if len(pills) > 1 and pills[-1][2].x() < PAD_LEFT:
            pills.pop()  # a narrow card has room for one: the one at the edge (its tooltip names both)
        return pills

    # --- tooltips -------------------------------------------------------------------------------

    def helpEvent(
        self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem, index: Index
    ) -> bool:
        """Explain the badges: over one, what it means for this card; elsewhere, the card and its badges."""
        if event is None or event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        card: Card | None = index.data(CardRole.CARD)
        touch: TouchStatus | None = index.data(CardRole.TOUCH)
        if card is None or touch is None:
            return super().helpEvent(event, view, option, index)
        overdue, stale = self.badge_explanations(card, touch)
        explanations = {OVERDUE: overdue, STALE: stale, NO_NEXT_STEP: self.no_next_step_explanation(card)}
        fonts = self._fonts(option.font)
        right = option.rect.width() - 2 * GAP_X - PAD_RIGHT
        local = QPointF(event.pos() - option.rect.topLeft()) - QPointF(GAP_X, GAP_Y + fonts.touch_y)
        over = [explanations[badge_kind] for badge_kind, _, pill in self._pills(card, touch, fonts, right)
                if pill.contains(local)]
        lines = over or [index.data(Qt.ItemDataRole.ToolTipRole) or card.display_name, overdue,
                         explanations[NO_NEXT_STEP], stale]
        QToolTip.showText(event.globalPos(), "\n".join(line for line in lines if line), view, option.rect)
        return True

    @staticmethod
    def no_next_step_explanation(card: Card) -> str:
        """What the *No next step* badge means, for a tooltip; "" for a card without it."""
        if not card.lacks_next_step:
            return ""
        return QCoreApplication.translate(
            "CardDelegate", "A lead or prospect without a follow-up date: plan the next step with Contact ▸ Set "
                            "Follow-up")

    @staticmethod
    def badge_explanations(card: Card, touch: TouchStatus) -> tuple[str, str]:
        """(overdue, stale) explanations for a tooltip; "" for a badge the card does not show."""
        overdue = stale = ""
        if touch.overdue and card.next_follow_up is not None:
            due = card.next_follow_up
            overdue = QCoreApplication.translate("CardDelegate", "Follow-up was due on %1").replace(
                "%1", QLocale().toString(QDate(due.year, due.month, due.day), QLocale.FormatType.ShortFormat)
            )
        elif touch.overdue:
            overdue = QCoreApplication.translate("CardDelegate", "Follow-up overdue")
        if touch.stale and touch.days_since_touch is not None:
            days = touch.days_since_touch
            stale = QCoreApplication.translate("CardDelegate", "No contact for %n day(s)", None, days)
            if stale == f"No contact for {days} day(s)":  # no translation loaded: English plural
                stale = f"No contact for {days} day{'' if days == 1 else 's'}"
        elif touch.stale:
            stale = QCoreApplication.translate("CardDelegate", "No contact since the contact was added")
        return overdue, stale
