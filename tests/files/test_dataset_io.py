"""Dataset files: JSON, CSV and image folders, and every way a file can be wrong."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from fruitnet_gui.files.dataset_io import (
    export_csv,
    export_image_folder,
    import_csv,
    import_image_folder,
    load_dataset,
    save_dataset,
)
from fruitnet_gui.files.jsonio import read_json
from fruitnet_gui.model import FileFormatError
from fruitnet_gui.model.data.dataset import Dataset
from fruitnet_gui.model.data.fruits import APPLES, generate
from tests.files.limits_patch import set_limit


@pytest.fixture(scope="module")
def fruits() -> Dataset:
    return generate(12, seed=3)


def _valid() -> dict:
    return {
        "format": "fruitnet-dataset",
        "version": 1,
        "shape": [2, 3],
        "classes": ["red apple", "tomato"],
        "samples": [
            {"label": "tomato", "pixels": [[0, 0.5, 1], [0.25, 0.125, 0.0]]},
            {"label": "red apple", "pixels": [[1, 1, 1], [0, 0, 0]]},
        ],
    }


def _write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _one_line(exc: pytest.ExceptionInfo[FileFormatError], path: Path) -> str:
    message = str(exc.value)
    assert "\n" not in message
    assert str(path) in message
    return message


# -- JSON ------------------------------------------------------------------------------
def test_json_round_trip_is_exact(tmp_path: Path, fruits: Dataset) -> None:
    path = tmp_path / "fruits.json"
    save_dataset(fruits, path)
    back = load_dataset(path)
    assert back == fruits
    assert back.images.tobytes() == fruits.images.tobytes()
    # the file is the documented format, readable by any strict JSON reader
    data = read_json(path)
    assert data["format"] == "fruitnet-dataset" and data["version"] == 1
    assert data["shape"] == [6, 6] and data["classes"] == ["red apple", "tomato"]
    assert data["samples"][0]["label"] == fruits.labels[0]
    assert data["samples"][0]["pixels"] == fruits.images[0].tolist()


def test_json_keeps_full_precision_other_shapes_and_classes(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    ds = Dataset(rng.uniform(0, 1, (7, 1, 2)), [0, 2, 1, 1, 2, 0, 0], classes=("a", "b", "ç c"))
    path = tmp_path / "three.json"
    save_dataset(ds, path)
    back = load_dataset(path)
    assert back == ds and back.shape == (1, 2) and back.classes == ("a", "b", "ç c")


def test_an_empty_dataset_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "empty.json"
    save_dataset(Dataset(), path)
    assert load_dataset(path) == Dataset()


def test_small_valid_file_loads(tmp_path: Path) -> None:
    ds = load_dataset(_write_json(tmp_path / "ok.json", _valid()))
    assert ds.shape == (2, 3) and ds.labels == ("tomato", "red apple")
    np.testing.assert_array_equal(ds.images[0], [[0, 0.5, 1], [0.25, 0.125, 0]])


def _set(path: str, value: object):
    """Change one place of the valid document, given as keys separated by dots."""

    def change(data: dict) -> None:
        keys = [int(k) if k.isdigit() else k for k in path.split(".")]
        target = data
        for key in keys[:-1]:
            target = target[key]
        if value is _DELETE:
            del target[keys[-1]]
        else:
            target[keys[-1]] = value

    return change


_DELETE = object()

BAD_DOCUMENTS = [
    (_set("format", "fruitnet-model"), "not a FruitNet dataset (its format is the text"),
    (_set("format", _DELETE), 'no "format": "fruitnet-dataset"'),
    (_set("version", 3), "version 3 is newer"),
    (_set("version", "1"), "unsupported dataset version the text '1'"),
    (_set("version", 1.0), "unsupported dataset version 1.0"),
    (_set("version", True), "unsupported dataset version true"),
    (_set("samples", _DELETE), 'the key "samples" is missing'),
    (_set("shape", _DELETE), 'the key "shape" is missing'),
    (_set("extra", 1), 'unknown key "extra"'),
    (_set("shape", [2]), '"shape" must be [rows, columns]'),
    (_set("shape", [2, 0]), '"shape" must be [rows, columns]'),
    (_set("shape", [2, "3"]), '"shape" must be [rows, columns]'),
    (_set("shape", [2, 3.0]), '"shape" must be [rows, columns]'),
    (_set("classes", []), '"classes" is empty'),
    (_set("classes", ["tomato", "tomato"]), "the class 'tomato' is listed twice"),
    (_set("classes", "tomato"), '"classes" must be a list'),
    (_set("classes", ["tomato", 3]), "classes[1] must be a non-empty name, not 3"),
    (_set("classes", ["tomato", ""]), "classes[1] must be a non-empty name"),
    (_set("samples", {}), '"samples" must be a list, not an object'),
    (_set("samples.0", [1, 2]), "samples[0] must be an object"),
    (_set("samples.1.label", "pear"), "samples[1].label 'pear' is not one of the classes"),
    (_set("samples.1.label", 0), "samples[1].label must be a class name, not 0"),
    (_set("samples.1.label", _DELETE), 'samples[1] has no "label"'),
    (_set("samples.0.pixels", _DELETE), 'samples[0] has no "pixels"'),
    (_set("samples.0.colour", "red"), 'samples[0] has an unknown key "colour"'),
    (_set("samples.0.pixels", [[0, 0, 0]]), "must be 2 rows of 3 numbers (the shape), got 1 row"),
    (
        _set("samples.0.pixels.1", [0, 0]),
        "samples[0].pixels[1] must hold 3 numbers (the shape), got 2 values",
    ),
    (_set("samples.0.pixels.1", 0.5), "pixels[1] must hold 3 numbers (the shape), got 0.5"),
    (_set("samples.0.pixels.1.2", 1.5), "samples[0].pixels[1][2] is 1.5; pixels must lie between"),
    (_set("samples.0.pixels.0.0", -0.01), "samples[0].pixels[0][0] is -0.01; pixels must lie"),
    (_set("samples.0.pixels.0.0", 2), "is 2; pixels must lie between 0 and 1"),
    (_set("samples.0.pixels.0.1", "0.5"), "samples[0].pixels[0][1] is the text '0.5'; pixels must"),
    (
        _set("samples.0.pixels.0.1", True),
        "pixels[0][1] is true (true/false); pixels must be numbers",
    ),
    (_set("samples.0.pixels.0.1", None), "pixels[0][1] is null; pixels must be numbers"),
]


@pytest.mark.parametrize(("change", "message"), BAD_DOCUMENTS)
def test_a_bad_dataset_file_names_the_file_and_the_problem(
    tmp_path: Path, change, message: str
) -> None:
    data = _valid()
    change(data)
    path = _write_json(tmp_path / "bad.json", data)
    with pytest.raises(FileFormatError) as exc:
        load_dataset(path)
    assert message in _one_line(exc, path)


#: Dataset files that are not JSON, or not one object (text, what the message says).
BROKEN_JSON = [
    ("", "the file is empty"),
    ("[1, 2]", "holds one JSON object, not a list"),
    ('{"format": "fruitnet-dataset",', "not valid JSON"),
    (json.dumps(_valid()).replace("0.25", "NaN"), "NaN is not allowed"),
    (json.dumps(_valid()).replace("0.25", "Infinity"), "Infinity is not allowed"),
    (json.dumps(_valid()).replace("0.25", "1e999"), "every number must be finite"),
    ('{"version": 1, "version": 1}', "appears twice"),
]


@pytest.mark.parametrize(("text", "message"), BROKEN_JSON)
def test_broken_json_text_is_refused(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "broken.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FileFormatError) as exc:
        load_dataset(path)
    assert message in _one_line(exc, path)


_json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 3)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=12,
)
_places = st.sampled_from(
    [
        "format",
        "version",
        "shape",
        "classes",
        "classes.0",
        "samples",
        "samples.0",
        "samples.1.label",
        "samples.0.pixels",
        "samples.0.pixels.1",
        "samples.1.pixels.0.2",
    ]
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(place=_places, value=_json_values)
def test_any_change_to_a_file_loads_or_gives_a_file_format_error(
    tmp_path: Path, place: str, value: object
) -> None:
    data = _valid()
    _set(place, value)(data)
    path = _write_json(tmp_path / "fuzz.json", data)
    try:
        ds = load_dataset(path)
    except FileFormatError as exc:
        assert str(path) in str(exc) and "\n" not in str(exc)
    else:
        assert np.all((ds.images >= 0) & (ds.images <= 1))
        assert set(ds.labels) <= set(ds.classes)


def test_too_many_samples_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    set_limit(monkeypatch, "MAX_SAMPLES", 1)
    path = _write_json(tmp_path / "big.json", _valid())
    with pytest.raises(FileFormatError, match="2 samples are more than the limit of 1"):
        load_dataset(path)


def test_a_missing_file_or_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match="no such file"):
        load_dataset(tmp_path / "nothing.json")
    with pytest.raises(FileFormatError, match="is a folder"):
        load_dataset(tmp_path)


def test_saving_where_it_cannot_fails_cleanly_and_keeps_the_old_file(
    tmp_path: Path, fruits: Dataset
) -> None:
    with pytest.raises(FileFormatError, match="cannot save here"):
        save_dataset(fruits, tmp_path / "no such folder" / "x.json")
    with pytest.raises(FileFormatError, match="only a Dataset"):
        save_dataset([1, 2], tmp_path / "x.json")  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


# -- CSV -------------------------------------------------------------------------------
def test_csv_round_trip_is_exact(tmp_path: Path, fruits: Dataset) -> None:
    path = tmp_path / "fruits.csv"
    export_csv(fruits, path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "label," + ",".join(f"p{j}" for j in range(1, 37))
    assert lines[1].split(",")[0] == fruits.labels[0]
    assert len(lines) == len(fruits) + 1
    back = import_csv(path)
    assert back == fruits


def test_csv_without_header_and_with_tomatoes_first_keeps_the_fruit_order(tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    path.write_text("tomato," + ",".join(["0.5"] * 36) + "\n\nred apple," + ",".join(["1"] * 36))
    ds = import_csv(path)
    assert ds.classes == ("red apple", "tomato")  # the network's one-hot order
    assert ds.labels == ("tomato", "red apple")
    np.testing.assert_array_equal(ds.images[1], np.ones((6, 6)))


def test_csv_with_other_labels_sorts_them_or_uses_the_given_classes(tmp_path: Path) -> None:
    path = tmp_path / "digits.csv"
    path.write_text("".join(f"{label},0,0.25\n" for label in ("10", "2", "1", "2")))
    ds = import_csv(path, shape=(1, 2))
    assert ds.classes == ("1", "2", "10")
    assert ds.labels == ("10", "2", "1", "2")
    given = import_csv(path, classes=("10", "2", "1", "3"), shape=(1, 2))
    assert given.classes == ("10", "2", "1", "3")
    np.testing.assert_array_equal(given.targets()[0], [1, 0, 0, 0])


def _csv_row(label: str = "tomato", value: str = "0.5", n: int = 36) -> str:
    return label + "," + ",".join([value] * n) + "\n"


#: CSV files that are refused (text, what the message says).
BAD_CSV = [
    ("", "the file is empty"),
    ("\n \n", "the file is empty"),
    (_csv_row(n=35), "line 1 has 36 columns; 6×6 images need 37"),
    (_csv_row() + _csv_row(n=40), "line 2 has 41 columns"),
    ("label,a,b\n" + _csv_row(), "the header row has 3 columns"),
    (_csv_row() + _csv_row(value="x"), "line 2, column 2: 'x' is not a number"),
    ("tomato,x" + ",0.5" * 35 + "\n", "line 1, column 2: 'x' is not a number"),
    (_csv_row() + _csv_row(value="nan"), "'nan' is not a number"),
    (_csv_row() + _csv_row(value="inf"), "'inf' is not a number"),
    (_csv_row() + _csv_row(value="1.5"), "line 2, column 2: 1.5 is outside the pixel range"),
    (_csv_row() + _csv_row(value="-0.1"), "-0.1 is outside the pixel range"),
    (_csv_row() + _csv_row(label=" "), "line 2 has no label"),
    (_csv_row() + _csv_row(label="pear"), "line 2: the label 'pear' is not one of red apple"),
    ('tomato,"0.5\n', "not a valid CSV file"),
]


@pytest.mark.parametrize(("text", "message"), BAD_CSV)
def test_bad_csv_files_are_refused(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    classes = ("red apple", "tomato") if "pear" in text else None
    with pytest.raises(FileFormatError) as exc:
        import_csv(path, classes=classes)
    assert message in _one_line(exc, path)


def test_csv_import_refuses_a_bad_shape_or_a_binary_file(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match="image shape"):
        import_csv(tmp_path / "x.csv", shape=(0, 6))
    path = tmp_path / "binary.csv"
    path.write_bytes(b"\xff\xfe\x00\x81")
    with pytest.raises(FileFormatError, match="not UTF-8"):
        import_csv(path)
    with pytest.raises(FileFormatError, match="no such file"):
        import_csv(tmp_path / "missing.csv")


# -- image folders ---------------------------------------------------------------------
def test_image_folder_round_trip_within_one_gray_level(tmp_path: Path, fruits: Dataset) -> None:
    folder = tmp_path / "images"
    export_image_folder(fruits, folder)
    assert sorted(p.name for p in folder.iterdir()) == ["red apple", "tomato"]
    files = sorted(folder.glob("*/*.png"))
    assert len(files) == len(fruits)
    back = import_image_folder(folder)
    assert back.classes == fruits.classes and back.labels == fruits.labels  # order kept
    assert np.max(np.abs(back.images - fruits.images)) <= 1 / 255


def test_exported_pngs_look_like_the_drawing(tmp_path: Path) -> None:
    apple = np.array(APPLES[0])
    export_image_folder(Dataset(apple[np.newaxis], ["red apple"]), tmp_path / "one")
    with Image.open(tmp_path / "one" / "red apple" / "00000.png") as im:
        assert im.mode == "L" and im.size == (6, 6)
        gray = np.asarray(im)
    assert gray[0, 0] == 255  # white background
    assert gray[0, 3] == 0  # black stem
    assert 0 < gray[3, 3] < 128  # dark red skin
    assert gray[2, 2] > gray[3, 3]  # the highlight is lighter
    assert (tmp_path / "one" / "tomato").is_dir()  # an empty class keeps its folder


def test_images_of_any_size_and_mode_are_scaled_to_the_grid(tmp_path: Path) -> None:
    apple = np.array(APPLES[0])
    gray = np.round(255 * (1 - apple)).astype(np.uint8)
    (tmp_path / "red apple").mkdir()
    (tmp_path / "tomato").mkdir()
    big = Image.fromarray(gray).resize((60, 60), Image.Resampling.NEAREST)
    big.convert("RGB").save(tmp_path / "red apple" / "big.jpg", quality=100)
    rgba = Image.new("RGBA", (12, 12), (0, 0, 0, 0))  # transparent: white paper
    rgba.paste((0, 0, 0, 255), (0, 0, 6, 12))  # left half black ink
    rgba.save(tmp_path / "tomato" / "half.png")
    (tmp_path / "tomato" / "notes.txt").write_text("not an image")
    (tmp_path / "tomato" / ".hidden.png").write_bytes(b"junk")
    (tmp_path / "loose.png").write_bytes(b"junk")  # not in a class folder
    ds = import_image_folder(tmp_path)
    assert ds.labels == ("red apple", "tomato")
    assert np.max(np.abs(ds.images[0] - apple)) < 0.03  # jpeg is lossy
    np.testing.assert_array_equal(ds.images[1][:, :3], 1.0)
    np.testing.assert_array_equal(ds.images[1][:, 3:], 0.0)
    ds4 = import_image_folder(tmp_path, shape=(2, 2))
    assert ds4.shape == (2, 2)
    np.testing.assert_array_equal(ds4.images[1], [[1, 0], [1, 0]])


def test_other_class_folders_become_sorted_classes(tmp_path: Path) -> None:
    for name in ("pear", "banana"):
        (tmp_path / name).mkdir()
        Image.new("L", (6, 6), 255).save(tmp_path / name / "1.png")
    ds = import_image_folder(tmp_path)
    assert ds.classes == ("banana", "pear")
    np.testing.assert_array_equal(ds.images, 0.0)


def test_bad_image_folders_are_refused(tmp_path: Path, fruits: Dataset) -> None:
    with pytest.raises(FileFormatError, match="no such folder"):
        import_image_folder(tmp_path / "missing")
    with pytest.raises(FileFormatError, match="has no class sub-folders"):
        import_image_folder(tmp_path)
    (tmp_path / "tomato").mkdir()
    broken = tmp_path / "tomato" / "broken.png"
    broken.write_bytes(b"this is not a png")
    with pytest.raises(FileFormatError) as exc:
        import_image_folder(tmp_path)
    assert "cannot be read as an image" in _one_line(exc, broken)
    with pytest.raises(FileFormatError, match="is not empty"):
        export_image_folder(fruits, tmp_path)
    with pytest.raises(FileFormatError, match="is a file"):
        export_image_folder(fruits, broken)
    odd = Dataset(classes=("a/b", "c"))
    with pytest.raises(FileFormatError, match="cannot be used as a folder name"):
        export_image_folder(odd, tmp_path / "new")
    assert not (tmp_path / "new").exists()


def test_too_many_images_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    export_image_folder(generate(2, seed=0), tmp_path / "f")
    set_limit(monkeypatch, "MAX_SAMPLES", 3)
    with pytest.raises(FileFormatError, match="more than the limit of 3 images"):
        import_image_folder(tmp_path / "f")


@pytest.mark.parametrize("existing", [False, True], ids=["new folder", "empty folder"])
def test_an_image_export_that_fails_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, existing: bool
) -> None:
    import errno

    from PIL import Image as PILImage

    folder = tmp_path / "out"
    if existing:
        folder.mkdir()
    save = PILImage.Image.save
    calls = {"n": 0}

    def full_disk(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return save(self, *args, **kwargs)

    monkeypatch.setattr(PILImage.Image, "save", full_disk)
    with pytest.raises(FileFormatError, match=r"No space left on device.*nothing was exported"):
        export_image_folder(generate(6, seed=1), folder)
    assert folder.exists() == existing and (not existing or not any(folder.iterdir()))
    assert [p.name for p in tmp_path.iterdir()] == (["out"] if existing else [])
    monkeypatch.setattr(PILImage.Image, "save", save)
    ds = generate(6, seed=1)
    export_image_folder(ds, folder)  # and then it works, all at once
    assert sum(1 for _ in folder.rglob("*.png")) == len(ds)
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
