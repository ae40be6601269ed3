"""The run history: weight snapshots thinned evenly, replay exact, undo bit for bit."""

from __future__ import annotations

import time

import numpy as np
import pytest

from fruitnet_gui.model.data.fruits import APPLES, TOMATOES
from fruitnet_gui.model.explore.design import design_network
from fruitnet_gui.model.net.network import fruit_network, paper_network
from fruitnet_gui.model.state import AppState
from fruitnet_gui.model.training import TrainingConfig, train
from fruitnet_gui.model.training.history import MAX_SNAPSHOTS, WeightHistory
from fruitnet_gui.model.training.run import TrainingRun

XS = np.array([[0.15, 0.35], [0.9, 0.1], [0.4, 0.8]])
TS = np.array([[0.0, 1.0], [1.0, 0.0], [0.0, 1.0]])


def tanh_net():
    return design_network([2, 3, 2], activations=["tanh", "sigmoid"], seed=3)


def epoch_networks(net, config, xs=XS, ts=TS) -> dict[int, np.ndarray]:
    """The trainer's own weights after each epoch, keyed by epoch (0: the start)."""
    out = {0: net.flat_params()}
    for p in train(net, xs, ts, config):
        if p.samples_done == 0:
            out[p.epoch] = p.network.flat_params()
    return out


def test_snapshots_stay_under_the_bound_evenly_spaced_with_the_first_and_last() -> None:
    net = paper_network()
    history = WeightHistory(net)
    for epoch in range(1, 10_001):
        history.record(epoch, net)
        assert len(history) <= MAX_SNAPSHOTS
    epochs = history.epochs
    assert epochs[0] == 0 and epochs[-1] == 10_000
    steps = np.diff(epochs)
    assert len(set(steps[:-1].tolist())) == 1  # evenly: one stride, the last may be shorter
    assert steps[-1] <= steps[0]
    assert 500 <= len(history) <= MAX_SNAPSHOTS
    assert history.stride == steps[0]


def test_replay_to_epoch_k_is_exactly_the_weights_after_epoch_k() -> None:
    net = tanh_net()
    config = TrainingConfig(epochs=300, learning_rate=0.5, seed=4)
    truth = epoch_networks(net, config)
    run = TrainingRun(config, net.copy(), XS, TS)
    run.weights = WeightHistory(net, limit=40)  # thinned many times over
    for p in train(*run.args()):
        run.track(p)
    assert len(run.weights) <= 40 and run.weights.epochs[-1] == 300
    for i, epoch in enumerate(run.weights.epochs.tolist()):
        np.testing.assert_array_equal(run.weights.network(i).flat_params(), truth[epoch])
    # and a run of just k epochs ends on the same weights, bit for bit
    for k in (int(run.weights.epochs[5]), int(run.weights.epochs[-2])):
        short = list(train(net, XS, TS, TrainingConfig(epochs=k, learning_rate=0.5, seed=4)))
        shown = run.weights.network(run.weights.index_of(k))
        np.testing.assert_array_equal(shown.flat_params(), short[-1].network.flat_params())
        assert shown.activations == net.activations


def test_the_windows_copy_keeps_what_the_training_process_keeps() -> None:
    """The process thins and sends only what is new; the window merges it: the same."""
    net = paper_network()
    config = TrainingConfig(epochs=700, seed=1)
    process, window = WeightHistory(net, limit=50), WeightHistory(net, limit=50)
    count = 0
    for n, p in enumerate(train(net, XS, TS, config)):
        process.offer(p)
        if n % 37 == 0 or p.finished:  # sent now and then, as the runner paces them
            delta, count = process.since(count)
            window.merge(delta)
    np.testing.assert_array_equal(window.epochs, process.epochs)
    for i in range(len(process)):
        np.testing.assert_array_equal(window.params(i), process.params(i))


