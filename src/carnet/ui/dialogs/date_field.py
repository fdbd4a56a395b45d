"""The one date field of every dialog: a line edit that reads a date typed with the keyboard (issue 16).

QDateEdit made Tab walk through the day, the month and the year, and a typed "31/03/2026" went one digit
at a time into whichever part had the cursor, or nowhere. Here the whole text is read once typed: the
locale's own format, and the forms people type anyway (31/03/2026, 31.03.2026, 2026-03-31, 31/3/26,
31032026, 31 mars 2026, 31/03 for this year; 3/31/2026 where the locale writes the month first), through
the domain's reader (`carnet.domain.dates.read_date`) once the locale's order is applied. Tab goes to the
next field; a calendar button in the field (or Alt+Down, F4) opens a month to pick from; Up and Down move
a day, Page Up and Page Down a month. What cannot be read is said under the field by the dialog's check
(`checked_day`), with an example in the user's format; once the user leaves the field, a date that was
read is written back in that format, so they see which day Carnet understood.

`DateTimeField` is the same date beside a time field ("14:30", "14h30", "2:30 pm"), for a moment.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint, QSize, Qt, QTime, Signal
from PySide6.QtGui import QAction, QHideEvent, QIcon, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QCheckBox, QFrame, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from carnet.domain.dates import read_date
from carnet.domain.duplicates import fold_text
from carnet.domain.errors import CONTEXT, InvalidInput
from carnet.i18n import QT_TRANSLATE_NOOP
from carnet.resources import icons_dir
from carnet.ui.dialogs.validated_form import four_digit_year_format

NOT_A_DATE = QT_TRANSLATE_NOOP(CONTEXT, "\"{value}\" is not a date (expected something like {example}).")
NO_DATE = QT_TRANSLATE_NOOP(CONTEXT, "Type a date, such as {example}.")
NOT_A_TIME = QT_TRANSLATE_NOOP(CONTEXT, "\"{value}\" is not a time (expected something like {example}).")
NO_TIME = QT_TRANSLATE_NOOP(CONTEXT, "Type a time, such as {example}.")
# A year outside these is a slip of the keyboard ("0026"), not a day anyone records.
MIN_YEAR, MAX_YEAR = 1900, 2999
ISO_DATE = "yyyy-MM-dd"

_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_NO_YEAR = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.]?$")  # 31/03: this year
_DIGITS = re.compile(r"^(\d{2})(\d{2})(\d{2}|\d{4})$")  # 310326, 31032026: typed on a number pad
_TIME = re.compile(r"^(\d{1,2})(?:[:h.](\d{2})|h)?$|^(\d{2})(\d{2})$")  # 14:30, 14h30, 14h, 14, 1430


def _t(text: str) -> str:
    return QCoreApplication.translate("DateField", text)


def date_format(locale: QLocale) -> str:
    """How a date field writes a day: the locale's short format with a 4-digit year, ISO for the C locale."""
    return four_digit_year_format(locale, locale.dateFormat(QLocale.FormatType.ShortFormat), ISO_DATE)


