"""The command line on bad files and extreme numbers: exit status 2 and one line, never a
traceback; and ``fruitnet train`` reads what the window imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from fruitnet_gui.commands import run
from fruitnet_gui.files.dataset_io import export_csv, export_image_folder, save_dataset
from fruitnet_gui.files.model_io import model_to_dict
from fruitnet_gui.model.data.dataset import Dataset
from fruitnet_gui.model.data.fruits import generate
from fruitnet_gui.model.net.limits import MAX_MESSAGE
from fruitnet_gui.model.net.network import paper_network


def _refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """Run ``fruitnet argv``; it must exit 2 with one short line on stderr."""
    try:
        code = run(argv)
    except SystemExit as exc:  # argparse's own errors
        code = exc.code
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert len(lines[0]) < MAX_MESSAGE, err  # "fruitnet train: " and the message
    return lines[0]


def _model_file(tmp_path: Path, edit) -> Path:
    data = model_to_dict(paper_network())
    text = edit(data)
    path = tmp_path / "m.json"
    path.write_text(text if isinstance(text, str) else json.dumps(data))
    return path


def test_trace_refuses_a_model_with_a_huge_integer(tmp_path: Path, capsys) -> None:
    path = _model_file(tmp_path, lambda d: json.dumps(d).replace("0.12", "1" * 5000))
    assert "too large a number" in _refused(["trace", "--model", str(path)], capsys)


@pytest.mark.parametrize("fmt", ["markdown", "json"])
def test_trace_refuses_weights_of_1e308(tmp_path: Path, capsys, fmt: str) -> None:
    def edit(d):
        d["weights"][0][0][0] = 1e308

    path = _model_file(tmp_path, edit)
    line = _refused(["trace", "--model", str(path), "--format", fmt], capsys)
    assert "weights[0][0][0] is 1e+308" in line


@pytest.mark.parametrize(
    ("argv", "phrase"),
    [
        (["trace", "--target", "1e308", "0"], "targets must lie between"),
        (["trace", "--input", "-inf", "0"], "inputs must be finite"),
        (["trace", "--input", "1e7", "0"], "inputs must lie between"),
        (["train", "--lr", "-inf"], "positive finite number, got -inf"),
        (["train", "--lr", "1e-300"], "too small to change any weight"),
        (["train", "--lr", "-1e-3"], "positive finite number"),
    ],
)
def test_extreme_numbers_on_the_command_line_are_refused(argv, phrase, capsys) -> None:
    assert phrase in _refused(argv, capsys)


def test_negative_numbers_in_exponent_form_are_numbers(capsys) -> None:
    assert run(["trace", "--input", "-1e5", "-.5", "--target", "1E-3", "1"]) == 0
    assert "x1 = -100000" in capsys.readouterr().out


def test_train_refuses_a_dataset_whose_class_is_a_lone_surrogate(tmp_path: Path, capsys) -> None:
    path = tmp_path / "d.json"
    data = {
        "format": "fruitnet-dataset",
        "version": 1,
        "shape": [6, 6],
        "classes": ["\ud800", "b"],
        "samples": [{"label": "b", "pixels": [[0] * 6] * 6}],
    }
    path.write_text(json.dumps(data))
    assert "class name" in _refused(["train", "--dataset", str(path)], capsys)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_train_refuses_a_pipe_and_a_device(tmp_path: Path, capsys) -> None:
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    assert "not a regular file" in _refused(["train", "--dataset", str(pipe)], capsys)
    if Path("/dev/zero").exists():
        line = _refused(["train", "--dataset", "/dev/zero"], capsys)
        assert "not a regular file" in line


def test_train_refuses_images_of_100_by_100_before_building_a_network(
    tmp_path: Path, capsys
) -> None:
    path = tmp_path / "big.json"
    data = {
        "format": "fruitnet-dataset",
        "version": 1,
        "shape": [100, 100],
        "classes": ["a", "b"],
        "samples": [{"label": "a", "pixels": [[0.5] * 100] * 100}] * 4,
    }
    path.write_text(json.dumps(data))
    assert "at most 4096 pixels" in _refused(["train", "--dataset", str(path)], capsys)


def test_train_on_64_by_64_images_builds_a_bounded_network(tmp_path: Path, capsys) -> None:
    images = np.random.default_rng(0).random((4, 64, 64)).round(4)
    path = tmp_path / "d.json"
    save_dataset(Dataset(images, ["a", "b", "a", "b"], classes=("a", "b")), path)
    argv = ["train", "--dataset", str(path), "--epochs", "1", "--format", "json"]
    assert run(argv) == 0
    assert json.loads(capsys.readouterr().out)["settings"]["layers"] == [4096, 256, 2]


def test_train_reads_a_csv_and_an_image_folder_as_the_window_does(tmp_path: Path, capsys) -> None:
    ds = generate(4, seed=5)
    export_csv(ds, tmp_path / "train.csv")
    export_image_folder(ds, tmp_path / "test-images")
    argv = [
        "train",
        "--dataset",
        str(tmp_path / "train.csv"),
        "--test",
        str(tmp_path / "test-images"),
    ]
    assert run([*argv, "--epochs", "1", "--format", "json"]) == 0
    settings = json.loads(capsys.readouterr().out)["settings"]
    assert settings["train_images"] == 8 and settings["test_images"] == 8
    assert settings["layers"] == [36, 36, 2]


def test_train_on_an_image_folder_says_images_were_scaled(tmp_path: Path, capsys) -> None:
    for name in ("red apple", "tomato"):
        (tmp_path / name).mkdir()
        Image.new("L", (60, 60), 200).save(tmp_path / name / "1.png")
    assert run(["train", "--dataset", str(tmp_path), "--epochs", "1"]) == 0
    err = capsys.readouterr().err
    assert "2 of 2 images were scaled down to the 6×6 grid" in err


def test_train_gives_an_image_folders_error_as_the_window_does(tmp_path: Path, capsys) -> None:
    (tmp_path / "tomato").mkdir()
    (tmp_path / "tomato" / "1.png").write_bytes(b"\x89PNG\r\n\x1a\n broken")
    assert "cannot be read as an image" in _refused(["train", "--dataset", str(tmp_path)], capsys)


def test_train_with_a_model_reads_a_csv_in_the_models_shape(tmp_path: Path, capsys) -> None:
    from fruitnet_gui.files.model_io import save_model

    save_model(paper_network(), tmp_path / "m.json")
    (tmp_path / "d.csv").write_text("tomato,0.15,0.35\nred apple,0.5,0.1\n")
    argv = ["train", "--dataset", str(tmp_path / "d.csv"), "--model", str(tmp_path / "m.json")]
    assert run([*argv, "--epochs", "1"]) == 0
    assert "Training 2-2-2 on 2 images" in capsys.readouterr().out


_MAIN = b"import sys; from fruitnet_gui.cli import main; sys.exit(main())"


@pytest.mark.skipif(os.name != "posix", reason="file names that are not UTF-8 are POSIX")
@pytest.mark.parametrize("command", ["trace", "train"])
def test_a_file_name_that_is_not_utf8_prints_on_a_strict_terminal(tmp_path: Path, command) -> None:
    name = os.fsencode(tmp_path) + b"/model-\xff.json"
    if command == "trace":
        from fruitnet_gui.files.model_io import save_model

        save_model(paper_network(), os.fsdecode(name))
        argv = [b"trace", b"--model", name]
    else:
        argv = [b"train", b"--epochs", b"1", b"--save-model", name]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict", "PYTHONUTF8": "0"}
    done = subprocess.run(
        [os.fsencode(sys.executable), b"-c", _MAIN, *argv],
        capture_output=True,
        env=env,
        timeout=600,  # a ceiling, far above what it takes
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in done.stderr
    assert b"model-\\xff.json" in done.stdout


def test_a_message_that_lists_many_classes_is_cut_to_one_short_line(tmp_path: Path, capsys) -> None:
    from fruitnet_gui.files.model_io import save_model

    classes = [f"a rather long class name number {k}" for k in range(60)]
    save_dataset(Dataset(np.zeros((1, 1, 2)), [classes[0]], classes=classes), tmp_path / "d.json")
    save_model(paper_network(), tmp_path / "m.json")
    argv = ["train", "--dataset", str(tmp_path / "d.json"), "--model", str(tmp_path / "m.json")]
    line = _refused(argv, capsys)
    assert line.startswith("fruitnet train: ") and "…" in line and "d.json" in line
