"""The Help menu's texts: how to read the window, its keys, and what FruitNet is."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP

from fruitnet_gui.model.text import list_separator, number, translate

__all__ = ["OTHER_KEYS", "about", "how_to_read", "keyboard_help"]


def how_to_read() -> str:
    """Help → How to read this (HTML), in the user's language."""
    return translate(
        "Help",
        """
<h3>How to read this window</h3>
<p>FruitNet does one training iteration the way the worked example
<i>Artificial Neural Networks: Behind the scenes</i> does it with paper and pencil,
one sub-step at a time.</p>
<ul>
<li><b>Input</b> (left): the sample. The paper's network has two inputs
{inputs}; the fruit classifier a 6×6 gray image.
Hover a pixel to see its input node.</li>
<li><b>Network</b> (middle): nodes filled by their value, edges coloured by the sign
of their weight and as thick as its size. The quantity just computed is highlighted.</li>
<li><b>Formula</b> (right): the sub-step in symbols, then with the numbers put in,
then its value, and what it means. The table below keeps every value revealed so far,
grouped like the paper's Steps 2 to 5; double-click a row to go back to it.</li>
<li><b>Error</b> (left, below): E<sub>total</sub> after each finished iteration.
Press <b>Next iteration</b> to see it fall.</li>
</ul>
<p><b>Keys:</b> → or Space step, ← back, Home reset, End finish the iteration,
Ctrl+→ run to the end of the phase, P play/pause, N next iteration.</p>
<p><b>Step reveals</b> chooses how much one step shows: each quantity, each node
(net and out together), each layer, each phase, or the whole iteration.
<b>Pencil mode</b> rounds every intermediate as a person does by hand; with 4
decimals it reproduces the paper's printed node values digit for digit; where the
paper still differs, the note under the formula says why.</p>
""",
    ).format(
        inputs=f"x<sub>1</sub> = {number('0.15')}{list_separator()}x<sub>2</sub> = {number('0.35')}"
    )


def about() -> str:
    """Help → About FruitNet (HTML)."""
    return translate(
        "Help",
        """
<h3>FruitNet</h3>
<p>Watch and check backpropagation, one sub-step at a time.</p>
<p>Every number follows the worked example <i>Artificial Neural Networks: Behind the
scenes</i> by Abir Eltaief (forward propagation, total error, backpropagation,
weight update), computed exactly, or rounded like the paper in pencil mode.</p>
""",
    )


#: Keys that are not a menu action's: the window's own, and those of its views.
OTHER_KEYS = (
    (
        QT_TRANSLATE_NOOP("Keyboard", "Tab, Shift+Tab"),
        QT_TRANSLATE_NOOP(
            "Keyboard", "Move the keyboard focus to the next or previous control or view"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Keyboard", "Alt + underlined letter"),
        QT_TRANSLATE_NOOP("Keyboard", "Open a menu (Alt+F File, Alt+S Step, Alt+V View …)"),
    ),
    (
        QT_TRANSLATE_NOOP("Keyboard", "Arrow keys on a dock's tabs"),
        QT_TRANSLATE_NOOP("Keyboard", "Show another tab: Formula, Dataset, Training …"),
    ),
    (
        QT_TRANSLATE_NOOP("Keyboard", "Arrow keys, Space"),
        QT_TRANSLATE_NOOP("Keyboard", "Input pixels: choose a pixel, paint it with the ink"),
    ),
    (
        QT_TRANSLATE_NOOP("Keyboard", "Delete, Enter"),
        QT_TRANSLATE_NOOP("Keyboard", "Input pixels: clear the pixel, or type its value"),
    ),
    (
        QT_TRANSLATE_NOOP("Keyboard", "Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y"),
        QT_TRANSLATE_NOOP("Keyboard", "Input pixels: undo, redo"),
    ),
    (
        QT_TRANSLATE_NOOP("Keyboard", "Enter"),
        QT_TRANSLATE_NOOP("Keyboard", "Your turn: check the value typed"),
    ),
    (
        QT_TRANSLATE_NOOP("Keyboard", "Up, Down, Enter"),
        QT_TRANSLATE_NOOP("Keyboard", "Table of values: choose a row, go back to it"),
    ),
)


def keyboard_help(window) -> str:
    """Help → Keyboard: every shortcut of the window's actions, read from the actions
    themselves (so the list never goes stale), then the keys of the views."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QAction, QKeySequence

    from fruitnet_gui.ui.canvas.keyboard import KEYS as CANVAS_KEYS

    rows: list[tuple[str, str]] = []
    seen: set[int] = set()
    for action in window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys or id(action) in seen:
            continue
        seen.add(id(action))
        text = " · ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        what = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        tip = action.statusTip()
        said = translate("Keyboard", "{action}: {tip}").format(action=what, tip=tip)
        rows.append((text, said if tip else what))
    rows.sort(key=lambda row: row[1].lower())
    rows += [
        (QCoreApplication.translate("Keyboard", keys), QCoreApplication.translate("Keyboard", what))
        for keys, what in (*CANVAS_KEYS, *OTHER_KEYS)
    ]
    title = QCoreApplication.translate("MainWindow", "Keyboard")
    cells = "".join(
        f"<tr><td><b>{escape(keys)}</b>&nbsp;&nbsp;</td><td>{escape(what)}</td></tr>"
        for keys, what in rows
    )
    return f"<h3>{escape(title)}</h3><table cellspacing='2'>{cells}</table>"
