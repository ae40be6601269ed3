"""Model files: the versioned JSON format of docs/FORMATS.md.

Version 2 adds ``"conventions"`` (the error, bias and batch conventions of
:mod:`~fruitnet_gui.model.net.conventions`); with ``"bias": "per_layer"`` each
``biases[l]`` holds one number, with ``"none"`` there is no ``"biases"`` key. Version 1
files (no conventions: the paper's) still load and mean what they meant.

Loading checks everything before a :class:`Network` is built, so a bad file fails
with one :class:`FileFormatError` whose message names the file and says in plain
words what is wrong; nothing else escapes. Saving is atomic and writes floats with
``repr`` precision, so a saved network loads back bit for bit.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from typing import Any, NoReturn

import numpy as np

from fruitnet_gui.files import jsonio
from fruitnet_gui.files.atomic import atomic_write_text
from fruitnet_gui.files.messages import clip, file_error, printable
from fruitnet_gui.model.data.dataset import class_name_problem
from fruitnet_gui.model.errors import FileFormatError, ModelError
from fruitnet_gui.model.net.conventions import PAPER, Conventions
from fruitnet_gui.model.net.limits import MAX_LEARNING_RATE, MAX_VALUE, MIN_LEARNING_RATE
from fruitnet_gui.model.net.network import Network

__all__ = [
    "FORMAT",
    "MAX_LAYERS",
    "MAX_NODES",
    "VERSION",
    "load_model",
    "model_from_dict",
    "model_to_dict",
    "save_model",
    "training_record",
]

#: The value of the ``"format"`` key of every model file.
FORMAT = "fruitnet-model"
#: The file version this FruitNet writes; it reads this one and every older one.
VERSION = 2
VERSIONS = (1, 2)
#: Bounds that keep a file from making us allocate gigabytes.
MAX_LAYERS = 10
MAX_NODES = 4096
#: Longer class names are surely not names (they would not fit anywhere on screen).
MAX_CLASS_NAME = 200

_REQUIRED = ("layers", "weights", "biases")
_OPTIONAL = ("bias_input", "learning_rate", "activation", "input_shape", "classes")
_DESIGN = ("conventions", "activations", "loss", "training")
_KEYS = ("format", "version", *_REQUIRED, *_OPTIONAL, *_DESIGN)
#: Stands for a key that is absent (an explicit ``null`` is an error, not a default).
_MISSING: Any = object()


# -- saving ----------------------------------------------------------------------------
def model_to_dict(net: Network, training: dict[str, Any] | None = None) -> dict[str, Any]:
    """The JSON-able content of a model file, keys in the order of docs/FORMATS.md.

    ``training``: the settings and summary of the run that made the weights
    (``TrainingRun.settings()`` and ``summary()``), kept under ``"training"``."""
    conv = net.conventions
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "layers": [int(n) for n in net.layers],
        "weights": [np.asarray(w, dtype=np.float64).tolist() for w in net.weights],
    }
    if conv.bias == "per_node":
        data["biases"] = [np.asarray(b, dtype=np.float64).tolist() for b in net.biases]
    elif conv.bias == "per_layer":
        data["biases"] = [[float(b[0])] for b in net.biases]
    data |= {
        "bias_input": float(net.bias_input),
        "learning_rate": float(net.learning_rate),
        "activation": net.activation,
        "input_shape": [int(n) for n in net.input_shape],
        "classes": [str(c) for c in net.classes],
        "conventions": conv.to_dict(),
        "activations": list(net.activations),
        "loss": net.loss,
    }
    if training is not None:
        data["training"] = training
    return data


def save_model(net: Network, path: str | os.PathLike[str],
               training: dict[str, Any] | None = None) -> None:  # fmt: skip
    """Write ``net`` to ``path`` atomically: the file is either the old one or the new one
    (with ``training``, the record of the run that made it: see :func:`model_to_dict`).

    Raises :class:`FileFormatError` if the network holds a value JSON cannot carry
    (NaN, infinity, a class name that is not valid text) or the file cannot be written.
    """
    where = os.fspath(path)
    for name, arrays in (("weights", net.weights), ("biases", net.biases)):
        for k, a in enumerate(arrays):
            if not np.all(np.isfinite(a)):
                _fail(where, f"cannot be saved: {name}[{k}] holds NaN or infinity")
            if a.size and float(np.max(np.abs(a))) > MAX_VALUE:
                # it could not be loaded back: say so now, not when it is opened
                _fail(
                    where,
                    f"cannot be saved: {name}[{k}] holds a value beyond ±{MAX_VALUE:.0e}, "
                    "the largest a model file holds",
                )
    for name in ("bias_input", "learning_rate"):
        if not math.isfinite(getattr(net, name)):
            _fail(where, f"cannot be saved: {name} is not a finite number")
    try:
        text = jsonio.dumps(model_to_dict(net, training))
        text.encode("utf-8")
    except UnicodeEncodeError:
        _fail(where, "cannot be saved: a class name holds a character that is not valid text")
    except ValueError as exc:  # json refuses NaN and infinity
        _fail(where, f"cannot be saved ({exc})")
    atomic_write_text(path, text)


# -- loading ---------------------------------------------------------------------------
def load_model(path: str | os.PathLike[str]) -> Network:
    """Read and check a model file; raise :class:`FileFormatError` for anything wrong."""
    # The limit is looked up now, not bound at import, so it can be changed at run time.
    data = jsonio.read_json(path, max_bytes=jsonio.MAX_FILE_BYTES)
    return model_from_dict(data, source=os.fspath(path))


def model_from_dict(data: Any, source: str = "<data>") -> Network:
    """Build a network from the parsed content of a model file, checking every value.

    ``source`` (the file name) starts every error message.
    """
    src = source
    if not isinstance(data, dict):
        _fail(src, f"a model file holds one JSON object {{...}}, this one holds {_describe(data)}")
    version = _check_header(src, data)
    conventions = _check_conventions(src, data, version)
    layers = _check_layers(src, data["layers"])
    shape = _layers_text(layers)
    weights = _check_weights(src, data["weights"], layers, shape)
    if conventions.bias == "none":
        if "biases" in data:
            _fail(src, 'a network without bias ("bias": "none") has no "biases" key')
        biases: list[Any] = [None] * (len(layers) - 1)
    elif "biases" not in data:
        _fail(src, 'the required key "biases" is missing')
    elif conventions.bias == "per_layer":
        one = [1] * len(layers)
        biases = _check_biases(src, data["biases"], one, "one bias weight per layer")
    else:
        biases = _check_biases(src, data["biases"], layers, shape)
    bias_input = _bounded(
        src, _number(src, data.get("bias_input", 1.0), "bias_input"), "bias_input"
    )
    learning_rate = _check_learning_rate(src, data.get("learning_rate", 0.5))
    activations, loss = _check_design(src, data, version, len(layers) - 1)
    input_shape = _check_input_shape(src, data.get("input_shape", _MISSING), layers)
    classes = _check_classes(src, data.get("classes", _MISSING), layers)
    _check_training(src, data, version)
    try:
        return Network(
            layers,
            weights,
            biases,
            bias_input=bias_input,
            learning_rate=learning_rate,
            input_shape=input_shape,
            classes=classes,
            conventions=conventions,
            activations=activations,
            loss=loss,
        )
    except ModelError as exc:
        raise file_error(src, str(exc)) from None


def training_record(data: Any) -> dict[str, Any] | None:
    """The ``"training"`` record of a model file's checked content, or None."""
    record = data.get("training") if isinstance(data, dict) else None
    return record if isinstance(record, dict) else None


