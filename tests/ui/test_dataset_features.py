"""The window with a dataset of features and soft targets: import, thumbnails, a sample
put into the session (its input and its target vector) and stepped through."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from fruitnet_gui.files.dataset_io import export_csv, save_dataset
from fruitnet_gui.model.data.dataset import Dataset
from fruitnet_gui.model.net.network import total_error
from fruitnet_gui.ui.data.dataset_thumbnails import BAR_INK, BAR_LEVELS, IMAGE_ROLE
from fruitnet_gui.ui.main_window import MainWindow

VALUES = [[7.5, 150.0, -0.9], [6.0, 120.0, 0.95], [5.5, 100.0, 0.99]]
TARGETS = [[0.99, 0.01], [0.01, 0.99], [0.3, 0.6]]


def features() -> Dataset:
    return Dataset(VALUES, (), targets=TARGETS, kind="features")


@pytest.fixture
def window(qtbot, session, tmp_path) -> MainWindow:
    settings = QSettings(str(tmp_path / "fruitnet.ini"), QSettings.Format.IniFormat)
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=60_000)
    return window


@pytest.fixture
def features_csv(tmp_path: Path) -> Path:
    path = tmp_path / "fruit features.csv"
    export_csv(features(), path)
    return path


def test_importing_features_makes_a_network_for_them(window, session, features_csv) -> None:
    browser = window.dataset_browser
    window.dataset_dock.show()
    window.dataset_dock.raise_()
    assert session.network.layers == (2, 2, 2)  # the paper's: it reads 2 inputs, not 3
    assert browser.import_csv(features_csv)
    assert session.network.layers == (3, 3, 2) and session.network.input_shape == (1, 3)
    assert session.dataset == features()
    assert "Loaded 3 samples of 3 features" in browser.message
    assert "Switched to a new 3-3-2 network" in browser.message
    summary = browser.summary_label.text()
    assert (
        "samples" in summary and "3 features each" in summary and "3 with soft targets" in summary
    )


def test_a_features_thumbnail_is_a_strip_of_bars(window, session, features_csv) -> None:
    browser = window.dataset_browser
    assert browser.import_csv(features_csv)
    image = browser.model.index(0).data(IMAGE_ROLE)
    assert image.height() == BAR_LEVELS and image.width() == 12  # 3 bars of 4 pixels
    # sample 0 has the largest first feature (7.5): a full bar; the smallest third: 1 level
    column = [image.pixelColor(0, y).red() for y in range(BAR_LEVELS)]
    assert column == [BAR_INK] * BAR_LEVELS
    third = [image.pixelColor(8, y).red() == BAR_INK for y in range(BAR_LEVELS)]
    assert sum(third) == 1
    tip = browser.model.index(2).data(Qt.ItemDataRole.ToolTipRole)
    assert "Values 5.5, 100, 0.99" in tip and "Target 0.3, 0.6" in tip


def test_stepping_a_sample_of_features_uses_its_values_and_its_soft_target(
    qtbot, window, session, tmp_path
) -> None:
    path = tmp_path / "features.json"
    save_dataset(features(), path)
    browser = window.dataset_browser
    assert browser.open_file(path)
    window.dataset_dock.show()
    window.dataset_dock.raise_()
    for row in (1, 0):
        browser.select(row, load=True)
        np.testing.assert_array_equal(session.x, VALUES[row])  # not gray levels: 150, -0.9
        np.testing.assert_array_equal(session.target, TARGETS[row])
        assert session.label == ("red apple", "tomato")[int(np.argmax(TARGETS[row]))]
        assert session.position == 0
    net = session.network
    for _ in range(12):
        qtbot.mouseClick(window.stepper.buttons["step"], Qt.MouseButton.LeftButton)
    assert session.position == 12
    expected = total_error(net.predict(np.array(VALUES[0])), np.array(TARGETS[0]), net.conventions)
    assert session.iteration.error == pytest.approx(float(expected), abs=1e-12)
    # the error terms are computed against 0.99 and 0.01, and the formula shows them
    ey1 = session.iteration.by_name["Ey1"]
    assert "0.99" in ey1.numbers.text
    session.finish()
    assert session.iteration.error == pytest.approx(float(expected), abs=1e-12)


def test_a_soft_sample_relabelled_in_the_editor_is_one_hot_again(window, session, tmp_path):
    path = tmp_path / "features.json"
    save_dataset(features(), path)
    assert window.dataset_browser.open_file(path)
    window.dataset_browser.select(2, load=True)
    np.testing.assert_array_equal(session.target, [0.3, 0.6])
    assert session.set_label("red apple")
    np.testing.assert_array_equal(session.target, [1.0, 0.0])


def test_a_bad_features_file_changes_nothing(window, session, tmp_path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("label,size,weight\ntomato,1,nan\n", encoding="utf-8")
    before = (session.dataset, session.network)
    assert not window.dataset_browser.import_csv(path)
    assert (session.dataset, session.network) == before
    assert "line 2, column 3: 'nan' is not a number" in window.dataset_browser.message


def test_features_in_the_test_tab_of_an_image_training_set_are_refused(
    window, session, shipped, tmp_path
) -> None:
    session.load_preset("fruit")
    assert session.set_dataset(shipped[0].copy(), None)
    path = tmp_path / "features.json"
    save_dataset(features(), path)
    browser = window.dataset_browser
    browser.show_test_set(True)
    before = (session.dataset, session.test_set, session.network)
    assert not browser.open_file(path)
    assert (session.dataset, session.test_set, session.network) == before
    assert "the samples are 3 features of red apple, tomato, but the network reads 36" in (
        browser.message
    )


def test_session_set_sample_takes_a_target_vector_and_checks_it(session) -> None:
    errors: list[str] = []
    session.error_occurred.connect(errors.append)
    # the paper net (2 inputs): a sample with the textbook's soft targets
    assert session.set_sample([0.05, 0.1], "tomato", target=[0.01, 0.99])
    np.testing.assert_array_equal(session.target, [0.01, 0.99])
    np.testing.assert_array_equal(session.iteration.target, [0.01, 0.99])
    before = (session.x.tolist(), session.target.tolist(), session.label)
    assert not session.set_sample([0.05, 0.1], "red apple", target=[0.01, 0.99])
    assert "not the class of the largest target value" in errors[-1]
    assert not session.set_sample([0.05, 0.1], "tomato", target=[0.01, 1.5])
    assert "targets must lie between 0 and 1" in errors[-1]
    assert not session.set_sample([0.05, 0.1], "tomato", target=[0.5])
    assert not session.set_sample([150.0, 0.1], "tomato")  # gray levels unless features
    assert "gray levels" in errors[-1]
    assert (session.x.tolist(), session.target.tolist(), session.label) == before
    assert session.set_sample([150.0, -0.9], "tomato", features=True)
    np.testing.assert_array_equal(session.target, [0.0, 1.0])  # no target: one-hot
    assert not session.set_sample([2e6, 0.0], "tomato", features=True)  # the input limit
    session.load_preset("paper")
    np.testing.assert_array_equal(session.target, [0.0, 1.0])
