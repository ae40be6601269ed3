"""Issue #17, "Bad input never escapes": each reproduction of the abuse round, as a test.

Every bad input must give a FileFormatError (or ModelError for a value) with one line
under 300 characters that names the file, and leave the files as they were.
"""

from __future__ import annotations

import io
import json
import os
import struct
import threading
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from fruitnet_gui.files import jsonio
from fruitnet_gui.files.dataset_io import (
    export_csv,
    export_image_folder,
    import_csv,
    import_image_folder,
    load_any,
    load_dataset,
    save_dataset,
)
from fruitnet_gui.files.messages import file_message, printable, shown_path
from fruitnet_gui.files.model_io import load_model, model_to_dict, save_model
from fruitnet_gui.model import FileFormatError, ModelError
from fruitnet_gui.model.data.dataset import Dataset
from fruitnet_gui.model.data.fruits import generate
from fruitnet_gui.model.net.limits import MAX_MESSAGE, MAX_VALUE
from fruitnet_gui.model.net.network import check_learning_rate, paper_network
from tests.files.limits_patch import set_limit


def one_line(exc: BaseException, path: Path | str | None = None) -> str:
    """The message, checked: one line, under 300 characters, naming ``path``."""
    message = str(exc)
    assert "\n" not in message and "\r" not in message, message
    assert len(message) < MAX_MESSAGE, message
    if path is not None:
        assert Path(path).name in message or shown_path(path)[-40:] in message, message
    return message


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every file under ``folder`` with its bytes (None for a folder)."""
    out: dict[str, bytes | None] = {}
    for p in sorted(folder.rglob("*")):
        if p.is_symlink() or not (p.is_file() or p.is_dir()):
            out[str(p)] = b"<special>"
        else:
            out[str(p)] = p.read_bytes() if p.is_file() else None
    return out


def _dataset_json(classes=("a", "b"), label="a") -> dict:
    return {
        "format": "fruitnet-dataset",
        "version": 1,
        "shape": [1, 2],
        "classes": list(classes),
        "samples": [{"label": label, "pixels": [[0, 1]]}],
    }


def _png(size=(6, 6)) -> bytes:
    buf = io.BytesIO()
    Image.new("L", size, 128).save(buf, "PNG")
    return buf.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _with_chunk_after_idat(png: bytes, chunk: bytes) -> bytes:
    end = png.rfind(b"IEND") - 4
    return png[:end] + chunk + png[end:]


# -- a JSON integer of more than 4,300 digits ------------------------------------------
@pytest.mark.parametrize("where", ["weight", "version", "layer"])
def test_a_huge_integer_in_a_model_file_is_refused(tmp_path: Path, where: str) -> None:
    data = model_to_dict(paper_network())
    text = json.dumps(data)
    huge = "9" * 5000
    text = {
        "weight": text.replace("0.12", huge, 1),
        "version": text.replace('"version": 2', f'"version": {huge}'),
        "layer": text.replace('"layers": [2', f'"layers": [{huge}'),
    }[where]
    path = tmp_path / "m.json"
    path.write_text(text)
    with pytest.raises(FileFormatError) as info:
        load_model(path)
    message = one_line(info.value, path)
    assert "4300" not in message and "int_max_str_digits" not in message


def test_a_huge_integer_in_a_dataset_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    path.write_text(json.dumps(_dataset_json()).replace("[[0, 1]]", "[[0, -" + "7" * 5000 + "]]"))
    with pytest.raises(FileFormatError, match=r"pixels\[0\]\[1\] is a huge number") as info:
        load_dataset(path)
    one_line(info.value, path)


# -- a PNG whose iCCP chunk is cut off after the image data ----------------------------
@pytest.mark.parametrize(
    "chunk",
    [
        _chunk(b"iCCP", b"name\0"),  # cut off after its name: IndexError in Pillow
        _chunk(b"iCCP", b"name"),
        _chunk(b"iCCP", b"name\0\0" + b"not zlib"),
        _chunk(b"iCCP", b"")[:-2],
    ],
    ids=["after-name", "no-nul", "bad-zlib", "truncated"],
)
def test_a_png_with_a_broken_iccp_chunk_is_refused(tmp_path: Path, chunk: bytes) -> None:
    (tmp_path / "f" / "tomato").mkdir(parents=True)
    bad = tmp_path / "f" / "tomato" / "1.png"
    bad.write_bytes(_with_chunk_after_idat(_png(), chunk))
    before = snapshot(tmp_path)
    try:
        ds = import_image_folder(tmp_path / "f")
    except FileFormatError as exc:
        assert "cannot be read as an image" in one_line(exc, bad)
    else:  # Pillow may skip a chunk it cannot use; then the image is just read
        assert len(ds) == 1
    assert snapshot(tmp_path) == before


# -- names of superscript digits --------------------------------------------------------
def test_files_and_folders_named_with_superscript_digits_sort(tmp_path: Path) -> None:
    for folder, name in (("²", "².png"), ("²", "1.png"), ("a", "³²¹.png"), ("a", "2.png")):
        (tmp_path / folder).mkdir(exist_ok=True)
        (tmp_path / folder / name).write_bytes(_png())
    ds = import_image_folder(tmp_path)
    assert ds.classes == ("a", "²") and len(ds) == 4


def test_a_csv_label_of_superscript_digits_sorts(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text("²,0,1\n10,1,0\n³,0.5,0.5\n")
    ds = import_csv(path, shape=(1, 2))
    assert set(ds.classes) == {"²", "10", "³"}


# -- a class name that is a lone surrogate ---------------------------------------------
def test_a_lone_surrogate_class_name_is_refused_on_load(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    path.write_text(json.dumps(_dataset_json(classes=("\ud800", "b"), label="b")))
    with pytest.raises(FileFormatError, match="class name") as info:
        load_dataset(path)
    assert "\\ud800" in one_line(info.value, path)
    with pytest.raises(ModelError):
        Dataset(classes=("\ud800", "b"))


@pytest.mark.skipif(os.name != "posix", reason="non-UTF-8 file names are a POSIX thing")
def test_a_class_folder_whose_name_is_not_utf8_is_refused(tmp_path: Path) -> None:
    bad = os.fsdecode(b"tomat\xff")
    (tmp_path / bad).mkdir()
    (tmp_path / bad / "1.png").write_bytes(_png())
    with pytest.raises(FileFormatError, match="not UTF-8") as info:
        import_image_folder(tmp_path)
    message = one_line(info.value)
    assert "\\xff" in message
    message.encode("utf-8")  # printable on a strict UTF-8 terminal


def test_a_dataset_in_memory_with_a_bad_name_cannot_be_saved_half(tmp_path: Path) -> None:
    for name in ("a\nb", "a\u2028b", "\x00", "x" * 201):
        with pytest.raises(ModelError) as info:
            Dataset(classes=(name, "b"))
        one_line(info.value)
    with pytest.raises(FileFormatError, match="not valid UTF-8"):
        from fruitnet_gui.files.atomic import atomic_write_text

        atomic_write_text(tmp_path / "x.json", "\ud800")
    assert list(tmp_path.iterdir()) == []


# -- CSV import of a pipe or a device ----------------------------------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("reader", [import_csv, load_dataset, load_model, load_any])
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path, reader) -> None:
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    result: list[BaseException | None] = []

    def read() -> None:
        try:
            reader(pipe)
        except BaseException as exc:  # handed to the test thread
            result.append(exc)
        else:
            result.append(None)

    worker = threading.Thread(target=read, daemon=True)
    worker.start()
    worker.join(60)  # a ceiling, not a speed: refusing it takes no time at all
    if worker.is_alive():  # it blocks in open(): let it go by writing to the pipe
        with open(pipe, "wb"):
            pass
        worker.join(10)
        pytest.fail(f"{reader.__name__} blocked on a named pipe")
    assert isinstance(result[0], FileFormatError)
    assert "not a regular file" in one_line(result[0], pipe)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
@pytest.mark.parametrize("reader", [import_csv, load_dataset, load_model])
def test_dev_zero_is_refused_unread(reader) -> None:
    with pytest.raises(FileFormatError, match="not a regular file") as info:
        reader("/dev/zero")
    one_line(info.value, "/dev/zero")


# -- limits: image size, network size, dataset size --------------------------------------
def test_a_dataset_of_100_by_100_images_is_refused_before_it_is_read(tmp_path: Path) -> None:
    data = _dataset_json()
    data["shape"] = [100, 100]
    data["samples"] = []
    path = tmp_path / "big.json"
    path.write_text(json.dumps(data))
    with pytest.raises(FileFormatError, match="at most 4096 pixels") as info:
        load_dataset(path)
    one_line(info.value, path)
    with pytest.raises(FileFormatError, match="at most 4096 pixels"):
        import_csv(tmp_path / "any.csv", shape=(256, 256))


def test_too_many_pixel_values_are_refused_before_they_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_limit(monkeypatch, "MAX_VALUES", 10)
    path = tmp_path / "d.json"
    data = _dataset_json()
    data["samples"] *= 6  # 6 images of 2 pixels: 12 values
    path.write_text(json.dumps(data))
    with pytest.raises(FileFormatError, match="more than the limit of 10") as info:
        load_dataset(path)
    one_line(info.value, path)
    csv_path = tmp_path / "d.csv"
    csv_path.write_text("a,0,1\n" * 6)
    with pytest.raises(FileFormatError, match="more than the limit of 10"):
        import_csv(csv_path, shape=(1, 2))
    export_image_folder(generate(1, seed=0), tmp_path / "imgs")
    with pytest.raises(FileFormatError, match="more than the limit of 10"):
        import_image_folder(tmp_path / "imgs")


def test_large_images_are_scaled_down_and_the_user_is_told(tmp_path: Path) -> None:
    (tmp_path / "tomato").mkdir()
    Image.new("L", (1200, 900), 0).save(tmp_path / "tomato" / "big.png")
    Image.new("RGBA", (640, 480), (0, 0, 0, 255)).save(tmp_path / "tomato" / "rgba.png")
    Image.new("L", (6, 6), 0).save(tmp_path / "tomato" / "small.png")
    notes: list[str] = []
    ds = import_image_folder(tmp_path, notes=notes)
    assert np.all(ds.images == 1.0)  # black stays black through the reduction
    assert notes == [
        "2 of 3 images were scaled down to the 6×6 grid (the largest was 1200×900 pixels)"
    ]


def test_an_image_file_beyond_the_pixel_limit_is_refused_undecoded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "tomato").mkdir()
    Image.new("L", (100, 100)).save(tmp_path / "tomato" / "1.png")
    set_limit(monkeypatch, "MAX_IMAGE_PIXELS", 9999)
    with pytest.raises(FileFormatError, match="100×100 pixels, larger than the limit") as info:
        import_image_folder(tmp_path)
    one_line(info.value)


def test_a_long_csv_is_read_with_progress_and_can_be_cancelled(tmp_path: Path) -> None:
    ds = generate(6000, seed=1)  # 12,000 rows: three chunks
    path = tmp_path / "long.csv"
    export_csv(ds, path)
    seen: list[float] = []
    again = import_csv(path, progress=lambda f: seen.append(f) is None)
    assert again == ds
    assert seen == sorted(seen) and seen[0] > 0 and seen[-1] == 1.0
    with pytest.raises(FileFormatError, match="cancelled; nothing was changed") as info:
        import_csv(path, progress=lambda f: False)
    one_line(info.value, path)


def test_too_many_csv_rows_are_refused_while_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_limit(monkeypatch, "MAX_SAMPLES", 3)
    path = tmp_path / "d.csv"
    path.write_text("label,p1,p2\n" + "a,0,1\n" * 5 + "not even parsed")
    with pytest.raises(FileFormatError, match="more than the limit of 3 samples"):
        import_csv(path, shape=(1, 2))


@pytest.mark.parametrize(
    "text",
    [
        'a,0,1\n"b",1,0\n',  # quoted: read by the csv module
        "a,0,1\r\nb,1,0\r\n",
        "a , 0 ,1\n,,\n\nb,1, 0\n",
    ],
    ids=["quoted", "crlf", "spaces-and-blank-rows"],
)
def test_the_fast_and_the_csv_module_readers_agree(tmp_path: Path, text: str) -> None:
    path = tmp_path / "d.csv"
    path.write_text(text, newline="")
    ds = import_csv(path, shape=(1, 2))
    assert ds.labels == ("a", "b") and ds.images.tolist() == [[[0, 1]], [[1, 0]]]


@pytest.mark.parametrize(
    ("cell", "phrase"),
    [("nan", "is not a number"), ("inf", "is not a number"), ("1_0", "is not a number"),
     ("", "is not a number"), ("1e", "is not a number"), ("+-1", "is not a number"),
     ("2", "outside the pixel range"), ("-0.5", "outside the pixel range"),
     ("0x1", "is not a number"), ("1" * 500, "outside the pixel range")],
)  # fmt: skip
def test_a_bad_csv_cell_is_named_by_line_and_column(tmp_path: Path, cell: str, phrase: str) -> None:
    path = tmp_path / "d.csv"
    path.write_text(f"a,0,1\nb,1,{cell}\n")
    with pytest.raises(FileFormatError, match=phrase) as info:
        import_csv(path, shape=(1, 2))
    assert "line 2, column 3" in one_line(info.value, path)


def test_a_csv_says_its_own_shape_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    export_csv(generate(2, seed=0), path)
    assert import_csv(path, shape=None).shape == (6, 6)
    path.write_text("a,0,1,1\n")
    assert import_csv(path, shape=None).shape == (1, 3)


# -- numbers beyond the value limit ------------------------------------------------------
@pytest.mark.parametrize("value", [1e308, -1e7, 1e6 + 1])
@pytest.mark.parametrize("where", ["weights", "biases", "bias_input"])
def test_values_beyond_the_limit_are_refused_on_load(tmp_path: Path, value, where) -> None:
    data = model_to_dict(paper_network())
    if where == "weights":
        data["weights"][1][0][1] = value
    elif where == "biases":
        data["biases"][0][1] = value
    else:
        data["bias_input"] = value
    path = tmp_path / "m.json"
    path.write_text(json.dumps(data))
    with pytest.raises(FileFormatError, match="1,000,000") as info:
        load_model(path)
    one_line(info.value, path)


def test_values_at_the_limit_load_and_give_finite_numbers(tmp_path: Path) -> None:
    from fruitnet_gui.model.teaching.iteration import Iteration

    data = model_to_dict(paper_network())
    data["weights"] = [[[MAX_VALUE, -MAX_VALUE], [MAX_VALUE, MAX_VALUE]]] * 2
    data["biases"] = [[MAX_VALUE, -MAX_VALUE]] * 2
    data["bias_input"] = MAX_VALUE
    path = tmp_path / "m.json"
    path.write_text(json.dumps(data))
    net = load_model(path)
    it = Iteration(net, [MAX_VALUE, -MAX_VALUE], [1.0, 0.0])  # targets lie in [0, 1]
    assert all(np.isfinite(s.value) for s in it.steps)
    assert np.isfinite(it.error)


def test_inputs_and_targets_beyond_the_limit_are_refused() -> None:
    net = paper_network()
    with pytest.raises(ModelError, match="inputs must lie between") as info:
        net.check_input([1e308, 0])
    one_line(info.value)
    with pytest.raises(ModelError, match="targets must lie between"):
        net.check_target([0, -1e7])


@pytest.mark.parametrize("lr", [1e-300, 1e-7, 5e-324])
def test_a_learning_rate_too_small_to_change_anything_is_refused(tmp_path: Path, lr) -> None:
    with pytest.raises(ModelError, match="too small to change any weight"):
        check_learning_rate(lr)
    data = model_to_dict(paper_network())
    data["learning_rate"] = lr
    path = tmp_path / "m.json"
    path.write_text(json.dumps(data))
    with pytest.raises(FileFormatError, match="too small") as info:
        load_model(path)
    one_line(info.value, path)
    assert check_learning_rate(1e-6) == 1e-6


def test_a_network_with_weights_beyond_the_limit_cannot_be_saved(tmp_path: Path) -> None:
    net = paper_network()
    net.weights[0][0, 0] = 2e6  # as a very long training run could leave it
    with pytest.raises(FileFormatError, match="cannot be saved") as info:
        save_model(net, tmp_path / "m.json")
    one_line(info.value)
    assert list(tmp_path.iterdir()) == []


# -- messages ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "key", ["a\nb", "x" * 5000, "\u2028", "\x1b[31mred", "\u202eevil"], ids=repr
)
def test_a_long_or_multiline_key_gives_one_short_line(tmp_path: Path, key: str) -> None:
    data = model_to_dict(paper_network())
    data[key] = 1
    path = tmp_path / "m.json"
    path.write_text(json.dumps(data))
    with pytest.raises(FileFormatError) as info:
        load_model(path)
    message = one_line(info.value, path)
    assert "\x1b" not in message and "\u202e" not in message
    dpath = tmp_path / "d.json"
    ddata = _dataset_json()
    ddata[key] = 1
    dpath.write_text(json.dumps(ddata))
    with pytest.raises(FileFormatError) as info:
        load_dataset(dpath)
    one_line(info.value, dpath)


def test_a_file_name_with_a_newline_gives_one_line(tmp_path: Path) -> None:
    path = tmp_path / "two\nlines.json"
    path.write_text("{")
    with pytest.raises(FileFormatError) as info:
        load_model(path)
    assert "two\\nlines.json" in one_line(info.value)


def test_a_very_long_file_name_is_cut_in_the_middle(tmp_path: Path) -> None:
    deep = tmp_path.joinpath(*(["d" * 50] * 6))
    deep.mkdir(parents=True)
    path = deep / ("n" * 200 + ".json")
    path.write_text("[]")
    with pytest.raises(FileFormatError) as info:
        load_model(path)
    message = one_line(info.value)
    assert "…" in message and "holds one JSON object" in message


def test_the_size_limit_is_said_as_the_docs_say_it(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    with path.open("wb") as f:
        f.truncate(jsonio.MAX_FILE_BYTES + 1)
    with pytest.raises(FileFormatError, match=r"64\.0 MB, larger than the limit of 64 MB"):
        load_model(path)


def test_message_helpers() -> None:
    assert printable("a\nb\tc\x00") == "a\\nb\\tc\\x00"
    assert printable(os.fsdecode(b"n\xffx")) == "n\\xffx" if os.name == "posix" else True
    assert printable("pommes rôties ²") == "pommes rôties ²"
    assert len(file_message("f" * 1000, "x" * 1000)) < MAX_MESSAGE
    assert file_message(None, "plain") == "plain"


def test_saving_a_dataset_round_trips_unusual_but_valid_names(tmp_path: Path) -> None:
    ds = Dataset(np.zeros((2, 1, 2)), ["²", "é\u200dx"], classes=("²", "é\u200dx"))
    save_dataset(ds, tmp_path / "d.json")
    assert load_dataset(tmp_path / "d.json") == ds
    export_csv(ds, tmp_path / "d.csv")
    assert import_csv(tmp_path / "d.csv", classes=ds.classes, shape=(1, 2)) == ds


def test_a_dataset_of_far_too_many_samples_is_refused_before_it_is_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_limit(monkeypatch, "MAX_SAMPLES", 3)
    data = _dataset_json()
    data["samples"] *= 1100  # more "label" keys than 3 samples and 1000 classes can have
    path = tmp_path / "many.json"
    path.write_text(json.dumps(data))

    def never(*args: object) -> None:
        raise AssertionError("parsed")

    monkeypatch.setattr(jsonio, "parse_json", never)
    with pytest.raises(FileFormatError, match="holds more samples than the limit of 3") as info:
        load_dataset(path)
    one_line(info.value, path)


@pytest.mark.parametrize(
    ("mode", "value", "suffix"),
    [("L", 100, ".png"), ("RGB", (100, 100, 100), ".png"), ("RGBA", (100, 100, 100, 255), ".png"),
     ("LA", (100, 255), ".png"), ("I;16", 100 * 257, ".tif"), ("F", 100.0, ".tif"),
     ("CMYK", (0, 0, 0, 155), ".tif")],
)  # fmt: skip
def test_a_large_image_is_reduced_to_the_values_a_small_one_gives(
    tmp_path: Path, mode: str, value: object, suffix: str
) -> None:
    for size in ((6, 6), (600, 480)):
        folder = tmp_path / f"{size[0]}" / "a"
        folder.mkdir(parents=True)
        Image.new(mode, size, value).save(folder / f"x{suffix}")
    small = import_image_folder(tmp_path / "6")
    large = import_image_folder(tmp_path / "600")
    assert np.array_equal(small.images, large.images)
    assert np.all(small.images == 0.6078)


def test_a_quoted_pixel_cell_holding_a_comma_is_not_two_cells(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text('a,"0,1",1\nb,"0.5",1\n')
    with pytest.raises(FileFormatError, match="line 1, column 2: '0,1' is not a number") as info:
        import_csv(path, shape=(1, 2))
    one_line(info.value, path)
    path.write_text('a,"0.25",1\nb,"0.5",1\n')
    assert import_csv(path, shape=(1, 2)).images.tolist() == [[[0.25, 1]], [[0.5, 1]]]


def test_a_decompression_bomb_is_refused_with_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "tomato").mkdir()
    Image.new("L", (200, 200)).save(tmp_path / "tomato" / "1.png")
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)  # Pillow's own guard, at open
    with pytest.raises(FileFormatError, match="larger than the limit of 25 million") as info:
        import_image_folder(tmp_path)
    one_line(info.value)
