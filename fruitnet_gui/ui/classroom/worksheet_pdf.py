"""Worksheets on paper: the sheet's HTML laid out by Qt into a PDF, with the network drawn.

Qt's own :class:`QTextDocument` and :class:`QPdfWriter` do the work (no browser); the
drawing of a small network (its weights on its edges, the input and the target) is a
:class:`QImage` painted here and put into the document as a resource. The files of one
sheet are ``worksheet.pdf|.html|.md`` (blank) and ``answer-key.pdf|.html|.md``; with
variants each has its own folder, a summary key lists every variant's answers, and
``quiz-moodle.xml`` holds them as a Moodle quiz.
"""

from __future__ import annotations

import base64
import os
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QUrl
from PySide6.QtGui import QColor, QImage, QPagedPaintDevice, QPainter, QTextDocument

from fruitnet_gui.files import jsonio
from fruitnet_gui.files.atomic import atomic_write_text, fsync_folder
from fruitnet_gui.files.model_io import model_to_dict
from fruitnet_gui.model.net.naming import html_name, text_name
from fruitnet_gui.model.teaching.worksheet import (
    Sheet,
    moodle_xml,
    variant_iteration,
    variant_sample_json,
)
from fruitnet_gui.model.text import minus_signs, number, translate
from fruitnet_gui.ui.classroom.worksheet_pages import (
    Paged,
    blocks,
    image_size,
    lay_out,
    mm,
    pdf_writer,
    print_pdf,
)
from fruitnet_gui.ui.classroom.worksheet_picture import (
    ASPECT,
    PRINTED_MM,
    drawn,
    network_drawing,
    network_picture,
    play,
)

__all__ = [
    "network_picture",
    "sheet_document",
    "variant_steps",
    "write_pdf",
    "write_sheets",
    "write_variants",
]


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(data.data())


#: The picture's width in the HTML files.
HTML_PICTURE_PIXELS = 700
#: The name of the picture's place in a sheet's document (the drawing goes on it).
PICTURE = "network.png"


def sheet_document(sheet: Sheet, key: bool, device: QPagedPaintDevice) -> Paged:
    """One sheet laid out for ``device``'s pages (what :func:`write_pdf` prints; the
    tests read its layout): a place for the picture, :data:`PRINTED_MM` wide, room to
    work under each question of the blank sheet, no heading left alone at a page's
    foot."""
    doc = QTextDocument()
    name, size = None, None
    if drawn(sheet.iteration):
        name = PICTURE
        blank = QImage(1, 1, QImage.Format.Format_RGB32)
        blank.fill(QColor("white"))
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), blank)
        size = image_size(PRINTED_MM, PRINTED_MM * ASPECT)
    doc.setHtml(sheet.html(key, picture=name, size=size, px_per_mm=mm(1.0)))
    return lay_out(doc, device)


def picture_rect(doc: QTextDocument) -> QRectF | None:
    """Where the picture's place is in the laid-out document."""
    layout = doc.documentLayout()
    for block in blocks(doc):
        if block.begin() == block.end():
            continue
        fragment = block.begin().fragment()
        fmt = fragment.charFormat()
        if fmt.isImageFormat() and fmt.toImageFormat().name() == PICTURE:
            line = block.layout().lineAt(0)
            rect = layout.blockBoundingRect(block)
            x = rect.left() + line.cursorToX(fragment.position() - block.position())[0]
            return QRectF(x, rect.top() + line.y(), line.naturalTextWidth(), line.height())
    return None


def write_pdf(sheet: Sheet, key: bool, path: str | os.PathLike[str], paper: str = "a4") -> None:
    """One sheet as a PDF (written to a temporary file, then moved into place): the
    document's pages, and the network drawn as vectors on its place."""
    if key:
        title = translate("Worksheets", "Answer key: {title}").format(title=sheet.title)
    else:
        title = translate("Worksheets", "Worksheet: {title}").format(title=sheet.title)
    path = Path(path)
    tmp = path.with_name(f".{path.name}.writing.tmp")
    writer = pdf_writer(str(tmp), paper, title)
    paged = sheet_document(sheet, key, writer)
    drawing = network_drawing(sheet.iteration)
    place = picture_rect(paged.doc) if drawing is not None else None

    def overlay(painter: QPainter, page: int, start: float) -> None:
        if place is not None and paged.page_of(place.top()) == page:
            painter.save()
            painter.translate(place.topLeft())
            play(painter, drawing, place.width())
            painter.restore()

    paged.print_(writer, overlay)
    del writer  # closes the file
    os.replace(tmp, path)


def _html_file(sheet: Sheet, key: bool) -> str:
    """The HTML with the drawing inside it (a data URL), so the file stands alone."""
    it = sheet.iteration
    if "_picture_url" not in it.__dict__:
        small = network_picture(it, HTML_PICTURE_PIXELS)  # drawn at that size
        it.__dict__["_picture_url"] = (
            None
            if small is None
            else "data:image/png;base64," + base64.b64encode(_png(small)).decode("ascii")
        )
    url = it.__dict__["_picture_url"]
    return sheet.html(key) if url is None else sheet.html(key, picture=url)


