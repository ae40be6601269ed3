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


def lay_out(doc: QTextDocument, device: QPagedPaintDevice) -> QTextDocument:
    """Lay ``doc`` out on ``device``'s pages, a heading kept with what follows it and a
    question with its room. Returns ``doc``."""
    doc.documentLayout().setPaintDevice(device)
    doc.setPageSize(QSizeF(device.width(), device.height()))
    _keep_together(doc)
    return doc


def print_pdf(doc: QTextDocument, path: Path, paper: str, title: str) -> None:
    """Lay ``doc`` out and print it to ``path`` (a temporary file first, then moved
    into place, so an interrupted export leaves no half PDF)."""
    import os

    tmp = path.with_name(f".{path.name}.writing.tmp")
    writer = pdf_writer(str(tmp), paper, title)
    lay_out(doc, writer)
    doc.print_(writer)
    del writer  # closes the file
    os.replace(tmp, path)


def blocks(doc: QTextDocument) -> list[QTextBlock]:
    out, b = [], doc.begin()
    while b.isValid():
        out.append(b)
        b = b.next()
    return out


class _Pages:
    """The laid-out document's measures, asked for once (each call into Qt costs)."""

    def __init__(self, doc: QTextDocument) -> None:
        self.doc = doc
        self.layout = doc.documentLayout()
        self.height = doc.pageSize().height()
        self.margin_scale = RESOLUTION / qt_dpi()

    def page(self, y: float) -> int:
        return int(y // self.height)

    def span(self, block: QTextBlock) -> tuple[float, float]:
        """Where ``block``'s first line starts and its last line (and its room) ends,
        in the PDF's pixels."""
        rect = self.layout.blockBoundingRect(block)
        layout = block.layout()
        n = layout.lineCount()
        if n == 0:
            return rect.top(), rect.bottom()
        first, last = layout.lineAt(0), layout.lineAt(n - 1)
        origin = rect.top() - layout.boundingRect().top()
        bottom = origin + last.y() + last.height()
        return origin + first.y(), bottom + block.blockFormat().bottomMargin() * self.margin_scale

    def page_top(self, block: QTextBlock) -> float:
        """Where ``block``'s first line starts on a page it begins: below the page's
        margin and its own top margin."""
        margin = self.doc.rootFrame().frameFormat().topMargin()
        return (margin + block.blockFormat().topMargin()) * self.margin_scale

    def table_bottom(self, block: QTextBlock) -> float | None:
        table = QTextCursor(block).currentTable()
        return None if table is None else self.layout.frameBoundingRect(table).bottom()

    def break_before(self, block: QTextBlock) -> None:
        """A page break before ``block``, and the document after it laid out again.

        (Changing a block's format lays out only the next thousand characters at once,
        and blockBoundingRect did not lay out the rest: the blocks after them were left
        with no height, printed nowhere. Marking everything after the block dirty lays
        it all out.)"""
        fmt = block.blockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(block).setBlockFormat(fmt)
        start = block.position()
        self.doc.markContentsDirty(start, self.doc.characterCount() - start)


def _units(pages: _Pages, block: QTextBlock) -> tuple[float, float] | None:
    """The span that must stay on one page if ``block`` starts it: a heading with what
    follows it (its table, when the table fits on a page), a list item with its room."""
    heading = block.blockFormat().headingLevel() > 0 and block.next().isValid()
    if not heading and block.textList() is None:
        return None  # (asked first: measuring every table cell cost a second a class)
    top, bottom = pages.span(block)
    nxt = block.next()
    tall = 0.9 * pages.height  # what is taller than a page is split anyway
    if heading:
        end = pages.table_bottom(nxt)
        if end is None or end - top > tall:
            end = pages.span(nxt)[1]
        return (top, end) if end - top < tall else None
    if block.textList() is not None and bottom - top < tall:
        return top, bottom
    return None


def _split(pages: _Pages, unit: tuple[float, float]) -> bool:
    return pages.page(unit[0]) != pages.page(unit[1] - 1)


def _keep_together(doc: QTextDocument) -> None:
    """Plan the breaks on the layout as it is, set them all, then check the layout
    again (and break where the plan missed: each such break lays out what follows)."""
    pages = _Pages(doc)
    planned = _plan(doc, pages)
    if planned:
        edit = QTextCursor(doc)
        edit.beginEditBlock()  # one change for Qt to lay out, not one per break
        for block in planned:
            fmt = block.blockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            edit.setPosition(block.position())
            edit.setBlockFormat(fmt)
        edit.endEditBlock()
        start = planned[0].position()  # what is before the first break stays as it is
        doc.markContentsDirty(start, doc.characterCount() - start)
    block = doc.begin()
    while block.isValid():
        unit = _units(pages, block)
        if unit is not None and _split(pages, unit):
            pages.break_before(block)
        block = block.next()


def _plan(doc: QTextDocument, pages: _Pages) -> list[QTextBlock]:
    """Where the breaks go: each unit that would cross a page's foot starts the next
    page, and what follows moves down as much (a table or a paragraph that Qt would
    itself push down is not foreseen: the check after catches it)."""
    planned: list[QTextBlock] = []
    shift = 0.0
    block = doc.begin()
    while block.isValid():
        unit = _units(pages, block)
        if unit is not None:
            top, bottom = unit[0] + shift, unit[1] + shift
            if pages.page(top) != pages.page(bottom - 1):
                start = (pages.page(top) + 1) * pages.height + pages.page_top(block)
                shift += start - top
                planned.append(block)
        block = block.next()
    return planned
