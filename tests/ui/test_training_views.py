"""The views that watch training: the per-epoch plot, the hidden weights, the confusion matrix."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage

from fruitnet_gui.model.training import TrainingConfig
from fruitnet_gui.ui.training.confusion import ConfusionView
from fruitnet_gui.ui.training.hidden_weights import HiddenWeightsView, colour_lut, nice_scale
from fruitnet_gui.ui.training.plot import TrainingPlot

#: A ceiling, never a wait: every wait is for the event itself.
WAIT = 60_000


def show(qtbot, widget, w: int = 480, h: int = 440):
    qtbot.addWidget(widget)
    widget.resize(w, h)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def train_to_the_end(qtbot, session, epochs: int, timeout: int = WAIT):
    with qtbot.waitSignal(session.trainer.finished, timeout=timeout) as blocker:
        assert session.start_training(TrainingConfig(epochs=epochs))
    return blocker.args[0]


def stop(qtbot, session) -> None:
    with qtbot.waitSignal(session.trainer.finished, timeout=WAIT):
        session.trainer.stop()


def differs(a: QImage, b: QImage) -> int:
    """How many pixels of two same-size images differ."""
    assert a.size() == b.size()
    h, w = a.height(), a.width()
    return sum(a.pixel(x, y) != b.pixel(x, y) for y in range(0, h, 2) for x in range(0, w, 2))


# -- the training plot -----------------------------------------------------------------
def test_plot_axes_and_legend(qtbot, session):
    plot = show(qtbot, TrainingPlot(session))
    assert plot.error_plot.getAxis("bottom").labelText == ""  # shared with the plot below
    assert plot.accuracy_plot.getAxis("bottom").labelText == "epoch"
    plot.resize(500, 600)
    qtbot.waitUntil(lambda: plot.graphics.height() > 500)
    assert "mean E_total" in plot.error_plot.getAxis("left").labelText
    assert plot.accuracy_plot.getAxis("left").labelText == "accuracy (%)"
    # one legend for both plots, drawn alike, in a line of its own: inside a plot it
    # covered the curves of a small dock
    assert plot.legend_names == ["training set", "test set"]
    assert plot.error_plot.legend is None and plot.accuracy_plot.legend is None
    legend = plot.legend_label
    assert legend.isVisible() and legend.geometry().bottom() <= plot.graphics.geometry().top()
    assert "training set" in legend.text() and "test set" in legend.text()
    # in a short dock the rotated axis titles would be longer than their plots
    plot.resize(500, 260)
    qtbot.waitUntil(lambda: plot.graphics.height() < 260)
    assert plot.error_plot.getAxis("left").labelText == "error"
    assert plot.accuracy_plot.getAxis("left").labelText == "accuracy %"
    assert n_points(plot) == 0 and "Train to see" in plot.title_text


def n_points(plot: TrainingPlot, key: str = "train_error") -> int:
    return len(plot.points(key)[0])


def test_plot_grows_during_training_and_clears_for_a_new_run(qtbot, fruit):
    session = fruit
    plot = show(qtbot, TrainingPlot(session))
    curve = plot.curves["train_error"]
    last = train_to_the_end(qtbot, session, epochs=4)
    assert n_points(plot) == n_points(plot, "test_error") == 4
    x, acc = plot.points("test_accuracy")
    assert list(x) == [1, 2, 3, 4]
    assert acc[-1] == pytest.approx(100 * last.history[-1].test_accuracy)
    assert "Epoch 4 of 4" in plot.title_text
    assert plot.curves["train_error"] is curve  # updated in place, never re-created
    # a new run starts from an empty plot
    assert session.start_training(TrainingConfig(epochs=600))
    assert n_points(plot) == 0 and "Training" in plot.title_text
    qtbot.waitUntil(lambda: n_points(plot) >= 2, timeout=WAIT)
    stop(qtbot, session)


def test_accuracy_is_in_percent_and_another_network_clears_the_plot(qtbot, fruit):
    session = fruit
    plot = show(qtbot, TrainingPlot(session))
    train_to_the_end(qtbot, session, epochs=3)
    _x, acc = plot.points("train_accuracy")
    assert np.all((acc >= 0) & (acc <= 100)) and acc[-1] > 80
    # every epoch above chance: the axis starts near 50 %, so 90-100 % is not a strip
    low, high = plot.accuracy_plot.viewRange()[1]
    assert 0.40 <= low < 0.50 and 1.00 < high <= 1.10  # the axis reads 50-100 %
    session.load_preset("paper")
    assert n_points(plot) == 0 and "Train to see" in plot.title_text
    assert plot.accuracy_plot.viewRange()[1][0] < 0  # a new run starts from 0 % again


def test_without_a_test_set_the_legend_names_only_the_training_set(qtbot, fruit, shipped):
    session = fruit
    assert session.set_dataset(shipped[0].copy(), None)
    plot = show(qtbot, TrainingPlot(session), 260, 300)  # a 1280×800 window's dock
    train_to_the_end(qtbot, session, epochs=2)
    assert plot.legend_names == ["training set"]
    assert "test set" not in plot.legend_label.text()
    assert not plot.curves["test_error"].isVisible()
    # the caption is set smaller in a narrow dock, and says which epoch it shows
    assert "font-size: 10pt" in plot.title_label.styleSheet()
    assert plot.title_text.startswith("Epoch 2 of 2")


# -- the hidden weights ----------------------------------------------------------------
def test_hidden_weights_show_one_tile_per_hidden_node(qtbot, fruit):
    session = fruit
    view = show(qtbot, HiddenWeightsView(session), 480, 520)
    weights = view.shown_weights()
    assert weights.shape == (36, 6, 6)
    net = session.network
    for j in (0, 7, 35):
        assert np.array_equal(weights[j], net.weights[0][:, j].reshape(6, 6))
    assert view.grid() == (6, 6)
    rects = [view.tile_rect(j) for j in range(36)]
    assert all(view.rect().contains(r) for r in rects)
    assert not any(rects[a].intersects(rects[b]) for a in range(36) for b in range(a + 1, 36))
    # the tile is painted in the colour of its weights: the strongest cell is not white
    j = int(np.argmax(np.abs(weights).max(axis=(1, 2))))
    r, c = np.unravel_index(np.argmax(np.abs(weights[j])), (6, 6))
    rect = rects[j]
    cell = rect.width() // 6
    image = view.grab().toImage()
    dpr = image.devicePixelRatio()
    pixel = image.pixelColor(int((rect.x() + c * cell + cell // 2) * dpr),
                             int((rect.y() + r * cell + cell // 2) * dpr))  # fmt: skip
    expected = "#0072b2" if weights[j, r, c] > 0 else "#d55e00"
    assert pixel.name() != "#ffffff"
    assert (pixel.blue() > pixel.red()) == (expected == "#0072b2")


def test_hidden_weight_tiles_change_during_training(qtbot, fruit):
    session = fruit
    view = show(qtbot, HiddenWeightsView(session), 480, 520)
    before_image = view.grab().toImage()
    before = view.shown_weights()
    assert session.start_training(TrainingConfig(epochs=600))
    qtbot.waitUntil(lambda: view.network is not session.network, timeout=WAIT)
    qtbot.waitUntil(lambda: not np.allclose(view.shown_weights(), before), timeout=WAIT)
    during = view.grab().toImage()
    assert differs(before_image, during) > 20
    live = view.shown_weights()
    qtbot.waitUntil(lambda: not np.array_equal(view.shown_weights(), live), timeout=WAIT)
    stop(qtbot, session)
    # after the run the view shows the session's network (the trained weights)
    assert session.trainer.state == "idle"
    trained = session.trainer.latest.network
    session.adopt_network(trained)
    assert np.array_equal(view.network.flat_params(), trained.flat_params())


def test_hidden_weights_follow_an_edited_weight(qtbot, session):
    view = show(qtbot, HiddenWeightsView(session), 400, 320)
    assert view.shown_weights().shape == (2, 1, 2)  # the paper net: 1×2 "images"
    session.set_weight("w1", -0.9)
    assert view.shown_weights()[0, 0, 0] == pytest.approx(-0.9)
    assert view.scale() >= 0.9


def test_colour_map_is_symmetric_and_white_at_zero():
    lut = colour_lut()
    assert len(lut) == 255
    assert lut[127] & 0xFFFFFF == 0xFFFFFF
    assert lut[0] & 0xFFFFFF == 0xD55E00 and lut[254] & 0xFFFFFF == 0x0072B2
    # the colour gets stronger with |w| on both sides of 0
    rgb = np.stack([(lut >> 16) & 255, (lut >> 8) & 255, lut & 255], axis=1).astype(int)
    strength = (255 - rgb).sum(axis=1)
    assert np.all(np.diff(strength[127:]) >= 0) and np.all(np.diff(strength[:128]) <= 0)
    assert nice_scale(1.72) == 2.0 and nice_scale(0.24) == 0.25 and nice_scale(3.0) == 3.0


# -- the confusion matrix --------------------------------------------------------------
def test_confusion_matrix_appears_when_training_ends(qtbot, fruit):
    session = fruit
    view = show(qtbot, ConfusionView(session), 420, 300)
    assert view.matrix is None and "when training ends" in view.accuracy_label.text()
    last = train_to_the_end(qtbot, session, epochs=4)
    m = view.matrix
    assert m is not None and m.sum() == len(session.test_set) == 150
    assert np.array_equal(m.sum(axis=1), [75, 75])  # rows: the true classes
    assert np.array_equal(m, last.confusion)
    assert "test set (150 images)" in view.title_label.text()
    assert f"{np.trace(m)}</b> of 150" in view.accuracy_label.text()
    assert view.accuracy() == pytest.approx(last.history[-1].test_accuracy)
    for i in range(2):
        for j in range(2):
            assert view.cells[i][j].text().startswith(f"<b>{m[i, j]}</b>")


def test_a_stopped_run_still_gets_a_confusion_matrix(qtbot, fruit):
    session = fruit
    view = show(qtbot, ConfusionView(session), 420, 300)
    assert session.start_training(TrainingConfig(epochs=600))
    qtbot.waitUntil(lambda: session.trainer.latest is not None, timeout=WAIT)
    stop(qtbot, session)
    assert view.matrix is not None and view.matrix.sum() == 150


def test_confusion_of_the_paper_net_counts_its_one_sample(qtbot, session):
    view = show(qtbot, ConfusionView(session), 420, 300)
    train_to_the_end(qtbot, session, epochs=5)
    assert view.matrix.sum() == 1
    assert "sample in the editor (1 image)" in view.title_label.text()


# -- a preset switch while training (issue #11) -----------------------------------------
def test_a_preset_switch_while_training_leaves_nothing_of_the_old_run(qtbot, fruit):
    """The fruit run's curves stayed, and the confusion view said "test set (150
    images)" under the 2-2-2 paper network."""
    session = fruit
    plot = show(qtbot, TrainingPlot(session))
    view = show(qtbot, ConfusionView(session), 420, 300)
    tiles = show(qtbot, HiddenWeightsView(session), 400, 320)
    assert session.start_training(TrainingConfig(epochs=5000))
    qtbot.waitUntil(lambda: n_points(plot) >= 1, timeout=WAIT)
    with qtbot.waitSignal(session.trainer.finished, timeout=WAIT):
        session.load_preset("paper")
    assert n_points(plot) == 0 and "Train to see" in plot.title_text
    assert view.matrix is None and "when training ends" in view.accuracy_label.text()
    assert tiles.shown_weights().shape == (2, 1, 2)
    # the paper net's own run is judged on its own sample
    train_to_the_end(qtbot, session, epochs=3)
    assert "sample in the editor (1 image)" in view.title_label.text()
    assert n_points(plot) == 3


