"""The real ``fruitnet-gui`` process, stopped from a terminal as a teacher would stop it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.skipif(
    not hasattr(os, "killpg") or not os.path.isdir("/proc"), reason="POSIX process groups, /proc"
)


def _others_in_group(pgid: int) -> list[int]:
    """The processes of group ``pgid`` other than its leader (from /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit() and int(entry) != pgid:
            try:
                if os.getpgid(int(entry)) == pgid:
                    found.append(int(entry))
            except OSError:  # gone meanwhile
                pass
    return found


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
        # the window is up (its Ctrl+C handler is installed when it is shown) once it has
        # started its training process, 1.5 s after showing: wait for that event itself
        deadline = time.monotonic() + 120
        while not _others_in_group(proc.pid) and proc.poll() is None:
            assert time.monotonic() < deadline, "no training process after 120 s"
            time.sleep(0.05)
        assert proc.poll() is None, proc.communicate()
        # Ctrl+C in a terminal signals the whole group: the window and the training process
        os.killpg(proc.pid, sig)
        _, err = proc.communicate(timeout=60)
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
    deadline = time.monotonic() + 60  # a ceiling, not a timing
    while time.monotonic() < deadline:
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        pytest.fail("a process of the app's group is still running 60 s after it closed")


_SHOW_SCALE = """
import sys
from PySide6.QtCore import QTimer
import fruitnet_gui.ui.app as app

made = app.create_window


def create(args):
    window = made(args)
    def report():
        print(window.devicePixelRatioF(), window.width(), flush=True)
        window.close()
    QTimer.singleShot(500, report)
    return window


app.create_window = create
sys.exit(app.main(sys.argv[1:]))
"""


def _scale_shown(tmp_path, *args: str, env_scale: str | None = None) -> tuple[float, int]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("QT_SCALE_FACTOR", None)
    if env_scale:
        env["QT_SCALE_FACTOR"] = env_scale
    done = subprocess.run(
        [sys.executable, "-c", _SHOW_SCALE, "--settings", str(tmp_path / "s.ini"), *args],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    ratio, width = done.stdout.split()
    return float(ratio), int(width)


def test_everything_can_be_drawn_larger_for_a_projector(tmp_path):
    from PySide6.QtCore import QSettings

    from fruitnet_gui.ui.main_window import SCALE_KEY

    assert _scale_shown(tmp_path)[0] == 1.0
    assert _scale_shown(tmp_path, "--scale", "2")[0] == 2.0
    # what View → Size of everything saves is used at the next start
    QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat).setValue(SCALE_KEY, 1.5)
    assert _scale_shown(tmp_path)[0] == 1.5
    assert _scale_shown(tmp_path, "--scale", "1")[0] == 1.0  # the option wins
    assert _scale_shown(tmp_path, env_scale="1.25")[0] == 1.25  # and the user's own setting


def test_a_scale_out_of_range_is_refused(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "fruitnet_gui", "--scale", "9"],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 2 and "a scale is from 0.5 to 4, not 9" in done.stderr
