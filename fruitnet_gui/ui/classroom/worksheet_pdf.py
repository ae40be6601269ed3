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
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from fruitnet_gui.files import jsonio
from fruitnet_gui.files.atomic import atomic_write_text, fsync_folder
from fruitnet_gui.files.model_io import model_to_dict
from fruitnet_gui.model.teaching.iteration import Iteration
from fruitnet_gui.model.teaching.lines import given as plain_given
from fruitnet_gui.model.teaching.worksheet import (
    Sheet,
    moodle_xml,
    variant_iteration,
    variant_sample_json,
)
from fruitnet_gui.model.text import list_separator, number, translate

__all__ = ["network_picture", "variant_steps", "write_pdf", "write_sheets", "write_variants"]

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
#: Networks with more edges are not drawn (their weights are in the model file).
MAX_DRAWN_EDGES = 40


def given(v: float) -> str:
    """A given number as the picture shows it (the reader's decimal separator)."""
    return number(plain_given(v))


def network_picture(it: Iteration, width: int = 1100) -> QImage | None:
    """The network with its weights written on the edges, or None if it is too large
    (kept on the iteration: a worksheet and its key show the same picture)."""
    cached = it.__dict__.get("_picture")
    if cached is not None and cached[0] == width:
        return cached[1]
    image = _draw(it, width)
    it.__dict__["_picture"] = (width, image)
    return image


def _draw(it: Iteration, width: int) -> QImage | None:
    net = it.network
    names = it.naming
    edges = sum(w.size for w in net.weights)
    if edges > MAX_DRAWN_EDGES:
        return None
    height = int(width * 0.5)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    layers = net.layers
    has_bias = net.conventions.has_bias
    r = min(height / (4.0 * max(layers) + 2), width / (7.0 * len(layers)))
    xs = [width * (0.17 + 0.66 * k / (len(layers) - 1)) for k in range(len(layers))]

    def ys(n: int) -> list[float]:
        return [height * (0.1 + 0.7 * (j + 0.5) / n) for j in range(n)]

    pos = {(l, j): QPointF(xs[l], y) for l, n in enumerate(layers) for j, y in enumerate(ys(n))}
    bias_pos = {
        l: QPointF((xs[l] + xs[l + 1]) / 2 - r, height * 0.92) for l in range(len(layers) - 1)
    }
    font = QFont()
    font.setPixelSize(max(int(r * 0.42), 12))
    p.setFont(font)
    metrics = QFontMetricsF(font)
    edge_pen = QPen(QColor("#5f6b75"), max(r * 0.06, 1.5))

    def box_at(text: str, at: QPointF) -> QRectF:
        w = metrics.horizontalAdvance(text) + r * 0.3
        h = metrics.height() + r * 0.1
        return QRectF(at.x() - w / 2, at.y() - h / 2, w, h)

    # a small label solver: each label goes to the place along its own edge that covers
    # the fewest nodes, labels and other edges (a label on a crossing would be ambiguous)
    taken = [QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r) for c in pos.values()]
    taken += [QRectF(c.x() - r * 0.7, c.y() - r * 0.5, r * 1.4, r) for c in bias_pos.values()]
    segments: list[tuple[QPointF, QPointF]] = []
    for l, w in enumerate(net.weights):
        for i in range(w.shape[0]):
            for j in range(w.shape[1]):
                segments.append((pos[(l, i)], pos[(l + 1, j)]))
        if has_bias:
            segments += [(bias_pos[l], pos[(l + 1, j)]) for j in range(layers[l + 1])]
    placed: list[tuple[str, QRectF]] = []

    def crosses(box: QRectF, a: QPointF, b: QPointF) -> bool:
        return _segment_hits((a.x(), a.y(), b.x(), b.y()), box.getCoords())

    def place(text: str, a: QPointF, b: QPointF) -> None:
        best, best_cost = None, None
        for t in (0.5, 0.3, 0.7, 0.4, 0.6, 0.25, 0.75, 0.35, 0.65, 0.2, 0.8):
            box = box_at(text, a + (b - a) * t)
            cost = sum(box.intersects(o) for o in taken) * 10
            cost += sum(crosses(box, c, d) for c, d in segments if (c, d) != (a, b))
            if best_cost is None or cost < best_cost:
                best, best_cost = box, cost
            if cost == 0:
                break
        taken.append(best)
        placed.append((text, best))

    for l, w in enumerate(net.weights):
        n_to = layers[l + 1]
        for i in range(w.shape[0]):
            for j in range(w.shape[1]):
                p.setPen(edge_pen)
                p.drawLine(pos[(l, i)], pos[(l + 1, j)])
        if has_bias:
            for j in range(n_to):
                p.setPen(QPen(QColor("#b0b8c0"), max(r * 0.04, 1.0), Qt.PenStyle.DashLine))
                p.drawLine(bias_pos[l], pos[(l + 1, j)])
    for l, w in enumerate(net.weights):
        for i in range(w.shape[0]):
            for j in range(w.shape[1]):
                text = f"{names.weights[l][i][j]} = {given(float(w[i, j]))}"
                place(text, pos[(l, i)], pos[(l + 1, j)])
        if has_bias:
            seen = set()
            for j in range(layers[l + 1]):
                name = names.bias(l, j)
                if name in seen:
                    continue
                seen.add(name)
                place(f"{name} = {given(float(net.biases[l][j]))}", bias_pos[l], pos[(l + 1, j)])
    for text, box in placed:
        p.setPen(QPen(QColor("#1e3a66"), 1.5))
        p.setBrush(QColor("#f4f7fb"))
        p.drawRoundedRect(box, r * 0.15, r * 0.15)
        p.setPen(QColor("#1e3a66"))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text.replace("-", "−"))
    p.setPen(QPen(QColor("#1e3a66"), max(r * 0.08, 2)))
    for (l, j), c in pos.items():
        p.setBrush(QColor("white"))
        p.drawEllipse(c, r, r)
        p.drawText(
            QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r),
            Qt.AlignmentFlag.AlignCenter,
            names.node(l, j),
        )
        if l == 0:
            side = QRectF(c.x() - 4.3 * r, c.y() - r / 2, 3 * r, r)
            p.drawText(
                side,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                given(float(it.x[j])),
            )
        if l == len(layers) - 1:
            side = QRectF(c.x() + 1.3 * r, c.y() - r / 2, 5 * r, r)
            text = translate("Worksheets", "target {value}").format(
                value=given(float(it.target[j]))
            )
            p.drawText(side, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
    if has_bias:
        for c in bias_pos.values():
            box = QRectF(c.x() - r * 0.7, c.y() - r * 0.5, r * 1.4, r)
            p.drawRect(box)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, given(net.bias_input))
    p.end()
    return image


