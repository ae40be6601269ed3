"""A text measure without Qt: DejaVu Sans advance widths (the offscreen platform's
font here), measured once with QFontMetricsF at 100 px and written down, em units.

Characters not in the table count as wide as "m", so a label measured here is never
narrower than it is drawn with this font.
"""

from __future__ import annotations

_REGULAR = {
    "0": 0.636, ".": 0.318, "−": 0.838, "-": 0.361, "=": 0.838, "→": 0.838, " ": 0.318,
    ":": 0.337, "w": 0.818, "b": 0.635, "x": 0.592, "h": 0.634, "y": 0.592, "n": 0.634,
    "e": 0.615, "t": 0.392, "i": 0.278, "a": 0.613, "s": 0.521, "r": 0.411, "d": 0.635,
    "p": 0.635, "l": 0.278, "g": 0.635, "o": 0.612, "c": 0.55, "_": 0.5,
    "k": 0.579, "E": 0.632, "u": 0.634, "f": 0.352, "(": 0.39, ")": 0.39, "?": 0.531,
}  # fmt: skip
_BOLD = {
    "0": 0.696, ".": 0.38, "−": 0.838, "-": 0.415, "=": 0.838, "→": 0.838, " ": 0.348,
    ":": 0.4, "w": 0.924, "b": 0.716, "x": 0.645, "h": 0.712, "y": 0.652, "n": 0.712,
    "e": 0.678, "t": 0.478, "i": 0.343, "a": 0.675, "s": 0.595, "r": 0.493, "d": 0.716,
    "p": 0.716, "l": 0.343, "g": 0.716, "o": 0.687, "c": 0.593, "_": 0.5,
    "k": 0.665, "E": 0.683, "u": 0.712, "f": 0.435, "(": 0.457, ")": 0.457, "?": 0.58,
}  # fmt: skip
for _table in (_REGULAR, _BOLD):
    _table.update({d: _table["0"] for d in "123456789"})  # tabular digits


class Glyphs:
    """:class:`fruitnet_gui.ui.canvas.layout.TextMeasure` from the table above."""

    def width(self, text: str, px: int, bold: bool = False) -> float:
        table = _BOLD if bold else _REGULAR
        return sum(table.get(c, 1.042) for c in text) * px

    def height(self, px: int) -> float:
        return 1.164 * px
