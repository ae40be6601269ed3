"""The training runner on its own: a separate process, or the worker thread as fallback."""

from __future__ import annotations

import numpy as np
import pytest

from fruitnet_gui.model import PAPER_INPUT, PAPER_TARGET, paper_network
from fruitnet_gui.model.iteration import Cursor, Iteration
from fruitnet_gui.model.training import TrainingConfig
from fruitnet_gui.ui.training_worker import TrainingRunner

_runners: list[TrainingRunner] = []


def make_runner(use_process: bool) -> TrainingRunner:
    runner = TrainingRunner(use_process=use_process)
    _runners.append(runner)
    return runner


@pytest.fixture(autouse=True)
def _end_training_processes():
    yield
    while _runners:
        _runners.pop().shutdown()


@pytest.mark.parametrize("use_process", [True, False])
def test_one_epoch_on_the_paper_sample_is_the_papers_iteration(qtbot, qapp, use_process):
    runner = make_runner(use_process)
    with qtbot.waitSignal(runner.finished, timeout=20_000) as blocker:
        assert runner.start(
            paper_network(), PAPER_INPUT[None, :], PAPER_TARGET[None, :], TrainingConfig(epochs=1)
        )
    last = blocker.args[0]
    assert last.finished and last.reason == "epochs"
    cursor = Cursor(Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET))
    cursor.finish()
    np.testing.assert_allclose(
        last.network.flat_params(), cursor.network().flat_params(), rtol=0, atol=1e-12
    )
    assert runner.state == "idle"


@pytest.mark.parametrize("use_process", [True, False])
def test_a_bad_setting_fails_with_the_message_and_no_thread(qtbot, qapp, use_process):
    runner = make_runner(use_process)
    with qtbot.waitSignal(runner.failed, timeout=5_000) as blocker:
        assert not runner.start(
            paper_network(),
            PAPER_INPUT[None, :],
            PAPER_TARGET[None, :],
            TrainingConfig(learning_rate=1e9),
        )
    assert "too large" in blocker.args[0]
    assert runner.state == "idle"


@pytest.mark.parametrize("use_process", [True, False])
def test_stop_ends_a_long_run_quickly_with_its_last_snapshot(qtbot, qapp, use_process):
    runner = make_runner(use_process)
    runner.start(
        paper_network(),
        PAPER_INPUT[None, :],
        PAPER_TARGET[None, :],
        TrainingConfig(epochs=1_000_000, report_every=1),
    )
    qtbot.waitUntil(lambda: runner.latest is not None, timeout=20_000)
    with qtbot.waitSignal(runner.finished, timeout=3_000) as blocker:
        runner.stop()
    last = blocker.args[0]
    assert not last.finished and 0 < last.epoch < 1_000_000
    assert runner.state == "idle"


def test_stop_while_the_process_is_still_starting_ends_within_two_seconds(qtbot, qapp):
    import time

    runner = make_runner(True)
    runner.start(
        paper_network(), PAPER_INPUT[None, :], PAPER_TARGET[None, :], TrainingConfig(epochs=1000)
    )
    t0 = time.perf_counter()
    runner.stop()  # at once: the training process has not even imported NumPy yet
    # stop() waits at most its 2 s for the relay; the window never blocks longer
    assert time.perf_counter() - t0 < 2.5
    # the run then ends by itself: with the process's last snapshot, or given up on
    qtbot.waitUntil(lambda: runner.state == "idle", timeout=6_000)


def test_the_training_process_serves_run_after_run(qtbot, qapp):
    runner = make_runner(True)
    runner.warm_up()
    results = []
    for epochs in (1, 2):
        with qtbot.waitSignal(runner.finished, timeout=20_000) as blocker:
            runner.start(
                paper_network(),
                PAPER_INPUT[None, :],
                PAPER_TARGET[None, :],
                TrainingConfig(epochs=epochs),
            )
        results.append(blocker.args[0])
    assert [len(r.history) for r in results] == [1, 2]
    assert results[1].history[-1].train_error < results[0].history[-1].train_error
    runner.shutdown()
    assert runner._server is None
