"""Worksheets as a teacher prints them, in French, German and English: no heading alone
at a page's foot, a question never split from its room to work, answer blanks long
enough for a hand-written "−0,0134", labels of the network at least 9 pt, the
information table's labels apart from their values, and the summary key as a table of
(name | value) per variant. The layouts are the ones the PDFs are printed from; the
PDFs themselves are read back with pypdf."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QFont, QFontMetricsF, QTextCursor

from fruitnet_gui.i18n import use_language
from fruitnet_gui.model.net.network import PAPER_INPUT, PAPER_TARGET, fruit_network, paper_network
from fruitnet_gui.model.teaching.iteration import Iteration
from fruitnet_gui.model.teaching.worksheet import BLANK, Sheet, variant_iteration
from fruitnet_gui.model.text import translate
from fruitnet_gui.ui.classroom import worksheet_pdf
from fruitnet_gui.ui.classroom.worksheet_pages import (
    ACCENT,
    RESOLUTION,
    blocks,
    pdf_writer,
    qt_dpi,
)
from fruitnet_gui.ui.classroom.worksheet_picture import LABEL_PT, PRINTED_MM

PX_PER_MM = RESOLUTION / 25.4


@pytest.fixture(params=["fr", "de", "en"])
def language(request, qapp):
    use_language(request.param)
    yield request.param
    use_language("en")


def laid_out(sheet: Sheet, key: bool):
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer, "a4")
    return worksheet_pdf.sheet_document(sheet, key, writer), writer


def page_blocks(paged):
    """Each page's blocks outside tables, in order, as (block, first line's top)."""
    layout = paged.doc.documentLayout()
    pages = [[] for _ in paged.pages]
    for block in blocks(paged.doc):
        if QTextCursor(block).currentTable() is not None or not block.text().strip():
            continue
        rect = layout.blockBoundingRect(block)
        last = rect.top() + block.layout().lineAt(block.layout().lineCount() - 1).y()
        first, end = paged.page_of(rect.top() + 1), paged.page_of(last + 1)
        assert first == end or block.textList() is None, f"split: {block.text()[:40]!r}"
        pages[first].append(block)
    return pages


def sheets():
    paper = Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET, pencil=4)
    fruit_net = fruit_network()
    fruit = Iteration(fruit_net, fruit_net.check_input([0.5] * 36), [1.0, 0.0], pencil=4)
    return [("paper", paper), ("fruit", fruit), ("variant", variant_iteration(3, 2))]


@pytest.mark.parametrize("which", ["paper", "fruit", "variant"])
def test_no_heading_is_the_last_block_of_a_page(language, which):
    it = dict(sheets())[which]
    for key in (False, True):
        paged, _ = laid_out(Sheet(it, which), key)
        pages = page_blocks(paged)
        assert len(pages) >= 2
        for k, page in enumerate(pages[:-1]):
            assert page, f"page {k + 1} is empty"
            last = page[-1]
            assert last.blockFormat().headingLevel() == 0, (language, which, key, last.text())
        if not key:  # every question has its room to work under it on its own page
            layout = paged.doc.documentLayout()
            scale = RESOLUTION / qt_dpi()
            for block in blocks(paged.doc):
                if block.textList() is None:
                    continue
                rect = layout.blockBoundingRect(block)
                room = block.blockFormat().bottomMargin() * scale
                assert room >= 10 * PX_PER_MM
                start, end = paged.pages[paged.page_of(rect.top() + 1)]
                end = max(end, start + paged.height) if end == paged.pages[-1][1] else end
                assert rect.bottom() + room <= end + ACCENT + 1, block.text()[:40]


def test_the_printed_pages_end_with_no_heading(tmp_path, language):
    """The same read back from the PDF: no page's last line is a step's title."""
    it = variant_iteration(0, 1)
    titles = [translate("Worksheets", "Step 1 · The network, the sample and the target")]
    titles += [s.split(" · ")[0] for s in _step_titles(it)]
    for key in (False, True):
        path = tmp_path / f"{key}.pdf"
        worksheet_pdf.write_pdf(Sheet(it, "v"), key, path)
        reader = PdfReader(str(path))
        assert len(reader.pages) >= 2
        for page in reader.pages[:-1]:
            lines = [line for line in page.extract_text().splitlines() if line.strip()]
            assert not any(lines[-1].startswith(t.split(" · ")[0]) for t in titles), lines[-1]


def _step_titles(it):
    from fruitnet_gui.model.teaching.iteration import step_title

    return [step_title(p) for p in dict.fromkeys(s.phase for s in it.quantities())]


def test_an_answer_blank_holds_a_hand_written_number_and_each_question_has_room(qapp):
    sheet = Sheet(variant_iteration(0, 1), "v")
    paged, writer = laid_out(sheet, False)
    font = QFont("sans-serif")
    font.setPointSizeF(11)
    blank_mm = QFontMetricsF(font, writer).horizontalAdvance(BLANK) / PX_PER_MM
    assert blank_mm >= 35, blank_mm  # "−0,0134" written by hand: about 3 cm
    # and as laid out: the blank's own width on its line
    for block in blocks(paged.doc):
        if block.textList() is None:
            continue
        at = block.text().index(BLANK)
        line = block.layout().lineForTextPosition(at)
        end_line = block.layout().lineForTextPosition(at + len(BLANK))
        assert line.lineNumber() == end_line.lineNumber(), "the blank is not broken"
        width = line.cursorToX(at + len(BLANK))[0] - line.cursorToX(at)[0]
        assert width / PX_PER_MM >= 35, (block.text()[:30], width / PX_PER_MM)
        # the room to work: at least a centimetre under every question
        rect = paged.doc.documentLayout().blockBoundingRect(block)
        following = block.next()
        gap = paged.doc.documentLayout().blockBoundingRect(following).top() - rect.bottom()
        if following.isValid() and following.textList() is not None:
            assert gap >= 10 * PX_PER_MM, (block.text()[:30], gap / PX_PER_MM)


def test_the_network_is_printed_with_labels_of_at_least_9_pt(tmp_path, qapp):
    it = variant_iteration(0, 1)
    paged, _ = laid_out(Sheet(it, "v"), False)
    place = worksheet_pdf.picture_rect(paged.doc)
    assert place is not None
    assert place.width() / PX_PER_MM == pytest.approx(PRINTED_MM, abs=1.5)
    # the PDF holds the labels as text (vectors): read their size on paper there
    path = tmp_path / "w.pdf"
    worksheet_pdf.write_pdf(Sheet(it, "v"), False, path)
    sizes: dict[str, float] = {}

    def visit(text, cm, tm, font, size):
        c, d = (  # the text matrix times the page's: its vertical scale
            tm[2] * cm[0] + tm[3] * cm[2],
            tm[2] * cm[1] + tm[3] * cm[3],
        )
        if text.strip():
            sizes[text.strip()] = size * (c * c + d * d) ** 0.5  # in points (1/72 inch)

    page = PdfReader(str(path)).pages[0]
    text = re.sub(r"\s+", " ", page.extract_text(visitor_text=visit)).replace("−", "-")
    assert "w1 = 0.7" in text and "target 1" in text
    labels = {t: pt for t, pt in sizes.items() if t.startswith(("w1", "w5", "bw", "target"))}
    assert labels, sizes
    assert min(labels.values()) >= 9, labels
    assert LABEL_PT >= 9


def test_the_information_table_keeps_its_labels_apart_from_their_values(language):
    paged, _ = laid_out(Sheet(variant_iteration(0, 1), "v"), False)
    layout = paged.doc.documentLayout()
    label_cells, value_lefts = [], []
    for block in blocks(paged.doc):
        cursor = QTextCursor(block)
        table = cursor.currentTable()
        if table is None:
            continue
        cell = table.cellAt(cursor)
        rect = layout.blockBoundingRect(block)
        if cell.column() == 0:
            assert block.layout().lineCount() == 1, block.text()  # a label on one line
            label_cells.append(rect.left() + block.layout().lineAt(0).naturalTextWidth())
        else:
            value_lefts.append(rect.left())
    assert label_cells and value_lefts
    assert max(label_cells) + 2 * PX_PER_MM <= min(value_lefts)  # 2 mm between them


def test_the_summary_key_is_a_table_per_variant_headed_in_the_language(tmp_path, language):
    from fruitnet_gui.commands import run

    args = ["worksheet", "--language", language, "--variants", "3", "--seed", "4"]
    assert run([*args, "--out", str(tmp_path)]) == 0
    use_language(language)  # (the command put its language back)
    html = (tmp_path / "summary-key.html").read_text()
    md = (tmp_path / "summary-key.md").read_text()
    variant = {"fr": "Variante 1", "de": "Variante 1", "en": "Variant 1"}[language]
    assert f"<h2>{variant}</h2>" in html and f"## {variant}" in md
    assert "variant-01" not in html
    assert html.count("<table") == 3
    # a name and its value in cells of their own, neither one broken
    it = variant_iteration(4, 1)
    sheet = Sheet(it, "")
    value = next(iter(sheet.answers().values()))
    shown = value.replace(".", "," if language != "en" else ".").replace("-", "−")
    assert re.search(rf"<td[^>]*nowrap[^>]*>{re.escape(shown)}</td>", html), shown
    assert f"| {shown} |" in md
    pages = PdfReader(str(tmp_path / "summary-key.pdf")).pages
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pages))
    assert variant in text and shown in text


def test_french_typography_in_the_markdown(qapp):
    use_language("fr")
    try:
        md = Sheet(variant_iteration(0, 1), "v").markdown(False)
    finally:
        use_language("en")
    assert "**Entrée\u00a0:**" in md and "Entrée:" not in md
    assert "x1 = 0,17\u00a0; x2 = 0,74" in md
    assert "\u00a0; un poids de biais par nœud" in md  # the conventions' list too