def test_a_stopped_and_a_diverged_run_end_on_their_last_weights() -> None:
    net = paper_network()
    h = WeightHistory(net)
    last = None
    for p in train(net, XS, TS, TrainingConfig(epochs=3)):
        h.offer(p)
        last = p
    assert h.epochs.tolist() == [0, 1, 2, 3]
    h.offer_last(last)  # nothing newer
    assert len(h) == 4
    linear = design_network([2, 3, 2], activations=["linear", "linear"], seed=1)
    big = train(linear, 10 * XS, TS, TrainingConfig(epochs=50, learning_rate=0.2))
    h2 = WeightHistory(linear)
    for p in big:
        h2.offer(p)
    assert p.reason == "diverged"  # the last good network is that of the epoch before
    np.testing.assert_array_equal(h2.network(-1).flat_params(), p.network.flat_params())
    assert h2.epochs[-1] == p.epoch - 1


def test_memory_bound_held_on_a_10000_epoch_fruit_net_run() -> None:
    """10,000 epochs of the 36-36-2 net (1,406 weights): at most 1,000 snapshots, under
    50 MB (every epoch's weights would be 112 MB)."""
    net = fruit_network(0)
    xs = np.array([a.ravel() for a in APPLES[:3]] + [t.ravel() for t in TOMATOES[:3]])
    ts = np.array([[1.0, 0.0]] * 3 + [[0.0, 1.0]] * 3)
    config = TrainingConfig(epochs=10_000, mode="batch", seed=0)
    run = TrainingRun(config, net.copy(), xs, ts)
    t0 = time.perf_counter()
    for p in train(*run.args()):
        run.track(p)
    seconds = time.perf_counter() - t0
    weights = run.weights
    total = weights.nbytes + run.history.rows().nbytes
    print(f"\n10,000 fruit-net epochs in {seconds:.1f} s: {len(weights)} snapshots, "
          f"stride {weights.stride}, {weights.nbytes / 1e6:.1f} MB of weights, "
          f"{total / 1e6:.1f} MB with the curves")  # fmt: skip
    assert len(weights) <= MAX_SNAPSHOTS and weights.epochs[-1] == 10_000
    assert total < 50e6
    np.testing.assert_array_equal(weights.network(-1).flat_params(),
                                  run.last_progress().network.flat_params())  # fmt: skip


# -- the state: undo, redo, reset, replay -----------------------------------------------
def trained_state(net, epochs: int = 20, seed: int = 0) -> tuple[AppState, TrainingRun]:
    state = AppState(net)
    run = state.begin_run(TrainingConfig(epochs=epochs, seed=seed))
    for p in train(*run.args()):
        run.track(p)
    run.end("finished")
    state.end_run(run)
    return state, run


def test_undo_training_restores_the_initial_weights_bit_for_bit_and_redo_the_trained() -> None:
    net = tanh_net()
    before = net.flat_params().copy()
    state, run = trained_state(net)
    trained = state.network.flat_params().copy()
    assert run.adopted and not np.array_equal(trained, before)
    assert state.undo()
    np.testing.assert_array_equal(state.network.flat_params(), before)
    assert state.network.activations == net.activations
    assert state.changes.undoable() is None and not state.undo()
    assert state.redo()
    np.testing.assert_array_equal(state.network.flat_params(), trained)
    assert state.training_record()["settings"]["activations"] == ["tanh", "sigmoid"]


def test_reset_to_initial_weights_gives_the_seeds_weights() -> None:
    state, run = trained_state(fruit_network(7), epochs=2)
    assert state.reset_to_initial(run)
    np.testing.assert_array_equal(state.network.flat_params(), fruit_network(7).flat_params())
    assert state.training_record() is None


def test_a_run_of_another_network_resets_to_that_network() -> None:
    state, run = trained_state(tanh_net(), epochs=2)
    state.set_network(paper_network(), "paper")
    assert state.changes.undoable() is None  # undoing a run of another network: no
    errors = []
    state.events.error.connect(lambda e: errors.append(e.message))
    assert not state.replay_to(run, 1) and "another network" in errors[-1]
    assert state.reset_to_initial(run)
    assert state.network.layers == (2, 3, 2) and state.network.activations[0] == "tanh"
    np.testing.assert_array_equal(state.network.flat_params(), tanh_net().flat_params())


