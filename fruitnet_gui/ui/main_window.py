"""The main window: composes every view and wires their signals (the only place that does).

Layout: the stepper bar spans the top; the network canvas is the central widget; the
pixel editor and the error plot are docked on the left, the formula view on the right.
Geometry and dock layout are remembered between runs in the :class:`QSettings` given.
"""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QToolBar,
    QWidget,
)

from fruitnet_gui.files.model_io import load_model, save_model
from fruitnet_gui.model.errors import FruitNetError
from fruitnet_gui.model.text import QT_TRANSLATE_NOOP, percent, translate
from fruitnet_gui.model.training import Progress
from fruitnet_gui.ui import window_titles as titles
from fruitnet_gui.ui.canvas.widget import NetworkCanvas
from fruitnet_gui.ui.data.dataset_browser import DatasetBrowser
from fruitnet_gui.ui.data.pixel_editor import PixelEditor
from fruitnet_gui.ui.focus import keeping_focus
from fruitnet_gui.ui.icons import icon
from fruitnet_gui.ui.keys import keep_keys
from fruitnet_gui.ui.language import FollowsLanguage
from fruitnet_gui.ui.session import Session
from fruitnet_gui.ui.stepping.formula_view import FormulaView
from fruitnet_gui.ui.stepping.stepper_bar import StepperBar
from fruitnet_gui.ui.training.confusion import ConfusionView
from fruitnet_gui.ui.training.hidden_weights import HiddenWeightsView
from fruitnet_gui.ui.training.panel import TrainingPanel
from fruitnet_gui.ui.unsaved import CLOSING, UnsavedGuard
from fruitnet_gui.ui.window_actions import WindowActions
from fruitnet_gui.ui.window_parts import (
    behind_a_tab,
    build_menus,
    default_arrangement,
    dropped_file,
    layout_misfit,
)
from fruitnet_gui.ui.window_size import first_size, frame_margins, place_first_window

if TYPE_CHECKING:
    from fruitnet_gui.ui.stepping.error_plot import ErrorPlot
    from fruitnet_gui.ui.training.plot import TrainingPlot
    from fruitnet_gui.ui.training.runs_panel import RunsPanel

__all__ = ["SCALES", "SCALE_KEY", "MainWindow", "saved_scale"]

DEFAULT_SIZE = (1280, 800)
GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
#: View → Size: how large everything is drawn, from the next start (QT_SCALE_FACTOR).
SCALE_KEY = "view/scale"
SCALES = (1.0, 1.25, 1.5, 2.0)
#: What ``fruitnet-gui --scale`` and the setting may ask for.
SCALE_RANGE = (0.5, 4.0)


def saved_scale(settings: QSettings) -> float:
    """The size chosen in View → Size (1.0 if none, or if the setting is not a size)."""
    try:
        value = float(settings.value(SCALE_KEY, 1.0))
    except (TypeError, ValueError):
        return 1.0
    low, high = SCALE_RANGE
    return value if low <= value <= high else 1.0


#: Bump when the docks change, so an old saved layout is not applied to new docks.
STATE_VERSION = 3
#: While training, the canvas follows the weights at most this often: a full redraw of
#: 1406 edges costs ~10 ms of the GUI thread, which training shares (the GIL).
LIVE_CANVAS_INTERVAL = 0.5
#: How long after the window shows the training process is started.
WARM_UP_MS = 1500


