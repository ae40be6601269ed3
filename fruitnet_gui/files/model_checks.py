"""The checks of a model file's values (layers, weights, biases, rates, design, shape and
classes) and the words of their messages, apart from the format's reading and writing
in :mod:`fruitnet_gui.files.model_io`.

Each message is one whole sentence in the user's language (``translate("ModelFile",
…)``, its numbers with the reader's decimal separator); the keys of the file
("weights", "learning_rate") and its JSON values (null, true) stay as the file spells
them. A value is described by :func:`describe` ("the number 3", "a list"), one phrase
per kind of value, so that every "…, got {what}" reads whole.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any, NoReturn

import numpy as np

from fruitnet_gui.files.messages import clip, file_error, printable
from fruitnet_gui.model.data.dataset import class_name_problem
from fruitnet_gui.model.errors import ModelError
from fruitnet_gui.model.net.limits import MAX_LEARNING_RATE, MAX_VALUE, MIN_LEARNING_RATE
from fruitnet_gui.model.text import grouped, number, translate

#: Bounds that keep a file from making us allocate gigabytes.
MAX_LAYERS = 10
MAX_NODES = 4096
#: Longer class names are surely not names (they would not fit anywhere on screen).
MAX_CLASS_NAME = 200
#: Stands for a key that is absent (an explicit ``null`` is an error, not a default).
MISSING: Any = object()


def fail(src: str, text: str, **values: Any) -> NoReturn:
    """Raise the file's error: ``text`` (translated already) with ``values`` put in."""
    raise file_error(src, text.format(**values))


def check_layers(src: str, value: Any) -> list[int]:
    if not isinstance(value, list):
        fail(
            src,
            translate(
                "ModelFile", "layers must be a list of node counts like [2, 2, 2], got {what}"
            ),
            what=describe(value),
        )
    if len(value) < 3:
        fail(
            src,
            translate(
                "ModelFile",
                "layers must have at least 3 entries (input, hidden and output layer), it has {n}",
            ),
            n=len(value),
        )
    if len(value) > MAX_LAYERS:
        fail(
            src,
            translate("ModelFile", "layers has {n} entries; FruitNet handles at most {most}"),
            n=len(value),
            most=MAX_LAYERS,
        )
    layers = []
    for k, n in enumerate(value):
        n = whole(src, n, f"layers[{k}]")
        if n < 1:
            fail(
                src,
                translate("ModelFile", "layers[{k}] must be at least 1 node, got {n}"),
                k=k,
                n=whole_text(n),
            )
        if n > MAX_NODES:
            fail(
                src,
                translate(
                    "ModelFile",
                    "layers[{k}] has {n} nodes; FruitNet handles at most {most} per layer",
                ),
                k=k,
                n=whole_text(n),
                most=MAX_NODES,
            )
        layers.append(n)
    return layers


def check_weights(src: str, value: Any, layers: list[int], shape: str) -> list[np.ndarray]:
    n = len(layers) - 1
    if not isinstance(value, list):
        fail(
            src,
            translate("ModelFile", "weights must be a list of {n} matrices ({shape}), got {what}"),
            n=n,
            shape=shape,
            what=describe(value),
        )
    if len(value) != n:
        fail(
            src,
            translate("ModelFile", "weights must hold {n} matrices ({shape}), it has {has}"),
            n=n,
            shape=shape,
            has=len(value),
        )
    return [
        _matrix(src, m, f"weights[{k}]", layers[k], layers[k + 1], shape)
        for k, m in enumerate(value)
    ]


def check_biases(src: str, value: Any, layers: list[int], shape: str) -> list[np.ndarray]:
    n = len(layers) - 1
    if not isinstance(value, list):
        fail(
            src,
            translate("ModelFile", "biases must be a list of {n} lists ({shape}), got {what}"),
            n=n,
            shape=shape,
            what=describe(value),
        )
    if len(value) != n:
        fail(
            src,
            translate(
                "ModelFile",
                "biases must hold {n} lists, one per layer after the input ({shape}), it has {has}",
            ),
            n=n,
            shape=shape,
            has=len(value),
        )
    return [_vector(src, b, f"biases[{k}]", layers[k + 1], shape) for k, b in enumerate(value)]


