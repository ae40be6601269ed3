"""Runs :func:`fruitnet_gui.model.training.train` in a worker thread.

The worker never touches a widget. It hands each snapshot (a copy) to the
:class:`TrainingRunner`, which lives in the GUI thread, keeps only the latest one and
publishes it at most about 30 times a second, so training speed does not depend on
how fast the window can draw.

DESIGN.md section 7: a lambda connected to a worker thread's signal runs in the
worker thread, so worker signals are connected only to slots of the runner.
"""

from __future__ import annotations

import threading

import numpy as np
from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from fruitnet_gui.model.errors import FruitNetError
from fruitnet_gui.model.network import Network
from fruitnet_gui.model.training import Progress, TrainingConfig, train

__all__ = ["TrainingRunner"]

#: Snapshots reach the views at most this often. Ten a second looks live; every view
#: that redraws takes the GIL from the training thread (GUI training benchmark: at 30 a
#: second the window cost 48 % of the throughput).
FRAME_MS = 200


class _Worker(QObject):
    """Iterates the training generator; obeys pause and stop between snapshots."""

    progressed = Signal(object)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, args: tuple, stop: threading.Event, resume: threading.Event) -> None:
        super().__init__()
        self._args = args
        self._stop = stop
        self._resume = resume  # set while running, cleared while paused

    @Slot()
    def run(self) -> None:
        last: Progress | None = None
        try:
            for progress in train(*self._args):
                last = progress
                self.progressed.emit(progress)
                while not self._resume.is_set() and not self._stop.is_set():
                    self._resume.wait(0.05)
                if self._stop.is_set():
                    break
        except FruitNetError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # a bug must not take the window down silently
            self.failed.emit(f"training stopped by an internal error: {exc!r}")
            return
        self.done.emit(last)


class TrainingRunner(QObject):
    """Start, pause, resume and stop one training run at a time.

    Signals
    -------
    state_changed(str)
        ``"idle"``, ``"running"`` or ``"paused"``.
    progressed(object)
        The latest :class:`Progress`, paced to the frame rate.
    finished(object)
        The last :class:`Progress` of a run that completed or was stopped
        (``progress.finished`` tells which).
    failed(str)
        Training could not run; the message says why.
    """

    state_changed = Signal(str)
    progressed = Signal(object)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._stop = threading.Event()
        self._resume = threading.Event()
        self._latest: Progress | None = None
        self._published: Progress | None = None
        self._state = "idle"
        self._timer = QTimer(self)
        self._timer.setObjectName("training frame timer")
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._publish)

    @property
    def state(self) -> str:
        return self._state

    @property
    def latest(self) -> Progress | None:
        """The newest snapshot received (may not be published yet)."""
        return self._latest

    def is_active(self) -> bool:
        return self._state != "idle"

    def start(
        self,
        network: Network,
        train_inputs: np.ndarray,
        train_targets: np.ndarray,
        config: TrainingConfig,
        test_inputs: np.ndarray | None = None,
        test_targets: np.ndarray | None = None,
    ) -> bool:
        """Start training a copy of ``network``; False (and ``failed``) if it cannot."""
        if self.is_active():
            self.failed.emit("training is already running; stop it first")
            return False
        try:
            config = config.checked()
        except FruitNetError as exc:
            self.failed.emit(str(exc))
            return False
        args = (
            network.copy(),
            np.array(train_inputs, dtype=np.float64),
            np.array(train_targets, dtype=np.float64),
            config,
            None if test_inputs is None else np.array(test_inputs, dtype=np.float64),
            None if test_targets is None else np.array(test_targets, dtype=np.float64),
        )
        self._stop.clear()
        self._resume.set()
        self._latest = self._published = None
        thread = QThread()
        thread.setObjectName("training thread")
        worker = _Worker(args, self._stop, self._resume)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self._on_worker_progressed)
        worker.done.connect(self._on_worker_done)
        worker.failed.connect(self._on_worker_failed)
        self._thread, self._worker = thread, worker
        thread.start()
        self._timer.start()
        self._set_state("running")
        return True

    def pause(self) -> None:
        if self._state == "running":
            self._resume.clear()
            self._set_state("paused")
            self._publish()  # what is shown while paused is all that was trained

    def resume(self) -> None:
        if self._state == "paused":
            self._resume.set()
            self._set_state("running")

    def stop(self, timeout_ms: int = 2000) -> None:
        """Ask the worker to stop and wait for it (the last snapshot is still published)."""
        if self._thread is None:
            return
        self._stop.set()
        self._resume.set()
        self._thread.quit()
        self._thread.wait(timeout_ms)

    @Slot(object)
    def _on_worker_progressed(self, progress: Progress) -> None:
        self._latest = progress
        if self._state == "paused":
            self._publish()  # the chunk that was running when Pause came: show it now

    @Slot(object)
    def _on_worker_done(self, last: Progress | None) -> None:
        if last is not None:
            self._latest = last
        self._publish()
        self._teardown()
        if last is not None:
            self.finished.emit(last)

    @Slot(str)
    def _on_worker_failed(self, message: str) -> None:
        self._teardown()
        self.failed.emit(message)

    def _teardown(self) -> None:
        self._timer.stop()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(2000)
            self._thread.deleteLater()
            if self._worker is not None:
                self._worker.deleteLater()
        self._thread = self._worker = None
        self._set_state("idle")

    @Slot()
    def _publish(self) -> None:
        if self._latest is not None and self._latest is not self._published:
            self._published = self._latest
            self.progressed.emit(self._latest)

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)
