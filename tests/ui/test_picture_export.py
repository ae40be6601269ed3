"""File → Export picture… as SVG is a vector drawing, not pictures of the screen's caches."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QSettings

from tests.ui.test_main_window import open_window

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def window(qtbot, session, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return open_window(qtbot, session, settings)


def elements(path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter())


def texts(path) -> list[str]:
    return [(e.text or "").strip() for e in elements(path) if e.tag == f"{SVG}text"]


def count(path, *tags: str) -> int:
    return sum(e.tag in {f"{SVG}{t}" for t in tags} for e in elements(path))


def test_the_paper_net_is_exported_as_shapes_and_text(window, session, tmp_path):
    session.step()
    session.step()  # neth1 and outh1 known: filled nodes beside hatched ones
    path = tmp_path / "net.svg"
    assert window.export_picture(str(path))
    canvas = window.canvas
    assert count(path, "image") == 0  # no raster layer, no sprite
    words = texts(path)
    for name in canvas.named_nodes():
        if not name.startswith("bias"):
            assert name in words, name
    for label, (_box, text) in canvas.edge_labels().items():
        for line in text.split("\n"):
            assert line in words, (label, line)
    for title in ("input", "hidden", "output", "tomato", "positive weight"):
        assert title in words
    nodes = len(canvas.node_names())
    assert count(path, "circle", "ellipse", "path") >= nodes  # discs and bias squares
    assert count(path, "polyline", "line", "path") >= len(canvas.edge_names())


def test_the_fruit_nets_1406_edges_are_lines(window, session, tmp_path):
    session.load_preset("fruit")
    path = tmp_path / "fruit.svg"
    assert window.export_picture(str(path))
    assert count(path, "image") == 0
    assert count(path, "polyline", "line") >= len(window.canvas.edge_names()) == 1406
    # every node: filled discs are circles; the hatched "not yet known" ones, paths
    assert count(path, "circle", "ellipse", "path") >= len(window.canvas.node_names()) == 76
    png = tmp_path / "fruit.png"
    assert window.export_picture(str(png))
    assert png.read_bytes().startswith(b"\x89PNG")


def test_a_failed_export_says_why_and_keeps_the_old_file(window, session, tmp_path):
    messages = []
    session.error_occurred.connect(messages.append)
    old = tmp_path / "net.svg"
    old.write_text("the old picture", encoding="utf-8")
    assert not window.export_picture(str(tmp_path / "missing" / "net.svg"))
    assert not window.export_picture(str(tmp_path / "net.gif"))
    assert len(messages) == 2 and "net.gif" in messages[1]
    assert old.read_text(encoding="utf-8") == "the old picture"
