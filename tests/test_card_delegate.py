"""The card delegate, painted for real into images, in a light and a dark palette."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
)
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QListView, QStyle, QStyleOptionViewItem, QToolTip
from pytestqt.qtbot import QtBot

from carnet.domain.enums import Source, Stage, Temperature
from carnet.domain.stay_in_touch import TouchStatus
from carnet.services.board_read import Card
from carnet.ui.board.card_delegate import GAP_X, GAP_Y, PAD_BOTTOM, PAD_RIGHT, TEMPERATURE_COLOURS, CardDelegate
from carnet.ui.board.model import CardRole

CARD_ROLE = int(Qt.ItemDataRole.UserRole) + 4
TOUCH_ROLE = int(Qt.ItemDataRole.UserRole) + 5
VIEW_WIDTH = 260


def make_card(card_id: int, name: str, organisation: str = "", *, temperature: Temperature = Temperature.WARM,
              source: Source | None = Source.WEBSITE, paid: tuple[tuple[str, int], ...] = (),
              follow_up: date | None = None) -> Card:
    return Card(card_id, name, organisation, "", "", Stage.LEAD, float(card_id), temperature, source, follow_up,
                date(2024, 11, 1), date(2024, 1, 1), paid)


class CardsModel(QAbstractListModel):
    """The two roles the delegate reads, and nothing of the board's machinery."""

    def __init__(self, rows: Sequence[tuple[Card, TouchStatus]]) -> None:
        super().__init__()
        self.rows = list(rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        card, touch = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.display_name
        if role == CARD_ROLE:
            return card
        if role == TOUCH_ROLE:
            return touch
        return None


def quiet(days: int | None = 3) -> TouchStatus:
    return TouchStatus(days, stale=False, overdue=False)


def sample_rows() -> list[tuple[Card, TouchStatus]]:
    """Six cards that exercise every part of the design."""
    return [
        (make_card(1, "Zoé Lefèvre", "Atelier Œuvre", temperature=Temperature.HOT, source=Source.REFERRAL,
                   paid=(("EUR", 125050),), follow_up=date(2024, 11, 12)), TouchStatus(12, False, True)),
        (make_card(2, "Hugo Martin", "Martin & Fils Menuiserie", temperature=Temperature.COLD,
                   source=Source.COLD_OUTREACH), TouchStatus(20, stale=True, overdue=False)),
        (make_card(3, "Nordlicht GmbH", temperature=Temperature.WARM, source=Source.EVENT), quiet(1)),
        (make_card(4, "Amélie Rousseau-Dubois de la Fontaine", "Cabinet Rousseau Conseil et Stratégie",
                   temperature=Temperature.HOT, source=Source.WEBINAR, paid=(("EUR", 840000), ("USD", 30000))),
         quiet(0)),
        (make_card(5, "Oskar Lindqvist", "Fjord Design Studio", temperature=Temperature.WARM,
                   source=Source.NEWSLETTER, paid=(("CHF", 99000),), follow_up=date(2024, 10, 30)),
         TouchStatus(45, stale=True, overdue=True)),
        (make_card(6, "Priya Natarajan", "Lumen Analytics", temperature=Temperature.COLD, source=None),
         quiet(None)),
    ]


def dark_palette() -> QPalette:
    palette = QPalette(QColor("#2b2b2b"))
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
                         (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Text, "#e6e6e6"),
                         (QPalette.ColorRole.Highlight, "#3d7bd9"), (QPalette.ColorRole.HighlightedText, "#ffffff")):
        palette.setColor(role, QColor(colour))
    return palette


