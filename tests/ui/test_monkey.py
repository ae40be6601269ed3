"""A monkey test of the window: a fixed number of random actions, as a restless student
would do them (steps, back, presets, painting, weight edits, train and stop, opening bad
files), that fails on any uncaught exception or Qt warning.

pytest-qt fails the test on an exception raised in a slot or an event handler, and the
project's settings turn every Qt warning (``qt_log_level_fail``) and Python warning into
a failure. The actions are drawn from a seeded generator, so a failure replays exactly;
waits for the training process have a 60 s ceiling and never assume how fast it starts.
"""

from __future__ import annotations

import io
import json
import os
import random
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from fruitnet_gui.files.dataset_io import export_image_folder
from fruitnet_gui.files.model_io import model_to_dict
from fruitnet_gui.model.data.fruits import generate
from fruitnet_gui.model.net.network import paper_network
from fruitnet_gui.ui.main_window import MainWindow
from fruitnet_gui.ui.session import Session
from tests.ui.test_main_window import open_window, settings  # noqa: F401  (fixture)

#: How many random actions one run does.
ACTIONS = 70
#: A ceiling for the training process, never an expectation of its speed.
TRAINING_CEILING_MS = 60_000
KEYS = [Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_N]


def _bad_files(folder: Path) -> dict[str, list[Path]]:
    """Bad model files and bad dataset files of every kind the issue names."""
    model = model_to_dict(paper_network())
    text = json.dumps(model)
    models = {
        "huge-int.json": text.replace("0.12", "9" * 5000),
        "1e308.json": text.replace("0.12", "1e308"),
        "broken.json": text[: len(text) // 2],
        "surrogate.json": text.replace('"tomato"', '"\\ud800"'),
        "key\nnewline.json": text.replace('"layers"', '"x": 1, "layers"'),
        "tiny-lr.json": text.replace('"learning_rate": 0.5', '"learning_rate": 1e-300'),
    }
    out: dict[str, list[Path]] = {"model": [], "dataset": [], "csv": [], "folder": []}
    for name, content in models.items():
        (folder / name).write_text(content)
        out["model"].append(folder / name)
    (folder / "surrogate-classes.json").write_text(
        json.dumps(
            {"format": "fruitnet-dataset", "version": 1, "shape": [6, 6],
             "classes": ["\ud800", "tomato"], "samples": []}
        )
    )  # fmt: skip
    (folder / "huge.json").write_text(
        '{"format": "fruitnet-dataset", "version": 1, "shape": [6, ' + "6" * 5000 + "]}"
    )
    out["dataset"] += [folder / "surrogate-classes.json", folder / "huge.json"]
    (folder / "bad.csv").write_text("tomato," + ",".join(["0.5"] * 35) + ",nan\n")
    (folder / "labels.csv").write_text("²," + ",".join(["0.5"] * 36) + "\n")
    out["csv"] += [folder / "bad.csv", folder / "labels.csv"]
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.csv")
        out["csv"].append(folder / "pipe.csv")
        out["model"].append(folder / "pipe.csv")
    if Path("/dev/zero").exists():
        out["csv"].append(Path("/dev/zero"))
        out["dataset"].append(Path("/dev/zero"))
    broken = folder / "broken-png" / "tomato"
    broken.mkdir(parents=True)
    buf = io.BytesIO()
    Image.new("L", (6, 6)).save(buf, "PNG")
    png = buf.getvalue()
    iccp = b"iCCP" + b"name\0"
    chunk = struct.pack(">I", 5) + iccp + struct.pack(">I", zlib.crc32(iccp))
    end = png.rfind(b"IEND") - 4
    (broken / "1.png").write_bytes(png[:end] + chunk + png[end:])
    odd = folder / "odd-names"
    (odd / "²").mkdir(parents=True)
    Image.new("L", (60, 40)).save(odd / "²" / "².png")
    export_image_folder(generate(2, seed=1), folder / "good-images")
    out["folder"] += [folder / "broken-png", odd, folder / "good-images", folder / "missing"]
    return out


class Monkey:
    """Random actions on one window; each keeps to what a person could do."""

    def __init__(self, qtbot, window: MainWindow, files: dict[str, list[Path]], seed: int):
        self.qtbot = qtbot
        self.window = window
        self.session = window.session
        self.files = files
        self.rng = random.Random(seed)
        self.trainings = 0
        self.log: list[str] = []

    @property
    def training(self) -> bool:
        return self.session.trainer.state != "idle"

    def step_keys(self) -> None:
        for _ in range(self.rng.randint(1, 6)):
            key = self.rng.choice(KEYS)
            self.log.append(f"key {key.name}")
            self.qtbot.keyClick(self.window, key)

    def answer_if_asked(self) -> None:
        """If the next action asks about unsaved work, answer Cancel or Discard."""
        button = self.rng.choice([QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Discard])  # fmt: skip

        def click() -> None:
            box = self.window.unsaved.box
            if box is not None and box.isVisible():
                self.log.append(f"answer {button.name}")
                self.qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

        QTimer.singleShot(0, click)

    def preset(self) -> None:
        if self.training:  # the menu is there, but the test waits for a stop first
            self.stop()
        action = self.rng.choice([self.window.paper_action, self.window.fruit_action])
        self.log.append(f"preset {action.text()}")
        action.trigger()

    def paint(self) -> None:
        editor = self.window.editor
        n = self.session.network.n_inputs
        cells = self.rng.sample(range(n), self.rng.randint(1, min(n, 5)))
        self.log.append(f"paint {cells}")
        for index in cells:
            self.qtbot.mouseClick(
                editor.grid, Qt.MouseButton.LeftButton, pos=editor.cell_center(index)
            )

    def edit_weight(self) -> None:
        if self.training:
            return
        naming = self.session.iteration.naming
        layers = self.session.network.layers
        layer = self.rng.randrange(len(layers) - 1)
        j = self.rng.randrange(layers[layer + 1])
        if self.rng.random() < 0.3:
            name = naming.bias(layer, j)
        else:
            name = naming.weight(layer, self.rng.randrange(layers[layer]), j)
        text = self.rng.choice(["0.25", "-3", "1e308", "nan", "1e6", "abc", "-1e7", ""])
        self.log.append(f"weight {name} = {text!r}")
        canvas = self.window.canvas
        canvas.edit_weight(name)
        line = canvas.weight_editor.line_edit
        line.clear()
        self.qtbot.keyClicks(line, text)
        self.qtbot.keyClick(line, Qt.Key.Key_Return)
        canvas.cancel_edit()

    def open_bad_model(self) -> None:
        path = self.rng.choice(self.files["model"])
        before = (self.session.network, self.session.position)
        self.log.append(f"open model {path.name!r}")
        if self.training:
            self.stop()
            before = (self.session.network, self.session.position)
        assert not self.window.open_model(str(path))
        assert (self.session.network, self.session.position) == before
        message = self.window.message_box.text()
        assert "\n" not in message and len(message) < 300
        self.window.message_box.close()

    def open_data(self) -> None:
        browser = self.window.dataset_browser
        kind = self.rng.choice(["dataset", "csv", "folder"])
        path = self.rng.choice(self.files[kind])
        self.log.append(f"open {kind} {path.name!r}")
        before = (self.session.dataset, self.session.test_set, self.session.network)
        method = {
            "dataset": browser.open_file,
            "csv": browser.import_csv,
            "folder": browser.import_image_folder,
        }[kind]
        if method(path):
            return  # a good folder: a new training set, nothing else
        assert (self.session.dataset, self.session.test_set, self.session.network) == before
        assert "\n" not in browser.message and len(browser.message) < 302

    def train(self) -> None:
        if self.training or self.trainings >= 2:
            return
        self.trainings += 1
        panel = self.window.training_panel
        if self.rng.random() < 0.5:
            self.window.fruit_action.trigger()
            assert self.window.dataset_browser.load_fruit_dataset()
        panel.epochs_spin.setValue(self.rng.choice([1, 3, 100_000]))
        self.log.append(f"train {panel.epochs_spin.value()} epochs")
        self.qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)

    def stop(self) -> None:
        if not self.training:
            return
        self.log.append("stop")
        self.window.training_panel.stop()
        self.qtbot.waitUntil(lambda: not self.training, timeout=TRAINING_CEILING_MS)

    def run(self, n: int) -> None:
        actions = [
            (self.step_keys, 5), (self.preset, 2), (self.paint, 3), (self.edit_weight, 3),
            (self.open_bad_model, 2), (self.open_data, 3), (self.train, 1), (self.stop, 1),
        ]  # fmt: skip
        do = [a for a, _w in actions]
        weights = [w for _a, w in actions]
        for _ in range(n):
            self.answer_if_asked()
            self.rng.choices(do, weights)[0]()
            QApplication.processEvents()
        self.stop()


@pytest.mark.parametrize("seed", [1, 2])
def test_random_actions_raise_nothing_and_warn_nothing(
    qtbot,
    settings,  # noqa: F811
    tmp_path: Path,
    seed: int,
) -> None:
    session = Session()
    window = open_window(qtbot, session, settings)
    monkey = Monkey(qtbot, window, _bad_files(tmp_path), seed)
    try:
        monkey.run(ACTIONS)
    except BaseException:
        print("\n".join(monkey.log[-20:]))  # the actions that led there
        raise
    finally:
        if monkey.training:
            session.trainer.stop()
            qtbot.waitUntil(lambda: session.trainer.state == "idle", timeout=TRAINING_CEILING_MS)
    assert not window.grab().isNull()
    monkey.answer_if_asked()  # unsaved work left by the actions: Cancel or Discard
    window.close()
    session.state.mark_saved()  # and if it was Cancel, the window goes at the test's end
    session.trainer.shutdown()
