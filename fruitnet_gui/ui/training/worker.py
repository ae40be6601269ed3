"""Runs :func:`fruitnet_gui.model.training.loop` off the GUI thread, never blocking it.

Training runs in a separate **process** (a thread would share Python's GIL with the
window: the window cost a third to a half of the throughput, and input waited up to
90 ms). The process is started once ("spawn": forking a process that runs Qt threads is
unsafe) and serves run after run. If it cannot start, training runs in a thread instead.

What the :class:`TrainingRunner` promises, and how:

- **It never blocks the GUI thread.** Stop, Pause and closing only set flags; a timer
  reads the process's messages without waiting (``get_nowait``) every :data:`POLL_MS`.
  Nothing joins or waits for a process or a thread.
- **Snapshots are small.** The process sends the weights, the counters and only the
  epochs added since its last message; the run record keeps the history (a run of
  100,000 epochs used to send 3.5 MB ten times a second and slow down 8×). The weight
  snapshots of the run history are thinned in the process and sent only when new.
- **Pause shows what was trained.** The process answers a pause with its newest
  snapshot and ``paused``; the runner then publishes exactly that.
- **``finished`` is always delivered**, from a ``finally``, also for a run stopped
  before its first snapshot (as superqt's GeneratorWorker and Orange's concurrent
  helpers do), and the runner is idle when it arrives.
- **No race at the start.** A process that is let go keeps its queues and events
  referenced until it has exited (a child still starting up that finds its semaphores
  unlinked prints a ``FileNotFoundError`` traceback); a closed runner starts none.
- **Errors are a sentence for the user**, and the traceback goes to the log file
  (:mod:`fruitnet_gui.ui.logfile`), as does a fallback from the compiled loops.
"""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import queue as queue_module
import signal
import threading
import time
import traceback
import weakref
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from fruitnet_gui.model.errors import FruitNetError
from fruitnet_gui.model.net.network import Network
from fruitnet_gui.model.text import translate
from fruitnet_gui.model.training import (
    History,
    Progress,
    TrainingConfig,
    confusion_matrix,
    train,
)
from fruitnet_gui.model.training.history import WeightHistory
from fruitnet_gui.model.training.run import TrainingRun, progress_delta
from fruitnet_gui.ui.logfile import write_log

__all__ = ["TrainingRunner"]

#: The runner reads the training process's messages this often (one frame at 60 Hz).
POLL_MS = 16
#: Snapshots reach the views at most this often: five a second looks live.
FRAME_MS = 200
#: The training process sends a snapshot at most this often (the rest are merged).
SEND_S = FRAME_MS / 2000
#: A stopped run whose process does not answer within this long is ended without it
#: (the process is terminated; the next run starts a fresh one).
STOP_GRACE_S = 15.0
#: A process that was let go and has not exited after this long is terminated.
RETIRE_S = 30.0
#: At most this many messages are read per poll, so a burst cannot hold up a frame.
MAX_MESSAGES = 64
#: Every run's tag is below this: cancelling with it cancels them all.
_ALL = 2**62

#: "spawn": a fresh interpreter. Forking a process that runs Qt threads is unsafe.
_CONTEXT = multiprocessing.get_context("spawn")


class _Flag:
    """The thread fallback's stand-in for a shared ``RawValue``."""

    def __init__(self) -> None:
        self.value = 0


def _internal_error(exc: BaseException) -> str:
    return translate(
        "Worker", "training stopped because of an internal error ({kind}: {error})"
    ).format(kind=type(exc).__name__, error=exc)


def _run_training(tag: int, args: tuple, out, cancel, resume, parent=None) -> None:
    """Iterate the training generator, sending ``(tag, kind, payload)`` messages; obey
    pause and stop (``cancel.value >= tag``) between snapshots. Runs in the training
    process (or, as a fallback, a thread), so it only uses ``out.put`` and the flags."""
    sent = 0  # epochs sent so far
    unsent: Progress | None = None
    sent_at = 0.0
    weights = WeightHistory(args[0])  # the run's weight snapshots, thinned here too
    weights_sent = 0

    def send(progress: Progress) -> None:
        nonlocal sent, unsent, sent_at, weights_sent
        head, rows = progress_delta(progress, sent)
        snapshots, weights_sent = weights.since(weights_sent)
        sent, unsent, sent_at = len(progress.history), None, time.monotonic()
        out.put((tag, "progress", (head, rows, snapshots)))
        if isinstance(progress.history, History):
            progress.history.forget_before(sent)  # the runner's record keeps them

    try:
        if cancel.value < tag:  # not stopped before it began
            for progress in train(*args):
                unsent = progress
                weights.offer(progress)
                # at most every SEND_S (compiled training makes a snapshot every few
                # milliseconds); the epochs of the skipped ones go with the next
                if progress.finished or time.monotonic() - sent_at >= SEND_S:
                    send(progress)
                if not resume.is_set() and cancel.value < tag:
                    if unsent is not None:
                        send(unsent)
                    out.put((tag, "paused", None))  # this is all that was trained
                    while not resume.is_set() and cancel.value < tag:
                        resume.wait(0.05)
                if cancel.value >= tag or (parent is not None and not parent.is_alive()):
                    # stopped: the confusion matrix of the weights reached is made here,
                    # not in the window (which would import SciPy for it)
                    unsent = _judged(progress, args)
                    weights.offer_last(progress)
                    break
            if unsent is not None:
                send(unsent)
    except FruitNetError as exc:
        out.put((tag, "failed", (str(exc), "")))
        return
    except Exception as exc:  # a bug must not take the window down silently
        out.put((tag, "failed", (_internal_error(exc), traceback.format_exc())))
        return
    out.put((tag, "done", None))


