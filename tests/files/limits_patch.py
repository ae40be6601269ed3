"""Lowering a dataset limit for a test: the readers are several modules, and each holds
the constant it reads."""

from fruitnet_gui.files import (
    dataset_common,
    dataset_csv,
    dataset_images,
    dataset_io,
    dataset_json,
)


def set_limit(monkeypatch, name: str, value) -> None:
    for module in (dataset_common, dataset_csv, dataset_images, dataset_io, dataset_json):
        if hasattr(module, name):
            monkeypatch.setattr(module, name, value)
