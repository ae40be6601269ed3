"""FruitNet's own fuzz tests of every loader: model and dataset JSON, CSV, image folders.

The generators reach the cases of issue #17: whole numbers of thousands of digits, PNG
chunks cut off or inserted after the image data, names of superscript digits, lone
surrogates, bytes that are not UTF-8 and line breaks, and pipes and devices. Each loader
must either give a valid result or a FileFormatError whose message is one line under
300 characters naming the file; and nothing on disk may change. Examples are few and
drawn deterministically, with no deadline: the run never depends on machine speed.
"""

from __future__ import annotations

import io
import json
import os
import socket
import struct
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from fruitnet_gui.files.dataset_io import (
    import_csv,
    import_image_folder,
    load_any,
    load_dataset,
)
from fruitnet_gui.files.model_io import load_model, model_to_dict
from fruitnet_gui.model import FileFormatError, Network
from fruitnet_gui.model.data.dataset import Dataset
from fruitnet_gui.model.net.limits import MAX_MESSAGE, MAX_VALUE
from fruitnet_gui.model.net.network import paper_network

FUZZ = settings(max_examples=60, deadline=None, database=None, derandomize=True)


def _snapshot(folder: Path) -> dict[str, bytes | None]:
    out: dict[str, bytes | None] = {}
    for p in sorted(folder.rglob("*")):
        if p.is_symlink() or not (p.is_file() or p.is_dir()):
            out[os.fsdecode(p)] = b"<special>"
        else:
            out[os.fsdecode(p)] = p.read_bytes() if p.is_file() else None
    return out


def _check(load: Callable[[], Any], folder: Path, named: Path) -> Any:
    """Run ``load``: a result, or a clean FileFormatError; the folder must not change."""
    before = _snapshot(folder)
    try:
        result = load()
    except FileFormatError as exc:
        message = str(exc)
        assert "\n" not in message and "\r" not in message, message
        assert len(message) < MAX_MESSAGE, message
        message.encode("utf-8")  # printable on a strict UTF-8 terminal and in Qt
        result = None
    assert _snapshot(folder) == before
    if isinstance(result, Dataset):
        if result.kind == "images":
            assert np.all((result.images >= 0) & (result.images <= 1))
        else:
            assert np.all(np.abs(result.images) <= MAX_VALUE)
        targets = result.targets()
        assert np.all((targets >= 0) & (targets <= 1))
        assert np.array_equal(result.label_indices, np.argmax(targets, axis=1))
        for name in result.classes:
            name.encode("utf-8")
    if isinstance(result, Network):
        for a in (*result.weights, *result.biases):
            assert np.all(np.abs(a) <= MAX_VALUE)
    return result


# -- JSON: model and dataset -------------------------------------------------------------
odd_text = st.one_of(
    st.text(max_size=8),
    st.sampled_from(
        ["²", "³²¹", "\ud800", "\udcff", "a\nb", "\u2028", "\x00", "\u202e", "x" * 300]
    ),
)
huge_int = st.integers(300, 6000).map(lambda n: "9" * n) | st.integers(300, 6000).map(
    lambda n: "-" + "1" * n
)
extreme = st.sampled_from(
    ["1e308", "-1e308", "1e999", "5e-324", "-0.0", "1e6", "1000000.0001", "NaN", "Infinity"]
)


@st.composite
def model_texts(draw: st.DrawFn) -> str:
    data = model_to_dict(paper_network())
    choice = draw(st.integers(0, 3))
    if choice == 0:
        data["classes"] = [draw(odd_text), draw(odd_text)]
    elif choice == 1:
        data[draw(odd_text)] = draw(st.integers() | odd_text)
    text = json.dumps(data)
    numbers = ["0.1", "0.12", "0.8", "0.5", "1.0", "2, 2"]
    for _ in range(draw(st.integers(0, 2))):
        old = draw(st.sampled_from(numbers))
        text = text.replace(old, draw(huge_int | extreme), 1)
    if draw(st.booleans()):
        text = text[: draw(st.integers(0, len(text)))]
    return text