def _judged(progress: Progress, args: tuple) -> Progress:
    """``progress`` with the confusion matrix on the test set (else the training set),
    as a finished run's last snapshot has it."""
    if progress.confusion is not None:
        return progress
    _network, xs, ts, _config, tx, tt = args
    if tx is not None and tt is not None and len(tx):
        xs, ts = tx, tt
    return replace(progress, confusion=confusion_matrix(progress.network, xs, ts))


def _compiled_fallback() -> tuple[str, str] | None:
    """Why the compiled loops are not used although Numba is installed, or None."""
    import importlib.util

    from fruitnet_gui.model.training.kernel import compiled_loop_loaded

    if compiled_loop_loaded() or importlib.util.find_spec("numba") is None:
        return None
    try:
        import fruitnet_gui.model.training._compiled  # noqa: F401
    except Exception:
        details = traceback.format_exc()
    else:
        details = "the compiled loops imported, but could not be compiled or run here"
    return ("Numba is installed but its compiled training loops could not be loaded; "
            "training uses the NumPy loops (same numbers, slower)", details)  # fmt: skip


def _serve(jobs, out, cancel, resume) -> None:
    """The training process: run each job it is sent, until it is sent None."""
    import signal

    from fruitnet_gui.model.training.kernel import warm_up

    # Ctrl+C in a terminal reaches every process of the group: the window closes and
    # ends this process itself, so here it would only print a KeyboardInterrupt.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up()  # import SciPy (and compile or load the Numba loop) before the first job
    fallback = _compiled_fallback()
    if fallback is not None:
        out.put((0, "log", fallback))
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
        _run_training(*job, out, cancel, resume, parent)


@contextlib.contextmanager
def _ctrl_c_ignored():
    """Ctrl+C (SIGINT) ignored while the training process is started, so that it starts
    ignoring it (a signal ignored at exec stays ignored, and Python then leaves it so):
    a Ctrl+C in the terminal while the process still imported NumPy printed a
    KeyboardInterrupt traceback there. The window handles Ctrl+C and ends the process."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


class _TrainingServer:
    """A training process, started once and kept waiting for runs: the second Train
    does not wait for a new interpreter to import NumPy and SciPy (~1 s here)."""

    def __init__(self) -> None:
        self.jobs = _CONTEXT.Queue()
        self.messages = _CONTEXT.Queue()
        self.cancel = _CONTEXT.RawValue("q", 0)
        self.resume = _CONTEXT.Event()
        self._retired = False
        self.process = _CONTEXT.Process(
            target=_serve,
            args=(self.jobs, self.messages, self.cancel, self.resume),
            name="fruitnet training",
            daemon=True,
        )
        with _ctrl_c_ignored():  # the process is born ignoring it, imports included
            self.process.start()
        # The thread that will reap it is started now, not when it is let go: starting a
        # thread waits for it to run (~10 ms on a busy machine), too long for a close.
        self._let_go = threading.Event()
        threading.Thread(target=self._reaper, name="fruitnet training reaper", daemon=True).start()

    def alive(self) -> bool:
        return self.process.is_alive()

    def retire(self) -> None:
        """Let the process go without waiting for it: it ends by itself (it is sent
        None; a run in it is cancelled). A thread keeps the queues and events alive
        until it has exited, and ends it if it has not after :data:`RETIRE_S`."""
        if self._retired:
            return
        self._retired = True
        self.cancel.value = _ALL
        self.resume.set()
        with contextlib.suppress(OSError, ValueError):
            self.jobs.put(None)
        _RETIRED.append(self)
        self._let_go.set()

    def _reaper(self) -> None:
        self._let_go.wait()
        self._reap()

    def _reap(self, wait: float = RETIRE_S) -> None:
        self.process.join(wait)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(5)
        for q in (self.jobs, self.messages):
            q.close()
            q.cancel_join_thread()
        with contextlib.suppress(ValueError):
            _RETIRED.remove(self)


#: Processes let go and not yet exited: their queues and events stay referenced.
_RETIRED: list[_TrainingServer] = []


@atexit.register
def _reap_at_exit() -> None:
    """The program ends: a process still starting is ended now (silently, by signal),
    then its semaphores are released (not reported as leaked). Registered after
    multiprocessing's own exit handler, so it runs before it."""
    for server in list(_RETIRED):
        server._reap(wait=1.0)


