"""The Debian packages of the system libraries Carnet's Qt links, computed from the installed PySide6.

    python packaging/system_packages.py            # print the list as it would be written
    python packaging/system_packages.py --write    # write src/carnet/system_packages.txt
    python packaging/system_packages.py --check    # fail when that file differs from what this system says (CI)

What is scanned: the Python bindings of the Qt modules Carnet imports (found in its source), the platform
plugins it may run on (xcb, Wayland with their GL, shell and decoration plugins, offscreen) and the other
plugins the bundle keeps (image formats, icon engines, input methods, platform themes but GTK's), then every
Qt library they link, recursively. Every library they link that PySide6 does not ship is a system library;
its package is what `dpkg -S` says of the file the dynamic loader would open (`ldconfig -p`).

The file is the one list of these packages: the README's and the guides' `apt-get install` line, .ci/run's
installs, the .deb's Depends (packaging/build_linux.py) and the message Carnet prints when a library is
missing (carnet.display_check) all come from it; tests/test_packaging_system_packages.py fails when a
library the installed PySide6 links is missing from it.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "carnet"
LIST = SOURCE / "system_packages.txt"

# The C library's own sonames: every Debian system has libc6 (the .deb asks for its version, build_linux.py).
LIBC = re.compile(r"^(libc|libm|libdl|libpthread|librt|libutil|libresolv|ld-linux[-\w]*)\.so(\.\d+)*$")
# Plugin folders (under PySide6/Qt/plugins) whose plugins Carnet may load, with the ones it never does.
PLUGIN_FOLDERS = (
    "platforms", "xcbglintegrations", "wayland-shell-integration", "wayland-decoration-client",
    "wayland-graphics-integration-client", "platforminputcontexts", "platformthemes", "imageformats",
    "iconengines", "generic",
)
PLATFORMS = ("libqxcb.so", "libqwayland.so", "libqoffscreen.so")
# Loaded only when their libraries are there (GTK's theme, CUPS): recommends, not needs. The virtual
# keyboard, the PDF image format and the touch protocol are not bundled (packaging/carnet.spec).
SKIPPED_PLUGINS = re.compile(r"libqgtk3|libcupsprintersupport|virtualkeyboard|libqpdf|qtuiotouch")
HEADER = """\
# The Debian and Ubuntu packages of the system libraries Carnet's Qt links, one a line, each with those
# libraries (sonames). Made by `python packaging/system_packages.py --write` from the installed PySide6
# (its xcb and Wayland platform plugins and the Qt modules Carnet uses); do not edit by hand.
# Read by carnet.display_check, packaging/build_linux.py (the .deb's Depends) and .ci/run; the README's
# apt-get line is this list (tests/test_packaging_system_packages.py checks all of them).
"""


def pyside_folder() -> Path:
    """The installed PySide6's folder, found without importing it."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.origin:
        raise SystemExit("system_packages: PySide6 is not installed")
    return Path(spec.origin).parent


def qt_modules_used(source: Path = SOURCE) -> set[str]:
    """QtCore, QtWidgets…: the PySide6 modules Carnet's source imports."""
    found: set[str] = set()
    for path in source.rglob("*.py"):
        found |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    return found


def plugins(pyside: Path) -> list[Path]:
    base = pyside / "Qt" / "plugins"
    chosen = []
    for folder in PLUGIN_FOLDERS:
        for path in sorted((base / folder).glob("*.so")):
            if folder == "platforms" and path.name not in PLATFORMS:
                continue
            if not SKIPPED_PLUGINS.search(path.name):
                chosen.append(path)
    return chosen


def needed(path: Path) -> list[str]:
    """The sonames an ELF file links (its DT_NEEDED entries), read with objdump."""
    dump = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=True).stdout
    return re.findall(r"^\s+NEEDED\s+(\S+)$", dump, re.MULTILINE)


def shipped_libraries(pyside: Path) -> dict[str, Path]:
    """soname → file of every library the PySide6 wheels ship (Qt's, ICU, pyside6, shiboken6)."""
    folders = [pyside / "Qt" / "lib", pyside, pyside.parent / "shiboken6"]
    return {path.name: path for folder in folders if folder.is_dir() for path in folder.glob("*.so*")}


