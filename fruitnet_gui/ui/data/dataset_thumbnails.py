"""The dataset browser's thumbnail list: a list model over a dataset's images, and a
delegate that paints each cell (the image, its label, a right/wrong badge).

500 images cost 500 cached 6×6 :class:`QImage` s and no widgets. A sample of features
is drawn as a strip of bars, one per feature, each as high as the value lies within that
feature's range over the dataset (the numbers are in the tooltip): where a pixel grid
would mean nothing, the bars still show at a glance which samples look alike. Right or wrong is told
by shape *and* colour (a tick in a bluish-green badge, a cross in a vermillion one,
Okabe-Ito colours), so it reads for colour-blind students and in grayscale on a
projector.
"""

from __future__ import annotations

from collections import OrderedDict

import numpy as np
from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from fruitnet_gui.files import dataset_io
from fruitnet_gui.model.data.dataset import Dataset
from fruitnet_gui.model.text import class_name, decimal_separator, number, translate
from fruitnet_gui.ui.theme import current_theme

__all__ = [
    "CELL", "IMAGE_ROLE", "LABEL_ROLE", "PREDICTED_ROLE", "RIGHT", "WRONG",
    "ThumbnailDelegate", "ThumbnailList", "ThumbnailModel",
]  # fmt: skip

RIGHT = QColor("#009E73")  # Okabe-Ito bluish green
WRONG = QColor("#D55E00")  # Okabe-Ito vermillion
# The rest comes from the theme (ui/theme.py): the list's background is the theme's
# ``base``, its text ``window_text``; the sample's own pixels are drawn as they are
# (a picture's white is its data).

#: Cell size of one thumbnail in the list, and the largest side of its image.
CELL = QSize(92, 100)
THUMB = 56

#: Custom item data roles.
IMAGE_ROLE = Qt.ItemDataRole.UserRole + 1
LABEL_ROLE = Qt.ItemDataRole.UserRole + 2
PREDICTED_ROLE = Qt.ItemDataRole.UserRole + 3  # class index, or -1 if not known

_MAX_CACHE = 20_000
#: A features thumbnail: bars this many levels high, at most this many bars (more
#: features are averaged in groups), each bar about BAR_SPAN // features pixels wide.
BAR_LEVELS = 14
MAX_BARS = 56
BAR_SPAN = 14
BAR_INK, BAR_PAPER = 60, 245