class TrainingRunner(QObject):
    """Start, pause, resume and stop one training run at a time (a :class:`TrainingRun`).

    Signals
    -------
    state_changed(str)
        ``"idle"``, ``"running"`` or ``"paused"`` (the run record's ``status`` says more:
        ``starting``, ``stopping``).
    progressed(object)
        The latest :class:`Progress` (its history is the whole run's), paced to the
        frame rate; also at once for the first snapshot and when a pause is confirmed.
    pause_confirmed(object)
        The training process has paused: the :class:`Progress` is all it trained.
    finished(object)
        The last :class:`Progress` of every run that started, however it ended: always
        delivered, after the runner went idle (``runner.run`` tells how it ended).
    failed(str)
        Training could not run or stopped with an error; the message says why (the
        traceback is in the log file). ``finished`` follows for a run that started.
    """

    state_changed = Signal(str)
    progressed = Signal(object)
    pause_confirmed = Signal(object)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, *, use_process: bool = True) -> None:
        super().__init__(parent)
        #: Train in a separate process (False: in a thread, sharing the GIL).
        self.use_process = use_process
        #: The run that is live, or the last one.
        self.run: TrainingRun | None = None
        self._server: _TrainingServer | None = None
        self._messages = None  # the live run's message queue
        self._process = None  # the live run's process (None: a thread)
        self._cancel = _Flag()
        self._resume = threading.Event()
        self._tag = 0
        self._state = "idle"
        self._closed = False
        self._published: Progress | None = None
        self._published_at = 0.0
        self._stop_asked_at = 0.0
        self._timer = QTimer(self)
        self._timer.setObjectName("training poll timer")
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    @property
    def state(self) -> str:
        return self._state

    @property
    def closed(self) -> bool:
        """After :meth:`shutdown`: no run and no training process starts any more."""
        return self._closed

    @property
    def latest(self) -> Progress | None:
        """The newest snapshot received (may not be published yet)."""
        return None if self.run is None else self.run.latest

    def is_active(self) -> bool:
        return self._state != "idle"

    # -- starting ------------------------------------------------------------------------
    def start(self, network: Network, train_inputs, train_targets, config: TrainingConfig,
              test_inputs=None, test_targets=None) -> bool:  # fmt: skip
        """Start training a copy of ``network``; False (and ``failed``) if it cannot."""
        run = TrainingRun(config, network.copy(), train_inputs, train_targets, test_inputs,
                          test_targets)  # fmt: skip
        return self.start_run(run)

    def start_run(self, run: TrainingRun) -> bool:
        """Start ``run``; False (``failed``, and the record ended as failed) if it cannot."""
        if self.is_active():
            return self._refuse(
                run, translate("State", "training is already running; stop it first")
            )
        if self._closed:
            return self._refuse(run, translate("Worker", "the window is closing: no training now"))
        try:
            run.config = run.config.checked()
            args = run.args()
        except FruitNetError as exc:
            return self._refuse(run, str(exc))
        self._tag += 1
        self.run = run
        self._published, self._published_at = None, time.monotonic()
        server = self._ensure_server() if self.use_process else None
        if server is not None:
            self._cancel, self._resume = server.cancel, server.resume
            self._messages, self._process = server.messages, server.process
            self._resume.set()
            server.jobs.put((self._tag, args))
        else:
            self._cancel, self._resume = _Flag(), threading.Event()
            self._messages, self._process = queue_module.SimpleQueue(), None
            self._resume.set()
            threading.Thread(
                target=_run_training,
                args=(self._tag, args, self._messages, self._cancel, self._resume),
                name="fruitnet training",
                daemon=True,
            ).start()
        run.status = "starting"
        self._timer.start()
        self._set_state("running")
        return True

    def _refuse(self, run: TrainingRun, message: str) -> bool:
        if run is not self.run or not run.live:
            run.end("failed", "failed", message)
        self.failed.emit(message)
        return False

    def warm_up(self) -> None:
        """Start the training process now (it then waits), so Train answers at once."""
        if self.use_process and not self._closed:
            self._ensure_server()

    def _ensure_server(self) -> _TrainingServer | None:
        if self._server is not None and not self._server.alive():
            self._server.retire()
            self._server = None
        if self._server is None:
            try:
                self._server = _TrainingServer()
                # A runner dropped without shutdown() (its window went away) lets its
                # process go the same way, instead of freeing what the child still reads.
                weakref.finalize(self, self._server.retire)
            except (OSError, RuntimeError, ValueError) as exc:
                write_log("the training process could not start; training in a thread",
                          traceback.format_exc())  # fmt: skip
                del exc
                return None  # training runs in a thread instead
        return self._server

    # -- controlling ---------------------------------------------------------------------
    def pause(self) -> None:
        if self._state == "running":
            self._resume.clear()
            self.run.status, self.run.paused_confirmed = "paused", False  # type: ignore[union-attr]
            self._set_state("paused")

    def resume(self) -> None:
        if self._state == "paused":
            self._resume.set()
            self.run.status = "running"  # type: ignore[union-attr]
            self._set_state("running")

    def stop(self) -> None:
        """Ask the run to stop; returns at once. ``finished`` follows with the last
        snapshot (at once for a run that has sent none yet: nothing was trained)."""
        run = self.run
        if run is None or not self.is_active():
            return
        self._cancel.value = self._tag
        self._resume.set()
        if run.latest is None:
            self._end("stopped")
            return
        if run.status != "stopping":
            run.status = "stopping"
            self._stop_asked_at = time.monotonic()

    def shutdown(self) -> None:
        """Stop any run and let the training process go (the window is closing); returns
        at once, and no training process starts after it."""
        self._closed = True
        if self.is_active():
            self._cancel.value = self._tag
            self._end("stopped")
        self._timer.stop()
        if self._server is not None:
            self._server.retire()
            self._server = None

    # -- hearing from the run ------------------------------------------------------------
    @Slot()
    def _poll(self) -> None:
        run = self.run
        if run is None or not self.is_active():
            self._timer.stop()
            return
        for _ in range(MAX_MESSAGES):
            try:
                tag, kind, payload = self._messages.get_nowait()  # type: ignore[union-attr]
            except queue_module.Empty:
                break
            except (OSError, ValueError, EOFError):  # the queue broke: the process is gone
                self._fail(
                    translate("Worker", "the training process stopped answering"),
                    traceback.format_exc(),
                )
                return
            if kind == "log":
                write_log(*payload)
                continue
            if tag != self._tag:
                continue  # a late word from a run that was given up on
            if self._handle(run, kind, payload):
                return
        now = time.monotonic()
        if self._state == "running" and now - self._published_at >= FRAME_MS / 1000:
            self._publish()
        process = self._process
        if process is not None and not process.is_alive():
            self._fail(
                translate(
                    "Worker", "the training process ended unexpectedly (exit code {code})"
                ).format(code=process.exitcode)
            )
        elif run.status == "stopping" and now - self._stop_asked_at > STOP_GRACE_S:
            if process is not None:
                process.terminate()  # it does not answer: the next run starts a fresh one
            write_log(f"a stopped run did not answer within {STOP_GRACE_S:g} s; ended")
            self._end("stopped")

    def _handle(self, run: TrainingRun, kind: str, payload) -> bool:
        """One message of the live run; True if the run ended."""
        if kind == "progress":
            first = run.latest is None
            run.receive(*payload)
            # Train answers as soon as there is something to show; and while paused
            # every snapshot is shown (a late one: what was trained is what is shown)
            if first or self._state == "paused":
                self._publish()
            return False
        if kind == "paused":
            if self._state == "paused":
                run.paused_confirmed = True
                self._publish()
                self.pause_confirmed.emit(run.latest)
            return False
        if kind == "done":
            last = run.last_progress()
            self._end("finished" if last.finished else "stopped")
            return True
        message, details = payload
        self._fail(message, details)
        return True

    def _fail(self, message: str, details: str = "") -> None:
        path = write_log(f"training failed: {message}", details)
        if details and path is not None:
            message += translate("Worker", " (details in {path})").format(path=path)
        self._end("failed", message=message)

    def _end(self, status: str, message: str = "") -> None:
        """The run is over: record it, publish its last snapshot, go idle and, in any
        case, deliver ``finished``."""
        run = self.run
        last: Progress | None = None
        try:
            trained = run.latest is not None  # type: ignore[union-attr]
            last = run.end(status, "failed" if status == "failed" else "", message)  # type: ignore[union-attr]
            if status != "failed" and trained:
                self._publish()  # (a run stopped before its first snapshot has none)
            else:
                self.failed.emit(message)
        finally:
            self._timer.stop()
            self._set_state("idle")
            if last is None and run is not None:
                last = run.last_progress()
            if last is not None:
                self.finished.emit(last)

    def _publish(self) -> None:
        run = self.run
        if run is None or run.superseded or run.latest is None:
            return
        self._published_at = time.monotonic()
        if run.latest is not self._published:
            self._published = run.latest
            self.progressed.emit(run.latest)

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)
