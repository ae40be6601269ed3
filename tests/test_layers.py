"""Who may import whom (docs/ARCHITECTURE.md), and no module over 600 lines."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "fruitnet_gui"

#: For each group of modules, the groups it may import (besides itself).
ALLOWED = {
    # model.text: the translation hook and the decimal separator, usable by every part
    "model.net": {"model.errors", "model.text"},
    "model.teaching": {"model.net", "model.errors", "model.explore", "model.text"},
    "model.training": {"model.net", "model.errors", "model.text"},
    "model.data": {"model.net", "model.errors", "model.text"},
    "model.explore": {"model.net", "model.errors", "model.teaching", "model.text"},
    # the state saves and loads its network as a model file's content (lazily)
    "model.state": {"model.*", "files"},
    "model.events": set(),
    "model.text": set(),
    "files": {"model.*"},
}
QT = ("PySide6", "shiboken6", "pyqtgraph")


def _group(module: str) -> str:
    parts = module.split(".")[1:] or [""]  # without "fruitnet_gui"
    if parts[0] == "model" and len(parts) > 1:
        return ".".join(parts[:2])
    return parts[0]


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.append(node.module)
        elif isinstance(node, ast.Import):
            out += [a.name for a in node.names]
    return out


def _module(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    return ".".join(p for p in rel.parts if p != "__init__")


def test_the_layers_import_only_what_they_may() -> None:
    problems = []
    for path in PACKAGE.rglob("*.py"):
        mod = _module(path)
        group = _group(mod)
        allowed = ALLOWED.get(group)
        if allowed is None:
            continue  # ui and the command line may import everything below them
        for imp in _imports(path):
            if imp.startswith(QT):
                problems.append(f"{mod} imports {imp} (no Qt in {group})")
            if not imp.startswith("fruitnet_gui."):
                continue
            target = _group(imp)
            if target in (group, "model") or target in allowed:
                continue
            if "model.*" in allowed and target.startswith("model"):
                continue
            problems.append(f"{mod} imports {imp}")
    assert not problems, "\n".join(problems)


def test_no_module_is_over_600_lines() -> None:
    long = {
        str(p.relative_to(PACKAGE)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600
    }
    assert not long, long