def month_first(locale: QLocale) -> bool:
    """Whether the locale writes the month before the day in numbers (3/31/2026 in the United States)."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    day, month, year = short.find("d"), short.find("M"), short.find("y")
    return 0 <= month < day and not 0 <= year < month


def _day(year: int, month: int, day: int) -> date | None:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found if MIN_YEAR <= found.year <= MAX_YEAR else None


def _year(text: str) -> int:
    return int(text) + 2000 if len(text) == 2 else int(text)


def read_typed_date(text: str, locale: QLocale, today: date) -> date | None:
    """The day ``text`` names, read in ``locale``'s order; None when it is empty or not a date."""
    value = text.strip()
    if not value:
        return None
    flipped = month_first(locale)
    if match := _NO_YEAR.match(value):
        first, second = int(match[1]), int(match[2])
        return _day(today.year, first, second) if flipped else _day(today.year, second, first)
    if match := _DIGITS.match(value):
        first, second, year = int(match[1]), int(match[2]), _year(match[3])
        found = _day(year, first, second) if flipped else _day(year, second, first)
        if found is None and len(value) == 8:  # 20260331
            found = _day(int(value[:4]), int(value[4:6]), int(value[6:]))
        return found
    if flipped and (match := _NUMERIC.match(value)):
        # The domain's reader puts the day first unless it cannot be: give it the month-first order swapped.
        value = f"{match[2]}/{match[1]}/{match[3]}"
    found = read_date(value)
    if found is None and not re.search(r"\d{4}", value):  # 31 mars, March 31: this year
        found = read_date(f"{value} {today.year}")
    if found is None:  # the locale's own forms that the reader does not know ("yyyy. MM. dd.", long names)
        for form in (date_format(locale), locale.dateFormat(QLocale.FormatType.LongFormat)):
            qdate = locale.toDate(text.strip(), form)
            if qdate.isValid():
                found = date(qdate.year(), qdate.month(), qdate.day())
                break
    return found if found is not None and MIN_YEAR <= found.year <= MAX_YEAR else None


def read_typed_time(text: str, locale: QLocale) -> time | None:
    """The time of day ``text`` names (14:30, 14h30, 2:30 pm, 1430), or None."""
    value = fold_text(text).replace(" ", "").replace("\u202f", "").replace("\u00a0", "")
    if not value:
        return None
    half: str | None = None
    for mark, names in (("am", ("a.m.", "am", "a", fold_text(locale.amText()))),
                        ("pm", ("p.m.", "pm", "p", fold_text(locale.pmText())))):
        suffix = next((name for name in names if name and value.endswith(name.replace(" ", ""))), None)
        if suffix:
            half, value = mark, value[: -len(suffix.replace(" ", ""))]
            break
    if match := _TIME.match(value):
        hour = int(match[1] or match[3])
        minute = int(match[2] or match[4] or 0)
        if half is not None:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if half == "pm" else 0)
        return time(hour, minute) if hour < 24 and minute < 60 else None
    qtime = locale.toTime(text.strip(), QLocale.FormatType.ShortFormat)
    return time(qtime.hour(), qtime.minute()) if qtime.isValid() else None


def _calendar_icon() -> QIcon:
    return QIcon.fromTheme("x-office-calendar", QIcon(str(icons_dir() / "fields" / "calendar.svg")))


class _CalendarPopup(QFrame):
    """A month under the field; a click or Enter picks the day, Escape or a click elsewhere closes it."""

    def __init__(self, field: DateField) -> None:
        super().__init__(field, Qt.WindowType.Popup)
        self.field = field
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setLocale(field.locale())
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)

    def open_at(self, day: date) -> None:
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.adjustSize()
        below = self.field.mapToGlobal(QPoint(0, self.field.height()))
        screen = self.field.screen().availableGeometry()
        x = max(screen.left(), min(below.x(), screen.right() - self.width()))
        above = below.y() - self.field.height() - self.height()  # no room below: over the field instead
        y = below.y() if below.y() + self.height() <= screen.bottom() else above
        self.move(x, max(screen.top(), y))
        self.show()
        self.calendar.setFocus()

    def _pick(self, qdate: QDate) -> None:
        self.field.setDate(qdate)
        self.close()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.field.setFocus()  # back where the user was typing


