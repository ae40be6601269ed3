"""Build FruitNet's translations: ``.ts`` sources from the code, ``.qm`` files from them.

    python tools/build_translations.py          # update translations/*.ts, compile *.qm
    python tools/build_translations.py --check  # exit 1 if a .ts or .qm is out of date

``pyside6-lupdate`` reads every module of ``fruitnet_gui`` and adds each
``translate("Context", "…")`` / ``QCoreApplication.translate`` / ``self.tr`` string to
``translations/fruitnet_fr.ts`` and ``fruitnet_de.ts``, keeping the translations
already written (a source that is gone is dropped: ``-no-obsolete``).
``pyside6-lrelease`` compiles each into the ``.qm`` that the window and the command
line load. Both are committed, so a user without the PySide6 tools has them; the check
mode (run by the tests) fails when the code has a string the ``.ts`` lacks, or a ``.qm``
does not match its ``.ts``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "fruitnet_gui"
FOLDER = ROOT / "translations"
LOCALES = {"fr": "fr_FR", "de": "de_DE"}
LANGUAGES = tuple(LOCALES)


def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` beside this Python, else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"build_translations: {name} not found (pip install PySide6-Essentials)")
    return found


def sources() -> list[str]:
    return [str(p) for p in sorted(SOURCES.rglob("*.py"))]


def lupdate(ts: Path) -> None:
    args = [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
    args += ["-target-language", LOCALES[ts.stem.split("_")[1]]]
    subprocess.run([*args, *sources(), "-ts", str(ts)], check=True, cwd=ROOT)


def lrelease(ts: Path, qm: Path) -> None:
    cmd = [tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)]
    subprocess.run(cmd, check=True)


def build() -> None:
    FOLDER.mkdir(exist_ok=True)
    for lang in LANGUAGES:
        ts = FOLDER / f"fruitnet_{lang}.ts"
        lupdate(ts)
        lrelease(ts, ts.with_suffix(".qm"))
        print(f"{ts.relative_to(ROOT)}: {unfinished(ts)} unfinished")


def unfinished(ts: Path) -> int:
    return ts.read_text(encoding="utf-8").count('type="unfinished"')


def check() -> list[str]:
    """What is out of date: a .ts the sources would change, a .qm its .ts would change."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            ts = FOLDER / f"fruitnet_{lang}.ts"
            qm = ts.with_suffix(".qm")
            if not ts.is_file() or not qm.is_file():
                problems.append(f"{ts.name} or {qm.name} is missing")
                continue
            copy = Path(tmp) / ts.name
            shutil.copyfile(ts, copy)
            lupdate(copy)
            if copy.read_bytes() != ts.read_bytes():
                problems.append(f"{ts.name} lacks strings of the code (run this script)")
            fresh = Path(tmp) / qm.name
            lrelease(ts, fresh)
            if fresh.read_bytes() != qm.read_bytes():
                problems.append(f"{qm.name} is older than {ts.name} (run this script)")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only say what is out of date")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for p in problems:
            print(p)
        return 1 if problems else 0
    build()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
