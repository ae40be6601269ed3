"""Image-folder import and export of datasets (see :mod:`fruitnet_gui.files.dataset_io`):
one sub-folder per class, one PNG per image, gray level round(255 × (1 − value)).
"""

from __future__ import annotations

import os
import shutil
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from fruitnet_gui.files.atomic import remove_leftovers, staging_name
from fruitnet_gui.files.dataset_common import (
    _BAD_NAME_CHARS,
    IMAGE_SUFFIXES,
    MAX_IMAGE_PIXELS,
    MAX_SAMPLES,
    ProgressCallback,
    _Bad,
    _Cancelled,
    _check_shape_arg,
    _check_values_limit,
    _infer_classes,
    _natural_key,
    _quoted,
    _report,
)
from fruitnet_gui.files.messages import clip, file_error
from fruitnet_gui.model.data.dataset import Dataset, check_classes
from fruitnet_gui.model.errors import FileFormatError, ModelError
from fruitnet_gui.model.text import translate

if TYPE_CHECKING:
    from PIL import Image

# Pillow (~20 ms to import) is loaded by the functions that read or write images, not
# when the window starts.

__all__ = ["export_image_folder", "gray_to_pixels", "import_image_folder", "pixels_to_gray"]


def pixels_to_gray(pixels: np.ndarray) -> np.ndarray:
    """Pixel values (0 = background, 1 = ink) as 8-bit gray levels (255 = white)."""
    return np.round(255.0 * (1.0 - np.asarray(pixels, dtype=np.float64))).astype(np.uint8)


def gray_to_pixels(gray: np.ndarray) -> np.ndarray:
    """Gray levels 0..255 (255 = white) as pixel values rounded to 4 decimals."""
    values = 1.0 - np.asarray(gray, dtype=np.float64) / 255.0
    return np.round(np.clip(values, 0.0, 1.0), 4)


def _image_gray(im: Image.Image) -> np.ndarray:
    """The image as float gray levels 0..255, transparent parts taken as white paper."""
    from PIL import Image

    if im.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (
        im.mode == "P" and "transparency" in im.info
    ):
        rgba = im.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        im = Image.alpha_composite(paper, rgba)
    if im.mode.startswith("I;16") or im.mode == "I":
        return np.asarray(im, dtype=np.float64) / 257.0
    if im.mode == "F":
        return np.clip(np.asarray(im, dtype=np.float64), 0.0, 255.0)
    return np.asarray(im.convert("L"), dtype=np.float64)


#: An image larger than this many times the grid (each way) is first reduced by a whole
#: factor in Pillow, so that a photo is never held as millions of float64 values.
_REDUCE_ABOVE = 8


