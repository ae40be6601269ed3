"""A sheet's HTML on paper pages, with the rules of a printed worksheet.

The document is laid out *at the PDF's resolution* (the writer is its paint device), so
11 pt is 11 pt on paper and the text is measured with the fonts it is printed with (laid
out at the screen's 96 dpi and printed at 150, every size shrank to two thirds and a
bold label could run into the next column).

Qt's rich text knows ``page-break-before`` and ``-after`` but not ``avoid``, so the
rules a teacher expects are applied here, measuring the layout, in one pass from the
top (a break only moves what follows it):

* a heading stays on the page of what follows it (its first question, or its table
  when the table fits on a page);
* a question, with its room to work under it, is never split between two pages.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QIODevice, QMarginsF, QSizeF, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

__all__ = ["RESOLUTION", "image_size", "lay_out", "mm", "pdf_writer", "print_pdf"]

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
RESOLUTION = 150
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


def lay_out(
    doc: QTextDocument, device: QPagedPaintDevice, rooms: list[float] | None = None
) -> QTextDocument:
    """Lay ``doc`` out on ``device``'s pages; ``rooms`` (mm) is the room to work under
    each list item, in order (None: none). Returns ``doc``."""
    doc.documentLayout().setPaintDevice(device)
    doc.setPageSize(QSizeF())  # no layout while the rooms are set
    if rooms:
        items = [b for b in blocks(doc) if b.textList() is not None]
        for block, room in zip(items, rooms):
            fmt = block.blockFormat()
            fmt.setBottomMargin(mm(room))
            QTextCursor(block).setBlockFormat(fmt)
    doc.setPageSize(QSizeF(device.width(), device.height()))
    _keep_together(doc)
    return doc


def print_pdf(doc: QTextDocument, path: Path, paper: str, title: str, rooms=None) -> None:
    """Lay ``doc`` out and print it to ``path`` (a temporary file first, then moved
    into place, so an interrupted export leaves no half PDF)."""
    import os

    tmp = path.with_name(f".{path.name}.writing.tmp")
    writer = pdf_writer(str(tmp), paper, title)
    lay_out(doc, writer, rooms)
    doc.print_(writer)
    del writer  # closes the file
    os.replace(tmp, path)


def blocks(doc: QTextDocument) -> list[QTextBlock]:
    out, b = [], doc.begin()
    while b.isValid():
        out.append(b)
        b = b.next()
    return out


def page_of(doc: QTextDocument, y: float) -> int:
    return int(y // doc.pageSize().height())


def span(doc: QTextDocument, block: QTextBlock) -> tuple[float, float]:
    """Where ``block``'s first line starts and its last line (and its room) ends, in
    the PDF's pixels."""
    rect = doc.documentLayout().blockBoundingRect(block)
    layout = block.layout()
    if layout.lineCount() == 0:
        return rect.top(), rect.bottom()
    first, last = layout.lineAt(0), layout.lineAt(layout.lineCount() - 1)
    top = rect.top() + first.y() - layout.boundingRect().top()
    bottom = rect.top() + last.y() + last.height() - layout.boundingRect().top()
    return top, bottom + block.blockFormat().bottomMargin() * RESOLUTION / qt_dpi()


def _table_bottom(doc: QTextDocument, block: QTextBlock) -> float | None:
    table = QTextCursor(block).currentTable()
    if table is None:
        return None
    return doc.documentLayout().frameBoundingRect(table).bottom()


def _break_before(doc: QTextDocument, block: QTextBlock) -> None:
    """A page break before ``block``, and the document laid out again from the top.

    (Changing a block's format while laid out makes Qt 6 lay out only the next thousand
    characters: the blocks after them were left with no height, and printed nowhere.
    Setting the page size again lays out the whole document.)"""
    size = doc.pageSize()
    doc.setPageSize(QSizeF())
    fmt = block.blockFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(fmt)
    doc.setPageSize(size)


def _keep_together(doc: QTextDocument) -> None:
    height = doc.pageSize().height()
    block = doc.begin()
    while block.isValid():
        top, bottom = span(doc, block)
        if block.blockFormat().headingLevel() > 0 and block.next().isValid():
            nxt = block.next()
            end = _table_bottom(doc, nxt)
            if end is None or end - top > 0.9 * height:
                end = span(doc, nxt)[1]
            if page_of(doc, top) != page_of(doc, end - 1) and end - top < 0.9 * height:
                _break_before(doc, block)
        elif (
            block.textList() is not None
            and page_of(doc, top) != page_of(doc, bottom - 1)
            and bottom - top < 0.9 * height  # what is taller than a page is split anyway
        ):
            _break_before(doc, block)
        block = block.next()
