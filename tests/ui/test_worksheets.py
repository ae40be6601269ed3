"""Worksheets and answer keys as a teacher prints them, a variant for every student, and
the Moodle quiz (the PDFs are read back with pypdf)."""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from pypdf import PdfReader

from fruitnet_gui.commands import run
from fruitnet_gui.files.model_io import load_model
from fruitnet_gui.model.net.network import PAPER_INPUT, PAPER_TARGET, paper_network
from fruitnet_gui.model.teaching.iteration import Iteration
from fruitnet_gui.model.teaching.worksheet import Sheet, variant


def pdf_text(path) -> tuple[int, str]:
    reader = PdfReader(str(path))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), re.sub(r"\s+", " ", text.replace("−", "-"))


@pytest.fixture(scope="module")
def paper_sheets(tmp_path_factory, qapp):
    out = tmp_path_factory.mktemp("sheet")
    assert run(["worksheet", "--out", str(out)]) == 0
    return out


def test_the_paper_worksheet_and_key_are_written_in_three_formats(paper_sheets):
    for stem in ("worksheet", "answer-key"):
        for ext in ("pdf", "html", "md"):
            assert (paper_sheets / f"{stem}.{ext}").stat().st_size > 500
    pages, _ = pdf_text(paper_sheets / "worksheet.pdf")
    assert pages in (4, 5)  # the paper's 35 sub-steps at 11 pt, each with room to work
    assert pdf_text(paper_sheets / "answer-key.pdf")[0] == 3


def test_the_blank_sheet_holds_no_answer_and_the_key_every_one(paper_sheets):
    sheet = Sheet(Iteration(paper_network(), PAPER_INPUT, PAPER_TARGET, pencil=4), "")
    answers = {v.replace("−", "-") for v in sheet.answers().values()}
    givens = {"0.15", "0.35", "0.1", "0.2", "0.12", "0.17", "0.05", "0.4", "0.33", "0.07",
              "0.8", "0.25", "0.7", "0.5", "1", "0"}  # fmt: skip
    checked = {a for a in answers if a not in givens}
    assert len(checked) >= 30
    for ext in ("pdf", "md", "html"):
        if ext == "pdf":
            blank = pdf_text(paper_sheets / "worksheet.pdf")[1]
            key = pdf_text(paper_sheets / "answer-key.pdf")[1]
        else:
            blank = (paper_sheets / f"worksheet.{ext}").read_text().replace("−", "-")
            key = (paper_sheets / f"answer-key.{ext}").read_text().replace("−", "-")
        numbers_in_blank = set(re.findall(r"-?\d+\.\d+", blank))
        assert not checked & numbers_in_blank, (ext, checked & numbers_in_blank)
        for a in checked:
            assert a in key, (ext, a)
    blank = pdf_text(paper_sheets / "worksheet.pdf")[1]
    assert "Step 2" in blank and "Step 5" in blank and "________" in blank
    assert "w5 = 0.05" in blank  # the network is given (drawn and listed)


def test_variants_are_good_for_hand_work_and_deterministic(tmp_path, qapp):
    for k in range(1, 13):
        net, x, t = variant(11, k)
        for a in [*net.weights, *net.biases, x]:
            assert np.array_equal(np.round(a, 2), a)  # at most 2 decimals
        fwd = net.forward(x)
        assert all(np.all(np.abs(n) < 3) for n in fwd.nets)  # no sigmoid saturated
        it = Iteration(net, x, t, pencil=4)
        assert all(s.value != 0 for s in it.steps if s.kind == "gradient")
        if k % 2 == 0:  # every other variant: an update changes a weight's sign
            after = it.network_after()
            old = np.concatenate([net.flat_params()])
            assert np.any(np.sign(old) * np.sign(after.flat_params()) < 0)
    assert variant(11, 3)[0].flat_params().tolist() != variant(11, 4)[0].flat_params().tolist()
    a, b = tmp_path / "a", tmp_path / "b"
    assert run(["worksheet", "--variants", "3", "--seed", "5", "--out", str(a)]) == 0
    assert run(["worksheet", "--variants", "3", "--seed", "5", "--out", str(b)]) == 0
    for k in (1, 2, 3):
        sub = f"variant-{k:02d}"
        for name in ("model.json", "sample.json", "answer-key.md"):
            digest = [hashlib.sha256((d / sub / name).read_bytes()).hexdigest() for d in (a, b)]
            assert digest[0] == digest[1], (sub, name)
        assert (a / sub / "worksheet.pdf").read_bytes().startswith(b"%PDF")
        load_model(a / sub / "model.json")
    assert "## Variant 3" in (a / "summary-key.md").read_text()