def _reduced(im: Image.Image, shape: tuple[int, int]) -> Image.Image:
    """A large image shrunk by a whole factor, still at least 8 times the grid each way."""
    rows, cols = shape
    factor = min(im.width // (cols * _REDUCE_ABOVE), im.height // (rows * _REDUCE_ABOVE))
    if factor < 2:
        return im
    if im.mode.startswith("I;16"):
        im = im.convert("I")  # keeps the 16 bits that RGB would clip
    elif im.mode not in ("L", "LA", "RGB", "RGBA", "I", "F"):
        im = im.convert("RGBA" if "transparency" in im.info or "A" in im.mode else "RGB")
    return im.reduce(factor)


def _read_image(path: Path, shape: tuple[int, int]) -> tuple[np.ndarray, tuple[int, int]]:
    """One image file as pixel values on the grid, and its own size (width, height)."""
    from PIL import Image

    rows, cols = shape
    try:
        with warnings.catch_warnings():
            # a damaged file may make Pillow warn on the way; only the outcome counts
            warnings.simplefilter("ignore")
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as im:
                size = (im.width, im.height)
                if im.width * im.height > MAX_IMAGE_PIXELS:
                    raise file_error(
                        path,
                        translate(
                            "Files",
                            "the image is {width}×{height} pixels, larger than the limit of "
                            "{value} million pixels",
                        ).format(
                            width=im.width, height=im.height, value=MAX_IMAGE_PIXELS // 1_000_000
                        ),
                    )
                im.load()
                gray = _image_gray(_reduced(im, shape))
    except FileFormatError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise file_error(
            path,
            translate(
                "Files",
                "the image is larger than the limit of {value} million pixels (it is refused "
                "undecoded)",
            ).format(value=MAX_IMAGE_PIXELS // 1_000_000),
        ) from None
    except Image.UnidentifiedImageError:
        raise file_error(
            path, translate("Files", "cannot be read as an image (not an image Pillow can read)")
        ) from None
    except Exception as exc:
        # Pillow's decoders raise what they meet in a damaged file: OSError, SyntaxError,
        # ValueError, but also IndexError (an iCCP chunk cut off after the image data),
        # struct.error, EOFError, ZeroDivisionError. Each is a bad image, nothing more.
        reason = str(exc) or type(exc).__name__
        raise file_error(
            path,
            translate("Files", "cannot be read as an image ({reason})").format(
                reason=clip(reason, 80)
            ),
        ) from None
    if gray.shape != (rows, cols):
        scaled = Image.fromarray(gray.astype(np.float32)).resize((cols, rows), Image.Resampling.BOX)
        gray = np.asarray(scaled, dtype=np.float64)
    return gray_to_pixels(gray), size


def _class_folder_name(sub: Path) -> str:
    """A class folder's name as a class name, or FileFormatError."""
    name = sub.name
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in name):  # bytes that are not UTF-8
        raise file_error(
            sub,
            translate(
                "Files", "the folder's name is not UTF-8 text, so it cannot name a class; rename it"
            ),
        )
    try:
        check_classes([name])
    except ModelError as exc:
        raise file_error(
            sub, translate("Files", "cannot name a class ({exc})").format(exc=exc)
        ) from None
    return name


def _scaling_note(sizes: list[tuple[int, int]], shape: tuple[int, int]) -> str:
    """What the import did to image sizes, for the user (``""`` if nothing)."""
    rows, cols = shape
    other = [(w, h) for w, h in sizes if (h, w) != (rows, cols)]
    if not other:
        return ""
    larger = [(w, h) for w, h in other if w * h > rows * cols]
    w, h = max(other, key=lambda s: s[0] * s[1])
    if len(larger) == len(other):
        text = translate(
            "Files",
            "{n} of {total} images were scaled down to the {rows}×{cols} grid "
            "(the largest was {w}×{h} pixels)",
        )
    else:
        text = translate(
            "Files",
            "{n} of {total} images were scaled to the {rows}×{cols} grid "
            "(the largest was {w}×{h} pixels)",
        )
    return text.format(n=len(other), total=len(sizes), rows=rows, cols=cols, w=w, h=h)


def import_image_folder(
    folder: str | os.PathLike[str],
    shape: Sequence[int] = (6, 6),
    *,
    progress: ProgressCallback | None = None,
    notes: list[str] | None = None,
) -> Dataset:
    """Read a folder with one sub-folder of images per class.

    Each image is converted to grayscale (transparent parts count as white), scaled to
    ``shape`` (averaging, the aspect ratio is not kept) and read as ``1 − gray / 255``,
    rounded to 4 decimals: black is 1, white is 0. Files whose names do not end in an
    image suffix (:data:`IMAGE_SUFFIXES`), hidden files and deeper folders are skipped;
    a file with an image suffix that cannot be decoded is an error. Classes are the
    sub-folder names: the fruit classes in their usual order if they are fruits, else
    sorted. Images are ordered by file name (``2.png`` before ``10.png``), then class,
    which restores the order of a dataset written by :func:`export_image_folder`.

    ``progress`` is called with the fraction done (returning False cancels); ``notes``
    receives a sentence for the user if images had to be scaled.
    """
    dims = _check_shape_arg(shape)
    folder = Path(folder)
    try:
        is_dir = folder.is_dir()
    except (OSError, ValueError):
        is_dir = False
    if not is_dir:
        if os.path.lexists(folder):
            what = translate("Files", "not a folder")
        else:
            what = translate("Files", "no such folder")
        raise file_error(folder, what)
    try:
        subfolders = sorted(
            p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")
        )
    except OSError as exc:
        raise file_error(
            folder, translate("Files", "cannot be read ({value})").format(value=exc.strerror or exc)
        ) from None
    if not subfolders:
        raise file_error(
            folder,
            translate(
                "Files",
                "has no class sub-folders (expected one folder of images per class, e.g. "
                "'red apple' and 'tomato')",
            ),
        )
    classes = _infer_classes(_class_folder_name(p) for p in subfolders)
    found: list[tuple[tuple[tuple[int, int | str], ...], int, Path]] = []
    for sub in subfolders:
        k = classes.index(sub.name)
        try:
            files = [
                p
                for p in sub.iterdir()
                if p.suffix.lower() in IMAGE_SUFFIXES and not p.name.startswith(".") and p.is_file()
            ]
        except OSError as exc:
            raise file_error(
                sub,
                translate("Files", "cannot be read ({value})").format(value=exc.strerror or exc),
            ) from None
        found.extend((_natural_key(p.stem), k, p) for p in files)
        if len(found) > MAX_SAMPLES:
            raise file_error(
                folder,
                translate("Files", "holds more than the limit of {max_samples} images").format(
                    max_samples=MAX_SAMPLES
                ),
            )
    try:
        _check_values_limit(len(found), dims)
    except _Bad as exc:
        raise file_error(folder, str(exc)) from None
    found.sort(key=lambda item: (item[0], item[1], item[2].name))
    images = np.zeros((len(found), *dims))
    sizes: list[tuple[int, int]] = []
    try:
        for i, (_key, _k, p) in enumerate(found):
            images[i], size = _read_image(p, dims)
            sizes.append(size)
            if (i + 1) % 50 == 0:
                _report(progress, (i + 1) / len(found))
    except _Cancelled:
        raise file_error(
            folder, translate("Files", "the import was cancelled; nothing was changed")
        ) from None
    note = _scaling_note(sizes, dims)
    if note and notes is not None:
        notes.append(note)
    try:
        return Dataset(images, [k for _key, k, _p in found], classes, dims)
    except ModelError as exc:
        raise file_error(folder, str(exc)) from None


def _folder_name(name: str) -> str:
    if (
        name in (".", "..")
        or name.startswith(".")
        or name != name.strip()
        or any(ch in _BAD_NAME_CHARS for ch in name)
    ):
        raise file_error(
            None,
            translate(
                "Files",
                'the class name {_quoted} cannot be used as a folder name (no / \\ : * ? " < '
                "> |, no leading dot or spaces)",
            ).format(_quoted=_quoted(name)),
        )
    return name


def export_image_folder(ds: Dataset, folder: str | os.PathLike[str]) -> None:
    """Write ``ds`` as PNG files, one sub-folder per class (even an empty class).

    Image ``i`` becomes ``<folder>/<class>/<i>.png`` (zero-padded), gray level
    ``round(255 × (1 − v))``. Features and soft targets have no place in it: they are
    refused, not lost. The folder must be new or empty, so that old images do
    not mix with the new ones. All or nothing: the images are written into a hidden
    folder beside it, which takes its name only once every image is written; if one
    cannot be written (a full disk), nothing is left behind.
    """
    from PIL import Image

    if not isinstance(ds, Dataset):
        raise FileFormatError(
            translate("Files", "only a Dataset can be exported, not {__name__}").format(
                __name__=type(ds).__name__
            )
        )
    folder = Path(folder)
    if ds.kind == "features":
        raise file_error(
            folder,
            translate(
                "Files", "a dataset of features holds no images; export it as CSV or JSON instead"
            ),
        )
    if ds.has_soft_targets:
        raise file_error(
            folder,
            translate(
                "Files",
                "an image folder keeps only labels, and this dataset has soft targets; "
                "export it as CSV or JSON to keep them",
            ),
        )
    names = [_folder_name(name) for name in ds.classes]
    staging = staging_name(folder)
    remove_leftovers(folder.parent if str(folder.parent) else ".")
    try:
        if folder.exists():
            if not folder.is_dir():
                raise file_error(folder, translate("Files", "is a file, not a folder"))
            if any(folder.iterdir()):
                raise file_error(
                    folder,
                    translate(
                        "Files",
                        "is not empty; choose a new or empty folder so old images do not mix with "
                        "the exported ones",
                    ),
                )
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging.mkdir()
    except OSError as exc:
        raise file_error(
            folder,
            translate("Files", "cannot create the folders ({value})").format(
                value=exc.strerror or exc
            ),
        ) from None
    try:
        for name in names:
            (staging / name).mkdir()
        width = max(5, len(str(len(ds) - 1)))
        for i, (image, label) in enumerate(zip(ds.images, ds.labels)):
            Image.fromarray(pixels_to_gray(image)).save(
                staging / label / f"{i:0{width}d}.png", format="PNG"
            )
        # an empty folder of that name is replaced (POSIX rename); else it is created
        os.replace(staging, folder)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise file_error(
            folder,
            translate("Files", "cannot write the images ({value}); nothing was exported").format(
                value=exc.strerror or exc
            ),
        ) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
