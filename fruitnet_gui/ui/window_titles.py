"""The main window's titles, as English sources marked for translation: the docks'
(whole and short), the presets', and the window's own title line."""

from __future__ import annotations

from fruitnet_gui.model.text import QT_TRANSLATE_NOOP, translate

__all__ = [
    "DOCK_TITLES",
    "KEYS_LINE",
    "MODEL_FILTER",
    "PRESET_TITLES",
    "SHORT_TITLES",
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
