"""The formula view: the current sub-step in symbols and numbers, and the table so far."""

from __future__ import annotations

import time

import pytest
from PySide6.QtGui import QTextDocument

from fruitnet_gui.model.net.network import fruit_network
from fruitnet_gui.ui.session import Session
from fruitnet_gui.ui.stepping.formula_view import FormulaView, format_value


def plain(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


@pytest.fixture
def view(qtbot, session) -> FormulaView:
    widget = FormulaView(session)
    qtbot.addWidget(widget)
    widget.resize(520, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_format_value():
    assert format_value(0.857) == "0.857"
    assert format_value(-0.00042199600701559113) == "−0.000421996007"
    assert format_value(0.7020334875314546) == "0.7020334875"
    assert format_value(1.23e-7) == "1.23×10⁻⁷"
    assert format_value(0.0) == "0"
    assert format_value(0.37784446478610834, pencil=4) == "0.3778"
    assert format_value(-0.00001, pencil=4) == "0.0000"


def test_start_invites_the_first_step(view):
    assert "Press" in view.part_text("explanation")
    assert view.value_label.text() == ""
    assert view.shown_rows == 0


def test_each_sub_step_shows_symbols_numbers_and_value(view, session):
    session.step()
    assert view.part_text("formula") == "neth1 = (x1 × w1) + (x2 × w3) + (1 × bw1)"
    assert "(0.15 × 0.1) + (0.35 × 0.12) + (1 × 0.8)" in view.part_text("numbers")
    assert plain(view.value_label.text()) == "neth1 = 0.857"
    assert "weighted sum" in view.part_text("explanation")
    assert "Step 2" in view.title_label.text()
    assert not view.note_shown


def test_negative_numbers_in_a_formula_have_the_minus_of_the_headline(view, session):
    session.seek(session.iteration.by_name["dEtotal/dw1"].index + 1)
    numbers = view.part_text("numbers")
    assert numbers.endswith("= −0.0004220") and "-" not in numbers
    assert plain(view.value_label.text()) == "∂Etotal/∂w1 = −0.000421996007"


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("outh1", "sigmoid"),
        ("Ey1", "half the squared difference"),
        ("Etotal", "adds the errors"),
        ("dEtotal/dw5", "chain rule"),  # an outer weight
        ("dEtotal/dw1", "both outputs"),  # an inner weight
        ("dEtotal/dbw3", "constant bias input 1"),
        ("dEtotal/dbw1", "collects the error"),  # an inner bias weight
        ("w1_new", "learning rate"),
        ("douty1/dnety1", "slope of the sigmoid"),  # a factor
        ("dEy1/douth1", "first and the second term"),
    ],
)
def test_explanation_follows_the_kind_of_sub_step(view, session, name, words):
    position = session.iteration.by_name[name].index + 1
    session.seek(position)
    assert words in view.part_text("explanation")


def test_paper_note_is_shown_when_our_number_differs(view, session):
    by_name = session.iteration.by_name
    session.seek(by_name["nety1"].index + 1)
    assert view.note_shown
    assert "0.3779" in view.part_text("note")
    session.seek(by_name["w5_new"].index + 1)
    assert plain(view.value_label.text()) == "w5new = −0.0002541271202"
    assert "0.00025" in view.part_text("note")
    assert "minus sign" in view.part_text("note")
    session.seek(by_name["w6_new"].index + 1)  # the paper agrees
    assert not view.note_shown


def test_table_follows_the_cursor_row_by_row(view, session):
    session.seek(3)
    first = view.table.topLevelItem(0).child(0)
    assert list(view.row_texts()) == ["neth1", "outh1", "neth2"]
    session.step()
    assert view.shown_rows == 4
    assert view.table.topLevelItem(0).child(0) is first  # appended, not rebuilt
    assert view.current_row().text(0) == "outh2"
    session.back()
    session.back()
    assert list(view.row_texts()) == ["neth1", "outh1"]
    assert view.current_row().text(0) == "outh1"
    assert view.table.topLevelItem(0).child(0) is first


def test_table_groups_rows_by_phase_like_the_paper(view, session):
    session.finish()
    titles = [view.table.topLevelItem(k).text(0) for k in range(4)]
    assert titles == [
        "Step 2 · Forward propagation",
        "Step 3 · Total error",
        "Step 4 · Backpropagation: the gradients",
        "Step 5 · Updating the weights",
    ]

    def shown(k: int) -> int:
        parent = view.table.topLevelItem(k)
        return sum(not parent.child(i).isHidden() for i in range(parent.childCount()))

    assert [shown(k) for k in range(4)] == [8, 3, 12, 12]  # the factors are hidden
    session.set_level("factor")
    assert [shown(k) for k in range(4)] == [8, 3, 34, 12]  # 22 factors of the chain rule
    paper = {item.text(0): item.text(2) for item in view._rows}
    assert paper["nety1"] == "0.3779" and paper["w5_new"] == "0.00025"


def test_double_click_on_a_row_goes_back_to_it(qtbot, view, session):
    session.seek(10)
    item = view._rows[3]
    view.table.itemDoubleClicked.emit(item, 0)
    assert session.position == 4


def test_pencil_mode_shows_the_pencil_decimals(view, session):
    session.set_pencil(4)
    session.seek(5)
    assert plain(view.value_label.text()) == "nety1 = 0.3779"
    assert view.row_texts()["outh1"] == "0.7020"


def test_fruit_network_table_is_incremental_and_fast(qtbot):
    session = Session(fruit_network(0))
    view = FormulaView(session)
    qtbot.addWidget(view)
    view.show()
    session.finish()
    assert view.shown_rows == 2891
    first = view._rows[0]
    t0 = time.perf_counter()
    for _ in range(50):
        session.back()
    for _ in range(50):
        session.step()
    per_step = (time.perf_counter() - t0) / 100
    assert view.shown_rows == 2891 and view._rows[0] is first
    assert per_step < 0.05, f"{per_step * 1000:.1f} ms per step"
    session.reset()
    assert view.shown_rows == 0


def test_the_paper_table_fits_the_dock_of_a_1024_pixel_window(qtbot, view, session):
    # the dock is ~358 px there: numbers were cut ("0.8" for 0.857), names shortened
    view.resize(358, 700)
    qtbot.waitUntil(lambda: view.width() == 358)
    session.seek(len(session.iteration))
    table = view.table
    widths = [table.columnWidth(c) for c in range(3)]
    assert sum(widths) <= table.viewport().width()
    metrics = table.fontMetrics()
    for row in view._rows:
        for col in (1, 2):
            assert metrics.horizontalAdvance(row.text(col)) <= widths[col], row.text(col)
        assert metrics.horizontalAdvance(row.text(0)) + table.indentation() <= widths[0]