def _segment_hits(seg: tuple[float, float, float, float], rect: tuple) -> bool:
    """Whether the segment crosses the rectangle (Liang-Barsky clipping, plain floats:
    the label solver asks this thousands of times per picture)."""
    x0, y0, x1, y1 = seg
    left, top, right, bottom = rect
    dx, dy = x1 - x0, y1 - y0
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - top), (dy, bottom - y0)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            if t > t1:
                return False
            t0 = max(t0, t)
        else:
            if t < t0:
                return False
            t1 = min(t1, t)
    return t0 <= t1


def _scaled(it: Iteration, width: int) -> QImage | None:
    """The network picture at ``width`` (kept on the iteration, as the picture is: a
    worksheet and its key, as PDF and as HTML, use the same two sizes)."""
    key = f"_picture_{width}"
    if key not in it.__dict__:
        image = network_picture(it)
        it.__dict__[key] = (
            None
            if image is None
            else image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        )
    return it.__dict__[key]


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(data.data())


def write_pdf(sheet: Sheet, key: bool, path: str | os.PathLike[str], paper: str = "a4") -> None:
    """One sheet as a PDF (written to a temporary file, then moved into place)."""
    picture = _scaled(sheet.iteration, 640)
    doc = QTextDocument()
    name = "network.png" if picture is not None else None
    if picture is not None:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), picture)
    doc.setHtml(sheet.html(key, picture=name))
    if key:
        title = translate("Worksheets", "Answer key: {title}").format(title=sheet.title)
    else:
        title = translate("Worksheets", "Worksheet: {title}").format(title=sheet.title)
    _print(doc, Path(path), paper, title)


def _print(doc: QTextDocument, path: Path, paper: str, title: str) -> None:
    """Lay ``doc`` out on ``paper`` pages into ``path`` (a temporary file first, then
    moved into place, so an interrupted export leaves no half PDF)."""
    tmp = path.with_name(f".{path.name}.writing.tmp")
    writer = QPdfWriter(str(tmp))
    margins = QMarginsF(15, 15, 15, 15)
    orientation = QPageLayout.Orientation.Portrait
    unit = QPageLayout.Unit.Millimeter
    writer.setPageLayout(QPageLayout(QPageSize(PAPERS[paper]), orientation, margins, unit))
    writer.setResolution(150)
    writer.setTitle(title)
    writer.setCreator("FruitNet")
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    doc.print_(writer)
    del writer  # closes the file
    os.replace(tmp, path)


def _html_file(sheet: Sheet, key: bool) -> str:
    """The HTML with the drawing inside it (a data URL), so the file stands alone."""
    it = sheet.iteration
    if "_picture_url" not in it.__dict__:
        small = _scaled(it, 700)
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


def _summary(sheets: list[tuple[str, Sheet]], seed: int) -> tuple[str, str]:
    from html import escape

    from fruitnet_gui.model.net.naming import html_name, text_name

    heading = translate("Worksheets", "Summary key: {n} variants (seed {seed})").format(
        n=len(sheets), seed=seed
    )
    md = [f"# {heading}", ""]
    html = [
        "<html><head><meta charset='utf-8'></head><body style='font-family: sans-serif'>",
        f"<h1>{escape(heading)}</h1>",
    ]
    for name, sheet in sheets:
        answers = sheet.answers()
        shown = {n: number(v) for n, v in answers.items()}
        md += [f"## {name}", ""] + [f"- {text_name(n)} = {v}" for n, v in shown.items()] + [""]
        cells = list_separator().join(
            f"{html_name(n)} = {escape(v).replace('-', '−')}" for n, v in shown.items()
        )
        html.append(f"<h3>{escape(name)}</h3><p style='font-size: 9pt'>{cells}</p>")
    html.append("</body></html>")
    return "\n".join(md), "".join(html)


def _html_pdf(html: str, path: Path, paper: str, title: str) -> None:
    doc = QTextDocument()
    doc.setHtml(html)
    _print(doc, path, paper, title)
