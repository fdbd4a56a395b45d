"""Carnet says what is missing, and exits with 2, where Qt would abort: no display, or a library of Qt's xcb
platform plugin missing. Real processes: `python -m carnet --demo` with a display-less environment, and with
a library hidden by a damaged copy of it on LD_LIBRARY_PATH (which the dynamic loader reads first)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from carnet import display_check
from carnet.display_check import find_missing, language, message, read_packages

PACKAGES = read_packages()
INSTALL_LINE = "sudo apt-get install " + " ".join(PACKAGES)


def environment(tmp_path: Path, **variables: str) -> dict[str, str]:
    """A user's environment without any display or Qt platform, with a home of its own."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    kept = {name: os.environ[name] for name in ("PATH", "SYSTEMROOT") if name in os.environ}
    return {**kept, "HOME": str(home), "XDG_RUNTIME_DIR": str(tmp_path), "LANG": "C.UTF-8", **variables}


def start_carnet(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "carnet", "--demo"], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def hidden_library(tmp_path: Path, soname: str = "libxcb-icccm.so.4") -> str:
    """A folder holding an empty (so unloadable) file named like the library: the loader meets it first."""
    folder = tmp_path / "stub"
    folder.mkdir()
    (folder / soname).write_bytes(b"")
    return str(folder)


def test_the_list_holds_the_xcb_plugins_libraries():
    assert PACKAGES["libxcb-icccm4"] == ["libxcb-icccm.so.4"]
    assert {"libxcb-cursor0", "libxcb-keysyms1", "libxkbcommon-x11-0", "libgl1"} <= PACKAGES.keys()


def test_without_a_display_carnet_says_so_and_exits_with_2(tmp_path):
    done = start_carnet(environment(tmp_path))
    assert done.returncode == display_check.EXIT_CODE == 2
    assert "there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)" in done.stderr
    assert "ssh -X" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_without_a_display_it_speaks_french_to_a_french_user(tmp_path):
    done = start_carnet(environment(tmp_path, LANG="fr_FR.UTF-8"))
    assert done.returncode == 2
    assert "il n'y a pas d'écran (ni DISPLAY ni WAYLAND_DISPLAY n'est défini)" in done.stderr


def test_a_hidden_xcb_library_is_named_with_its_package_and_the_install_line(tmp_path):
    env = environment(tmp_path, DISPLAY=":77", LD_LIBRARY_PATH=hidden_library(tmp_path))
    done = start_carnet(env)
    assert done.returncode == 2, done.stderr
    assert "Qt's X11 (xcb) platform plugin cannot be loaded" in done.stderr
    assert "  libxcb-icccm.so.4 (package libxcb-icccm4)\n" in done.stderr
    # Only the hidden one is said to be missing: libxcb-cursor0, which Qt would blame, is there.
    assert "libxcb-cursor.so.0 (package" not in done.stderr
    assert done.stderr.rstrip().endswith(INSTALL_LINE)
    assert "Traceback" not in done.stderr


def test_a_hidden_library_is_named_in_french_when_the_platform_is_chosen(tmp_path):
    env = environment(
        tmp_path, DISPLAY=":77", QT_QPA_PLATFORM="xcb", LANGUAGE="fr:en", LANG="en_GB.UTF-8",
        LD_LIBRARY_PATH=hidden_library(tmp_path, "libxkbcommon-x11.so.0"),
    )
    done = start_carnet(env)
    assert done.returncode == 2, done.stderr
    assert "le module d'affichage X11 (xcb) de Qt ne peut pas être chargé" in done.stderr
    assert "  libxkbcommon-x11.so.0 (paquet libxkbcommon-x11-0)\n" in done.stderr
    assert f"Debian, Ubuntu) avec :\n  {INSTALL_LINE}" in done.stderr


def run_check(env: dict[str, str], environ: dict[str, str]) -> str:
    """find_missing(environ) in a process of its own (the loader reads LD_LIBRARY_PATH when it starts)."""
    code = f"from carnet.display_check import find_missing; print(find_missing({environ!r}))"
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_with_everything_installed_nothing_is_missing(tmp_path):
    assert run_check(environment(tmp_path), {"DISPLAY": ":0"}) == "None"
    assert run_check(environment(tmp_path), {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}) == "None"


def test_a_wayland_session_does_not_need_the_xcb_libraries(tmp_path):
    env = environment(tmp_path, LD_LIBRARY_PATH=hidden_library(tmp_path))
    assert run_check(env, {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}) == "None"
    assert "libxcb-icccm4" in run_check(env, {"DISPLAY": ":0"})


@pytest.mark.parametrize("platform", ["offscreen", "minimal", "eglfs", "vnc:size=800x600"])
def test_a_platform_the_user_chose_is_left_to_qt(platform):
    assert find_missing({"QT_QPA_PLATFORM": platform}) is None


def test_xcb_chosen_without_an_x_display_is_no_display():
    missing = find_missing({"QT_QPA_PLATFORM": "xcb"})
    assert missing is not None and missing.platform == ""
    assert "there is no display" in message(missing)


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "fr_CA.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "fr_BE.UTF-8"}, "fr"),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "fr:en"}, "fr"),
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "de:fr"}, "fr"),  # the first language Carnet speaks
        ({"LC_ALL": "C", "LANGUAGE": "fr"}, "en"),  # gettext ignores LANGUAGE under the C locale
        ({"LANG": "fr_FR@euro"}, "fr"),
        ({"LANG": "es_ES.UTF-8"}, "en"),
    ],
)
def test_the_language_is_chosen_as_gettext_does(variables, expected):
    assert language(variables) == expected


def test_the_module_does_not_import_qt():
    code = "import sys, carnet.display_check; print(any(name.startswith('PySide6') for name in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "False"