def test_the_moodle_quiz_parses_and_each_answer_is_the_keys(tmp_path, qapp):
    assert run(["worksheet", "--variants", "2", "--seed", "1", "--out", str(tmp_path)]) == 0
    root = ET.parse(tmp_path / "quiz-moodle.xml").getroot()
    assert root.tag == "quiz"
    categories = [q for q in root if q.get("type") == "category"]
    questions = [q for q in root if q.get("type") == "numerical"]
    assert len(categories) == 2 and len(questions) == 2 * 35
    for k in (1, 2):
        net, x, t = variant(1, k)
        sheet = Sheet(Iteration(net, x, t, pencil=4), "")
        expected = list(sheet.answers().values())
        got = [
            q.find("answer/text").text
            for q in questions
            if q.find("name/text").text.startswith(f"variant-{k:02d} ")
        ]
        assert got == expected
        tolerances = {q.find("answer/tolerance").text for q in questions}
        assert tolerances == {"0.00005"}  # half a unit of the 4th decimal


def test_bad_worksheet_arguments_exit_2(tmp_path, capsys):
    f = tmp_path / "file"
    f.write_text("x")
    assert run(["worksheet", "--out", str(f)]) == 2
    assert run(["worksheet", "--variants", "0", "--out", str(tmp_path / "v")]) == 2
    assert run(["worksheet", "--variants", "2", "--preset", "fruit", "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 3


# -- in the window ----------------------------------------------------------------------
def test_export_worksheet_from_the_window(qtbot, session, tmp_path):
    from PySide6.QtCore import QObject, QSettings, Qt, Slot
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QDialogButtonBox

    from tests.ui.test_main_window import open_window

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = open_window(qtbot, session, settings)
    window.export_worksheet()
    dialog = window.worksheet_dialog
    qtbot.waitExposed(dialog)
    assert dialog.folder_edit.text().endswith("FruitNet worksheets")  # not ~/fruitnet-worksheet
    dialog.folder_edit.setText(str(tmp_path / "one"))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as said:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert {p.name for p in dialog.written} >= {"worksheet.pdf", "answer-key.pdf"}
    assert said.args == [6, str((tmp_path / "one").resolve())]
    # the dialog stays to say what was written and where, and the status bar says it
    assert dialog.isVisible() and dialog.done_label.isVisible() and not ok.isVisible()
    assert "6 files written in" in dialog.done_label.text()
    assert str(tmp_path / "one") in window.statusBar().currentMessage()

    class Opened(QObject):
        def __init__(self):
            super().__init__()
            self.urls = []

        @Slot("QUrl")
        def show(self, url):
            self.urls.append(url.toLocalFile())

    opened = Opened()
    QDesktopServices.setUrlHandler("file", opened, "show")  # Qt's hook for a scheme
    try:
        qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert opened.urls == [str((tmp_path / "one").resolve())]
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    # three students, written one per turn of the event loop
    window.export_worksheet()
    dialog = window.worksheet_dialog
    dialog.folder_edit.setText(str(tmp_path / "class"))
    dialog.variants_check.setChecked(True)
    dialog.variants_spin.setValue(3)
    dialog.seed_spin.setValue(9)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as said:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert said.args[0] == 3 * 8 + 4 == len(dialog.written)
    assert (tmp_path / "class" / "variant-03" / "answer-key.pdf").is_file()
    assert (tmp_path / "class" / "quiz-moodle.xml").is_file()
    assert "28 files written in" in window.statusBar().currentMessage()


def test_a_student_opens_their_variant(qtbot, session):
    from fruitnet_gui.ui.app import build_parser, create_window
    from fruitnet_gui.ui.classroom.worksheet_dialog import OpenVariantDialog

    dialog = OpenVariantDialog(session)
    qtbot.addWidget(dialog)
    dialog.number_spin.setValue(4)
    dialog.seed_spin.setValue(9)
    dialog.accept()
    net, x, t = variant(9, 4)
    assert np.array_equal(session.network.flat_params(), net.flat_params())
    assert np.array_equal(session.x, x) and np.array_equal(session.target, t)
    window = create_window(build_parser().parse_args(["--variant", "4", "--seed", "9"]))
    qtbot.addWidget(window)
    assert np.array_equal(window.session.network.flat_params(), net.flat_params())
    window.session.trainer.shutdown()