def _matrix(src: str, value: Any, what: str, rows: int, cols: int, shape: str) -> np.ndarray:
    size = dict(where=what, rows=rows, cols=cols, shape=shape)
    if not isinstance(value, list):
        fail(
            src,
            translate("ModelFile", "{where} must be {rows}×{cols} ({shape}), got {what}"),
            what=describe(value),
            **size,
        )
    if len(value) != rows:
        fail(
            src,
            translate("ModelFile", "{where} must be {rows}×{cols} ({shape}), it has {has}"),
            has=count(len(value), "row"),
            **size,
        )
    for i, row in enumerate(value):
        if not isinstance(row, list):
            fail(
                src,
                translate(
                    "ModelFile", "{where} must be {rows}×{cols} ({shape}), row {i} is {what}"
                ),
                i=i,
                what=describe(row),
                **size,
            )
        if len(row) != cols:
            fail(
                src,
                translate(
                    "ModelFile", "{where} must be {rows}×{cols} ({shape}), row {i} has {has}"
                ),
                i=i,
                has=count(len(row), "value"),
                **size,
            )
        if not all(_is_number(v) for v in row):
            j = next(j for j, v in enumerate(row) if not _is_number(v))
            fail(
                src,
                translate("ModelFile", "{where} must be a number, got {what}"),
                where=f"{what}[{i}][{j}]",
                what=describe(row[j]),
            )
    return _finite_array(src, value, what)


def _vector(src: str, value: Any, what: str, n: int, shape: str) -> np.ndarray:
    if not isinstance(value, list):
        fail(
            src,
            translate("ModelFile", "{where} must be a list of {n} numbers ({shape}), got {what}"),
            where=what,
            n=n,
            shape=shape,
            what=describe(value),
        )
    if len(value) != n:
        fail(
            src,
            translate("ModelFile", "{where} must hold {count} ({shape}), it has {has}"),
            where=what,
            count=count(n, "value"),
            shape=shape,
            has=len(value),
        )
    for j, v in enumerate(value):
        if not _is_number(v):
            fail(
                src,
                translate("ModelFile", "{where} must be a number, got {what}"),
                where=f"{what}[{j}]",
                what=describe(v),
            )
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
        fail(
            src,
            translate("ModelFile", "{where} is too large a number; every number must be finite"),
            where=what + index,
        )
    big = np.argwhere(np.abs(a) > MAX_VALUE)
    if big.size:
        index = "".join(f"[{int(k)}]" for k in big[0])
        fail(
            src,
            translate(
                "ModelFile",
                "{where} is {value}; weights lie between -{most} and "
                "{most}, so that no net input overflows",
            ),
            where=what + index,
            value=number(f"{a[tuple(big[0])]:.6g}"),
            most=grouped(MAX_VALUE),
        )
    return a


def _floats(value: list[Any]) -> list[Any]:
    if isinstance(value[0], list):
        return [[to_float(v) for v in row] for row in value]
    return [to_float(v) for v in value]


def to_float(v: int | float) -> float:
    try:
        return float(v)
    except OverflowError:
        return math.inf


def check_learning_rate(src: str, value: Any) -> float:
    lr = real(src, value, "learning_rate")
    shown = number(f"{lr:g}")
    if lr <= 0:
        fail(
            src,
            translate("ModelFile", "learning_rate must be greater than 0, got {value}"),
            value=shown,
        )
    if lr < MIN_LEARNING_RATE:
        fail(
            src,
            translate(
                "ModelFile",
                "learning_rate {value} is too small to change any weight; use at least {least}",
            ),
            value=shown,
            least=number(f"{MIN_LEARNING_RATE:g}"),
        )
    if lr > MAX_LEARNING_RATE:
        fail(
            src,
            translate("ModelFile", "learning_rate must be at most {most}, got {value}"),
            most=number(f"{MAX_LEARNING_RATE:g}"),
            value=shown,
        )
    return lr


