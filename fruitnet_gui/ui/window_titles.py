"""The main window's titles, as English sources marked for translation: the docks'
(whole and short), the presets', and the window's own title line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabBar

from fruitnet_gui.model.text import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from fruitnet_gui.ui.main_window import MainWindow

__all__ = [
    "DOCK_TITLES",
    "KEYS_LINE",
    "MODEL_FILTER",
    "PRESET_TITLES",
    "SHORT_TITLES",
    "unelide_tabs",
    "window_title",
]

#: The status bar's reminder of the stepper's keys.
KEYS_LINE = QT_TRANSLATE_NOOP(
    "MainWindow", "→ Step   ← Back   Home Reset   End Finish   P Play   N Next"
)
MODEL_FILTER = QT_TRANSLATE_NOOP("MainWindow", "FruitNet models (*.json);;All files (*)")

#: The docks' titles, by object name.
DOCK_TITLES = {
    "input_dock": QT_TRANSLATE_NOOP("MainWindow", "Input"),
    "error_dock": QT_TRANSLATE_NOOP("MainWindow", "Error"),
    "curves_dock": QT_TRANSLATE_NOOP("MainWindow", "Training curves"),
    "hidden_dock": QT_TRANSLATE_NOOP("MainWindow", "Hidden weights"),
    "confusion_dock": QT_TRANSLATE_NOOP("MainWindow", "Confusion"),
    "formula_dock": QT_TRANSLATE_NOOP("MainWindow", "Formula"),
    "dataset_dock": QT_TRANSLATE_NOOP("MainWindow", "Dataset"),
    "training_dock": QT_TRANSLATE_NOOP("MainWindow", "Training"),
}
#: Tab names where the whole ones would not all fit (by dock object name).
SHORT_TITLES = {
    "dataset_dock": QT_TRANSLATE_NOOP("MainWindow", "Data"),
    "hidden_dock": QT_TRANSLATE_NOOP("MainWindow", "Weights"),
}
PRESET_TITLES = {
    "paper": QT_TRANSLATE_NOOP("MainWindow", "paper example 2-2-2"),
    "fruit": QT_TRANSLATE_NOOP("MainWindow", "fruit classifier 36-36-2"),
}


def window_title(session, model_file: str) -> str:
    """ "FruitNet — paper example 2-2-2 — iteration 1", in the user's language."""
    layers = "-".join(str(n) for n in session.network.layers)
    if model_file:
        what = f"{model_file} ({layers})"
    elif session.preset_name in PRESET_TITLES:
        what = translate("MainWindow", PRESET_TITLES[session.preset_name])
    else:
        what = translate("MainWindow", "network {layers}").format(layers=layers)
    return translate("MainWindow", "FruitNet — {what} — iteration {n}").format(
        what=what, n=session.iteration_number
    )


def unelide_tabs(window: MainWindow) -> None:
    """Whole tab names, scrolling if they must; and the short names where the long
    ones would not all fit (the right-hand docks of a 1024-pixel window): a tab behind
    the scroll arrows is a view the student never finds."""
    tabbed: set[str] = set()
    for bar in window.findChildren(QTabBar):
        bar.setElideMode(Qt.TextElideMode.ElideNone)
        bar.setUsesScrollButtons(True)
        docks = [d for i in range(bar.count()) for d in window.docks()
                 if d.windowTitle() == bar.tabText(i) and bar.isVisible()]  # fmt: skip
        tabbed.update(d.objectName() for d in docks)
        if len(docks) != bar.count() or not any(d.objectName() in SHORT_TITLES for d in docks):
            continue
        metrics = bar.fontMetrics()
        padding = sum(bar.tabRect(i).width() for i in range(bar.count())) - sum(
            metrics.horizontalAdvance(bar.tabText(i)) for i in range(bar.count())
        )
        long = sum(metrics.horizontalAdvance(window._title(d.objectName())) for d in docks)
        short = long + padding > bar.width()
        for dock in docks:
            name = dock.objectName()
            whole = window._title(name)
            title = (
                translate("MainWindow", SHORT_TITLES[name])
                if short and name in SHORT_TITLES
                else whole
            )
            if dock.windowTitle() != title:
                dock.setWindowTitle(title)
                dock.toggleViewAction().setText(whole)  # the menu: whole
    for dock in window.docks():  # on its own (moved, floating): its whole name again
        name = dock.objectName()
        if name not in tabbed and dock.windowTitle() != window._title(name):
            dock.setWindowTitle(window._title(name))
