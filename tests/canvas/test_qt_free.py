"""The canvas's layout, labels and state modules load no Qt."""

from __future__ import annotations

import subprocess
import sys


def test_the_canvas_geometry_loads_no_qt() -> None:
    code = (
        "import sys\n"
        "import fruitnet_gui.ui.canvas.layout, fruitnet_gui.ui.canvas.labels\n"
        "import fruitnet_gui.ui.canvas.state, fruitnet_gui.ui.canvas.tooltips\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'pyqtgraph'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_canvas_module_is_over_600_lines() -> None:
    # issue #11: the canvas had grown to 1,015 lines in one module
    from pathlib import Path

    import fruitnet_gui.ui.canvas as canvas

    for path in Path(canvas.__file__).parent.glob("*.py"):
        lines = path.read_text(encoding="utf-8").count("\n")
        assert lines <= 600, (path.name, lines)
