"""Model files: round trips, atomic saving, and every kind of broken file a user can open."""

from __future__ import annotations

import copy
import errno
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fruitnet_gui.files import jsonio
from fruitnet_gui.files.model_io import (
    load_model,
    model_from_dict,
    model_to_dict,
    save_model,
)
from fruitnet_gui.model import (
    FileFormatError,
    ModelError,
    Network,
    fruit_network,
    paper_network,
    random_network,
)

#: The version 1 model example (docs/FORMATS.md once showed it): the paper's network.
DESIGN_EXAMPLE: dict[str, Any] = {
    "format": "fruitnet-model",
    "version": 1,
    "layers": [2, 2, 2],
    "weights": [[[0.1, 0.2], [0.12, 0.17]], [[0.05, 0.4], [0.33, 0.07]]],
    "biases": [[0.8, 0.25], [0.15, 0.7]],
    "bias_input": 1.0,
    "learning_rate": 0.5,
    "activation": "sigmoid",
    "input_shape": [1, 2],
    "classes": ["red apple", "tomato"],
}

#: What FruitNet writes today: version 2, with the paper's conventions.
V2_EXAMPLE: dict[str, Any] = {
    **{k: v for k, v in DESIGN_EXAMPLE.items() if k != "version"},
    "conventions": {
        "error": "half_sum",
        "bias": "per_node",
        "update_biases": True,
        "batch_gradient": "mean",
    },
    "activations": ["sigmoid", "sigmoid"],
    "loss": "squared",
}
V2_EXAMPLE = {"format": "fruitnet-model", "version": 2, **V2_EXAMPLE}

FILE_NAME = "my-model.json"


def _same_bits(a: np.ndarray, b: np.ndarray) -> bool:
    return a.dtype == b.dtype and a.shape == b.shape and a.tobytes() == b.tobytes()


def assert_identical(a: Network, b: Network) -> None:
    """Every number bit for bit (so -0.0 and the last ulp count) and every setting."""
    assert a.layers == b.layers
    assert len(a.weights) == len(b.weights) and len(a.biases) == len(b.biases)
    for wa, wb in zip(a.weights, b.weights, strict=True):
        assert _same_bits(wa, wb)
    for ba, bb in zip(a.biases, b.biases, strict=True):
        assert _same_bits(ba, bb)
    assert np.float64(a.bias_input).tobytes() == np.float64(b.bias_input).tobytes()
    assert np.float64(a.learning_rate).tobytes() == np.float64(b.learning_rate).tobytes()
    assert a.activation == b.activation
    assert a.input_shape == b.input_shape
    assert a.classes == b.classes


def _round_trip(net: Network, tmp_path: Path) -> Network:
    path = tmp_path / FILE_NAME
    save_model(net, path)
    return load_model(path)


# -- round trips -----------------------------------------------------------------------
def test_paper_network_round_trips_bit_for_bit(tmp_path: Path) -> None:
    net = paper_network()
    loaded = _round_trip(net, tmp_path)
    assert_identical(net, loaded)
    # the loaded network computes what the paper computes
    assert np.array_equal(loaded.predict([0.15, 0.35]), net.predict([0.15, 0.35]))


def test_fruit_network_round_trips_bit_for_bit(tmp_path: Path) -> None:
    net = fruit_network(seed=3)
    loaded = _round_trip(net, tmp_path)
    assert_identical(net, loaded)
    assert loaded.layers == (36, 36, 2)
    assert loaded.input_shape == (6, 6)
    assert loaded.classes == ("red apple", "tomato")


def test_two_hidden_layers_and_awkward_floats_round_trip(tmp_path: Path) -> None:
    base = random_network((4, 5, 3, 2), seed=7, input_shape=(2, 2), classes=("pear", "plum"))
    weights = [w.copy() for w in base.weights]
    # values whose shortest decimal form is long, tiny, negative zero, whole
    weights[0][0, 0] = 0.1 + 0.2
    weights[0][0, 1] = 5e-324
    weights[1][1, 1] = -0.0
    weights[2][2, 1] = 3.0
    net = Network(
        base.layers,
        weights,
        base.biases,
        bias_input=-0.75,
        learning_rate=1 / 3,
        input_shape=(2, 2),
        classes=("pear", "plum"),
    )
    loaded = _round_trip(net, tmp_path)
    assert_identical(net, loaded)
    assert loaded.layers == (4, 5, 3, 2)


