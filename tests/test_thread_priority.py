"""Background threads give way to the window's thread (issue 19): they lower their own scheduling priority, the
window's thread keeps its own."""

from __future__ import annotations

import os
import threading

from carnet.thread_priority import BACKGROUND_NICENESS, give_way_to_the_window


def test_a_background_thread_lowers_its_own_priority_and_only_its_own() -> None:
    main_before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    seen: dict[str, int] = {}

    def background() -> None:
        give_way_to_the_window()
        seen["background"] = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    thread = threading.Thread(target=background)
    thread.start()
    thread.join(5)
    assert seen["background"] >= BACKGROUND_NICENESS
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == main_before


def test_the_window_thread_never_lowers_itself() -> None:
    before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    give_way_to_the_window()
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == before