class MainWindow(FollowsLanguage, WindowActions, QMainWindow):
    """FruitNet's window: input editor, network canvas, stepper, formula view, error plot.

    Parameters
    ----------
    session
        The live state every view shows.
    settings
        Where the layout is remembered; by default the user's FruitNet settings.
        Tests pass a ``QSettings`` on a temporary ini file.
    """

    def __init__(
        self, session: Session, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._settings = settings if settings is not None else QSettings()
        self._model_file = ""
        #: Seed of the fruit classifier's start weights (``--seed``), for the Network menu.
        self.fruit_seed = 0
        self.message_box: QMessageBox | None = None
        self._restored = False  # a remembered layout was applied: check it fits once shown
        self.setObjectName("main_window")
        self.setAccessibleDescription(
            translate("MainWindow", "Backpropagation step by step; Help → Keyboard lists every key")
        )
        self.setWindowIcon(icon("fruitnet"))
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )

        self.stepper = StepperBar(session)
        self.canvas = NetworkCanvas(session)
        self.editor = PixelEditor(session)
        self.formula = FormulaView(session)
        self.dataset_browser = DatasetBrowser(session)
        self.training_panel = TrainingPanel(session)
        self.hidden_weights = HiddenWeightsView(session)
        self.confusion = ConfusionView(session)
        self._live_shown_at = 0.0
        self._training_state = "idle"
        self._warm_up_timer = QTimer(self)
        self._warm_up_timer.setObjectName("training warm-up timer")
        self._warm_up_timer.setSingleShot(True)
        self._warm_up_timer.timeout.connect(session.trainer.warm_up)

        self.stepper_toolbar = QToolBar(translate("MainWindow", "Stepper"))
        self.stepper_toolbar.setObjectName("stepper_toolbar")
        self.stepper_toolbar.setMovable(False)
        self.stepper_toolbar.setFloatable(False)
        self.stepper_toolbar.toggleViewAction().setEnabled(False)
        self.stepper_toolbar.addWidget(self.stepper)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.stepper_toolbar)

        self.setCentralWidget(self.canvas)
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.input_dock = self._dock("input_dock", self.editor, left)
        # The two pyqtgraph plots are made just after the window first shows (or when
        # first asked for): importing pyqtgraph takes about half a second of start-up.
        self._error_plot: ErrorPlot | None = None
        self._training_plot: TrainingPlot | None = None
        self._runs_panel: RunsPanel | None = None
        self.error_dock = self._dock("error_dock", QWidget(), left)
        self.curves_dock = self._dock("curves_dock", QWidget(), left)
        self.runs_dock = self._dock("runs_dock", QWidget(), left, scroll=True)
        self.hidden_dock = self._dock("hidden_dock", self.hidden_weights, right)
        self.confusion_dock = self._dock("confusion_dock", self.confusion, right)
        self.formula_dock = self._dock("formula_dock", self.formula, right)
        self.dataset_dock = self._dock("dataset_dock", self.dataset_browser, right, scroll=True)
        self.training_dock = self._dock("training_dock", self.training_panel, right, scroll=True)
        # Left: the input above the error plot, with the training curves as a tab beside
        # it. Right: the formula view, with the dataset browser, the training panel, the
        # hidden weights and the confusion matrix as tabs. So the stepping views keep
        # their space at 1280×800.
        self.restoreState(default_arrangement(STATE_VERSION), STATE_VERSION)
        self.formula_dock.raise_()
        self.error_dock.raise_()
        # Qt makes the tab bars of tabbed docks as the layout needs them (again after a
        # drag): each time, full names with scroll arrows, not "Fo…", "Da…", "T…".
        for dock in self.docks():
            dock.dockLocationChanged.connect(self._schedule_tab_names)
        self.tabifiedDockWidgetActivated.connect(self._schedule_tab_names)
        self._unelide_tabs()

        self.explore_docks: dict[str, QDockWidget] = {}
        from fruitnet_gui.ui.classroom.lesson import LessonController

        self.lessons = LessonController(self)
        self.unsaved = UnsavedGuard(self)
        session.confirm_replace = keeping_focus(self.unsaved.confirm, self)  # Cancel: back
        from fruitnet_gui.ui.classroom.presentation import Presentation
        from fruitnet_gui.ui.zoom import Zoom

        self.presentation = Presentation(self)  # View → Presentation (F5)
        self.zoom = Zoom(self, self._settings)  # View → Zoom (Ctrl+= / Ctrl+− / Ctrl+0)
        self.setAcceptDrops(True)  # a lesson or a model file dropped on the window opens
        self._build_menus()
        self.keys_label = QLabel(translate("MainWindow", titles.KEYS_LINE))
        self.keys_label.setStyleSheet("padding-right: 8px;")  # the theme's text colour
        keys_name = translate("MainWindow", "Keys (all of them in Help → Keyboard)")
        self.keys_label.setAccessibleName(keys_name)
        self.statusBar().addPermanentWidget(self.keys_label)

        # The views never see each other: hovering a pixel highlights its input node
        # and back, through here.
        self.editor.pixel_hovered.connect(self.canvas.set_highlighted_input)
        self.canvas.input_node_hovered.connect(self.editor.set_highlighted_pixel)

        session.error_occurred.connect(self._on_error_occurred)
        session.network_changed.connect(self._on_network_changed)
        session.iteration_changed.connect(self._on_iteration_changed)
        # A dock that is a tab behind another is not seen: it need not keep up.
        self.dataset_dock.visibilityChanged.connect(self.dataset_browser.set_active)
        session.trainer.state_changed.connect(self._on_training_state_changed)
        session.trainer.progressed.connect(self._on_training_progressed)
        session.trainer.finished.connect(self._on_training_finished)
        session.trainer.failed.connect(self._on_training_failed)
        session.replay_changed.connect(
            lambda r: self.canvas.set_live_network(None if r is None else r.network)
        )

        self._default_layout()
        self._default_state = self.saveState(STATE_VERSION)
        self._restore_layout()
        self._on_network_changed()
        self.canvas.setFocus()  # the keys step at once, and the focus frame says where
        keep_keys(self)  # a focused check box keeps Space, a tab bar its arrows (ui/keys.py)
        self.zoom.restore()

    # -- the plots, made late ---------------------------------------------------------------
    @property
    def error_plot(self) -> ErrorPlot:
        if self._error_plot is None:
            from fruitnet_gui.ui.stepping.error_plot import ErrorPlot

            self._error_plot = ErrorPlot(self.session)
            self.error_dock.setWidget(self._error_plot)
            self.zoom.plot_made()
        return self._error_plot

    @property
    def training_plot(self) -> TrainingPlot:
        if self._training_plot is None:
            from fruitnet_gui.ui.training.plot import TrainingPlot

            self._training_plot = TrainingPlot(self.session)
            self.curves_dock.setWidget(self._training_plot)
            self.zoom.plot_made()
        return self._training_plot

    @property
    def runs_panel(self) -> RunsPanel:
        if self._runs_panel is None:
            from fruitnet_gui.ui.training.runs_panel import RunsPanel

            self._runs_panel = RunsPanel(self.session)
            self.runs_dock.widget().setWidget(self._runs_panel)  # into its scroll area
        return self._runs_panel

    def _make_plots(self) -> None:
        self.error_plot  # noqa: B018 - made on first access
        self.training_plot  # noqa: B018
        self.runs_panel  # noqa: B018

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._restored:
            self._restored = False
            QTimer.singleShot(0, self._reset_if_unfit)  # once the docks have their sizes
        elif self._error_plot is None:  # the first show: inside the screen, frame and all
            place_first_window(self)
        if self._error_plot is None:
            QTimer.singleShot(0, self._make_plots)
            # the training process starts while the user reads the window, so that
            # Train answers at once instead of after a new interpreter's imports (a
            # timer of the window's, stopped when it closes: none starts after that)
            self._warm_up_timer.start(WARM_UP_MS)

    # -- construction --------------------------------------------------------------------
    def _default_layout(self) -> None:
        """1280×800, or the screen if smaller (a 1024×768 projector) with the window
        manager's frame inside it (ui/window_size.py); docks in proportion."""
        size, screen = QSize(*DEFAULT_SIZE), self.screen()
        if screen is not None:
            size = first_size(size, screen.availableGeometry(), frame_margins(self))
        width, height = size.width(), size.height()
        self.resize(width, height)
        self.resizeDocks(
            [self.input_dock, self.formula_dock],
            [round(width * 0.21), round(width * 0.35)],
            Qt.Orientation.Horizontal,
        )
        self.resizeDocks(
            [self.input_dock, self.error_dock],
            [round(height * 0.53), round(height * 0.37)],
            Qt.Orientation.Vertical,
        )

    def _dock(
        self,
        name: str,
        widget: QWidget,
        area: Qt.DockWidgetArea,
        *,
        scroll: bool = False,
    ) -> QDockWidget:
        dock = QDockWidget(self._title(name), self)
        dock.setObjectName(name)
        if scroll:
            # A form wider than its dock scrolls instead of widening the whole window
            # beyond a 1024-pixel projector.
            area_widget = QScrollArea()
            area_widget.setWidgetResizable(True)
            area_widget.setFrameShape(QFrame.Shape.NoFrame)
            area_widget.setWidget(widget)
            area_widget.setAccessibleName(self._title(name))
            dock.setWidget(area_widget)
        else:
            dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(area, dock)
        return dock

    def _build_menus(self) -> None:
        build_menus(self)

    def _preset_action(self, menu, text: str, preset: str) -> QAction:
        action = menu.addAction(text)
        action.setCheckable(True)
        action.setData(preset)
        self.preset_group.addAction(action)
        action.triggered.connect(lambda _checked=False, p=preset: self.load_preset(p))
        return action

    # -- commands ------------------------------------------------------------------------
    def load_preset(self, name: str) -> bool:
        """Switch to the paper example or the fruit classifier (a fresh start)."""
        if not self.session.load_preset(name, self.fruit_seed):
            self._on_network_changed()  # the menu's check goes back to what is shown
            return False
        self._model_file = ""
        self._on_network_changed()
        return True

    def open_lesson(self, path: str | None = None) -> bool:
        return self.lessons.open(path)

    def open_model(self, path: str | None = None) -> bool:
        """Load a model file (asking for it if ``path`` is None); on a bad file say why
        and keep everything as it was."""
        if path is None:
            filters = translate("MainWindow", titles.MODEL_FILTER)
            title = translate("MainWindow", "Open model")
            path, _ = QFileDialog.getOpenFileName(self, title, self.recent.folder(), filters)
            if not path:
                return False
        try:
            network = load_model(path)
        except FruitNetError as exc:
            self._show_message(
                translate("MainWindow", "Cannot open the model"), str(exc), QMessageBox.Icon.Warning
            )
            self.statusBar().showMessage(str(exc), 15000)
            return False
        name = os.path.basename(path)
        if not self.session.set_network(
            network, "", doing=translate("Unsaved", "opening {name}").format(name=name)
        ):
            return False
        self._model_file = name
        self._on_network_changed()
        self.recent.add(path)
        self.statusBar().showMessage(
            translate("MainWindow", "Opened {path}").format(path=path), 5000
        )
        return True

    def set_model_file(self, path: str) -> None:
        """Name the file the session's network was loaded from (for the title)."""
        self._model_file = os.path.basename(path)
        self._on_network_changed()

    def save_model(self, path: str | None = None) -> bool:
        """Save the network as shown (asking where if ``path`` is None)."""
        if path is None:
            suggested = os.path.join(self.recent.folder(), self._model_file or "model.json")
            path, _ = QFileDialog.getSaveFileName(
                self,
                translate("MainWindow", "Save model"),
                suggested,
                translate("MainWindow", titles.MODEL_FILTER),
            )
            if not path:
                return False
        try:
            save_model(self.session.shown_network, path, self.session.state.training_record())
        except FruitNetError as exc:
            self._show_message(
                translate("MainWindow", "Cannot save the model"), str(exc), QMessageBox.Icon.Warning
            )
            self.statusBar().showMessage(str(exc), 15000)
            return False
        self.session.state.mark_saved("weights")
        self.recent.add(path)
        self._model_file = os.path.basename(path)  # the title names the file it is now
        self._on_network_changed()
        self.statusBar().showMessage(
            translate("MainWindow", "Saved {path}").format(path=path), 5000
        )
        return True

    def _offer_fitting_scales(self) -> None:
        """Sizes at which the window would not fit this screen are not offered."""
        screen = self.screen()
        if screen is None:
            return
        try:
            now = float(os.environ.get("QT_SCALE_FACTOR", "1"))
        except ValueError:
            now = 1.0
        native = screen.availableGeometry().size() * now
        least = self.minimumSizeHint()
        for action in self.scale_group.actions():
            factor = float(action.data())
            fits = native.width() / factor >= least.width() and (
                native.height() / factor >= least.height()
            )
            action.setEnabled(fits or action.isChecked())
            action.setToolTip(
                "" if fits else translate("MainWindow", "The window would not fit this screen")
            )

    def _on_scale_chosen(self, action: QAction) -> None:
        factor = float(action.data())
        self._settings.setValue(SCALE_KEY, factor)
        self._settings.sync()
        self.statusBar().showMessage(
            translate(
                "MainWindow",
                "Everything will be drawn at {percent} the next time FruitNet opens "
                "(or now: fruitnet-gui --scale {factor})",
            ).format(percent=percent(factor), factor=f"{factor:g}"),
            15000,
        )

    def reset_layout(self) -> None:
        """Put every dock back where it was at the first start."""
        self.restoreState(self._default_state, STATE_VERSION)
        for dock in self.docks():
            dock.show()
        self.formula_dock.raise_()
        self.error_dock.raise_()
        self._unelide_tabs()

    def _schedule_tab_names(self, *_args) -> None:
        QTimer.singleShot(0, self._unelide_tabs)  # once Qt has made the new tab bar

    def _unelide_tabs(self) -> None:
        titles.unelide_tabs(self)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab skip the panels that are a tab behind another: Qt keeps
        their controls "visible", so a keyboard user would land on (and Space would
        press) a button nobody can see."""
        for _ in range(400):  # at most once round every control
            if not super().focusNextPrevChild(next):
                return False
            if not behind_a_tab(QApplication.focusWidget()):
                return True
        return True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._schedule_tab_names()

    def docks(self) -> list[QDockWidget]:
        return [
            self.input_dock,
            self.formula_dock,
            self.dataset_dock,
            self.training_dock,
            self.error_dock,
            self.curves_dock,
            self.runs_dock,
            self.hidden_dock,
            self.confusion_dock,
        ]

    def _show_message(self, title: str, text: str, kind: QMessageBox.Icon) -> None:
        # Asynchronous (open, not exec): no nested event loop, and the window stays alive.
        if self.message_box is not None:
            self.message_box.close()
            self.message_box.deleteLater()
        box = QMessageBox(kind, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(
            Qt.TextFormat.RichText if text.lstrip().startswith("<") else Qt.TextFormat.PlainText
        )
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.message_box = box

    # -- settings ------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self._restored = self.restoreGeometry(geometry)
        state = self._settings.value(STATE_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self._restored = self.restoreState(state, STATE_VERSION) or self._restored
        self._unelide_tabs()

    def _reset_if_unfit(self) -> None:
        """A layout remembered on another screen that does not fit this one (the window
        larger than the screen or off it, a floating panel off it, no room left for the
        network) is put back to the default, with a sentence saying why."""
        why = layout_misfit(self)
        if why:
            self.reset_layout()
            self._default_layout()
            text = self.tr("The remembered layout did not fit this screen ({why}); it was reset.")
            self.statusBar().showMessage(text.format(why=why), 20000)

    def save_layout(self) -> None:
        """Remember geometry and dock layout (done on close; not a lesson's panels)."""
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(STATE_KEY, self.lessons.layout_to_keep(STATE_VERSION))
        self._settings.sync()

    def dragEnterEvent(self, event) -> None:
        if dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        path = dropped_file(event)
        if path is None:
            return
        event.acceptProposedAction()
        if path.lower().endswith(".fnlesson"):
            self.lessons.open(path)
        else:
            self.open_model(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.unsaved.confirm(QT_TRANSLATE_NOOP("Unsaved", "closing FruitNet"), CLOSING):
            event.ignore()  # Cancel: the window stays, with everything in it
            return
        self.stepper.pause()
        # Child views get no close event: stop training and its process here (neither
        # waits: the process is let go and ends by itself).
        self._warm_up_timer.stop()
        self.session.trainer.shutdown()
        self.save_layout()
        if self.message_box is not None:
            self.message_box.close()
        super().closeEvent(event)

    # -- slots ---------------------------------------------------------------------------
    def _on_error_occurred(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)

    def _on_network_changed(self) -> None:
        preset = self.session.preset_name
        for action in self.preset_group.actions():
            action.setChecked(action.data() == preset and not self._model_file)
        self._update_title()

    def _on_iteration_changed(self) -> None:
        self._update_title()

    def _on_training_state_changed(self, state: str) -> None:
        # Stepping is for one iteration at a time; while training it would show weights
        # that are about to be replaced by the trained ones.
        self.stepper.set_locked(state != "idle")
        starting = state == "running" and self._training_state == "idle"
        self._training_state = state
        if starting and not self.curves_dock.isHidden():
            self.curves_dock.raise_()  # when a run starts, not on every Resume

    def _on_training_progressed(self, progress: Progress) -> None:
        now = time.monotonic()
        if now - self._live_shown_at >= LIVE_CANVAS_INTERVAL or progress.finished:
            self._live_shown_at = now
            self.canvas.set_live_network(progress.network)

    def _on_training_finished(self, progress: Progress) -> None:
        # The state has adopted the trained weights; the canvas goes back to stepping.
        self.canvas.set_live_network(None)
        run = self.session.run
        ended_here = run is not None and not run.superseded and run.status != "failed"
        if progress.finished and ended_here and not self.confusion_dock.isHidden():
            self.confusion_dock.raise_()

    def _on_training_failed(self, _message: str) -> None:
        self.canvas.set_live_network(None)

    def _update_title(self) -> None:
        self.setWindowTitle(titles.window_title(self.session, self._model_file))