def feature_bars(values: np.ndarray) -> np.ndarray:
    """``n × m`` features as ``n`` gray bar strips (``n × BAR_LEVELS × width``, uint8).

    Every feature is scaled to its range over the ``n`` samples (a constant feature is a
    half-high bar), so each bar says "low" or "high" for that feature whatever its unit.
    """
    values = np.asarray(values, dtype=np.float64)
    n, m = values.shape
    if m > MAX_BARS:  # group neighbouring features into MAX_BARS bars
        groups = np.array_split(np.arange(m), MAX_BARS)
        values = np.stack([values[:, g].mean(axis=1) for g in groups], axis=1)
        m = MAX_BARS
    lo, hi = (values.min(axis=0), values.max(axis=0)) if n else (np.zeros(m), np.ones(m))
    span = np.where(hi > lo, hi - lo, 1.0)
    level = np.where(hi > lo, (values - lo) / span, 0.5)
    heights = np.clip(np.round(level * (BAR_LEVELS - 1)).astype(int) + 1, 1, BAR_LEVELS)
    width = max(1, BAR_SPAN // m)
    gap = 1 if width >= 3 else 0
    out = np.full((n, BAR_LEVELS, m * width), BAR_PAPER, dtype=np.uint8)
    rows = np.arange(BAR_LEVELS)[::-1]  # row r is filled if the bar reaches up to it
    filled = rows[None, :, None] < heights[:, None, :]  # n × levels × m
    cols = np.repeat(filled, width, axis=2)
    if gap:
        cols[:, :, width - 1 :: width] = False
    out[cols] = BAR_INK
    return out


class ThumbnailModel(QAbstractListModel):
    """The samples of one dataset: thumbnail, label and the network's prediction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: Dataset | None = None
        self._labels: tuple[str, ...] = ()
        self._gray: np.ndarray = np.zeros((0, 1, 1), dtype=np.uint8)
        self._predicted: np.ndarray | None = None  # class index per sample
        self._outputs: np.ndarray | None = None
        # keyed by the gray bytes, so relabelling or deleting re-renders nothing
        self._cache: dict[bytes, QImage] = {}

    # -- content ---------------------------------------------------------------------
    @property
    def dataset(self) -> Dataset | None:
        return self._data

    def set_dataset(self, data: Dataset | None) -> None:
        self.beginResetModel()
        self._data = data
        self._labels = data.labels if data is not None else ()
        if data is None or not len(data):
            self._gray = np.zeros((0, 1, 1), dtype=np.uint8)
        elif data.kind == "features":
            self._gray = feature_bars(data.inputs())
        else:
            self._gray = dataset_io.pixels_to_gray(data.images)
        self._predicted = self._outputs = None
        if len(self._cache) > _MAX_CACHE:
            self._cache.clear()
        self.endResetModel()

    def set_outputs(self, outputs: np.ndarray | None) -> None:
        """The network's outputs for every sample (``n × classes``), or None."""
        if outputs is None or self._data is None or len(outputs) != len(self._data):
            self._outputs = self._predicted = None
        else:
            self._outputs = outputs
            self._predicted = np.argmax(outputs, axis=1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1), [PREDICTED_ROLE])

    def correct(self) -> int | None:
        """How many samples the network classifies right, or None without predictions."""
        if self._predicted is None or self._data is None:
            return None
        return int(np.sum(self._predicted == self._data.label_indices))

    def image(self, row: int) -> QImage:
        gray = np.ascontiguousarray(self._gray[row])
        key = gray.tobytes() + bytes(gray.shape)
        img = self._cache.get(key)
        if img is None:
            h, w = gray.shape
            img = QImage(key[: h * w], w, h, w, QImage.Format.Format_Grayscale8).copy()
            self._cache[key] = img
        return img

    # -- QAbstractListModel ------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._data is None else len(self._data)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid() or self._data is None:
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, LABEL_ROLE):
            return self._labels[row]
        if role == IMAGE_ROLE:
            return self.image(row)
        if role == PREDICTED_ROLE:
            return -1 if self._predicted is None else int(self._predicted[row])
        if role == Qt.ItemDataRole.ToolTipRole:
            text = translate("Dataset", "Sample {n}: {label}").format(
                n=row + 1, label=class_name(self._labels[row])
            )
            sep = " ; " if decimal_separator() == "," else ", "
            if self._data.kind == "features":
                values = sep.join(number(f"{v:g}") for v in self._data.images[row, 0, :12])
                more = " …" if self._data.shape[1] > 12 else ""
                text += "\n" + translate("Dataset", "Values {values}").format(values=values + more)
            if self._data.has_soft_targets:
                target = sep.join(number(f"{v:g}") for v in self._data.target(row))
                text += "\n" + translate("Dataset", "Target {target}").format(target=target)
            if self._outputs is not None and self._predicted is not None:
                classes = self._data.classes
                said = classes[int(self._predicted[row])]
                outs = sep.join(number(f"{v:.3f}") for v in self._outputs[row])
                if said == self._labels[row]:
                    says = translate("Dataset", "The network says {said} (right); outputs {outs}")
                else:
                    says = translate("Dataset", "The network says {said} (wrong); outputs {outs}")
                text += "\n" + says.format(said=said, outs=outs)
            return text
        return None


class ThumbnailDelegate(QStyledItemDelegate):
    """Paints one cell: the image with a right/wrong frame and badge, the label below.

    A cell is rendered once into a pixmap and kept (least recently used first out): a
    repaint after the predictions changed redraws only the cells whose verdict changed.
    """

    MAX_PIXMAPS = 400  # a screenful many times over, ~15 MB at most

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmaps: OrderedDict[tuple, QPixmap] = OrderedDict()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return CELL

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        image: QImage = index.data(IMAGE_ROLE)
        label: str = index.data(LABEL_ROLE)
        predicted: int = index.data(PREDICTED_ROLE)
        classes = index.model().dataset.classes  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        dpr = painter.device().devicePixelRatioF()
        size = option.rect.size()
        key = (image.cacheKey(), label, predicted, classes, selected, size.toTuple(), dpr,
               option.font.key(), current_theme().name)  # fmt: skip
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap(round(size.width() * dpr), round(size.height() * dpr))
            pixmap.setDevicePixelRatio(dpr)
            pixmap.fill(Qt.GlobalColor.transparent)
            p = QPainter(pixmap)
            _paint_cell(p, QRect(QPoint(0, 0), size), option.font, image, label, predicted,
                        classes, selected)  # fmt: skip
            p.end()
            self._pixmaps[key] = pixmap
            if len(self._pixmaps) > self.MAX_PIXMAPS:
                self._pixmaps.popitem(last=False)
        else:
            self._pixmaps.move_to_end(key)
        painter.drawPixmap(option.rect.topLeft(), pixmap)


