"""Where the icons (``assets/``), the shipped fruit images (``datasets/``), lessons
(``lessons/``) and compiled translations (``translations/*.qm``) are.

In a checkout or an editable install they are at the top of the source tree; a plain
``pip install .`` puts them inside the package (see ``[tool.setuptools]`` in
pyproject.toml).
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["ASSETS", "DATASETS", "LESSONS", "TRANSLATIONS", "data_dir"]

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
