"""Fixtures for widget tests: a fresh session, and no timer or thread left running."""

from __future__ import annotations

import weakref

import pytest
from PySide6.QtCore import QThread, QTimer

from fruitnet_gui.files import dataset_io
from fruitnet_gui.model.data.dataset import Dataset
from fruitnet_gui.train_command import SHIPPED_DATASET
from fruitnet_gui.ui.session import Session


@pytest.fixture(autouse=True)
def _log_to_a_temporary_folder(monkeypatch, tmp_path):
    """Training errors are logged into the test's own folder, not the user's."""
    monkeypatch.setenv("FRUITNET_LOG_DIR", str(tmp_path / "log"))


@pytest.fixture
def session(qapp) -> Session:
    """The paper example at its first sub-step (its training process ended afterwards)."""
    session = Session()
    yield session
    session.trainer.shutdown()


@pytest.fixture(scope="session")
def shipped() -> tuple[Dataset, Dataset]:
    """The fruit images that come with FruitNet: (training set, test set)."""
    return (
        dataset_io.load_dataset(SHIPPED_DATASET / "train.json"),
        dataset_io.load_dataset(SHIPPED_DATASET / "test.json"),
    )


@pytest.fixture
def fruit(session, shipped) -> Session:
    """The fruit net with (copies of) the shipped training and test set."""
    session.load_preset("fruit")
    assert session.set_dataset(shipped[0].copy(), shipped[1].copy())
    return session


@pytest.fixture(autouse=True)
def _no_running_timers_or_threads(monkeypatch, qapp):
    """Fail a test that leaves a QTimer active or a QThread running (as napari does).

    Only timers and threads started from Python are seen; that is every one of ours.
    """
    timers: list[weakref.ref] = []
    threads: list[weakref.ref] = []
    timer_start = QTimer.start
    thread_start = QThread.start

    def start_timer(self, *args):
        timers.append(weakref.ref(self))
        return timer_start(self, *args)

    def start_thread(self, *args):
        threads.append(weakref.ref(self))
        return thread_start(self, *args)

    monkeypatch.setattr(QTimer, "start", start_timer)
    monkeypatch.setattr(QThread, "start", start_thread)
    yield
    qapp.processEvents()
    leftover = []
    for ref in timers:
        t = ref()
        try:
            if t is not None and t.isActive():
                leftover.append(f"QTimer {t.objectName() or hex(id(t))} still active")
                t.stop()
        except RuntimeError:  # the C++ object is gone: it cannot be running
            pass
    for ref in threads:
        th = ref()
        try:
            if th is not None and th.isRunning():
                leftover.append(f"QThread {th.objectName() or hex(id(th))} still running")
                th.quit()
                th.wait(60_000)
        except RuntimeError:
            pass
    assert not leftover, "; ".join(leftover)


#: Every state a test made (held weakly: pure Python, no Qt object is touched later).
_STATES: weakref.WeakSet = weakref.WeakSet()


@pytest.fixture(autouse=True)
def _states_are_noted(monkeypatch):
    from fruitnet_gui.model.state import AppState

    made = AppState.__init__

    def init(self, *args, **kwargs):
        made(self, *args, **kwargs)
        _STATES.add(self)

    monkeypatch.setattr(AppState, "__init__", init)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    """After a test, pytest-qt closes its windows: work left unsaved would make each ask
    Save / Discard / Cancel with nobody there to answer. So once the test itself is done
    its states' work counts as saved (the tests of that question answer it)."""
    yield
    for state in list(_STATES):
        state.mark_saved()
