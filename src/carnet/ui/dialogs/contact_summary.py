"""A read-only summary of one contact, opened with Enter or a double-click on its card."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from carnet.services.board_read import cards_by_id
from carnet.services.queries import contact_details
from carnet.storage import Database
from carnet.ui.formatting import format_days_ago, format_paid
from carnet.ui.labels import stage_label
from carnet.ui.labels_extra import source_label, temperature_label


class ContactSummaryDialog(QDialog):
    def __init__(self, database: Database, contact_id: int, parent: Any = None) -> None:
        super().__init__(parent)
        contact = contact_details(database, contact_id)
        cards = cards_by_id(database, [contact_id])
        card = cards[0] if cards else None
        self.setWindowTitle(contact.display_name if contact else self.tr("Contact"))
        self.setMinimumWidth(380)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if contact is None:
            form.addRow(QLabel(self.tr("This contact no longer exists."), self))
        else:
            last_seen = None if card is None or card.last_interaction_on is None else card.last_interaction_on
            rows = [
                (self.tr("Name"), contact.display_name),
                (self.tr("Organisation"), contact.organisation),
                (self.tr("Role"), contact.role),
                (self.tr("Email"), contact.email),
                (self.tr("Phone"), contact.phone),
                (self.tr("Stage"), stage_label(contact.stage)),
                (self.tr("Temperature"), temperature_label(contact.temperature)),
                (self.tr("Source"), source_label(contact.source) if contact.source else ""),
                (self.tr("Tags"), contact.tags),
                (self.tr("Next follow-up"), contact.next_follow_up.isoformat() if contact.next_follow_up else ""),
                (self.tr("Last interaction"), format_days_ago((date.today() - last_seen).days) if last_seen else ""),
                (self.tr("Paid"), format_paid(card.paid) if card else ""),
                (self.tr("Notes"), contact.notes),
            ]
            for label, value in rows:
                if value:
                    field = QLabel(value, self)
                    field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                    field.setWordWrap(True)
                    form.addRow(label, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
