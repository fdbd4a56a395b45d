"""src/carnet/system_packages.txt is the one list of the system packages Carnet's Qt needs: every library the
installed PySide6's platform plugins and Carnet's Qt modules link is in it, and the README's line, the guides'
lines, .ci/run and the .deb's Depends are that list."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from carnet.display_check import PACKAGES_FILE, read_packages

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SYSTEM_PACKAGES = load_script("system_packages")
LISTED = read_packages()


def test_the_file_the_app_reads_is_the_one_the_script_writes():
    assert PACKAGES_FILE == SYSTEM_PACKAGES.LIST
    assert SYSTEM_PACKAGES.read() == LISTED
    assert SYSTEM_PACKAGES.render(LISTED) == PACKAGES_FILE.read_text(encoding="utf-8"), "run --write"


def test_every_library_the_installed_qt_links_is_listed():
    """Without dpkg: the sonames the plugins and modules link, read from the ELF files, against the file's."""
    linked = SYSTEM_PACKAGES.system_sonames(SYSTEM_PACKAGES.pyside_folder(), SYSTEM_PACKAGES.qt_modules_used())
    listed = {soname for sonames in LISTED.values() for soname in sonames}
    missing = {soname: sorted(users)[0] for soname, users in linked.items() if soname not in listed}
    assert not missing, f"add them (packaging/system_packages.py --write): {missing}"
    assert listed <= linked.keys(), f"no longer linked: {sorted(listed - linked.keys())}"
    # The libraries of the issue: the xcb plugin's, which the README's first line lacked.
    for soname in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-image.so.0", "libxcb-render-util.so.0",
                   "libxkbcommon-x11.so.0", "libxcb-shape.so.0", "libxcb-randr.so.0", "libwayland-client.so.0"):
        assert soname in listed, soname


def test_the_scan_covers_the_platform_plugins_and_carnets_modules():
    pyside = SYSTEM_PACKAGES.pyside_folder()
    names = {path.name for path in SYSTEM_PACKAGES.plugins(pyside)}
    assert {"libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libqsvgicon.so", "libqsvg.so"} <= names
    assert not {"libqgtk3.so", "libqpdf.so", "libqvnc.so"} & names
    assert {"QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtPrintSupport"} <= SYSTEM_PACKAGES.qt_modules_used()


def apt_lines(text: str) -> list[list[str]]:
    """The package names of every `apt-get install …` that installs Qt's libraries (libxcb1 among them)."""
    found = []
    for match in re.finditer(r"apt-get install ((?:[\w.+-]+ ?)+)", text):
        words = match.group(1).split()
        if "libxcb1" in words:
            found.append(words)
    return found


def test_the_readme_installs_exactly_the_list():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"`sudo apt-get install python3-venv {' '.join(LISTED)}`" in readme
    assert apt_lines(readme) == [["python3-venv", *LISTED]]


def test_the_guides_lines_are_the_list_too():
    for name in ("guide.md", "guide.fr.md"):
        for words in apt_lines((ROOT / "docs" / name).read_text(encoding="utf-8")):
            assert [word for word in words if word != "python3-venv"] == list(LISTED), name


def test_ci_installs_the_list_and_checks_it_against_dpkg():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "src/carnet/system_packages.txt" in ci
    assert "packaging/system_packages.py --check" in ci


def test_the_debs_depends_are_the_packages_of_what_the_bundle_links():
    build = load_script("build_linux")
    needs = {"libxcb-icccm.so.4": {"x"}, "libGL.so.1": {"y"}, "libm.so.6": {"z"}, "libz.so.1": {"w"}}
    assert build.depends(needs) == ["libgl1", "libxcb-icccm4", "zlib1g"]
    with pytest.raises(SystemExit, match=r"libfoo\.so\.1 \(for _internal/libbar\.so\)"):
        build.depends({"libfoo.so.1": {"_internal/libbar.so"}})


def test_the_script_prints_the_list_from_dpkg():
    done = subprocess.run(
        [sys.executable, str(PACKAGING / "system_packages.py")], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert SYSTEM_PACKAGES.parse(done.stdout) == LISTED
