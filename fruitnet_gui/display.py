"""Is there a screen to open the window on? Asked before the QApplication is made.

Without one, Qt does not fail politely: it prints that "xcb-cursor0 or libxcb-cursor0
is needed", says "Reinstalling the application may fix this problem" and aborts (exit
status 134, and a core dump where they are kept). A teacher on a server over ssh, or a
script in CI, then hunts for a library that is not missing. :func:`display_problem`
finds the real reason first, so that ``fruitnet-gui`` can say it in one line and exit
with status 2, as for any other unusable argument.

How it decides, on Linux and the BSDs (macOS and Windows always have their own window
system; the check is theirs to make, and Qt's messages there are accurate):

- ``QT_QPA_PLATFORM`` set to anything but ``xcb`` (``offscreen``, ``wayland``, ``vnc``…):
  the user chose; FruitNet does not second-guess it.
- a Wayland socket that accepts a connection (``$WAYLAND_DISPLAY``, absolute or in
  ``$XDG_RUNTIME_DIR``): there is a display.
- ``$DISPLAY``: it is **opened with libxcb's own** ``xcb_connect``, through ctypes, then
  closed. That is the very call Qt's xcb plugin makes first, with the same library, so
  it agrees with Qt about every form of ``DISPLAY`` (``:0``, ``unix/:0``,
  ``localhost:10.0`` of ``ssh -X``, the abstract socket, a TCP host), about the
  X authority (``XAUTHORITY``) and about a server that accepts and then refuses. It takes
  about a millisecond. The alternatives are worse: checking that ``/tmp/.X11-unix/X0``
  exists misses TCP and ssh displays and a server that refuses us; a child process that
  makes a QGuiApplication costs a second start of Python and Qt (in the standalone app
  a second start of the whole bundle), half a second or more on every start.
- neither: no display.

A libxcb that cannot be loaded at all means Qt's xcb plugin cannot load either; that is
said too (it is a missing system library, which the message names). And with a display
that answers, Qt's xcb plugin itself is loaded (``dlopen``, as Qt will load it a moment
later): when a library it needs is missing (libxcb-icccm4 on a minimal system), Qt would
print the same misleading abort, while the loader names the library, which is said
with the package that has it on Debian and Ubuntu.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import socket
import sys
from collections.abc import Mapping
from pathlib import Path

from fruitnet_gui.model.text import translate

__all__ = ["display_problem", "how_to_go_on", "needs_check", "no_display_line"]


def how_to_go_on() -> str:
    """What to do instead, said after the reason."""
    return translate(
        "Display",
        "use `fruitnet trace` for the iteration as text, or set QT_QPA_PLATFORM=offscreen "
        "to run the window without a screen (scripts, CI)",
    )


def no_display_line(problem: str) -> str:
    """The one line ``fruitnet-gui`` prints when it cannot open its window."""
    return translate("Display", "fruitnet-gui: {problem}; {advice}").format(
        problem=problem, advice=how_to_go_on()
    )


_UNIX_LIKE = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly", "sunos")


def needs_check(platform: str = sys.platform) -> bool:
    """Only where Qt's default window system is X11 or Wayland."""
    return platform.startswith(_UNIX_LIKE)


def display_problem(
    env: Mapping[str, str] | None = None, platform: str = sys.platform
) -> str | None:
    """Why no window can be opened (one line, no advice), or None when one can."""
    env = os.environ if env is None else env
    if not needs_check(platform):
        return None
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen and chosen.split(":")[0] != "xcb":
        return None
    if not chosen and _wayland_reachable(env):
        return None
    display = env.get("DISPLAY", "")
    if not display:
        if chosen:
            return translate(
                "Display", "no X display: QT_QPA_PLATFORM is xcb but DISPLAY is not set"
            )
        wayland = env.get("WAYLAND_DISPLAY", "")
        if wayland:
            return translate(
                "Display",
                "no display: the Wayland display {name} does not answer and DISPLAY is not set",
            ).format(name=repr(wayland))
        return translate("Display", "no display: neither DISPLAY nor WAYLAND_DISPLAY is set")
    return _x_problem(display)


def _wayland_reachable(env: Mapping[str, str]) -> bool:
    name = env.get("WAYLAND_DISPLAY", "")
    if not name:
        return False
    path = name if os.path.isabs(name) else os.path.join(env.get("XDG_RUNTIME_DIR", ""), name)
    if not os.path.isabs(path):
        return False  # a relative name needs XDG_RUNTIME_DIR, as libwayland says
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(2.0)
        try:
            sock.connect(path)
        except OSError:
            return False
    return True


def _load_xcb() -> ctypes.CDLL | None:
    for name in ("libxcb.so.1", ctypes.util.find_library("xcb")):
        if name:
            with contextlib.suppress(OSError):
                return ctypes.CDLL(name)
    return None


def _x_problem(display: str) -> str | None:
    """Open ``display`` as Qt would (libxcb), and close it again."""
    xcb = _load_xcb()
    if xcb is None:
        return translate(
            "Display",
            "cannot open the X display {name}: the system library libxcb is missing "
            "(Debian/Ubuntu: libxcb1)",
        ).format(name=repr(display))
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
    xcb.xcb_connection_has_error.restype = ctypes.c_int
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.restype = None
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    screen = ctypes.c_int(0)
    # xcb_connect never returns NULL: a failed connection is an "error connection"
    # object, which xcb_disconnect frees as well.
    connection = xcb.xcb_connect(display.encode(), ctypes.byref(screen))
    try:
        failed = not connection or xcb.xcb_connection_has_error(connection) != 0
    finally:
        if connection:
            xcb.xcb_disconnect(connection)
    if failed:
        return translate(
            "Display",
            "cannot open the X display {name} (no X server answers there, or it refused us)",
        ).format(name=repr(display))
    return _xcb_plugin_problem()


def _xcb_plugin_problem() -> str | None:
    """Load Qt's xcb platform plugin as Qt will; why it cannot be, or None."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(next(iter(spec.submodule_search_locations)), "Qt", "plugins", "platforms")
    plugin /= "libqxcb.so"
    if not plugin.is_file():
        return None  # another layout: Qt will say what it finds
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        library = missing_library(str(exc))
        if library is None:
            return translate("Display", "Qt's X11 plugin cannot be loaded: {reason}").format(
                reason=exc
            )
        return translate(
            "Display",
            "Qt's X11 plugin needs the system library {library}, which is missing "
            "(Debian/Ubuntu: sudo apt install {package})",
        ).format(library=library, package=debian_package(library))
    return None


def missing_library(message: str) -> str | None:
    """The library a dynamic loader's message says it cannot find."""
    head = message.split(":", 1)[0].strip()
    return head if ".so" in head and "cannot open shared object file" in message else None


def debian_package(soname: str) -> str:
    """libxcb-icccm.so.4 → libxcb-icccm4, libxkbcommon-x11.so.0 → libxkbcommon-x11-0."""
    base, _, version = soname.partition(".so")
    version = version.lstrip(".").split(".")[0]
    return f"{base}{'-' if base[-1:].isdigit() else ''}{version}"
