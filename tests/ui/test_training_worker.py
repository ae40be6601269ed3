"""The training runner on its own: a separate process, or the worker thread as fallback."""

from __future__ import annotations

import time

import numpy as np
import pytest

from fruitnet_gui.model import PAPER_INPUT, PAPER_TARGET, paper_network
from fruitnet_gui.model.teaching.iteration import Cursor, Iteration
from fruitnet_gui.model.training import TrainingConfig
from fruitnet_gui.ui.training.worker import TrainingRunner

#: Stop, Pause and shutdown must return within a frame; a loaded machine gets slack.
# A ceiling, not a speed: the waits these tests guard against held the GUI thread 2-2.5 s;
# a close or a Stop takes a few ms, 0.104 s once at load 12 on 2 cores (0.1 s failed there).
SLACK_S = 1.0

_runners: list[TrainingRunner] = []
#: A ceiling, never a wait: every wait is for the event itself.
WAIT = 60_000


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
    with qtbot.waitSignal(runner.finished, timeout=WAIT) as blocker:
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
    with qtbot.waitSignal(runner.failed, timeout=WAIT) as blocker:
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
    qtbot.waitUntil(lambda: runner.latest is not None, timeout=WAIT)
    with qtbot.waitSignal(runner.finished, timeout=WAIT) as blocker:
        runner.stop()
    last = blocker.args[0]
    assert not last.finished and 0 < last.epoch < 1_000_000
    assert runner.state == "idle"


def paper_args(epochs: int, **kw) -> tuple:
    return (paper_network(), PAPER_INPUT[None, :], PAPER_TARGET[None, :],
            TrainingConfig(epochs=epochs, **kw))  # fmt: skip


def test_stop_while_the_process_is_still_starting_returns_at_once(qtbot, qapp):
    runner = make_runner(True)
    runner.start(*paper_args(1000))
    with qtbot.waitSignal(runner.finished, timeout=WAIT) as blocker:
        t0 = time.perf_counter()
        runner.stop()  # at once: the training process has not even imported NumPy yet
        blocked = time.perf_counter() - t0
    assert blocked < SLACK_S, f"stop() held the GUI thread {1000 * blocked:.0f} ms"
    # nothing was trained: the run ends with its untrained start, and says so
    last = blocker.args[0]
    assert last.epoch == 0 and not last.finished and runner.state == "idle"
    assert np.array_equal(last.network.flat_params(), paper_network().flat_params())
    assert runner.run.status == "stopped"
    # the process skips the cancelled job and serves the next run
    with qtbot.waitSignal(runner.finished, timeout=WAIT) as blocker:
        runner.start(*paper_args(3))
    assert blocker.args[0].finished and len(blocker.args[0].history) == 3


def test_shutdown_while_starting_returns_at_once_and_starts_nothing_after(qtbot, qapp):
    runner = make_runner(True)
    runner.start(*paper_args(1000))
    process = runner._server.process
    finished = []
    runner.finished.connect(finished.append)
    t0 = time.perf_counter()
    runner.shutdown()
    assert time.perf_counter() - t0 < SLACK_S
    assert len(finished) == 1 and runner.state == "idle"
    runner.warm_up()  # the window's warm-up timer firing after it closed
    assert runner._server is None
    assert not runner.start(*paper_args(1))
    # the process that was let go ends by itself
    qtbot.waitUntil(lambda: not process.is_alive(), timeout=WAIT)


@pytest.mark.parametrize("when", [0.0, 0.05, 0.3, 1.0])
def test_a_process_let_go_while_starting_prints_no_traceback(qtbot, qapp, capfd, when):
    """The spawned child found its queues' semaphores unlinked (FileNotFoundError from
    SemLock) when the window went away quickly."""
    import gc

    runner = make_runner(True)
    runner.warm_up()
    process = runner._server.process
    time.sleep(when)
    runner.shutdown()
    _runners.remove(runner)
    del runner
    gc.collect()  # the queues and events of the server are dropped here
    qtbot.waitUntil(lambda: not process.is_alive(), timeout=WAIT)
    assert process.exitcode == 0
    err = capfd.readouterr().err
    assert "Traceback" not in err and "FileNotFoundError" not in err, err


