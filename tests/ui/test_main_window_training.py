"""Training from the main window: the docks, the live canvas, the locked stepper."""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import Qt

from fruitnet_gui.ui.main_window import MainWindow
from fruitnet_gui.ui.session import Session
from tests.ui.test_main_window import open_window, settings  # noqa: F401  (fixture)


def start_fruit_training(qtbot, window: MainWindow, epochs: int) -> None:
    window.fruit_action.trigger()
    assert window.dataset_browser.load_fruit_dataset()
    window.training_dock.raise_()
    window.training_panel.epochs_spin.setValue(epochs)
    qtbot.mouseClick(window.training_panel.train_button, Qt.MouseButton.LeftButton)


def test_training_shows_live_weights_and_locks_stepping(qtbot, settings) -> None:  # noqa: F811
    session = Session()
    window = open_window(qtbot, session, settings)
    start_fruit_training(qtbot, window, epochs=100_000)  # stopped below
    assert session.trainer.state == "running"
    # stepping is off while the weights are being trained
    assert not window.stepper.step_action.isEnabled()
    assert not window.stepper.isEnabled()
    # the canvas follows the snapshots: its weights are the trainer's, not the session's
    # (generous: a cold training process spawns, imports NumPy, SciPy and Numba first)
    qtbot.waitUntil(lambda: window.canvas.live_network is not None, timeout=30_000)
    live = window.canvas.live_network
    assert not np.array_equal(live.flat_params(), session.network.flat_params())
    assert window.curves_dock.isVisible()
    qtbot.waitUntil(lambda: len(window.training_plot.points("train_error")[0]) >= 2, timeout=10000)
    qtbot.mouseClick(window.training_panel.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.trainer.state == "idle", timeout=3000)
    # back to stepping, on the trained weights
    assert window.canvas.live_network is None
    assert window.stepper.step_action.isEnabled()
    trained = session.network.flat_params()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert session.position == 1
    assert np.array_equal(session.network.flat_params(), trained)


def test_finished_training_shows_the_confusion_matrix(qtbot, settings) -> None:  # noqa: F811
    session = Session()
    window = open_window(qtbot, session, settings)
    size = window.size()
    start_fruit_training(qtbot, window, epochs=2)
    qtbot.waitUntil(lambda: session.trainer.state == "idle", timeout=20000)
    assert window.confusion.matrix is not None
    assert int(window.confusion.matrix.sum()) == len(session.test_set)
    assert window.confusion_dock.isVisible()
    qtbot.wait(50)  # the docks' layouts settle
    # the matrix fits its dock (scrolling sideways if it must): the window keeps its size
    assert window.size() == size
    for row in window.confusion.cells:
        for cell in row:
            assert cell.width() >= cell.sizeHint().width()  # "97%", never cut


def test_closing_the_window_while_training_exits_within_a_second(qtbot, settings) -> None:  # noqa: F811
    session = Session()
    window = open_window(qtbot, session, settings)
    start_fruit_training(qtbot, window, epochs=500)
    qtbot.waitUntil(lambda: session.trainer.latest is not None, timeout=5000)
    t0 = time.perf_counter()
    window.close()
    assert time.perf_counter() - t0 < 1.0
    qtbot.waitUntil(lambda: session.trainer.state == "idle", timeout=1000)
