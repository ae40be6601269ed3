"""The training panel: real clicks on Train / Pause / Resume / Stop, with the live plot."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import Qt

from fruitnet_gui.model.errors import ModelError
from fruitnet_gui.model.network import check_learning_rate
from fruitnet_gui.ui.training_panel import TrainingPanel, format_seconds
from fruitnet_gui.ui.training_plot import TrainingPlot

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def panel(qtbot, session) -> TrainingPanel:
    widget = TrainingPanel(session)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def plot(qtbot, session) -> TrainingPlot:
    widget = TrainingPlot(session)
    qtbot.addWidget(widget)
    widget.resize(500, 420)
    widget.show()
    return widget


def n_points(plot: TrainingPlot, key: str = "train_error") -> int:
    return len(plot.points(key)[0])


def position(session) -> tuple[int, int]:
    latest = session.trainer.latest
    return (latest.epoch, latest.samples_done)


def test_buttons_follow_the_trainer_state(qtbot, fruit, panel):
    session = fruit
    assert panel.train_button.isEnabled()
    assert not panel.pause_button.isEnabled() and not panel.stop_button.isEnabled()
    assert "500" in panel.source_label.text() and "150" in panel.source_label.text()
    panel.epochs_spin.setValue(500)
    qtbot.mouseClick(panel.train_button, LEFT)
    assert session.trainer.state == "running"
    assert not panel.train_button.isEnabled() and not panel.epochs_spin.isEnabled()
    assert panel.pause_button.isEnabled() and panel.stop_button.isEnabled()
    qtbot.mouseClick(panel.pause_button, LEFT)
    assert session.trainer.state == "paused" and panel.pause_button.text() == "Resume"
    assert panel.progress_bar.format().endswith("paused")
    with qtbot.waitSignal(session.trainer.finished, timeout=2000):
        qtbot.mouseClick(panel.stop_button, LEFT)
    assert session.trainer.state == "idle"
    assert panel.train_button.isEnabled() and not panel.stop_button.isEnabled()
    assert panel.pause_button.text() == "Pause"


def test_train_pause_resume_stop(qtbot, fruit, panel, plot):
    session = fruit
    # far more epochs than the test lets run: the compiled loop trains the 500 fruit
    # samples' 400 epochs in a few tenths of a second, which could end before Pause
    panel.epochs_spin.setValue(5000)
    qtbot.mouseClick(panel.train_button, LEFT)
    qtbot.waitUntil(lambda: n_points(plot) >= 2, timeout=5000)
    assert n_points(plot, "test_error") == n_points(plot)
    assert "of 5000" in panel.progress_bar.format()
    assert "training error" in panel.result_label.text()

    qtbot.mouseClick(panel.pause_button, LEFT)
    assert session.trainer.state == "paused"
    qtbot.wait(100)  # the worker finishes the chunk it is in: that is the allowed lag
    paused_at = position(session)
    points = n_points(plot)
    qtbot.wait(300)
    assert position(session) == paused_at, "training went on while paused"
    assert n_points(plot) == points

    qtbot.mouseClick(panel.pause_button, LEFT)  # Resume
    assert session.trainer.state == "running"
    qtbot.waitUntil(lambda: position(session) > paused_at, timeout=5000)

    with qtbot.waitSignal(session.trainer.finished, timeout=2000) as blocker:
        qtbot.mouseClick(panel.stop_button, LEFT)
    last = blocker.args[0]
    assert not last.finished and last.epoch < 5000
    assert "stopped" in panel.progress_bar.format()
    assert "Stopped" in panel.message_label.text()
    # the trained weights are the session's, and stepping works on them
    assert np.array_equal(session.shown_network.flat_params(), last.network.flat_params())
    assert session.step() and session.position == 1
    assert session.finish()
    assert np.isfinite(session.iteration.error)


def test_the_paper_net_trains_on_its_one_sample(qtbot, session, panel, plot):
    assert session.preset_name == "paper"
    assert "one sample in the editor" in panel.source_label.text()
    before = session.network.flat_params()
    panel.epochs_spin.setValue(40)
    with qtbot.waitSignal(session.trainer.finished, timeout=10_000) as blocker:
        qtbot.mouseClick(panel.train_button, LEFT)
    assert blocker.args[0].finished and blocker.args[0].reason == "epochs"
    qtbot.waitUntil(lambda: n_points(plot) == 40)
    x, y = plot.points("train_error")
    assert list(x) == list(range(1, 41))
    assert np.all(np.diff(y) < 0)  # one sample, online: the error falls every epoch
    assert n_points(plot, "test_error") == 0  # no test set: no test curve
    assert not plot.curves["test_error"].isVisible()
    assert "Finished all 40 epochs" in panel.message_label.text()
    assert not np.array_equal(session.network.flat_params(), before)
    assert session.iteration.error == pytest.approx(y[-1], rel=1e-9)


def test_huge_or_zero_learning_rate_is_refused_with_the_reason(qtbot, panel, session):
    for value in (5000.0, 0.0):
        panel.lr_spin.setValue(value)
        with pytest.raises(ModelError) as info:
            check_learning_rate(value)
        assert panel.message_label.isVisible()
        assert str(info.value) in panel.message_label.text()
        assert not panel.train_button.isEnabled()
    panel.lr_spin.setValue(0.25)
    assert panel.train_button.isEnabled() and not panel.message_label.isVisible()
    assert panel.config().learning_rate == 0.25


def test_batch_size_only_for_mini_batch_and_target_error_only_when_checked(panel):
    assert panel.config().mode == "online" and not panel.batch_spin.isEnabled()
    panel.mode_combo.setCurrentIndex(panel.mode_combo.findData("minibatch"))
    assert panel.batch_spin.isEnabled()
    panel.batch_spin.setValue(8)
    assert panel.config().batch_size == 8 and panel.config().mode == "minibatch"
    panel.mode_combo.setCurrentIndex(panel.mode_combo.findData("batch"))
    assert not panel.batch_spin.isEnabled()
    assert not panel.target_spin.isEnabled() and panel.config().target_error is None
    panel.target_check.setChecked(True)
    assert panel.target_spin.isEnabled()
    panel.target_spin.setValue(0.02)
    assert panel.config().target_error == pytest.approx(0.02)


def test_target_error_stops_early(qtbot, fruit, panel):
    session = fruit
    panel.epochs_spin.setValue(300)
    panel.target_check.setChecked(True)
    panel.target_spin.setValue(0.03)
    with qtbot.waitSignal(session.trainer.finished, timeout=20_000) as blocker:
        qtbot.mouseClick(panel.train_button, LEFT)
    last = blocker.args[0]
    assert last.reason == "target error" and last.epoch < 300
    assert last.history[-1].train_error <= 0.03
    assert "Reached the target error" in panel.message_label.text()
    assert f"After epoch {last.epoch}:" in panel.result_label.text()


def test_mini_batch_training_runs_to_the_end(qtbot, fruit, panel):
    session = fruit
    panel.mode_combo.setCurrentIndex(panel.mode_combo.findData("minibatch"))
    panel.epochs_spin.setValue(3)
    with qtbot.waitSignal(session.trainer.finished, timeout=10_000) as blocker:
        qtbot.mouseClick(panel.train_button, LEFT)
    assert blocker.args[0].finished and len(blocker.args[0].history) == 3
    assert panel.progress_bar.value() == 1000
    assert "epoch 3 of 3" in panel.progress_bar.format()
    assert "test error" in panel.result_label.text()


def test_the_source_line_follows_the_dataset(panel, fruit):
    session = fruit
    assert "Training on the <b>500</b> images" in panel.source_label.text()
    session.set_dataset(None, None)
    assert "one sample in the editor" in panel.source_label.text()


def test_closing_the_panel_stops_training_within_a_second(qtbot, fruit, panel):
    session = fruit
    panel.epochs_spin.setValue(1000)
    qtbot.mouseClick(panel.train_button, LEFT)
    qtbot.waitUntil(lambda: session.trainer.latest is not None, timeout=5000)
    t0 = time.monotonic()
    panel.close()
    qtbot.waitUntil(lambda: session.trainer.state == "idle", timeout=1000)
    assert time.monotonic() - t0 < 1.0


def test_switching_the_network_while_training_keeps_the_new_one(qtbot, fruit, panel):
    session = fruit
    panel.epochs_spin.setValue(1000)
    qtbot.mouseClick(panel.train_button, LEFT)
    qtbot.waitUntil(lambda: session.trainer.latest is not None, timeout=5000)
    errors: list[str] = []
    session.error_occurred.connect(errors.append)
    with qtbot.waitSignal(session.trainer.finished, timeout=3000):
        session.load_preset("paper")
    assert session.network.layers == (2, 2, 2) and errors == []
    assert "Another network" in panel.message_label.text()


def test_format_seconds():
    assert format_seconds(8.4) == "8 s"
    assert format_seconds(125) == "2 min 05 s"
    assert format_seconds(3720) == "1 h 02 min"