def system_sonames(pyside: Path, modules: Iterable[str]) -> dict[str, set[str]]:
    """soname → the PySide6 files that link it, for every system library (not shipped, not libc)."""
    shipped = shipped_libraries(pyside)
    pending = [pyside / f"{name}.abi3.so" for name in sorted(modules)] + plugins(pyside)
    seen: set[Path] = set()
    found: dict[str, set[str]] = {}
    while pending:
        path = pending.pop()
        if path in seen or not path.exists():
            continue
        seen.add(path)
        for soname in needed(path):
            if soname in shipped:
                pending.append(shipped[soname])
            elif not LIBC.match(soname):
                found.setdefault(soname, set()).add(path.relative_to(pyside.parent).as_posix())
    return found


@cache
def library_cache() -> str:
    return subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True).stdout


def package_of(soname: str) -> str | None:
    """The installed Debian package holding the library the loader would open, or None."""
    found = re.findall(rf"^\s+{re.escape(soname)} \(([^)]*)\) => (\S+)$", library_cache(), re.MULTILINE)
    # On a multiarch system, the library of this machine's architecture (ldconfig flags "x86-64"…).
    native = [path for flags, path in found if "x86-64" in flags or os.uname().machine != "x86_64"]
    for path in native[:1]:
        for candidate in (Path(path), Path(path).resolve(), Path(str(Path(path).resolve()).removeprefix("/usr"))):
            answer = subprocess.run(["dpkg", "-S", str(candidate)], capture_output=True, text=True)
            if answer.returncode == 0:
                return answer.stdout.split(":", 1)[0]
    return None


def compute(pyside: Path | None = None) -> dict[str, list[str]]:
    """package → its sonames, from this system's dpkg; fails naming any library no package holds."""
    sonames = system_sonames(pyside or pyside_folder(), qt_modules_used())
    packages: dict[str, list[str]] = {}
    unknown = []
    for soname in sorted(sonames):
        package = package_of(soname)
        if package is None:
            unknown.append(f"{soname} (for {sorted(sonames[soname])[0]})")
        else:
            packages.setdefault(package, []).append(soname)
    if unknown:
        raise SystemExit("system_packages: not installed here, install them first: " + ", ".join(unknown))
    return dict(sorted(packages.items()))


def render(packages: dict[str, list[str]]) -> str:
    width = max(len(name) for name in packages) + 2
    lines = [f"{name.ljust(width)}{' '.join(sonames)}" for name, sonames in packages.items()]
    return HEADER + "\n".join(lines) + "\n"


def read(path: Path = LIST) -> dict[str, list[str]]:
    """package → sonames, as the file lists them."""
    return parse(path.read_text(encoding="utf-8"))


def parse(text: str) -> dict[str, list[str]]:
    from carnet.display_check import parse_packages  # the one reader of the list, the app's

    return parse_packages(text)


def differences(listed: dict[str, list[str]], computed: dict[str, list[str]]) -> Iterator[str]:
    for name in sorted(computed.keys() - listed.keys()):
        yield f"missing {name} ({' '.join(computed[name])})"
    for name in sorted(listed.keys() - computed.keys()):
        yield f"no longer needed: {name}"
    for name in sorted(listed.keys() & computed.keys()):
        if sorted(listed[name]) != sorted(computed[name]):
            yield f"{name} holds {' '.join(computed[name])}, the list says {' '.join(listed[name])}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--write", action="store_true", help=f"write {LIST.relative_to(ROOT)}")
    action.add_argument("--check", action="store_true", help="fail if the file differs from this system's answer")
    args = parser.parse_args(argv)
    computed = compute()
    if args.write:
        LIST.write_text(render(computed), encoding="utf-8")
        print(f"system_packages: wrote {LIST.relative_to(ROOT)} ({len(computed)} packages)")
    elif args.check:
        found = list(differences(read(), computed))
        if found:
            print(f"system_packages: {LIST.relative_to(ROOT)} is out of date (run --write):", *found, sep="\n  ")
            return 1
        print(f"system_packages: {LIST.relative_to(ROOT)} is what this PySide6 links ({len(computed)} packages)")
    else:
        print(render(computed), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
