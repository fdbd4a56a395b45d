"""Before Qt starts the window: is there a display, and can Qt's platform plugin load its libraries?

Without either, Qt aborts the process (SIGABRT, exit 134, a core dump) with a message that names the
wrong library: its xcb plugin reports "xcb-cursor0 or libxcb-cursor0 is needed" whichever of the dozen
libraries it links is missing. This check runs just before the window's code is imported and, when Qt would
abort, prints what is missing and the `apt-get install` line instead, on stderr, and Carnet exits with 2.

It loads the platform plugin Qt would load (`libqxcb.so`, `libqwayland.so` in PySide6's plugins) with the
dynamic loader, in this process: when everything is there this costs about a millisecond, because the
libraries it brings in (Qt's own among them) are the ones the window then uses. Only when loading fails does
it try each library of `system_packages.txt` (the Debian packages of every system library Carnet's Qt
links, made by packaging/system_packages.py) to name the missing ones and their packages.

Its texts are written here, in English and in French, rather than in Carnet's Qt catalogues, because they
must be readable precisely when Qt's libraries cannot be loaded: nothing here imports PySide6. The language
is chosen from the environment as gettext does (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG).
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

EXIT_CODE = 2
PACKAGES_FILE = Path(__file__).with_name("system_packages.txt")
# The platforms this check knows; any other one a user sets (offscreen, minimal, eglfs…) is theirs to run.
PLUGINS = {"xcb": "libqxcb.so", "wayland": "libqwayland.so"}
DISPLAY_VARIABLES = {"xcb": "DISPLAY", "wayland": "WAYLAND_DISPLAY"}


class Missing:
    """Why Qt would abort: no display at all, or the libraries a platform plugin could not load.

    A plain class rather than a dataclass: this module runs at every start, before anything else is
    imported, and dataclasses (with inspect) alone would double its cost.
    """

    __slots__ = ("detail", "install_line", "libraries", "platform")

    def __init__(
        self,
        platform: str = "",  # "" when there is no display at all
        libraries: tuple[tuple[str, str], ...] = (),  # (soname, package)
        detail: str = "",  # the loader's own words
        install_line: str = "",
    ) -> None:
        self.platform, self.libraries, self.detail, self.install_line = platform, libraries, detail, install_line

    def __repr__(self) -> str:
        return f"Missing(platform={self.platform!r}, libraries={self.libraries!r}, detail={self.detail!r})"


def read_packages(path: Path = PACKAGES_FILE) -> dict[str, list[str]]:
    """package → the sonames it holds, as system_packages.txt lists them ({} when the file is missing)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return {}
    return parse_packages(text)


def parse_packages(text: str) -> dict[str, list[str]]:
    """system_packages.txt's lines: a package, then its sonames; "#" starts a comment (packaging reads it too)."""
    packages = {}
    for line in text.splitlines():
        words = line.split("#", 1)[0].split()
        if words:
            packages[words[0]] = words[1:]
    return packages


def install_line(packages: Mapping[str, list[str]]) -> str:
    return "sudo apt-get install " + " ".join(packages) if packages else ""


def requested_platforms(environ: Mapping[str, str]) -> list[str] | None:
    """The platforms QT_QPA_PLATFORM names ("wayland;xcb" → both; "xcb:option" → xcb), None when unset."""
    value = environ.get("QT_QPA_PLATFORM", "").strip()
    if not value:
        return None
    return [part.split(":", 1)[0].strip().lower() for part in value.split(";") if part.strip()]


def plugin_folder() -> Path | None:
    """PySide6's platform plugins, found without importing PySide6 (in the frozen bundle too)."""
    explicit = os.environ.get("QT_QPA_PLATFORM_PLUGIN_PATH")
    if explicit:
        return Path(explicit)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "PySide6" / "Qt" / "plugins" / "platforms"
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    return Path(spec.origin).parent / "Qt" / "plugins" / "platforms"


def load(path: str) -> str | None:
    """None when the dynamic loader opens the file and every library it links, else its error."""
    try:
        ctypes.CDLL(path)
    except OSError as error:
        return str(error)
    return None