def _paint_cell(
    painter: QPainter,
    rect: QRect,
    base_font: QFont,
    image: QImage,
    label: str,
    predicted: int,
    classes: tuple[str, ...],
    selected: bool,
) -> None:
    truth = classes.index(label)
    theme = current_theme()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if selected:
        painter.setPen(QPen(theme.color("selection"), 2))
        painter.setBrush(theme.color("crumb_done"))
        painter.drawRoundedRect(QRectF(rect).adjusted(2, 2, -2, -2), 6, 6)

    # the image, pixels kept square and sharp
    h, w = image.height(), image.width()
    cell = max(1, THUMB // max(h, w))
    tw, th = w * cell, h * cell
    thumb = QRect(rect.x() + (rect.width() - tw) // 2, rect.y() + 12, tw, th)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
    painter.drawImage(thumb, image)
    known = predicted >= 0
    right = known and predicted == truth
    color = theme.color("outline") if not known else RIGHT if right else WRONG
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(color, 3 if known else 1))
    painter.drawRect(QRectF(thumb).adjusted(-1.5, -1.5, 1.5, 1.5))
    if known:
        _draw_badge(painter, QPointF(thumb.right() + 1, thumb.top()), right)

    # label, and what the network said when it was wrong
    font = QFont(base_font)
    font.setPointSizeF(max(font.pointSizeF(), 9.0))
    painter.setFont(font)
    painter.setPen(theme.color("window_text"))
    fm = painter.fontMetrics()
    line = QRect(rect.x() + 2, thumb.bottom() + 5, rect.width() - 4, fm.height())
    painter.drawText(
        line,
        Qt.AlignmentFlag.AlignHCenter,
        fm.elidedText(class_name(label), Qt.TextElideMode.ElideRight, line.width()),
    )
    if known and not right:
        painter.setPen(theme.color("slip"))  # the theme's "wrong" text, 4.5:1
        line.translate(0, fm.height())
        name = class_name(classes[predicted])
        said = translate("Dataset", "net: {name}").format(name=name)
        if fm.horizontalAdvance(said) > line.width():
            # "réseau : pomme rouge" is wider than a cell: the name alone, in the colour
            # (and beside the badge) that says it is the network's wrong answer; the
            # tooltip says it in words
            said = name
        painter.drawText(
            line,
            Qt.AlignmentFlag.AlignHCenter,
            fm.elidedText(said, Qt.TextElideMode.ElideRight, line.width()),
        )


def _draw_badge(painter: QPainter, center: QPointF, right: bool) -> None:
    """A filled circle with a white tick (right) or cross (wrong)."""
    r = 9.0
    painter.setPen(QPen(QColor("white"), 1.5))
    painter.setBrush(RIGHT if right else WRONG)
    painter.drawEllipse(center, r, r)
    pen = QPen(QColor("white"), 2.4)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    x, y = center.x(), center.y()
    if right:
        path = QPainterPath(QPointF(x - 4.2, y + 0.3))
        path.lineTo(x - 1.2, y + 3.4)
        path.lineTo(x + 4.4, y - 3.2)
        painter.drawPath(path)
    else:
        d = 3.6
        painter.drawLine(QPointF(x - d, y - d), QPointF(x + d, y + d))
        painter.drawLine(QPointF(x - d, y + d), QPointF(x + d, y - d))


class ThumbnailList(QListView):
    """The list: Delete deletes, and an empty list says how to fill it."""

    delete_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0:
            p = QPainter(self.viewport())
            p.setPen(current_theme().color("conventions"))
            p.drawText(
                self.viewport().rect().adjusted(16, 16, -16, -16),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                translate(
                    "Dataset",
                    "No images yet.\n\nLoad the fruit dataset, open a file, or draw in the "
                    "editor and press “Add drawing”.",
                ),
            )
            p.end()
