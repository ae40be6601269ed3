"""Strict JSON reading shared by model and dataset files.

Python's :mod:`json` accepts ``NaN``, ``Infinity`` and duplicate keys silently; a
FruitNet file must not, because a duplicate weight or a NaN would show the student
numbers that mean nothing. Every problem becomes one :class:`FileFormatError` whose
message names the file.
"""

from __future__ import annotations

import json
import math
import os
import stat
from pathlib import Path
from typing import Any

from fruitnet_gui.files.messages import clip, file_error, library_reason, printable
from fruitnet_gui.model.net import limits
from fruitnet_gui.model.text import grouped, number, translate

__all__ = ["MAX_FILE_BYTES", "dumps", "megabytes", "parse_json", "read_bytes", "read_json"]

#: Larger files are refused before they are read: the biggest sensible dataset here is
#: tens of thousands of 6×6 images, a few megabytes of JSON.
MAX_FILE_BYTES = limits.MAX_FILE_BYTES


class _DuplicateKey(ValueError):
    pass


class _BadConstant(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


def _no_constants(name: str) -> Any:
    raise _BadConstant(name)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e999 parses to infinity
        raise _BadConstant(text)
    return value


#: What a whole number of more digits than :data:`~fruitnet_gui.model.net.limits.MAX_DIGITS`
#: is read as: too large for anything in a FruitNet file, so the check of the value it
#: stands for refuses it and names where it is.
HUGE_INT = 10**limits.MAX_DIGITS


def _short_int(text: str) -> int:
    """A JSON whole number; Python's own limit (4300 digits) would raise ValueError."""
    if len(text) > limits.MAX_DIGITS:
        return -HUGE_INT if text.startswith("-") else HUGE_INT
    return int(text)


def megabytes(n: int) -> str:
    """A size as people read it: 64 MB is 64 × 2²⁰ bytes, as in docs/FORMATS.md."""
    if n < 2**20:
        return translate("Files", "{n} bytes").format(n=grouped(n))
    size = str(n // 2**20) if n % 2**20 == 0 else number(f"{n / 2**20:.1f}")
    return translate("Files", "{n} MB").format(n=size)


def read_bytes(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``, or :class:`FileFormatError`.

    Folders, pipes and devices (``/dev/zero`` never ends, a named pipe blocks for ever)
    are refused before they are opened; at most ``max_bytes + 1`` bytes are ever read.
    Leftovers of interrupted saves in the file's folder are removed
    (:func:`~fruitnet_gui.files.atomic.remove_leftovers`).
    """
    from fruitnet_gui.files.atomic import remove_leftovers

    path = Path(path)
    if max_bytes is None:
        max_bytes = MAX_FILE_BYTES
    try:
        st = path.stat()
    except FileNotFoundError:
        raise file_error(path, translate("Files", "no such file")) from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        reason = getattr(exc, "strerror", None) or exc
        raise file_error(
            path, translate("Files", "cannot be read ({reason})").format(reason=reason)
        ) from None
    if stat.S_ISDIR(st.st_mode):
        raise file_error(path, translate("Files", "is a folder, not a file"))
    if not stat.S_ISREG(st.st_mode):  # a pipe or a device would block or never end
        raise file_error(path, translate("Files", "is not a regular file (a pipe or a device?)"))
    size = st.st_size
    if size > max_bytes:
        raise file_error(
            path,
            translate(
                "Files", "the file is {megabytes}, larger than the limit of {megabytes2}"
            ).format(megabytes=megabytes(size), megabytes2=megabytes(max_bytes)),
        )
    remove_leftovers(path.parent if str(path.parent) else ".")
    try:
        with path.open("rb") as f:
            raw = f.read(max_bytes + 1)
    except OSError as exc:
        raise file_error(
            path, translate("Files", "cannot be read ({value})").format(value=exc.strerror or exc)
        ) from None
    if len(raw) > max_bytes:
        raise file_error(
            path,
            translate("Files", "the file is larger than the limit of {megabytes}").format(
                megabytes=megabytes(max_bytes)
            ),
        )
    return raw


def read_json(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> Any:
    """Read one strict JSON document, or raise :class:`FileFormatError`.

    ``max_bytes`` defaults to :data:`MAX_FILE_BYTES` as it is when called.
    """
    path = Path(path)
    raw = read_bytes(path, max_bytes=MAX_FILE_BYTES if max_bytes is None else max_bytes)
    return parse_json(path, raw)


def parse_json(path: str | os.PathLike[str], raw: bytes) -> Any:
    """The strict JSON document in ``raw`` (the bytes of ``path``), or FileFormatError."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise file_error(path, translate("Files", "not a text file (it is not UTF-8)")) from None
    if not text.strip():
        raise file_error(path, translate("Files", "the file is empty"))
    try:
        return json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constants,
            parse_float=_finite_float,
            parse_int=_short_int,
        )
    except _DuplicateKey as exc:
        key = clip(printable(str(exc.args[0])), 40)
        raise file_error(
            path,
            translate("Files", "the key {key} appears twice in one object").format(key=repr(key)),
        ) from None
    except _BadConstant as exc:
        value = clip(str(exc.args[0]), 40)
        raise file_error(
            path,
            translate("Files", "{value} is not allowed; every number must be finite").format(
                value=value
            ),
        ) from None
    except json.JSONDecodeError as exc:
        raise file_error(
            path,
            translate("Files", "not valid JSON ({msg} at line {lineno}, column {colno})").format(
                msg=library_reason(exc.msg), lineno=exc.lineno, colno=exc.colno
            ),
        ) from None
    except RecursionError:
        raise file_error(path, translate("Files", "the JSON is nested too deeply")) from None


def dumps(data: Any) -> str:
    """Human-readable JSON that :func:`read_json` reads back; refuses NaN and Infinity."""
    return json.dumps(data, indent=1, ensure_ascii=False, allow_nan=False) + "\n"