@st.composite
def dataset_texts(draw: st.DrawFn) -> str:
    classes = draw(st.lists(odd_text, min_size=1, max_size=3))
    rows, cols = draw(st.sampled_from([(1, 2), (2, 2), (100, 100), (64, 64), (0, 3)]))
    samples = []
    for _ in range(draw(st.integers(0, 3))):
        label = draw(st.sampled_from(classes) | odd_text)
        pixel = draw(st.sampled_from(["0", "1", "0.5", "2", "-1"]) | huge_int | extreme)
        grid = (
            "["
            + ",".join("[" + ",".join([pixel] * max(cols, 0)) + "]" for _ in range(min(rows, 3)))
            + "]"
        )
        samples.append(f'{{"label": {json.dumps(label)}, "pixels": {grid}}}')
    version = draw(st.sampled_from(["1", "2"]) | huge_int)
    text = (
        f'{{"format": "fruitnet-dataset", "version": {version}, '
        f'"shape": [{rows}, {cols}], "classes": {json.dumps(classes)}, '
        f'"samples": [{", ".join(samples)}]}}'
    )
    if draw(st.booleans()):
        text = text[: draw(st.integers(0, len(text)))]
    return text


@FUZZ
@given(text=model_texts())
def test_fuzz_model_files(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "model.json"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        _check(lambda: load_model(path), Path(tmp), path)


@FUZZ
@given(text=dataset_texts())
def test_fuzz_dataset_files(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "data.json"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        _check(lambda: load_dataset(path), Path(tmp), path)
        _check(lambda: load_any(path), Path(tmp), path)


# -- CSV -----------------------------------------------------------------------------------
cells = st.one_of(
    st.sampled_from(["0", "1", "0.25", " 0.5 ", "", "nan", "inf", "-0", "1e-3", "2", "1_0"]),
    st.sampled_from(['"0,1"', '"0.5"', '"1\n0"', '""']),
    huge_int,
    st.text(max_size=4),
)
labels = st.one_of(
    st.sampled_from(["red apple", "tomato", "label", "²", "³²", "10", "", '"a,b"', '"x\ny"']),
    odd_text.filter(lambda s: "\ud800" not in s and "\udcff" not in s),
)


@st.composite
def csv_bytes(draw: st.DrawFn) -> bytes:
    n_cells = draw(st.sampled_from([2, 4, 36]))
    lines = []
    if draw(st.booleans()):
        lines.append("label," + ",".join(f"p{j + 1}" for j in range(n_cells)))
    for _ in range(draw(st.integers(0, 6))):
        width = draw(st.sampled_from([n_cells, n_cells, n_cells - 1, n_cells + 1]))
        pool = draw(st.lists(cells, min_size=1, max_size=3))
        row = [draw(st.sampled_from(pool)) for _ in range(width)]
        lines.append(",".join([draw(labels), *row]))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    raw = newline.join(lines).encode("utf-8", errors="surrogatepass")
    if draw(st.booleans()):
        at = draw(st.integers(0, len(raw)))
        raw = (
            raw[:at]
            + draw(st.sampled_from([b"\xff", b"\xef\xbb\xbf", b'"', b"\x00", b""]))
            + raw[at:]
        )
    return raw


@FUZZ
@given(raw=csv_bytes(), shape=st.sampled_from([(1, 2), (2, 2), (6, 6), None]))
def test_fuzz_csv_files(raw: bytes, shape: tuple[int, int] | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "data.csv"
        path.write_bytes(raw)
        _check(lambda: import_csv(path, shape=shape), Path(tmp), path)
        _check(lambda: load_any(path), Path(tmp), path)


# -- image folders -------------------------------------------------------------------------
def _png(size: tuple[int, int], mode: str) -> bytes:
    buf = io.BytesIO()
    image = Image.new("L", size, 100).convert(mode) if mode != "I;16" else Image.new("I;16", size)
    image.save(buf, "PNG")
    return buf.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


@st.composite
def image_bytes(draw: st.DrawFn) -> bytes:
    size = (draw(st.integers(1, 20)), draw(st.integers(1, 20)))
    png = _png(size, draw(st.sampled_from(["L", "RGBA", "P", "I;16", "LA", "RGB"])))
    how = draw(st.sampled_from([0, 1, 2, 2, 2, 3, 4]))
    if how == 1:  # cut off anywhere
        png = png[: draw(st.integers(0, len(png)))]
    elif how == 2:  # a chunk after the image data, maybe itself cut off
        kind = draw(
            st.sampled_from([b"iCCP", b"tEXt", b"zTXt", b"iTXt", b"pHYs", b"tRNS", b"eXIf"])
        )
        data = draw(st.sampled_from([b"name\0", b"name\0\0", b"", b"\0"]) | st.binary(max_size=20))
        chunk = _chunk(kind, data)
        chunk = chunk[: draw(st.integers(8, len(chunk)))]
        end = png.rfind(b"IEND") - 4
        png = png[:end] + chunk + png[end:]
    elif how == 3:  # one byte changed
        at = draw(st.integers(0, len(png) - 1))
        png = png[:at] + bytes([draw(st.integers(0, 255))]) + png[at + 1 :]
    elif how == 4:
        png = draw(st.binary(max_size=40))
    return png


names = st.one_of(
    st.sampled_from(
        [b"\xc2\xb2", b"\xc2\xb2\xc2\xb3", "١٢".encode(), b"10", b"a\nb", b"tomato", b"\xff", b" "]
    ),
    st.binary(min_size=1, max_size=12).filter(lambda b: b"/" not in b and b"\0" not in b),
).filter(lambda b: b not in (b".", b".."))


@FUZZ
@given(
    folders=st.lists(
        st.tuples(names, st.lists(st.tuples(names, image_bytes()), max_size=3)), max_size=3
    )
)
def test_fuzz_image_folders(folders: list[tuple[bytes, list[tuple[bytes, bytes]]]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = os.fsencode(tmp)
        for folder, images in folders:
            where = os.path.join(root, folder)
            os.makedirs(where, exist_ok=True)
            for name, data in images:
                with open(os.path.join(where, name + b".png"), "wb") as f:
                    f.write(data)
        _check(lambda: import_image_folder(tmp), Path(tmp), Path(tmp))
        _check(lambda: load_any(tmp), Path(tmp), Path(tmp))


@settings(FUZZ, max_examples=100)
@given(data=image_bytes(), suffix=st.sampled_from([".png", ".PNG", ".gif", ".jpg", ".tif"]))
def test_fuzz_one_image_file(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "tomato").mkdir()
        path = Path(tmp) / "tomato" / f"1{suffix}"
        path.write_bytes(data)
        _check(lambda: import_image_folder(tmp, shape=(3, 4)), Path(tmp), path)


# -- pipes, devices and other files that are not files -------------------------------------
def _special(kind: str, folder: Path) -> Path:
    path = folder / f"special-{kind}.csv"
    if kind == "pipe":
        os.mkfifo(path)
    elif kind == "socket":
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(os.fspath(path))
        sock.close()
    elif kind == "loop":
        path.symlink_to(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "device link":
        path.symlink_to("/dev/zero")
    return path


@pytest.mark.skipif(os.name != "posix" or not Path("/dev/zero").exists(), reason="POSIX files")
@pytest.mark.parametrize("kind", ["pipe", "socket", "loop", "folder", "device link"])
@pytest.mark.parametrize("reader", [load_model, load_dataset, import_csv])
def test_what_is_not_a_regular_file_is_refused_unread(tmp_path: Path, kind: str, reader) -> None:
    if kind == "socket" and len(os.fsencode(tmp_path)) > 90:
        pytest.skip("the folder's name is too long for a socket")
    path = _special(kind, tmp_path)
    assert _check(lambda: reader(path), tmp_path, path) is None  # refused, cleanly


@pytest.mark.skipif(os.name != "posix" or not Path("/dev/zero").exists(), reason="POSIX files")
def test_an_image_named_like_a_png_that_is_a_device_or_a_pipe_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "tomato").mkdir()
    (tmp_path / "tomato" / "zero.png").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "tomato" / "pipe.png")
    Image.new("L", (6, 6)).save(tmp_path / "tomato" / "real.png")
    ds = _check(lambda: import_image_folder(tmp_path), tmp_path, tmp_path)
    assert len(ds) == 1
