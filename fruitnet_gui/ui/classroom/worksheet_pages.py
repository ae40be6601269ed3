"""A sheet's HTML on paper pages, with the rules of a printed worksheet.

The document is laid out *at the PDF's resolution* (the writer is its paint device), so
11 pt is 11 pt on paper and the text is measured with the fonts it is printed with (laid
out at the screen's 96 dpi and printed at 150, every size shrank to two thirds and a
bold label could run into the next column).

Qt's rich text knows ``page-break-before`` and ``-after`` but not ``avoid``, so the
pages are cut here: the document is laid out once as one long page, and each printed
page is a slice of it, cut only between lines (a table only between its rows), where
no rule forbids:

* a heading stays on the page of what follows it (its first question, or its table
  when the table fits on a page);
* a question, with its room to work under it, is never split between two pages.

(Page breaks set in the document made Qt lay it out again for each, and after a
change it laid out only the next thousand characters: blocks were left with no height.)
"""

from __future__ import annotations

import bisect
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
)

__all__ = [
    "RESOLUTION",
    "Paged",
    "blocks",
    "image_size",
    "lay_out",
    "mm",
    "pdf_writer",
    "print_pdf",
]

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
RESOLUTION = 150
#: How far above a block's first line a page is cut (the PDF's pixels, 1 mm).
ACCENT = 6.0
MARGIN_MM = 15.0


def pdf_writer(target: str | QIODevice, paper: str, title: str = "") -> QPdfWriter:
    """A PDF writer on ``paper`` (A4 or Letter) with FruitNet's margins."""
    writer = QPdfWriter(target)
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    orientation = QPageLayout.Orientation.Portrait
    unit = QPageLayout.Unit.Millimeter
    writer.setPageLayout(QPageLayout(QPageSize(PAPERS[paper]), orientation, margins, unit))
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("FruitNet")
    return writer


def qt_dpi() -> float:
    """The dpi Qt's rich text takes its lengths in (``qt_defaultDpi``: the screen's
    logical dpi): a margin or an image's size is scaled by the paint device's dpi over
    this one, so a length meant in mm is given in these pixels."""
    if QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_Use96Dpi):
        return 96.0
    screen = QGuiApplication.primaryScreen()
    return float(round(screen.logicalDotsPerInchY())) if screen is not None else 100.0


def mm(millimetres: float) -> float:
    """Millimetres on paper in rich text's lengths (see :func:`qt_dpi`)."""
    return millimetres / 25.4 * qt_dpi()


def image_size(width_mm: float, height_mm: float) -> tuple[float, float]:
    """The ``width``/``height`` attributes that print an image at this size."""
    return mm(width_mm), mm(height_mm)


@dataclass
class Paged:
    """A document laid out as one long page, and where each printed page begins and
    ends in it (in the PDF's pixels)."""

    doc: QTextDocument
    pages: list[tuple[float, float]]
    height: float

    def page_of(self, y: float) -> int:
        """The page that shows the document's ``y``."""
        for k, (_start, end) in enumerate(self.pages):
            if y < end:
                return k
        return len(self.pages) - 1

    def print_(self, writer: QPdfWriter, overlay=None) -> None:
        """Each page's slice onto ``writer``; ``overlay(painter, page, start)`` draws
        what the document only keeps a place for (the network)."""
        width = self.doc.textWidth()
        painter = QPainter(writer)
        for k, (start, end) in enumerate(self.pages):
            if k:
                writer.newPage()
            painter.save()
            painter.translate(0, -start)
            self.doc.drawContents(painter, QRectF(0, start, width, end - start))
            if overlay is not None:
                overlay(painter, k, start)
            painter.restore()
        painter.end()


def lay_out(doc: QTextDocument, device: QPagedPaintDevice) -> Paged:
    """Lay ``doc`` out at ``device``'s width and cut it into its pages."""
    doc.documentLayout().setPaintDevice(device)
    doc.setTextWidth(device.width())  # one long page: Qt paginates nothing
    return Paged(doc, _cut(doc, float(device.height())), float(device.height()))


def print_pdf(doc: QTextDocument, path: Path, paper: str, title: str) -> None:
    """Lay ``doc`` out and print it to ``path`` (a temporary file first, then moved
    into place, so an interrupted export leaves no half PDF)."""
    tmp = path.with_name(f".{path.name}.writing.tmp")
    writer = pdf_writer(str(tmp), paper, title)
    lay_out(doc, writer).print_(writer)
    del writer  # closes the file
    os.replace(tmp, path)


def blocks(doc: QTextDocument) -> list[QTextBlock]:
    out, b = [], doc.begin()
    while b.isValid():
        out.append(b)
        b = b.next()
    return out


def _cut(doc: QTextDocument, height: float) -> list[tuple[float, float]]:
    """Where the pages begin and end: each as full as the places it may be cut at
    allow (the top of a line, a table's row), none inside a kept-together span."""
    layout = doc.documentLayout()
    scale = RESOLUTION / qt_dpi()  # a margin's units in the PDF's pixels
    cuts: set[float] = set()
    keep: list[tuple[float, float]] = []
    tall = 0.9 * height  # what is taller than a page is split anyway
    spans: dict[int, tuple[float, float]] = {}
    all_blocks = blocks(doc)
    for block in all_blocks:
        rect = layout.blockBoundingRect(block)
        lines = block.layout()
        origin = rect.top() - lines.boundingRect().top()
        tops = [origin + lines.lineAt(i).y() for i in range(lines.lineCount())] or [rect.top()]
        bottom = rect.bottom() + block.blockFormat().bottomMargin() * scale
        spans[block.blockNumber()] = (tops[0], bottom)
        # a block is cut a little above its first line: an accent (É) rises above it
        if QTextCursor(block).currentTable() is not None:
            cuts.add(tops[0] - ACCENT / 2)  # a cell: its row's top
        else:
            cuts.update([tops[0] - ACCENT, *tops[1:]])
    for block in all_blocks:
        top, bottom = spans[block.blockNumber()]
        nxt = block.next()
        if block.blockFormat().headingLevel() > 0 and nxt.isValid():
            end = spans[nxt.blockNumber()][1]
            table = QTextCursor(nxt).currentTable()
            if table is not None:
                last = table.cellAt(table.rows() - 1, table.columns() - 1).lastCursorPosition()
                whole = spans[last.block().blockNumber()][1]
                end = whole if whole - top < tall else end
            if end - top < tall:
                keep.append((top, end - ACCENT - 1))  # (the next cut is above its top)
        elif block.textList() is not None and bottom - top < tall:
            keep.append((top, bottom - ACCENT - 1))
    total = layout.documentSize().height()
    ordered = sorted(c for c in cuts if c > 0)
    allowed = [c for c in ordered if not _inside(c, _merged(keep))]
    pages, start = [], 0.0
    while total - start > height:
        limit = start + height
        end = _last_in(allowed, start, limit) or _last_in(ordered, start, limit) or limit
        pages.append((start, end))
        start = end
    pages.append((start, max(total, start + 1)))
    return pages


def _merged(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The spans joined where they overlap, in order."""
    out: list[tuple[float, float]] = []
    for a, b in sorted(spans):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _inside(y: float, spans: list[tuple[float, float]]) -> bool:
    k = bisect.bisect_right(spans, (y, float("inf"))) - 1
    return k >= 0 and spans[k][0] < y < spans[k][1]


def _last_in(ordered: list[float], start: float, limit: float) -> float | None:
    """The last of ``ordered`` in (start, limit], or None."""
    k = bisect.bisect_right(ordered, limit) - 1
    return ordered[k] if k >= 0 and ordered[k] > start else None
