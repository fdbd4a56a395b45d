"""Build Carnet for Linux: the PyInstaller bundle, checked and smoke-tested, then a tarball and a .deb.

    python packaging/build_linux.py            # everything, into dist/ (about a minute)
    python packaging/build_linux.py --reuse    # package the bundle already in dist/carnet
    python packaging/build_linux.py --check-deb     # and smoke-test the .deb's files (CI)
    python packaging/build_linux.py --install-deb   # and install it, smoke-test /usr/bin/carnet, remove it

Writes ``dist/carnet/`` (the one-folder bundle), ``dist/carnet-VERSION-linux-MACHINE.tar.gz`` and
``dist/carnet_VERSION_ARCH.deb``. Needs binutils (objdump, strip), dpkg-deb, and, when installed, checks the
desktop entry and the AppStream metadata with ``desktop-file-validate`` and ``appstreamcli``.

The .deb installs the bundle under /opt/carnet, ``/usr/bin/carnet`` (a link to it), the desktop entry, the
AppStream metadata, the hicolor icons, and depends on the desktop libraries the bundle leaves to the system
(the spec's SYSTEM_LIBRARIES): the build fails if the bundle needs one whose package is not in DEPENDS.
"""

from __future__ import annotations

import argparse
import fcntl
import gzip
import os
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from email.utils import format_datetime
from functools import cache
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
RESOURCES = ROOT / "resources"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
APP_ID = "io.github.carnet.Carnet"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
DESKTOP = RESOURCES / "carnet.desktop"
MAINTAINER = "Carnet developers <carnet@localhost>"

# The Debian packages of the libraries the bundle needs from the system (X11/xcb and Wayland, OpenGL/EGL,
# fonts, GLib, D-Bus, keyboard); `check_depends` keeps this list honest. libc6 gets its version from the bundle.
DEPENDS = (
    "libgcc-s1",
    "libstdc++6",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libfreetype6",
    "libglib2.0-0",
    "libdbus-1-3",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-glx0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
    "libzstd1",
    # QtNetwork's library (kept for the single-instance local socket) links these two.
    "libbrotli1",
    "libgssapi-krb5-2",
)
# Printing goes through CUPS when it is there; without it, Carnet still prints to PDF.
RECOMMENDS = ("libcups2",)
# Plugins Qt loads only when their libraries are there: their needs are not dependencies.
OPTIONAL_PLUGINS = ("platformthemes/libqgtk3.so", "printsupport/libcupsprintersupport.so")
# What the frozen app cannot run without, relative to the bundle's _internal folder.
REQUIRED_FILES = (
    "carnet/migrations/env.py",
    "carnet/icons/carnet.svg",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
)
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def log(message: str) -> None:
    print(f"build_linux: {message}", flush=True)


def run(command: Sequence[str | Path], **options: object) -> subprocess.CompletedProcess[str]:
    """Run a command, failing the build if it fails."""
    return subprocess.run([str(part) for part in command], check=True, text=True, **options)  # type: ignore[call-overload]


def version() -> str:
    text = (ROOT / "src" / "carnet" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    if not found:
        raise SystemExit("build_linux: no __version__ in src/carnet/__init__.py")
    return found.group(1)


def architecture() -> str:
    """Debian's name of this machine's architecture (amd64, arm64…)."""
    if shutil.which("dpkg"):
        return run(["dpkg", "--print-architecture"], capture_output=True).stdout.strip()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(os.uname().machine, os.uname().machine)


# --- the bundle -------------------------------------------------------------------------------------


def build_bundle() -> Path:
    """Icons, then PyInstaller; returns dist/carnet."""
    run([sys.executable, PACKAGING / "render_icons.py", BUILD / "icons"])
    run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", DIST, "--workpath", BUILD / "pyinstaller", PACKAGING / "carnet.spec",
        ],
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    return DIST / "carnet"


def elf_files(bundle: Path) -> Iterator[Path]:
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as file:
                if file.read(4) == b"\x7fELF":
                    yield path


def needed_libraries(path: Path) -> list[str]:
    """The sonames an ELF file links against (its DT_NEEDED entries)."""
    dump = run(["objdump", "-p", path], capture_output=True).stdout
    return re.findall(r"^\s+NEEDED\s+(\S+)$", dump, re.MULTILINE)


def system_libraries(bundle: Path) -> dict[str, set[str]]:
    """The sonames the bundle needs and does not hold, each with the bundled files that need it."""
    held = {path.name for path in bundle.rglob("*")}
    needs: dict[str, set[str]] = {}
    for path in elf_files(bundle):
        relative = path.relative_to(bundle).as_posix()
        if relative.endswith(OPTIONAL_PLUGINS):
            continue
        for soname in needed_libraries(path):
            if soname not in held and not soname.startswith("ld-linux"):
                needs.setdefault(soname, set()).add(relative)
    return needs