def test_saved_paper_file_is_the_design_example(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    save_model(paper_network(), path)
    text = path.read_text(encoding="utf-8")
    parsed = json.loads(text)
    assert parsed == V2_EXAMPLE
    assert list(parsed) == list(V2_EXAMPLE)  # keys in the documented order
    # human-readable: indented over several lines, names written as they are
    assert text.count("\n") > 10
    assert '"red apple"' in text
    assert "0.12" in text and "0.17" in text


def test_dict_round_trip_and_unicode_class_names(tmp_path: Path) -> None:
    net = random_network((2, 3, 2), seed=1, classes=("pomme rouge", "tomate 🍅"))
    assert_identical(net, model_from_dict(model_to_dict(net)))
    path = tmp_path / FILE_NAME
    save_model(net, path)
    assert "tomate 🍅" in path.read_text(encoding="utf-8")
    assert load_model(path).classes == ("pomme rouge", "tomate 🍅")


def test_optional_keys_take_their_defaults(tmp_path: Path) -> None:
    data = {k: DESIGN_EXAMPLE[k] for k in ("format", "version", "layers", "weights", "biases")}
    path = tmp_path / FILE_NAME
    path.write_text(json.dumps(data), encoding="utf-8")
    net = load_model(path)
    assert net.bias_input == 1.0
    assert net.learning_rate == 0.5
    assert net.activation == "sigmoid"
    assert net.input_shape == (1, 2)
    assert net.classes == ("class 1", "class 2")


def test_whole_numbers_and_a_byte_order_mark_are_accepted(tmp_path: Path) -> None:
    data = copy.deepcopy(DESIGN_EXAMPLE)
    data["weights"][0] = [[1, 0], [0, -2]]
    data["learning_rate"] = 1000
    path = tmp_path / FILE_NAME
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(data).encode("utf-8"))
    net = load_model(path)
    assert np.array_equal(net.weights[0], [[1.0, 0.0], [0.0, -2.0]])
    assert net.weights[0].dtype == np.float64
    assert net.learning_rate == 1000.0


def test_saving_over_an_existing_model_replaces_it(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    save_model(paper_network(), path)
    save_model(fruit_network(seed=1), path)
    assert load_model(path).layers == (36, 36, 2)
    assert os.listdir(tmp_path) == [FILE_NAME]


# -- atomic saving ---------------------------------------------------------------------
@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_failed_save_keeps_the_old_file_and_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    path = tmp_path / FILE_NAME
    save_model(paper_network(), path)
    before = path.read_bytes()

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, failing, broken)
    with pytest.raises(FileFormatError) as info:
        save_model(fruit_network(seed=2), path)
    monkeypatch.undo()
    assert FILE_NAME in str(info.value)
    assert "No space left" in str(info.value)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == [FILE_NAME]
    assert_identical(load_model(path), paper_network())


def test_saving_into_a_missing_folder_fails_clearly(tmp_path: Path) -> None:
    path = tmp_path / "no such folder" / FILE_NAME
    with pytest.raises(FileFormatError, match="cannot save here") as info:
        save_model(paper_network(), path)
    assert FILE_NAME in str(info.value)
    assert not path.parent.exists()


def test_saving_onto_a_folder_fails_clearly(tmp_path: Path) -> None:
    folder = tmp_path / FILE_NAME
    folder.mkdir()
    with pytest.raises(FileFormatError) as info:
        save_model(paper_network(), folder)
    assert FILE_NAME in str(info.value)
    assert folder.is_dir()
    assert os.listdir(tmp_path) == [FILE_NAME]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX named pipes")
def test_saving_onto_a_device_or_pipe_is_refused_not_replaced(tmp_path: Path) -> None:
    # `--save-model /dev/null` once replaced the device with a file (run as root)
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(FileFormatError, match="is not a regular file"):
        save_model(paper_network(), pipe)
    assert pipe.is_fifo()
    assert sorted(os.listdir(tmp_path)) == ["pipe"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="symbolic links")
def test_saving_through_a_symbolic_link_replaces_its_target_and_keeps_the_link(
    tmp_path: Path,
) -> None:
    target = tmp_path / "real.json"
    save_model(paper_network(), target)
    link = tmp_path / FILE_NAME
    link.symlink_to(target)
    save_model(fruit_network(seed=1), link)
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert load_model(target).layers == (36, 36, 2)


