"""Carnet opens no network connection, ever (SPEC §4): the main flows run with sockets refused."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from carnet.domain import Stage
from carnet.io.csv_export import write_contacts_csv
from carnet.io.vcard_export import write_contacts_vcard
from carnet.services.demo_data import generate_demo_data
from carnet.storage import Database
from carnet.storage.backup import backup_database, default_backup_path
from carnet.ui.main_window import MainWindow


class NoNetwork(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way Python code opens a connection or resolves a name fails loudly, and is recorded."""
    attempts: list[str] = []

    def refuse(name: str):
        def refused(*args: object, **kwargs: object) -> None:
            attempts.append(name)
            raise NoNetwork(f"Carnet tried to use the network: {name}{args!r}")

        return refused

    class RefusedSocket(socket.socket):
        def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
            if family in (socket.AF_INET, socket.AF_INET6, -1):
                refuse("socket")(family)
            super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "socket", RefusedSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def test_the_main_flows_open_no_connection(qtbot: QtBot, tmp_path: Path, no_network: list[str]) -> None:
    path = tmp_path / "carnet.sqlite3"
    with Database.open(path) as database:
        generate_demo_data(database, 60, seed=5)
    with Database.open(path) as database:  # reopening also makes the day's backup
        window = MainWindow(database)
        qtbot.addWidget(window)
        window.show()
        window.controller.load()
        visitors = window.board.columns[Stage.VISITOR].proxy
        data = visitors.mimeData([visitors.index(0, 0)])
        assert window.board.columns[Stage.LEAD].proxy.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
        qtbot.keyClicks(window.filter_bar.search, "ma")
        window.undo_action.trigger()
        window.tabs.setCurrentIndex(window.gifts_tab)
        window.tabs.setCurrentIndex(window.todo_tab)
        write_contacts_csv(database, tmp_path / "out.csv")
        write_contacts_vcard(database, tmp_path / "out.vcf")
        backup_database(path, default_backup_path(path, label="manual"))
        window.close()
    assert no_network == []


def test_the_guard_catches_a_connection(no_network: list[str]) -> None:
    with pytest.raises(NoNetwork):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(NoNetwork):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    assert no_network == ["create_connection", "socket"]