def card_view(qtbot: QtBot, rows: Sequence[tuple[Card, TouchStatus]], palette: QPalette | None = None) -> QListView:
    view = QListView()
    qtbot.addWidget(view)
    if palette is not None:
        view.setPalette(palette)
    view.setUniformItemSizes(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # As on the board: the cards (Base) stand on the column's Window colour.
    view.viewport().setBackgroundRole(QPalette.ColorRole.Window)
    view.setFrameShape(QListView.Shape.NoFrame)
    model = CardsModel(rows)
    view.setModel(model)
    view._model = model  # type: ignore[attr-defined]  # keep the model alive with the view
    view.setItemDelegate(CardDelegate(view))
    height = sum(view.sizeHintForRow(row) for row in range(len(rows)))
    view.resize(VIEW_WIDTH, height + 8)
    view.show()
    qtbot.waitExposed(view)
    return view


def grab(view: QListView) -> QImage:
    return view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def count_colour(image: QImage, colour: QColor, tolerance: int = 12) -> int:
    target = colour.rgb()
    tr, tg, tb = (target >> 16) & 255, (target >> 8) & 255, target & 255
    found = 0
    for y in range(image.height()):
        for x in range(0, min(image.width(), 40)):  # the stripe lives on the left edge
            pixel = image.pixel(x, y)
            r, g, b = (pixel >> 16) & 255, (pixel >> 8) & 255, pixel & 255
            if abs(r - tr) <= tolerance and abs(g - tg) <= tolerance and abs(b - tb) <= tolerance:
                found += 1
    return found


def render_sample(qtbot: QtBot, palette: QPalette | None = None) -> QImage:
    """The six sample cards, the fourth selected (what the review PNGs show)."""
    view = card_view(qtbot, sample_rows(), palette)
    view.selectionModel().select(view.model().index(3, 0), QItemSelectionModel.SelectionFlag.Select)
    return grab(view)


def test_card_role_numbers_match_the_board_model() -> None:
    assert int(CardRole.CARD) == CARD_ROLE
    assert int(CardRole.TOUCH) == TOUCH_ROLE


def test_size_hint_is_the_same_with_or_without_organisation(qtbot: QtBot) -> None:
    view = card_view(qtbot, [(make_card(1, "A", "Org"), quiet()), (make_card(2, "B"), quiet(None))])
    delegate = view.itemDelegate()
    option = QStyleOptionViewItem()
    option.font = view.font()
    first, second = (delegate.sizeHint(option, view.model().index(row, 0)) for row in (0, 1))
    assert first == second
    assert first.height() > 3 * view.fontMetrics().height()
    # Cards stretch to the column: their hint must never be wider than a narrow column.
    assert first.width() <= 180


def test_size_hint_grows_with_the_font(qtbot: QtBot) -> None:
    view = card_view(qtbot, [(make_card(1, "A", "Org"), quiet())])
    delegate, index = view.itemDelegate(), view.model().index(0, 0)
    option = QStyleOptionViewItem()
    option.font = view.font()
    normal = delegate.sizeHint(option, index).height()
    option.font.setPointSizeF(option.font.pointSizeF() * 2)
    assert delegate.sizeHint(option, index).height() > normal * 1.5


@pytest.mark.parametrize("palette", [None, dark_palette()], ids=["light", "dark"])
def test_stripe_follows_the_temperature(qtbot: QtBot, palette: QPalette | None) -> None:
    hot = grab(card_view(qtbot, [(make_card(1, "Hot one", "Org", temperature=Temperature.HOT), quiet())], palette))
    cold = grab(card_view(qtbot, [(make_card(2, "Cold one", "Org", temperature=Temperature.COLD), quiet())], palette))
    hot_colour, cold_colour = TEMPERATURE_COLOURS[Temperature.HOT], TEMPERATURE_COLOURS[Temperature.COLD]
    assert count_colour(hot, hot_colour) > 50
    assert count_colour(hot, cold_colour) == 0
    assert count_colour(cold, cold_colour) > 50
    assert count_colour(cold, hot_colour) == 0


def test_selection_changes_the_pixels(qtbot: QtBot) -> None:
    view = card_view(qtbot, [(make_card(1, "Zoé", "Atelier"), quiet())])
    before = grab(view)
    view.selectionModel().select(view.model().index(0, 0), QItemSelectionModel.SelectionFlag.Select)
    after = grab(view)
    assert before != after
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    assert count_colour(after, highlight, tolerance=24) > count_colour(before, highlight, tolerance=24)


def test_sample_renders_in_both_themes(qtbot: QtBot) -> None:
    light, dark = render_sample(qtbot), render_sample(qtbot, dark_palette())
    assert not light.isNull() and not dark.isNull()
    # The dark render really is dark: its average is far below the light one's.
    assert QColor(dark.scaled(1, 1, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
                  .pixel(0, 0)).lightness() < 100 < QColor(
        light.scaled(1, 1, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
        .pixel(0, 0)).lightness()


def test_badge_explanations() -> None:
    card = make_card(1, "Zoé", follow_up=date(2024, 11, 12))
    overdue, stale = CardDelegate.badge_explanations(card, TouchStatus(20, stale=True, overdue=True))
    assert overdue.startswith("Follow-up was due on")
    assert stale == "No contact for 20 days"
    assert CardDelegate.badge_explanations(card, quiet()) == ("", "")


def paint_one(view: QListView, state: QStyle.StateFlag) -> QImage:
    """The first card painted straight through the delegate, in a given state."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Active | state
    option.rect = QRect(0, 0, VIEW_WIDTH, view.sizeHintForRow(0))
    image = QImage(option.rect.size(), QImage.Format.Format_RGB32)
    image.fill(view.palette().color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    view.itemDelegate().paint(painter, option, view.model().index(0, 0))
    painter.end()
    return image


@pytest.mark.parametrize("palette", [None, dark_palette()], ids=["light", "dark"])
def test_hover_and_selection_tint_the_card(qtbot: QtBot, palette: QPalette | None) -> None:
    view = card_view(qtbot, [(make_card(1, "Zoé", "Atelier"), quiet())], palette)
    plain = paint_one(view, QStyle.StateFlag.State_None)
    hovered = paint_one(view, QStyle.StateFlag.State_MouseOver)
    selected = paint_one(view, QStyle.StateFlag.State_Selected)
    middle = (plain.width() - 30, plain.height() // 2)  # inside the card, clear of any text
    assert len({image.pixel(*middle) for image in (plain, hovered, selected)}) == 3


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform, for the tooltip
@pytest.mark.parametrize("where", ["name", "overdue badge"])
def test_tooltip_explains_the_badges(qtbot: QtBot, where: str) -> None:
    card = make_card(1, "Zoé", "Atelier", follow_up=date(2024, 11, 12))
    view = card_view(qtbot, [(card, TouchStatus(20, stale=True, overdue=True))])
    overdue, stale = CardDelegate.badge_explanations(card, view.model().rows[0][1])
    rect = view.visualRect(view.model().index(0, 0))
    if where == "name":
        point, expected = QPoint(rect.left() + 30, rect.top() + 12), ["Zoé", overdue, stale]
    else:  # just inside the bottom right padding of the card: the "Overdue" pill
        x, y = rect.right() - GAP_X - PAD_RIGHT - 4, rect.bottom() - GAP_Y - PAD_BOTTOM - 4
        point, expected = QPoint(x, y), [overdue]
    QToolTip.hideText()
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text().splitlines() == expected
    QToolTip.hideText()
