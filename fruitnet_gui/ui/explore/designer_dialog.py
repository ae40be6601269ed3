"""Network → New network…: design a network and step through it or train it.

Layer sizes (the input size follows the dataset in the window when there is one, else
it is free), up to 4 hidden layers of up to 64 nodes, an activation per hidden layer,
the output and its error (sigmoid with squared error as in the paper, or softmax with
cross-entropy), the textbook conventions, the learning rate and the starting weights
(seeded uniform or normal with a range, Xavier/Glorot, or "nice numbers" with 2 decimals
for hand work). Every sub-step, formula, factor, pencil mode, practice mode and
worksheet works for every choice.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fruitnet_gui.model.errors import FruitNetError
from fruitnet_gui.model.explore.design import INITS, MAX_HIDDEN_LAYERS, MAX_NODES, design_network
from fruitnet_gui.model.net.network import Network
from fruitnet_gui.model.text import QT_TRANSLATE_NOOP, translate
from fruitnet_gui.ui.session import Session

__all__ = ["DesignerDialog"]

_HIDDEN = (
    ("sigmoid", QT_TRANSLATE_NOOP("Explore", "sigmoid (the paper)")),
    ("tanh", "tanh"),
    ("relu", "ReLU"),
    ("linear", QT_TRANSLATE_NOOP("Explore", "linear")),
)
_OUTPUTS = (("squared", QT_TRANSLATE_NOOP("Explore", "sigmoid, squared error (the paper)")),
            ("cross_entropy", QT_TRANSLATE_NOOP("Explore", "softmax, cross-entropy")))  # fmt: skip
_INIT_TEXT = {
    "uniform": QT_TRANSLATE_NOOP("Explore", "uniform in ±range"),
    "normal": QT_TRANSLATE_NOOP("Explore", "normal, standard deviation = range"),
    "xavier": QT_TRANSLATE_NOOP("Explore", "Xavier/Glorot (range ignored)"),
    "nice": QT_TRANSLATE_NOOP("Explore", "nice numbers: 2 decimals, for hand work"),
}


class DesignerDialog(QDialog):
    """The designer; OK puts the new network in the window."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("designer_dialog")
        self.setWindowTitle(translate("Explore", "New network"))
        self._session = session
        data = session.dataset
        fixed_inputs = data is not None and len(data) > 0
        self.inputs_spin = QSpinBox()
        self.inputs_spin.setRange(1, 4096)
        self.inputs_spin.setValue(session.network.n_inputs)
        self.inputs_spin.setEnabled(not fixed_inputs)
        self.outputs_spin = QSpinBox()
        self.outputs_spin.setRange(1, 64)
        self.outputs_spin.setValue(session.network.n_outputs)
        self.outputs_spin.setEnabled(not fixed_inputs)
        if fixed_inputs:  # the dataset decides: its image size in, its classes out
            self.inputs_spin.setValue(data.shape[0] * data.shape[1])
            self.outputs_spin.setValue(len(data.classes))
        self.hidden_count = QSpinBox()
        self.hidden_count.setRange(1, MAX_HIDDEN_LAYERS)
        self.hidden_count.setValue(1)
        self.hidden_count.valueChanged.connect(self._show_layers)
        self.sizes: list[QSpinBox] = []
        self.acts: list[QComboBox] = []
        rows = QVBoxLayout()
        for k in range(MAX_HIDDEN_LAYERS):
            size = QSpinBox()
            size.setRange(1, MAX_NODES)
            size.setValue(3 if k == 0 else 2)
            size.setObjectName(f"hidden_size_{k + 1}")
            size.setAccessibleName(
                translate("DesignerDialog", "Nodes in hidden layer {k}").format(k=k + 1)
            )
            act = QComboBox()
            act.setObjectName(f"hidden_activation_{k + 1}")
            act.setAccessibleName(
                translate("DesignerDialog", "Activation of hidden layer {k}").format(k=k + 1)
            )
            for key, text in _HIDDEN:
                act.addItem(translate("Explore", text), key)
            row = QHBoxLayout()
            row.addWidget(QLabel(translate("Explore", "hidden layer {n}:").format(n=k + 1)))
            row.addWidget(size)
            row.addWidget(QLabel(translate("Explore", "nodes,")))
            row.addWidget(act)
            holder = QWidget()
            holder.setLayout(row)
            rows.addWidget(holder)
            self.sizes.append(size)
            self.acts.append(act)
        self._rows = [rows.itemAt(k).widget() for k in range(MAX_HIDDEN_LAYERS)]
        self.output_combo = QComboBox()
        self.output_combo.setObjectName("output_combo")
        for key, text in _OUTPUTS:
            self.output_combo.addItem(translate("Explore", text), key)
        # more than two classes: one softmax node per class is proposed (the paper's
        # sigmoids would not share one probability among them)
        self.outputs_spin.valueChanged.connect(self._propose_output)
        self._propose_output(self.outputs_spin.value())
        self.lr_spin = QDoubleSpinBox()
        self.lr_spin.setDecimals(4)
        self.lr_spin.setRange(0.0001, 1000)
        self.lr_spin.setValue(session.network.learning_rate)
        self.init_combo = QComboBox()
        self.init_combo.setObjectName("init_combo")
        for key in INITS:
            self.init_combo.addItem(translate("Explore", _INIT_TEXT[key]), key)
        self.scale_spin = QDoubleSpinBox()
        self.scale_spin.setRange(0.01, 10)
        self.scale_spin.setValue(0.5)
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2_000_000_000)
        form = QFormLayout()
        form.addRow(translate("Explore", "Inputs:"), self.inputs_spin)
        form.addRow(translate("Explore", "Hidden layers:"), self.hidden_count)
        form.addRow(rows)
        form.addRow(translate("Explore", "Outputs:"), self.outputs_spin)
        form.addRow(translate("Explore", "Output and error:"), self.output_combo)
        form.addRow(translate("Explore", "Learning rate η:"), self.lr_spin)
        form.addRow(translate("Explore", "Starting weights:"), self.init_combo)
        form.addRow(translate("Explore", "Range:"), self.scale_spin)
        form.addRow(translate("Explore", "Seed:"), self.seed_spin)
        note = QLabel(
            translate(
                "Explore",
                "The conventions (error ½Σ or Σ or mean, the bias) are those of the window "
                "(Network → Conventions…). ReLU's slope at 0 is taken to be 0.",
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._show_layers()

    def _propose_output(self, outputs: int) -> None:
        if outputs > 2:
            self.output_combo.setCurrentIndex(self.output_combo.findData("cross_entropy"))

    def _show_layers(self, *_args: object) -> None:
        for k, row in enumerate(self._rows):
            row.setVisible(k < self.hidden_count.value())

    def network(self) -> Network:
        """The designed network (raises FruitNetError when it cannot be made)."""
        n = self.hidden_count.value()
        loss = self.output_combo.currentData()
        layers = [self.inputs_spin.value(), *(s.value() for s in self.sizes[:n]),
                  self.outputs_spin.value()]  # fmt: skip
        acts = [a.currentData() for a in self.acts[:n]]
        acts.append("softmax" if loss == "cross_entropy" else "sigmoid")
        current = self._session.network
        data = self._session.dataset
        if data is not None and len(data) > 0:
            classes = data.classes
            shape = data.shape
        else:
            classes = current.classes if current.n_outputs == layers[-1] else None
            shape = current.input_shape if current.n_inputs == layers[0] else None
        return design_network(
            layers, activations=acts, loss=loss, conventions=current.conventions,
            learning_rate=self.lr_spin.value(), init=self.init_combo.currentData(),
            seed=self.seed_spin.value(), scale=self.scale_spin.value(), classes=classes,
            input_shape=shape,
        )  # fmt: skip

    def accept(self) -> None:
        try:
            net = self.network()
        except FruitNetError as exc:
            self._session.error_occurred.emit(str(exc))
            return
        if self._session.set_network(
            net, "designed", doing=QT_TRANSLATE_NOOP("Unsaved", "making the new network")
        ):
            super().accept()
