#!/usr/bin/env python3
"""Refresh the translation sources from the code and compile them into the package.

    .venv/bin/python tools/update_translations.py            # every .py under src/carnet (new files too)
    .venv/bin/python tools/update_translations.py --tracked  # only the files git tracks

Steps:
1. strings lupdate cannot see where they are used are written as markers into
   ``src/carnet/i18n/generated_markers.py`` (see ``markers()``): the error templates of the Qt-free layers
   (``NAME_REQUIRED = "A contact needs a name."``), QT_TRANSLATE_NOOP/translate calls whose context is a
   constant, plurals counted by a variable in ``QCoreApplication.translate``, and strings passed to a
   module's own ``tr``/``_t`` helper;
2. ``pyside6-lupdate`` updates ``resources/translations/carnet_fr.ts`` (every string; existing
   translations are kept, vanished ones dropped) and ``carnet_en.ts`` (plural forms only); what it files
   under an empty context (a bare ``tr("…")`` helper call) is dropped: the marker has it in the right one;
3. ``pyside6-lrelease`` compiles both into ``src/carnet/i18n/carnet_*.qm``;
4. the strings still without a translation are listed: fill them in with ``pyside6-linguist`` or a
   text editor (remove ``type="unfinished"``), then run this script again to compile.

The .ts files carry no source locations, so that a line moved elsewhere does not rewrite them;
``tests/test_translations.py`` names the file of each missing string.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "carnet"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = PACKAGE / "i18n"
MARKERS_MODULE = QM_DIR / "generated_markers.py"
ERROR_CONTEXT = "carnet.domain"  # carnet.domain.errors.CONTEXT
# Language code -> lupdate options beyond the common ones. English only needs its plural forms.
CATALOGUES = {"fr": ["-target-language", "fr_FR"], "en": ["-target-language", "en_GB", "-pluralonly"]}
# Not scanned: the command-line tool speaks English only; migrations show nothing.
EXCLUDED = ("cli/", "migrations/")
# Module-level text constants that look like messages and are not: (path under src/carnet, name) -> why.
NOT_MESSAGES = {
    ("services/importing.py", "IMPORTED_PAYMENT"): "stored in the database as the payment's description",
    ("ui/dialogs/contact_editor.py", "WARNING_STYLE"): "a style sheet",
}


def qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to this Python (the virtualenv), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def source_files(tracked_only: bool = False, root: Path = ROOT) -> list[Path]:
    """The Python files whose strings belong in the catalogue, sorted."""
    if tracked_only:
        listed = subprocess.run(
            ["git", "ls-files", "src/carnet/*.py"], cwd=root, check=True, capture_output=True, text=True
        ).stdout.split()
        files = [root / name for name in listed if (root / name).exists()]
        # This package's own files count even before their first commit.
        files += [f for f in (root / "src" / "carnet" / "i18n").glob("*.py") if f not in files]
    else:
        files = list((root / "src" / "carnet").rglob("*.py"))
    package = root / "src" / "carnet"
    return sorted(f for f in files if not f.relative_to(package).as_posix().startswith(EXCLUDED))


def _raises_carnet_errors(tree: ast.Module) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and (
            node.module.endswith(".errors") or any(alias.name == "errors" for alias in node.names)
        ):
            return True
    return False


def _text(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _is_translate(call: ast.expr) -> bool:
    """``QCoreApplication.translate(…)`` (or ``QApplication.translate``)."""
    return (
        isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "translate"
        and isinstance(call.func.value, ast.Name) and call.func.value.id in ("QCoreApplication", "QApplication")
    )


def _count_argument(call: ast.Call) -> ast.expr | None:
    if len(call.args) >= 4:
        return call.args[3]
    return next((k.value for k in call.keywords if k.arg == "n"), None)


class _Module:
    """One source file: its module-level text constants and the contexts its names stand for."""

    def __init__(self, path: Path, package: Path) -> None:
        self.relative = path.relative_to(package).as_posix()
        self.tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        self.constants: dict[str, str] = {}
        for node in self.tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                text = _text(node.value)
                if text is not None:
                    self.constants[node.targets[0].id] = text
        for node in self.tree.body:
            if isinstance(node, ast.ImportFrom) and node.module == "carnet.domain.errors":
                for alias in node.names:
                    if alias.name == "CONTEXT":
                        self.constants.setdefault(alias.asname or alias.name, ERROR_CONTEXT)

    def context(self, node: ast.expr) -> str | None:
        """A literal context, or a module constant (``CONTEXT``) holding one."""
        literal = _text(node)
        if literal is not None:
            return literal
        return self.constants.get(node.id) if isinstance(node, ast.Name) else None


def _helpers(module: _Module) -> dict[str, tuple[str, int | None]]:
    """Module-level ``def tr(text): return QCoreApplication.translate("Ctx", text[, "", count])``:
    name -> (context, index of the count parameter or None)."""
    found = {}
    for node in module.tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        params = [a.arg for a in node.args.args]
        returns = [n.value for n in ast.walk(node) if isinstance(n, ast.Return) and n.value is not None]
        if len(returns) != 1 or not _is_translate(returns[0]):
            continue
        call = returns[0]
        assert isinstance(call, ast.Call)
        context = module.context(call.args[0]) if call.args else None
        if context is None or len(call.args) < 2 or not isinstance(call.args[1], ast.Name):
            continue
        if call.args[1].id != params[0]:
            continue
        count = _count_argument(call)
        count_index = params.index(count.id) if isinstance(count, ast.Name) and count.id in params else None
        found[node.name] = (context, count_index)
    return found


def markers(files: list[Path], package: Path = PACKAGE) -> dict[tuple[str, str], tuple[bool, str]]:
    """Strings lupdate misses or misfiles, found in the code: (context, text) -> (plural?, "path:line").

    - error templates kept as plain constants in the Qt-free layers: a public UPPER_CASE module-level
      string with a space in it, in a module that imports Carnet's errors (minus NOT_MESSAGES);
      ``carnet.ui.labels.error_text`` translates them in the "carnet.domain" context;
    - ``QT_TRANSLATE_NOOP(CONTEXT, "…")`` and ``QCoreApplication.translate(CONTEXT, "…")`` whose context
      is a constant rather than a literal (lupdate skips them);
    - plurals translated with ``QCoreApplication.translate(ctx, "%n …", "", count)``: lupdate records a
      plural only when the count is a literal number;
    - strings passed to a module's own helper such as ``def tr(text): return QCoreApplication.translate(
      "Dashboard", text)`` (lupdate files ``tr("…")`` under an empty context, or not at all).
    """
    found: dict[tuple[str, str], tuple[bool, str]] = {}

    def add(context: str, text: str, plural: bool, module: _Module, node: ast.AST, name: str = "") -> None:
        where = f"{module.relative}:{name}" if name else module.relative  # no line numbers: they move
        key = (context, text)
        if key not in found or (plural and not found[key][0]):
            found[key] = (plural, where)

    for path in files:
        module = _Module(path, package)
        if module.relative.endswith("errors.py") or _raises_carnet_errors(module.tree):
            for node in module.tree.body:
                if not (isinstance(node, ast.Assign) and len(node.targets) == 1
                        and isinstance(node.targets[0], ast.Name)):
                    continue
                name, text = node.targets[0].id, _text(node.value)
                if (text is not None and name.isupper() and not name.startswith("_")
                        and (module.relative, name) not in NOT_MESSAGES
                        and " " in text and any(c.isalpha() for c in text)):
                    add(ERROR_CONTEXT, text, False, module, node, name)
        helpers = _helpers(module)
        for node in ast.walk(module.tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            if isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP" and len(node.args) == 2:
                context, text = module.context(node.args[0]), _text(node.args[1])
                if context is not None and text is not None and _text(node.args[0]) is None:
                    add(context, text, False, module, node)
            elif _is_translate(node) and len(node.args) >= 2:
                context, text = module.context(node.args[0]), _text(node.args[1])
                count = _count_argument(node)
                literal_count = isinstance(count, ast.Constant) and isinstance(count.value, int)
                if context is not None and text is not None and (
                    _text(node.args[0]) is None or (count is not None and not literal_count)
                ):
                    add(context, text, count is not None, module, node)
            elif isinstance(node.func, ast.Name) and node.func.id in helpers:
                context, count_index = helpers[node.func.id]
                text = _text(node.args[0])
                if text is not None:
                    plural = count_index is not None and (len(node.args) > count_index or bool(node.keywords))
                    add(context, text, plural, module, node)
    return found


def markers_module(found: dict[tuple[str, str], tuple[bool, str]]) -> str:
    """The text of generated_markers.py: one lupdate marker per string."""
    lines = [
        "# ruff: noqa: E501",
        '"""Generated by tools/update_translations.py — do not edit: run the script again.',
        "",
        "Strings lupdate cannot find (or files under the wrong context) where the code translates them,",
        "spelt out so that they reach the catalogue in the context Qt will look them up in. Plurals are",
        "translate() calls with a literal count, the only form from which lupdate records a plural; this",
        "package is read before carnet/ui, so the plural wins over a plain record of the same string.",
        "Nothing calls _markers(): lupdate only reads it.",
        '"""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication",
        "",
        "",
        "def _markers() -> None:  # pragma: no cover",
    ]
    for (context, text), (plural, where) in sorted(found.items(), key=lambda item: (item[1][1], item[0])):
        lines.append(f"    # {where}")
        if plural:
            lines.append(f"    QCoreApplication.translate({context!r}, {text!r}, '', 0)")
        else:
            lines.append(f"    QT_TRANSLATE_NOOP({context!r}, {text!r})")
    return "\n".join(lines) + "\n"


