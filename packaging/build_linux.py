"""Build Carnet for Linux: the PyInstaller bundle, checked and smoke-tested, then a tarball and a .deb.

    python packaging/build_linux.py            # everything, into dist/ (about a minute)
    python packaging/build_linux.py --reuse    # package the bundle already in dist/carnet
    python packaging/build_linux.py --check-deb     # and smoke-test the .deb's files (CI)
    python packaging/build_linux.py --install-deb   # and install it, smoke-test /usr/bin/carnet, remove it

Writes ``dist/carnet/`` (the one-folder bundle), ``dist/carnet-VERSION-linux-MACHINE.tar.gz`` and
``dist/carnet_VERSION_ARCH.deb``. Needs binutils (objdump, strip), dpkg-deb, and, when installed, checks the
desktop entry and the AppStream metadata with ``desktop-file-validate`` and ``appstreamcli``.

The .deb installs the bundle under /opt/carnet, ``/usr/bin/carnet`` (a link to it), the desktop entry, the
AppStream metadata, the hicolor icons, and depends on the packages of the system libraries the bundle links
(src/carnet/system_packages.txt says which package holds which): the build fails if it links one no listed
package holds.
"""

from __future__ import annotations

import argparse
import fcntl
import gzip
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from email.utils import format_datetime
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
RESOURCES = ROOT / "resources"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
# The AppStream metadata is the one file of resources/ named <id>.metainfo.xml: its id is the app's.
(METAINFO,) = RESOURCES.glob("*.metainfo.xml")
APP_ID = METAINFO.name.removesuffix(".metainfo.xml")
DESKTOP = RESOURCES / "carnet.desktop"
LINTIAN_OVERRIDES = PACKAGING / "lintian-overrides"
MAINTAINER = "Carnet developers <packaging@carnetcrm.org>"

# The Debian packages of the system libraries Carnet's Qt links (X11/xcb and Wayland, OpenGL/EGL, fonts,
# GLib, D-Bus, keyboard), each with its sonames: made by packaging/system_packages.py from the installed
# PySide6. The .deb depends on the packages of the libraries the bundle really links (`depends`); libc6 gets
# its version from the bundle.
SYSTEM_PACKAGES = ROOT / "src" / "carnet" / "system_packages.txt"
# The C library's own sonames (libc6, which the .deb asks for with a version).
LIBC = re.compile(r"^(libc|libm|libdl|libpthread|librt|libutil|libresolv|ld-linux[-\w]*)\.so(\.\d+)*$")
# Printing goes through CUPS when it is there; without it, Carnet still prints to PDF.
RECOMMENDS = ("libcups2",)
# Plugins Qt loads only when their libraries are there: their needs are not dependencies.
OPTIONAL_PLUGINS = ("platformthemes/libqgtk3.so", "printsupport/libcupsprintersupport.so")
# What the frozen app cannot run without, relative to the bundle's _internal folder.
REQUIRED_FILES = (
    "carnet/migrations/env.py",
    "carnet/icons/carnet.svg",
    "carnet/system_packages.txt",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
)
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
# The bundle's files as the spec lays them out (written by every build, compared by --compare-clean).
FILE_LIST = BUILD / "bundle-files.txt"
# X libraries a desktop machine has and CI's need not (GTK's theme plugin links them through libgtk-3): a
# build with them installed and one without must give the same bundle (issue 18).
EXTRA_X_PACKAGES = ("libxinerama1", "libxrandr2", "libxext6", "libxrender1", "libxcursor1", "libxi6")


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


def pyinstaller(workpath: Path) -> list[str]:
    """The command that runs PyInstaller on the spec (in a namespace of its own for compare_without_extras)."""
    return [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(workpath), str(PACKAGING / "carnet.spec"),
    ]


def build_bundle() -> Path:
    """Icons, then PyInstaller; returns dist/carnet (and writes FILE_LIST)."""
    run([sys.executable, PACKAGING / "render_icons.py", BUILD / "icons"])
    environment = {**os.environ, "PYTHONWARNINGS": "ignore", "CARNET_BUNDLE_LIST": str(FILE_LIST)}
    environment.pop("CARNET_ANALYSIS_ONLY", None)
    run(pyinstaller(BUILD / "pyinstaller"), env=environment)
    return DIST / "carnet"