def test_a_preset_switch_during_one_sample_training_raises_nothing(qtbot, session):
    """The confusion view raised ValueError (10 of 10 tries): it judged the old run's
    paper net on the fruit net's sample."""
    view = show(qtbot, ConfusionView(session), 420, 300)
    assert session.start_training(TrainingConfig(epochs=1_000_000))
    qtbot.waitUntil(lambda: session.trainer.latest is not None, timeout=WAIT)
    with qtbot.waitSignal(session.trainer.finished, timeout=WAIT):
        session.load_preset("fruit")  # pytest-qt fails the test on an error in a slot
    assert view.matrix is None
    assert session.network.layers == (36, 36, 2) and not session.run.adopted


def test_the_confusion_matrix_judges_the_data_the_run_started_with(qtbot, fruit, shipped):
    session = fruit
    view = show(qtbot, ConfusionView(session), 420, 300)
    assert session.start_training(TrainingConfig(epochs=5000))
    qtbot.waitUntil(lambda: session.trainer.latest is not None, timeout=WAIT)
    assert not session.set_dataset(shipped[0].copy(), None)  # refused while it runs
    stop(qtbot, session)
    assert view.matrix.sum() == 150 and "test set (150 images)" in view.title_label.text()


def test_a_long_run_is_drawn_downsampled_from_the_history_itself(qtbot, session):
    """Long curves: pyqtgraph downsamples and clips them, and the plot draws the run's
    history columns as they are (no list converted, no percent copy, per draw)."""
    import time

    from fruitnet_gui.model.net.network import paper_network
    from fruitnet_gui.model.training import History, Progress

    plot = show(qtbot, TrainingPlot(session))
    for curve in plot.curves.values():
        assert curve.opts["autoDownsample"] and curve.opts["clipToView"]
        assert curve.opts["downsampleMethod"] == "peak"
    history = History(True)
    n = 100_000
    epochs = np.arange(1, n + 1)
    history.extend_rows(np.column_stack([epochs, 1 / epochs, np.full(n, 0.9),
                                         2 / epochs, np.full(n, 0.8), np.zeros(n)]))  # fmt: skip
    progress = Progress(n, n, 0, 1, paper_network(), history.view())
    t0 = time.perf_counter()
    plot._on_progressed(progress)
    plot.grab()  # painted, downsampled
    assert time.perf_counter() - t0 < 2.0  # generous: ~0.1 s here
    x, y = plot.points("train_error")
    assert len(x) == n and np.shares_memory(y, history.column("train_error"))
    _x, acc = plot.points("test_accuracy")
    assert acc[-1] == pytest.approx(80.0)
    assert plot.title_text.startswith(f"Epoch {n} of {n}")
