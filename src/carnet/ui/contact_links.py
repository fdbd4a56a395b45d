"""What a click on a contact's email, phone, website or address does (issue 16 item 4).

Carnet opens no connection itself: an email, a phone number or a website is handed to the desktop as a
``mailto:``, ``tel:`` or ``https:`` URL, only when the user asks for it (the mail client, the softphone or
the browser then does its own work); an address is copied. Each value's right-click menu offers these and
Copy.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QLabel, QMenu

# Which URL each kind of value becomes; the address has none (it is copied).
_SCHEMES = {"email": "mailto:", "phone": "tel:"}


def url_for(kind: str, value: str) -> QUrl | None:
    """The URL handed to the desktop for ``value``, None if it has none (an address, an empty value)."""
    text = value.strip()
    if not text:
        return None
    if kind in _SCHEMES:
        cleaned = "".join(ch for ch in text if ch.isdigit() or ch == "+") if kind == "phone" else text
        return QUrl(_SCHEMES[kind] + quote(cleaned, safe="@+.-_"))
    if kind == "website":
        return QUrl(text if "://" in text else f"https://{text}")
    return None


def _t(text: str) -> str:
    return QCoreApplication.translate("ContactLinks", text)


def open_label(kind: str) -> str:
    return {"email": _t("Write an Email"), "phone": _t("Call"), "website": _t("Open in the Browser")}.get(kind, "")


class LinkMenus:
    """Right-click menus on a panel's value labels; ``open_url`` is QDesktopServices.openUrl unless a test
    gives its own (nothing is launched in the tests)."""

    def __init__(self, open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl) -> None:
        self.open_url = open_url
        self.menu: QMenu | None = None  # the last one shown (tests reach it)

    def attach(self, label: QLabel, kind: str) -> None:
        label.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        label.customContextMenuRequested.connect(lambda point: self._menu(label, kind, point))

    def _menu(self, label: QLabel, kind: str, point: QPoint) -> None:
        value = label.text()
        if not value.strip():
            return
        menu = QMenu(label)
        url = url_for(kind, value)
        if url is not None:
            menu.addAction(open_label(kind)).triggered.connect(lambda: self.open_url(url))
        menu.addAction(_t("Copy")).triggered.connect(lambda: copy_text(value))
        self.menu = menu
        menu.popup(label.mapToGlobal(point))


def copy_text(value: str) -> None:
    QGuiApplication.clipboard().setText(value)

