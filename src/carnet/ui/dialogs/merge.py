"""Merging two contacts: pick a likely duplicate pair, then which value wins for each differing field."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from carnet.domain.enums import Source, Temperature
from carnet.i18n import QT_TRANSLATE_NOOP
from carnet.ui.dialogs.validated_form import set_dialog_flags

# The fields a user recognises, in the order of the contact form; internal ones (ids, positions) never show.
FIELDS = (
    "display_name", "organisation", "role", "email", "phone", "website", "address", "tags", "notes",
    "source", "temperature", "next_follow_up", "referred_by_id",
)


# What two contacts share (carnet.domain.duplicates REASON_*), as "(same …)" words.
_REASONS = {
    "email": QT_TRANSLATE_NOOP("DuplicatePairsDialog", "email"),
    "phone": QT_TRANSLATE_NOOP("DuplicatePairsDialog", "phone"),
    "name": QT_TRANSLATE_NOOP("DuplicatePairsDialog", "name"),
}

_FIELD_LABELS = {
    "display_name": QT_TRANSLATE_NOOP("MergeDialog", "Name"),
    "organisation": QT_TRANSLATE_NOOP("MergeDialog", "Organisation"),
    "role": QT_TRANSLATE_NOOP("MergeDialog", "Role"),
    "email": QT_TRANSLATE_NOOP("MergeDialog", "Email"),
    "phone": QT_TRANSLATE_NOOP("MergeDialog", "Phone"),
    "website": QT_TRANSLATE_NOOP("MergeDialog", "Website"),
    "address": QT_TRANSLATE_NOOP("MergeDialog", "Address"),
    "tags": QT_TRANSLATE_NOOP("MergeDialog", "Tags"),
    "notes": QT_TRANSLATE_NOOP("MergeDialog", "Notes"),
    "source": QT_TRANSLATE_NOOP("MergeDialog", "Source"),
    "temperature": QT_TRANSLATE_NOOP("MergeDialog", "Temperature"),
    "next_follow_up": QT_TRANSLATE_NOOP("MergeDialog", "Next follow-up"),
    "referred_by_id": QT_TRANSLATE_NOOP("MergeDialog", "Referred by"),
}


def field_label(name: str) -> str:
    return QCoreApplication.translate("MergeDialog", _FIELD_LABELS.get(name, name))


def _shown(value: object, name_of: Callable[[int], str] | None = None) -> str:
    """A field's value in the user's words: a source or temperature as the interface names it, a day as the
    locale writes it, a referrer by name (never their id), several lines on one."""
    from carnet.ui.contact_panel import format_date
    from carnet.ui.labels_extra import source_label, temperature_label

    if value is None or value == "":
        return "—"
    if isinstance(value, Source):
        return source_label(value)
    if isinstance(value, Temperature):
        return temperature_label(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, int) and name_of is not None:  # referred_by_id, the only number among FIELDS
        return name_of(value) or "—"
    return str(getattr(value, "value", value)).replace("\n", ", ")


class DuplicatePairsDialog(QDialog):
    """Lists likely duplicate pairs; ``chosen()`` is the pair to merge."""

    def __init__(self, pairs: Sequence[tuple[Any, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_dialog_flags(self)
        self.setWindowTitle(self.tr("Likely duplicates"))
        self._pairs = list(pairs)
        if self._pairs:  # an empty list says so in one line: no room to keep for it
            self.setMinimumSize(560, 360)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Likely duplicate pairs"))
        for index, (first, second) in enumerate(self._pairs):
            reasons = ", ".join(QCoreApplication.translate("DuplicatePairsDialog", _REASONS.get(reason, reason))
                                for reason in sorted(set(first.reasons) | set(second.reasons)))
            # Two lines, the pair then why: long names and organisations would otherwise need a sideways scroll.
            pair = self.tr("%1  ↔  %2").replace("%1", _who(first)).replace("%2", _who(second))
            why = self.tr("same %1").replace("%1", reasons)
            item = QListWidgetItem(f"{pair}\n{why}")
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, index)
            self.list.addItem(item)
        empty = QLabel(self.tr("No likely duplicates: no two contacts share an email, a phone, or a name "
                               "and organisation."), self)
        empty.setWordWrap(True)
        empty.setVisible(not self._pairs)
        self.list.setVisible(bool(self._pairs))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = buttons.addButton(self.tr("&Merge…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setEnabled(False)
        self.list.currentRowChanged.connect(lambda row: self.merge_button.setEnabled(row >= 0))
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Contacts that look like the same person or company:"), self))
        layout.addWidget(self.list, 1)
        layout.addWidget(empty)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[Any, Any] | None:
        item = self.list.currentItem()
        return None if item is None else self._pairs[item.data(Qt.ItemDataRole.UserRole)]


def _who(match: Any) -> str:
    return f"{match.display_name} ({match.organisation})" if match.organisation else match.display_name


class MergeDialog(QDialog):
    """Both contacts side by side; for each field where they differ, the user picks the value to keep.

    ``kept`` and ``other`` map field names to values. Everything else of both contacts (interactions,
    payments, stage changes, gifts, referrals) is kept whatever is chosen here.
    """

    def __init__(
        self, kept: Mapping[str, object], other: Mapping[str, object], parent: QWidget | None = None, *,
        name_of: Callable[[int], str] | None = None,
    ) -> None:
        super().__init__(parent)
        set_dialog_flags(self)
        self.setWindowTitle(self.tr("Merge contacts"))
        self.setMinimumWidth(560)
        self._other = other
        self._groups: dict[str, QButtonGroup] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addWidget(_bold(self.tr("Keep")), 0, 1)
        grid.addWidget(_bold(self.tr("Merged into it")), 0, 2)
        row = 1
        for name in FIELDS:
            mine, theirs = kept.get(name), other.get(name)
            if mine == theirs or theirs in (None, ""):
                continue
            grid.addWidget(QLabel(field_label(name), self), row, 0)
            group = QButtonGroup(self)
            left = QRadioButton(_shown(mine, name_of), self)
            right = QRadioButton(_shown(theirs, name_of), self)
            # An empty value never wins by default: the filled one is what the user would keep.
            (right if mine in (None, "") else left).setChecked(True)
            for button, column in ((left, 1), (right, 2)):
                button.setAccessibleName(f"{field_label(name)}: {button.text()}")
                group.addButton(button, column)
                grid.addWidget(button, row, column)
            self._groups[name] = group
            row += 1
        note = QLabel(self.tr("Every interaction, payment, stage change, gift and referral of both contacts is "
                              "kept. You can undo the merge with Ctrl+Z."), self)
        note.setWordWrap(True)
        inner = QWidget(self)
        inner.setLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Where the two differ, choose what to keep:"), self))
        layout.addWidget(scroll, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen(self) -> dict[str, object]:
        """The fields whose value comes from the merged contact."""
        return {name: self._other[name] for name, group in self._groups.items() if group.checkedId() == 2}


def _bold(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label
