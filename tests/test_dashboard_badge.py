"""The client-size (PMG) badge on the board: what a card is sized by, the model's sizes, the painted pill."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QListView

from carnet.analytics.clients import PmgSize, PmgThresholds
from carnet.domain.enums import PaymentStatus, Source, Stage, Temperature
from carnet.domain.models import Contact, Payment
from carnet.domain.stay_in_touch import TouchStatus
from carnet.services.board_read import Card, ColumnSummary, board_cards
from carnet.ui.board.card_delegate import CardDelegate, _layout
from carnet.ui.board.model import BoardModel, CardRole


def card(card_id: int, recent_paid: int, stage: Stage = Stage.CLIENT) -> Card:
    return Card(card_id, f"Client {card_id}", "Atelier", "", "", stage, float(card_id), Temperature.WARM,
                Source.WEBSITE, None, None, date(2025, 1, 1), (("EUR", recent_paid),) if recent_paid else (),
                None, recent_paid)


def test_cards_are_sized_by_what_was_paid_over_the_last_12_months(db):
    today = date.today()
    with db.transaction() as session:
        session.add(Contact(id=1, display_name="Zoé", stage=Stage.CLIENT))
        session.add(Contact(id=2, display_name="Hans", stage=Stage.CLIENT))
        session.flush()
        for cents, currency, paid_on in ((100_000, "EUR", today - timedelta(days=30)),
                                         (20_000, "USD", today - timedelta(days=300)),
                                         (900_000, "EUR", today - timedelta(days=400))):  # too old
            session.add(Payment(contact_id=1, amount_cents=cents, currency=currency, status=PaymentStatus.PAID,
                                paid_on=paid_on))
        session.add(Payment(contact_id=1, amount_cents=50_000, status=PaymentStatus.QUOTED, issued_on=today))
        session.add(Payment(contact_id=2, amount_cents=70_000, status=PaymentStatus.PAID,
                            paid_on=today - timedelta(days=500), created_at=datetime.now(UTC)))
    cards = {c.id: c for c in board_cards(db)}
    assert cards[1].recent_paid == 100_000  # the home currency's (EUR) cents only: USD cents are never added
    assert cards[2].recent_paid == 0 and cards[2].paid == (("EUR", 70_000),)


def test_model_sizes_by_terciles_or_by_the_users_thresholds(qtbot):
    model = BoardModel()
    cards = [card(n, n * 10_000) for n in range(1, 7)] + [card(7, 0)]
    model.set_cards(cards, {stage: ColumnSummary(0, ()) for stage in Stage})
    assert model.index(5, 0).data(CardRole.PMG) is None  # only the top of the columns: no badge yet
    model.set_cards(cards)
    assert [model.index(row, 0).data(CardRole.PMG) for row in range(7)] == [
        PmgSize.SMALL, PmgSize.SMALL, PmgSize.MEDIUM, PmgSize.MEDIUM, PmgSize.BIG, PmgSize.BIG, None]
    assert model.index(5, 0).data(Qt.ItemDataRole.AccessibleTextRole).endswith(", big client")
    assert model.index(5, 0).data(Qt.ItemDataRole.ToolTipRole).endswith("\nBig client")  # the pill explained
    assert "\n" not in model.index(6, 0).data(Qt.ItemDataRole.ToolTipRole)  # paid nothing: no size
    with qtbot.waitSignal(model.dataChanged):
        model.set_pmg_thresholds(PmgThresholds(15_000, 60_000))
    assert [model.index(row, 0).data(CardRole.PMG) for row in range(6)] == [
        PmgSize.SMALL, PmgSize.MEDIUM, PmgSize.MEDIUM, PmgSize.MEDIUM, PmgSize.MEDIUM, PmgSize.BIG]
    model.set_pmg_thresholds(None)
    model.upsert([replace(cards[0], recent_paid=1_000_000)])  # 1 becomes the biggest: the terciles move
    assert model.pmg_size(model.card_at(0)) is PmgSize.BIG
    assert model.pmg_size(model.card_at(1)) is PmgSize.SMALL
    assert model.index(2, 0).data(CardRole.PMG) == PmgSize.SMALL  # through Qt: its plain value, "small"


class SizedCards(QAbstractListModel):
    def __init__(self, rows: list[tuple[Card, PmgSize | None]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        shown, size = self.rows[index.row()]
        if role == CardRole.CARD:
            return shown
        if role == CardRole.TOUCH:
            return TouchStatus(days_since_touch=3, stale=False, overdue=False)
        if role == CardRole.PMG:
            return size
        return shown.display_name if role == Qt.ItemDataRole.DisplayRole else None


def test_the_badge_is_painted_at_the_end_of_the_organisation_line(qtbot):
    same = card(1, 50_000)
    model = SizedCards([(same, None), (same, PmgSize.BIG), (same, PmgSize.SMALL)])
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = CardDelegate(view)
    view.setItemDelegate(delegate)
    view.resize(260, 400)
    view.show()
    qtbot.waitExposed(view)
    image = view.viewport().grab().toImage()
    rows = [view.visualRect(model.index(row, 0)) for row in range(3)]
    fonts = _layout(view.font())  # the delegate paints with the view's font
    line_top, line_bottom = int(fonts.organisation_y) - 2, int(fonts.details_y)

    def band(row: int, top: int, bottom: int, left: int = 0) -> QImage:
        rect = rows[row]
        return image.copy(rect.left() + left, rect.top() + top, rect.width() - left, bottom - top)

    plain, big, small = (band(row, line_top, line_bottom, left=rows[0].width() - 70) for row in range(3))
    assert plain != big and big != small and plain != small
    # The name's line, and everything below the organisation's, are the same card drawn the same way.
    names = [band(row, 0, line_top) for row in range(3)]
    assert names[0] == names[1] == names[2]
    below = [band(row, line_bottom, rows[row].height()) for row in range(3)]
    assert below[0] == below[1] == below[2]
