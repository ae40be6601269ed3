"""The Runs dock: a student makes a 2-3-2 tanh net, trains it, scrubs back through the
run, compares it with a sigmoid run, undoes training: all in the window."""

from __future__ import annotations

import json

import numpy as np
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from fruitnet_gui.files.model_io import load_model
from fruitnet_gui.ui.main_window import MainWindow
from fruitnet_gui.ui.session import Session
from fruitnet_gui.ui.unsaved import SWITCHING
from tests.ui.test_main_window import open_window, settings  # noqa: F401  (fixture)
from tests.ui.test_unsaved import answer

LEFT = Qt.MouseButton.LeftButton
WAIT = 60_000


def discard_when_asked(qtbot, window: MainWindow) -> list[str]:
    """If replacing the network would lose unsaved work (trained weights), the window
    asks Save / Discard / Cancel: click Discard when it does. The questions asked."""
    asked: list[str] = []
    if any(kind in window.session.state.unsaved for kind in SWITCHING):
        answer(qtbot, window, QMessageBox.StandardButton.Discard, asked)
    return asked


def design(qtbot, window: MainWindow, activation: str) -> None:
    """Network → New network…: 2 inputs, 3 hidden nodes of ``activation``, 2 outputs."""
    window.new_network_action.trigger()
    dialog = window.designer_dialog
    qtbot.waitExposed(dialog)
    dialog.inputs_spin.setValue(2)
    dialog.sizes[0].setValue(3)
    combo = dialog.acts[0]
    combo.setCurrentIndex(combo.findData(activation))
    dialog.outputs_spin.setValue(2)
    dialog.seed_spin.setValue(5)
    asked = discard_when_asked(qtbot, window)
    qtbot.mouseClick(_ok_button(dialog), LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert all("trained weights" in question for question in asked)
    assert window.session.network.layers == (2, 3, 2)
    assert window.session.network.activations[0] == activation


def _ok_button(dialog):
    from PySide6.QtWidgets import QDialogButtonBox

    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def train(qtbot, window: MainWindow, epochs: int) -> None:
    panel = window.training_panel
    window.training_dock.raise_()
    panel.epochs_spin.setValue(epochs)
    with qtbot.waitSignal(window.session.trainer.finished, timeout=WAIT):
        qtbot.mouseClick(panel.train_button, LEFT)
    qtbot.waitUntil(lambda: window.session.trainer.state == "idle", timeout=WAIT)


def item_point(panel, row: int) -> QPoint:
    rect = panel.run_list.visualItemRect(panel.run_list.item(row))
    return rect.center()


def test_make_train_scrub_compare_and_undo_in_the_window(qtbot, settings, tmp_path) -> None:  # noqa: F811
    session = Session()
    window = open_window(qtbot, session, settings)
    qtbot.waitUntil(lambda: window._runs_panel is not None, timeout=WAIT)
    panel = window.runs_panel
    design(qtbot, window, "tanh")
    before = session.network.flat_params().copy()
    train(qtbot, window, epochs=40)
    run = session.run
    assert run.adopted and len(run.weights) == 41  # every epoch and the start
    window.runs_dock.raise_()
    qtbot.waitUntil(panel.isVisible, timeout=WAIT)
    assert panel.run_list.count() == 1 and "tanh" in panel.run_list.item(0).text()
    assert panel.current_run() is run
    # scrub back with the keys: Home is the initial weights, then one epoch at a time
    panel.scrubber.setFocus()
    qtbot.keyClick(panel.scrubber, Qt.Key.Key_Home)
    assert session.replay is not None and session.replay.epoch == 0
    np.testing.assert_array_equal(window.canvas.live_network.flat_params(), before)
    for _ in range(12):
        qtbot.keyClick(panel.scrubber, Qt.Key.Key_Right)
    assert session.replay.epoch == 12
    shown = window.canvas.live_network.flat_params()
    np.testing.assert_array_equal(shown, run.weights.params(run.weights.index_of(12)))
    np.testing.assert_array_equal(window.hidden_weights.network.flat_params(), shown)
    assert window.training_plot.cursor_epoch == 12
    assert panel.epoch_label.text() == "Run 1: epoch 12 of 40"
    # the live network was left alone; Back to live shows it again
    assert not np.array_equal(session.network.flat_params(), shown)
    qtbot.mouseClick(panel.live_button, LEFT)
    assert session.replay is None and window.canvas.live_network is None
    assert window.training_plot.cursor_epoch is None
    assert panel.epoch_label.text() == "Showing the live network"

    # a sigmoid run of the same shape, then both compared
    design(qtbot, window, "sigmoid")
    train(qtbot, window, epochs=40)
    assert panel.run_list.count() == 2
    qtbot.mouseClick(panel.run_list.viewport(), LEFT, Qt.KeyboardModifier.NoModifier,
                     item_point(panel, 0))  # fmt: skip
    qtbot.mouseClick(panel.run_list.viewport(), LEFT, Qt.KeyboardModifier.ControlModifier,
                     item_point(panel, 1))  # fmt: skip
    names = panel.legend_names
    assert len(names) == 2 and "tanh" in names[0] and "sigmoid" in names[1]
    assert all("η 0.5" in n and "seed 0" in n for n in names)
    assert "2-3-2" in panel.legend_label.text()
    assert set(panel.curves) == {1, 2}
    x, y = panel.curves[2].getData()  # on a log scale: pyqtgraph holds log10 of it
    np.testing.assert_array_equal(x, session.run.history.column("epoch"))
    np.testing.assert_allclose(10**y, session.run.history.column("train_error"), rtol=1e-12)
    # a third run joins the two being compared, and is the one the scrubber replays
    train(qtbot, window, epochs=5)
    assert [r.number for r in panel.selected_runs()] == [1, 2, 3]
    assert panel.current_run() is session.run and len(panel.legend_names) == 3
    # run 1 trained another network: it cannot be scrubbed on this one, and says so
    qtbot.mouseClick(panel.run_list.viewport(), LEFT, Qt.KeyboardModifier.NoModifier,
                     item_point(panel, 0))  # fmt: skip
    assert not panel.scrubber.isEnabled() and "another network" in panel.note_label.text()

    # the saved model records the run that made it
    path = tmp_path / "sigmoid.json"
    assert window.save_model(str(path))
    record = json.loads(path.read_text())["training"]
    assert record["settings"]["activations"] == ["sigmoid", "sigmoid"]
    assert record["summary"]["epochs_trained"] == 5 and record["summary"]["number"] == 3
    np.testing.assert_array_equal(load_model(path).flat_params(), session.network.flat_params())

    # Edit → Undo, twice: before run 3, then before run 2, bit for bit
    after_run_2 = session.run.initial.flat_params().copy()
    sigmoid_start = session.state.runs.find(2).initial.flat_params().copy()
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo training run 3"
    window.undo_action.trigger()
    np.testing.assert_array_equal(session.network.flat_params(), after_run_2)
    assert window.statusBar().currentMessage() == "Undone: training run 3"
    assert window.undo_action.text() == "&Undo training run 2"
    window.undo_action.trigger()
    np.testing.assert_array_equal(session.network.flat_params(), sigmoid_start)
    assert not window.undo_action.isEnabled()
    assert window.redo_action.isEnabled() and window.redo_action.text() == "&Redo training run 2"
    # Reset to initial weights of run 1 brings the tanh net back, as it started (the
    # window asks first: the weights from before run 2 are in no file)
    asked = discard_when_asked(qtbot, window)
    qtbot.mouseClick(panel.reset_button, LEFT)
    assert asked == ["Save the weights from before run 2 before resetting to the weights "
                     "run 1 started from?"]  # fmt: skip
    assert session.network.activations[0] == "tanh"
    np.testing.assert_array_equal(session.network.flat_params(), before)
    # now run 1 can be scrubbed again: it is this network's
    assert panel.scrubber.isEnabled()
    # and any gradient of the tanh net is checked numerically, in the formula view
    session.seek(session.iteration.by_name["dEtotal/dw1"].index + 1)
    window.gradcheck_action.trigger()
    text = window.formula.body.toPlainText()
    assert "Gradient check" in text and "They agree" in text


def test_replay_ends_when_the_live_network_moves(qtbot, settings) -> None:  # noqa: F811
    session = Session()
    window = open_window(qtbot, session, settings)
    qtbot.waitUntil(lambda: window._runs_panel is not None, timeout=WAIT)
    panel = window.runs_panel
    train(qtbot, window, epochs=5)  # the paper net on its one sample
    window.runs_dock.raise_()
    qtbot.waitUntil(panel.isVisible, timeout=WAIT)
    panel.scrubber.setFocus()
    qtbot.keyClick(panel.scrubber, Qt.Key.Key_Home)
    assert session.replay is not None
    qtbot.keyClick(panel.scrubber, Qt.Key.Key_Escape)
    assert session.replay is None
    assert panel.scrubber.value() == panel.scrubber.maximum()  # the end: the trained net
    qtbot.keyClick(panel.scrubber, Qt.Key.Key_Left)
    assert session.replay.epoch == 4
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Right)  # a step of the live network
    assert session.position == 1
    assert session.replay is None and window.canvas.live_network is None
    assert panel.scrubber.value() == panel.scrubber.maximum()