def test_replay_shows_a_snapshot_and_leaves_the_live_network_alone() -> None:
    state, run = trained_state(tanh_net(), epochs=10)
    live = state.network.flat_params().copy()
    seen = []
    state.events.replay.connect(lambda e: seen.append(e.replay))
    assert state.replay_to(run, 3)
    assert state.replay.epoch == 3
    np.testing.assert_array_equal(state.replayed_network.flat_params(), run.weights.params(3))
    np.testing.assert_array_equal(state.network.flat_params(), live)
    state.move("step")  # stepping the live network: the replay ends
    assert state.replay is None and seen[-1] is None
    assert state.replay_to(run, 0)
    state.end_replay()
    assert state.replayed_network is None


@pytest.mark.parametrize("bad", [-1, 10_000])
def test_replay_of_a_missing_snapshot_is_refused(bad: int) -> None:
    state, run = trained_state(paper_network(), epochs=3)
    assert not state.replay_to(run, bad) and state.replay is None


def test_old_runs_keep_their_curves_but_let_their_snapshots_go() -> None:
    from fruitnet_gui.model.training.runlog import KEEP_WEIGHTS

    state = AppState(paper_network())
    runs = []
    for _ in range(KEEP_WEIGHTS + 2):
        run = state.begin_run(TrainingConfig(epochs=2))
        for p in train(*run.args()):
            run.track(p)
        run.end("finished")
        state.end_run(run)
        runs.append(run)
    assert runs[0].weights.released and not runs[-1].weights.released
    assert len(runs[0].history) == 2
    assert not state.replay_to(runs[0], 0)


def test_no_replay_while_a_run_trains() -> None:
    state, old = trained_state(paper_network(), epochs=3)
    live = state.begin_run(TrainingConfig(epochs=5))
    assert live.live and not state.replay_to(old, 1) and state.replay is None
    live.end("stopped")
    state.end_run(live)
    assert state.replay_to(old, 1)


def test_one_history_undoes_edits_runs_and_resets_in_order() -> None:
    """A weight typed, a run, a reset, another weight: Undo takes them back newest
    first, each to the weights before it, bit for bit; Redo does them again."""
    state = AppState(paper_network())
    start = state.network.flat_params().copy()
    assert state.set_weight("w5", 0.9)
    typed = state.network.flat_params().copy()
    run = state.begin_run(TrainingConfig(epochs=5, seed=0))
    for p in train(*run.args()):
        run.track(p)
    run.end("finished")
    state.end_run(run)
    trained = state.network.flat_params().copy()
    assert state.reset_to_initial(run)
    np.testing.assert_array_equal(state.network.flat_params(), typed)
    assert state.set_weight("w1", -0.25)
    edited = state.network.flat_params().copy()
    said = []
    for expected in (typed, trained, typed, start):
        said.append(state.changes.undoable().what())
        assert state.undo()
        np.testing.assert_array_equal(state.network.flat_params(), expected)
        # the iteration is built for the restored weights
        np.testing.assert_array_equal(state.iteration.network.flat_params(), expected)
    assert said == ["weight w1 edit", f"reset to run {run.number}'s initial weights",
                    f"training run {run.number}", "weight w5 edit"]  # fmt: skip
    assert state.changes.undoable() is None and not state.undo()
    for expected in (typed, trained, typed, edited):
        assert state.redo()
        np.testing.assert_array_equal(state.network.flat_params(), expected)
    assert not state.redo()
    # a new edit after an undo: nothing to redo any more
    assert state.undo() and state.set_weight("w2", 0.5)
    assert state.changes.redoable() is None


def test_undo_is_refused_while_a_run_owns_the_network() -> None:
    state = AppState(paper_network())
    assert state.set_weight("w5", 0.9)
    run = state.begin_run(TrainingConfig(epochs=5, seed=0))
    assert run.locks_edits  # begun, not ended: the trained weights would replace these
    errors = []
    state.events.error.connect(lambda e: errors.append(e.message))
    assert not state.undo() and "Training is in progress" in errors[-1]
    assert state.network.weights[1][0, 0] == 0.9
