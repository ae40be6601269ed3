"""The stepper bar: move through one iteration sub-step by sub-step.

Every control is a :class:`QAction` with a window-wide shortcut, so the keys work
wherever the focus is in the window; a line edit or spin box that is being typed in
keeps its own keys (Qt asks it first through ``ShortcutOverride``). The main window
puts the same actions in its Step menu.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fruitnet_gui.model.teaching.iteration import Level, Phase
from fruitnet_gui.model.text import QT_TRANSLATE_NOOP, translate
from fruitnet_gui.ui.icons import icon
from fruitnet_gui.ui.session import Session
from fruitnet_gui.ui.stepping.count import count_size, count_text
from fruitnet_gui.ui.stepping.menu_words import MENU_TEXTS
from fruitnet_gui.ui.theme import Theme, crumb_styles, theme_manager

__all__ = ["SPEEDS", "StepperBar"]

#: Play speeds: label and timer interval in milliseconds (0: as fast as the views draw).
SPEEDS: tuple[tuple[str, int], ...] = (
    (QT_TRANSLATE_NOOP("Stepper", "1 step/s"), 1000),
    (QT_TRANSLATE_NOOP("Stepper", "2 steps/s"), 500),
    (QT_TRANSLATE_NOOP("Stepper", "5 steps/s"), 200),
    (QT_TRANSLATE_NOOP("Stepper", "10 steps/s"), 100),
    (QT_TRANSLATE_NOOP("Stepper", "30 steps/s"), 33),
    (QT_TRANSLATE_NOOP("Stepper", "Full speed"), 0),
)
DEFAULT_SPEED = 1

_LEVEL_TITLES = {
    Level.FACTOR: QT_TRANSLATE_NOOP("Stepper", "each factor"),
    Level.QUANTITY: QT_TRANSLATE_NOOP("Stepper", "each quantity"),
    Level.NODE: QT_TRANSLATE_NOOP("Stepper", "each node"),
    Level.LAYER: QT_TRANSLATE_NOOP("Stepper", "each layer"),
    Level.PHASE: QT_TRANSLATE_NOOP("Stepper", "each phase"),
    Level.ITERATION: QT_TRANSLATE_NOOP("Stepper", "whole iteration"),
}


class StepperBar(QWidget):
    """Reset, Back, Step, Run to end of phase, Finish, Play/Pause, grouping, pencil mode.

    Signals
    -------
    playing_changed(bool)
        Play started (True) or stopped (False).

    Attributes
    ----------
    reset_action, back_action, step_action, phase_end_action, finish_action,
    play_action, next_iteration_action
        The actions, with their shortcuts, for the window's Step menu.
    """

    playing_changed = Signal(bool)
    #: "Hold the answer": a Step first shows the next sub-step's formula (this signal),
    #: the next press reveals it.
    held = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._locked = False
        self.setObjectName("stepper_bar")
        self._tips: list[tuple[QAction, str, str]] = []

        self.reset_action = self._action(
            QT_TRANSLATE_NOOP("Stepper", "Reset"),
            "reset",
            QT_TRANSLATE_NOOP("Stepper", "Back to the start of the iteration"),
            [Qt.Key.Key_Home],
            session.reset,
        )
        self.back_action = self._action(
            QT_TRANSLATE_NOOP("Stepper", "Back"),
            "back",
            QT_TRANSLATE_NOOP("Stepper", "Undo the last step"),
            [Qt.Key.Key_Left],
            session.back,
        )
        self.step_action = self._action(
            QT_TRANSLATE_NOOP("Stepper", "Step"),
            "step",
            QT_TRANSLATE_NOOP("Stepper", "Reveal the next sub-step"),
            [Qt.Key.Key_Right, Qt.Key.Key_Space],
            self._on_step_triggered,
        )
        self.phase_end_action = self._action(
            QT_TRANSLATE_NOOP("Stepper", "Run to end of phase"),
            "phase_end",
            QT_TRANSLATE_NOOP("Stepper", "Reveal the rest of the current phase"),
            [QKeySequence("Ctrl+Right")],
            session.run_to_phase_end,
        )
        self.finish_action = self._action(
            QT_TRANSLATE_NOOP("Stepper", "Finish iteration"),
            "finish",
            QT_TRANSLATE_NOOP("Stepper", "Reveal every remaining sub-step"),
            [Qt.Key.Key_End],
            session.finish,
        )
        self.play_action = self._action(
            QT_TRANSLATE_NOOP("Stepper", "Play"),
            "play",
            QT_TRANSLATE_NOOP("Stepper", "Step automatically on a timer"),
            [Qt.Key.Key_P],
            self._on_play_triggered,
        )
        self.play_action.setCheckable(True)
        # Buttons show the short words (QAction.iconText); menus the full ones.
        self.phase_end_action.setIconText(translate("Stepper", "Phase end"))
        self.finish_action.setIconText(translate("Stepper", "Finish"))
        self.next_iteration_action = self._action(
            QT_TRANSLATE_NOOP("Stepper", "Next iteration"),
            "next_iteration",
            QT_TRANSLATE_NOOP(
                "Stepper", "Another iteration on the same sample, starting from the updated weights"
            ),
            [Qt.Key.Key_N],
            session.next_iteration,
        )

        self.practice_action = QAction(translate("Stepper", "&Your turn"), self)
        self.practice_action.setObjectName("practice_action")
        self.practice_action.setCheckable(True)
        self.practice_action.setShortcut(QKeySequence(Qt.Key.Key_Y))
        self.practice_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.practice_action.setToolTip(
            translate(
                "Stepper",
                "Your turn (Y)<br>Type each value before it is shown; FruitNet checks it and "
                "says where a wrong one went wrong",
            )
        )
        self.addAction(self.practice_action)

        self.hold_action = QAction(translate("Stepper", "&Hold the answer"), self)
        self.hold_action.setObjectName("hold_action")
        self.hold_action.setCheckable(True)
        self.hold_action.setShortcut(QKeySequence(Qt.Key.Key_H))
        self.hold_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.hold_action.setStatusTip(
            translate(
                "Stepper",
                "A Step first shows the formula in symbols; the next press shows the numbers "
                "and the value (ask the class before revealing)",
            )
        )
        self.hold_action.toggled.connect(lambda _on: setattr(self, "_holding", False))
        self.addAction(self.hold_action)
        self._holding = False

        self._timer = QTimer(self)
        self._timer.setObjectName("play_timer")
        self._timer.timeout.connect(self._on_timer_timeout)

        self.speed_combo = QComboBox()
        self.speed_combo.setObjectName("speed_combo")
        self.speed_combo.setToolTip(translate("Stepper", "How fast Play steps"))
        for label, ms in SPEEDS:
            self.speed_combo.addItem(translate("Stepper", label), ms)
        self.speed_combo.setCurrentIndex(DEFAULT_SPEED)
        self._timer.setInterval(SPEEDS[DEFAULT_SPEED][1])
        self.speed_combo.currentIndexChanged.connect(self._on_speed_changed)

        self.speed_combo.setAccessibleName(translate("Stepper", "Play speed"))
        self.level_combo = QComboBox()
        self.level_combo.setAccessibleName(translate("Stepper", "How much one Step reveals"))
        self.level_combo.setToolTip(translate("Stepper", "How much one Step reveals"))
        for level in Level:
            self.level_combo.addItem(translate("Stepper", _LEVEL_TITLES[level]), level.value)
        self.level_combo.currentIndexChanged.connect(self._on_level_combo_changed)

        self.pencil_check = QCheckBox(translate("Stepper", "Pencil mode"))
        self.pencil_check.setObjectName("pencil_check")
        self.pencil_check.setToolTip(
            translate(
                "Stepper",
                "Round every intermediate to the chosen decimals and carry the rounded value "
                "forward, as the worked example does by hand",
            )
        )
        self.decimals_spin = QSpinBox()
        self.decimals_spin.setRange(0, 12)
        self.decimals_spin.setValue(4)
        self.decimals_spin.setSuffix(translate("Stepper", " decimals"))
        self.decimals_spin.setToolTip(translate("Stepper", "Decimals kept in pencil mode"))
        self.decimals_spin.setAccessibleName(translate("Stepper", "Decimals kept in pencil mode"))
        self.pencil_check.toggled.connect(self._on_pencil_edited)
        self.decimals_spin.valueChanged.connect(self._on_pencil_edited)

        self.lr_spin = QDoubleSpinBox()
        self.lr_spin.setObjectName("lr_spin")
        self.lr_spin.setDecimals(4)
        self.lr_spin.setRange(0.0001, 1000.0)
        self.lr_spin.setSingleStep(0.1)
        self.lr_spin.setPrefix("η = ")
        self.lr_spin.setKeyboardTracking(False)  # one new iteration per edit, not per key
        self.lr_spin.setToolTip(
            translate(
                "Stepper",
                "The network's learning rate η, used by every update below and by training",
            )
        )
        self.lr_spin.valueChanged.connect(self._on_lr_edited)
        self.lr_spin.setAccessibleName(translate("Stepper", "Learning rate"))

        self.crumbs: dict[Phase, QLabel] = {p: QLabel(p.title) for p in Phase}
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        self.count_label.setTextFormat(Qt.TextFormat.RichText)
        self.setAccessibleName(translate("StepperBar", "Stepper"))
        self.setAccessibleDescription(
            translate(
                "StepperBar", "Step through one iteration: Right or Space steps, Left goes back"
            )
        )

        self.buttons: dict[str, QToolButton] = {}
        self._compact = False
        self._build_layout()
        # Narrow windows (a 1024-pixel projector) get icon-only buttons; tooltips keep
        # the words. The widths are measured once, with every control visible.
        self._full_width = 0

        session.cursor_moved.connect(self._on_cursor_moved)
        session.iteration_changed.connect(self._on_iteration_changed)
        session.level_changed.connect(self._on_level_changed)
        session.network_changed.connect(self._on_network_changed)
        self._crumb_looks = crumb_styles(theme_manager().theme)
        self._crumb_words = (
            translate("StepperBar", "current phase"),
            translate("StepperBar", "done"),
            translate("StepperBar", "to come"),
        )
        theme_manager().changed.connect(self.set_theme)
        self.set_theme(theme_manager().theme)
        self._on_level_changed(session.level)
        self._on_iteration_changed()
        self._measure()  # once the phase names have their padding

    def _measure(self) -> None:
        """The full width (above it, the buttons show their words) and the compact
        minimum, measured with every control visible."""
        compact = self._compact
        self._set_compact(False)
        self.layout().invalidate()
        self.layout().activate()
        self._full_width = self.sizeHint().width()
        self._set_compact(True)
        self.layout().invalidate()
        self.layout().activate()  # re-measures the nested rows
        self.setMinimumWidth(self.minimumSizeHint().width())
        self._set_compact(compact)

    def set_theme(self, theme: Theme) -> None:
        """The breadcrumbs, Next iteration and Your turn in ``theme``'s colours."""
        self._crumb_looks = crumb_styles(theme)
        self.buttons["next_iteration"].setStyleSheet(
            f"QToolButton {{ font-weight: bold; color: {theme.accent}; }}"
        )
        self.buttons["practice"].setStyleSheet(
            f"QToolButton:checked {{ background: {theme.current_row}; "
            f"color: {theme.current_row_text}; font-weight: bold; }}"
        )
        for arrow in self._arrows:
            arrow.setStyleSheet(f"color: {theme.crumb_todo_text};")
        for action in self.actions():
            if isinstance(action.data(), str) and action.data():
                action.setIcon(icon(action.data()))
        self._on_cursor_moved(self._session.position)

    # -- construction --------------------------------------------------------------------
    def _action(self, text: str, icon_name: str, tip: str, keys: list, slot) -> QAction:
        """An action; ``text`` and ``tip`` are English sources (translated here, and
        again by :meth:`retranslate`)."""
        action = QAction(icon(icon_name), translate("Stepper", MENU_TEXTS[text]), self)
        action.setData(icon_name)  # its icon is made again for another theme
        shortcuts = [k if isinstance(k, QKeySequence) else QKeySequence(k) for k in keys]
        action.setShortcuts(shortcuts)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self._tips.append((action, text, tip))
        self._tooltip(action, text, tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # the shortcut lives as long as the bar is in a window
        return action

    @staticmethod
    def _tooltip(action: QAction, text: str, tip: str) -> None:
        """ "Step (Right, Space)<br>Reveal …": the keys as Qt names them in the language."""
        native = QKeySequence.SequenceFormat.NativeText
        keys_text = ", ".join(s.toString(native) for s in action.shortcuts())
        action.setToolTip(
            f"{translate('Stepper', text)} ({keys_text})<br>{translate('Stepper', tip)}"
        )
        action.setStatusTip(translate("Stepper", tip))

    def retranslate(self) -> None:
        """The texts made of parts (tooltips with their keys, the count) in the new language."""
        for action, text, tip in self._tips:
            self._tooltip(action, text, tip)
        self._fit_count_label()
        self.phase_end_action.setIconText(translate("Stepper", "Phase end"))
        self.finish_action.setIconText(translate("Stepper", "Finish"))
        self._on_cursor_moved(self._session.position)

    def _button(self, action: QAction, key: str) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setIconSize(QSize(24, 24))
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space steps; it never "clicks" a button
        button.setObjectName(f"{key}_button")
        self.buttons[key] = button
        return button

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.setSpacing(2)
        top.addWidget(self._button(self.reset_action, "reset"))
        top.addWidget(self._button(self.back_action, "back"))
        step = self._button(self.step_action, "step")
        step.setStyleSheet("QToolButton { font-weight: bold; }")
        top.addWidget(step)
        top.addWidget(self._button(self.phase_end_action, "phase_end"))
        top.addWidget(self._button(self.finish_action, "finish"))
        top.addWidget(_separator())
        top.addWidget(self._button(self.play_action, "play"))
        top.addWidget(self.speed_combo)
        top.addWidget(_separator())
        practice = QToolButton()
        practice.setDefaultAction(self.practice_action)
        practice.setObjectName("practice_button")
        practice.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.buttons["practice"] = practice
        nxt = self._button(self.next_iteration_action, "next_iteration")
        top.addWidget(nxt)
        top.addStretch(1)
        self.level_caption = QLabel(translate("Stepper", "Step reveals"))
        top.addWidget(self.level_caption)
        top.addWidget(self.level_combo)
        top.addSpacing(12)
        top.addWidget(self.pencil_check)
        top.addWidget(self.decimals_spin)

        bottom = QHBoxLayout()
        bottom.setSpacing(4)
        self._arrows: list[QLabel] = []
        for k, phase in enumerate(Phase):
            if k:
                arrow = QLabel("→")
                arrow.setAccessibleName(translate("StepperBar", "then"))
                self._arrows.append(arrow)
                bottom.addWidget(arrow)
            crumb = self.crumbs[phase]
            crumb.setObjectName(f"crumb_{phase.value}")
            bottom.addWidget(crumb)
        bottom.addStretch(1)
        bottom.addWidget(practice)  # here, not above: the top row fills a 800-px window
        bottom.addWidget(self.lr_spin)
        bottom.addSpacing(2)
        bottom.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self._size_labels()

    def _size_labels(self) -> None:
        # compact (a narrow window): the phases and the count in the bar's own font, the
        # count without "sub-step", so that every control keeps inside a 800-pixel window
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * (1.0 if self._compact else 1.15))
        for crumb in self.crumbs.values():
            crumb.setFont(font)
        self.count_label.setFont(font)
        # A fixed size for a label that changes on every step keeps Qt from re-laying out
        # the whole window each time (size changes propagate up to the top-level).
        self._fit_count_label()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count_label.setAutoFillBackground(True)  # repainted alone, not the toolbar behind

    def _fit_count_label(self) -> None:
        self.count_label.setFixedSize(count_size(self.count_label.font(), self._compact))

    # -- state ---------------------------------------------------------------------------
    @property
    def is_playing(self) -> bool:
        return self._timer.isActive()

    def play(self) -> None:
        """Start stepping on the timer (from the start if the iteration is complete)."""
        if self.is_playing:
            return
        if self._session.cursor.at_end:
            self._session.reset()
        self._timer.start()
        self._show_playing(True)

    def pause(self) -> None:
        """Stop the timer; nothing else changes."""
        if not self.is_playing:
            self._show_playing(False)
            return
        self._timer.stop()
        self._show_playing(False)

    def _show_playing(self, playing: bool) -> None:
        was = self.play_action.isChecked()
        self.play_action.setChecked(playing)
        self.play_action.setText(
            translate("Stepper", "&Pause") if playing else translate("Stepper", "&Play")
        )
        self.play_action.setIcon(icon("pause" if playing else "play"))
        if was != playing:
            self.playing_changed.emit(playing)

    @property
    def is_compact(self) -> bool:
        """True when the buttons show icons only (the bar is too narrow for words)."""
        return self._compact

    def _set_compact(self, compact: bool) -> None:
        self._compact = compact
        for key, button in self.buttons.items():
            # Without its icon (assets/ not installed) a button keeps its words.
            beside = not compact or key in ("step", "next_iteration") or button.icon().isNull()
            button.setToolButtonStyle(
                Qt.ToolButtonStyle.ToolButtonTextBesideIcon
                if beside
                else Qt.ToolButtonStyle.ToolButtonIconOnly
            )
        self.level_caption.setVisible(not compact)
        self.decimals_spin.setSuffix("" if compact else translate("Stepper", " decimals"))
        if self.count_label.text():  # (not while the bar is being built)
            self._size_labels()
            self._show_count(self._session.position)

    def changeEvent(self, event: QEvent) -> None:
        # View → Zoom: the phase names and the count follow the new font, and the widths
        # the compact layout depends on are measured again.
        if event.type() == QEvent.Type.FontChange and hasattr(self, "_full_width"):
            self._measure()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        compact = event.size().width() < self._full_width
        if compact != self._compact:
            self._set_compact(compact)
        super().resizeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        # A closed or hidden window must not keep stepping in the background.
        self.pause()
        super().hideEvent(event)

    # -- slots ---------------------------------------------------------------------------
    def _on_step_triggered(self) -> None:
        if self.hold_action.isChecked() and not self._holding:
            nxt = self._session.cursor.next_step()
            if nxt is not None:
                self._holding = True  # the next press shows the numbers and the value
                self.held.emit(nxt)
                return
        self._holding = False
        self._session.step()

    def _on_play_triggered(self) -> None:
        if self.is_playing:
            self.pause()
        else:
            self.play()

    def _on_timer_timeout(self) -> None:
        if not self._session.step() or self._session.cursor.at_end:
            self.pause()

    def _on_speed_changed(self, index: int) -> None:
        self._timer.setInterval(int(self.speed_combo.itemData(index)))

    def _on_level_combo_changed(self, index: int) -> None:
        self._session.set_level(Level(self.level_combo.itemData(index)))

    def _on_level_changed(self, level: Level) -> None:
        self._on_cursor_moved(self._session.position)
        index = self.level_combo.findData(Level(level).value)
        if index != self.level_combo.currentIndex():
            self.level_combo.setCurrentIndex(index)

    def _on_pencil_edited(self, *_args: object) -> None:
        checked = self.pencil_check.isChecked()
        self.decimals_spin.setEnabled(checked)
        self._session.set_pencil(self.decimals_spin.value() if checked else None)

    def _on_lr_edited(self, value: float) -> None:
        if abs(value - self._session.network.learning_rate) > 5e-5:
            self._session.set_learning_rate(value)

    def _on_network_changed(self) -> None:
        self.pause()

    def _on_iteration_changed(self) -> None:
        lr = self._session.network.learning_rate
        if abs(self.lr_spin.value() - lr) > 5e-5:
            self.lr_spin.blockSignals(True)
            self.lr_spin.setValue(lr)
            self.lr_spin.blockSignals(False)
        pencil = self._session.pencil
        self.pencil_check.blockSignals(True)
        self.pencil_check.setChecked(pencil is not None)
        self.pencil_check.blockSignals(False)
        if pencil is not None and pencil != self.decimals_spin.value():
            self.decimals_spin.blockSignals(True)
            self.decimals_spin.setValue(pencil)
            self.decimals_spin.blockSignals(False)
        self.decimals_spin.setEnabled(pencil is not None)
        self._on_cursor_moved(self._session.position)

    def set_locked(self, locked: bool) -> None:
        """Disable every stepping control (and its shortcut), e.g. while training runs."""
        self._locked = locked
        if locked:
            self.pause()
        self.setEnabled(not locked)
        self._on_cursor_moved(self._session.position)

    @property
    def is_locked(self) -> bool:
        return self._locked

    def _on_cursor_moved(self, position: int) -> None:
        self._holding = False  # any move ends a held question
        cursor = self._session.cursor
        at_start, at_end = cursor.at_start, cursor.at_end
        if self.is_locked:
            at_start = at_end = True  # nothing to step: every action below goes off
            self.next_iteration_action.setEnabled(False)
            self.play_action.setEnabled(False)
        else:
            self.play_action.setEnabled(True)
        self.reset_action.setEnabled(not at_start)
        self.back_action.setEnabled(not at_start)
        self.step_action.setEnabled(not at_end)
        self.phase_end_action.setEnabled(not at_end)
        self.finish_action.setEnabled(not at_end)
        self.next_iteration_action.setEnabled(at_end and not self.is_locked)
        self.buttons["next_iteration"].setVisible(cursor.at_end)
        current = cursor.phase
        order = list(Phase)
        for phase, crumb in self.crumbs.items():
            if phase is current:
                k = 0
            elif current is not None and order.index(phase) < order.index(current):
                k = 1
            else:
                k = 2
            style = self._crumb_looks[k]
            if crumb.styleSheet() != style:  # restyling is not free; most steps change nothing
                crumb.setStyleSheet(style)
                # a screen reader hears what the colour shows
                crumb.setAccessibleDescription(self._crumb_words[k])
        self._show_count(position)

    def _show_count(self, position: int) -> None:
        cursor = self._session.cursor
        shown, n = self._session.iteration.count(position, cursor.level)
        factor = cursor.level is Level.FACTOR
        number = self._session.iteration_number
        self.count_label.setText(count_text(number, shown, n, compact=self._compact, factor=factor))


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
