"""What every input dialog shares: a form whose fields are checked as the user types.

A field that can be wrong gets a line of red text right under it (and the same text as its
accessible description, so a screen reader says why); the OK button stays disabled while any
check fails. A check is a function that raises ``CarnetError``, the same refusals the services
raise, so the dialog and the service cannot disagree on a message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, SignalInstance
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from carnet.domain.errors import CarnetError
from carnet.ui.labels import error_text

MIN_WIDTH = 380
PREFERRED_WIDTH = 440  # room for a long label, its field and a one-line error without wrapping much
# Red that reads on a light window, and a lighter one for dark themes: no palette role means "error".
ERROR_ON_LIGHT = QColor("#c0392b")
ERROR_ON_DARK = QColor("#ff8a7a")

Check = Callable[[], object]


class FieldError(QLabel):
    """The red line under a field that says what is wrong with it; hidden while the field is fine."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a typed value must never render as HTML
        self.hide()
        self._recolour()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.field.setAccessibleDescription(text)
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.field.setAccessibleDescription("")
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        # Follow a switch between light and dark themes while the dialog is open.
        if event.type() == QEvent.Type.PaletteChange:
            self._recolour()
        super().changeEvent(event)

    def _recolour(self) -> None:
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        colour = ERROR_ON_DARK if dark else ERROR_ON_LIGHT
        if palette.color(QPalette.ColorRole.WindowText) != colour:
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(palette)


@dataclass
class _FieldCheck:
    error: FieldError
    check: Check
    quiet: bool  # silent until the user edits the field: an empty form is not yet a mistake
    edited: bool = False


def set_dialog_flags(dialog: QDialog) -> None:
    """A title and a close button, as native dialogs have: a dialog is not a window to minimise or maximise.

    Window managers that follow the Motif hints (KWin, Mutter, Xfwm, Windows, macOS) then show neither
    button; Openbox shows them whatever a program asks, by design.
    """
    dialog.setWindowFlags(Qt.WindowType.Dialog | Qt.WindowType.WindowTitleHint | Qt.WindowType.WindowCloseButtonHint)


def form_tab(tabs: QTabWidget, title: str) -> QFormLayout:
    """A new page of ``tabs`` holding a form laid out as the dialog's own (fields fill the width)."""
    page = QWidget(tabs)
    form = QFormLayout(page)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    tabs.addTab(page, title)
    return form


def fit_minimum_width(dialog: QDialog, floor: int = MIN_WIDTH) -> None:
    """Never narrower than ``floor``, nor than what the dialog's layout needs to show every text whole.

    An explicit minimum width replaces the layout's own, so a window could be made narrower than its
    labels and cut them ("Need: do they need what you"): the larger of the two is kept.
    """
    layout = dialog.layout()
    needed = 0 if layout is None else layout.totalMinimumSize().width()
    dialog.setMinimumWidth(max(floor, needed))
    if dialog.width() < dialog.minimumWidth():
        dialog.resize(dialog.minimumWidth(), dialog.height())


