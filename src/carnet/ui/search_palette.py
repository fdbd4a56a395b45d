"""Search everything (Ctrl+K, issue 16): a palette over every contact, archived ones too.

The words typed are looked up as the user types, after a short pause (`SEARCH_DELAY_MS`), by
`carnet.services.search`; Up and Down move through the hits without leaving the text field; Enter or a
double-click opens the one chosen. A contact on the board is shown there, its card selected (the board's
filter cleared if it hid the card) and the contact panel showing it; an archived one is offered back to the
board (Restore, then shown there) or shown in the Archived tab.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from carnet.i18n import QT_TRANSLATE_NOOP
from carnet.services.changes import Change, ChangeKind
from carnet.services.search import DEFAULT_LIMIT, MATCH_END, MATCH_START, MatchedIn, SearchHit, search_result
from carnet.storage import Database
from carnet.ui.dialogs.opening import open_pending
from carnet.ui.dialogs.validated_form import set_dialog_flags
from carnet.ui.labels import stage_label

if TYPE_CHECKING:
    from carnet.ui.main_window import MainWindow

SEARCH_DELAY_MS = 120  # one search when the user pauses, not one per key of a word typed quickly
CONTEXT = "SearchPalette"
HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the `SearchHit`
HTML_ROLE = Qt.ItemDataRole.UserRole + 2  # what the delegate paints: the matched words in bold

# Where a contact matched, as the second line of a hit says it (nothing for the name and the organisation:
# the first line shows them, their matched words in bold).
_WHERE = {
    MatchedIn.ROLE: QT_TRANSLATE_NOOP(CONTEXT, "Role"),
    MatchedIn.COORDINATES: QT_TRANSLATE_NOOP(CONTEXT, "Email, phone or address"),
    MatchedIn.TAGS: QT_TRANSLATE_NOOP(CONTEXT, "Tags"),
    MatchedIn.NOTES: QT_TRANSLATE_NOOP(CONTEXT, "Notes"),
    MatchedIn.INTERACTIONS: QT_TRANSLATE_NOOP(CONTEXT, "Interactions"),
    MatchedIn.PAYMENTS: QT_TRANSLATE_NOOP(CONTEXT, "Payments"),
}

_Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _marked_html(snippet: str) -> str:
    return escape(snippet).replace(MATCH_START, "<b>").replace(MATCH_END, "</b>")


def _plain(snippet: str) -> str:
    return snippet.replace(MATCH_START, "").replace(MATCH_END, "")


class SearchHitsModel(QAbstractListModel):
    """The hits of one search, two lines each: who (name, organisation, archived), then the stage and where
    the words were found."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008  # Qt's own default
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == HIT_ROLE:
            return hit
        if role == HTML_ROLE:
            return self._html(hit)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return f"{self._who(hit)}\n{self._what(hit)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._who(hit)}, {self._what(hit)}"
        return None

    def _who(self, hit: SearchHit) -> str:
        who = f"{hit.display_name} — {hit.organisation}" if hit.organisation else hit.display_name
        return f"{who} {self.tr('(archived)')}" if hit.archived else who

    def _what(self, hit: SearchHit) -> str:
        where = _WHERE.get(hit.matched_in)
        stage = stage_label(hit.stage)
        return f"{stage} · {_t(where)}: {_plain(hit.snippet)}" if where else stage

    def _html(self, hit: SearchHit) -> str:
        name, organisation = escape(hit.display_name), escape(hit.organisation)
        if hit.matched_in is MatchedIn.NAME:
            name = _marked_html(hit.snippet)
        elif hit.matched_in is MatchedIn.ORGANISATION:
            organisation = _marked_html(hit.snippet)
        who = f"{name} — {organisation}" if hit.organisation else name
        if hit.archived:
            who += f" <i>{escape(self.tr('(archived)'))}</i>"
        where = _WHERE.get(hit.matched_in)
        what = escape(stage_label(hit.stage))
        if where:
            what += f" · {escape(_t(where))}: {_marked_html(hit.snippet)}"
        return f"{who}<br>{what}"


