"""Where the icons (``assets/``), the shipped fruit images (``datasets/``), lessons
(``lessons/``) and compiled translations (``translations/*.qm``) are.

In a checkout or an editable install they are at the top of the source tree; a plain
``pip install .`` puts them inside the package (see ``[tool.setuptools]`` in
pyproject.toml).
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "ASSETS",
    "DATASETS",
    "LESSONS",
    "TRANSLATIONS",
    "data_dir",
    "find_shipped_lesson",
    "is_shipped_lesson_folder",
    "lesson_folder",
    "shipped_lessons",
]

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The folder ``name`` inside the installed package, else at the top of the source
    tree (only that of FruitNet's own checkout: site-packages may hold another
    project's ``datasets``)."""
    installed = _PACKAGE / name
    if installed.is_dir():
        return installed
    source = _PACKAGE.parent
    if (source / "pyproject.toml").is_file() and (source / name).is_dir():
        return source / name
    return installed  # missing: whoever reads from it says so


ASSETS = data_dir("assets")
DATASETS = data_dir("datasets")
LESSONS = data_dir("lessons")
TRANSLATIONS = data_dir("translations")


# -- the shipped lessons, by language ------------------------------------------------------
# A lesson's title and notes are words in one language, so each shipped lesson comes in
# every language FruitNet speaks: English at the top of lessons/, the others in
# lessons/<code>/ under the same file name (tools/make_lessons.py writes them all).


def lesson_folder(language: str, root: Path | None = None) -> Path:
    """The folder of the shipped lessons in ``language`` ("en", "fr", "de")."""
    root = LESSONS if root is None else root
    return root if language == "en" else root / language


def shipped_lessons(language: str, root: Path | None = None) -> list[Path]:
    """The shipped lessons the user is offered, those in ``language`` first: each
    lesson in that language, else (a lesson not translated yet) in English."""
    own = sorted(lesson_folder(language, root).glob("*.fnlesson"))
    names = {p.name for p in own}
    english = sorted(lesson_folder("en", root).glob("*.fnlesson"))
    return own + [p for p in english if p.name not in names]


def find_shipped_lesson(name: str, language: str, root: Path | None = None) -> Path | None:
    """The shipped lesson called ``name`` ("inner-weights", with or without
    ".fnlesson") in ``language`` (else in English), or None."""
    stem = name[: -len(".fnlesson")] if name.endswith(".fnlesson") else name
    for path in shipped_lessons(language, root):
        if path.stem == stem:
            return path
    return None


def is_shipped_lesson_folder(folder: str | Path) -> bool:
    """Whether ``folder`` is where shipped lessons are (of any language)."""
    try:
        folder = Path(folder).resolve()
        root = LESSONS.resolve()
    except OSError:
        return False
    return folder == root or folder.parent == root