def installed(package: str) -> bool:
    answer = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True)
    return answer.stdout.endswith("install ok installed")


def compare_without_extras() -> None:
    """The spec's analysis again, on this machine less EXTRA_X_PACKAGES: the same files as this build's.

    The packages stay installed: their libraries are hidden from that one analysis only, in a mount namespace
    of its own (an overlay of each library folder in which their files are whited out), so nothing else
    running on the machine sees them go. The analysis decides every file of the bundle (PyInstaller's
    COLLECT copies what it lists), and it starts afresh in its own work folder (a cached analysis would not
    look at the libraries again); it stops before the copy, which is all this needs.
    """
    if os.geteuid() != 0 or not shutil.which("unshare"):
        raise SystemExit("build_linux: --compare-clean needs root and unshare (a mount namespace)")
    absent = [package for package in EXTRA_X_PACKAGES if not installed(package)]
    if absent:
        raise SystemExit(f"build_linux: --compare-clean compares with them installed: install {' '.join(absent)}")
    if not FILE_LIST.exists():
        raise SystemExit("build_linux: --compare-clean compares with a build's file list: build first")
    hidden: dict[Path, list[str]] = {}
    for package in EXTRA_X_PACKAGES:
        listing = run(["dpkg-query", "-L", package], capture_output=True).stdout.split()
        for name in listing:
            path = Path(name)
            if ".so" in path.name and (path.is_file() or path.is_symlink()):
                hidden.setdefault(path.parent.resolve(), []).append(path.name)
    scratch = Path(tempfile.mkdtemp(prefix="carnet-clean-"))
    mounts = []
    for index, (folder, names) in enumerate(sorted(hidden.items())):
        upper, work = scratch / f"upper{index}", scratch / f"work{index}"
        upper.mkdir()
        work.mkdir()
        for name in names:
            os.mknod(upper / name, stat.S_IFCHR | 0o600, os.makedev(0, 0))  # overlayfs' whiteout
        mounts.append(f"mount -t overlay overlay -o lowerdir={folder},upperdir={upper},workdir={work} {folder}")
    probe = " && ".join(f"test ! -e {folder / names[0]}" for folder, names in sorted(hidden.items()))
    clean_list = BUILD / "bundle-files-without-extras.txt"
    command = pyinstaller(scratch / "pyinstaller")
    script = " && ".join([*mounts, probe, 'exec "$@"'])
    environment = {
        **os.environ, "PYTHONWARNINGS": "ignore", "CARNET_BUNDLE_LIST": str(clean_list), "CARNET_ANALYSIS_ONLY": "1",
    }
    try:
        started = time.monotonic()
        run(["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh", *command], env=environment)
        log(f"analysis without {', '.join(EXTRA_X_PACKAGES)}: {time.monotonic() - started:.0f} s")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    ours, theirs = FILE_LIST.read_text().splitlines(), clean_list.read_text().splitlines()
    if ours != theirs:
        extra, lacking = sorted(set(ours) - set(theirs)), sorted(set(theirs) - set(ours))
        raise SystemExit(
            "build_linux: the bundle depends on the build machine's libraries: with the extra X libraries it "
            f"also holds {extra or 'nothing more'}, without them {lacking or 'nothing more'}"
        )
    log(f"the same {len(ours)} files without {' '.join(EXTRA_X_PACKAGES)}")


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


def glibc_version(bundle: Path) -> str:
    """The newest GLIBC_x.y symbol version any bundled file asks for: the .deb's libc6 (>= x.y)."""
    newest = (2, 17)
    for path in elf_files(bundle):
        dump = run(["objdump", "-T", path], capture_output=True).stdout
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", dump):
            newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}"


def system_packages() -> dict[str, list[str]]:
    """package → its sonames, as src/carnet/system_packages.txt lists them."""
    packages = {}
    for line in SYSTEM_PACKAGES.read_text(encoding="utf-8").splitlines():
        words = line.split("#", 1)[0].split()
        if words:
            packages[words[0]] = words[1:]
    return packages


