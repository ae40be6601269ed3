"""The Qt-free application state: defaults shared with the CLI, events, the run lock,
and the model changes the rest of the suite did not pin down."""

from __future__ import annotations

import json

import numpy as np
import pytest

from fruitnet_gui.files.model_io import save_model
from fruitnet_gui.model.net.network import PAPER_INPUT, paper_network, random_network
from fruitnet_gui.model.state import AppState, default_sample
from fruitnet_gui.model.training import History, TrainingConfig, train
from fruitnet_gui.model.training import loop as training_module
from fruitnet_gui.model.training.run import TrainingRun, progress_delta


def recorder(state: AppState) -> list[tuple[str, dict]]:
    seen: list[tuple[str, dict]] = []
    for name in state.events.names:
        state.events[name].connect(lambda e: seen.append((e.type, e.values)))
    return seen


# -- the default sample: one policy for the window and `fruitnet trace` ----------------
def trace_json(tmp_path, capsys, net) -> dict:
    from fruitnet_gui.commands import run

    path = tmp_path / "m.json"
    save_model(net, path)
    capsys.readouterr()
    assert run(["trace", "--model", str(path), "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("layers", [(2, 3, 2), (2, 2, 2), (36, 4, 2), (3, 2, 3)])
def test_the_cli_traces_the_sample_the_window_opens_with(tmp_path, capsys, layers):
    shape = (6, 6) if layers[0] == 36 else (1, layers[0])
    classes = ("red apple", "tomato") if layers[-1] == 2 else None
    net = random_network(layers, 1, input_shape=shape, classes=classes)
    state = AppState(net)
    data = trace_json(tmp_path, capsys, net)
    it = state.iteration
    traced = {s["id"]: s["value"] for s in data["steps"]}
    assert traced and traced == pytest.approx(
        {s.id: s.value for s in it.steps if s.id in traced}, rel=1e-12
    )
    assert data["error"] == pytest.approx(it.error, rel=1e-12)
    sample = default_sample(net)
    assert state.label == sample.label and np.array_equal(state.x, sample.x)


def test_a_2_3_2_model_starts_on_the_papers_tomato():
    net = random_network((2, 3, 2), 0, classes=("red apple", "tomato"))
    sample = default_sample(net)
    assert sample.label == "tomato" and np.array_equal(sample.x, PAPER_INPUT)


# -- events ---------------------------------------------------------------------------
def test_each_change_says_what_changed():
    state = AppState()
    seen = recorder(state)
    assert state.move("step")
    assert [t for t, _ in seen] == ["cursor"] and seen[0][1] == {"position": 1}
    seen.clear()
    state.set_level("phase")
    assert seen == [("level", {"level": state.level})]
    seen.clear()
    assert state.set_sample([0.2, 0.3], None)
    assert [t for t, _ in seen] == ["history", "iteration", "cursor", "sample"]
    seen.clear()
    assert not state.set_sample([2.0, 0.3], None)
    assert [t for t, _ in seen] == ["error"] and "between 0 and 1" in seen[0][1]["message"]


def test_the_state_is_plain_data():
    state = AppState()
    state.move("finish")
    d = state.to_dict()
    json.dumps(d)
    assert d["sample"] == {"input": [0.15, 0.35], "label": "tomato"}
    assert d["position"] == len(state.iteration) and d["run"] is None
    state.set_pencil(4)
    again = AppState.from_dict(json.loads(json.dumps(state.to_dict())))
    assert again.position == state.position and again.pencil == 4
    assert np.array_equal(again.network.flat_params(), state.network.flat_params())
    assert again.label == "tomato" and again.iteration.error == state.iteration.error


# -- the lock while a run owns the network --------------------------------------------
def test_a_live_run_refuses_every_edit_with_the_reason():
    state = AppState()
    run = state.begin_run(TrainingConfig(epochs=3))
    assert run is not None and run.locks_edits and run.source == "sample in the editor"
    before = state.network.flat_params()
    errors: list[str] = []
    state.events.error.connect(lambda e: errors.append(e.message))
    assert not state.set_weight("w1", 0.9)
    assert not state.set_sample([0.5, 0.5], None)
    assert not state.set_sample(None, "red apple")
    assert not state.move("step") and not state.move("seek", 5)
    assert not state.set_dataset(None, None)
    assert not state.edit_dataset("add")
    assert not state.set_learning_rate(0.1)
    assert len(errors) == 8 and all("Training is in progress" in e for e in errors)
    assert np.array_equal(state.network.flat_params(), before) and state.position == 0
    # the run ends: its weights are adopted, and editing works again
    trained = list(train(*run.args()))[-1]
    head, rows = progress_delta(trained, 0)
    run.receive(head, rows)
    run.end("finished")
    state.end_run(run)
    assert run.adopted and np.array_equal(state.network.flat_params(),
                                          trained.network.flat_params())  # fmt: skip
    assert state.set_weight("w1", 0.9)


def test_choosing_another_network_supersedes_the_run():
    state = AppState()
    run = state.begin_run(TrainingConfig(epochs=3))
    state.load_preset("fruit")
    assert run.superseded and not run.locks_edits
    assert state.set_sample(None, "tomato")  # the new network is editable at once
    run.end("stopped")
    state.end_run(run)
    assert not run.adopted and state.network.layers == (36, 36, 2)


# -- the run record ---------------------------------------------------------------------
def test_the_record_rebuilds_the_whole_history_from_deltas():
    net = paper_network()
    config = TrainingConfig(epochs=30, report_every=1)
    snaps = list(train(net, PAPER_INPUT[None, :], np.array([[0.0, 1.0]]), config))
    run = TrainingRun(config, net, PAPER_INPUT[None, :], np.array([[0.0, 1.0]]))
    sent = 0
    for p in [*snaps[::7], snaps[-1]]:
        head, rows = progress_delta(p, sent)
        assert head.history == () and len(rows) == len(p.history) - sent
        sent = len(p.history)
        got = run.receive(head, rows)
    assert got.history == snaps[-1].history and len(run.history) == 30
    assert run.to_dict()["history"]["epoch"] == list(range(1, 31))


def test_a_history_view_does_not_grow_and_pickles_small():
    import pickle

    h = History(True)
    for e in range(1, 1001):
        h.append(training_module.EpochResult(e, 1.0 / e, 0.5, 2.0 / e, 0.25, 0.001))
    view = h.view()
    h.append(training_module.EpochResult(1001, 0.0, 1.0, 0.0, 1.0, 0.0))
    assert len(view) == 1000 and view[-1].epoch == 1000 and len(h) == 1001
    assert pickle.loads(pickle.dumps(view)) == view
    assert len(pickle.dumps(view)) < 1000 * 6 * 8 + 500
    assert view.column("test_error")[1] == 1.0


# -- changes to the model that the suite did not catch -----------------------------------
def test_divergence_is_detected(monkeypatch):
    monkeypatch.setattr(training_module, "evaluate", lambda *_a: (float("nan"), 0.0))
    snaps = list(train(paper_network(), PAPER_INPUT[None, :], np.array([[0.0, 1.0]]),
                       TrainingConfig(epochs=5)))  # fmt: skip
    assert snaps[-1].finished and snaps[-1].reason == "diverged" and snaps[-1].epoch == 1


def test_next_iteration_carries_every_updated_weight():
    state = AppState()
    state.move("finish")
    after = state.iteration.network_after()
    assert state.next_iteration()
    assert np.array_equal(state.network.flat_params(), after.flat_params())
    assert not np.array_equal(after.flat_params(), paper_network().flat_params())


def test_pencil_mode_keeps_the_cursor_where_it_is():
    state = AppState()
    assert state.move("seek", 10) and state.position == 10
    state.set_pencil(4)
    assert state.position == 10 and state.iteration.pencil == 4
    state.set_pencil(None)
    assert state.position == 10


def test_an_online_epoch_trains_on_every_sample():
    rng = np.random.default_rng(3)
    xs, labels = rng.random((5, 2)), rng.integers(0, 2, 5)
    ts = np.eye(2)[labels]
    expected = paper_network()
    for x, t in zip(xs, ts):
        expected = expected.train_step(x, t)[0]
    for report_every in (1, 2, 2000):
        config = TrainingConfig(epochs=1, shuffle=False, report_every=report_every)
        last = list(train(paper_network(), xs, ts, config))[-1]
        np.testing.assert_allclose(last.network.flat_params(), expected.flat_params(),
                                   rtol=0, atol=1e-12)  # fmt: skip


def test_early_stop_at_exactly_the_target_error():
    args = (paper_network(), PAPER_INPUT[None, :], np.array([[0.0, 1.0]]))
    free = list(train(*args, TrainingConfig(epochs=6)))[-1]
    reached = free.history[2].train_error  # after epoch 3
    stopped = list(train(*args, TrainingConfig(epochs=6, target_error=reached)))[-1]
    assert stopped.reason == "target error" and stopped.epoch == 3


def test_a_history_can_forget_what_was_sent():
    h = History(False)
    for e in range(1, 301):
        h.append(training_module.EpochResult(e, 1.0 / e, 0.5, None, None, 0.0))
    view = h.view()
    h.forget_before(298)
    assert len(h) == len(view) == 300 and h[-1].epoch == 300 and view[298].epoch == 299
    assert h.rows(298)[:, 0].tolist() == [299.0, 300.0]
    assert len(h._store.rows) <= 128  # the store shrank
    with pytest.raises(IndexError):
        h[10]
    h.append(training_module.EpochResult(301, 0.0, 1.0, None, None, 0.0))
    assert h.rows(298)[:, 0].tolist() == [299.0, 300.0, 301.0]
