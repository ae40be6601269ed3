"""The Help menu's texts: how to read the window, and what FruitNet is."""

from __future__ import annotations

from fruitnet_gui.model.text import list_separator, number, translate

__all__ = ["about", "how_to_read"]


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
