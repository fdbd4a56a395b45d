"""Background threads give way to the window's thread (issue 19): they lower their own scheduling priority, the
window's thread keeps its own."""

from __future__ import annotations

import os
import sys
import threading

from carnet.thread_priority import BACKGROUND_NICENESS, SWITCH_INTERVAL_S, give_way_to_the_window


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


def test_the_window_process_hands_the_gil_over_sooner(qtbot: object) -> None:
    from carnet.ui.launch import create_application

    before = sys.getswitchinterval()
    sys.setswitchinterval(0.005)  # Python's own (an earlier test of this process may have made the window)
    try:
        create_application()
        assert sys.getswitchinterval() == SWITCH_INTERVAL_S < 0.005
    finally:
        sys.setswitchinterval(before)