def test_a_10000_epoch_run_through_the_training_process_keeps_the_bound(qtbot) -> None:
    """The process thins and sends; the window's record holds what the process kept:
    at most 1,000 snapshots, evenly spaced, each the weights after its epoch (the
    process trains with the compiled loop: the same to the last bit or two as a NumPy
    run here; bit for bit against its own trainer in tests/model/test_run_history.py)."""
    from fruitnet_gui.model.net.network import PAPER_INPUT, PAPER_TARGET, paper_network
    from fruitnet_gui.model.training import TrainingConfig
    from fruitnet_gui.model.training import train as train_here
    from fruitnet_gui.model.training.history import MAX_SNAPSHOTS
    from fruitnet_gui.ui.training.worker import TrainingRunner

    runner = TrainingRunner(use_process=True)
    config = TrainingConfig(epochs=10_000, seed=2)
    args = (paper_network(), PAPER_INPUT[None, :], PAPER_TARGET[None, :], config)
    try:
        with qtbot.waitSignal(runner.finished, timeout=WAIT):
            assert runner.start(*args)
        weights = runner.run.weights
        assert len(weights) <= MAX_SNAPSHOTS and weights.epochs[-1] == 10_000
        steps = np.diff(weights.epochs)
        assert len(set(steps[:-1].tolist())) == 1  # evenly spaced
        wanted = set(weights.epochs.tolist())
        truth = {0: paper_network().flat_params()}
        for p in train_here(*args):
            if p.epoch in wanted and p.samples_done == 0:
                truth[p.epoch] = p.network.flat_params()
        for i, epoch in enumerate(weights.epochs.tolist()):
            np.testing.assert_allclose(weights.params(i), truth[epoch], rtol=1e-12, atol=1e-14)
        last = runner.run.last_progress().network.flat_params()
        np.testing.assert_array_equal(weights.params(-1), last)  # the trained net, exactly
    finally:
        runner.shutdown()


