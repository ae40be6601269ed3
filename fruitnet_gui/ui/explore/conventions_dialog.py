"""Network → Conventions…: follow the worked example, or another textbook.

The dialog edits a :class:`~fruitnet_gui.model.net.conventions.Conventions` and applies it
to the session's network (a new iteration starts; the weights stay, a shared bias
starts as its layer's mean, no bias sets the bias weights to zero). "The paper's"
puts every choice back.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from fruitnet_gui.model.net.conventions import PAPER, Conventions
from fruitnet_gui.model.text import QT_TRANSLATE_NOOP, translate
from fruitnet_gui.ui.session import Session

__all__ = ["ConventionsDialog"]

_ERRORS = (
    ("half_sum", QT_TRANSLATE_NOOP("Explore", "E = ½ Σ (target − out)²  (the paper)")),
    ("sum", QT_TRANSLATE_NOOP("Explore", "E = Σ (target − out)²")),
    ("mean", QT_TRANSLATE_NOOP("Explore", "E = (1/n) Σ (target − out)², n outputs")),
)
_BIASES = (
    ("per_node", QT_TRANSLATE_NOOP("Explore", "a bias weight per node (the paper)")),
    ("per_layer", QT_TRANSLATE_NOOP("Explore", "one bias weight shared by each layer")),
    ("none", QT_TRANSLATE_NOOP("Explore", "no bias")),
)
_BATCH = (
    (
        "mean",
        QT_TRANSLATE_NOOP("Explore", "the mean of the samples' gradients (the paper's choice)"),
    ),
    ("sum", QT_TRANSLATE_NOOP("Explore", "the sum of the samples' gradients")),
)


class ConventionsDialog(QDialog):
    """Choose the error, bias and batch conventions of the session's network."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conventions_dialog")
        self.setWindowTitle(translate("Explore", "Conventions"))
        self._session = session
        self.error_combo = _combo(_ERRORS, "error_combo")
        self.bias_combo = _combo(_BIASES, "bias_combo")
        self.update_check = QCheckBox(
            translate("Explore", "Update the bias weights (the paper does)")
        )
        self.update_check.setObjectName("update_biases_check")
        self.batch_combo = _combo(_BATCH, "batch_combo")
        self.bias_combo.currentIndexChanged.connect(self._on_bias_changed)

        intro = QLabel(
            translate(
                "Explore",
                "Textbooks differ from the worked example in small ways. Choose the ones your "
                "course uses: the formulas, names, values and sub-steps follow.",
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("Explore", "Error:"), self.error_combo)
        form.addRow(translate("Explore", "Bias:"), self.bias_combo)
        form.addRow("", self.update_check)
        form.addRow(translate("Explore", "Batch gradient:"), self.batch_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).setText(
            translate("Explore", "The paper's")
        )
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.set_conventions(PAPER)
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.set_conventions(session.network.conventions)

    def conventions(self) -> Conventions:
        return Conventions(
            error=self.error_combo.currentData(),
            bias=self.bias_combo.currentData(),
            update_biases=self.update_check.isChecked(),
            batch_gradient=self.batch_combo.currentData(),
        )

    def set_conventions(self, conv: Conventions) -> None:
        self.error_combo.setCurrentIndex(self.error_combo.findData(conv.error))
        self.bias_combo.setCurrentIndex(self.bias_combo.findData(conv.bias))
        self.update_check.setChecked(conv.update_biases)
        self.batch_combo.setCurrentIndex(self.batch_combo.findData(conv.batch_gradient))
        self._on_bias_changed()

    def _on_bias_changed(self, *_args: object) -> None:
        self.update_check.setEnabled(self.bias_combo.currentData() != "none")

    def accept(self) -> None:
        if self._session.set_conventions(self.conventions()):
            super().accept()


def _combo(items: tuple[tuple[str, str], ...], name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for key, text in items:
        combo.addItem(translate("Explore", text), key)
    return combo
