"""Soak test: a long run from the window keeps its speed and its memory flat.

Issue #11 measured a fruit-net run of 100,000 epochs from the window: in 15 minutes the
training process grew by 2.4 GB and the window by 155 MB, and training slowed about 8×,
while ``fruitnet train`` held its speed. This opens the real window (offscreen), trains
the fruit net on the shipped data from the training panel, and samples every
``--every`` seconds the epochs trained and the resident memory of both processes. At the
end it measures headless training (``train()`` in a fresh process, as ``fruitnet
train`` runs it) for comparison and reports:

- the window's epochs per second over the last tenth of the run, against headless;
- each process's memory growth from the first tenth of the run to the end.

``python tools/soak_training.py`` runs 1,000,000 epochs (the most a run may have; at
this machine's ~600-850 epochs a second headless, 20-30 minutes). ``--epochs``, and
``--runs K`` for K runs one after the other (the panel allows 100,000 epochs a run:
an hour of training from the window is some 25 of them). Exit
status 0 when memory grew less than ``--max-growth-mb`` in both processes and the speed
is within ``--max-slowdown`` of headless. Linux (reads ``/proc``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

HEADLESS = r"""
import json, sys, time
from fruitnet_gui.files.dataset_io import load_dataset
from fruitnet_gui.model.net.network import fruit_network
from fruitnet_gui.model.training import TrainingConfig, train
from fruitnet_gui.train_command import SHIPPED_DATASET
data = load_dataset(SHIPPED_DATASET / "train.json")
test = load_dataset(SHIPPED_DATASET / "test.json")
epochs = int(sys.argv[1])
marks = []
for p in train(fruit_network(0), data.inputs(), data.targets(), TrainingConfig(epochs=epochs),
               test.inputs(), test.targets()):
    if p.samples_done == 0:
        marks.append((time.monotonic(), p.epoch))
(t0, e0), (t1, e1) = marks[len(marks) // 2], marks[-1]
print(json.dumps({"epochs_per_s": (e1 - e0) / (t1 - t0)}))
"""


def rss_mb(pid: int) -> float:
    """Resident memory of process ``pid`` in MB (0 if it cannot be read)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def headless_rate(epochs: int) -> float:
    out = subprocess.run([sys.executable, "-c", HEADLESS, str(epochs)], capture_output=True,
                         text=True, check=True, cwd=ROOT)  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])["epochs_per_s"]


def soak(epochs: int, every: float = 5.0, runs: int = 1, log=print) -> dict:
    """Train ``runs`` runs of ``epochs`` from the window, one after the other (Train
    pressed again when one ends, as a student would); the summary."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from fruitnet_gui.ui.app import _return_large_blocks
    from fruitnet_gui.ui.main_window import MainWindow
    from fruitnet_gui.ui.session import Session

    _return_large_blocks()  # as fruitnet-gui does

    app = QApplication.instance() or QApplication([])
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "soak.ini"), QSettings.Format.IniFormat)
    session = Session()
    window = MainWindow(session, settings)
    window.show()
    window.fruit_action.trigger()
    assert window.dataset_browser.load_fruit_dataset()
    window.training_dock.raise_()
    window.curves_dock.raise_()
    window.training_panel.epochs_spin.setMaximum(max(epochs, 100_000))
    window.training_panel.epochs_spin.setValue(epochs)
    samples: list[dict] = []
    t0 = time.monotonic()
    done_before = [0]  # epochs of the runs that ended

    def sample() -> None:
        latest = session.trainer.latest
        server = session.trainer._server
        samples.append({
            "s": round(time.monotonic() - t0, 2),
            "epoch": done_before[0] + (0 if latest is None else latest.epoch),
            "window_mb": round(rss_mb(os.getpid()), 1),
            "training_mb": round(rss_mb(server.process.pid), 1) if server else 0.0,
        })  # fmt: skip
        log(json.dumps(samples[-1]))

    def ended(last) -> None:
        sample()
        done_before[0] += last.epoch
        if done_before[0] >= runs * epochs:
            app.quit()
        else:
            QTimer.singleShot(0, window.training_panel.train)

    timer = QTimer()
    timer.timeout.connect(sample)
    session.trainer.finished.connect(ended)
    window.training_panel.train()
    timer.start(int(every * 1000))
    app.exec()
    timer.stop()
    window.session.state.mark_saved()  # a script: nobody to ask Save / Discard
    window.close()
    app.processEvents()
    return summarize(samples, runs * epochs)


def summarize(samples: list[dict], epochs: int) -> dict:
    done = [s for s in samples if s["epoch"] > 0]
    first = next(s for s in done if s["epoch"] >= epochs / 10)
    tail = [s for s in done if s["epoch"] >= 0.9 * done[-1]["epoch"]]
    a, b = (tail[0], tail[-1]) if len(tail) > 1 else (done[-2], done[-1])
    rate = (b["epoch"] - a["epoch"]) / max(b["s"] - a["s"], 1e-9)
    # the training process's last sample may come after it went idle: the largest of the last
    training_end = max(s["training_mb"] for s in done[-3:])
    return {
        "epochs": done[-1]["epoch"],
        "seconds": done[-1]["s"],
        "window_epochs_per_s_at_end": round(rate, 1),
        "window_growth_mb": round(done[-1]["window_mb"] - first["window_mb"], 1),
        "training_growth_mb": round(training_end - first["training_mb"], 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--epochs", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=1, help="runs one after the other")
    parser.add_argument("--every", type=float, default=5.0, help="seconds between samples")
    parser.add_argument("--headless-epochs", type=int, default=20_000)
    parser.add_argument("--max-growth-mb", type=float, default=50.0)
    parser.add_argument("--max-slowdown", type=float, default=0.20)
    args = parser.parse_args(argv)
    result = soak(args.epochs, args.every, args.runs)
    result["headless_epochs_per_s"] = round(headless_rate(args.headless_epochs), 1)
    result["speed_vs_headless"] = round(
        result["window_epochs_per_s_at_end"] / result["headless_epochs_per_s"], 3
    )
    ok = (
        result["window_growth_mb"] < args.max_growth_mb
        and result["training_growth_mb"] < args.max_growth_mb
        and result["speed_vs_headless"] >= 1 - args.max_slowdown
    )
    result["ok"] = ok
    print(json.dumps(result, indent=1))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
