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

from fruitnet_gui.model.errors import FileFormatError

__all__ = ["MAX_FILE_BYTES", "dumps", "read_json"]

#: Larger files are refused before they are read: the biggest sensible dataset here is
#: tens of thousands of 6×6 images, a few megabytes of JSON.
MAX_FILE_BYTES = 64 * 1024 * 1024


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


def read_json(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> Any:
    """Read one strict JSON document, or raise :class:`FileFormatError`.

    ``max_bytes`` defaults to :data:`MAX_FILE_BYTES` as it is when called.
    """
    path = Path(path)
    if max_bytes is None:
        max_bytes = MAX_FILE_BYTES
    try:
        st = path.stat()
    except FileNotFoundError:
        raise FileFormatError(f"{path}: no such file") from None
    except OSError as exc:
        raise FileFormatError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(st.st_mode):
        raise FileFormatError(f"{path}: is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):  # a pipe or a device would block or never end
        raise FileFormatError(f"{path}: is not a regular file")
    size = st.st_size
    if size > max_bytes:
        raise FileFormatError(
            f"{path}: the file is {size / 1e6:.1f} MB, "
            f"larger than the limit of {max_bytes / 1e6:.0f} MB"
        )
    try:
        with path.open("rb") as f:
            raw = f.read(max_bytes + 1)
    except OSError as exc:
        raise FileFormatError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if len(raw) > max_bytes:
        raise FileFormatError(
            f"{path}: the file is larger than the limit of {max_bytes / 1e6:.0f} MB"
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileFormatError(f"{path}: not a text file (it is not UTF-8)") from None
    if not text.strip():
        raise FileFormatError(f"{path}: the file is empty")
    try:
        return json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constants,
            parse_float=_finite_float,
        )
    except _DuplicateKey as exc:
        raise FileFormatError(
            f"{path}: the key {exc.args[0]!r} appears twice in one object"
        ) from None
    except _BadConstant as exc:
        raise FileFormatError(
            f"{path}: {exc.args[0]} is not allowed; every number must be finite"
        ) from None
    except json.JSONDecodeError as exc:
        raise FileFormatError(
            f"{path}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        ) from None
    except RecursionError:
        raise FileFormatError(f"{path}: the JSON is nested too deeply") from None


def dumps(data: Any) -> str:
    """Human-readable JSON that :func:`read_json` reads back; refuses NaN and Infinity."""
    return json.dumps(data, indent=1, ensure_ascii=False, allow_nan=False) + "\n"