def write_sheets(sheet: Sheet, out: str | os.PathLike[str], paper: str = "a4") -> list[Path]:
    """worksheet.pdf|.html|.md and answer-key.pdf|.html|.md in ``out``."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for stem, key in (("worksheet", False), ("answer-key", True)):
        write_pdf(sheet, key, folder / f"{stem}.pdf", paper)
        html = _html_file(sheet, key)
        atomic_write_text(folder / f"{stem}.html", html, sync_folder=False)
        atomic_write_text(folder / f"{stem}.md", sheet.markdown(key), sync_folder=False)
        written += [folder / f"{stem}.{ext}" for ext in ("pdf", "html", "md")]
    fsync_folder(folder)  # the renames above, made durable at once
    return written


def write_variants(out: str | os.PathLike[str], count: int, seed: int, **options) -> list[Path]:
    """``count`` variants, each in ``out/variant-NN/`` (sheets, model.json, sample.json),
    then ``summary-key.md|.html|.pdf`` and ``quiz-moodle.xml`` in ``out``; ``options``
    are :func:`variant_steps`'s (pencil, factors, paper, layers)."""
    written: list[Path] = []
    for files in variant_steps(out, count, seed, **options):
        written += files
    return written


def variant_steps(
    out: str | os.PathLike[str],
    count: int,
    seed: int,
    *,
    pencil: int | None = 4,
    factors: bool = False,
    paper: str = "a4",
    layers: tuple[int, ...] = (2, 2, 2),
):
    """:func:`write_variants` one variant at a time: yields the files of each (the
    window writes one per turn of its event loop, with a progress bar), then those of
    the summary key and the quiz."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    sheets: list[tuple[str, Sheet]] = []
    for k in range(1, count + 1):
        it = variant_iteration(seed, k, layers, pencil)  # the iteration it was checked on
        net, x, t = it.network, it.x, it.target
        name = f"variant-{k:02d}"
        title = translate("Worksheets", "variant {k} (seed {seed})").format(k=k, seed=seed)
        sheet = Sheet(it, title, factors)
        sub = folder / name
        sub.mkdir(parents=True, exist_ok=True)
        atomic_write_text(sub / "model.json", jsonio.dumps(model_to_dict(net)), sync_folder=False)
        atomic_write_text(
            sub / "sample.json", variant_sample_json(seed, k, x, t), sync_folder=False
        )
        files = write_sheets(sheet, sub, paper)  # (its folder fsync covers these two)
        sheets.append((name, sheet))
        yield [*files, sub / "model.json", sub / "sample.json"]
    md, html = _summary(sheets, seed)
    atomic_write_text(folder / "summary-key.md", md)
    atomic_write_text(folder / "summary-key.html", html)
    title = translate("Worksheets", "Summary key (seed {seed})").format(seed=seed)
    _html_pdf(html, folder / "summary-key.pdf", paper, title)
    atomic_write_text(folder / "quiz-moodle.xml", moodle_xml(sheets))
    names = ("summary-key.md", "summary-key.html", "summary-key.pdf", "quiz-moodle.xml")
    yield [folder / n for n in names]


#: The summary key's columns of (name | value) pairs, side by side.
SUMMARY_PAIRS = 3
#: A value's cell: on one line, and apart from the next pair's name (Qt's rich text
#: takes a padding in px, not the shorthand in pt).
_VALUE_CELL = "white-space: nowrap; padding-right: 24px"


def _summary(sheets: list[tuple[str, Sheet]], seed: int) -> tuple[str, str]:
    """The summary key as Markdown and HTML: a table of (name | value) per variant,
    headed "Variant K" in the reader's language, a name never parted from its value."""
    heading = translate("Worksheets", "Summary key: {n} variants (seed {seed})").format(
        n=len(sheets), seed=seed
    )
    quantity, value = translate("Worksheets", "Quantity"), translate("Worksheets", "Value")
    md = [f"# {heading}", ""]
    html = [
        "<html><head><meta charset='utf-8'><style>"
        "body { font-family: sans-serif; } h2 { font-size: 12pt; margin-top: 18px; "
        "page-break-after: avoid; break-after: avoid; } table { border-collapse: collapse; "
        "page-break-inside: avoid; break-inside: avoid; } td, th { font-size: 9pt; "
        "padding-left: 4px; padding-right: 4px; white-space: nowrap; } "
        "</style></head><body>",
        f"<h1>{escape(heading)}</h1>",
    ]
    for k, (_folder, sheet) in enumerate(sheets, start=1):
        title = translate("Worksheets", "Variant {k}").format(k=k)
        shown = [(n, minus_signs(number(v))) for n, v in sheet.answers().items()]
        md += [f"## {title}", "", f"| {quantity} | {value} |", "| --- | ---: |"]
        md += [f"| {text_name(n)} | {v} |" for n, v in shown] + [""]
        html.append(f"<h2>{escape(title)}</h2>{_pairs_table(shown, quantity, value)}")
    html.append("</body></html>")
    return "\n".join(md), "".join(html)


def _pairs_table(shown: list[tuple[str, str]], quantity: str, value: str) -> str:
    """(name | value) pairs in :data:`SUMMARY_PAIRS` column pairs, read down each."""
    rows = -(-len(shown) // SUMMARY_PAIRS)
    name_w, value_w = 60 // SUMMARY_PAIRS, 40 // SUMMARY_PAIRS  # % of the line
    out = ['<table width="100%" cellspacing="0" cellpadding="3"><tr>']
    out += [
        f'<th width="{name_w}%" align="left">{escape(quantity)}</th>'
        f'<th width="{value_w}%" align="right" style="{_VALUE_CELL}">{escape(value)}</th>'
    ] * SUMMARY_PAIRS
    out.append("</tr>")
    for r in range(rows):
        out.append("<tr>")
        for c in range(SUMMARY_PAIRS):
            k = c * rows + r
            if k < len(shown):
                name, v = shown[k]
                out.append(
                    f'<td style="white-space: nowrap">{html_name(name)}</td>'
                    f'<td align="right" style="{_VALUE_CELL}">{escape(v)}</td>'
                )
            else:
                out.append("<td></td><td></td>")
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def _html_pdf(html: str, path: Path, paper: str, title: str) -> None:
    doc = QTextDocument()
    doc.setHtml(html)
    print_pdf(doc, path, paper, title)
