"""Every test runs headless, with Carnet's folders and database in a fresh temporary directory."""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from carnet import paths
from carnet.storage import Database


@pytest.fixture(autouse=True)
def carnet_home(tmp_path: Path) -> Iterator[Path]:
    """Keep settings, logs and the default database out of the real user's folders."""
    home = tmp_path / "home"
    paths.override_base_dir(home)
    yield home
    paths.override_base_dir(None)


@pytest.fixture(autouse=True)
def nothing_frozen() -> Iterator[None]:
    """The reader thread keeps what it read out of the cycle collector's walks (`carnet.collector`); a test
    then starts with nothing frozen by an earlier one, whose cycles of garbage the collector must still free."""
    yield
    gc.unfreeze()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "carnet.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A fresh, migrated, empty database, closed after the test."""
    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture
def english_us() -> Iterator[None]:
    """Amounts and dates as an English (US) user reads them, whatever the machine's locale; a test module that
    reads them says ``pytestmark = pytest.mark.usefixtures("english_us")``."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)
