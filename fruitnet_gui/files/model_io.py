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
from typing import Any

import numpy as np

from fruitnet_gui.files import jsonio
from fruitnet_gui.files.atomic import atomic_write_text
from fruitnet_gui.files.messages import file_error
from fruitnet_gui.files.model_checks import (
    MAX_CLASS_NAME,
    MAX_LAYERS,
    MAX_NODES,
    MISSING,
    bounded,
    check_biases,
    check_classes,
    check_design,
    check_input_shape,
    check_layers,
    check_learning_rate,
    check_weights,
    describe,
    fail,
    layers_text,
    real,
    short,
    whole_text,
)
from fruitnet_gui.model.errors import ModelError
from fruitnet_gui.model.net.conventions import PAPER, Conventions
from fruitnet_gui.model.net.limits import MAX_VALUE
from fruitnet_gui.model.net.network import Network
from fruitnet_gui.model.text import translate

__all__ = [
    "FORMAT",
    "MAX_CLASS_NAME",
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

_REQUIRED = ("layers", "weights", "biases")
_OPTIONAL = ("bias_input", "learning_rate", "activation", "input_shape", "classes")
_DESIGN = ("conventions", "activations", "loss", "training")
_KEYS = ("format", "version", *_REQUIRED, *_OPTIONAL, *_DESIGN)


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
                fail(
                    where,
                    translate("ModelFile", "cannot be saved: {where} holds NaN or infinity"),
                    where=f"{name}[{k}]",
                )
            if a.size and float(np.max(np.abs(a))) > MAX_VALUE:
                # it could not be loaded back: say so now, not when it is opened
                fail(
                    where,
                    translate(
                        "ModelFile",
                        "cannot be saved: {where} holds a value beyond ±{most}, "
                        "the largest a model file holds",
                    ),
                    where=f"{name}[{k}]",
                    most=f"{MAX_VALUE:.0e}",
                )
    for name in ("bias_input", "learning_rate"):
        if not math.isfinite(getattr(net, name)):
            fail(
                where,
                translate("ModelFile", "cannot be saved: {where} is not a finite number"),
                where=name,
            )
    try:
        text = jsonio.dumps(model_to_dict(net, training))
        text.encode("utf-8")
    except UnicodeEncodeError:
        fail(
            where,
            translate(
                "ModelFile",
                "cannot be saved: a class name holds a character that is not valid text",
            ),
        )
    except ValueError as exc:  # json refuses NaN and infinity
        fail(where, translate("ModelFile", "cannot be saved ({reason})"), reason=exc)
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
        fail(
            src,
            translate(
                "ModelFile", "a model file holds one JSON object {{...}}, this one holds {what}"
            ),
            what=describe(data),
        )
    version = _check_header(src, data)
    conventions = _check_conventions(src, data, version)
    layers = check_layers(src, data["layers"])
    shape = layers_text(layers)
    weights = check_weights(src, data["weights"], layers, shape)
    if conventions.bias == "none":
        if "biases" in data:
            fail(
                src,
                translate(
                    "ModelFile", 'a network without bias ("bias": "none") has no "biases" key'
                ),
            )
        biases: list[Any] = [None] * (len(layers) - 1)
    elif "biases" not in data:
        fail(src, translate("ModelFile", 'the required key "{key}" is missing'), key="biases")
    elif conventions.bias == "per_layer":
        one = [1] * len(layers)
        per_layer = translate("ModelFile", "one bias weight per layer")
        biases = check_biases(src, data["biases"], one, per_layer)
    else:
        biases = check_biases(src, data["biases"], layers, shape)
    bias_input = bounded(src, real(src, data.get("bias_input", 1.0), "bias_input"), "bias_input")
    learning_rate = check_learning_rate(src, data.get("learning_rate", 0.5))
    activations, loss = check_design(src, data, version, len(layers) - 1)
    input_shape = check_input_shape(src, data.get("input_shape", MISSING), layers)
    classes = check_classes(src, data.get("classes", MISSING), layers)
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
        fail(src, _needs_version_2(), key="training")
    record = data["training"]
    if not isinstance(record, dict):
        fail(src, _an_object(), where='"training"', what=describe(record))
    for key in ("settings", "summary"):
        if key in record and not isinstance(record[key], dict):
            fail(src, _an_object(), where=f'"training"."{key}"', what=describe(record[key]))


def _check_conventions(src: str, data: dict[Any, Any], version: int) -> Conventions:
    """Version 2's conventions (absent: the paper's); version 1 has none."""
    if "conventions" not in data:
        return PAPER
    if version < 2:
        fail(src, _needs_version_2(), key="conventions")
    try:
        return Conventions.from_dict(data["conventions"])
    except (ModelError, TypeError) as exc:
        raise file_error(src, _one_line(str(exc))) from None


def _one_line(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 240 else text[:239] + "…"


def _needs_version_2() -> str:
    return translate(
        "ModelFile", '"{key}" needs version 2 of the model format; this file says version 1'
    )


def _an_object() -> str:
    return translate("ModelFile", "{where} must be an object {{...}}, got {what}")


def _check_header(src: str, data: dict[Any, Any]) -> int:
    """format, version, then no unknown key and every required key."""
    if "format" not in data:
        fail(
            src,
            translate(
                "ModelFile",
                'not a FruitNet model file: it has no "format" key (expected "{format}")',
            ),
            format=FORMAT,
        )
    fmt = data["format"]
    if fmt == "fruitnet-dataset":
        fail(src, translate("ModelFile", "this is a FruitNet dataset file, not a model file"))
    if not isinstance(fmt, str) or fmt != FORMAT:
        fail(
            src,
            translate("ModelFile", 'not a FruitNet model file: "format" is {what}, not "{format}"'),
            what=describe(fmt),
            format=FORMAT,
        )
    if "version" not in data:
        fail(src, translate("ModelFile", 'the "version" key is missing'))
    version = data["version"]
    if isinstance(version, bool) or not isinstance(version, int):
        fail(
            src,
            translate("ModelFile", "the version must be a whole number such as 1, got {what}"),
            what=describe(version),
        )
    if version > VERSION:
        fail(
            src,
            translate(
                "ModelFile",
                "was written by a newer FruitNet (version {version}); "
                "this one reads version {newest}",
            ),
            version=whole_text(version),
            newest=VERSION,
        )
    if version not in VERSIONS:
        fail(
            src,
            translate(
                "ModelFile", "version {version} is unknown; this FruitNet reads versions 1 and 2"
            ),
            version=whole_text(version),
        )
    for key in data:
        if key not in _KEYS:
            fail(
                src,
                translate(
                    "ModelFile", 'unknown key "{key}"; a model file has only the keys {keys}'
                ),
                key=short(str(key)),
                keys=", ".join(_KEYS),
            )
    for key in _REQUIRED:
        if key not in data and key != "biases":  # "biases" depends on the conventions
            fail(src, translate("ModelFile", 'the required key "{key}" is missing'), key=key)
    return version