class HitDelegate(QStyledItemDelegate):
    """A hit as rich text (the matched words in bold) on the style's own item background and selection."""

    def _document(self, option: QStyleOptionViewItem, html: str) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)  # set by initStyleOption
        document.setDocumentMargin(2)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)  # a long line is cut at the edge, never wrapped
        document.setDefaultTextOption(text_option)
        document.setHtml(html)
        return document

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: _Index) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        html = str(index.data(HTML_ROLE) or "")
        widget = options.widget
        style = widget.style() if widget is not None else QApplication.style()
        options.text = ""  # the background and selection only: the text is ours
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, options, widget)
        document = self._document(options, html)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, options.palette.color(role))
        painter.save()
        painter.translate(area.topLeft())
        painter.setClipRect(area.translated(-area.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self._document(options, str(index.data(HTML_ROLE) or ""))
        return QSize(int(document.idealWidth()) + 8, int(document.size().height()) + 6)


class SearchPalette(QDialog):
    """A search field over the hits; Enter opens the current hit (see the module's docstring)."""

    open_requested = Signal(object)  # the `SearchHit` of a contact on the board, to show there
    restore_requested = Signal(object)  # an archived `SearchHit` the user chose to restore
    show_archived_requested = Signal(object)  # an archived `SearchHit` to show in the Archived tab

    def __init__(self, database: Database, parent: QWidget | None = None, *, limit: int = DEFAULT_LIMIT) -> None:
        super().__init__(parent)
        set_dialog_flags(self)
        self.setWindowTitle(self.tr("Search Everything"))
        self.database = database
        self.limit = limit
        self.restore_question: QMessageBox | None = None  # on screen while an archived contact is offered back

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Name, email, phone, address, tag, note, interaction, payment…"))
        self.search_edit.setAccessibleName(self.tr("Search every contact"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())

        self.model = SearchHitsModel(self)
        self.results = QListView(self)
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setAccessibleName(self.tr("Contacts found"))
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setUniformItemSizes(True)  # every hit is two lines: one size asked, not fifty per key press
        self.results.activated.connect(self._open_index)  # Enter, or a double-click (a click where that is the rule)
        self.results.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setDefault(True)  # Enter in the search field opens the current hit
        self.open_button.clicked.connect(self.open_current)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.setMinimumSize(460, 320)
        self.resize(640, 480)
        self.refresh()

    def refresh(self) -> None:
        """Search again for the text in the field (also after a change elsewhere)."""
        self._timer.stop()
        current = self.current_hit()
        text = self.search_edit.text()
        result = search_result(self.database, text, self.limit)
        self.model.set_hits(result.hits)
        rows = [number for number in range(self.model.rowCount())
                if current is not None and self.model.hit(number).contact_id == current.contact_id]
        if self.model.rowCount():
            self.results.setCurrentIndex(self.model.index(rows[0] if rows else 0, 0))
        self.status.setText(self._summary(text, len(result.hits), result.more))
        self._update_buttons()

    def _summary(self, text: str, found: int, more: bool) -> str:
        if not text.strip():
            return self.tr("Type any word a contact holds: a name, an email, a phone number, a word of a note, "
                           "of an interaction or of a payment. Archived contacts are searched too.")
        if found == 0:
            return self.tr("No contact holds every word typed.")
        if more:
            return self.tr("More than %1 contacts found: the newest are shown. Type more words to narrow the "
                           "search.").replace("%1", str(self.limit))
        summary = self.tr("%n contact(s) found", "", found)
        # No translation loaded (English is the source language): Qt leaves "(s)" in place.
        return summary.replace("contact(s)", "contact" if found == 1 else "contacts")

    def follow_change(self, _change: Change) -> None:
        """A write committed elsewhere (an erasure, an edit): the hits are read again."""
        if self.isVisible():
            self.refresh()

    def current_hit(self) -> SearchHit | None:
        index = self.results.currentIndex()
        return self.model.hit(index.row()) if index.isValid() else None

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def open_current(self) -> None:
        """Open the current hit: a contact on the board at once, an archived one after asking."""
        if self._timer.isActive():  # Enter typed before the pause: the hits must be those of the text shown
            self.refresh()
        hit = self.current_hit()
        if hit is None:
            return
        if hit.archived:
            self._ask_restore(hit)
            return
        self.accept()
        self.open_requested.emit(hit)

    def _open_index(self, index: QModelIndex) -> None:
        self.results.setCurrentIndex(index)
        self.open_current()

    def _ask_restore(self, hit: SearchHit) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Archived Contact"),
                          self.tr("“%1” is archived.").replace("%1", hit.display_name), parent=self)
        box.setInformativeText(self.tr("Restore puts the contact back on the board, in the stage it left: %1.")
                               .replace("%1", stage_label(hit.stage)))
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        show = box.addButton(self.tr("&Show in Archived"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(restore)

        def answered(button: object) -> None:
            self.restore_question = None
            if button is restore:
                self.accept()
                self.restore_requested.emit(hit)
            elif button is show:
                self.accept()
                self.show_archived_requested.emit(hit)

        box.buttonClicked.connect(answered)
        box.finished.connect(box.deleteLater)
        self.restore_question = box
        box.open()

    def _update_buttons(self) -> None:
        hit = self.current_hit()
        self.open_button.setEnabled(hit is not None)
        self.open_button.setText(self.tr("&Restore…") if hit is not None and hit.archived else self.tr("&Open"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up, Down, Page Up and Page Down in the field move through the hits, the typing stays in the field.
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            steps = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10, Qt.Key.Key_PageDown: 10}
            step = steps.get(Qt.Key(event.key()))
            if step is not None and self.model.rowCount():
                current = self.results.currentIndex().row()
                row = max(0, min(self.model.rowCount() - 1, (0 if current < 0 and step > 0 else current + step)))
                self.results.setCurrentIndex(self.model.index(row, 0))
                return True
        return super().eventFilter(watched, event)


# --- what the window does with a hit --------------------------------------------------------------------


def open_search(window: MainWindow) -> None:
    """Edit ▸ Search Everything… (Ctrl+K): the palette over the window (raised again if already open)."""
    existing = window.findChild(SearchPalette)
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        existing.focus_search()
        return
    palette = SearchPalette(window.database, window)
    palette.open_requested.connect(lambda hit: show_on_board(window, hit.contact_id))
    palette.restore_requested.connect(lambda hit: restore_and_show(window, hit))
    palette.show_archived_requested.connect(lambda hit: show_in_archived(window, hit.contact_id))
    window.changes.changed.connect(palette.follow_change)  # disconnected when the palette goes
    open_pending(window, palette)
    palette.focus_search()


def show_on_board(window: MainWindow, contact_id: int) -> bool:
    """The Board tab with this contact's card selected and the contact panel showing it; the board's filter
    is cleared if it hid the card. False (and a status bar message) if the contact is not on the board."""
    model = window.board_model
    card = model.card(contact_id)
    if card is None and not window.controller.fully_loaded:
        window.controller.load()  # the rest of the board is read right after the first paint: read it now
        card = model.card(contact_id)
    if card is None:
        window.show_message(_t("This contact is no longer on the board."))
        return False
    if not model.accepts(card):
        window.filter_bar.clear()
    window.tabs.setCurrentIndex(0)
    window.board.show_cards(card.stage, [contact_id])
    window.panel.setVisible(True)
    return True


def restore_and_show(window: MainWindow, hit: SearchHit) -> None:
    """Put an archived contact back on the board, in the stage it left, and show it there."""
    from carnet import services

    with window.changes.refusals(_t("Cannot restore")) as attempt:
        services.restore_contacts(window.database, [hit.contact_id])
    if attempt.refused:
        return
    window.changes.notify(Change.of([hit.contact_id], ChangeKind.ARCHIVE))
    window.show_message(_t("“%1” is back on the board.").replace("%1", hit.display_name))
    show_on_board(window, hit.contact_id)


def show_in_archived(window: MainWindow, contact_id: int) -> bool:
    """The Archived tab, unfiltered, with this contact's row selected (the panel follows it)."""
    from carnet.ui.archived_view import ArchivedView

    window.tabs.setCurrentIndex(window.archived_tab)
    view = window.tabs.page(window.archived_tab)
    if not isinstance(view, ArchivedView):
        return False
    view.search_edit.clear()
    view.refresh()
    for row in range(view.model.rowCount()):
        if view.model.row_at(row).contact_id == contact_id:
            view.table.selectRow(row)
            view.table.scrollTo(view.model.index(row, 0))
            window.panel.setVisible(True)
            return True
    window.show_message(_t("This contact is no longer archived."))
    return False
