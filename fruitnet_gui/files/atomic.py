"""Atomic saving: a crash or a full disk never leaves a half-written file behind."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

from fruitnet_gui.files.messages import file_error
from fruitnet_gui.model.text import translate

__all__ = [
    "STALE_SECONDS",
    "atomic_write_bytes",
    "atomic_write_text",
    "check_can_save",
    "fsync_folder",
    "remove_leftovers",
    "staging_name",
]

#: What FruitNet's own temporary files and folders are called, and nothing else is:
#: ``.NAME.fruitnet-PID-XXXXXXXX.tmp`` (a save in progress) and
#: ``.NAME.fruitnet-partial-PID-XXXXXXXX`` (an image folder being exported).
_TEMP_FILE = re.compile(r"\..+\.fruitnet-([0-9]{1,10})-[a-z0-9_]{8}\.tmp", re.DOTALL)
_STAGING = re.compile(r"\..+\.fruitnet-partial-([0-9]{1,10})-[0-9a-f]{8}", re.DOTALL)
#: A leftover older than this is removed even if its process seems to run (its number
#: may have been given to another process since).
STALE_SECONDS = 24 * 3600
#: The name of the target kept in a temporary name (the name limit is 255 bytes).
_NAME_CHARS = 100


def atomic_write_bytes(
    path: str | os.PathLike[str], data: bytes, *, sync_folder: bool = True
) -> None:
    """Write ``data`` to ``path`` so that the file is either the old one or the new one.

    A temporary file in the same folder is written, flushed and fsynced, then moved
    over the target with :func:`os.replace` (atomic on POSIX and Windows). A symbolic
    link's target is replaced (the link stays); anything that is not a regular file (a
    folder, a device such as /dev/null) is refused, never replaced.

    ``sync_folder=False`` leaves making the rename durable to the caller, who writes
    many files into one folder and then calls :func:`fsync_folder` once (a worksheet's
    244 files: one folder fsync per folder, not per file).
    """
    path = _target(Path(path))
    folder, fd, tmp = _temporary_beside(path)
    remove_leftovers(folder)
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
            _set_mode(f.fileno(), tmp, mode)
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise file_error(
            path,
            translate("Files", "could not be saved ({value})").format(value=exc.strerror or exc),
        ) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if sync_folder:
        fsync_folder(folder)


def fsync_folder(folder: str | os.PathLike[str]) -> None:
    """Make the renames done in ``folder`` durable, where the platform allows it."""
    with contextlib.suppress(OSError, AttributeError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def atomic_write_text(path: str | os.PathLike[str], text: str, *, sync_folder: bool = True) -> None:
    """:func:`atomic_write_bytes` for UTF-8 text."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, e.g. a name that was not UTF-8
        raise file_error(
            path, translate("Files", "cannot be saved: it holds text that is not valid UTF-8")
        ) from None
    atomic_write_bytes(path, data, sync_folder=sync_folder)


def _temporary_beside(path: Path) -> tuple[Path, int, str]:
    """A new hidden temporary file in ``path``'s folder: (folder, descriptor, name)."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(
            prefix=f".{path.name[:_NAME_CHARS]}.fruitnet-{os.getpid()}-", suffix=".tmp", dir=folder
        )
    except OSError as exc:
        raise file_error(
            path, translate("Files", "cannot save here ({value})").format(value=exc.strerror or exc)
        ) from None
    return folder, fd, tmp


def _set_mode(fd: int, name: str, mode: int) -> None:
    """Give the temporary file ``mode``: through its descriptor where the platform can
    (``os.fchmod`` is missing on Windows before Python 3.13), else through its name; a
    file system that keeps no modes is left as it is."""
    fchmod = getattr(os, "fchmod", None)
    with contextlib.suppress(OSError, NotImplementedError):
        if fchmod is not None:
            fchmod(fd, mode)
        else:
            os.chmod(name, mode)


def staging_name(target: Path) -> Path:
    """A new name for a hidden folder beside ``target`` that becomes ``target`` when done
    (an image export), recognised by :func:`remove_leftovers` if the export is killed."""
    tag = os.urandom(4).hex()
    return target.parent / f".{target.name[:_NAME_CHARS]}.fruitnet-partial-{os.getpid()}-{tag}"


def _process_gone(pid: int) -> bool:
    """Whether no process ``pid`` runs (POSIX only; elsewhere it cannot be asked safely:
    Windows' ``os.kill`` would end the process)."""
    if pid == os.getpid() or os.name != "posix":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # it runs, under another user
        return False
    return False


def remove_leftovers(folder: str | os.PathLike[str]) -> int:
    """Remove what interrupted saves left in ``folder``; return how many were removed.

    Only FruitNet's own temporary names count (never another program's files), and only
    when the process that made them has ended (a save in progress in another FruitNet is
    left alone) or they are older than :data:`STALE_SECONDS`. Never raises: a folder
    that cannot be tidied is simply left as it is.
    """
    removed = 0
    now = time.time()
    try:
        with os.scandir(folder) as entries:
            found = [e for e in entries if e.name.startswith(".")]
    except OSError:
        return 0
    for entry in found:
        file_match = _TEMP_FILE.fullmatch(entry.name)
        dir_match = None if file_match else _STAGING.fullmatch(entry.name)
        match = file_match or dir_match
        if match is None:
            continue
        try:
            st = entry.stat(follow_symlinks=False)
            if not (_process_gone(int(match.group(1))) or now - st.st_mtime > STALE_SECONDS):
                continue
            if file_match and entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
            elif dir_match and entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                continue
        except OSError:
            continue
        removed += 1
    return removed


def _target(path: Path) -> Path:
    """The file a save replaces: a symbolic link's target; refuses what is not a file."""
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    if path.is_dir():
        raise file_error(path, translate("Files", "is a folder; give the name of a file to save"))
    if path.exists() and not path.is_file():
        raise file_error(
            path, translate("Files", "is not a regular file; give the name of a file to save")
        )
    return path


def check_can_save(path: str | os.PathLike[str]) -> None:
    """Raise :class:`FileFormatError` now if ``path`` could not be saved later (its folder
    is missing or read-only, or it is a folder or a device): before a long run, not after."""
    _folder, fd, tmp = _temporary_beside(_target(Path(path)))
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(tmp)