def _check_training(src: str, data: dict[Any, Any], version: int) -> None:
    """The optional record of the run that made the weights: an object with
    ``"settings"`` and ``"summary"`` objects (read by people; the weights do not
    depend on it, so its contents are not checked further)."""
    if "training" not in data:
        return
    if version < 2:
        _fail(src, '"training" needs version 2 of the model format; this file says version 1')
    record = data["training"]
    if not isinstance(record, dict):
        _fail(src, f'"training" must be an object {{...}}, got {_describe(record)}')
    for key in ("settings", "summary"):
        if key in record and not isinstance(record[key], dict):
            _fail(src, f'"training"."{key}" must be an object {{...}}, got '
                       f"{_describe(record[key])}")  # fmt: skip


def _check_conventions(src: str, data: dict[Any, Any], version: int) -> Conventions:
    """Version 2's conventions (absent: the paper's); version 1 has none."""
    if "conventions" not in data:
        return PAPER
    if version < 2:
        _fail(src, '"conventions" needs version 2 of the model format; this file says version 1')
    try:
        return Conventions.from_dict(data["conventions"])
    except (ModelError, TypeError) as exc:
        raise FileFormatError(f"{src}: {_one_line(str(exc))}") from None


def _one_line(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 240 else text[:239] + "…"


def _check_header(src: str, data: dict[Any, Any]) -> int:
    """format, version, then no unknown key and every required key."""
    if "format" not in data:
        _fail(src, f'not a FruitNet model file: it has no "format" key (expected "{FORMAT}")')
    fmt = data["format"]
    if fmt == "fruitnet-dataset":
        _fail(src, "this is a FruitNet dataset file, not a model file")
    if not isinstance(fmt, str) or fmt != FORMAT:
        _fail(src, f'not a FruitNet model file: "format" is {_describe(fmt)}, not "{FORMAT}"')
    if "version" not in data:
        _fail(src, 'the "version" key is missing')
    version = data["version"]
    if isinstance(version, bool) or not isinstance(version, int):
        _fail(src, f"the version must be a whole number such as 1, got {_describe(version)}")
    if version > VERSION:
        _fail(
            src,
            f"was written by a newer FruitNet (version {_int(version)}); "
            f"this one reads version {VERSION}",
        )
    if version not in VERSIONS:
        _fail(src, f"version {_int(version)} is unknown; this FruitNet reads versions 1 and 2")
    for key in data:
        if key not in _KEYS:
            _fail(
                src,
                f'unknown key "{_short(str(key))}"; a model file has only the keys '
                + ", ".join(_KEYS),
            )
    for key in _REQUIRED:
        if key not in data and key != "biases":  # "biases" depends on the conventions
            _fail(src, f'the required key "{key}" is missing')
    return version


def _check_layers(src: str, value: Any) -> list[int]:
    if not isinstance(value, list):
        _fail(src, f"layers must be a list of node counts like [2, 2, 2], got {_describe(value)}")
    if len(value) < 3:
        _fail(
            src,
            f"layers must have at least 3 entries (input, hidden and output layer), "
            f"it has {len(value)}",
        )
    if len(value) > MAX_LAYERS:
        _fail(src, f"layers has {len(value)} entries; FruitNet handles at most {MAX_LAYERS}")
    layers = []
    for k, n in enumerate(value):
        n = _whole(src, n, f"layers[{k}]")
        if n < 1:
            _fail(src, f"layers[{k}] must be at least 1 node, got {_int(n)}")
        if n > MAX_NODES:
            _fail(
                src,
                f"layers[{k}] has {_int(n)} nodes; FruitNet handles at most {MAX_NODES} per layer",
            )
        layers.append(n)
    return layers


def _check_weights(src: str, value: Any, layers: list[int], shape: str) -> list[np.ndarray]:
    n = len(layers) - 1
    if not isinstance(value, list):
        _fail(src, f"weights must be a list of {n} matrices ({shape}), got {_describe(value)}")
    if len(value) != n:
        _fail(src, f"weights must hold {n} matrices ({shape}), it has {len(value)}")
    return [
        _matrix(src, m, f"weights[{k}]", layers[k], layers[k + 1], shape)
        for k, m in enumerate(value)
    ]


def _check_biases(src: str, value: Any, layers: list[int], shape: str) -> list[np.ndarray]:
    n = len(layers) - 1
    if not isinstance(value, list):
        _fail(src, f"biases must be a list of {n} lists ({shape}), got {_describe(value)}")
    if len(value) != n:
        _fail(
            src,
            f"biases must hold {n} lists, one per layer after the input ({shape}), "
            f"it has {len(value)}",
        )
    return [_vector(src, b, f"biases[{k}]", layers[k + 1], shape) for k, b in enumerate(value)]


def _matrix(src: str, value: Any, what: str, rows: int, cols: int, shape: str) -> np.ndarray:
    size = f"{what} must be {rows}×{cols} ({shape})"
    if not isinstance(value, list):
        _fail(src, f"{size}, got {_describe(value)}")
    if len(value) != rows:
        _fail(src, f"{size}, it has {_plural(len(value), 'row')}")
    for i, row in enumerate(value):
        if not isinstance(row, list):
            _fail(src, f"{size}, row {i} is {_describe(row)}")
        if len(row) != cols:
            _fail(src, f"{size}, row {i} has {_plural(len(row), 'value')}")
        if not all(_is_number(v) for v in row):
            j = next(j for j, v in enumerate(row) if not _is_number(v))
            _fail(src, f"{what}[{i}][{j}] must be a number, got {_describe(row[j])}")
    return _finite_array(src, value, what)


def _vector(src: str, value: Any, what: str, n: int, shape: str) -> np.ndarray:
    if not isinstance(value, list):
        _fail(src, f"{what} must be a list of {n} numbers ({shape}), got {_describe(value)}")
    if len(value) != n:
        _fail(src, f"{what} must hold {_plural(n, 'value')} ({shape}), it has {len(value)}")
    for j, v in enumerate(value):
        if not _is_number(v):
            _fail(src, f"{what}[{j}] must be a number, got {_describe(v)}")
    return _finite_array(src, value, what)


def _finite_array(src: str, value: list[Any], what: str) -> np.ndarray:
    """The numbers as float64, refusing ints too large for a float and ``1e999``."""
    try:
        a = np.array(value, dtype=np.float64)
    except OverflowError:  # an int beyond float range: becomes inf, reported below
        a = np.array(_floats(value), dtype=np.float64)
    bad = np.argwhere(~np.isfinite(a))
    if bad.size:
        index = "".join(f"[{int(k)}]" for k in bad[0])
        _fail(src, f"{what}{index} is too large a number; every number must be finite")
    big = np.argwhere(np.abs(a) > MAX_VALUE)
    if big.size:
        index = "".join(f"[{int(k)}]" for k in big[0])
        _fail(
            src,
            f"{what}{index} is {a[tuple(big[0])]:.6g}; weights lie between "
            f"-{MAX_VALUE:,.0f} and {MAX_VALUE:,.0f}, so that no net input overflows",
        )
    return a


def _floats(value: list[Any]) -> list[Any]:
    if isinstance(value[0], list):
        return [[_to_float(v) for v in row] for row in value]
    return [_to_float(v) for v in value]


def _to_float(v: int | float) -> float:
    try:
        return float(v)
    except OverflowError:
        return math.inf


def _check_learning_rate(src: str, value: Any) -> float:
    lr = _number(src, value, "learning_rate")
    if lr <= 0:
        _fail(src, f"learning_rate must be greater than 0, got {lr:g}")
    if lr < MIN_LEARNING_RATE:
        _fail(
            src,
            f"learning_rate {lr:g} is too small to change any weight; "
            f"use at least {MIN_LEARNING_RATE:g}",
        )
    if lr > MAX_LEARNING_RATE:
        _fail(src, f"learning_rate must be at most {MAX_LEARNING_RATE:g}, got {lr:g}")
    return lr


def _check_design(src: str, data: dict, version: int, n: int) -> tuple[list[str], str]:
    """Version 1's one ``"activation"`` (always "sigmoid"); version 2's
    ``"activations"`` (one per weight layer) and ``"loss"``."""
    value = data.get("activation", "sigmoid")
    if not isinstance(value, str):
        _fail(src, f'activation must be a text such as "sigmoid", got {_describe(value)}')
    if version < 2 and ("activations" in data or "loss" in data):
        _fail(src, '"activations" and "loss" need version 2 of the model format')
    if version < 2 and value != "sigmoid":
        _fail(src, f'activation "{_short(value)}" is not supported; FruitNet uses "sigmoid"')
    acts = data.get("activations")
    if acts is None:
        if value not in ("sigmoid", "tanh", "relu", "linear"):
            _fail(src, f'activation "{_short(value)}" is not supported')
        acts = [value] * n
    if not isinstance(acts, list) or not all(isinstance(a, str) for a in acts):
        _fail(src, f"activations must be a list of {n} names, got {_describe(acts)}")
    loss = data.get("loss", "squared")
    if not isinstance(loss, str):
        _fail(src, f'loss must be "squared" or "cross_entropy", got {_describe(loss)}')
    from fruitnet_gui.model.net.activations import check_activations

    try:
        check_activations(acts, n, loss)
    except ModelError as exc:
        _fail(src, str(exc))
    return acts, loss


def _check_input_shape(src: str, value: Any, layers: list[int]) -> tuple[int, int] | None:
    if value is _MISSING:
        return None
    if not isinstance(value, list) or len(value) != 2:
        got = f"{len(value)} entries" if isinstance(value, list) else _describe(value)
        _fail(src, f"input_shape must be two numbers, rows and columns, like [6, 6], got {got}")
    rows = _whole(src, value[0], "input_shape[0]")
    cols = _whole(src, value[1], "input_shape[1]")
    if rows < 1 or cols < 1:
        _fail(src, f"input_shape must be positive, got [{_int(rows)}, {_int(cols)}]")
    if rows * cols != layers[0]:
        _fail(
            src,
            f"input_shape [{_int(rows)}, {_int(cols)}] holds {_int(rows * cols)} inputs, "
            f"but the input layer has {layers[0]} nodes",
        )
    return rows, cols


def _check_classes(src: str, value: Any, layers: list[int]) -> list[str] | None:
    if value is _MISSING:
        return None
    n = layers[-1]
    if not isinstance(value, list):
        _fail(src, f"classes must be a list of {n} names, got {_describe(value)}")
    if len(value) != n:
        _fail(
            src,
            f"classes must name each of the {_plural(n, 'output node')}, "
            f"it has {_plural(len(value), 'name')}",
        )
    seen: set[str] = set()
    for k, name in enumerate(value):
        if not isinstance(name, str):
            _fail(src, f"classes[{k}] must be a name (text), got {_describe(name)}")
        if not name.strip():
            _fail(src, f"classes[{k}] is empty; every class needs a name")
        if len(name) > MAX_CLASS_NAME:
            _fail(src, f"classes[{k}] is {len(name)} characters long; at most {MAX_CLASS_NAME}")
        try:
            name.encode("utf-8")
        except UnicodeEncodeError:
            _fail(src, f"classes[{k}] holds a character that is not valid text")
        problem = class_name_problem(name)
        if problem:  # a line break or a control character
            _fail(src, f"classes[{k}]: {problem}")
        if name in seen:
            _fail(src, f'the class name "{_short(name)}" appears twice in classes')
        seen.add(name)
    return list(value)


# -- small helpers ---------------------------------------------------------------------
def _fail(src: str, message: str) -> NoReturn:
    raise file_error(src, message)


def _bounded(src: str, x: float, what: str) -> float:
    if abs(x) > MAX_VALUE:
        _fail(src, f"{what} is {x:.6g}; it must lie between -{MAX_VALUE:,.0f} and {MAX_VALUE:,.0f}")
    return x


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _whole(src: str, value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        _fail(src, f"{what} must be a whole number, got {_describe(value)}")
    return int(value)


def _number(src: str, value: Any, what: str) -> float:
    if not _is_number(value):
        _fail(src, f"{what} must be a number, got {_describe(value)}")
    x = _to_float(value)
    if not math.isfinite(x):
        _fail(src, f"{what} is too large a number; it must be finite")
    return x


def _int(n: int) -> str:
    """A whole number short enough for a message (a file may hold 400 digits)."""
    text = str(n)
    return text if len(text) <= 15 else f"{text[:6]}… ({len(text.lstrip('-'))} digits)"


def _layers_text(layers: Sequence[int]) -> str:
    return f"layers {list(layers)}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _describe(value: Any) -> str:
    """A JSON value in plain words, short even if the value is huge or deeply nested."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return f"the number {value}" if abs(value) < 10**20 else "a huge number"
    if isinstance(value, float):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f'the text "{_short(value)}"'
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"


def _short(text: str) -> str:
    return clip(printable(text), 40)
