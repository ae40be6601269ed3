"""Light, dark and high contrast all stay readable (issue #15, item 4).

Each theme is checked twice: from the colours the code draws with (every text colour
against the background it is drawn on, and every node fill and weight label the canvas
can show), and on the rendered window, by sampling its pixels: inside each weight
label, node and the formula view, the text's colour against the surrounding fill.
WCAG 2 asks 4.5:1 for text of ordinary size.
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication

from fruitnet_gui.ui.canvas import style
from fruitnet_gui.ui.canvas.layout import Box
from fruitnet_gui.ui.canvas.painting import WeightLabel, label_colors
from fruitnet_gui.ui.data import pixel_grid
from fruitnet_gui.ui.main_window import MainWindow
from fruitnet_gui.ui.theme import (
    DARK,
    HIGH_CONTRAST,
    HIGH_CONTRAST_KEY,
    LIGHT,
    THEMES,
    contrast_ratio,
    relative_luminance,
    theme_manager,
)

AA = 4.5
#: The Okabe-Ito colours the weights' signs are drawn in: blue, sky blue; vermillion, orange.
BLUES, ORANGES = {"#0072b2", "#56b4e9"}, {"#d55e00", "#e69f00"}


@pytest.fixture
def restore_theme(qapp):
    """Whatever a test does to the theme, the next one starts in the light theme."""
    manager = theme_manager()
    scheme = manager.color_scheme
    yield manager
    manager.set_high_contrast(False)
    manager.set_dark(False)
    manager.set_color_scheme(scheme)
    assert manager.theme is LIGHT


def test_the_relative_luminance_and_contrast_ratio_are_wcags():
    assert relative_luminance("#FFFFFF") == pytest.approx(1.0)
    assert relative_luminance("#000000") == 0.0
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)  # just fails
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)  # just passes


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=list(THEMES))
def test_every_text_colour_of_the_theme_reads_on_its_background(theme, restore_theme):
    low = {
        what: round(contrast_ratio(text, back), 2)
        for what, (text, back) in theme.text_pairs().items()
        if contrast_ratio(text, back) < AA
    }
    assert not low
    style.use_theme(theme)
    try:
        # every node the canvas can draw: each gray of a value, plain and dimmed, the
        # bias node, the "not yet known" one
        for k in range(101):
            fill = style.value_rgb(k / 100)
            for shown, dim in ((fill, False), (style.dim_rgb(fill), True)):
                ink = style.node_ink(shown, dim)
                assert contrast_ratio(ink, shown) >= AA, (k, dim, ink.name())
        bias = style.BIAS_FILL.rgb()
        assert contrast_ratio(style.node_ink(bias, False), bias) >= AA
        assert contrast_ratio(style.node_ink(None, False), style.BACKGROUND) >= AA
        # every weight label: either sign, dimmed or not, before and after its update
        for positive in (True, False):
            for dim in (False, True):
                for updated in (False, True):
                    label = WeightLabel(Box(0, 0, 40, 20), ("w1 = 0.1",), 14, positive,
                                        False, updated, dim)  # fmt: skip
                    ink, fill, _frame = label_colors(label)
                    assert contrast_ratio(ink, fill) >= AA, (positive, dim, updated)
        # the input pixels' values, printed on their own gray
        assert contrast_ratio(pixel_grid.ZERO_TEXT, pixel_grid._ink(0.0)) >= AA
        for k in range(1, 101):
            cell = pixel_grid._ink(k / 100).rgb()
            assert contrast_ratio(style.node_ink(cell, False), cell) >= AA, k
        # the colour-blind-safe pair, in every theme
        assert style.POSITIVE.name() in BLUES and style.NEGATIVE.name() in ORANGES
    finally:
        style.use_theme(theme_manager().theme)


def _window(qtbot, session, settings: QSettings) -> MainWindow:
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window, timeout=60_000)
    return window


def _use(window: MainWindow, name: str) -> None:
    if name == "high_contrast":
        window.high_contrast_action.trigger()  # View → High contrast
    elif name == "dark":
        # what the system says when the user picks a dark desktop
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)


def _text_contrast(image: QImage, rect: QRect) -> tuple[float, QColor, QColor]:
    """(ratio, ink, fill) of the text in ``rect``: the fill is its most common colour,
    the ink the pixel that differs most from it (a glyph's stem is drawn solid)."""
    rect = rect.intersected(image.rect())
    counts: Counter[int] = Counter()
    pixels = []
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            rgb = image.pixel(x, y) & 0xFFFFFF
            counts[rgb] += 1
            pixels.append(rgb)
    fill = QColor(counts.most_common(1)[0][0])
    ink = QColor(max(set(pixels), key=lambda rgb: contrast_ratio(rgb, fill)))
    return contrast_ratio(ink, fill), ink, fill


@pytest.mark.parametrize("name", ["light", "dark", "high_contrast"])
def test_the_rendered_window_is_readable(qtbot, session, tmp_path, restore_theme, name):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = _window(qtbot, session, settings)
    _use(window, name)
    theme = THEMES[name]
    assert restore_theme.theme is theme
    # the whole window follows (Qt hands the application's palette on in events)
    editor = window.editor
    qtbot.waitUntil(
        lambda: QColor(editor.grab().toImage().pixel(2, 2)) == theme.color("window"),
        timeout=60_000,
    )
    # the network's values, the error, and the first updates: dimmed items, a
    # highlighted sub-step, updated weight labels, a note
    target = next(s.index for s in session.iteration.steps if s.name == "w6_new")
    session.seek(target + 1)
    canvas, formula = window.canvas, window.formula
    assert session.current.name == "w6_new"
    assert "w6_new" in formula.accessibleDescription()
    image = canvas.grab().toImage()
    image.save(str(tmp_path / f"canvas-{name}.png"))
    window.grab().save(str(tmp_path / f"window-{name}.png"))
    assert QColor(image.pixel(canvas.width() // 2, canvas.height() - 10)) == theme.color(
        "background"
    )
    low = []
    ratio = canvas.devicePixelRatioF()
    assert canvas.updated_labels() >= {"w5", "w6"}
    for weight, (box, _text) in canvas.edge_labels().items():
        r = QRect(round(box.left() * ratio) + 2, round(box.top() * ratio) + 2,
                  round(box.width() * ratio) - 4, round(box.height() * ratio) - 4)  # fmt: skip
        contrast, ink, fill = _text_contrast(image, r)
        if contrast < AA:
            low.append(f"label {weight}: {ink.name()} on {fill.name()} {contrast:.2f}")
    for node in canvas.named_nodes():
        centre = canvas.node_position(node)
        layout = canvas.canvas_layout()
        k = canvas.node_names().index(node)
        half = float(layout.radius[k]) * 0.55
        r = QRect(round((centre.x() - half) * ratio), round((centre.y() - half) * ratio),
                  round(2 * half * ratio), round(2 * half * ratio))  # fmt: skip
        contrast, ink, fill = _text_contrast(image, r)
        if contrast < AA:
            low.append(f"node {node}: {ink.name()} on {fill.name()} {contrast:.2f}")
    # the formula view: its text, its headline, and the body's own colours
    body = formula.body.viewport()
    grabbed = body.grab().toImage()
    contrast, ink, fill = _text_contrast(grabbed, grabbed.rect())
    if contrast < AA:
        low.append(f"formula body: {ink.name()} on {fill.name()} {contrast:.2f}")
    assert fill == theme.color("window")
    header = formula.header.grab().toImage()
    contrast, ink, fill = _text_contrast(header, header.rect())
    if contrast < AA:
        low.append(f"formula headline: {ink.name()} on {fill.name()} {contrast:.2f}")
    palette = formula.body.palette()
    assert contrast_ratio(palette.color(QPalette.ColorRole.Text), palette.color(
        QPalette.ColorRole.Base)) >= AA  # fmt: skip
    assert not low, "\n".join(low)
    # the plots follow: background and axes
    plot = window.error_plot
    assert plot.backgroundBrush().color() == theme.color("plot_background")
    axis = plot.getPlotItem().getAxis("left")
    assert axis.textPen().color() == theme.color("plot_axis")
    assert window.training_plot.graphics.backgroundBrush().color() == theme.color("plot_background")
    for which in ("landscape", "decision"):  # the explore views too
        view = window.show_explore_view(which).widget()
        assert view.plot.backgroundBrush().color() == theme.color("plot_background")
        axis = view.plot.getPlotItem().getAxis("bottom")
        assert contrast_ratio(axis.textPen().color(), theme.plot_background) >= AA


def test_the_dark_theme_follows_the_systems_colour_scheme(qtbot, session, tmp_path, restore_theme):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = _window(qtbot, session, settings)
    canvas = window.canvas
    hints = QGuiApplication.styleHints()
    corner = (canvas.width() // 2, canvas.height() - 10)

    def canvas_shows(color: str) -> bool:
        return QColor(canvas.grab().toImage().pixel(*corner)) == QColor(color)

    assert canvas_shows(LIGHT.background)
    with qtbot.waitSignal(restore_theme.changed, timeout=60_000):
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    qtbot.waitUntil(lambda: canvas_shows(DARK.background), timeout=60_000)
    assert QApplication.palette().color(QPalette.ColorRole.Window) == DARK.color("window")
    assert window.formula.body.palette().color(QPalette.ColorRole.Base) == DARK.color("window")
    # high contrast wins over the scheme; off again, the dark scheme is back
    window.high_contrast_action.trigger()
    qtbot.waitUntil(lambda: canvas_shows(HIGH_CONTRAST.background), timeout=60_000)
    window.high_contrast_action.trigger()
    qtbot.waitUntil(lambda: canvas_shows(DARK.background), timeout=60_000)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    qtbot.waitUntil(lambda: canvas_shows(LIGHT.background), timeout=60_000)


def test_high_contrast_is_remembered_for_the_next_start(qtbot, session, tmp_path, restore_theme):
    path = str(tmp_path / "settings.ini")
    window = _window(qtbot, session, QSettings(path, QSettings.Format.IniFormat))
    assert not window.high_contrast_action.isChecked()
    window.high_contrast_action.trigger()
    assert restore_theme.theme is HIGH_CONTRAST
    window.close()
    restore_theme.set_high_contrast(False)  # as at a new start
    again = _window(qtbot, session, QSettings(path, QSettings.Format.IniFormat))
    assert QSettings(path, QSettings.Format.IniFormat).value(HIGH_CONTRAST_KEY) in (True, "true")
    assert again.high_contrast_action.isChecked()
    assert restore_theme.theme is HIGH_CONTRAST


def test_dark_colours_without_a_dark_system_and_remembered(qtbot, session, tmp_path, restore_theme):
    """View → Dark colours on a desktop with no dark scheme (many Linux ones): the
    canvas goes dark with a click, high contrast still wins, and the next start is dark."""
    path = str(tmp_path / "settings.ini")
    window = _window(qtbot, session, QSettings(path, QSettings.Format.IniFormat))
    canvas = window.canvas
    corner = (canvas.width() // 2, canvas.height() - 10)

    def canvas_shows(color: str) -> bool:
        return QColor(canvas.grab().toImage().pixel(*corner)) == QColor(color)

    restore_theme.set_color_scheme(Qt.ColorScheme.Light)
    assert canvas_shows(LIGHT.background) and not window.dark_action.isChecked()
    window.dark_action.trigger()
    qtbot.waitUntil(lambda: canvas_shows(DARK.background), timeout=60_000)
    assert QApplication.palette().color(QPalette.ColorRole.Window) == DARK.color("window")
    window.high_contrast_action.trigger()
    qtbot.waitUntil(lambda: canvas_shows(HIGH_CONTRAST.background), timeout=60_000)
    window.high_contrast_action.trigger()
    qtbot.waitUntil(lambda: canvas_shows(DARK.background), timeout=60_000)
    window.close()
    restore_theme.set_dark(False)  # as at a new start
    again = _window(qtbot, session, QSettings(path, QSettings.Format.IniFormat))
    assert again.dark_action.isChecked() and restore_theme.theme is DARK
    again.dark_action.trigger()
    assert restore_theme.theme is LIGHT