def test_snapshots_carry_only_the_new_epochs(qtbot, qapp, monkeypatch):
    """Every snapshot carried the whole history: at 50,000 epochs 3.5 MB, ~100 ms to
    pickle, ten times a second; the queue backed up and training slowed 8x."""
    import pickle

    from fruitnet_gui.ui.training import worker as training_worker

    sizes: list[tuple[int, int]] = []

    class Out:
        def __init__(self, inner):
            self.inner = inner

        def put(self, message):
            _tag, kind, payload = message
            if kind == "progress":
                _head, rows, snapshots = payload
                # the run history's new weight snapshots (12 weights each) ride along
                extra = snapshots.params.nbytes + 16 * len(snapshots)
                sizes.append((len(rows), len(pickle.dumps(message)) - extra))
            self.inner.put(message)

    real = training_worker._run_training
    monkeypatch.setattr(training_worker, "_run_training",
                        lambda tag, args, out, *rest: real(tag, args, Out(out), *rest))  # fmt: skip
    runner = make_runner(False)
    with qtbot.waitSignal(runner.finished, timeout=WAIT) as blocker:
        runner.start(*paper_args(8_000))
    last = blocker.args[0]
    assert len(last.history) == 8_000 == sum(n for n, _ in sizes)
    assert last.history[-1].epoch == 8_000 and last.history == runner.run.history
    # a message is the weights and the epochs since the last one (and the new weight
    # snapshots), never the history
    assert max(size - 48 * n for n, size in sizes) < 3000


def test_pause_is_confirmed_with_what_was_trained(qtbot, qapp):
    runner = make_runner(True)
    runner.start(*paper_args(1_000_000, report_every=1))
    qtbot.waitUntil(lambda: runner.latest is not None, timeout=WAIT)
    with qtbot.waitSignal(runner.pause_confirmed, timeout=WAIT) as paused:
        t0 = time.perf_counter()
        runner.pause()
        assert time.perf_counter() - t0 < SLACK_S
    at = paused.args[0]
    assert at is runner.latest and runner.run.paused_confirmed
    qtbot.wait(300)
    assert runner.latest is at, "trained on while paused"
    with qtbot.waitSignal(runner.finished, timeout=WAIT) as blocker:
        runner.stop()
    assert blocker.args[0].epoch == at.epoch


def test_a_numba_fallback_is_logged(monkeypatch, tmp_path):
    import importlib.util

    from fruitnet_gui.model.training import kernel
    from fruitnet_gui.ui.training import worker as training_worker

    monkeypatch.setattr(kernel, "compiled_loop_loaded", lambda: False)
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: object())
    monkeypatch.setitem(__import__("sys").modules, "fruitnet_gui.model.training._compiled", None)
    message, details = training_worker._compiled_fallback()
    assert "NumPy loops" in message and "Traceback" in details


def test_the_training_process_serves_run_after_run(qtbot, qapp):
    runner = make_runner(True)
    runner.warm_up()
    results = []
    for epochs in (1, 2):
        with qtbot.waitSignal(runner.finished, timeout=WAIT) as blocker:
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


EXIT_SCRIPT = """
import sys, time
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from fruitnet_gui.ui.training.worker import TrainingRunner
runner = TrainingRunner()
runner.warm_up()
time.sleep(float(sys.argv[1]))
runner.shutdown()
"""


@pytest.mark.parametrize("when", [0.0, 0.3])
def test_a_program_that_ends_right_after_closing_prints_nothing(when):
    """The window going away quickly: no traceback from the child, no leaked semaphore."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", EXIT_SCRIPT, str(when)], capture_output=True,
                         text=True, timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr and "leaked semaphore" not in out.stderr, out.stderr


@pytest.mark.parametrize("when", [0.0, 0.05, 0.3])
def test_a_runner_dropped_while_its_process_starts_leaves_no_traceback(qtbot, qapp, capfd, when):
    """A runner that is garbage-collected without shutdown() (a window that went away
    quickly) used to drop the queues its child was still unpickling."""
    import gc

    runner = TrainingRunner()
    runner.warm_up()
    process = runner._server.process
    time.sleep(when)
    del runner
    gc.collect()
    qtbot.waitUntil(lambda: not process.is_alive(), timeout=WAIT)
    err = capfd.readouterr().err
    assert "Traceback" not in err and "FileNotFoundError" not in err, err