def test_a_network_with_nan_is_not_saved(tmp_path: Path) -> None:
    net = paper_network()
    net.weights[1][0, 1] = np.nan  # as if training had diverged
    path = tmp_path / FILE_NAME
    with pytest.raises(FileFormatError, match=r"weights\[1\] holds NaN"):
        save_model(net, path)
    assert not path.exists()


# -- broken files ----------------------------------------------------------------------
def _text(data: Any) -> bytes:
    return json.dumps(data, indent=1).encode("utf-8")


def _with(**changes: Any) -> bytes:
    """The design example with some keys replaced."""
    data = copy.deepcopy(DESIGN_EXAMPLE)
    data.update(changes)
    return _text(data)


def _without(key: str) -> bytes:
    data = copy.deepcopy(DESIGN_EXAMPLE)
    del data[key]
    return _text(data)


def _edited(edit: Callable[[dict[str, Any]], object]) -> bytes:
    data = copy.deepcopy(DESIGN_EXAMPLE)
    edit(data)
    return _text(data)


def _set(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], object]:
    def edit(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return edit


def _raw_weight(literal: str) -> bytes:
    """The example with weights[0][1][0] written as a raw JSON literal."""
    text = json.dumps(DESIGN_EXAMPLE)
    assert text.count("0.12") == 1
    return text.replace("0.12", literal).encode("utf-8")


_GOOD = _text(DESIGN_EXAMPLE)

BROKEN_FILES = [
    # not JSON, or not text
    pytest.param(_GOOD[: len(_GOOD) // 2], "not valid JSON", id="truncated"),
    pytest.param(b"", "empty", id="empty-file"),
    pytest.param(b"  \n\t\n", "empty", id="only-whitespace"),
    pytest.param(b"hello", "not valid JSON", id="plain-text"),
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not UTF-8", id="png-header"),
    pytest.param(bytes(range(256)) * 4, "not UTF-8", id="binary-garbage"),
    pytest.param(json.dumps(DESIGN_EXAMPLE).encode("utf-16"), "not UTF-8", id="utf-16"),
    pytest.param(b"[" * 100_000, "nested too deeply", id="deeply-nested-list"),
    pytest.param(b'{"a": ' * 100_000, "nested too deeply", id="deeply-nested-object"),
    pytest.param(
        _GOOD.replace(b'"layers"', b'"format": "fruitnet-model", "layers"', 1),
        "appears twice",
        id="duplicate-key",
    ),
    # not a model
    pytest.param(b"[1, 2, 3]", "holds a list", id="top-level-list"),
    pytest.param(b'"fruitnet-model"', "holds the text", id="top-level-string"),
    pytest.param(b"null", "holds null", id="top-level-null"),
    pytest.param(_without("format"), 'no "format" key', id="missing-format"),
    pytest.param(_with(format="keras-model"), "not a FruitNet model file", id="wrong-format"),
    pytest.param(_with(format="fruitnet-dataset"), "dataset file, not a model", id="dataset"),
    pytest.param(_with(format=None), "not a FruitNet model file", id="format-null"),
    # version
    pytest.param(
        _with(version=3), "newer FruitNet (version 3); this one reads version 2", id="version-3"
    ),
    pytest.param(
        _with(version="1"),
        'version must be a whole number such as 1, got the text "1"',
        id="version-string",
    ),
    pytest.param(_with(version=True), "version must be a whole number", id="version-bool"),
    pytest.param(_with(version=1.0), "version must be a whole number", id="version-float"),
    pytest.param(_with(version=0), "version 0 is unknown", id="version-0"),
    pytest.param(_without("version"), '"version" key is missing', id="missing-version"),
    # keys
    pytest.param(_without("layers"), 'required key "layers" is missing', id="missing-layers"),
    pytest.param(_without("weights"), 'required key "weights" is missing', id="missing-weights"),
    pytest.param(_without("biases"), 'required key "biases" is missing', id="missing-biases"),
    pytest.param(_with(momentum=0.9), 'unknown key "momentum"', id="unknown-key"),
    # layers
    pytest.param(_with(layers=[2, 2]), "at least 3 entries", id="layers-too-short"),
    pytest.param(
        _with(layers=[2, 0, 2]), "layers[1] must be at least 1 node, got 0", id="layers-zero"
    ),
    pytest.param(_with(layers=[2, -2, 2]), "at least 1 node, got -2", id="layers-negative"),
    pytest.param(
        _with(layers=[2, True, 2]), "layers[1] must be a whole number, got true", id="layers-bool"
    ),
    pytest.param(_with(layers=[2, 2.0, 2]), "layers[1] must be a whole number", id="layers-float"),
    pytest.param(_with(layers=[2, 10**9, 2]), "at most 4096 per layer", id="layers-huge"),
    pytest.param(_with(layers=[2] * 11), "at most 10", id="layers-too-many"),
    pytest.param(_with(layers="2-2-2"), "layers must be a list", id="layers-string"),
    pytest.param(
        _with(layers=[2, 3, 2]),
        "weights[0] must be 2×3 (layers [2, 3, 2])",
        id="layers-disagree-with-weights",
    ),
    # weights and biases: shapes
    pytest.param(
        _set(("weights", 1), [[0.05, 0.4], [0.33, 0.07], [0.1, 0.1]]),
        "weights[1] must be 2×2 (layers [2, 2, 2]), it has 3 rows",
        id="weights-rows",
    ),
    pytest.param(
        _set(("weights", 1, 0), [0.05, 0.4, 0.9]),
        "weights[1] must be 2×2 (layers [2, 2, 2]), row 0 has 3 values",
        id="weights-ragged",
    ),
    pytest.param(
        _set(("weights", 0, 1), 0.12), "row 1 is the number 0.12", id="weights-row-not-list"
    ),
    pytest.param(
        _set(("weights",), [[[0.1, 0.2], [0.12, 0.17]]]),
        "weights must hold 2 matrices",
        id="weights-count",
    ),
    pytest.param(
        _set(("weights",), {"0": []}), "weights must be a list of 2 matrices", id="weights-object"
    ),
    pytest.param(_set(("biases", 1), [0.15]), "biases[1] must hold 2 values", id="bias-length"),
    pytest.param(_set(("biases",), [[0.8, 0.25]]), "biases must hold 2 lists", id="bias-count"),
    # weights and biases: numbers
    pytest.param(_raw_weight("NaN"), "NaN is not allowed", id="nan"),
    pytest.param(_raw_weight("Infinity"), "Infinity is not allowed", id="infinity"),
    pytest.param(_raw_weight("-Infinity"), "-Infinity is not allowed", id="minus-infinity"),
    pytest.param(
        _raw_weight("1e999"), "1e999 is not allowed; every number must be finite", id="1e999"
    ),
    pytest.param(
        _raw_weight("1" + "0" * 400), "weights[0][1][0] is too large a number", id="huge-int"
    ),
    pytest.param(
        _raw_weight('"0.12"'),
        'weights[0][1][0] must be a number, got the text "0.12"',
        id="string-number",
    ),
    pytest.param(
        _raw_weight("null"), "weights[0][1][0] must be a number, got null", id="null-weight"
    ),
    pytest.param(
        _raw_weight("true"), "weights[0][1][0] must be a number, got true", id="bool-weight"
    ),
    pytest.param(
        _raw_weight("[0.12]"), "weights[0][1][0] must be a number, got a list", id="list-weight"
    ),
    pytest.param(
        _set(("biases", 0, 1), False), "biases[0][1] must be a number, got false", id="bool-bias"
    ),
    # settings
    pytest.param(_with(learning_rate=0), "learning_rate must be greater than 0", id="lr-zero"),
    pytest.param(
        _with(learning_rate=-0.5), "learning_rate must be greater than 0", id="lr-negative"
    ),
    pytest.param(_with(learning_rate=1e9), "learning_rate must be at most 1000", id="lr-huge"),
    pytest.param(_with(learning_rate="fast"), "learning_rate must be a number", id="lr-string"),
    pytest.param(
        _with(learning_rate=None), "learning_rate must be a number, got null", id="lr-null"
    ),
    pytest.param(_with(bias_input="1"), "bias_input must be a number", id="bias-input-string"),
    pytest.param(_with(activation="relu"), 'activation "relu" is not supported', id="relu"),
    pytest.param(
        _with(activation=1), 'activation must be a text such as "sigmoid"', id="activation-1"
    ),
    pytest.param(
        _with(input_shape=[2, 2]), "input_shape [2, 2] holds 4 inputs", id="input-shape-mismatch"
    ),
    pytest.param(_with(input_shape=[1, 2, 1]), "like [6, 6], got 3 entries", id="input-shape-3d"),
    pytest.param(
        _with(input_shape=[-1, -2]), "input_shape must be positive", id="input-shape-negative"
    ),
    pytest.param(
        _with(input_shape=None),
        "input_shape must be two numbers, rows and columns",
        id="input-shape-null",
    ),
    pytest.param(
        _with(classes=["red apple", "tomato", "pear"]),
        "classes must name each of the 2 output nodes, it has 3 names",
        id="classes-count",
    ),
    pytest.param(
        _with(classes=["tomato", "tomato"]),
        'class name "tomato" appears twice',
        id="classes-duplicate",
    ),
    pytest.param(_with(classes=["red apple", " "]), "classes[1] is empty", id="classes-empty"),
    pytest.param(
        _with(classes=["red apple", 2]), "classes[1] must be a name (text)", id="classes-number"
    ),
    pytest.param(
        _with(classes=["red apple", "x" * 1000]), "1000 characters long", id="classes-long"
    ),
    pytest.param(
        _with(classes=["red apple", "\ud800"]), "not valid text", id="classes-lone-surrogate"
    ),
]


@pytest.mark.parametrize(("content", "phrase"), BROKEN_FILES)
def test_broken_file_fails_with_one_clear_message(
    tmp_path: Path, content: bytes | Callable[[dict[str, Any]], object], phrase: str
) -> None:
    # pytest.raises(FileFormatError) lets any other exception through, failing the test:
    # a KeyError, TypeError or IndexError leaking out is a bug.
    if callable(content):
        content = _edited(content)
    path = tmp_path / FILE_NAME
    path.write_bytes(content)
    with pytest.raises(FileFormatError) as info:
        load_model(path)
    message = str(info.value)
    assert message.startswith(f"{path}: "), message
    assert FILE_NAME in message
    assert phrase in message, message
    assert "\n" not in message  # one line, shown as is in a message box


def test_at_least_18_kinds_of_broken_file() -> None:
    assert len(BROKEN_FILES) >= 18


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match=f"{FILE_NAME}: no such file"):
        load_model(tmp_path / FILE_NAME)


def test_folder_instead_of_a_file(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).mkdir()
    with pytest.raises(FileFormatError, match=f"{FILE_NAME}: is a folder"):
        load_model(tmp_path / FILE_NAME)


def test_file_larger_than_the_limit_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    with path.open("wb") as f:  # sparse: costs no disk space and is never read
        f.truncate(jsonio.MAX_FILE_BYTES + 1)
    with pytest.raises(FileFormatError, match="larger than the limit") as info:
        load_model(path)
    assert FILE_NAME in str(info.value)


def test_load_follows_a_lowered_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / FILE_NAME
    save_model(fruit_network(), path)
    monkeypatch.setattr(jsonio, "MAX_FILE_BYTES", 1000)
    with pytest.raises(FileFormatError, match="larger than the limit"):
        load_model(path)


def test_model_from_dict_names_its_source() -> None:
    with pytest.raises(FileFormatError, match=r"^<data>: a model file holds one JSON object"):
        model_from_dict([])
    with pytest.raises(FileFormatError, match=r"^clipboard: unknown key"):
        model_from_dict({**DESIGN_EXAMPLE, "extra": 1}, source="clipboard")


def test_network_errors_become_file_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    from fruitnet_gui.files import model_io

    def refuse(*args: object, **kwargs: object) -> Network:
        raise ModelError("the network refuses")

    monkeypatch.setattr(model_io, "Network", refuse)
    with pytest.raises(FileFormatError, match=r"^model\.json: the network refuses$"):
        model_from_dict(copy.deepcopy(DESIGN_EXAMPLE), source="model.json")


# -- fuzzing ---------------------------------------------------------------------------
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)

#: Near-misses: right header, the other keys random or small plausible values.
near_models = st.fixed_dictionaries(
    {"format": st.just("fruitnet-model"), "version": st.just(1)},
    optional={
        "layers": st.lists(st.integers(-1, 4), max_size=5) | json_values,
        "weights": json_values,
        "biases": json_values,
        "bias_input": json_values,
        "learning_rate": json_values,
        "activation": st.just("sigmoid") | json_values,
        "input_shape": st.lists(st.integers(-1, 4), max_size=3) | json_values,
        "classes": st.lists(st.text(max_size=5), max_size=3) | json_values,
    },
)

_LEAVES = [
    ("format",),
    ("version",),
    ("layers",),
    ("layers", 0),
    ("layers", 1),
    ("weights",),
    ("weights", 1),
    ("weights", 0, 1),
    ("weights", 0, 1, 0),
    ("biases",),
    ("biases", 1),
    ("biases", 0, 1),
    ("bias_input",),
    ("learning_rate",),
    ("activation",),
    ("input_shape",),
    ("input_shape", 0),
    ("classes",),
    ("classes", 1),
]

#: The design example with one value anywhere replaced by a random one.
mutated_models = st.builds(
    lambda where, value: json.loads(_edited(_set(where, value))),
    st.sampled_from(_LEAVES),
    json_values,
)

_NUMBERS = [
    ("layers", 1),
    ("weights", 0, 1, 0),
    ("weights", 1, 0, 1),
    ("biases", 0, 1),
    ("biases", 1, 0),
    ("bias_input",),
    ("learning_rate",),
    ("input_shape", 1),
    ("version",),
]

#: The design example with one number replaced by any number: many of these load.
renumbered_models = st.builds(
    lambda where, value: json.loads(_edited(_set(where, value))),
    st.sampled_from(_NUMBERS),
    st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.floats(),
)

FUZZ = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def _load_or_refuse(path: Path) -> None:
    """Either a network that saves and loads back identically, or a FileFormatError."""
    try:
        net = load_model(path)
    except FileFormatError as exc:
        assert str(exc).startswith(f"{path}: ")
        return
    again = path.with_name("again.json")
    save_model(net, again)
    assert_identical(net, load_model(again))


@FUZZ
@given(value=json_values | near_models | mutated_models | renumbered_models)
def test_fuzz_any_json_loads_or_fails_cleanly(tmp_path: Path, value: Any) -> None:
    path = tmp_path / FILE_NAME
    path.write_text(json.dumps(value), encoding="utf-8")
    _load_or_refuse(path)


@FUZZ
@given(
    raw=st.binary(max_size=300)
    | st.builds(lambda b, n: _GOOD[:n] + b, st.binary(max_size=20), st.integers(0, len(_GOOD)))
)
def test_fuzz_any_bytes_load_or_fail_cleanly(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / FILE_NAME
    path.write_bytes(raw)
    _load_or_refuse(path)


def test_a_model_records_the_run_that_made_it_and_old_files_still_load(tmp_path) -> None:
    import json

    from fruitnet_gui.files.model_io import load_model, save_model, training_record
    from fruitnet_gui.model.errors import FileFormatError
    from fruitnet_gui.model.net.network import PAPER_INPUT, PAPER_TARGET, paper_network
    from fruitnet_gui.model.training import TrainingConfig, train
    from fruitnet_gui.model.training.run import TrainingRun

    run = TrainingRun(TrainingConfig(epochs=3, seed=9), paper_network(), PAPER_INPUT[None, :],
                      PAPER_TARGET[None, :], number=4)  # fmt: skip
    for p in train(*run.args()):
        run.track(p)
    run.end("finished", p.reason)
    path = tmp_path / "m.json"
    save_model(p.network, path, {"settings": run.settings(), "summary": run.summary()})
    data = json.loads(path.read_text())
    record = training_record(data)
    assert record["settings"]["config"]["seed"] == 9 and record["settings"]["layers"] == [2, 2, 2]
    assert record["summary"] == {"number": 4, "status": "finished", "reason": "epochs",
                                 "epochs_trained": 3, "train_error": run.history[-1].train_error,
                                 "train_accuracy": 1.0, "test_error": None,
                                 "test_accuracy": None}  # fmt: skip
    assert load_model(path).flat_params().tolist() == p.network.flat_params().tolist()
    del data["training"]  # a file without it: as before
    path.write_text(json.dumps(data))
    load_model(path)
    for bad, says in (([1], '"training" must be an object'),
                      ({"settings": 3}, '"training"."settings" must be an object')):  # fmt: skip
        data["training"] = bad
        path.write_text(json.dumps(data))
        with pytest.raises(FileFormatError, match=says):
            load_model(path)
    data["training"], data["version"] = {}, 1
    data.pop("conventions"), data.pop("activations"), data.pop("loss")
    path.write_text(json.dumps(data))
    with pytest.raises(FileFormatError, match="needs version 2"):
        load_model(path)
