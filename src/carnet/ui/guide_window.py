"""Help ▸ User Guide: the guide shipped with Carnet, in the interface's language, read offline.

The guide is the project's own Markdown (docs/guide.md, docs/guide.fr.md, with their pictures), which
QTextBrowser shows as it is. `carnet.resources.guide_dir` finds it in the source tree, the wheel and the
packaged app. A link to a section stays in the window; a web link is handed to the desktop's browser on
the user's click (no connection is made by Carnet itself).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from carnet.resources import guide_path

WEB_SCHEMES = ("http", "https", "mailto")


def _t(text: str) -> str:
    return QCoreApplication.translate("GuideWindow", text)


class GuideWindow(QDialog):
    """A window of its own (not modal): the user reads the guide beside the board."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Carnet User Guide"))
        # A window of its own, which may be maximised to read: not a dialog's buttons.
        self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.WindowTitleHint
                            | Qt.WindowType.WindowMaximizeButtonHint | Qt.WindowType.WindowCloseButtonHint)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # sections here, the web in the browser: see _follow
        self.browser.anchorClicked.connect(self._follow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.path = guide_path(language)
        if self.path is not None:
            self.browser.setSearchPaths([str(self.path.parent)])
            self.browser.setSource(QUrl.fromLocalFile(str(self.path)), QTextDocument.ResourceType.MarkdownResource)
        self.resize(880, 700)

    def scroll_to_heading(self, fragment: str) -> bool:
        return _scroll_to(self.browser, fragment)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in WEB_SCHEMES:
            QDesktopServices.openUrl(url)
        elif url.hasFragment() and (not url.path() or url.path() == self.browser.source().path()):
            self.scroll_to_heading(url.fragment())
        else:
            self.browser.setSource(url)


def heading_slug(text: str) -> str:
    """The anchor a Markdown renderer such as GitHub's gives a heading: lower case, punctuation dropped,
    spaces as hyphens ("9. Importing and exporting" -> "9-importing-and-exporting")."""
    kept = "".join(ch for ch in text.strip().lower() if ch.isalnum() or ch in " -_")
    return kept.replace(" ", "-")


def _scroll_to(browser: QTextBrowser, fragment: str) -> bool:
    # QTextDocument's Markdown reader names no anchors: the table of contents' links find their heading.
    block = browser.document().begin()
    while block.isValid():
        if block.blockFormat().headingLevel() and heading_slug(block.text()) == fragment:
            cursor = QTextCursor(block)
            browser.setTextCursor(cursor)
            bar = browser.verticalScrollBar()
            bar.setValue(int(browser.document().documentLayout().blockBoundingRect(block).top()))
            return True
        block = block.next()
    return False


def show_guide(parent: QWidget) -> GuideWindow | None:
    language = "fr" if QLocale().language() == QLocale.Language.French else "en"
    if guide_path(language) is None:
        QMessageBox.warning(parent, _t("Carnet User Guide"),
                            _t("The user guide is missing from this installation of Carnet."))
        return None
    window = GuideWindow(language, parent)
    window.show()
    return window
