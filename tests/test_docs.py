"""The design lives in the repository: every reference to a design document points to
one that is here."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [
    *ROOT.glob("fruitnet_gui/**/*.py"),
    *ROOT.glob("tests/**/*.py"),
    *ROOT.glob("benchmarks/*.py"),
    *ROOT.glob("tools/*.py"),
    *ROOT.glob("datasets/**/*.md"),
    *ROOT.glob("docs/*.md"),
    ROOT / "README.md",
]
OUTSIDE = ("STYLE" + ".md", "../" + "shared")  # documents that are not in the repository


def test_design_references_point_inside_the_repository() -> None:
    for path in (p for p in SOURCES if p.name != "test_docs.py"):
        text = path.read_text(encoding="utf-8")
        for name in OUTSIDE:
            assert name not in text, (path, name)
        for m in re.finditer(r"([\w./-]*)DESIGN\.md", text):
            prefix = m.group(1)
            in_docs = path.parent == ROOT / "docs"
            assert prefix.endswith("docs/") or (in_docs and prefix in ("", "(", "[")), (
                path,
                m.group(0),
            )
    for doc in ("DESIGN.md", "FORMATS.md", "PERFORMANCE.md"):
        assert (ROOT / "docs" / doc).is_file()
