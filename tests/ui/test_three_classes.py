"""A dataset of three classes in the window: a softmax output with one node per class,
trained, its confusion matrix, its step-through; and the command line agrees."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt

from fruitnet_gui.commands import run as cli
from fruitnet_gui.files.dataset_io import load_dataset, save_dataset
from fruitnet_gui.files.model_io import load_model, save_model
from fruitnet_gui.model.data.dataset import Dataset
from fruitnet_gui.model.explore.decision import decision_grid
from fruitnet_gui.model.explore.design import design_network
from fruitnet_gui.model.training import TrainingConfig
from fruitnet_gui.resources import DATASETS
from fruitnet_gui.ui.session import Session
from tests.ui.test_main_window import open_window, settings  # noqa: F401  (fixture)
from tests.ui.test_runs_panel import train

THREE = DATASETS / "fruit-features-3"
WAIT = 60_000


def test_three_classes_from_the_file_to_the_step_through(qtbot, settings, tmp_path,  # noqa: F811
                                                         capsys) -> None:  # fmt: skip
    session = Session()
    window = open_window(qtbot, session, settings)
    assert window.dataset_browser.open_file(THREE / "train.json")
    net = session.network
    assert net.layers == (2, 3, 3) and net.classes == ("red apple", "tomato", "banana")
    assert net.activations[-1] == "softmax" and net.loss == "cross_entropy"
    # the designer proposes the same: one softmax node per class
    window.new_network_action.trigger()
    dialog = window.designer_dialog
    qtbot.waitExposed(dialog)
    assert dialog.outputs_spin.value() == 3
    assert dialog.output_combo.currentData() == "cross_entropy"
    dialog.reject()
    start = tmp_path / "start.json"
    assert window.save_model(str(start))

    train(qtbot, window, epochs=30)
    assert session.run.adopted and len(session.run.history) == 30
    matrix = window.confusion.matrix
    assert matrix.shape == (3, 3) and int(matrix.sum()) == 60
    assert session.run.history[-1].train_accuracy > 0.9  # three clouds: learnt

    # the decision map: three regions now, and the untrained map when replayed at the start
    decision = window.show_explore_view("decision").widget()
    assert decision.colour_at(0.18, 0.85) == 2 and decision.colour_at(0.88, 0.2) == 1
    trained_map = decision.grid["cls"].copy()
    assert session.replay_to(session.run, 0)
    start_map = decision_grid(session.run.initial, decision.grid["x"][[0, -1]],
                              decision.grid["y"][[0, -1]], decision.N)["cls"]  # fmt: skip
    np.testing.assert_array_equal(decision.grid["cls"], start_map)
    assert not np.array_equal(start_map, trained_map)
    session.end_replay()
    assert decision.colour_at(0.18, 0.85) == 2

    # the step-through of the trained net, in the window, sub-step by sub-step
    trained = tmp_path / "trained.json"
    assert window.save_model(str(trained))  # as shown: the trained weights
    qtbot.mouseClick(window.stepper.buttons["finish"], Qt.MouseButton.LeftButton)
    assert session.cursor.at_end
    window_values = {s.id: s.value for s in session.iteration.steps}
    assert "forward:outy3" in window_values

    # fruitnet trace of the saved model: the same sub-steps and values
    capsys.readouterr()
    x = [str(v) for v in session.x]
    target = [str(t) for t in session.target]
    assert cli(["trace", "--model", str(trained), "--input", *x, "--target", *target,
                "--format", "json", "--level", "factor"]) == 0  # fmt: skip
    traced = {s["id"]: s["value"] for s in json.loads(capsys.readouterr().out)["steps"]}
    assert traced.keys() == window_values.keys()
    for key, value in window_values.items():
        assert traced[key] == value, key

    # fruitnet train from the same start, settings and data: the same weights
    out = tmp_path / "cli.json"
    assert cli(["train", "--model", str(start), "--dataset", str(THREE / "train.json"),
                "--epochs", "30", "--save-model", str(out)]) == 0  # fmt: skip
    capsys.readouterr()
    np.testing.assert_allclose(load_model(out).flat_params(), session.network.flat_params(),
                               rtol=1e-9, atol=1e-12)  # fmt: skip
    record = json.loads(out.read_text())["training"]
    assert record["settings"]["config"]["epochs"] == 30
    assert record["settings"]["activations"] == ["sigmoid", "softmax"]


@pytest.mark.parametrize(
    ("hidden", "loss", "outputs"),
    [("tanh", "squared", 2), ("relu", "cross_entropy", 3), ("sigmoid", "cross_entropy", 2)],
)
def test_the_window_and_fruitnet_train_agree_on_any_design(
    qtbot, session, tmp_path, capsys, hidden, loss, outputs
) -> None:
    """The same start, data and settings: the window's run (in the training process) and
    `fruitnet train --model` end on the same weights, and the run's record says so."""
    data = load_dataset(THREE / "train.json")
    if outputs == 2:  # two of the three fruits
        keep = [i for i, label in enumerate(data.labels) if label != "banana"]
        data = Dataset(data.inputs()[keep], [data.labels[i] for i in keep],
                       classes=("red apple", "tomato"), kind="features")  # fmt: skip
    out_act = "softmax" if loss == "cross_entropy" else "sigmoid"
    net = design_network([2, 4, outputs], activations=[hidden, out_act], loss=loss, seed=8,
                         classes=data.classes, learning_rate=0.3)  # fmt: skip
    session.set_network(net)
    assert session.set_dataset(data)
    start, data_path = tmp_path / "start.json", tmp_path / "data.json"
    save_model(net, start)
    save_dataset(data, data_path)
    with qtbot.waitSignal(session.trainer.finished, timeout=WAIT):
        assert session.start_training(TrainingConfig(epochs=12, learning_rate=0.3, seed=3))
    assert session.run.adopted
    out = tmp_path / "cli.json"
    assert cli(["train", "--model", str(start), "--dataset", str(data_path), "--epochs", "12",
                "--seed", "3", "--save-model", str(out)]) == 0  # fmt: skip
    capsys.readouterr()
    np.testing.assert_allclose(load_model(out).flat_params(), session.network.flat_params(),
                               rtol=1e-9, atol=1e-12)  # fmt: skip
    window_summary = session.state.training_record()["summary"]
    cli_summary = json.loads(out.read_text())["training"]["summary"]
    assert cli_summary["epochs_trained"] == window_summary["epochs_trained"] == 12
    assert cli_summary["train_error"] == pytest.approx(window_summary["train_error"], rel=1e-9)
