"""The training panel: settings, Train / Pause / Stop, progress and the last epoch's result.

Training runs in ``session.trainer`` (a training process); this panel only starts it
and shows its paced snapshots. What a run trains on and whether its weights are adopted
when it ends is the run record's business (``session.run``, decided in the state): the
panel says what happened. Every number it shows is of one snapshot, counted in epochs
trained, as the curves and the result line count them.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fruitnet_gui.model.errors import FruitNetError
from fruitnet_gui.model.net.network import check_learning_rate
from fruitnet_gui.model.text import (
    QT_TRANSLATE_NOOP,
    class_name,
    number,
    percent,
    source_of,
    translate,
)
from fruitnet_gui.model.training import Progress, TrainingConfig
from fruitnet_gui.ui.icons import icon
from fruitnet_gui.ui.session import Session
from fruitnet_gui.ui.theme import current_theme, theme_manager

__all__ = ["MODES", "TrainingPanel"]

#: Mode combo entries: the config's mode, what the student reads (short enough for the
#: dock of a 1024-pixel window) and the item's tooltip.
MODES: tuple[tuple[str, str, str], ...] = (
    ("online", QT_TRANSLATE_NOOP("Training", "Online: update per sample"),
     QT_TRANSLATE_NOOP("Training", "One update after every sample, as in the paper")),
    ("batch", QT_TRANSLATE_NOOP("Training", "Batch: update per epoch"),
     QT_TRANSLATE_NOOP("Training",
                       "One update per epoch, with the mean gradient of all the training samples")),
    ("minibatch", QT_TRANSLATE_NOOP("Training", "Mini-batch: update per batch"),
     QT_TRANSLATE_NOOP("Training", "One update per batch of samples (the batch size below), "
                       "with their mean gradient")),
)  # fmt: skip

_REASONS = {
    "epochs": QT_TRANSLATE_NOOP("Training", "Finished all {epochs} epochs."),
    "target error": QT_TRANSLATE_NOOP("Training", "Reached the target error after {epoch} epochs."),
    "diverged": QT_TRANSLATE_NOOP(
        "Training",
        "Stopped after {epoch} epochs: the error is no longer a number "
        "(the learning rate is too large).",
    ),
}


def _styles() -> dict[str, str]:
    """The status lines' looks in the theme in force (ui/theme.py)."""
    t = current_theme()
    return {
        "error": f"color: {t.warning}; font-weight: bold;",
        "info": f"color: {t.formula};",
        "source": f"color: {t.accent};",
        "one_sample": f"color: {t.note_text}; background: {t.note_fill}; padding: 3px; "
        "border-radius: 3px;",
    }


