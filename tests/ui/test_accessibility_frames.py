"""Dark and high contrast, measured on the rendered window (issue #15, item 4):

- every control's edge (a check box's box, a spin box's, combo box's, line edit's or
  button's frame, a slider's groove and handle) against the window: at least 3:1
  (WCAG 1.4.11, non-text contrast), where Fusion's own edges were 1:1 to 2:1;
- Your turn's rule line in the theme's colour: 4.5:1 in light, dark and high contrast;
- the views that paint their own background (the hidden weights, the dataset's
  thumbnails) paint the theme's, not white, and keep the pictures' own pixels.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QSlider,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from fruitnet_gui.ui.theme import THEMES, contrast_ratio
from tests.ui.test_accessibility_themes import (
    AA,
    _text_contrast,
    _use,
    _window,
    restore_theme,  # noqa: F401 - a fixture
)

NON_TEXT = 3.0


def _edge_contrast(image: QImage, rect: QRect, back: QColor) -> float:
    """The most any pixel of ``rect``'s two-pixel rim stands out from ``back``."""
    r = rect.intersected(image.rect())
    rim = [(x, y) for x in range(r.left(), r.right() + 1)
           for y in (r.top(), r.top() + 1, r.bottom() - 1, r.bottom())]  # fmt: skip
    rim += [(x, y) for y in range(r.top(), r.bottom() + 1)
            for x in (r.left(), r.left() + 1, r.right() - 1, r.right())]  # fmt: skip
    return max(contrast_ratio(image.pixel(x, y) & 0xFFFFFF, back) for x, y in rim)


def _controls(window) -> list[QWidget]:
    found = []
    for kind in (QCheckBox, QAbstractSpinBox, QComboBox, QPushButton, QSlider, QLineEdit):
        for w in window.findChildren(kind):
            inner = isinstance(w, QLineEdit) and isinstance(
                w.parent(), (QAbstractSpinBox, QComboBox)
            )  # a spin box's or combo box's own field: its frame is theirs
            if w.isVisible() and not inner:
                found.append(w)
    return found


@pytest.mark.parametrize("name", ["dark", "high_contrast"])
def test_every_controls_edge_stands_out_from_the_window(qtbot, session, tmp_path,
                                                        restore_theme, name):  # fmt: skip  # noqa: F811
    window = _window(qtbot, session, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    _use(window, name)
    theme = THEMES[name]
    qtbot.waitUntil(lambda: restore_theme.theme is theme, timeout=60_000)
    window.stepper.practice_action.trigger()  # Your turn: its entry and buttons too
    qtbot.waitUntil(window.formula.practice.isVisible, timeout=60_000)
    back = theme.color("window")
    qtbot.waitUntil(
        lambda: QColor(window.editor.grab().toImage().pixel(2, 2)) == back, timeout=60_000
    )
    controls = _controls(window)
    kinds = {type(w).__name__ for w in controls}
    assert {"QCheckBox", "QSpinBox", "QDoubleSpinBox", "QComboBox", "QPushButton", "QSlider",
            "QLineEdit"} <= kinds, kinds  # fmt: skip
    low = []
    for w in controls:
        image = w.grab().toImage()
        rect = image.rect()
        if isinstance(w, QCheckBox):
            option = QStyleOptionButton()
            option.initFrom(w)
            rect = w.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, w)
        ratio = _edge_contrast(image, rect, back)
        if ratio < NON_TEXT:
            low.append(f"{type(w).__name__} {w.objectName() or w.accessibleName()!r}: {ratio:.2f}")
    assert not low, "\n".join(low)
    pencil = window.stepper.findChild(QCheckBox, "pencil_check")
    assert pencil in controls


@pytest.mark.parametrize("name", ["light", "dark", "high_contrast"])
def test_the_practice_rule_line_reads_in_every_theme(qtbot, session, tmp_path,
                                                      restore_theme, name):  # fmt: skip  # noqa: F811
    window = _window(qtbot, session, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    _use(window, name)
    theme = THEMES[name]
    qtbot.waitUntil(lambda: restore_theme.theme is theme, timeout=60_000)
    window.stepper.practice_action.trigger()
    rule = window.formula.practice.rule_label
    qtbot.waitUntil(lambda: rule.isVisible() and rule.text() != "", timeout=60_000)
    shown = rule.palette().color(rule.foregroundRole())
    assert shown == theme.color("conventions")
    assert contrast_ratio(shown, theme.window) >= AA
    qtbot.waitUntil(
        lambda: QColor(rule.grab().toImage().pixel(0, 0)) == theme.color("window"),
        timeout=60_000,
    )
    ratio, ink, fill = _text_contrast(rule.grab().toImage(), rule.rect())
    assert fill == theme.color("window") and ratio >= AA, (ink.name(), fill.name(), ratio)


@pytest.mark.parametrize("name", ["dark", "high_contrast"])
def test_views_paint_the_themes_background_not_white(qtbot, fruit, tmp_path,
                                                     restore_theme, name):  # fmt: skip  # noqa: F811
    window = _window(qtbot, fruit, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    _use(window, name)
    theme = THEMES[name]
    qtbot.waitUntil(lambda: restore_theme.theme is theme, timeout=60_000)
    base = theme.color("base")
    # the hidden weights: the background around the tiles, the tiles' own colours kept
    window.hidden_dock.raise_()
    view = window.hidden_weights
    qtbot.waitUntil(view.isVisible, timeout=60_000)
    image = view.grab().toImage()
    image.save(str(tmp_path / f"hidden-{name}.png"))
    assert QColor(image.pixel(2, 2)) == base
    tile = view.tile_rect(0)
    assert QColor(image.pixel(tile.left() - 4, tile.center().y())) == base
    label = QRect(tile.left() - 4, tile.top() - 16, tile.width() + 8, 16)
    ratio, _ink, fill = _text_contrast(image, label)
    assert fill == base and ratio >= AA
    # the thumbnails: the list's background, each picture's pixels as they are
    window.dataset_dock.raise_()
    browser = window.dataset_browser
    qtbot.waitUntil(browser.list_view.isVisible, timeout=60_000)
    viewport = browser.list_view.viewport()
    qtbot.waitUntil(lambda: QColor(viewport.grab().toImage().pixel(1, 1)) == base, timeout=60_000)
    shot = viewport.grab().toImage()
    shot.save(str(tmp_path / f"thumbnails-{name}.png"))
    first = browser.list_view.visualRect(browser.model.index(0, 0))
    picture = fruit.state.dataset.sample(0)[0]  # 6×6 gray levels: 0 is white paper
    colours = {QColor(shot.pixel(x, y)).name() for x in range(first.left(), first.right())
               for y in range(first.top(), first.bottom())}  # fmt: skip
    if (picture == 0).any():
        assert "#ffffff" in colours  # the picture's white is its data
    assert base.name() in colours
