"""Does live drawing slow training down, and does the window stay responsive?

``python benchmarks/training_gui.py`` prints the figures; :func:`measure` returns them;
:func:`run` gives them to ``python -m benchmarks``.

1. **Headless**: online training of the 36-36-2 net on 10,000 random 6×6 samples with
   :func:`fruitnet_gui.model.training.train`, in this thread, nothing else running.
2. **In the window**: the same run started through ``session.start_training`` (the
   worker thread), with a :class:`TrainingPlot`, a :class:`HiddenWeightsView` and a
   canvas-like view shown (offscreen unless a display is configured), each redrawing
   from the runner's paced snapshots. The canvas stand-in redraws the 1406 edges of the
   net, coloured by sign and bucketed by width, from every snapshot, as the network
   canvas draws its edges; it stands in because the canvas itself does not (yet) follow
   training snapshots.

Figures: samples per second of both and their ratio (target ≥ 80 %), and the lateness of a
10 ms ``QTimer`` while training runs (target: worst < 50 ms), next to the same timer's
lateness with nothing running. Both runs include the per-epoch evaluation ``train`` does.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
from PySide6.QtCore import QEvent, QEventLoop, QLineF, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QWidget

from fruitnet_gui.model.dataset import Dataset
from fruitnet_gui.model.network import Network, fruit_network
from fruitnet_gui.model.training import Progress, TrainingConfig, train
from fruitnet_gui.ui.hidden_weights_view import HiddenWeightsView
from fruitnet_gui.ui.session import Session
from fruitnet_gui.ui.training_plot import TrainingPlot

__all__ = ["measure", "run"]

RATIO_TARGET = 0.80
LATENCY_TARGET_MS = 50.0
TICK_MS = 10


class CanvasLike(QWidget):
    """Redraws every edge of the network from each training snapshot (1406 for 36-36-2).

    As the network canvas does it: the lines are laid out once per size; per frame the
    edges are sorted into sign × width buckets with NumPy and drawn with one
    ``drawLines`` call per bucket.
    """

    WIDTHS = 4

    def __init__(self, session: Session) -> None:
        super().__init__()
        self._network: Network = session.network
        self._lines: list[QLineF] = []
        self._laid_out_for = (0, 0)
        session.trainer.progressed.connect(self._on_progressed)

    def _on_progressed(self, progress: Progress) -> None:
        self._network = progress.network
        self.update()

    def _layout(self) -> None:
        layers = self._network.layers
        w, h = self.width(), self.height()
        xs = [w * (l + 1) / (len(layers) + 1) for l in range(len(layers))]
        ys = [[h * (j + 1) / (n + 2) for j in range(n + 1)] for n in layers]  # + bias node
        self._lines = [
            QLineF(xs[l], ys[l][i], xs[l + 1], ys[l + 1][j])
            for l in range(len(layers) - 1)
            for i in range(layers[l] + 1)
            for j in range(layers[l + 1])
        ]
        self._laid_out_for = (w, h)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._laid_out_for != (self.width(), self.height()):
            self._layout()
        net = self._network
        flat = np.concatenate(
            [np.vstack([w, b[None, :]]).ravel() for w, b in zip(net.weights, net.biases)]
        )
        width = np.minimum(np.abs(flat) * 2, self.WIDTHS - 1).astype(np.intp)
        bucket = (flat >= 0) * self.WIDTHS + width
        order = np.argsort(bucket, kind="stable")
        bounds = np.searchsorted(bucket[order], np.arange(2 * self.WIDTHS + 1))
        lines = self._lines
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        for b in range(2 * self.WIDTHS):
            members = order[bounds[b] : bounds[b + 1]]
            if len(members):
                positive, w = divmod(b, self.WIDTHS)
                p.setPen(QPen(QColor("#0072B2" if positive else "#D55E00"), w + 1))
                p.drawLines([lines[k] for k in members])
        p.end()


class _PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _random_data(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return rng.uniform(0.0, 1.0, size=(n, 36)), rng.integers(0, 2, size=n)


def _lateness_ms(ticks: list[float]) -> np.ndarray:
    gaps = np.diff(np.asarray(ticks)) * 1000.0
    return np.maximum(gaps - TICK_MS, 0.0)


def _idle_ticks(app: QApplication, seconds: float) -> list[float]:
    ticks: list[float] = []
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    timer.start()
    loop.exec()
    timer.stop()
    return ticks


def measure(samples: int = 10_000, epochs: int = 3, seed: int = 0) -> dict[str, float]:
    """Throughput headless and in the window, their ratio, and the GUI's timer lateness."""
    app = QApplication.instance() or QApplication([])
    xs, labels = _random_data(samples, seed)
    ts = np.eye(2)[labels]
    config = TrainingConfig(epochs=epochs, mode="online", seed=seed)
    total = samples * epochs

    for _ in train(fruit_network(seed), xs[:1000], ts[:1000], TrainingConfig(epochs=1)):
        pass  # warm up NumPy and the kernel
    t0 = time.perf_counter()
    for _ in train(fruit_network(seed), xs, ts, config):
        pass
    headless = total / (time.perf_counter() - t0)

    session = Session(fruit_network(seed))
    session.set_dataset(Dataset(xs.reshape(-1, 6, 6), labels))
    views: list[QWidget] = [TrainingPlot(session), HiddenWeightsView(session), CanvasLike(session)]
    counters = []
    for view, size in zip(views, ((560, 420), (460, 520), (900, 640))):
        view.resize(*size)
        view.show()
        counter = _PaintCounter()
        view.installEventFilter(counter)
        counters.append(counter)
    app.processEvents()
    idle = _lateness_ms(_idle_ticks(app, 0.5))

    snapshots = 0

    def count(_progress: Progress) -> None:
        nonlocal snapshots
        snapshots += 1

    session.trainer.progressed.connect(count)
    ticks: list[float] = []
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    session.trainer.finished.connect(loop.quit)
    session.trainer.failed.connect(loop.quit)
    painted_before = [c.count for c in counters]
    timer.start()
    t0 = time.perf_counter()
    if not session.start_training(config):
        raise RuntimeError("training did not start")
    loop.exec()
    gui_seconds = time.perf_counter() - t0
    timer.stop()
    gui = total / gui_seconds
    late = _lateness_ms(ticks)
    paints = [c.count - b for c, b in zip(counters, painted_before)]
    for view in views:
        view.close()
        view.deleteLater()
    app.processEvents()
    return {
        "samples": float(total),
        "headless_samples_per_s": headless,
        "gui_samples_per_s": gui,
        "ratio": gui / headless,
        "timer_max_late_ms": float(late.max()) if late.size else float("nan"),
        "timer_p99_late_ms": float(np.percentile(late, 99)) if late.size else float("nan"),
        "timer_median_late_ms": float(statistics.median(late)) if late.size else float("nan"),
        "idle_timer_max_late_ms": float(idle.max()) if idle.size else float("nan"),
        "timer_ticks": float(len(ticks)),
        "snapshots_shown": float(snapshots),
        "plot_paints": float(paints[0]),
        "weights_view_paints": float(paints[1]),
        "canvas_like_paints": float(paints[2]),
        "gui_seconds": gui_seconds,
    }


