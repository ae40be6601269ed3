"""Runs :func:`fruitnet_gui.model.training.train` off the GUI thread.

Training runs in a separate **process**; a worker QThread in this process receives its
snapshots (copies, through a queue) and hands them to the :class:`TrainingRunner`,
which lives in the GUI thread, keeps only the latest one and publishes it a few times a
second. A thread alone would share Python's GIL with the window: every view that
redraws would stall training and every training step would delay the window (measured:
the window cost a third to a half of the throughput, and input waited up to 90 ms). If
the process cannot start, training runs in the worker thread instead.

The worker never touches a widget. docs/DESIGN.md section 7: a lambda connected to a worker
thread's signal runs in the worker thread, so worker signals are connected only to
slots of the runner.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import queue as queue_module
import threading
import time

import numpy as np
from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from fruitnet_gui.model.errors import FruitNetError
from fruitnet_gui.model.network import Network
from fruitnet_gui.model.training import Progress, TrainingConfig, train

__all__ = ["TrainingRunner"]

#: How long a stopped run may take to send its last snapshot before it is given up.
STOP_GRACE_S = 3.0

#: Snapshots reach the views at most this often: five a second looks live.
FRAME_MS = 200
#: The training process sends a snapshot at most this often (the rest are skipped).
SEND_S = FRAME_MS / 2000

#: "spawn": a fresh interpreter. Forking a process that runs Qt threads is unsafe.
_CONTEXT = multiprocessing.get_context("spawn")


def _run_training(tag: int, args: tuple, out, stop, resume, parent=None) -> None:
    """Iterate the training generator, sending each snapshot as ``(tag, kind, payload)``;
    obey pause and stop between snapshots. Runs in the training process (or, as a
    fallback, a thread), so it only uses ``out.put`` and the two events."""
    last: Progress | None = None
    sent = 0.0
    try:
        for progress in train(*args):
            last = progress
            # Each snapshot carries the whole history, so the views miss nothing when
            # some are not sent: at most SEND_S apart, as the views show them at most
            # every FRAME_MS. Compiled training makes a snapshot every few milliseconds,
            # and copying, pickling and unpickling them all halved its speed.
            now = time.monotonic()
            if now - sent >= SEND_S:
                sent = now
                out.put((tag, "progress", progress))
            while not resume.is_set() and not stop.is_set():
                resume.wait(0.05)
            if stop.is_set() or (parent is not None and not parent.is_alive()):
                break
    except FruitNetError as exc:
        out.put((tag, "failed", str(exc)))
        return
    except Exception as exc:  # a bug must not take the window down silently
        out.put((tag, "failed", f"training stopped by an internal error: {exc!r}"))
        return
    out.put((tag, "done", last))


def _serve(jobs, out, stop, resume) -> None:
    """The training process: run each job it is sent, until it is sent None."""
    import signal

    from fruitnet_gui.model.kernel import warm_up

    # Ctrl+C in a terminal reaches every process of the group: the window closes and
    # ends this process itself, so here it would only print a KeyboardInterrupt.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up()  # import SciPy (and compile or load the Numba loop) before the first job
    # One core is the window's: BLAS threads here would spin waiting for it (the
    # per-epoch evaluation's matrix products), so this process keeps to one.
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1)
    parent = multiprocessing.parent_process()
    while True:
        try:
            job = jobs.get(timeout=1.0)
        except queue_module.Empty:
            # A window that was killed cannot say goodbye: do not outlive it.
            if parent is not None and not parent.is_alive():
                return
            continue
        if job is None:
            return
        _run_training(*job, out, stop, resume, parent)


class _TrainingServer:
    """A training process, started once and kept waiting for runs: the second Train
    does not wait for a new interpreter to import NumPy and SciPy (~1 s here)."""

    def __init__(self) -> None:
        self.jobs = _CONTEXT.Queue()
        self.messages = _CONTEXT.Queue()
        self.stop = _CONTEXT.Event()
        self.resume = _CONTEXT.Event()
        self.process = _CONTEXT.Process(
            target=_serve,
            args=(self.jobs, self.messages, self.stop, self.resume),
            name="fruitnet training",
            daemon=True,
        )
        self.process.start()

    def alive(self) -> bool:
        return self.process.is_alive()

    def close(self) -> None:
        """End the process (politely, then not)."""
        if self.process.is_alive():
            self.stop.set()
            self.resume.set()
            with contextlib.suppress(OSError, ValueError):
                self.jobs.put(None)
            self.process.join(0.5)
            if self.process.is_alive():
                self.process.terminate()
                self.process.join(0.5)
        for q in (self.jobs, self.messages):
            q.close()
            q.cancel_join_thread()


class _Worker(QObject):
    """Sends one run to the training process (or a thread) and relays what comes back."""

    progressed = Signal(object)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, tag: int, args: tuple, server: _TrainingServer | None, stop, resume) -> None:
        super().__init__()
        self._tag = tag
        self._args = args
        self._server = server
        self._stop = stop
        self._resume = resume  # set while running, cleared while paused

    @Slot()
    def run(self) -> None:
        if self._server is not None:
            self._server.jobs.put((self._tag, self._args))
            self._relay(self._server.messages, self._server.process)
            return
        messages = queue_module.SimpleQueue()
        threading.Thread(
            target=_run_training,
            args=(self._tag, self._args, messages, self._stop, self._resume),
            name="fruitnet training",
            daemon=True,
        ).start()
        self._relay(messages, None)

    def _relay(self, messages, process) -> None:
        last: Progress | None = None
        stop_seen = 0.0
        while True:
            try:
                tag, kind, payload = messages.get(timeout=0.05)
            except (OSError, ValueError, EOFError):  # the queue was closed: shutting down
                self.failed.emit("training was ended")
                return
            except queue_module.Empty:
                if self._stop.is_set():
                    # Asked to stop: the run ends with the snapshot the process sends
                    # once it sees the stop. A process still starting (importing NumPy)
                    # gets a few seconds; one that does not answer is ended (the runner
                    # starts a fresh one next time).
                    stop_seen = stop_seen or time.monotonic()
                    if time.monotonic() - stop_seen > STOP_GRACE_S:
                        if process is not None:
                            process.terminate()  # the runner starts a fresh one next time
                        self.done.emit(last)
                        return
                if process is not None and not process.is_alive():
                    self.failed.emit(
                        f"the training process ended unexpectedly (exit code {process.exitcode})"
                    )
                    return
                continue
            if tag != self._tag:
                continue  # a late word from a run that was given up on
            if kind == "progress":
                last = payload
                self.progressed.emit(payload)
            elif kind == "done":
                self.done.emit(payload if payload is not None else last)
                return
            else:
                self.failed.emit(payload)
                return


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

    def __init__(self, parent: QObject | None = None, *, use_process: bool = True) -> None:
        super().__init__(parent)
        #: Train in a separate process (False: in the worker thread, sharing the GIL).
        self.use_process = use_process
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._server: _TrainingServer | None = None
        self._run_tag = 0
        # pause and stop: the training process's events, or the fallback thread's
        self._stop: threading.Event = threading.Event()
        self._resume: threading.Event = threading.Event()
        # The training process is a daemon: it ends with this program at the latest;
        # shutdown() (the window's close) ends it earlier.
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
        server = self._ensure_server() if self.use_process else None
        if server is not None:
            self._stop, self._resume = server.stop, server.resume
        else:
            self._stop, self._resume = threading.Event(), threading.Event()
        self._stop.clear()
        self._resume.set()
        self._run_tag += 1
        self._latest = self._published = None
        thread = QThread()
        thread.setObjectName("training thread")
        worker = _Worker(self._run_tag, args, server, self._stop, self._resume)
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

    def warm_up(self) -> None:
        """Start the training process now (it then waits), so Train answers at once."""
        if self.use_process:
            self._ensure_server()

    def shutdown(self) -> None:
        """Stop any run and end the training process (the window is closing)."""
        self.stop()
        if self._server is not None:
            self._server.close()
            self._server = None

    def _ensure_server(self) -> _TrainingServer | None:
        if self._server is not None and not self._server.alive():
            self._server.close()
            self._server = None
        if self._server is None:
            try:
                self._server = _TrainingServer()
            except (OSError, RuntimeError, ValueError):
                return None  # training runs in a thread instead
        return self._server

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
        first = self._latest is None
        self._latest = progress
        if self._state == "paused":
            self._publish()  # the chunk that was running when Pause came: show it now
        elif first:
            # the run's first snapshot is shown at once, not at the next frame (up to
            # FRAME_MS later): Train answers as soon as there is something to show
            self._publish()
            self._timer.start()  # the next frame a whole FRAME_MS from now

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
