"""The real ``fruitnet-gui`` process, stopped from a terminal as a teacher would stop it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "killpg"), reason="POSIX process groups")


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "kill"])
def test_ctrl_c_or_kill_closes_the_window_and_its_training_process(tmp_path, sig):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    settings = tmp_path / "s.ini"
    proc = subprocess.Popen(
        [sys.executable, "-m", "fruitnet_gui", "--preset", "fruit", "--settings", str(settings)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal gives it
    )
    try:
        time.sleep(5)  # the window is up and its training process (started at 1.5 s) too
        assert proc.poll() is None, proc.communicate()
        # Ctrl+C in a terminal signals the whole group: the window and the training process
        os.killpg(proc.pid, sig)
        _, err = proc.communicate(timeout=15)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert "leaked semaphore" not in err, err
    assert settings.exists()  # closed as the close button does: the layout was saved
    # nothing of the group is left (multiprocessing's resource tracker is reaped a moment
    # after the window's process exits)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        pytest.fail("a process of the app's group is still running 10 s after it closed")