def run(quick: bool) -> list:
    """The figures as :class:`benchmarks.common.Result` rows for ``python -m benchmarks``."""
    from benchmarks.common import Result

    m = measure(samples=2_000 if quick else 10_000, epochs=3)
    note = f"{m['snapshots_shown']:.0f} snapshots drawn"
    return [
        Result("training_gui", "online, headless", m["headless_samples_per_s"], "samples/s"),
        Result("training_gui", "online, in the window with live views",
               m["gui_samples_per_s"], "samples/s", note=note),  # fmt: skip
        Result("training_gui", "window / headless", 100 * m["ratio"], "%",
               f"≥ {100 * RATIO_TARGET:.0f}", m["ratio"] >= RATIO_TARGET),  # fmt: skip
        Result("training_gui", "10 ms timer, worst lateness while training",
               m["timer_max_late_ms"], "ms", f"< {LATENCY_TARGET_MS:g}",
               m["timer_max_late_ms"] < LATENCY_TARGET_MS,
               note=f"idle: {m['idle_timer_max_late_ms']:.1f} ms"),  # fmt: skip
    ]


def main() -> int:
    m = measure()
    print(f"Online training, 36-36-2, {m['samples']:,.0f} samples (3 epochs of 10,000 random)")
    print(f"  headless (train() in this thread)   {m['headless_samples_per_s']:>10,.0f} samples/s")
    print(f"  in the window, live views           {m['gui_samples_per_s']:>10,.0f} samples/s")
    ok = m["ratio"] >= RATIO_TARGET
    print(f"  ratio                               {100 * m['ratio']:>10.1f} %"
          f"   (target ≥ {100 * RATIO_TARGET:.0f} %: {'met' if ok else 'NOT met'})")  # fmt: skip
    print(f"  snapshots drawn: {m['snapshots_shown']:.0f}; paints: plot {m['plot_paints']:.0f}, "
          f"hidden weights {m['weights_view_paints']:.0f}, canvas-like {m['canvas_like_paints']:.0f}")  # fmt: skip
    late_ok = m["timer_max_late_ms"] < LATENCY_TARGET_MS
    print(f"GUI responsiveness: a {TICK_MS} ms QTimer, lateness while training")
    print(f"  worst {m['timer_max_late_ms']:.1f} ms, 99th percentile "
          f"{m['timer_p99_late_ms']:.1f} ms, median {m['timer_median_late_ms']:.2f} ms "
          f"({m['timer_ticks']:.0f} ticks; target worst < {LATENCY_TARGET_MS:g} ms: "
          f"{'met' if late_ok else 'NOT met'})")  # fmt: skip
    print(f"  with nothing running: worst {m['idle_timer_max_late_ms']:.1f} ms")
    return 0 if ok and late_ok else 1


if __name__ == "__main__":
    sys.exit(main())
