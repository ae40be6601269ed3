"""The limits FruitNet enforces before it does any work, in one place.

Each limit keeps one kind of bad input from becoming a traceback, a frozen window or a
machine out of memory; docs/FORMATS.md ("Limits") explains them to users. The numbers
are checked where data comes in (files, the command line, the window's edits), not deep
inside the arithmetic.
"""

from __future__ import annotations

__all__ = [
    "MAX_DATASET_VALUES",
    "MAX_DIGITS",
    "MAX_FILE_BYTES",
    "MAX_HIDDEN_FROM_DATA",
    "MAX_IMAGE_FILE_PIXELS",
    "MAX_IMAGE_SIDE",
    "MAX_LEARNING_RATE",
    "MAX_MESSAGE",
    "MAX_SAMPLES",
    "MAX_VALUE",
    "MIN_LEARNING_RATE",
]

#: The largest magnitude of a weight, bias weight, bias input, input or target. With at
#: most 4096 inputs per node, a net input is at most 4097 × 10⁶ × 10⁶ ≈ 4·10¹⁵: far from
#: overflow (10³⁰⁸), and every formula's numbers still print in a few digits. The window
#: refuses larger weight edits with the same bound.
MAX_VALUE = 1e6

#: Smaller learning rates change no weight a student could see (0.5 × 10⁻⁶ × a gradient
#: below 1 is lost in the 4 decimals shown); 1e-300 used to be taken and silently did
#: nothing.
MIN_LEARNING_RATE = 1e-6
#: Larger steps only push every sigmoid to 0 or 1.
MAX_LEARNING_RATE = 1000.0

#: Model, dataset and CSV files larger than this are refused before they are read.
MAX_FILE_BYTES = 64 * 1024 * 1024
#: A whole number in a JSON file with more digits than this is read as "too large" (and
#: then refused by the check of the value it stands for, which names where it is):
#: Python's own limit of 4300 digits raised ValueError; no FruitNet value needs 400.
MAX_DIGITS = 400

#: A dataset's images have at most MAX_IMAGE_SIDE² = 4096 pixels (64 × 64, or any rows ×
#: columns with as many), the most inputs a model file may have. Image files of any
#: other size are scaled to the grid on import (and the user is told so).
MAX_IMAGE_SIDE = 64
#: Image files with more pixels than this (about 5000 × 5000) are refused before they are
#: decoded: a "decompression bomb" would need gigabytes.
MAX_IMAGE_FILE_PIXELS = 25_000_000
#: More samples than this in one dataset are refused.
MAX_SAMPLES = 200_000
#: At most this many pixel values in one dataset (80 MB as float64): 200,000 6×6
#: images, or 2,441 images of 64×64.
MAX_DATASET_VALUES = 10_000_000
#: ``fruitnet train`` on images of n pixels builds an n-h-k network with
#: h = min(n, 256): at most 4096 × 256 ≈ 1 million weights (8 MB), where n-n-k on 64×64
#: images would be 16.8 million weights.
MAX_HIDDEN_FROM_DATA = 256

#: Every error message is one line shorter than this (long values are cut with "…").
MAX_MESSAGE = 300
