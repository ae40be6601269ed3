"""Canvas sizes of the real window, for the layout tests.

Each is the network canvas's size (logical pixels) in the main window opened on an
offscreen screen of the given size, at the given scale (``QT_SCALE_FACTOR``, as
``fruitnet-gui --scale`` sets it), resized to the screen's whole available area (a
maximised window; where the window's minimum size is larger than the screen, at 150
and 200 % on the small screens, it stays at its minimum). Measured on this branch:
when the docks or the stepper bar change, these move a little, so the sizes measured
with earlier minimum window sizes are tested too (the tests hold at every size, not
at one).
"""

from __future__ import annotations

#: The window's minimum size when :data:`CANVAS_SIZES` were measured.
MIN_WINDOW = (795, 425)
#: (screen width, screen height, scale) -> (canvas width, canvas height)
CANVAS_SIZES = {
    (1024, 768, 1.0): (423, 655),
    (1024, 768, 1.5): (320, 399),
    (1024, 768, 2.0): (373, 316),
    (1280, 720, 1.0): (551, 607),
    (1280, 720, 1.5): (320, 367),
    (1280, 720, 2.0): (328, 316),
    (1366, 768, 1.0): (637, 655),
    (1366, 768, 1.5): (349, 399),
    (1366, 768, 2.0): (320, 316),
    (1920, 1080, 1.0): (1191, 967),
    (1920, 1080, 1.5): (551, 607),
    (1920, 1080, 2.0): (381, 427),
    (3840, 2160, 1.0): (3111, 2047),
    (3840, 2160, 1.5): (1831, 1327),
    (3840, 2160, 2.0): (1191, 967),
}
#: The sizes at which the window fits its screen; View → Size offers no others.
FITS = {
    key
    for key in CANVAS_SIZES
    if key[0] / key[2] >= MIN_WINDOW[0] and key[1] / key[2] >= MIN_WINDOW[1]
}
#: Where the window is larger than its screen its canvas follows the window's minimum
#: size: what was measured with a minimum width of 789 and of 866 pixels (earlier
#: states of main), where that differs.
OTHER_SIZES = {
    (1024, 768, 2.0, "min 789"): (367, 316),
    (1280, 720, 2.0, "min 789"): (322, 316),
    (1024, 768, 1.5, "min 866"): (384, 399),
    (1024, 768, 2.0, "min 866"): (444, 316),
    (1280, 720, 1.5, "min 866"): (324, 367),
    (1280, 720, 2.0, "min 866"): (399, 316),
    (1366, 768, 2.0, "min 866"): (384, 316),
}
#: Every case tested: (screen width, height, scale, measurement) -> canvas size.
CASES = {
    **{(*key, "now"): size for key, size in CANVAS_SIZES.items()},
    **OTHER_SIZES,
}


def size_id(key: tuple) -> str:
    w, h, scale = key[:3]
    tag = key[3] if len(key) > 3 and key[3] != "now" else ""
    return f"{w}x{h}@{scale:.0%}" + (f"-{tag.replace(' ', '')}" if tag else "")


def fits(key: tuple) -> bool:
    """Whether the window fits its screen at this size (as measured now)."""
    return tuple(key[:3]) in FITS and (len(key) < 4 or key[3] == "now")