@cache
def library_cache() -> str:
    return run(["/sbin/ldconfig", "-p"], capture_output=True).stdout


def package_of(soname: str) -> str | None:
    """The installed Debian package holding a library, or None when it is not installed here."""
    found = re.findall(rf"^\s+{re.escape(soname)} \(([^)]*)\) => (\S+)$", library_cache(), re.MULTILINE)
    # On a multiarch system, the library of this machine's architecture (ldconfig flags "x86-64", "AArch64"…).
    native = [path for flags, path in found if "x86-64" in flags or os.uname().machine != "x86_64"]
    if not native:
        return None
    path = Path(native[0])
    candidates = [path, path.resolve(), Path(str(path.resolve()).removeprefix("/usr"))]
    for candidate in candidates:
        answer = subprocess.run(["dpkg", "-S", str(candidate)], capture_output=True, text=True)
        if answer.returncode == 0:
            return answer.stdout.split(":", 1)[0]
    return None


def glibc_version(bundle: Path) -> str:
    """The newest GLIBC_x.y symbol version any bundled file asks for: the .deb's libc6 (>= x.y)."""
    newest = (2, 17)
    for path in elf_files(bundle):
        dump = run(["objdump", "-T", path], capture_output=True).stdout
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", dump):
            newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}"


def check_bundle(bundle: Path) -> dict[str, set[str]]:
    """Required files present, no dangling link, every needed system library in DEPENDS (when installed here)."""
    internal = bundle / "_internal"
    missing = [name for name in REQUIRED_FILES if not (internal / name).exists()]
    versions = sorted((internal / "carnet" / "migrations" / "versions").glob("*.py"))
    if not any(path.name != "__init__.py" for path in versions):
        missing.append("carnet/migrations/versions/*.py")
    if missing:
        raise SystemExit(f"build_linux: the bundle lacks {', '.join(missing)}")
    dangling = [str(path.relative_to(bundle)) for path in bundle.rglob("*") if path.is_symlink() and not path.exists()]
    if dangling:
        raise SystemExit(f"build_linux: dangling links in the bundle: {', '.join(dangling)}")

    needs = system_libraries(bundle)
    essential = {"libc6", "libc6-amd64", "zlib1g"}
    undeclared, unknown = [], []
    for soname, users in sorted(needs.items()):
        package = package_of(soname)
        if package is None:
            unknown.append(soname)
        elif package not in DEPENDS and package not in essential:
            undeclared.append(f"{soname} ({package}, for {sorted(users)[0]})")
    if undeclared:
        raise SystemExit("build_linux: the bundle needs libraries missing from DEPENDS: " + "; ".join(undeclared))
    if unknown:
        log(f"not installed here, cannot check their package: {', '.join(unknown)}")
    return needs


def smoke_test(executable: Path) -> None:
    run([sys.executable, PACKAGING / "smoke_test.py", executable])


# --- the desktop files, the documents ----------------------------------------------------------------


def releases() -> list[tuple[str, str, str]]:
    """(version, date, text) of each <release> in the AppStream metadata, newest first."""
    found = []
    for release in ET.parse(METAINFO).getroot().iter("release"):
        paragraphs = [" ".join("".join(p.itertext()).split()) for p in release.iter("p")]
        items = [" ".join("".join(li.itertext()).split()) for li in release.iter("li")]
        found.append((release.get("version", ""), release.get("date", ""), " ".join(paragraphs + items)))
    return found


def debian_changelog() -> str:
    """A Debian changelog made from the AppStream releases (one entry per release)."""
    entries = []
    for number, date, text in releases():
        when = datetime.strptime(date, "%Y-%m-%d").replace(hour=12, tzinfo=UTC)
        lines = wrap(text or f"Carnet {number}.", 76)
        body = "\n".join(("  * " if index == 0 else "    ") + line for index, line in enumerate(lines))
        entries.append(
            f"carnet ({number}) stable; urgency=medium\n\n{body}\n\n -- {MAINTAINER}  {format_datetime(when)}\n"
        )
    return "\n".join(entries)


def wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line] if line else lines


def bundled_distributions() -> list[tuple[str, str, str]]:
    """(name, version, licence) of every Python distribution Carnet needs, walked from its requirements."""
    seen: dict[str, tuple[str, str, str]] = {}
    pending = ["carnet"]
    while pending:
        name = pending.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        fields = distribution.metadata
        licence = fields.get("License-Expression") or ""
        if not licence:
            classifiers = [c.split("::")[-1].strip() for c in fields.get_all("Classifier") or [] if "License ::" in c]
            licence = ", ".join(classifiers) or (fields.get("License") or "see its metadata").splitlines()[0]
        seen[key] = (fields["Name"], distribution.version, licence)
        for requirement in distribution.requires or []:
            if "extra ==" not in requirement:
                pending.append(re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0])
    return sorted(entry for key, entry in seen.items() if key != "carnet")


