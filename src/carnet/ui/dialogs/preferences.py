"""Preferences: after how many days without an interaction a contact goes stale, per stage (SPEC §1), the
amounts that make a client small, medium or big (the dashboard and the cards' badges), and after how many years
without contact a prospect is listed for review (SPEC §3, the CNIL's retention guidance)."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from carnet.domain.enums import Stage
from carnet.domain.errors import CarnetError, InvalidInput
from carnet.domain.stay_in_touch import DEFAULT_STALE_AFTER_DAYS
from carnet.domain.validation import check_currency
from carnet.ui.dialogs.pmg_thresholds import PmgThresholdsGroup, pmg_thresholds_from_settings
from carnet.ui.dialogs.revenue_ceilings import RevenueCeilingsGroup, revenue_ceilings_from_settings
from carnet.ui.dialogs.validated_form import ValidatedDialog, form_tab
from carnet.ui.labels import stage_label
from carnet.ui.review_view import (
    DEFAULT_REVIEW_AFTER_YEARS,
    MAX_REVIEW_AFTER_YEARS,
    MIN_REVIEW_AFTER_YEARS,
    REVIEW_AFTER_YEARS_KEY,
    review_after_years,
)
from carnet.ui.settings import app_settings

if TYPE_CHECKING:
    from carnet.storage import Database
    from carnet.ui.dialogs.business_identity import BusinessIdentityGroup
    from carnet.ui.dialogs.sequences_editor import SequencesGroup

SETTINGS_GROUP = "stay_in_touch"
CALENDAR_PATH = "Type the calendar file's whole path, or choose it with Choose…."
MIN_DAYS = 1
BUSINESS_PAGE_HEIGHT = 420  # pixels of My Business shown at once; the rest scrolls
MAX_DAYS = 365
# The stages that can go stale, in board order (a stranger or a visitor does not know you yet).
STALE_STAGES: tuple[Stage, ...] = tuple(DEFAULT_STALE_AFTER_DAYS)


class _CheckedGroup(Protocol):
    def error(self) -> str: ...


def settings_key(stage: Stage) -> str:
    return f"{SETTINGS_GROUP}/{stage.value}"


def _days(value: object, default: int) -> int:
    """A stored threshold, or ``default`` when it is missing, not a whole number or out of range."""
    try:
        days = int(str(value).strip())
    except ValueError:
        return default
    return days if MIN_DAYS <= days <= MAX_DAYS else default


def stale_after_from_settings() -> dict[Stage, int]:
    """The stale thresholds the user chose, stage by stage; the defaults where none (or garbage) is stored."""
    settings = app_settings()
    return {
        stage: _days(settings.value(settings_key(stage), default), default)
        for stage, default in DEFAULT_STALE_AFTER_DAYS.items()
    }


class PreferencesDialog(ValidatedDialog):
    """Edits the stale thresholds and the client sizes; OK ("Save") writes them to the settings file at once."""

    def __init__(self, parent: QWidget | None = None, *, database: Database | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.set_texts(title=self.tr("Preferences"), ok_text=self.tr("Save"))
        # Three pages: the dialog stays shorter than a 768-pixel screen, each page about one thing.
        outer_form = self.form
        self.tabs = QTabWidget(self)
        # Every page's name in view: the dialog is as wide as its tabs, never scrolling them.
        self.tabs.setUsesScrollButtons(False)
        self.form = form_tab(self.tabs, self.tr("&General"))
        stale_intro = QLabel(self.tr(
            "Stay in touch: a contact goes stale, and shows up in \u201cTo do today\u201d, after this "
            "many days without contact (an interaction, an invoice, a payment or a gift sent)."), self)
        stale_intro.setWordWrap(True)
        self.form.addRow(stale_intro)
        self.spin_boxes: dict[Stage, QSpinBox] = {}
        current = stale_after_from_settings()
        for stage in STALE_STAGES:
            spin = QSpinBox(self)
            spin.setRange(MIN_DAYS, MAX_DAYS)
            spin.valueChanged.connect(lambda days, spin=spin: self._update_suffix(spin, days))
            spin.setValue(current[stage])
            self._update_suffix(spin, spin.value())
            # A number of days needs a few digits, not the whole width of the dialog.
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("365 days") + 48)
            self.add_field(
                self.tr("%1 goes stale after:").replace("%1", stage_label(stage)),
                spin,
                accessible_name=self.tr("Days before a %1 goes stale").replace("%1", stage_label(stage).lower()),
            )
            self.spin_boxes[stage] = spin
        self.review_years = QSpinBox(self)
        self.review_years.setRange(MIN_REVIEW_AFTER_YEARS, MAX_REVIEW_AFTER_YEARS)
        self.review_years.valueChanged.connect(self._update_years_suffix)
        self.review_years.setValue(review_after_years())
        self._update_years_suffix(self.review_years.value())
        # As wide as its longest text, so that the box does not change width with the number.
        self.review_years.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        widest = f"{MAX_REVIEW_AFTER_YEARS}{self._years_suffix(MAX_REVIEW_AFTER_YEARS)}"
        self.review_years.setMinimumWidth(self.review_years.fontMetrics().horizontalAdvance(widest) + 48)
        self.review_years.setToolTip(self.tr(
            "Strangers, visitors, leads and prospects with no contact for this long are listed in \u201cTo "
            "review\u201d, to archive or delete (the CNIL advises three years)."
        ))
        self.add_field(
            self.tr("&Review contacts after:"),
            self.review_years,
            accessible_name=self.tr("Years without contact before a contact is listed for review"),
        )
        # The book's own setting (stored in the database file), shown when a book is open.
        self.currency_combo: QComboBox | None = None
        if database is not None:
            from carnet.services.book import home_currency_or_default
            from carnet.ui.dialogs.mark_payment import make_currency_combo

            self.currency_combo = make_currency_combo(self, home_currency_or_default(database))
            self.currency_combo.setToolTip(self.tr("The currency your totals are shown in; payments in other "
                                                   "currencies are listed beside them, never added to them."))
            self.add_field(self.tr("&Home currency:"), self.currency_combo, check=self._currency,
                           changed=[self.currency_combo.editTextChanged])
        from carnet.i18n.language_choice import LanguageChoice

        self.language = LanguageChoice(self)
        self.add_field(self.tr("&Language:"), self.language)
        self.form = form_tab(self.tabs, self.tr("&Amounts"))
        from carnet.ui.formatting import currency_symbol, home_currency

        # The sizes count the home currency's payments only: the amounts are in its unit.
        self.pmg_group = PmgThresholdsGroup(self, current=pmg_thresholds_from_settings(),
                                            currency_symbol=currency_symbol(home_currency()))
        self.pmg_group.validity_changed.connect(self.ok_button.setEnabled)
        self.form.addRow(self.pmg_group)
        # The ceilings the dashboard follows this year's revenue against, also in the home currency's unit.
        self.ceilings_group = RevenueCeilingsGroup(self, current=revenue_ceilings_from_settings(),
                                                   currency=home_currency())
        # After the client sizes' own slot, for both groups: Save stays off while any field is wrong
        # (`revalidate` below), not only the group that changed last.
        for group in (self.pmg_group, self.ceilings_group):
            group.validity_changed.connect(lambda _valid: self.revalidate())
        self.form.addRow(self.ceilings_group)
        self.form = form_tab(self.tabs, self.tr("Re&minders"))
        self._build_reminders()
        self.form = form_tab(self.tabs, self.tr("&Backups"))
        from carnet.ui.dialogs.backup_folders import BackupFoldersGroup

        self.backup_group = BackupFoldersGroup(self)
        self.backup_group.validity_changed.connect(lambda _valid: self.revalidate())
        self.form.addRow(self.backup_group)
        self.sequences_group: SequencesGroup | None = None
        if database is not None:  # the book's own sequences
            from carnet.ui.dialogs.sequences_editor import SequencesGroup

            self.form = form_tab(self.tabs, self.tr("Se&quences"))
            self.sequences_group = SequencesGroup(self, database=database)
            self.sequences_group.validity_changed.connect(lambda _valid: self.revalidate())
            self.form.addRow(self.sequences_group)
        self.business_group: BusinessIdentityGroup | None = None
        if database is not None:  # the book's own seller identity (issue 20)
            self._build_business(database)
        self.form = outer_form
        self.form.addRow(self.tabs)
        defaults = self.buttons.addButton(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(self.restore_defaults)
        self.revalidate()

    def _build_business(self, database: Database) -> None:
        from PySide6.QtWidgets import QFrame, QScrollArea

        from carnet.ui.dialogs.business_identity import BusinessIdentityGroup

        # The longest page by far: it scrolls, so that Preferences stays within a 768-pixel screen.
        self.form = form_tab(self.tabs, self.tr("My B&usiness"))
        self.business_group = BusinessIdentityGroup(self, database=database)
        self.business_group.validity_changed.connect(lambda _valid: self.revalidate())
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.business_group)
        # As wide as the fields need; as tall as the other pages make the dialog (it scrolls beyond).
        scroll.setMinimumWidth(self.business_group.minimumSizeHint().width()
                               + scroll.verticalScrollBar().sizeHint().width())
        scroll.setMinimumHeight(BUSINESS_PAGE_HEIGHT)
        self.form.addRow(scroll)

    def _build_reminders(self) -> None:
        from carnet.ui.dialogs.date_field import TimeField
        from carnet.ui.reminders import reminder_settings

        current = reminder_settings()
        explanation = QLabel(self.tr(
            "While Carnet is open, even minimised, a follow-up falling due shows a notification on your "
            "desktop; click it to open the contact. A follow-up with a time of day is due at that time, one "
            "without at the hour below."), self)
        explanation.setWordWrap(True)
        self.form.addRow(explanation)
        self.reminders_on = QCheckBox(self.tr("&Notify me of follow-ups falling due"), self)
        self.reminders_on.setChecked(current.enabled)
        self.form.addRow(self.reminders_on)
        self.reminder_hour = TimeField(self)
        self.reminder_hour.set_time(current.hour)
        self.reminder_hour.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.add_field(self.tr("Follow-ups without a time are due at:"), self.reminder_hour,
                       accessible_name=self.tr("Hour of the follow-ups without a time of day"),
                       check=lambda: self.reminder_hour.checked_time("reminder_hour"),
                       changed=[self.reminder_hour.edited])
        self.reminders_on.toggled.connect(self.reminder_hour.setEnabled)
        self.reminder_hour.setEnabled(current.enabled)
        from carnet.ui.calendar_file import kept_calendar_file

        calendar_intro = QLabel(self.tr(
            "Your calendar can show your follow-ups too: Carnet keeps this file up to date (an iCalendar .ics "
            "file, one event per follow-up), which a calendar app subscribes to or a sync tool carries. "
            "Leave it empty for none; File \u25b8 Export Follow-ups to Calendar\u2026 writes one once."), self)
        calendar_intro.setWordWrap(True)
        self.form.addRow(calendar_intro)
        self.calendar_edit = QLineEdit(self)
        kept = kept_calendar_file()
        self.calendar_edit.setText("" if kept is None else str(kept))
        self.calendar_edit.setPlaceholderText(self.tr("No calendar file"))
        self.choose_calendar = QPushButton(self.tr("C&hoose…"), self)
        self.choose_calendar.clicked.connect(self._choose_calendar_file)
        self.choose_calendar_file = self._ask_calendar_file  # tests hand a path instead of a dialog
        row = QWidget(self)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.calendar_edit, 1)
        row_layout.addWidget(self.choose_calendar)
        self.add_field(self.tr("&Calendar file:"), row, accessible_name=self.tr("Calendar file kept up to date"),
                       check=self._calendar_file, changed=[self.calendar_edit.textChanged])

    def _ask_calendar_file(self) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Calendar file"), "carnet-follow-ups.ics",
                                              self.tr("Calendar files (*.ics)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        return path

    def _choose_calendar_file(self) -> None:
        path = self.choose_calendar_file()
        if path:
            self.calendar_edit.setText(path if Path(path).suffix else f"{path}.ics")

    def _calendar_file(self) -> Path | None:
        text = self.calendar_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not path.is_absolute():
            raise InvalidInput(CALENDAR_PATH, field="calendar")
        return path

    def _update_suffix(self, spin: QSpinBox, days: int) -> None:
        suffix = self.tr(" day(s)", "", days)
        if suffix == " day(s)":  # no translation loaded: English is the source language
            suffix = " day" if days == 1 else " days"
        spin.setSuffix(suffix)

    def _years_suffix(self, years: int) -> str:
        suffix = self.tr(" year(s) of no contact", "", years)
        if suffix == " year(s) of no contact":  # no translation loaded: English is the source language
            suffix = " year of no contact" if years == 1 else " years of no contact"
        return suffix

    def _update_years_suffix(self, years: int) -> None:
        self.review_years.setSuffix(self._years_suffix(years))

    def _currency(self) -> str | None:
        return None if self.currency_combo is None else check_currency(self.currency_combo.currentText())

    def values(self) -> dict[Stage, int]:
        """The thresholds as shown in the dialog."""
        return {stage: spin.value() for stage, spin in self.spin_boxes.items()}

    def restore_defaults(self) -> None:
        for stage, spin in self.spin_boxes.items():
            spin.setValue(DEFAULT_STALE_AFTER_DAYS[stage])
        self.pmg_group.restore_defaults()
        self.ceilings_group.restore_defaults()
        self.review_years.setValue(DEFAULT_REVIEW_AFTER_YEARS)
        from carnet.domain.follow_ups import DEFAULT_HOUR

        self.reminders_on.setChecked(True)
        self.reminder_hour.set_time(DEFAULT_HOUR)
        if self.sequences_group is not None:
            self.sequences_group.restore_defaults()
        # The second backup folder and the calendar file are places the user chose, not settings to tune:
        # Restore Defaults leaves them (forgetting the USB disk would stop its copies without a word).

    def save(self) -> None:
        """Write the thresholds to the settings file and flush it to disk."""
        settings = app_settings()
        for stage, days in self.values().items():
            settings.setValue(settings_key(stage), days)
        settings.setValue(REVIEW_AFTER_YEARS_KEY, self.review_years.value())
        settings.sync()
        self.pmg_group.save()
        self.ceilings_group.save()
        self.language.save()
        from carnet.ui.reminders import reminder_settings, save_reminder_settings

        hour = self.reminder_hour.typed_time() or reminder_settings().hour
        save_reminder_settings(self.reminders_on.isChecked(), hour)
        self.backup_group.save()
        from carnet.ui.calendar_file import save_kept_calendar_file

        with suppress(InvalidInput):  # not saved: Save stays off while the field is wrong
            save_kept_calendar_file(self._calendar_file())
        currency = self._currency()
        if self.database is not None and currency is not None:
            from carnet.services.book import set_home_currency
            from carnet.ui.changes import show_refusal

            try:
                set_home_currency(self.database, currency)
            except CarnetError as refused:  # busy, read-only: the other preferences are saved all the same
                show_refusal(self, self.tr("Home currency not saved"), refused)
        if self.database is not None and self.sequences_group is not None:
            from carnet.ui.changes import show_refusal

            try:
                self.sequences_group.save(self.database)
            except CarnetError as refused:
                show_refusal(self, self.tr("Sequences not saved"), refused)
        if self.database is not None and self.business_group is not None:
            from carnet.ui.changes import show_refusal

            try:
                self.business_group.save(self.database)
            except CarnetError as refused:
                show_refusal(self, self.tr("Business identity not saved"), refused)

    def revalidate(self, *, insist: bool = False) -> bool:
        """The form's checks and both groups': the form alone would enable Save over a wrong amount."""
        valid = (super().revalidate(insist=insist) and not any(group.error() for group in self._groups()))
        self.ok_button.setEnabled(valid)
        return valid

    def _groups(self) -> list[_CheckedGroup]:
        """The groups with checks of their own, in page order."""
        groups: list[_CheckedGroup] = [self.pmg_group, self.ceilings_group, self.backup_group]
        if self.sequences_group is not None:
            groups.append(self.sequences_group)
        if self.business_group is not None:
            groups.append(self.business_group)
        return groups

    def accept(self) -> None:
        if self.revalidate(insist=True):
            self.save()
            super().accept()
            return
        # Enter on another page: show the amount in error where it was typed.
        wrong = next((group for group in self._groups() if group.error()), None)
        if wrong is None:
            self.show_first_error()  # a field of the form (the reminders' hour): its page, the cursor in it
            return
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None and isinstance(wrong, QWidget) and page.isAncestorOf(wrong):
                self.tabs.setCurrentIndex(index)