def depends(needs: dict[str, set[str]]) -> list[str]:
    """The packages of the system libraries the bundle links (libc6 aside), from system_packages.txt.

    The same bundle gives the same list on any build machine, whatever else it has installed; a library that
    no listed package holds fails the build (run packaging/system_packages.py --write, or keep it out).
    """
    package_of = {soname: name for name, sonames in system_packages().items() for soname in sonames}
    unknown = sorted(f"{soname} (for {sorted(users)[0]})" for soname, users in needs.items()
                     if soname not in package_of and not LIBC.match(soname))
    if unknown:
        raise SystemExit(
            "build_linux: the bundle links system libraries src/carnet/system_packages.txt does not list: "
            + "; ".join(unknown)
        )
    return sorted({package_of[soname] for soname in needs if soname in package_of})


def runpath(path: Path) -> list[str]:
    dump = run(["objdump", "-p", path], capture_output=True).stdout
    found = re.search(r"^\s+(?:RUNPATH|RPATH)\s+(\S+)$", dump, re.MULTILINE)
    return found.group(1).split(":") if found else []


def drop_build_machine_runpaths(bundle: Path) -> None:
    """Remove library search paths into the build machine's own folders from the bundled files.

    A Python built by pyenv links its extension modules with RUNPATH /root/.pyenv/versions/…/lib: on a user's
    machine the loader would look there first. The bundle's files find each other through $ORIGIN and the
    path PyInstaller's launcher sets, so only the $ORIGIN entries are kept.
    """
    paths = {path: runpath(path) for path in elf_files(bundle)}
    foreign = {path: entries for path, entries in paths.items() if any(not e.startswith("$ORIGIN") for e in entries)}
    if not foreign:
        return
    if not shutil.which("patchelf"):
        raise SystemExit("build_linux: bundled files search the build machine's folders: install patchelf")
    for path, entries in foreign.items():
        kept = [entry for entry in entries if entry.startswith("$ORIGIN")]
        if kept:
            run(["patchelf", "--set-rpath", ":".join(kept), path])
        else:
            run(["patchelf", "--remove-rpath", path])
    log(f"dropped the build machine's library paths from {len(foreign)} files")


def check_bundle(bundle: Path) -> dict[str, set[str]]:
    """Required files present, no dangling link, every needed system library's package known."""
    internal = bundle / "_internal"
    missing = [name for name in REQUIRED_FILES if not (internal / name).exists()]
    versions = sorted((internal / "carnet" / "migrations" / "versions").glob("*.py"))
    if not any(path.name != "__init__.py" for path in versions):
        missing.append("carnet/migrations/versions/*.py")
    if missing:
        raise SystemExit(f"build_linux: the bundle lacks {', '.join(missing)}")
    if FILE_LIST.exists():
        listed = FILE_LIST.read_text(encoding="utf-8").splitlines()
        laid_out = [name for name in listed if not (internal / name).exists()]
        if laid_out:
            raise SystemExit(f"build_linux: {FILE_LIST.name} names files the bundle lacks: {', '.join(laid_out[:5])}")
    dangling = [str(path.relative_to(bundle)) for path in bundle.rglob("*") if path.is_symlink() and not path.exists()]
    if dangling:
        raise SystemExit(f"build_linux: dangling links in the bundle: {', '.join(dangling)}")

    needs = system_libraries(bundle)
    depends(needs)  # fails naming a library no listed package holds
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
        TARBALL_README.format(version=number, arch=arch, depends=" ".join(system_packages())), encoding="utf-8"
    )
    tarball = DIST / f"{name}.tar.gz"
    run(["tar", "--owner=0", "--group=0", "--numeric-owner", "-czf", tarball, "-C", staging.parent, name])
    return tarball


