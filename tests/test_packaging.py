"""The packaging files, without building anything: the spec's lists, the desktop entry, the AppStream
metadata, the icon renders, the .deb's control and changelog (the build itself runs in .ci/run)."""

from __future__ import annotations

import configparser
import importlib.util
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import types
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

import carnet
from carnet import resources

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
RESOURCES = ROOT / "resources"
SOURCE = ROOT / "src" / "carnet"
(METAINFO,) = RESOURCES.glob("*.metainfo.xml")
APP_ID = METAINFO.name.removesuffix(".metainfo.xml")


def load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def spec_run() -> dict:
    """Run packaging/carnet.spec with PyInstaller's build classes replaced by recorders."""
    calls: dict = {}

    def recorder(name: str):
        def record(*args, **kwargs):
            calls[name] = (args, kwargs)
            return types.SimpleNamespace(pure=[], scripts=[], binaries=[], datas=[], name=name)

        return record

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package: [f"{package}.everything"]  # type: ignore[attr-defined]
    saved = {name: sys.modules.get(name) for name in ("PyInstaller", "PyInstaller.utils", "PyInstaller.utils.hooks")}
    sys.modules.update({"PyInstaller": types.ModuleType("PyInstaller"), "PyInstaller.utils": types.ModuleType("u")})
    sys.modules["PyInstaller.utils.hooks"] = hooks
    namespace = {"SPECPATH": str(PACKAGING), "__file__": str(PACKAGING / "carnet.spec")}
    namespace.update({name: recorder(name) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")})
    try:
        exec(compile((PACKAGING / "carnet.spec").read_text(encoding="utf-8"), "carnet.spec", "exec"), namespace)
    finally:
        for name, module in saved.items():
            if module is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = module
    return {"calls": calls, "namespace": namespace}


# --- the PyInstaller spec --------------------------------------------------------------------------


def test_the_spec_bundles_every_migration_as_a_file(spec_run):
    """Alembic reads env.py and versions/*.py from the disk: a frozen app without them cannot migrate."""
    datas = spec_run["calls"]["Analysis"][1]["datas"]
    bundled = {(Path(source).resolve(), destination) for source, destination in datas}
    migrations = SOURCE / "migrations"
    expected = [path for path in migrations.rglob("*.py") if "__pycache__" not in path.parts]
    assert any(path.name == "env.py" for path in expected)
    assert any(path.parent.name == "versions" and path.name != "__init__.py" for path in expected)
    for path in expected:
        destination = Path("carnet") / path.parent.relative_to(SOURCE)
        assert (path.resolve(), str(destination)) in bundled, path


def test_the_spec_bundles_the_icon_and_any_translations(spec_run, tmp_path):
    datas = spec_run["calls"]["Analysis"][1]["datas"]
    assert (str(SOURCE / "icons" / "carnet.svg"), str(Path("carnet") / "icons")) in datas
    # The compiled translations may not exist yet: an absent or empty folder is fine, .qm files are bundled.
    namespace = spec_run["namespace"]
    package_files = namespace["package_files"]
    saved = namespace["PACKAGE"]
    try:
        namespace["PACKAGE"] = tmp_path
        assert package_files("i18n", (".qm",)) == []
        (tmp_path / "i18n").mkdir()
        (tmp_path / "i18n" / "carnet_fr.qm").write_bytes(b"")
        (tmp_path / "i18n" / "language_choice.py").write_text("")
        assert package_files("i18n", (".qm",)) == [(str(tmp_path / "i18n" / "carnet_fr.qm"), "carnet/i18n")]
    finally:
        namespace["PACKAGE"] = saved


def qt_modules_used() -> set[str]:
    found = set()
    for path in SOURCE.rglob("*.py"):
        found |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    return found


def test_the_spec_excludes_heavy_qt_modules_but_none_that_carnet_uses(spec_run):
    excludes = set(spec_run["calls"]["Analysis"][1]["excludes"])
    # QtNetwork is kept: its local socket hands a second start over to the open window.
    for heavy in ("QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia", "QtPdf", "QtNetworkAuth"):
        assert f"PySide6.{heavy}" in excludes
    used = qt_modules_used()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    assert not {f"PySide6.{name}" for name in used} & excludes


def test_the_spec_drops_unused_qt_files_and_the_desktops_libraries(spec_run):
    wanted = spec_run["namespace"]["wanted"]
    qt = "PySide6/Qt"
    wheel = Path(importlib.util.find_spec("PySide6").origin).parent / "Qt"  # type: ignore[union-attr, arg-type]
    kept = [
        (f"{qt}/{name}", str(wheel / name), "BINARY")
        for name in ("lib/libQt6Widgets.so.6", "plugins/platforms/libqxcb.so", "plugins/iconengines/libqsvgicon.so")
    ] + [
        ("libpython3.11.so.1.0", "x", "BINARY"),
        ("libsqlite3.so.0", "x", "BINARY"),
    ]
    dropped = [
        (f"{qt}/lib/libQt6Quick.so.6", "x", "BINARY"),
        ("libQt6Pdf.so.6", f"{qt}/lib/libQt6Pdf.so.6", "SYMLINK"),
        (f"{qt}/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", "x", "BINARY"),
    ]
    for entry in kept:
        assert wanted(entry), entry
    for entry in dropped:
        assert not wanted(entry), entry
    if sys.platform.startswith("linux"):
        for system in ("libX11.so.6", "libxcb-icccm.so.4", "libglib-2.0.so.0", "libfontconfig.so.1"):
            assert not wanted((system, "x", "BINARY")), system


def test_the_spec_keeps_pythons_and_the_wheels_binaries_and_no_other_system_library(spec_run):
    """What another build machine has installed cannot enter the bundle: a binary is kept for where it
    comes from (Python, site-packages) or for being one of Python's own libraries, never for being found."""
    wanted = spec_run["namespace"]["wanted"]
    system = "/usr/lib/x86_64-linux-gnu"
    qt = Path(importlib.util.find_spec("PySide6").origin).parent / "Qt"  # type: ignore[union-attr, arg-type]
    ssl = Path(importlib.util.find_spec("_ssl").origin)  # type: ignore[union-attr, arg-type]
    for entry in [
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", str(qt / "lib" / "libQt6XcbQpa.so.6"), "BINARY"),
        ("lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so", str(ssl), "EXTENSION"),
        ("libssl.so.3", f"{system}/libssl.so.3", "BINARY"),
        ("libsqlite3.so.0", f"{system}/libsqlite3.so.0", "BINARY"),
        ("base_library.zip", "x", "DATA"),
    ]:
        assert wanted(entry), entry
    for name in ("libXinerama.so.1", "libXrandr.so.2", "libXext.so.6", "libgtk-3.so.0", "libcups.so.2"):
        assert not wanted((name, f"{system}/{name}", "BINARY")), name


def test_the_spec_bundles_the_system_packages_list(spec_run):
    """carnet.display_check reads it to name a missing library's package."""
    datas = spec_run["calls"]["Analysis"][1]["datas"]
    assert (str(SOURCE / "system_packages.txt"), "carnet") in datas


def test_qt_translations_are_kept_for_carnets_languages_only(spec_run):
    namespace = spec_run["namespace"]
    language = namespace["qt_translation_language"]
    assert language("PySide6/Qt/translations/qtbase_fr.qm") == "fr"
    assert language("PySide6/Qt/translations/qt_help_pt_BR.qm") == "pt"
    assert language("carnet/i18n/carnet_fr.qm") is None  # Carnet's own: always kept


def test_the_spec_reads_the_version_and_builds_one_folder(spec_run):
    namespace, calls = spec_run["namespace"], spec_run["calls"]
    assert namespace["VERSION"] == carnet.__version__
    assert calls["EXE"][1]["exclude_binaries"] is True  # one folder, not one file
    assert calls["COLLECT"][1]["name"] == "carnet"
    if sys.platform.startswith("linux"):
        assert calls["COLLECT"][1]["strip"] is True


def test_the_package_extra_brings_pyinstaller():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(requirement.startswith("pyinstaller") for requirement in project["optional-dependencies"]["package"])


# --- the desktop entry and the AppStream metadata ----------------------------------------------------


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(RESOURCES / "carnet.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_starts_the_installed_command_with_the_icon():
    entry = desktop_entry()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["gui-scripts"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Carnet"
    assert entry["Exec"].split()[0] in scripts
    assert entry["Icon"] == Path(resources.APP_ICON).stem
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils not installed")
def test_the_desktop_entry_is_valid():
    subprocess.run(["desktop-file-validate", str(RESOURCES / "carnet.desktop")], check=True)


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def test_the_metainfo_names_the_desktop_entry_and_this_version():
    root = metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == "carnet.desktop"
    assert root.findtext("provides/binary") == "carnet"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == carnet.__version__, "add a <release> for this version"


def test_the_metainfo_s_id_is_the_homepage_s_domain_and_its_screenshots_are_the_docs_pictures():
    root = metainfo()
    homepage = root.findtext("url[@type='homepage']") or ""
    host = homepage.removeprefix("https://").split("/")[0]
    assert ".".join([*reversed(host.split(".")), "Carnet"]) == APP_ID  # the project's domain, no placeholder
    assert "github" not in APP_ID and "example" not in APP_ID
    shots = root.findall("screenshots/screenshot")
    assert len(shots) >= 2 and shots[0].get("type") == "default"
    for shot in shots:
        french = shot.find("caption[@{http://www.w3.org/XML/1998/namespace}lang='fr']")
        assert shot.findtext("caption") and french is not None and french.text
        image = shot.find("image")
        assert image is not None and (image.text or "").startswith(f"https://{host}/images/")
        picture = ROOT / "docs" / "images" / (image.text or "").rsplit("/", 1)[1]
        width, height = struct.unpack(">II", picture.read_bytes()[16:24])  # a PNG's IHDR
        assert (str(width), str(height)) == (image.get("width"), image.get("height"))


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream not installed")
def test_the_metainfo_is_valid():
    subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], check=True)


# --- the icons and the Linux build's documents ------------------------------------------------------


def test_the_renders_are_pngs_in_ico_and_icns_containers(qapp):
    render = load_script("render_icons")
    png = render.render_png(SOURCE / "icons" / "carnet.svg", 16)
    assert png.startswith(b"\x89PNG") and struct.unpack(">II", png[16:24]) == (16, 16)
    ico = render.ico_bytes({16: png, 256: b"\x89PNG-big"})
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 2)
    assert ico[6 + 16] == 0  # 256 px is written as 0
    icns = render.icns_bytes(dict.fromkeys((16, 32, 64, 128, 256, 512), png))
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_the_debs_control_names_the_packages_it_is_given():
    build = load_script("build_linux")
    control = build.control("1.2.3", "amd64", 1000, "2.36", ["libgl1", "libxcb-icccm4"])
    assert "Depends: libc6 (>= 2.36), libgl1, libxcb-icccm4\n" in control
    assert re.search(r"^Version: 1\.2\.3$", control, re.MULTILINE)


def test_the_debian_changelog_comes_from_the_metainfo_releases():
    changelog = load_script("build_linux").debian_changelog()
    assert changelog.startswith(f"carnet ({carnet.__version__}) stable; urgency=medium\n\n  * ")
    assert re.search(r"^ -- .+ <.+>  \w{3}, \d{2} \w{3} \d{4} 12:00:00 \+0000$", changelog, re.MULTILINE)


def test_ci_builds_smoke_tests_installs_lints_and_compares_the_bundle():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    build = re.search(r"^.*packaging/build_linux\.py .*$", ci, re.MULTILINE)
    assert build, "CI no longer builds the bundle"
    for option in ("--check-deb", "--install-deb", "--lintian", "--compare-clean"):
        assert option in build.group(0), option
    assert "QT_QPA_PLATFORM=xcb" in ci and "xvfb-run" in ci  # the pip-installed Carnet on a real X server
