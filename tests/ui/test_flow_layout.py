"""The flow layout wraps its widgets onto more rows when narrow."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from fruitnet_gui.ui.data.flow_layout import FlowLayout


def test_buttons_wrap_without_overlapping_and_stay_inside(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    layout = FlowLayout(host, spacing=4)
    texts = ("Load the fruit dataset", "Open…", "Save…", "Import", "Export")
    buttons = [QPushButton(text) for text in texts]
    for button in buttons:
        layout.addWidget(button)
    one_row = layout.sizeHint().width()
    host.resize(one_row, 200)
    host.show()
    qtbot.waitExposed(host)
    assert len({b.geometry().top() for b in buttons}) == 1  # wide enough: one row
    for width in (one_row * 2 // 3, layout.minimumSize().width()):
        host.resize(width, 200)
        qtbot.waitUntil(lambda w=width: host.width() == w)
        layout.activate()
        rows = {b.geometry().top() for b in buttons}
        assert len(rows) > 1
        rects = [b.geometry() for b in buttons]
        assert all(r.right() < width and r.left() >= 0 for r in rects)
        assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])
        assert layout.heightForWidth(width) >= max(r.bottom() for r in rects)
    assert layout.count() == 5 and layout.itemAt(5) is None
