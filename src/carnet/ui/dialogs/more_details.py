"""The contact editor's "More details" tab: a contact's further emails, phones and addresses, each with its
label, beyond the primary ones of the Details tab (issue 14)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from carnet.domain.drafts import ContactDetail
from carnet.domain.enums import DetailKind
from carnet.domain.validation import check_email, check_phone

ADDRESS_LINES = 2


def _t(text: str) -> str:
    # The editor's context spelt out: lupdate would file ``owner.tr`` under "owner", which nothing looks up.
    return QCoreApplication.translate("MoreDetailsEditor", text)


class _Row:
    """One value: its kind (fixed), a label and the value, and the button that removes it."""

    def __init__(self, owner: MoreDetailsEditor, detail: ContactDetail) -> None:
        self.kind = DetailKind(detail.kind)
        self.kind_label = QLabel(owner.kind_text(self.kind), owner.rows_widget)
        self.label_edit = QLineEdit(detail.label, owner.rows_widget)
        self.label_edit.setPlaceholderText({
            DetailKind.EMAIL: _t("Label, e.g. Work"), DetailKind.PHONE: _t("Label, e.g. Mobile"),
            DetailKind.ADDRESS: _t("Label, e.g. Holiday home"),
        }[self.kind])
        self.label_edit.setAccessibleName(_t("Label"))
        self.value_edit: QLineEdit | QPlainTextEdit
        if self.kind is DetailKind.ADDRESS:
            self.value_edit = QPlainTextEdit(detail.value, owner.rows_widget)
            self.value_edit.setTabChangesFocus(True)
            lines = self.value_edit.fontMetrics().lineSpacing() * ADDRESS_LINES
            self.value_edit.setFixedHeight(lines + 2 * self.value_edit.frameWidth() + 8)
            self.value_edit.textChanged.connect(owner.changed)
        else:
            self.value_edit = QLineEdit(detail.value, owner.rows_widget)
            self.value_edit.textChanged.connect(owner.changed)
        self.value_edit.setAccessibleName(owner.kind_text(self.kind))
        self.label_edit.textChanged.connect(owner.changed)
        self.remove_button = QPushButton(_t("Remove"), owner.rows_widget)
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(lambda: owner.remove(self))

    def widgets(self) -> tuple[QWidget, ...]:
        return self.kind_label, self.label_edit, self.value_edit, self.remove_button

    def value(self) -> str:
        edit = self.value_edit
        return edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()

    def detail(self) -> ContactDetail:
        """The value as typed, checked like a primary one (raises `InvalidInput`)."""
        check = {DetailKind.EMAIL: check_email, DetailKind.PHONE: check_phone}.get(self.kind, str.strip)
        return ContactDetail(self.kind, check(self.value()), self.label_edit.text().strip())


class MoreDetailsEditor(QWidget):
    """Rows of further values with Add Email / Add Phone / Add Address; ``details()`` reads them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr("Further emails, phones and addresses. The ones on the Details tab come first: "
                               "the card shows them."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.rows_widget = QWidget(self)
        self.grid = QGridLayout(self.rows_widget)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(2, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget(scroll)
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.rows_widget)
        self.empty_label = QLabel(self.tr("None yet."), holder)
        holder_layout.addWidget(self.empty_label)
        holder_layout.addStretch(1)
        scroll.setWidget(holder)
        # The rows sit on the tab's own background, not on a scroll area's darker one.
        for widget in (scroll, scroll.viewport(), holder):
            widget.setAutoFillBackground(False)
        scroll.setStyleSheet("QScrollArea { background: transparent; }")
        layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        for kind, text in ((DetailKind.EMAIL, self.tr("Add &Email")), (DetailKind.PHONE, self.tr("Add P&hone")),
                           (DetailKind.ADDRESS, self.tr("Add Addre&ss"))):
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, k=kind: self.add(ContactDetail(k, ""), focus=True))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def kind_text(self, kind: DetailKind) -> str:
        return {DetailKind.EMAIL: self.tr("Email"), DetailKind.PHONE: self.tr("Phone"),
                DetailKind.ADDRESS: self.tr("Address")}[kind]

    def set_details(self, details: Iterable[ContactDetail]) -> None:
        for row in list(self._rows):
            self.remove(row, notify=False)
        for detail in details:
            self.add(detail)

    def add(self, detail: ContactDetail, *, focus: bool = False) -> None:
        row = _Row(self, detail)
        self._rows.append(row)
        self._lay_out()
        if focus:
            row.value_edit.setFocus()
        self.changed.emit()

    def remove(self, row: _Row, *, notify: bool = True) -> None:
        self._rows.remove(row)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._lay_out()
        if notify:
            self.changed.emit()

    def _lay_out(self) -> None:
        for number, row in enumerate(self._rows):
            for column, widget in enumerate(row.widgets()):
                self.grid.addWidget(widget, number, column)
        self.empty_label.setVisible(not self._rows)

    def details(self) -> tuple[ContactDetail, ...]:
        """Every row with a value, in order, checked (raises `InvalidInput` naming the first wrong one)."""
        return tuple(detail for row in self._rows if (detail := row.detail()).value)