def debian_copyright() -> str:
    """A machine-readable copyright file: Carnet, then what the bundle under /opt/carnet holds."""
    python = f"{sys.version_info.major}.{sys.version_info.minor}.{sys.version_info.micro}"
    lines = [
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/",
        "Upstream-Name: Carnet",
        "Source: the Carnet repository",
        "",
        "Files: *",
        "Copyright: Carnet developers",
        "License: GPL-3.0-or-later",
        " On Debian systems, the complete text of the GNU General Public License",
        " version 3 can be found in /usr/share/common-licenses/GPL-3.",
        "",
        "Files: opt/carnet/_internal/*",
        "Copyright: the authors of each component",
        "License: various",
        " /opt/carnet bundles, unmodified:",
        f" - Python {python} (PSF-2.0), with OpenSSL (Apache-2.0), SQLite (public domain),",
        "   zlib (Zlib), libffi (MIT), bzip2 (bzip2-1.0.6), xz (0BSD), libuuid (BSD-3-Clause)",
        " - Qt 6 (LGPL-3.0-only) and ICU (Unicode-3.0), from the PySide6 wheels,",
        "   dynamically linked: they can be replaced by other builds of the same version",
    ]
    lines += [f" - {name} {number} ({licence})" for name, number, licence in bundled_distributions()]
    lines += [
        " The LGPL-3 and GPL-3 texts are in /usr/share/common-licenses; the others",
        " are in each component's folder under /opt/carnet/_internal when it ships one.",
    ]
    return "\n".join(lines) + "\n"


def validate_metadata(share: Path) -> None:
    """desktop-file-validate and appstreamcli, when installed (they are in CI)."""
    desktop = share / "applications" / "carnet.desktop"
    if shutil.which("desktop-file-validate"):
        run(["desktop-file-validate", desktop])
    else:
        log("desktop-file-validate not installed: the desktop entry is not validated")
    if shutil.which("appstreamcli"):
        run(["appstreamcli", "validate", "--no-net", "--explain", share / "metainfo" / METAINFO.name])
    else:
        log("appstreamcli not installed: the AppStream metadata is not validated")


def install_share(share: Path) -> None:
    """The desktop entry, the AppStream metadata and the hicolor icons, under a share/ folder."""
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(DESKTOP, share / "applications" / "carnet.desktop")
    shutil.copyfile(METAINFO, share / "metainfo" / METAINFO.name)
    shutil.copytree(BUILD / "icons" / "hicolor", share / "icons" / "hicolor", dirs_exist_ok=True)


# --- the tarball and the .deb ------------------------------------------------------------------------


TARBALL_README = """Carnet {version}, an offline desktop CRM for Linux ({arch}).

Run it from this folder:

    ./carnet            (./carnet --demo opens a throw-away database of sample contacts)

To install it for yourself, with a menu entry and an icon:

    mkdir -p ~/.local/opt ~/.local/bin ~/.local/share
    cp -r . ~/.local/opt/carnet
    ln -sf ~/.local/opt/carnet/carnet ~/.local/bin/carnet
    cp -r share/* ~/.local/share/

It uses your desktop's own libraries; on Debian or Ubuntu they are:

    sudo apt-get install {depends}
"""


def make_tarball(bundle: Path, number: str, arch: str) -> Path:
    name = f"carnet-{number}-linux-{os.uname().machine}"
    staging = BUILD / "tarball" / name
    shutil.rmtree(staging.parent, ignore_errors=True)
    shutil.copytree(bundle, staging, symlinks=True)
    install_share(staging / "share")
    validate_metadata(staging / "share")
    (staging / "README.txt").write_text(
        TARBALL_README.format(version=number, arch=arch, depends=" ".join(DEPENDS[2:])), encoding="utf-8"
    )
    tarball = DIST / f"{name}.tar.gz"
    run(["tar", "--owner=0", "--group=0", "--numeric-owner", "-czf", tarball, "-C", staging.parent, name])
    return tarball


def control(number: str, arch: str, installed_kb: int, libc: str) -> str:
    return "\n".join(
        [
            "Package: carnet",
            f"Version: {number}",
            f"Architecture: {arch}",
            f"Maintainer: {MAINTAINER}",
            f"Installed-Size: {installed_kb}",
            f"Depends: libc6 (>= {libc}), {', '.join(DEPENDS)}",
            f"Recommends: {', '.join(RECOMMENDS)}",
            "Section: misc",
            "Priority: optional",
            "Description: offline CRM for solo entrepreneurs",
            " Carnet follows each contact along the customer lifecycle, from stranger",
            " to visitor, lead, prospect, client and ambassador, on a board, and keeps",
            " everything in one SQLite file that you own. No account, no server, no",
            " network connection.",
            " .",
            " This package holds Carnet with its own Python and Qt under /opt/carnet.",
            "",
        ]
    )


