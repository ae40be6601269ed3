"""Canvas sizes of the real window, for the layout tests.

Each is the network canvas's size (logical pixels) in the main window opened on an
offscreen screen of the given size, at the given scale (``QT_SCALE_FACTOR``, as
``fruitnet-gui --scale`` sets it), resized to the screen's whole available area (a
maximised window; where the window's minimum size is larger than the screen, at 150
and 200 % on the small screens, it stays at its minimum). Measured on this branch with
the stepper bar and docks of the time: if the docks change, these move a little,
which the tests tolerate (they hold at every size of the table, not at one).
"""

from __future__ import annotations

#: (screen width, screen height, scale) -> (canvas width, canvas height)
CANVAS_SIZES = {
    (1024, 768, 1.0): (423, 655),
    (1024, 768, 1.5): (320, 399),
    (1024, 768, 2.0): (367, 316),
    (1280, 720, 1.0): (551, 607),
    (1280, 720, 1.5): (320, 367),
    (1280, 720, 2.0): (322, 316),
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
#: The sizes at which the window (then at least 789×425) fits its screen; View → Size
#: offers no others.
FITS = {key for key in CANVAS_SIZES if key[0] / key[2] >= 789 and key[1] / key[2] >= 425}
#: The same, measured again after a change on main made the window at least 866 pixels
#: wide: where the window is then larger than its screen, its canvas is another size.
LATER_SIZES = {
    (1024, 768, 1.5): (384, 399),
    (1024, 768, 2.0): (444, 316),
    (1280, 720, 1.5): (324, 367),
    (1280, 720, 2.0): (399, 316),
    (1366, 768, 2.0): (384, 316),
}
#: Every case tested: (screen width, height, scale, which measurement) -> canvas size.
CASES = {
    **{(*key, "first"): size for key, size in CANVAS_SIZES.items()},
    **{(*key, "later"): size for key, size in LATER_SIZES.items()},
}


def size_id(key: tuple) -> str:
    w, h, scale = key[:3]
    return f"{w}x{h}@{scale:.0%}" + (f"-{key[3]}" if len(key) > 3 and key[3] != "first" else "")


def fits(key: tuple) -> bool:
    """Whether the window fitted its screen at this size (the first measurement)."""
    return tuple(key[:3]) in FITS and (len(key) < 4 or key[3] == "first")