class ValidatedDialog(QDialog):
    """A dialog with an optional explanation, a form, and OK/Cancel buttons guarded by the checks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_dialog_flags(self)
        self.setMinimumWidth(MIN_WIDTH)
        self._checks: list[_FieldCheck] = []
        self._last_focus: QWidget | None = None
        layout = QVBoxLayout(self)
        # Subclasses fill these after this __init__: self.tr() needs a constructed QObject.
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)  # it quotes contact names
        self.intro.hide()
        layout.addWidget(self.intro)
        layout.addSpacing(4)  # the explanation is not part of the form: a little air between them
        self.form = QFormLayout()
        # Same look on every platform: fields fill the width instead of keeping their size hints.
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addSpacing(4)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def set_texts(self, *, title: str, intro: str = "", ok_text: str) -> None:
        """The window title, the explanation above the form (if any) and the OK button's verb."""
        self.setWindowTitle(title)
        self.intro.setText(intro)
        self.intro.setVisible(bool(intro))
        self.ok_button.setText(ok_text)

    def sizeHint(self) -> QSize:
        # Qt sizes a window by the wrapped labels' own (narrow, tall) hints, then shows it wider:
        # ask for the preferred width and the height that width really needs, so no gap is left.
        width = max(super().sizeHint().width(), PREFERRED_WIDTH)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            height = layout.heightForWidth(width)
        else:
            height = super().sizeHint().height()
        return QSize(width, height)

    def showEvent(self, event: QShowEvent) -> None:
        # Never narrower than the buttons' own texts (a third button, Preferences' "Restore Defaults", in
        # French did not fit the minimum width and was cut on both sides), nor than the form's labels.
        layout = self.layout()
        room = 0 if layout is None else layout.contentsMargins().left() + layout.contentsMargins().right()
        # What the dialog asked for (the contact editor's 460) stays the floor.
        fit_minimum_width(self, max(self.minimumWidth(), self.buttons.sizeHint().width() + room))
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Narrower, the wrapped texts need more lines: the window grows down rather than cut them.
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def add_field(
        self,
        label: str | QWidget,
        field: QWidget,
        *,
        check: Check | None = None,
        changed: Sequence[SignalInstance] = (),
        quiet_until_edited: bool = False,
        accessible_name: str | None = None,
        stacked: bool = False,
    ) -> FieldError | None:
        """Add a form row; with ``check``, an error line under it, re-checked on each ``changed``.

        ``label`` is a text, or a widget such as the checkbox that switches an optional field on.
        ``stacked`` puts a text label on its own line, wrapped, with the field under it: for a question
        too long to share a line with its answers in a narrow window or a longer language.
        """
        if isinstance(label, str):
            text_label = QLabel(label, self)
            text_label.setBuddy(field)
            if stacked:
                text_label.setWordWrap(True)
            label_widget: QWidget = text_label
        else:
            label_widget = label
        if accessible_name is None and isinstance(label, str):
            accessible_name = label.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(": \u00a0\u202f")
        if accessible_name:
            field.setAccessibleName(accessible_name)
        row_widget = field
        error = None
        entry = None
        if check is not None:
            # The error sits in the field column, under the field, and takes no room while hidden.
            cell = QWidget(self)
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            cell_layout.addWidget(row_widget)
            error = FieldError(field, cell)
            cell_layout.addWidget(error)
            cell.setFocusProxy(field)
            row_widget = cell
            entry = _FieldCheck(error, check, quiet_until_edited)
            self._checks.append(entry)
        if stacked:
            self.form.addRow(label_widget)
            self.form.addRow(row_widget)
        else:
            self.form.addRow(label_widget, row_widget)
        self._chain_focus([label] if isinstance(label, QWidget) else [], field)
        for signal in changed:
            signal.connect(lambda *_args, entry=entry: self._edited(entry))
        return error

    def _chain_focus(self, before: list[QWidget], field: QWidget) -> None:
        # The buttons were created first, so Tab would start on them (and Enter would cancel):
        # keep the fields in form order, then the buttons, and start on the first field.
        if self._last_focus is None:
            field.setFocus()
        for widget in [*before, field]:
            if self._last_focus is not None:
                QWidget.setTabOrder(self._last_focus, widget)
            self._last_focus = widget
        previous = field  # the last of the chain above
        for button in self.buttons.buttons():
            QWidget.setTabOrder(previous, button)
            previous = button

    def revalidate(self, *, insist: bool = False) -> bool:
        """Run every check, show or hide its error, enable OK when all pass; ``insist`` shows quiet ones."""
        valid = True
        for entry in self._checks:
            try:
                entry.check()
            except CarnetError as refusal:
                valid = False
                if insist or entry.edited or not entry.quiet:
                    entry.error.show_error(error_text(refusal))
                else:
                    entry.error.clear_error()
            else:
                entry.error.clear_error()
        self.ok_button.setEnabled(valid)
        self._fit_height()
        return valid

    def accept(self) -> None:
        # OK is disabled while something is wrong, but Enter or a shortcut could still get here.
        if self.revalidate(insist=True):
            super().accept()
        else:
            self.show_first_error()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a field of an incomplete form does what OK does: say what is missing, never save without it.
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        on_button = isinstance(self.focusWidget(), QPushButton)
        if enter and not on_button and not self.ok_button.isEnabled():
            self.revalidate(insist=True)
            self.show_first_error()
            event.accept()
            return
        super().keyPressEvent(event)

    def show_first_error(self) -> None:
        """Bring the first field in error into view (its tab, if the form has tabs) and put the cursor in it."""
        entry = next((e for e in self._checks if not e.error.isHidden()), None)  # shown, maybe on another tab
        if entry is None:
            return
        field = entry.error.field
        page: QWidget | None = field
        while page is not None and page is not self:
            stack = page.parentWidget()
            tabs = stack.parentWidget() if isinstance(stack, QStackedWidget) else None
            if isinstance(tabs, QTabWidget):
                tabs.setCurrentWidget(page)
            page = stack
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _edited(self, entry: _FieldCheck | None) -> None:
        if entry is not None:
            entry.edited = True
        self.revalidate()

    def _fit_height(self) -> None:
        # A window only grows by itself to its minimum size, and wrapped text (height-for-width)
        # leaves that minimum too small: grow by hand so that a shown error is never clipped.
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        hfw = layout.hasHeightForWidth()
        needed = layout.heightForWidth(self.width()) if hfw else layout.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)


def four_digit_year_format(locale: QLocale, short: str, iso: str) -> str:
    """The locale's short date (or date and time) format with a 4-digit year; ISO for the C locale."""
    if locale.language() == QLocale.Language.C:
        return iso  # the C locale's "d MM yyyy" reads like a typo; ISO does not
    if "yyyy" not in short:
        return short.replace("yy", "yyyy")  # "3/4/25" is ambiguous; a full year is not
    return short
