"""The dataset browser's slow imports: progress, Cancel, scaled images, bad files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QTimer

from fruitnet_gui.files.dataset_io import export_csv
from fruitnet_gui.model.data.fruits import generate
from fruitnet_gui.ui.data import dataset_files as browser_module
from fruitnet_gui.ui.data.dataset_browser import DatasetBrowser


@pytest.fixture
def browser(qtbot, session) -> DatasetBrowser:
    session.load_preset("fruit")
    widget = DatasetBrowser(session)
    qtbot.addWidget(widget)
    widget.resize(560, 620)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def long_csv(tmp_path: Path) -> Path:
    path = tmp_path / "long.csv"
    export_csv(generate(6000, seed=2), path)  # 12,000 rows: progress after each 5,000
    return path


def test_a_long_csv_shows_its_progress(browser, session, long_csv, monkeypatch) -> None:
    monkeypatch.setattr(browser_module, "PROGRESS_AFTER_MS", 0)  # show it at once
    seen: list[bool] = []
    QTimer.singleShot(0, lambda: seen.append(browser.progress_dialog.isVisible()))
    assert browser.import_csv(long_csv)
    assert seen == [True]  # the dialog was up while the rows were read
    assert len(session.dataset) == 12_000
    assert browser.progress_dialog is None
    assert "Loaded 12000 images" in browser.message


def test_cancel_stops_the_import_and_changes_nothing(browser, session, long_csv, monkeypatch):
    monkeypatch.setattr(browser_module, "PROGRESS_AFTER_MS", 0)
    before = (session.dataset, session.test_set, session.network)
    QTimer.singleShot(0, lambda: browser.progress_dialog.cancel())
    assert not browser.import_csv(long_csv)
    assert (session.dataset, session.test_set, session.network) == before
    assert "cancelled; nothing was changed" in browser.message


def test_an_action_clicked_while_an_import_runs_waits_its_turn(
    browser, session, long_csv, monkeypatch
):
    monkeypatch.setattr(browser_module, "PROGRESS_AFTER_MS", 0)
    nested: list[bool] = []
    QTimer.singleShot(0, lambda: nested.append(browser.load_fruit_dataset()))
    assert browser.import_csv(long_csv)
    assert nested == [False] and len(session.dataset) == 12_000


def test_scaled_images_are_said_to_be_scaled(browser, session, tmp_path: Path) -> None:
    for name in ("red apple", "tomato"):
        (tmp_path / name).mkdir()
        Image.new("L", (300, 200), 255).save(tmp_path / name / "1.png")
    assert browser.import_image_folder(tmp_path)
    assert "2 of 2 images were scaled down to the 6×6 grid" in browser.message
    assert "(the largest was 300×200 pixels)" in browser.message


@pytest.mark.parametrize("kind", ["pipe", "zero", "superscript-folder", "bad-csv"])
def test_bad_files_keep_the_sets_and_say_one_line(browser, session, tmp_path, kind) -> None:
    assert browser.load_fruit_dataset()
    before = (session.dataset, session.test_set, session.network)
    if kind == "pipe":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no named pipes here")
        os.mkfifo(tmp_path / "p.csv")
        ok = browser.import_csv(tmp_path / "p.csv")
    elif kind == "zero":
        if not Path("/dev/zero").exists():
            pytest.skip("no /dev/zero here")
        ok = browser.import_csv("/dev/zero")
    elif kind == "superscript-folder":
        (tmp_path / "²").mkdir()
        Image.new("L", (6, 6)).save(tmp_path / "²" / "².png")
        ok = browser.import_image_folder(tmp_path)  # reads, but its class is not a fruit
    else:
        (tmp_path / "b.csv").write_text("tomato," + ",".join(["0.5"] * 35) + ",1e999\n")
        ok = browser.import_csv(tmp_path / "b.csv")
    assert not ok
    assert (session.dataset, session.test_set, session.network) == before
    message = browser.message
    assert message.startswith("⚠ ") and "\n" not in message and len(message) < 302