def check_design(src: str, data: dict, version: int, n: int) -> tuple[list[str], str]:
    """Version 1's one ``"activation"`` (always "sigmoid"); version 2's
    ``"activations"`` (one per weight layer) and ``"loss"``."""
    value = data.get("activation", "sigmoid")
    if not isinstance(value, str):
        fail(
            src,
            translate("ModelFile", 'activation must be a text such as "sigmoid", got {what}'),
            what=describe(value),
        )
    if version < 2 and ("activations" in data or "loss" in data):
        fail(
            src,
            translate("ModelFile", '"activations" and "loss" need version 2 of the model format'),
        )
    if version < 2 and value != "sigmoid":
        fail(
            src,
            translate("ModelFile", 'activation "{name}" is not supported; FruitNet uses "sigmoid"'),
            name=short(value),
        )
    acts = data.get("activations")
    if acts is None:
        if value not in ("sigmoid", "tanh", "relu", "linear"):
            fail(
                src,
                translate("ModelFile", 'activation "{name}" is not supported'),
                name=short(value),
            )
        acts = [value] * n
    if not isinstance(acts, list) or not all(isinstance(a, str) for a in acts):
        fail(
            src,
            translate("ModelFile", "activations must be a list of {n} names, got {what}"),
            n=n,
            what=describe(acts),
        )
    loss = data.get("loss", "squared")
    if not isinstance(loss, str):
        fail(
            src,
            translate("ModelFile", 'loss must be "squared" or "cross_entropy", got {what}'),
            what=describe(loss),
        )
    from fruitnet_gui.model.net.activations import check_activations

    try:
        check_activations(acts, n, loss)
    except ModelError as exc:
        fail(src, "{problem}", problem=exc)
    return acts, loss


def check_input_shape(src: str, value: Any, layers: list[int]) -> tuple[int, int] | None:
    if value is MISSING:
        return None
    if not isinstance(value, list) or len(value) != 2:
        if isinstance(value, list):
            got = translate("ModelFile", "{n} entries").format(n=len(value))
        else:
            got = describe(value)
        fail(
            src,
            translate(
                "ModelFile",
                "input_shape must be two numbers, rows and columns, like [6, 6], got {what}",
            ),
            what=got,
        )
    rows = whole(src, value[0], "input_shape[0]")
    cols = whole(src, value[1], "input_shape[1]")
    if rows < 1 or cols < 1:
        fail(
            src,
            translate("ModelFile", "input_shape must be positive, got [{rows}, {cols}]"),
            rows=whole_text(rows),
            cols=whole_text(cols),
        )
    if rows * cols != layers[0]:
        fail(
            src,
            translate(
                "ModelFile",
                "input_shape [{rows}, {cols}] holds {n} inputs, but the "
                "input layer has {nodes} nodes",
            ),
            rows=whole_text(rows),
            cols=whole_text(cols),
            n=whole_text(rows * cols),
            nodes=layers[0],
        )
    return rows, cols