def format_seconds(seconds: float) -> str:
    """``"8 s"``, ``"2 min 05 s"``, ``"1 h 03 min"``."""
    s = max(0, round(seconds))
    if s < 60:
        return translate("Training", "{s} s").format(s=s)
    if s < 3600:
        return translate("Training", "{m} min {s} s").format(m=s // 60, s=f"{s % 60:02d}")
    return translate("Training", "{h} h {m} min").format(h=s // 3600, m=f"{s % 3600 // 60:02d}")


class TrainingPanel(QWidget):
    """Epochs, learning rate, mode, seed and target error; Train, Pause/Resume, Stop.

    Public widgets: ``epochs_spin``, ``lr_spin``, ``mode_combo``, ``batch_spin``,
    ``seed_spin``, ``target_check``, ``target_spin``, ``train_button``, ``pause_button``,
    ``stop_button``, ``progress_bar``, ``source_label``, ``result_label``,
    ``message_label``.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("training_panel")
        self.setAccessibleName(translate("TrainingPanel", "Training"))
        self.setAccessibleDescription(
            translate(
                "TrainingPanel",
                "The dataset, epochs, learning rate and mode; Train, Pause and Stop",
            )
        )
        self.session = session
        self._lr_problem = ""
        self._progress_text = translate("Training", "Not started")
        self._state = session.trainer.state
        self._run_started = 0.0  # time.monotonic() at start, moved on by every pause
        self._paused_at = 0.0

        self.source_label = QLabel()
        self.source_label.setObjectName("training_source")
        self.source_label.setWordWrap(True)

        self.epochs_spin = QSpinBox()
        self.epochs_spin.setRange(1, 100_000)
        self.epochs_spin.setValue(50)
        self.epochs_spin.setToolTip(
            translate("Training", "One epoch shows the network every training image once")
        )

        self.lr_spin = QDoubleSpinBox()
        self.lr_spin.setDecimals(4)
        # wider than what is allowed, so a too large value is explained, not clamped
        self.lr_spin.setRange(0.0, 1_000_000.0)
        self.lr_spin.setSingleStep(0.1)
        self.lr_spin.setValue(session.network.learning_rate)
        self.lr_spin.setToolTip(
            translate("Training", "η in  w⁺ = w − η · ∂E_total/∂w  (0.5 in the paper)")
        )

        self.mode_combo = QComboBox()
        for key, text, tip in MODES:
            self.mode_combo.addItem(translate("Training", text), key)
            self.mode_combo.setItemData(
                self.mode_combo.count() - 1, translate("Training", tip), Qt.ItemDataRole.ToolTipRole
            )
        # The long item texts must not widen the dock: the combo elides them instead.
        self.mode_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.mode_combo.setMinimumContentsLength(14)
        # ... and says the whole of the chosen one in its tooltip
        self.mode_combo.currentIndexChanged.connect(self._show_mode_tip)
        self._show_mode_tip()
        self.batch_spin = QSpinBox()
        self.batch_spin.setRange(1, 100_000)
        self.batch_spin.setValue(TrainingConfig.batch_size)
        self.batch_spin.setSuffix(translate("Training", " samples"))
        self.batch_spin.setToolTip(
            translate("Training", "Mini-batch mode: the samples averaged for each update")
        )

        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2**31 - 1)
        self.seed_spin.setToolTip(
            translate("Training", "The same seed shuffles the samples in the same order")
        )

        self.target_check = QCheckBox(translate("Training", "Stop early at training error"))
        self.target_spin = QDoubleSpinBox()
        self.target_spin.setDecimals(4)
        self.target_spin.setRange(0.0, 10.0)
        self.target_spin.setSingleStep(0.001)
        self.target_spin.setValue(0.01)
        self.target_spin.setAccessibleName(translate("TrainingPanel", "Training error to stop at"))
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_check)
        target_row.addWidget(self.target_spin)
        target_row.addStretch(1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("Training", "Epochs"), self.epochs_spin)
        form.addRow(translate("Training", "Learning rate η"), self.lr_spin)
        form.addRow(translate("Training", "Mode"), self.mode_combo)
        form.addRow(
            translate("Training", "Batch size"), self.batch_spin
        )  # on its own row: a 1024-px screen's dock
        form.addRow(translate("Training", "Shuffle seed"), self.seed_spin)
        form.addRow(target_row)

        self.train_button = QPushButton(icon("play"), translate("Training", "Train"))
        self.pause_button = QPushButton(icon("pause"), translate("Training", "Pause"))
        self.stop_button = QPushButton(translate("Training", "Stop"))
        for button in (self.train_button, self.pause_button, self.stop_button):
            button.setAutoDefault(False)
        self.train_button.setToolTip(
            translate("Training", "Train a copy of the network; the window stays usable")
        )
        self.stop_button.setToolTip(
            translate("Training", "Stop and keep the weights learnt so far")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.train_button)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.stop_button)

        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("training_progress")
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(0)
        self.progress_bar.setTextVisible(True)
        self.progress_bar.setFormat(translate("Training", "Not started"))
        self.progress_bar.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.result_label = QLabel()
        self.result_label.setObjectName("training_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)

        self.message_label = QLabel()
        self.message_label.setObjectName("training_message")
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.source_label)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.result_label)
        layout.addWidget(self.message_label)
        layout.addStretch(1)

        self.train_button.clicked.connect(self.train)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        self.lr_spin.valueChanged.connect(self._on_settings_changed)
        self.mode_combo.currentIndexChanged.connect(self._on_settings_changed)
        self.target_check.toggled.connect(self._on_settings_changed)
        self.target_spin.valueChanged.connect(self._on_settings_changed)
        trainer = session.trainer
        trainer.state_changed.connect(self._on_state_changed)
        trainer.progressed.connect(self._on_progressed)
        trainer.finished.connect(self._on_finished)
        trainer.failed.connect(self._on_failed)
        trainer.pause_confirmed.connect(self._on_pause_confirmed)
        session.network_changed.connect(self._on_network_changed)
        # one learning rate: the network's, also where one steps (the stepper's η)
        session.iteration_changed.connect(self._on_learning_rate_shown)
        self.lr_spin.editingFinished.connect(self._on_learning_rate_edited)
        session.dataset_changed.connect(self._on_dataset_changed)
        session.input_changed.connect(self._on_input_changed)
        theme_manager().changed.connect(self._on_theme_changed)
        self._update_source()
        self._on_settings_changed()
        self._on_state_changed(trainer.state)

    # -- actions -----------------------------------------------------------------------
    def config(self) -> TrainingConfig:
        """The settings as a checked :class:`TrainingConfig` (ModelError if unusable)."""
        return TrainingConfig(
            epochs=self.epochs_spin.value(),
            learning_rate=self.lr_spin.value(),
            mode=self.mode_combo.currentData(),
            batch_size=self.batch_spin.value(),
            seed=self.seed_spin.value(),
            target_error=self.target_spin.value() if self.target_check.isChecked() else None,
        ).checked()

    def train(self) -> bool:
        """Start training with the panel's settings; False (and a message) if it cannot."""
        if self.session.state.refused(QT_TRANSLATE_NOOP("State", "training")):
            return False
        try:
            config = self.config()
        except FruitNetError as exc:
            self._show_message(str(exc), error=True)
            self.session.error_occurred.emit(str(exc))
            return False
        self._show_message("")
        self.progress_bar.setValue(0)
        self._set_progress_text(translate("Training", "Starting…"))
        self.result_label.setText("")
        if not self.session.start_training(config):
            self._set_progress_text(translate("Training", "Not started"))
            return False
        return True

    def toggle_pause(self) -> None:
        trainer = self.session.trainer
        if trainer.state == "running":
            trainer.pause()
        elif trainer.state == "paused":
            trainer.resume()

    def stop(self) -> None:
        """Stop training (returns at once); the weights learnt so far are kept when the
        run's ``finished`` arrives."""
        self.session.trainer.stop()

    def trains_on_one_sample(self) -> bool:
        """Whether Train would use only the sample in the editor (no usable dataset)."""
        return self.session.state.training_data()[0] == "sample in the editor"

    # -- showing -----------------------------------------------------------------------
    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet(_styles()["error" if error else "info"])
        self.message_label.setText(("⚠ " if error else "") + text if text else "")
        self.message_label.setVisible(bool(text))

    def _on_theme_changed(self, _theme: object) -> None:
        self._update_source()

    def _update_source(self) -> None:
        if self.trains_on_one_sample():
            self.source_label.setStyleSheet(_styles()["one_sample"])
            self.source_label.setText(
                translate(
                    "Training",
                    "No dataset for this network: training on the one sample in the editor "
                    "(label “{label}”), as the worked example continues.",
                ).format(label=class_name(self.session.label))
            )
            return
        _source, xs, _ts, tx, _tt = self.session.state.training_data()
        if tx is not None:
            text = translate(
                "Training",
                "Training on the <b>{n}</b> images of the training set, testing on <b>{m}</b>.",
            ).format(n=len(xs), m=len(tx))
        else:
            text = translate(
                "Training", "Training on the <b>{n}</b> images of the training set (no test set)."
            ).format(n=len(xs))
        self.source_label.setStyleSheet(_styles()["source"])
        self.source_label.setText(text)

    def retranslate(self) -> None:
        """The progress text and the data line in the new language (the result line
        follows at the next epoch)."""
        source = source_of(self._progress_text)
        if source is not None:
            self._set_progress_text(translate(*source))
        self._update_source()
        self._show_mode_tip()

    def _show_mode_tip(self, *_args) -> None:
        """The chosen mode in full (the combo may show it shortened) and what it does,
        in the language of now (its items' tooltips too)."""
        combo = self.mode_combo
        for index, (_key, _text, tip) in enumerate(MODES):
            combo.setItemData(index, translate("Training", tip), Qt.ItemDataRole.ToolTipRole)
        tip = combo.itemData(combo.currentIndex(), Qt.ItemDataRole.ToolTipRole) or ""
        combo.setToolTip(f"{combo.currentText()}<br>{tip}" if tip else combo.currentText())

    def _set_progress_text(self, text: str) -> None:
        self._progress_text = text
        suffix = ""
        if self.session.trainer.state == "paused":
            run = self.session.trainer.run
            confirmed = run is not None and run.paused_confirmed
            suffix = (
                translate("Training", " — paused")
                if confirmed
                else translate("Training", " — pausing…")
            )
        self.progress_bar.setFormat(text + suffix)

    def _show_result(self, progress: Progress) -> None:
        if not progress.history:
            return
        last = progress.history[-1]
        # "after": the progress bar counts the epoch running now, one more
        text = translate(
            "Training",
            "After epoch {epoch}: training error <b>{error}</b>, accuracy <b>{accuracy}</b>",
        ).format(
            epoch=last.epoch,
            error=number(f"{last.train_error:.4g}"),
            accuracy=percent(last.train_accuracy, 1),
        )
        if last.test_error is not None and last.test_accuracy is not None:
            text += "<br>" + translate(
                "Training", "test error <b>{error}</b>, accuracy <b>{accuracy}</b>"
            ).format(
                error=number(f"{last.test_error:.4g}"),
                accuracy=percent(last.test_accuracy, 1),
            )
        self.result_label.setText(text)

    # -- slots -------------------------------------------------------------------------
    def _on_settings_changed(self, *_args: object) -> None:
        minibatch = self.mode_combo.currentData() == "minibatch"
        self.batch_spin.setEnabled(minibatch and self.session.trainer.state == "idle")
        self.target_spin.setEnabled(
            self.target_check.isChecked() and self.session.trainer.state == "idle"
        )
        try:
            check_learning_rate(self.lr_spin.value())
        except FruitNetError as exc:
            self._lr_problem = str(exc)
            self._show_message(self._lr_problem, error=True)
        else:
            if self._lr_problem:
                self._show_message("")
            self._lr_problem = ""
        self.train_button.setEnabled(self.session.trainer.state == "idle" and not self._lr_problem)

    def running_seconds(self) -> float:
        """Wall-clock seconds the current run has been running (pauses left out)."""
        if self._state == "idle":
            return 0.0
        now = self._paused_at if self._state == "paused" else time.monotonic()
        return now - self._run_started

    def _on_state_changed(self, state: str) -> None:
        now = time.monotonic()
        if state == "running" and self._state == "idle":
            self._run_started = now
        elif state == "running" and self._state == "paused":
            self._run_started += now - self._paused_at
        elif state == "paused":
            self._paused_at = now
        self._state = state
        idle = state == "idle"
        for w in (self.epochs_spin, self.lr_spin, self.mode_combo, self.seed_spin,
                  self.target_check):  # fmt: skip
            w.setEnabled(idle)
        self.pause_button.setEnabled(not idle)
        self.stop_button.setEnabled(not idle)
        if state == "paused":
            self.pause_button.setText(translate("Training", "Resume"))
            self.pause_button.setIcon(icon("play"))
            self.pause_button.setToolTip(translate("Training", "Go on training"))
        else:
            self.pause_button.setText(translate("Training", "Pause"))
            self.pause_button.setIcon(icon("pause"))
            self.pause_button.setToolTip(
                translate("Training", "Pause training; the plots stay as they are")
            )
        self._set_progress_text(self._progress_text)
        self._on_settings_changed()

    def _on_progressed(self, progress: Progress) -> None:
        f = progress.fraction
        self.progress_bar.setValue(round(1000 * f))
        # epochs trained, as the curves and the result line count them
        text = translate("Training", "{epoch} of {epochs} epochs trained").format(
            epoch=progress.epoch, epochs=progress.epochs
        )
        # wall-clock time, not progress.elapsed: that leaves out evaluating each epoch
        seconds = self.running_seconds()
        if 0 < f < 1 and seconds > 0.3 and self.session.trainer.state == "running":
            left = seconds * (1 - f) / f
            if left < 1:
                text += " — " + translate("Training", "under 1 s left")
            else:
                text += " — " + translate("Training", "about {time} left").format(
                    time=format_seconds(left)
                )
        self._set_progress_text(text)
        self._show_result(progress)

    def _on_pause_confirmed(self, progress: Progress) -> None:
        self._on_progressed(progress)

    def _on_finished(self, progress: Progress) -> None:
        if self.session.trainer.closed:
            return  # the window is closing: laying out a message would only delay it
        run = self.session.trainer.run
        if run is not None and run.superseded:
            self._set_progress_text(translate("Training", "Not started"))
            self.progress_bar.setValue(0)
            self._show_message(
                translate(
                    "Training",
                    "The run of the previous network was stopped when another network was "
                    "chosen; its weights were not kept.",
                )
            )
            return
        if run is not None and run.status == "failed":
            return  # said by _on_failed
        self._on_progressed(progress)
        if progress.finished:
            why = translate(
                "Training",
                _REASONS.get(progress.reason, QT_TRANSLATE_NOOP("Training", "Finished.")),
            )
            text = why.format(epoch=progress.epoch, epochs=progress.epochs)
        elif progress.epoch == 0 and progress.samples_done == 0:
            text = translate("Training", "Stopped before training began: the network is as it was.")
        else:
            text = translate("Training", "Stopped during epoch {epoch}.").format(
                epoch=min(progress.epoch + 1, progress.epochs)
            )
        if progress.finished:
            done = translate("Training", "{epoch} of {epochs} epochs trained — done")
        else:
            done = translate("Training", "{epoch} of {epochs} epochs trained — stopped")
        self._set_progress_text(done.format(epoch=progress.epoch, epochs=progress.epochs))
        if run is not None and run.adopted:
            text += translate(
                "Training", " The network now has the trained weights: step through it to see them."
            )
        self._show_message(text)

    def _on_failed(self, message: str) -> None:
        self._show_message(message, error=True)
        self.session.error_occurred.emit(message)
        self._set_progress_text(translate("Training", "Not trained"))

    def _on_network_changed(self) -> None:
        run = self.session.trainer.run
        if run is not None and run.superseded and run.live:
            # the old run is stopping: what is shown now belongs to the new network
            self.progress_bar.setValue(0)
            self._set_progress_text(translate("Training", "Not started"))
            self.result_label.setText("")
            self._show_message(translate("Training", "Stopping the previous network's run…"))
        self.lr_spin.setValue(self.session.network.learning_rate)
        self._update_source()

    def _on_learning_rate_shown(self) -> None:
        lr = self.session.network.learning_rate
        if abs(self.lr_spin.value() - lr) > 5e-5 and not self.session.trainer.is_active():
            self.lr_spin.setValue(lr)

    def _on_learning_rate_edited(self) -> None:
        value = self.lr_spin.value()
        if abs(value - self.session.network.learning_rate) > 5e-5:
            try:
                check_learning_rate(value)
            except FruitNetError:
                return  # explained beside the Train button, as before
            self.session.set_learning_rate(value)

    def _on_dataset_changed(self) -> None:
        self._update_source()

    def _on_input_changed(self) -> None:
        if self.trains_on_one_sample():
            self._update_source()

    def closeEvent(self, event: QCloseEvent) -> None:
        # a run must not outlive the panel that started it (stop returns at once)
        self.session.trainer.stop()
        super().closeEvent(event)
