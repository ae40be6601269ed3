"""Icons and shipped images are found in a checkout and in a plain ``pip install .``."""

from __future__ import annotations

from pathlib import Path

import pytest

from fruitnet_gui import resources


def test_the_checkout_has_them() -> None:
    assert (resources.ASSETS / "step.svg").is_file()
    assert (resources.DATASETS / "fruits-6x6" / "train.json").is_file()


@pytest.mark.parametrize("layout", ["installed", "checkout", "site-packages"])
def test_data_dir_finds_the_right_folder(tmp_path: Path, monkeypatch, layout: str) -> None:
    package = tmp_path / "fruitnet_gui"
    package.mkdir()
    if layout == "installed":  # pip install .: inside the package
        (package / "datasets").mkdir()
        expected = package / "datasets"
    elif layout == "checkout":  # the source tree: beside the package, with pyproject.toml
        (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
        (tmp_path / "datasets").mkdir()
        expected = tmp_path / "datasets"
    else:  # another project's "datasets" package beside ours is not ours
        (tmp_path / "datasets").mkdir()
        expected = package / "datasets"
    monkeypatch.setattr(resources, "_PACKAGE", package)
    assert resources.data_dir("datasets") == expected