def check_classes(src: str, value: Any, layers: list[int]) -> list[str] | None:
    if value is MISSING:
        return None
    n = layers[-1]
    if not isinstance(value, list):
        fail(
            src,
            translate("ModelFile", "classes must be a list of {n} names, got {what}"),
            n=n,
            what=describe(value),
        )
    if len(value) != n:
        fail(
            src,
            translate("ModelFile", "classes must name each of the {nodes}, it has {names}"),
            nodes=count(n, "output node"),
            names=count(len(value), "name"),
        )
    seen: set[str] = set()
    for k, name in enumerate(value):
        if not isinstance(name, str):
            fail(
                src,
                translate("ModelFile", "classes[{k}] must be a name (text), got {what}"),
                k=k,
                what=describe(name),
            )
        if not name.strip():
            fail(
                src, translate("ModelFile", "classes[{k}] is empty; every class needs a name"), k=k
            )
        if len(name) > MAX_CLASS_NAME:
            fail(
                src,
                translate("ModelFile", "classes[{k}] is {n} characters long; at most {most}"),
                k=k,
                n=len(name),
                most=MAX_CLASS_NAME,
            )
        try:
            name.encode("utf-8")
        except UnicodeEncodeError:
            fail(
                src,
                translate("ModelFile", "classes[{k}] holds a character that is not valid text"),
                k=k,
            )
        problem = class_name_problem(name)
        if problem:  # a line break or a control character
            fail(src, "classes[{k}]: {problem}", k=k, problem=problem)
        if name in seen:
            fail(
                src,
                translate("ModelFile", 'the class name "{name}" appears twice in classes'),
                name=short(name),
            )
        seen.add(name)
    return list(value)


# -- small helpers ---------------------------------------------------------------------
def bounded(src: str, x: float, what: str) -> float:
    if abs(x) > MAX_VALUE:
        fail(
            src,
            translate("ModelFile", "{where} is {value}; it must lie between -{most} and {most}"),
            where=what,
            value=number(f"{x:.6g}"),
            most=grouped(MAX_VALUE),
        )
    return x


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def whole(src: str, value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        fail(
            src,
            translate("ModelFile", "{where} must be a whole number, got {what}"),
            where=what,
            what=describe(value),
        )
    return int(value)


def real(src: str, value: Any, what: str) -> float:
    if not _is_number(value):
        fail(
            src,
            translate("ModelFile", "{where} must be a number, got {what}"),
            where=what,
            what=describe(value),
        )
    x = to_float(value)
    if not math.isfinite(x):
        fail(
            src,
            translate("ModelFile", "{where} is too large a number; it must be finite"),
            where=what,
        )
    return x


def whole_text(n: int) -> str:
    """A whole number short enough for a message (a file may hold 400 digits)."""
    text = str(n)
    if len(text) <= 15:
        return text
    return translate("ModelFile", "{start}… ({n} digits)").format(
        start=text[:6], n=len(text.lstrip("-"))
    )


def layers_text(layers: Sequence[int]) -> str:
    return f"layers {list(layers)}"


def count(n: int, noun: str) -> str:
    """``n`` and its noun ("row", "value", "name", "output node"), singular or plural."""
    one = {
        "row": translate("ModelFile", "{n} row"),
        "value": translate("ModelFile", "{n} value"),
        "name": translate("ModelFile", "{n} name"),
        "output node": translate("ModelFile", "{n} output node"),
    }
    many = {
        "row": translate("ModelFile", "{n} rows"),
        "value": translate("ModelFile", "{n} values"),
        "name": translate("ModelFile", "{n} names"),
        "output node": translate("ModelFile", "{n} output nodes"),
    }
    return (one if n == 1 else many)[noun].format(n=n)


def describe(value: Any) -> str:
    """A JSON value in plain words, short even if the value is huge or deeply nested."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        if abs(value) >= 10**20:
            return translate("ModelFile", "a huge number")
        return translate("ModelFile", "the number {value}").format(value=value)
    if isinstance(value, float):
        return translate("ModelFile", "the number {value}").format(value=number(repr(value)))
    if isinstance(value, str):
        return translate("ModelFile", 'the text "{text}"').format(text=short(value))
    if isinstance(value, list):
        return translate("ModelFile", "a list")
    if isinstance(value, dict):
        return translate("ModelFile", "an object")
    return translate("ModelFile", "a {type}").format(type=type(value).__name__)


def short(text: str) -> str:
    return clip(printable(text), 40)
