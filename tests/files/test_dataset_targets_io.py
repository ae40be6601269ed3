"""Dataset files with target vectors and features: JSON version 2, CSV target columns and
CSV of features, version 1 files unchanged, one-line errors, fuzz, and fruitnet train."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fruitnet_gui.commands import run
from fruitnet_gui.files.dataset_io import (
    dataset_to_json,
    export_csv,
    import_csv,
    load_any,
    load_dataset,
    save_dataset,
)
from fruitnet_gui.model import FileFormatError
from fruitnet_gui.model.data.dataset import Dataset
from fruitnet_gui.model.net.limits import MAX_MESSAGE, MAX_VALUE
from fruitnet_gui.train_command import SHIPPED_DATASET

FUZZ = settings(max_examples=60, deadline=None, database=None, derandomize=True)


def soft_images() -> Dataset:
    rng = np.random.default_rng(4)
    ds = Dataset(rng.random((3, 6, 6)).round(4), ["tomato", "red apple", "tomato"])
    ds.set_target(0, [0.01, 0.99])
    ds.set_target(1, [0.99, 0.01])
    return ds


def features(soft: bool = True) -> Dataset:
    values = [[7.5, 150.0, -0.9], [6.0, 120.0, 0.95], [1e6, -1e6, 0.0], [8.0, 170.0, 0.85]]
    labels = ["red apple", "tomato", "tomato", "red apple"]
    ds = Dataset(values, labels, kind="features")
    if soft:
        ds.set_target(0, [0.99, 0.01])
        ds.set_target(2, [0.3, 0.6])
    return ds


def _one_line(exc: pytest.ExceptionInfo[FileFormatError], path: Path) -> str:
    message = str(exc.value)
    assert "\n" not in message and len(message) < MAX_MESSAGE
    assert str(path) in message
    return message


# -- JSON ------------------------------------------------------------------------------
@pytest.mark.parametrize("make", [soft_images, features, lambda: features(soft=False)])
def test_json_round_trips_targets_and_features(tmp_path: Path, make) -> None:
    ds = make()
    path = tmp_path / "d.json"
    save_dataset(ds, path)
    back = load_dataset(path)
    assert back == ds and back.kind == ds.kind
    np.testing.assert_array_equal(back.targets(), ds.targets())
    assert json.loads(path.read_text())["version"] == 2


def test_the_json_of_features_is_one_line_per_sample_with_label_and_target() -> None:
    text = dataset_to_json(features())
    assert '"kind": "features"' in text and '"shape": [1, 3]' in text
    assert '{"label": "red apple", "target": [0.99, 0.01], "values": [7.5, 150.0, -0.9]},' in text
    assert '{"label": "tomato", "values": [6.0, 120.0, 0.95]},' in text


def test_version_1_files_load_unchanged_and_plain_images_are_still_written_as_version_1() -> None:
    path = SHIPPED_DATASET / "train.json"
    text = path.read_text(encoding="utf-8")
    assert json.loads(text)["version"] == 1
    ds = load_dataset(path)
    assert ds.kind == "images" and not ds.has_soft_targets and len(ds) == 500
    assert dataset_to_json(ds) == text  # byte for byte what was read


def test_a_target_without_a_label_gives_the_label(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text(
        json.dumps(
            {
                "format": "fruitnet-dataset",
                "version": 2,
                "shape": [1, 2],
                "classes": ["red apple", "tomato"],
                "samples": [
                    {"target": [0.01, 0.99], "pixels": [[0.15, 0.35]]},
                    {"label": "red apple", "pixels": [[0.5, 0.5]]},
                ],
            }
        )
    )
    ds = load_dataset(path)
    assert ds.labels == ("tomato", "red apple")
    np.testing.assert_array_equal(ds.targets(), [[0.01, 0.99], [1, 0]])


def _doc(**changes) -> dict:
    doc = json.loads(dataset_to_json(features()))
    for key, value in changes.items():
        if key.startswith("s0_"):
            doc["samples"][0][key[3:]] = value
        elif value is None:
            del doc[key]
        else:
            doc[key] = value
    return doc


def _without(key: str) -> dict:
    doc = _doc()
    del doc["samples"][0][key]
    return doc


V1_WITH_TARGET = {
    "format": "fruitnet-dataset",
    "version": 1,
    "shape": [1, 2],
    "classes": ["red apple", "tomato"],
    "samples": [{"label": "tomato", "target": [0.01, 0.99], "pixels": [[0.1, 0.2]]}],
}


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        (_doc(s0_target=[0.5, "x"]), "samples[0].target[1] is the text 'x'; targets must be num"),
        (_doc(s0_target=[0.5, 1.5]), "samples[0].target[1] is 1.5; targets must lie between 0 and"),
        (_doc(s0_target=[-0.1, 0.5]), "targets must lie between 0 and 1"),
        (_doc(s0_target=[0.5]), "samples[0].target must be 2 numbers (one per class), got 1 val"),
        (_doc(s0_target="0.5"), "samples[0].target must be 2 numbers"),
        (
            _doc(s0_label="tomato"),
            "samples[0].label 'tomato' is not the class of its largest target value ('red apple')",
        ),
        (_doc(s0_values=[1.0, 2.0]), "samples[0].values must be 3 numbers (the shape), got 2 val"),
        (_doc(s0_values=[1.0, 2.0, 2e6]), "samples[0].values[2] is 2000000.0; values must lie"),
        (_doc(s0_values=[1.0, 2.0, None]), "samples[0].values[2] is null; values must be numbers"),
        (_doc(s0_pixels=[[1, 2, 3]]), 'samples[0] has an unknown key "pixels" (a sample has label'),
        (_without("values"), 'samples[0] has no "values"'),
        (_doc(shape=[2, 3]), '"shape" of a features dataset must be [1, n]'),
        (_doc(kind="table"), '"kind" must be "images" or "features", not the text \'table\''),
        (_doc(kind=None), 'samples[0] has an unknown key "values" (a sample has label, target'),
        (_doc(version=1), '"kind" is new in version 2'),
        (V1_WITH_TARGET, 'unknown key "target" (a sample has label and pixels; target needs ver'),
        (_doc(version=3), "dataset version 3 is newer than this FruitNet reads (versions 1 and 2)"),
    ],
)
def test_bad_target_and_feature_files_are_refused_with_one_line(
    tmp_path: Path, doc: dict, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc))
    before = path.read_bytes()
    with pytest.raises(FileFormatError) as exc:
        load_dataset(path)
    assert message in _one_line(exc, path)
    assert path.read_bytes() == before


def test_a_sample_without_label_or_target_is_refused(tmp_path: Path) -> None:
    doc = _without("label")
    del doc["samples"][0]["target"]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc))
    with pytest.raises(FileFormatError) as exc:
        load_dataset(path)
    assert 'samples[0] has no "label" or "target"' in _one_line(exc, path)


def test_nan_and_infinity_in_a_target_are_refused(tmp_path: Path) -> None:
    for bad in ("NaN", "Infinity", "1e999"):
        path = tmp_path / "bad.json"
        path.write_text(dataset_to_json(features()).replace("[0.99, 0.01]", f"[{bad}, 0.01]"))
        with pytest.raises(FileFormatError):
            load_dataset(path)


def test_load_any_takes_features_whatever_the_image_shape_asked(tmp_path: Path) -> None:
    path = tmp_path / "f.json"
    save_dataset(features(), path)
    assert load_any(path, shape=(6, 6)) == features()


# -- CSV -------------------------------------------------------------------------------
@pytest.mark.parametrize("make", [soft_images, features, lambda: features(soft=False)])
def test_csv_round_trips_targets_and_features(tmp_path: Path, make) -> None:
    ds = make()
    path = tmp_path / "d.csv"
    export_csv(ds, path)
    assert import_csv(path, shape=None) == ds
    assert load_any(path) == ds


def test_the_csv_header_says_label_targets_and_features(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    export_csv(features(), path)
    lines = path.read_text().splitlines()
    assert lines[0] == "label,t_red apple,t_tomato,f1,f2,f3"
    assert lines[1] == "red apple,0.99,0.01,7.5,150.0,-0.9"
    export_csv(features(soft=False), path)
    assert path.read_text().splitlines()[:2] == ["label,f1,f2,f3", "red apple,7.5,150.0,-0.9"]
    export_csv(soft_images(), path)
    header = path.read_text().splitlines()[0]
    assert header.startswith("label,t_red apple,t_tomato,p1,p2,") and header.endswith(",p36")


def test_a_csv_of_features_with_its_own_names_and_only_targets(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text("t_small,t_large,size,weight\n0.9,0.1,3,-40\n0.2,0.8,12.5,1e5\n")
    ds = import_csv(path)
    assert ds.kind == "features" and ds.classes == ("small", "large") and ds.shape == (1, 2)
    assert ds.labels == ("small", "large")
    np.testing.assert_array_equal(ds.inputs(), [[3, -40], [12.5, 1e5]])
    np.testing.assert_array_equal(ds.targets(), [[0.9, 0.1], [0.2, 0.8]])


def test_a_csv_of_features_with_labels_orders_them_as_asked(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text("label,size\nb,1\na,2\n")
    assert import_csv(path).classes == ("a", "b")
    assert import_csv(path, classes=("b", "a")).classes == ("b", "a")
    assert import_csv(path, classes=("x", "y")).classes == ("a", "b")  # its own classes


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("label,x,y\ntomato,1,nan\n", "line 2, column 3: 'nan' is not a number"),
        ("label,x,y\ntomato,1,inf\n", "line 2, column 3: 'inf' is not a number"),
        ("label,x,y\ntomato,1,\n", "line 2, column 3: '' is not a number"),
        ("label,x,y\ntomato,1,2e6\n", "line 2, column 3: 2e6 is outside the feature range -1,00"),
        ("label,x,y\ntomato,1\n", "line 2 has 2 columns, but the header row has 3 columns"),
        ("t_a,t_b,x\n0.5,1.5,1\n", "line 2, column 2: 1.5 is outside the target range 0 to 1"),
        ("t_a,t_b,x\n-0.5,0.5,1\n", "line 2, column 1: -0.5 is outside the target range"),
        ("label,t_a,t_b,x\nb,0.9,0.1,3\n", "line 2: the label 'b' is not the class of its largest"),
        ("label,t_a,t_b,x\nc,0.1,0.9,3\n", "line 2: the label 'c' is not one of a, b"),
        ("label,t_a,t_a,x\na,0.1,0.9,3\n", "the target columns: the class 'a' is named twice"),
        ("label,t_a,t_b\na,0.1,0.9\n", "the header names no value columns"),
        ("x,y\n1,2\n", "the header names neither a label column (first, named label) nor target"),
        ("x,label\n1,a\n", "the header names the label in column 2; it must be the first"),
        ("label,x\n,1\n", "line 2 has no label"),
        (
            "label,t_red apple,t_tomato," + ",".join(f"p{j + 1}" for j in range(36)) + "\n"
            "tomato,0.1,0.9," + ",".join(["2"] * 36) + "\n",
            "line 2, column 4: 2 is outside the pixel range 0 to 1",
        ),
    ],
)
def test_bad_csv_of_targets_or_features_is_refused_with_one_line(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FileFormatError) as exc:
        import_csv(path, shape=None)
    assert message in _one_line(exc, path)


def test_image_csv_with_targets_must_have_the_classes_asked(tmp_path: Path) -> None:
    path = tmp_path / "soft.csv"
    export_csv(soft_images(), path)
    with pytest.raises(FileFormatError) as exc:
        import_csv(path, classes=("cat", "dog"))
    assert "the target columns name the classes red apple, tomato, not cat, dog" in _one_line(
        exc, path
    )
    with pytest.raises(FileFormatError) as exc:
        import_csv(path, shape=(3, 3))
    assert "the header names 36 pixel columns; 3×3 images need 9" in _one_line(exc, path)


def test_the_plain_image_csv_reads_as_before(tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    plain = Dataset(np.full((2, 6, 6), 0.5), ["tomato", "red apple"])
    export_csv(plain, path)
    assert path.read_text().startswith("label,p1,p2,")
    assert import_csv(path) == plain
    path.write_text("label,0.5,0.5\n")  # a header of images, as always: no features
    empty = import_csv(path, shape=None)
    assert empty.kind == "images" and empty.shape == (1, 2) and len(empty) == 0


# -- fuzz ------------------------------------------------------------------------------
numbers = st.sampled_from(
    ["0", "1", "0.01", "0.99", "-3", "1e6", "-1e6", "1000000.5", "nan", "inf", "", "x", "2"]
)


@st.composite
def feature_csv(draw: st.DrawFn) -> str:
    header = []
    if draw(st.booleans()):
        header.append("label")
    header += draw(st.sampled_from([[], ["t_a", "t_b"], ["t_a"], ["t_a", "t_a"]]))
    header += draw(st.sampled_from([["f1"], ["x", "y"], ["p1", "p2"], ["p1", "p2", "p3", "p4"]]))
    lines = [",".join(header)]
    for _ in range(draw(st.integers(0, 4))):
        width = len(header) + draw(st.sampled_from([0, 0, 0, -1, 1]))
        row = [draw(st.sampled_from(["a", "b", "c", ""]) | numbers) for _ in range(width)]
        lines.append(",".join(row))
    return "\n".join(lines) + draw(st.sampled_from(["", "\n"]))


@st.composite
def feature_json(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["features", "images", "other"]))
    n = draw(st.sampled_from([1, 2, 3]))
    samples = []
    for _ in range(draw(st.integers(0, 3))):
        sample: dict[str, object] = {}
        if draw(st.booleans()):
            sample["label"] = draw(st.sampled_from(["a", "b", "c"]))
        if draw(st.booleans()):
            size = draw(st.sampled_from([2, 2, 1, 3]))
            sample["target"] = [
                draw(st.sampled_from([0, 0.01, 0.99, 1, 1.5, -1])) for _ in range(size)
            ]
        values = [draw(st.sampled_from([0, 0.5, -3, 1e6, 2e6, 1e300])) for _ in range(n)]
        sample[draw(st.sampled_from(["values", "pixels"]))] = (
            values if draw(st.booleans()) else [values]
        )
        samples.append(sample)
    doc = {
        "format": "fruitnet-dataset",
        "version": draw(st.sampled_from([1, 2, 2, 3])),
        "kind": kind,
        "shape": draw(st.sampled_from([[1, n], [n, 1], [1, n + 1]])),
        "classes": ["a", "b"],
        "samples": samples,
    }
    return json.dumps(doc)


def _check(load, path: Path) -> None:
    """A valid dataset, or one clean line; the file stays as it was."""
    before = path.read_bytes()
    try:
        ds = load()
    except FileFormatError as exc:
        message = str(exc)
        assert "\n" not in message and len(message) < MAX_MESSAGE, message
    else:
        assert isinstance(ds, Dataset)
        bound = (0.0, 1.0) if ds.kind == "images" else (-MAX_VALUE, MAX_VALUE)
        assert np.all((ds.images >= bound[0]) & (ds.images <= bound[1]))
        targets = ds.targets()
        assert np.all((targets >= 0) & (targets <= 1))
        assert np.array_equal(ds.label_indices, np.argmax(targets, axis=1))
    assert path.read_bytes() == before


@FUZZ
@given(text=feature_csv(), shape=st.sampled_from([None, (2, 2), (6, 6)]))
def test_fuzz_csv_of_targets_and_features(text: str, shape) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "f.csv"
        path.write_text(text, encoding="utf-8")
        _check(lambda: import_csv(path, shape=shape), path)
        _check(lambda: load_any(path, ("a", "b")), path)


@FUZZ
@given(text=feature_json())
def test_fuzz_json_of_targets_and_features(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "f.json"
        path.write_text(text, encoding="utf-8")
        _check(lambda: load_dataset(path), path)
        _check(lambda: load_any(path, shape=(6, 6)), path)


# -- fruitnet train --------------------------------------------------------------------
def _csv(tmp_path: Path, name: str, ds: Dataset) -> Path:
    path = tmp_path / name
    export_csv(ds, path)
    return path


def test_fruitnet_train_on_a_csv_of_features_with_soft_targets(tmp_path: Path, capsys) -> None:
    path = _csv(tmp_path, "features.csv", features())
    code = run(["train", "--dataset", str(path), "--epochs", "2", "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    result = json.loads(out)
    assert result["settings"]["layers"] == [3, 3, 2]
    assert result["settings"]["train_images"] == 4
    assert len(result["epochs"]) == 2
    for epoch in result["epochs"]:
        assert 0 <= epoch["train_accuracy"] <= 1 and epoch["train_error"] >= 0
    # rows: true class = the argmax of each target (2 red apples, 2 tomatoes)
    assert [sum(row) for row in result["confusion"]["matrix"]] == [2, 2]
    assert result["model"]["input_shape"] == [1, 3]


def test_fruitnet_train_text_on_features_says_samples(tmp_path: Path, capsys) -> None:
    train_path = _csv(tmp_path, "train.csv", features())
    test_path = _csv(tmp_path, "test.csv", features(soft=False))
    assert run(["train", "--dataset", str(train_path), "--test", str(test_path),
                "--epochs", "1"]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "Training 3-3-2 on 4 samples, testing on 4" in out
    assert "Confusion matrix on the test set" in out


def test_fruitnet_train_refuses_a_features_test_set_for_images(tmp_path: Path, capsys) -> None:
    images = Dataset(np.zeros((2, 1, 3)), ["tomato", "red apple"])
    train_path = _csv(tmp_path, "images.csv", images)
    test_path = _csv(tmp_path, "features.csv", features())
    code = run(["train", "--dataset", str(train_path), "--test", str(test_path)])
    err = capsys.readouterr().err
    assert code == 2 and "the same kind, shape and classes" in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("make", [soft_images, features])
def test_an_image_folder_refuses_what_it_cannot_keep(tmp_path: Path, make) -> None:
    from fruitnet_gui.files.dataset_io import export_image_folder

    with pytest.raises(FileFormatError) as exc:
        export_image_folder(make(), tmp_path / "out")
    assert "export it as CSV or JSON" in _one_line(exc, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_the_limits_of_features_are_said_in_features(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("label," + ",".join(f"x{j}" for j in range(5000)) + "\n")
    with pytest.raises(FileFormatError) as exc:
        import_csv(path)
    assert "5000 features are more than FruitNet takes: at most 4096" in _one_line(exc, path)
    doc = _doc(shape=[1, 3000])
    doc["samples"] = [doc["samples"][0]] * 4000
    path = tmp_path / "many.json"
    path.write_text(json.dumps(doc))
    with pytest.raises(FileFormatError) as exc:
        load_dataset(path)
    assert "4000 samples of 3000 features are 12,000,000 values, more than the limit" in (
        _one_line(exc, path)
    )


finite = st.floats(-MAX_VALUE, MAX_VALUE, allow_nan=False, allow_infinity=False)
unit = st.floats(0.0, 1.0, allow_nan=False)


@st.composite
def random_datasets(draw: st.DrawFn) -> Dataset:
    n, m = draw(st.integers(0, 4)), draw(st.integers(1, 4))
    k = draw(st.integers(1, 3))
    kind = draw(st.sampled_from(["features", "images"]))
    value = finite if kind == "features" else unit
    values = [[draw(value) for _ in range(m)] for _ in range(n)]
    targets = [[draw(unit) for _ in range(k)] for _ in range(n)]
    classes = [f"class {c}" for c in range(k)]
    return Dataset(
        np.array(values).reshape(n, 1, m), (), classes, (1, m), targets=targets, kind=kind
    )


@FUZZ
@given(ds=random_datasets())
def test_any_dataset_round_trips_exactly_through_json_and_csv(ds: Dataset) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "d.json"
        save_dataset(ds, path)
        assert load_dataset(path) == ds
        if len(ds):  # an empty CSV has no rows to say its classes by
            path = Path(tmp) / "d.csv"
            export_csv(ds, path)
            assert import_csv(path, classes=ds.classes, shape=ds.shape) == ds


def _doc_block(fence: str, containing: str) -> str:
    text = (Path(__file__).resolve().parents[2] / "docs" / "FORMATS.md").read_text("utf-8")
    blocks = text.split("```")
    return next(b for b in blocks if b.startswith(fence + "\n") and containing in b)[
        len(fence) + 1 :
    ]


def test_the_examples_of_docs_formats_load_as_they_say(tmp_path: Path) -> None:
    path = tmp_path / "example.json"
    path.write_text(_doc_block("json", '"kind": "features"'))
    ds = load_dataset(path)
    assert ds.kind == "features" and ds.labels == ("red apple", "tomato", "tomato")
    np.testing.assert_array_equal(ds.targets(), [[0.99, 0.01], [0, 1], [0.3, 0.6]])
    path = tmp_path / "example.csv"
    path.write_text(_doc_block("csv", "t_red apple"))
    ds = import_csv(path)
    assert ds.kind == "features" and ds.shape == (1, 3) and ds.labels == ("red apple", "tomato")
    np.testing.assert_array_equal(ds.targets(), [[0.99, 0.01], [0, 1]])