def make_deb(bundle: Path, number: str, arch: str) -> Path:
    root = BUILD / "deb" / f"carnet_{number}_{arch}"
    shutil.rmtree(root.parent, ignore_errors=True)
    shutil.copytree(bundle, root / "opt" / "carnet", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "carnet").symlink_to("/opt/carnet/carnet")
    share = root / "usr" / "share"
    install_share(share)
    validate_metadata(share)
    docs = share / "doc" / "carnet"
    docs.mkdir(parents=True)
    (docs / "copyright").write_text(debian_copyright(), encoding="utf-8")
    with gzip.GzipFile(docs / "changelog.gz", "wb", compresslevel=9, mtime=0) as file:
        file.write(debian_changelog().encode("utf-8"))
    for path in root.rglob("*"):
        if not path.is_symlink():
            executable = path.is_dir() or path.stat().st_mode & 0o111
            path.chmod(0o755 if executable else 0o644)
    installed_kb = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir()) // 1024 + 1
    (root / "DEBIAN").mkdir(mode=0o755)
    (root / "DEBIAN" / "control").write_text(
        control(number, arch, installed_kb, glibc_version(bundle)), encoding="utf-8"
    )
    deb = DIST / f"carnet_{number}_{arch}.deb"
    run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", root, deb], stdout=subprocess.DEVNULL)
    return deb


def check_deb(deb: Path) -> None:
    """The .deb's files, unpacked, start and work; apt can resolve its dependencies on this system."""
    unpacked = BUILD / "deb-check"
    shutil.rmtree(unpacked, ignore_errors=True)
    run(["dpkg-deb", "-x", deb, unpacked])
    launcher = unpacked / "usr" / "bin" / "carnet"
    if not launcher.is_symlink() or str(launcher.readlink()) != "/opt/carnet/carnet":
        raise SystemExit("build_linux: the .deb's /usr/bin/carnet is not a link to /opt/carnet/carnet")
    smoke_test(unpacked / "opt" / "carnet" / "carnet")
    if shutil.which("apt-get"):
        # A simulation: no lock, nothing installed; fails when a dependency cannot be found.
        run(["apt-get", "install", "--simulate", "-qq", deb.resolve()], stdout=subprocess.DEVNULL)
        log("apt-get can install the .deb's dependencies")
    shutil.rmtree(unpacked, ignore_errors=True)


def install_deb(deb: Path) -> None:
    """Install the .deb for real (root), smoke-test /usr/bin/carnet, then remove the package."""
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run(["apt-get", "install", "-y", "-qq", deb.resolve()], env=environment)
    try:
        smoke_test(Path("/usr/bin/carnet"))
    finally:
        run(["apt-get", "remove", "-y", "-qq", "carnet"], env=environment)


def size(path: Path) -> str:
    total = path.stat().st_size if path.is_file() else sum(p.lstat().st_size for p in path.rglob("*"))
    return f"{total / 1_000_000:.1f} MB"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuse", action="store_true", help="package the bundle already in dist/carnet")
    parser.add_argument("--no-deb", action="store_true", help="stop after the tarball")
    parser.add_argument(
        "--check-deb", action="store_true", help="unpack the .deb and smoke-test it; simulate its installation"
    )
    parser.add_argument(
        "--install-deb", action="store_true", help="install the .deb (root), smoke-test it, remove it"
    )
    args = parser.parse_args(argv)

    BUILD.mkdir(exist_ok=True)
    DIST.mkdir(exist_ok=True)
    # One build at a time in this working tree (CI runs may overlap): they share build/ and dist/.
    with (BUILD / ".build-linux.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        started = time.monotonic()
        number, arch = version(), architecture()
        bundle = DIST / "carnet"
        if not args.reuse or not bundle.is_dir():
            bundle = build_bundle()
        else:
            run([sys.executable, PACKAGING / "render_icons.py", BUILD / "icons"])
        needs = check_bundle(bundle)
        log(f"bundle {bundle.relative_to(ROOT)}: {size(bundle)}, needs {len(needs)} system libraries")
        smoke_test(bundle / "carnet")
        for stale in [*DIST.glob("carnet-*.tar.gz"), *DIST.glob("carnet_*.deb")]:
            stale.unlink()
        tarball = make_tarball(bundle, number, arch)
        log(f"{tarball.relative_to(ROOT)}: {size(tarball)}")
        if not args.no_deb:
            deb = make_deb(bundle, number, arch)
            log(f"{deb.relative_to(ROOT)}: {size(deb)}")
            if args.check_deb:
                check_deb(deb)
            if args.install_deb:
                install_deb(deb)
        log(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
