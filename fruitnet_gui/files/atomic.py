"""Atomic saving: a crash or a full disk never leaves a half-written file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from fruitnet_gui.model.errors import FileFormatError

__all__ = ["atomic_write_bytes", "atomic_write_text", "check_can_save"]


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` so that the file is either the old one or the new one.

    A temporary file in the same folder is written, flushed and fsynced, then moved
    over the target with :func:`os.replace` (atomic on POSIX and Windows). A symbolic
    link's target is replaced (the link stays); anything that is not a regular file (a
    folder, a device such as /dev/null) is refused, never replaced.
    """
    path = _target(Path(path))
    folder, fd, tmp = _temporary_beside(path)
    try:
        # mkstemp makes the file private (0600); give it the mode a plain open() would,
        # or keep the mode of the file being replaced.
        try:
            mode = path.stat().st_mode & 0o777
        except OSError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        with os.fdopen(fd, "wb") as f:
            os.fchmod(f.fileno(), mode)
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise FileFormatError(f"{path}: could not be saved ({exc.strerror or exc})") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    # Make the rename itself durable where the platform allows it.
    with contextlib.suppress(OSError, AttributeError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """:func:`atomic_write_bytes` for UTF-8 text."""
    atomic_write_bytes(path, text.encode("utf-8"))


def _temporary_beside(path: Path) -> tuple[Path, int, str]:
    """A new hidden temporary file in ``path``'s folder: (folder, descriptor, name)."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise FileFormatError(f"{path}: cannot save here ({exc.strerror or exc})") from None
    return folder, fd, tmp


def _target(path: Path) -> Path:
    """The file a save replaces: a symbolic link's target; refuses what is not a file."""
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    if path.is_dir():
        raise FileFormatError(f"{path}: is a folder; give the name of a file to save")
    if path.exists() and not path.is_file():
        raise FileFormatError(f"{path}: is not a regular file; give the name of a file to save")
    return path


def check_can_save(path: str | os.PathLike[str]) -> None:
    """Raise :class:`FileFormatError` now if ``path`` could not be saved later (its folder
    is missing or read-only, or it is a folder or a device): before a long run, not after."""
    _folder, fd, tmp = _temporary_beside(_target(Path(path)))
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(tmp)