def test_the_landscape_follows_the_replay_with_the_runs_path(qtbot, settings) -> None:  # noqa: F811
    session = Session()
    window = open_window(qtbot, session, settings)
    qtbot.waitUntil(lambda: window._runs_panel is not None, timeout=WAIT)
    train(qtbot, window, epochs=20)
    run = session.run
    view = window.show_explore_view("landscape").widget()
    view.set_pair("w5", "w6")
    panel = window.runs_panel
    window.runs_dock.raise_()
    qtbot.waitUntil(panel.isVisible, timeout=WAIT)
    panel.scrubber.setFocus()
    qtbot.keyClick(panel.scrubber, Qt.Key.Key_Home)
    for _ in range(7):
        qtbot.keyClick(panel.scrubber, Qt.Key.Key_Right)
    assert session.replay.epoch == 7
    w5 = [run.weights.network(i).weights[1][0, 0] for i in range(8)]
    w6 = [run.weights.network(i).weights[1][0, 1] for i in range(8)]
    assert view.trail == list(zip(w5, w6))
    x, y = view.point.getData()
    assert (x[0], y[0]) == (w5[-1], w6[-1])
    qtbot.mouseClick(panel.live_button, LEFT)
    live = session.network
    assert view.trail[-1] == (live.weights[1][0, 0], live.weights[1][0, 1])


def test_the_landscape_keeps_calm_when_its_weights_go_with_the_network(qtbot, session) -> None:
    """The fruit net's w300 is no weight of the paper net: switching says nothing wrong
    and picks the paper's w5, w6 (it raised KeyError in a slot)."""
    from fruitnet_gui.ui.explore.landscape_view import LandscapeView

    session.load_preset("fruit")
    view = LandscapeView(session)
    qtbot.addWidget(view)
    view.show()
    view.set_pair("w300", "w301")
    assert view.pair == ("w300", "w301") and view.data is not None
    session.load_preset("paper")
    assert view.pair == ("w5", "w6") and view.trail[-1] == (0.05, 0.4)