class DateField(QLineEdit):
    """A day typed in the user's words, or picked from a calendar; ``checked_day()`` is the day or a refusal.

    ``dateChanged`` carries the day now read (a date, or None once the text is empty or not a date);
    ``edited`` says when to check the field again: a date typed in full, the text emptied, the field left,
    a day picked or set. A half-typed "31/0" says nothing until the user leaves the field.
    """

    dateChanged = Signal(object)
    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, locale: QLocale | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._locale = locale or QLocale()
        self.setLocale(self._locale)
        self._today = today
        self._format = date_format(self._locale)
        self._quiet = False
        self._last: date | None = None
        self._popup: _CalendarPopup | None = None
        self.setPlaceholderText(_t("e.g. {example}").format(example=self.example()))
        self.calendar_action = QAction(_calendar_icon(), _t("Choose from the calendar"), self)
        self.calendar_action.setToolTip(_t("Choose from the calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.textChanged.connect(self._typed)
        self.editingFinished.connect(self._settle)

    # --- the day --------------------------------------------------------------------------------

    def example(self) -> str:
        """The 31st of March of this year in the field's format: the day cannot be mistaken for a month."""
        return self._locale.toString(QDate(self._today().year, 3, 31), self._format)

    def day(self) -> date | None:
        """The day typed, or None when the text is empty or not a date."""
        return read_typed_date(self.text(), self._locale, self._today())

    def checked_day(self, field: str = "date") -> date:
        """The day typed; raises ``InvalidInput`` (for ``field``) when there is none or it is not a date."""
        text = self.text().strip()
        if not text:
            raise InvalidInput(NO_DATE, field=field, example=self.example())
        day = self.day()
        if day is None:
            raise InvalidInput(NOT_A_DATE, field=field, value=text, example=self.example())
        return day

    def setDate(self, value: date | QDate | None) -> None:
        """Show ``value`` in the field's format (None empties the field)."""
        if isinstance(value, QDate):
            value = date(value.year(), value.month(), value.day()) if value.isValid() else None
        self._quiet = True
        try:
            self.setText("" if value is None else self._written(value))
        finally:
            self._quiet = False
        self._announce(self.day())

    def _written(self, day: date) -> str:
        return self._locale.toString(QDate(day.year, day.month, day.day), self._format)

    # --- typing ---------------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        if self._quiet:
            return
        day = self.day()
        if day is not None or not text.strip():
            self._announce(day)

    def _settle(self) -> None:
        day = self.day()
        if day is not None and self.text() != self._written(day):
            self._quiet = True
            try:
                self.setText(self._written(day))  # 31/3/26 becomes 31/03/2026: the day Carnet understood
            finally:
                self._quiet = False
        self._announce(day)

    def _announce(self, day: date | None) -> None:
        if day != self._last:
            self._last = day
            self.dateChanged.emit(day)
        self.edited.emit()

    def step(self, *, days: int = 0, months: int = 0) -> None:
        """Move the day shown by ``days`` or ``months`` (from today when the field holds no date)."""
        start = self.day() or self._today()
        moved = QDate(start.year, start.month, start.day).addDays(days).addMonths(months)
        self.setDate(moved)

    def open_calendar(self) -> None:
        """Show the month of the day typed (or today's) under the field."""
        if not self.isEnabled():
            return
        if self._popup is None:
            self._popup = _CalendarPopup(self)
        self._popup.open_at(self.day() or self._today())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
            self.open_calendar()
            return
        moves = {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0), Qt.Key.Key_PageUp: (0, 1),
                 Qt.Key.Key_PageDown: (0, -1)}
        if key in moves and not alt:
            days, months = moves[Qt.Key(key)]
            self.step(days=days, months=months)
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        # Room for the longest day in this format and the calendar button, rather than QLineEdit's 17 characters.
        hint = super().sizeHint()
        widest = self.fontMetrics().horizontalAdvance(self._written(date(2026, 12, 28)))
        return QSize(max(widest + 3 * hint.height() // 2 + 16, hint.height() * 4), hint.height())


class TimeField(QLineEdit):
    """A time of day typed in the user's words (14:30, 14h30, 2:30 pm); ``checked_time()`` reads it."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self._locale = locale or QLocale()
        self.setLocale(self._locale)
        self._format = ("HH:mm" if self._locale.language() == QLocale.Language.C
                        else self._locale.timeFormat(QLocale.FormatType.ShortFormat))
        self.setPlaceholderText(_t("e.g. {example}").format(example=self.example()))
        self.textChanged.connect(self._typed)
        self.editingFinished.connect(self._settle)

    def example(self) -> str:
        return self._locale.toString(QTime(14, 30), self._format)

    def typed_time(self) -> time | None:
        """The time typed, or None when the text is empty or not a time."""
        return read_typed_time(self.text(), self._locale)

    def checked_time(self, field: str = "time") -> time:
        """The time typed; raises ``InvalidInput`` (for ``field``) when there is none or it is not a time."""
        text = self.text().strip()
        if not text:
            raise InvalidInput(NO_TIME, field=field, example=self.example())
        found = self.typed_time()
        if found is None:
            raise InvalidInput(NOT_A_TIME, field=field, value=text, example=self.example())
        return found

    def set_time(self, value: time) -> None:
        self.setText(self._written(value))

    def _written(self, value: time) -> str:
        return self._locale.toString(QTime(value.hour, value.minute), self._format)

    def _typed(self, text: str) -> None:
        if self.typed_time() is not None or not text.strip():
            self.edited.emit()

    def _settle(self) -> None:
        found = self.typed_time()
        if found is not None and self.text() != self._written(found):
            self.set_time(found)
        self.edited.emit()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        widest = self.fontMetrics().horizontalAdvance(self._written(time(23, 58)))
        return QSize(widest + hint.height() + 8, hint.height())


class DateTimeField(QWidget):
    """A day and a time of day side by side; ``checked_moment()`` is that local moment, aware."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, locale: QLocale | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.date_field = DateField(self, locale=locale, today=today)
        self.time_field = TimeField(self, locale=locale)
        self.time_field.setAccessibleName(_t("Time"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_field, 1)
        layout.addWidget(self.time_field)
        self.setFocusProxy(self.date_field)  # a label's mnemonic lands on the day; Tab then goes to the time
        QWidget.setTabOrder(self.date_field, self.time_field)
        self.date_field.edited.connect(self.edited)
        self.time_field.edited.connect(self.edited)

    def setAccessibleName(self, name: str) -> None:
        # A screen reader reads each part alone: the day carries the field's name.
        super().setAccessibleName(name)
        self.date_field.setAccessibleName(name)

    def setAccessibleDescription(self, description: str) -> None:
        super().setAccessibleDescription(description)
        self.date_field.setAccessibleDescription(description)
        self.time_field.setAccessibleDescription(description)

    def set_moment(self, moment: datetime) -> None:
        """Show ``moment`` in local time (a naive one is taken as local), to the minute."""
        local = moment.astimezone() if moment.tzinfo is not None else moment
        self.date_field.setDate(local.date())
        self.time_field.set_time(local.time())

    def checked_moment(self, field: str = "at") -> datetime:
        """The local moment typed, aware; raises ``InvalidInput`` when the day or the time cannot be read."""
        day = self.date_field.checked_day(field)
        at = self.time_field.checked_time(field)
        return datetime.combine(day, at).astimezone()  # a naive local time made aware, as Python reads it


def switch_on_with(check: QCheckBox, field: QWidget) -> None:
    """``check`` switches the optional ``field`` on and off (unticked: no date); ticked by the user, the
    cursor goes into the field with its text selected, ready for the day to be typed."""
    check.toggled.connect(field.setEnabled)

    def ticked(checked: bool) -> None:
        if checked:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(field, QLineEdit):
                field.selectAll()

    check.clicked.connect(ticked)


def check_not_future(field: DateField, template: str, name: str) -> date:
    """The day in ``field``, refused with ``template`` (for the input ``name``) when it is after today."""
    day = field.checked_day(name)
    if day > date.today():
        raise InvalidInput(template, field=name)
    return day