def find_missing(
    environ: Mapping[str, str] | None = None,
    *,
    folder: Path | None = None,
    packages: Mapping[str, list[str]] | None = None,
    loader: Callable[[str], str | None] = load,
) -> Missing | None:
    """What keeps Qt from opening a window here, or None when nothing does (or when it is not ours to say)."""
    environ = os.environ if environ is None else environ
    requested = requested_platforms(environ)
    if requested is not None and not set(requested) <= set(PLUGINS):
        return None  # offscreen, minimal, eglfs…: the user chose a platform this check does not know
    candidates = requested or [name for name, variable in DISPLAY_VARIABLES.items() if environ.get(variable)]
    if requested is None and not candidates:
        return Missing()
    folder = plugin_folder() if folder is None else folder
    packages = read_packages() if packages is None else packages
    failures: list[tuple[str, str]] = []
    for platform in candidates:
        if platform == "xcb" and not environ.get("DISPLAY"):
            continue  # xcb chosen, but no X display to connect to (Wayland finds its own socket)
        plugin = folder / PLUGINS[platform] if folder else None
        if plugin is None or not plugin.exists():
            return None  # not where PySide6 keeps it: Qt will look elsewhere, and say what it finds
        error = loader(str(plugin))
        if error is None:
            return None
        failures.append((platform, error))
    if not failures:
        return Missing()
    platform, detail = failures[0]
    absent = tuple(
        (soname, package)
        for package, sonames in packages.items()
        for soname in sonames
        if loader(soname) is not None
    )
    return Missing(platform=platform, libraries=absent, detail=detail, install_line=install_line(packages))


# --- the message, in the user's language -------------------------------------------------------------

TEXTS = {
    "en": {
        "no display": (
            "carnet: Carnet cannot open its window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is"
            " set).\nStart Carnet from your desktop session, or over SSH with `ssh -X`. Its commands (see"
            " `carnet --help`) work without a display."
        ),
        "plugin": "carnet: Carnet cannot open its window: Qt's {platform} platform plugin cannot be loaded",
        "libraries": ", because these system libraries are missing or damaged:",
        "library": "  {soname} (package {package})",
        "unknown": ":\n  {detail}",
        "install": "Install the system libraries Carnet needs (Debian, Ubuntu) with:\n  {line}",
        "xcb": "X11 (xcb)",
        "wayland": "Wayland",
    },
    "fr": {
        "no display": (
            "carnet : Carnet ne peut pas ouvrir sa fenêtre : il n'y a pas d'écran (ni DISPLAY ni WAYLAND_DISPLAY"
            " n'est défini).\nLancez Carnet depuis votre session de bureau, ou par SSH avec « ssh -X ». Ses"
            " commandes (voir « carnet --help ») fonctionnent sans écran."
        ),
        "plugin": "carnet : Carnet ne peut pas ouvrir sa fenêtre : le module d'affichage {platform} de Qt ne peut"
        " pas être chargé",
        "libraries": ", car ces bibliothèques du système manquent ou sont endommagées :",
        "library": "  {soname} (paquet {package})",
        "unknown": " :\n  {detail}",
        "install": "Installez les bibliothèques du système dont Carnet a besoin (Debian, Ubuntu) avec :\n  {line}",
        "xcb": "X11 (xcb)",
        "wayland": "Wayland",
    },
}


def language(environ: Mapping[str, str] | None = None) -> str:
    """"fr" or "en", as gettext would choose: LANGUAGE's list first (unless the locale is C), then the
    first of LC_ALL, LC_MESSAGES, LANG that is set; English when none names French."""
    environ = os.environ if environ is None else environ
    locale = next((environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(name)), "")
    wanted = [] if locale.split(".")[0] in {"C", "POSIX"} else environ.get("LANGUAGE", "").split(":")
    for tag in [*wanted, locale]:
        code = tag.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
        if code in TEXTS:
            return code
    return "en"


def message(missing: Missing, language_code: str = "en") -> str:
    texts = TEXTS.get(language_code, TEXTS["en"])
    if not missing.platform:
        return texts["no display"]
    lines = [texts["plugin"].format(platform=texts.get(missing.platform, missing.platform))]
    if missing.libraries:
        lines[0] += texts["libraries"]
        lines += [texts["library"].format(soname=soname, package=package) for soname, package in missing.libraries]
    else:
        lines[0] += texts["unknown"].format(detail=missing.detail)
    if missing.install_line:
        lines.append(texts["install"].format(line=missing.install_line))
    return "\n".join(lines)


def refuse_without_display() -> int | None:
    """EXIT_CODE after saying on stderr what is missing when Qt could not open a window here; None when it can."""
    missing = find_missing()
    if missing is None:
        return None
    print(message(missing, language()), file=sys.stderr, flush=True)
    return EXIT_CODE
