"""The training panel: real clicks on Train / Pause / Resume / Stop, with the live plot."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import Qt

from fruitnet_gui.model.errors import ModelError
from fruitnet_gui.model.net.network import check_learning_rate
from fruitnet_gui.ui.training.panel import TrainingPanel, format_seconds
from fruitnet_gui.ui.training.plot import TrainingPlot

LEFT = Qt.MouseButton.LeftButton
#: Waits are for the event itself; this is only the ceiling (a cold training process on
#: a loaded machine took 4.6-4.8 s to start where a test allowed 2-5 s).
WAIT = 60_000
#: One frame: Stop, Pause and closing must never hold the GUI thread longer (tests allow
#: a loaded machine some slack: the old stop() waited 2 s).
FRAME_S = 0.016
# A ceiling, not a speed: the waits these tests guard against held the GUI thread 2-2.5 s;
# a close or a Stop takes a few ms, 0.104 s once at load 12 on 2 cores (0.1 s failed there).
SLACK_S = 1.0


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
    with qtbot.waitSignal(session.trainer.pause_confirmed, timeout=WAIT):
        qtbot.mouseClick(panel.pause_button, LEFT)
        assert session.trainer.state == "paused" and panel.pause_button.text() == "Resume"
        assert panel.progress_bar.format().endswith("pausing…")
    assert panel.progress_bar.format().endswith("— paused")
    with qtbot.waitSignal(session.trainer.finished, timeout=WAIT):
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
    qtbot.waitUntil(lambda: n_points(plot) >= 2, timeout=WAIT)
    assert n_points(plot, "test_error") == n_points(plot)
    assert "of 5000" in panel.progress_bar.format()
    assert "training error" in panel.result_label.text()

    with qtbot.waitSignal(session.trainer.pause_confirmed, timeout=WAIT) as paused:
        qtbot.mouseClick(panel.pause_button, LEFT)
    assert session.trainer.state == "paused"
    paused_at = position(session)
    assert paused.args[0] is session.trainer.latest
    points = n_points(plot)
    qtbot.wait(300)
    assert position(session) == paused_at, "training went on while paused"
    assert n_points(plot) == points

    qtbot.mouseClick(panel.pause_button, LEFT)  # Resume
    assert session.trainer.state == "running"
    qtbot.waitUntil(lambda: position(session) > paused_at, timeout=WAIT)

    with qtbot.waitSignal(session.trainer.finished, timeout=WAIT) as blocker:
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
    with qtbot.waitSignal(session.trainer.finished, timeout=WAIT) as blocker:
        qtbot.mouseClick(panel.train_button, LEFT)
    assert blocker.args[0].finished and blocker.args[0].reason == "epochs"
    assert n_points(plot) == 40
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
    with qtbot.waitSignal(session.trainer.finished, timeout=WAIT) as blocker:
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
    with qtbot.waitSignal(session.trainer.finished, timeout=WAIT) as blocker:
        qtbot.mouseClick(panel.train_button, LEFT)
    assert blocker.args[0].finished and len(blocker.args[0].history) == 3
    assert panel.progress_bar.value() == 1000
    assert panel.progress_bar.format() == "3 of 3 epochs trained — done"
    assert "test error" in panel.result_label.text()


def test_the_source_line_follows_the_dataset(panel, fruit):
    session = fruit
    assert "Training on the <b>500</b> images" in panel.source_label.text()
    session.set_dataset(None, None)
    assert "one sample in the editor" in panel.source_label.text()


def test_closing_the_panel_stops_training_without_blocking(qtbot, fruit, panel):
    session = fruit
    panel.epochs_spin.setValue(1000)
    qtbot.mouseClick(panel.train_button, LEFT)
    qtbot.waitUntil(lambda: session.trainer.latest is not None, timeout=WAIT)
    with qtbot.waitSignal(session.trainer.finished, timeout=WAIT):
        t0 = time.perf_counter()
        panel.close()
        assert time.perf_counter() - t0 < SLACK_S
    assert session.trainer.state == "idle"


def test_switching_the_network_while_training_keeps_the_new_one(qtbot, fruit, panel, plot):
    session = fruit
    panel.epochs_spin.setValue(1000)
    qtbot.mouseClick(panel.train_button, LEFT)
    qtbot.waitUntil(lambda: n_points(plot) >= 1, timeout=WAIT)
    errors: list[str] = []
    session.error_occurred.connect(errors.append)
    with qtbot.waitSignal(session.trainer.finished, timeout=WAIT):
        session.load_preset("paper")
        # at once: nothing of the fruit run is shown under the paper network
        assert n_points(plot) == 0 and "Train to see" in plot.title_text
        assert panel.progress_bar.format() == "Not started"
        assert panel.result_label.text() == ""
    assert session.network.layers == (2, 2, 2) and errors == []
    assert session.run.superseded and not session.run.adopted
    assert "previous network was stopped" in panel.message_label.text()
    assert panel.progress_bar.format() == "Not started" and n_points(plot) == 0
    assert "one sample in the editor" in panel.source_label.text()


# -- the bugs of issue #11 ---------------------------------------------------------------
def test_stop_right_after_the_first_train_answers_at_once_and_finishes(qtbot, fruit, panel):
    """It froze the window ~2 s, then went idle with no `finished`, "Starting…" for ever."""
    session = fruit
    panel.epochs_spin.setValue(1000)
    qtbot.mouseClick(panel.train_button, LEFT)  # a cold process: it is still starting
    with qtbot.waitSignal(session.trainer.finished, timeout=WAIT) as blocker:
        t0 = time.perf_counter()
        qtbot.mouseClick(panel.stop_button, LEFT)
        blocked = time.perf_counter() - t0
    assert blocked < SLACK_S, f"Stop held the GUI thread {1000 * blocked:.0f} ms"
    last = blocker.args[0]
    assert not last.finished and session.trainer.state == "idle"
    assert "Starting" not in panel.progress_bar.format()
    assert "stopped" in panel.progress_bar.format() and "Stopped" in panel.message_label.text()
    assert panel.train_button.isEnabled()


def test_paused_shows_exactly_what_was_trained(qtbot, fruit, panel, plot):
    """Paused, the window said epoch 1936 of 1986 trained; three views, three numbers."""
    session = fruit
    panel.epochs_spin.setValue(5000)
    qtbot.mouseClick(panel.train_button, LEFT)
    qtbot.waitUntil(lambda: n_points(plot) >= 3, timeout=WAIT)
    with qtbot.waitSignal(session.trainer.pause_confirmed, timeout=WAIT) as paused:
        qtbot.mouseClick(panel.pause_button, LEFT)
    trained = paused.args[0]
    epochs = len(trained.history)
    assert trained.epoch == epochs and session.trainer.latest is trained
    assert n_points(plot) == epochs
    assert plot.title_text.startswith(f"Epoch {epochs} of 5000")
    assert panel.progress_bar.format() == f"{epochs} of 5000 epochs trained — paused"
    assert f"After epoch {epochs}:" in panel.result_label.text()
    with qtbot.waitSignal(session.trainer.finished, timeout=WAIT):
        qtbot.mouseClick(panel.stop_button, LEFT)


def test_a_training_error_is_a_sentence_and_its_traceback_is_logged(
    qtbot, session, panel, monkeypatch, tmp_path
):
    from fruitnet_gui.ui.training import worker as training_worker

    def broken(*_args):
        raise ZeroDivisionError("a bug")
        yield

    monkeypatch.setattr(training_worker, "train", broken)
    session.trainer.use_process = False  # the thread fallback sees the patched train
    errors: list[str] = []
    session.error_occurred.connect(errors.append)
    with qtbot.waitSignal(session.trainer.finished, timeout=WAIT):
        qtbot.mouseClick(panel.train_button, LEFT)
    log = (tmp_path / "log" / "fruitnet.log").read_text()
    assert "Traceback" in log and "ZeroDivisionError: a bug" in log
    shown = panel.message_label.text()
    assert "internal error (ZeroDivisionError: a bug)" in shown and "fruitnet.log" in shown
    assert "Traceback" not in shown and "ZeroDivisionError('a bug')" not in shown
    assert errors and errors[-1] in shown
    assert session.run.status == "failed" and not session.run.adopted
    assert panel.progress_bar.format() == "Not trained" and panel.train_button.isEnabled()


def test_format_seconds():
    assert format_seconds(8.4) == "8 s"
    assert format_seconds(125) == "2 min 05 s"
    assert format_seconds(3720) == "1 h 02 min"
