"""The modules imported ahead of time (issue 19) are imported on one thread, one batch after another: two
threads importing SQLAlchemy at once were handed a partly initialised module."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from carnet.ui import preload


@pytest.fixture
def modules(tmp_path: Path) -> Iterator[Path]:
    """Two modules that note, as they are imported, where and in what order."""
    (tmp_path / "preload_log.py").write_text("events = []\n")
    for name in ("preload_first", "preload_second"):
        (tmp_path / f"{name}.py").write_text(
            "import threading, preload_log\n"
            f"preload_log.events.append(('{name} begins', threading.current_thread().name))\n"
            f"preload_log.events.append(('{name} ends', threading.current_thread().name))\n")
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))
    for name in ("preload_log", "preload_first", "preload_second"):
        sys.modules.pop(name, None)


def test_batches_are_imported_in_turn_on_one_thread_of_their_own(modules: Path) -> None:
    first = preload.import_soon(["preload_first"])
    second = preload.import_soon(["preload_second"])
    second.result(30)
    assert first.done() and not preload.importing()
    import preload_log  # type: ignore[import-not-found]

    assert [event for event, _thread in preload_log.events] == [
        "preload_first begins", "preload_first ends", "preload_second begins", "preload_second ends"]
    threads = {thread for _event, thread in preload_log.events}
    assert len(threads) == 1 and threads != {threading.current_thread().name}
    assert next(iter(threads)).startswith("carnet-preload")


def test_a_module_that_cannot_be_imported_is_said_by_its_future(modules: Path) -> None:
    failed = preload.import_soon(["preload_missing_module"])
    with pytest.raises(ModuleNotFoundError):
        failed.result(30)
    assert preload.import_soon(["preload_first"]).result(30) is None  # the thread goes on with the next batch