_EMPTY_CONTEXT = re.compile(r"<context>\s*<name></name>.*?</context>\n", re.DOTALL)


def drop_empty_context(ts_file: Path) -> None:
    """Remove what lupdate filed under no context (``tr("…")`` outside a class): no lookup ever uses it,
    and markers() has put the strings of a module's ``tr`` helper in the helper's context."""
    text = ts_file.read_text(encoding="utf-8")
    ts_file.write_text(_EMPTY_CONTEXT.sub("", text), encoding="utf-8")


def lupdate(files: list[Path], ts_file: Path, extra: list[str], *, locations: bool = False) -> None:
    """Update (or create) ``ts_file`` from ``files``; existing translations are kept."""
    options = ["-source-language", "en_US", "-no-obsolete", "-locations", "absolute" if locations else "none"]
    subprocess.run(
        [qt_tool("pyside6-lupdate"), *map(str, files), *options, *extra, "-ts", str(ts_file)],
        check=True, capture_output=True, text=True,
    )


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [qt_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        check=True, capture_output=True, text=True,
    )


def unfinished(ts_file: Path) -> list[tuple[str, str]]:
    """(context, source) of each message still waiting for its translation."""
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        context_name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            empty = translation is None or not (forms or [translation.text or ""])[0].strip() or not all(
                form.strip() for form in forms
            )
            if translation is None or translation.get("type") == "unfinished" or empty:
                missing.append((context_name, message.findtext("source", "")))
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tracked", action="store_true", help="scan only the files git tracks")
    parser.add_argument("--no-compile", action="store_true", help="update the .ts files, do not write the .qm")
    args = parser.parse_args(argv)

    TS_DIR.mkdir(parents=True, exist_ok=True)
    files = source_files(args.tracked)
    scanned = [f for f in files if f != MARKERS_MODULE]
    MARKERS_MODULE.write_text(markers_module(markers(scanned)), encoding="utf-8")
    files = sorted({*scanned, MARKERS_MODULE})
    status = 0
    for language, extra in CATALOGUES.items():
        ts_file = TS_DIR / f"carnet_{language}.ts"
        lupdate(files, ts_file, extra)
        drop_empty_context(ts_file)
        if not args.no_compile:
            lrelease(ts_file, QM_DIR / f"carnet_{language}.qm")
        missing = unfinished(ts_file)
        print(f"{ts_file.relative_to(ROOT)}: {len(missing)} string(s) to translate")
        for context, source in missing:
            print(f"    [{context}] {source!r}")
        status = status or (1 if missing else 0)
    return status


if __name__ == "__main__":
    sys.exit(main())