def control(number: str, arch: str, installed_kb: int, libc: str, packages: Sequence[str]) -> str:
    return "\n".join(
        [
            "Package: carnet",
            f"Version: {number}",
            f"Architecture: {arch}",
            f"Maintainer: {MAINTAINER}",
            f"Installed-Size: {installed_kb}",
            f"Depends: libc6 (>= {libc}), {', '.join(packages)}",
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
    overrides = share / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    shutil.copyfile(LINTIAN_OVERRIDES, overrides / "carnet")
    for path in root.rglob("*"):
        if not path.is_symlink():
            # Shared libraries are mapped, not run: 0644 (PyInstaller copies them with the wheels' 0755).
            executable = path.is_dir() or (path.stat().st_mode & 0o111 and ".so" not in path.name)
            path.chmod(0o755 if executable else 0o644)
    installed_kb = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir()) // 1024 + 1
    (root / "DEBIAN").mkdir(mode=0o755)
    (root / "DEBIAN" / "control").write_text(
        control(number, arch, installed_kb, glibc_version(bundle), depends(system_libraries(bundle))),
        encoding="utf-8",
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


def lintian(deb: Path) -> None:
    """Lintian on the .deb: no error (LINTIAN_OVERRIDES says which tags are overridden, and why)."""
    if not shutil.which("lintian"):
        raise SystemExit("build_linux: --lintian needs lintian (apt-get install lintian)")
    started = time.monotonic()
    answer = subprocess.run(
        ["lintian", "--fail-on", "error", "--tag-display-limit", "0", str(deb)],
        capture_output=True, text=True,
    )
    print(answer.stdout, end="", flush=True)
    if answer.returncode != 0:
        raise SystemExit(f"build_linux: lintian found errors in {deb.name}\n{answer.stderr}")
    log(f"lintian: no error ({time.monotonic() - started:.0f} s)")


def xcb_smoke_test(executable: Path) -> None:
    """`--demo --smoke` on a real X server (Xvfb) with Qt's xcb platform, not the offscreen one."""
    if not shutil.which("xvfb-run"):
        raise SystemExit("build_linux: the xcb smoke test needs xvfb-run (apt-get install xvfb xauth)")
    with tempfile.TemporaryDirectory(prefix="carnet-xcb-") as home:
        os.chmod(home, 0o700)
        environment = {
            **{name: value for name, value in os.environ.items() if name not in {"DISPLAY", "WAYLAND_DISPLAY"}},
            "QT_QPA_PLATFORM": "xcb", "HOME": home, "XDG_RUNTIME_DIR": home,
            "XDG_CONFIG_HOME": f"{home}/config", "XDG_DATA_HOME": f"{home}/data", "XDG_STATE_HOME": f"{home}/state",
        }
        printed = run(
            ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", executable, "--demo", "--smoke"],
            env=environment, capture_output=True,
        ).stdout
    if "board painted at" not in printed:
        raise SystemExit(f"build_linux: {executable} --demo --smoke on Xvfb did not paint the board: {printed!r}")
    log(f"{executable} paints its board on an X server (xcb)")


def install_deb(deb: Path) -> None:
    """As root: apt-get install the .deb, check what it installed and smoke-test it (headless and on Xvfb),
    then apt-get remove it and check that nothing is left in /opt."""
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    wait = ["-o", "DPkg::Lock::Timeout=300"]  # another apt on this machine: wait for it rather than fail
    run(["apt-get", "install", *wait, "-y", "-qq", deb.resolve()], env=environment, stdout=subprocess.DEVNULL)
    try:
        printed = run(["carnet", "--version"], capture_output=True).stdout
        if not printed.startswith("Carnet "):
            raise SystemExit(f"build_linux: the installed carnet --version printed {printed!r}")
        validate_metadata(Path("/usr/share"))
        smoke_test(Path("/usr/bin/carnet"))
        xcb_smoke_test(Path("/usr/bin/carnet"))
    finally:
        run(["apt-get", "remove", *wait, "-y", "-qq", "carnet"], env=environment, stdout=subprocess.DEVNULL)
    left = [str(path) for path in (Path("/opt/carnet"), Path("/usr/bin/carnet")) if path.exists() or path.is_symlink()]
    if left:
        raise SystemExit(f"build_linux: apt-get remove carnet left {', '.join(left)}")
    log("installed with apt-get, started, removed: nothing left in /opt")


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
        "--install-deb", action="store_true", help="install the .deb (root), smoke-test it (also on Xvfb), remove it"
    )
    parser.add_argument("--lintian", action="store_true", help="run lintian on the .deb: no error allowed")
    parser.add_argument(
        "--compare-clean", action="store_true",
        help=f"as root: the same bundle files without {' '.join(EXTRA_X_PACKAGES)} (a second analysis)",
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
        drop_build_machine_runpaths(bundle)
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
            if args.lintian:
                lintian(deb)
            if args.install_deb:
                install_deb(deb)
        if args.compare_clean:
            compare_without_extras()
        log(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
