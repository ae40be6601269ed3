"""``fruitnet-gui`` without a display: one line, what to do instead, exit status 2 (not
Qt's abort, status 134, which blames a missing xcb-cursor library)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from fruitnet_gui.display import display_problem, needs_check
from tests.xvfb import free_display, xvfb

pytestmark = pytest.mark.skipif(not needs_check(), reason="X11/Wayland systems only")

ROOT = Path(__file__).resolve().parents[1]
#: Display numbers nothing here listens on (checked below).
FREE = 987


def _clean_env(**extra: str) -> dict[str, str]:
    """The environment of a terminal on a machine without a screen (ssh, CI)."""
    gone = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE")
    env = {k: v for k, v in os.environ.items() if k not in gone}
    env.update(extra)
    return env


def _gui(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "fruitnet_gui", *args], env=_clean_env(**env), cwd=ROOT,
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def _says_no_display(done: subprocess.CompletedProcess, reason: str) -> None:
    assert done.returncode == 2, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("fruitnet-gui: ") and reason in lines[0], lines[0]
    assert "fruitnet trace" in lines[0] and "QT_QPA_PLATFORM=offscreen" in lines[0]
    assert "xcb-cursor" not in done.stderr and "Aborted" not in done.stderr


def test_no_display_at_all_is_said_in_one_line_with_status_2():
    _says_no_display(_gui(), "neither DISPLAY nor WAYLAND_DISPLAY is set")


def test_no_display_is_said_in_the_language_asked_for_or_the_systems():
    done = _gui("--language", "fr")
    assert done.returncode == 2 and done.stderr == (
        "fruitnet-gui : pas d'affichage : ni DISPLAY ni WAYLAND_DISPLAY n'est défini ; "
        "utilisez `fruitnet trace` pour l'itération en texte, ou mettez "
        "QT_QPA_PLATFORM=offscreen pour lancer la fenêtre sans écran (scripts, CI)\n"
    )
    done = _gui(LANG="de_DE.UTF-8", LC_ALL="de_DE.UTF-8")
    assert done.returncode == 2
    assert done.stderr.startswith(
        "fruitnet-gui: keine Anzeige: weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt; nutzen Sie"
    ), done.stderr


def test_a_display_nobody_answers_on_is_said_too():
    n = free_display(FREE)
    _says_no_display(_gui(DISPLAY=f":{n}"), f"cannot open the X display ':{n}'")
    # the display of `ssh -X` when the forwarding is gone
    _says_no_display(_gui(DISPLAY=f"localhost:{n - 900}.0"), "cannot open the X display")


def test_a_wayland_display_that_is_gone_is_no_display(tmp_path):
    done = _gui(WAYLAND_DISPLAY="wayland-9", XDG_RUNTIME_DIR=str(tmp_path))
    _says_no_display(done, "the Wayland display 'wayland-9' does not answer")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux abstract sockets")
def test_a_socket_that_is_not_an_x_server_is_no_display():
    """Why the display is opened with libxcb rather than looking for its socket: a
    socket that accepts and then does not speak X (or refuses our authority) is not a
    display either."""
    n = free_display(FREE)
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(f"\0/tmp/.X11-unix/X{n}")  # where libxcb looks first on Linux
    server.listen()
    server.settimeout(60)  # a ceiling, not a timing

    def hang_up() -> None:
        try:
            conn, _ = server.accept()
        except OSError:
            return
        conn.recv(64)
        conn.close()

    thread = threading.Thread(target=hang_up, daemon=True)
    thread.start()
    try:
        assert "cannot open the X display" in display_problem({"DISPLAY": f":{n}"})
    finally:
        server.close()
        thread.join(5)


def test_what_the_user_chose_is_trusted_and_other_systems_are_not_checked():
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert display_problem({"QT_QPA_PLATFORM": "vnc"}) is None
    assert display_problem({}, platform="darwin") is None
    assert display_problem({}, platform="win32") is None
    # xcb named explicitly is checked as the default is
    assert "DISPLAY is not set" in display_problem({"QT_QPA_PLATFORM": "xcb"})
    assert "neither" in display_problem({}, platform="freebsd14")


def test_a_wayland_display_that_answers_is_a_display(tmp_path):
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(tmp_path / "wayland-1"))
    server.listen()
    try:
        env = {"WAYLAND_DISPLAY": "wayland-1", "XDG_RUNTIME_DIR": str(tmp_path)}
        assert display_problem(env) is None
        assert display_problem({"WAYLAND_DISPLAY": str(tmp_path / "wayland-1")}) is None
    finally:
        server.close()


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb")
def test_a_real_x_server_is_a_display(tmp_path, monkeypatch):
    import fruitnet_gui.display as display

    monkeypatch.setattr(display, "_xcb_plugin_problem", lambda: None)  # the X part only
    with xvfb(FREE, ready=lambda d: display_problem({"DISPLAY": d}) is None):
        pass  # display_problem found the server answering, the xcb check left out


def test_help_and_bad_options_still_work_without_a_display():
    done = _gui("--help")
    assert done.returncode == 0 and "--self-test" in done.stdout


@pytest.mark.parametrize(
    ("soname", "package"),
    [("libxcb-icccm.so.4", "libxcb-icccm4"), ("libxcb-cursor.so.0", "libxcb-cursor0"),
     ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"), ("libxcb-render-util.so.0.0.0",
     "libxcb-render-util0")],
)  # fmt: skip
def test_a_missing_library_is_named_with_its_debian_package(soname, package):
    from fruitnet_gui.display import debian_package, missing_library

    loader = f"{soname}: cannot open shared object file: No such file or directory"
    assert missing_library(loader) == soname
    assert missing_library("libqxcb.so: invalid ELF header") is None
    assert debian_package(soname) == package


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb")
def test_a_display_qt_cannot_use_names_the_missing_library():
    """Qt would abort blaming xcb-cursor here too; the loader knows which one is missing."""
    from fruitnet_gui.display import _xcb_plugin_problem

    if _xcb_plugin_problem() is None:
        pytest.skip("Qt's xcb plugin loads here: nothing is missing")
    with xvfb(FREE) as display:
        _says_no_display(_gui(DISPLAY=display), "Qt's X11 plugin needs the system library")


def test_the_standalone_app_names_itself_and_suggests_what_it_has():
    """The bundle has no `fruitnet` command: FruitNet says its own name and points at
    what the teacher can run (its self-test), still in one line with status 2."""
    code = (
        "import sys; sys.frozen = True; from fruitnet_gui.cli import gui_main; "
        "sys.exit(gui_main([]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=_clean_env(), cwd=ROOT,
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("FruitNet: no display: "), lines[0]
    assert "`FruitNet --self-test`" in lines[0] and "fruitnet trace" not in lines[0]
