"""The dataset browser: every training (or test) image as a thumbnail, with its label
and whether the network currently gets it right.

The thumbnails are a list model and a delegate (:mod:`.dataset_thumbnails`). Predictions
are computed for all images at once (one vectorized ``predict``) when the weights change,
never per sample: the training runner already paces its snapshots to the frame rate.

Every file action has a method taking a path (:meth:`DatasetBrowser.open_file`, ...),
which the file dialogs call; tests call them directly. Failures show one message in the
browser and go out through ``session.error_occurred``; the datasets stay as they were.
A long import (a CSV of 200,000 rows, a folder of thousands of images) shows a progress
dialog, which also cancels it; while one runs, no other action starts.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QProgressDialog,
    QPushButton,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fruitnet_gui.model.data.dataset import Dataset
from fruitnet_gui.model.net.network import Network
from fruitnet_gui.model.text import class_name, percent, translate
from fruitnet_gui.model.training import Progress
from fruitnet_gui.ui.data.dataset_files import DatasetFileActions, fits
from fruitnet_gui.ui.data.dataset_thumbnails import (
    CELL,
    PREDICTED_ROLE,
    RIGHT,
    WRONG,
    ThumbnailDelegate,
    ThumbnailList,
    ThumbnailModel,
)
from fruitnet_gui.ui.data.flow_layout import FlowLayout
from fruitnet_gui.ui.session import Session
from fruitnet_gui.ui.theme import current_theme, theme_manager

__all__ = ["PREDICTED_ROLE", "DatasetBrowser", "fits"]


def _message_style(error: bool) -> str:
    """The message line's look in the theme in force (ui/theme.py)."""
    t = current_theme()
    return f"color: {t.warning}; font-weight: bold;" if error else f"color: {t.formula};"


#: While training, predictions are refreshed at most this often (s).
LIVE_REFRESH_S = 1.0


class DatasetBrowser(DatasetFileActions, QWidget):
    """Thumbnails of the training set (and, on the second tab, the test set).

    Clicking a thumbnail puts that sample into the editor (``session.load_sample``).
    Editing and file actions work on the set whose tab is shown.

    Signals
    -------
    sample_loaded(int, bool)
        Sample ``index`` of the training set (False) or test set (True) was put into the
        editor.
    """

    sample_loaded = Signal(int, bool)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dataset_browser")
        self.setAccessibleName(translate("DatasetBrowser", "Dataset browser"))
        self.setAccessibleDescription(
            translate(
                "DatasetBrowser", "The training and test images; choose one to step through it"
            )
        )
        self.session = session
        self._errors: list[str] | None = None  # collects session errors during an action
        self._quiet = False  # selection moved by the browser itself: do not load
        self._live: Network | None = None  # the network being trained, while it runs
        self._live_refreshed = 0.0
        self._predictions_stale = False
        self._active = True
        self._busy = False  # an action runs (a long import lets events through)
        self._last_dir = str(Path.home())
        #: The progress dialog of the import that runs, if one does (for tests).
        self.progress_dialog: QProgressDialog | None = None

        self.buttons: dict[str, QPushButton | QToolButton] = {}
        top = FlowLayout(spacing=4)  # wraps in a narrow dock
        self.buttons["fruit"] = self._button(
            translate("Dataset", "Load the fruit dataset"), self.load_fruit_dataset
        )
        self.buttons["fruit"].setToolTip(
            translate(
                "Dataset",
                "The 500 training and 150 test images of red apples and tomatoes that come "
                "with FruitNet (switches to the 36-36-2 fruit network if needed)",
            )
        )
        self.buttons["open"] = self._button(
            translate("Dataset", "Open…"), lambda: self._ask("open")
        )
        self.buttons["save"] = self._button(
            translate("Dataset", "Save…"), lambda: self._ask("save")
        )
        self.actions: dict[str, QAction] = {}
        for key, text in (
            ("import_csv", translate("Dataset", "Import CSV…")),
            ("import_folder", translate("Dataset", "Import image folder…")),
            ("export_csv", translate("Dataset", "Export CSV…")),
            ("export_folder", translate("Dataset", "Export image folder…")),
        ):
            action = QAction(text, self)
            action.triggered.connect(lambda _checked=False, k=key: self._ask(k))
            self.actions[key] = action
        self.buttons["import"] = self._menu_button(
            translate("Dataset", "Import"),
            [self.actions["import_csv"], self.actions["import_folder"]],
        )
        self.buttons["export"] = self._menu_button(
            translate("Dataset", "Export"),
            [self.actions["export_csv"], self.actions["export_folder"]],
        )
        for key in ("fruit", "open", "save", "import", "export"):
            top.addWidget(self.buttons[key])

        self.tab_bar = QTabBar()
        self.tab_bar.setObjectName("dataset_tabs")
        self.tab_bar.addTab(translate("Dataset", "Training set"))
        self.tab_bar.addTab(translate("Dataset", "Test set"))
        self.tab_bar.setExpanding(False)
        self.tab_bar.setDocumentMode(True)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("dataset_summary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)

        self.model = ThumbnailModel(self)
        self.list_view = ThumbnailList()
        self.list_view.setObjectName("thumbnails")
        self.list_view.setAccessibleName(
            translate("DatasetBrowser", "Images of the dataset, with predictions")
        )
        self.list_view.setAccessibleDescription(
            translate(
                "DatasetBrowser", "Arrow keys choose an image to step through; Delete removes it"
            )
        )
        self.list_view.setViewMode(QListView.ViewMode.IconMode)
        self.list_view.setMovement(QListView.Movement.Static)
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setGridSize(QSize(CELL.width() + 4, CELL.height() + 4))
        self.list_view.setSpacing(0)
        self.list_view.setWrapping(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # three columns at least: the dock fits the window on a 1024×768 projector
        self.list_view.setMinimumSize(3 * (CELL.width() + 4) + 24, 2 * CELL.height() + 16)
        self.list_view.setItemDelegate(ThumbnailDelegate(self.list_view))
        self.list_view.setModel(self.model)
        self._list_background(current_theme())
        theme_manager().changed.connect(self._list_background)

        bottom = QHBoxLayout()
        bottom.setSpacing(4)
        self.buttons["add"] = self._button(translate("Dataset", "Add drawing"), self.add_drawing)
        self.buttons["add"].setToolTip(
            translate("Dataset", "Add the image in the editor, with its label, to this set")
        )
        relabel = QToolButton()
        relabel.setText(translate("Dataset", "Relabel"))
        relabel.setToolTip(
            translate("Dataset", "Give the selected image the other class (the arrow: choose)")
        )
        relabel.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        relabel.clicked.connect(lambda: self.relabel_selected())
        self._relabel_menu = QMenu(relabel)
        relabel.setMenu(self._relabel_menu)
        self.buttons["relabel"] = relabel
        self.buttons["delete"] = self._button(translate("Dataset", "Delete"), self.delete_selected)
        self.buttons["delete"].setToolTip(
            translate("Dataset", "Delete the selected image (Delete key)")
        )
        for key in ("add", "relabel", "delete"):
            bottom.addWidget(self.buttons[key])
        bottom.addStretch(1)

        self.message_label = QLabel()
        self.message_label.setObjectName("dataset_message")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tab_bar)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.list_view, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message_label)

        self.tab_bar.currentChanged.connect(self._on_tab_changed)
        self.list_view.clicked.connect(self._on_clicked)
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.list_view.delete_requested.connect(self.delete_selected)
        session.dataset_changed.connect(self._on_dataset_changed)
        session.network_changed.connect(self._on_network_changed)
        session.weights_changed.connect(self._on_weights_changed)
        session.iteration_changed.connect(self._on_iteration_changed)
        session.error_occurred.connect(self._on_error_occurred)
        session.trainer.progressed.connect(self._on_progressed)
        session.trainer.state_changed.connect(self._on_state_changed)
        self._on_dataset_changed()

    def _list_background(self, theme) -> None:
        """The list in the theme's base colour (the pictures keep their own pixels)."""
        self.list_view.setStyleSheet(f"QListView {{ background: {theme.base}; }}")
        self.list_view.viewport().update()

    # -- what is shown -----------------------------------------------------------------
    @property
    def showing_test(self) -> bool:
        """True while the test set's tab is shown."""
        return self.tab_bar.currentIndex() == 1

    def show_test_set(self, test: bool) -> None:
        self.tab_bar.setCurrentIndex(1 if test else 0)

    @property
    def shown_dataset(self) -> Dataset | None:
        return self.session.test_set if self.showing_test else self.session.dataset

    @property
    def message(self) -> str:
        """The message shown under the list (the last error or result), or ``""``."""
        return self.message_label.text() if self.message_label.isVisibleTo(self) else ""

    def selected_index(self) -> int | None:
        index = self.list_view.currentIndex()
        selected = self.list_view.selectionModel().isSelected(index) if index.isValid() else False
        return index.row() if selected else None

    def select(self, row: int, *, load: bool = False) -> None:
        """Select thumbnail ``row`` (and put it into the editor if ``load``)."""
        if not 0 <= row < self.model.rowCount():
            self.list_view.clearSelection()
            return
        index = self.model.index(row)
        self._quiet = True
        try:
            self.list_view.setCurrentIndex(index)
        finally:
            self._quiet = False
        self.list_view.scrollTo(index)
        if load:
            self._load(row)

    def correct_count(self) -> int | None:
        """How many shown images the network gets right (None if it cannot read them)."""
        return self.model.correct()

    # -- editing -----------------------------------------------------------------------
    def add_drawing(self) -> bool:
        """Add the editor's image and label to the shown set."""

        def action() -> str:
            if self.showing_test:
                test = self._editable_test()
                test.add(self.session.image, self.session.label, target=self.session.target)
                self.session.set_dataset(self.session.dataset, test)
            else:
                self.session.add_current_sample()
            return translate("Dataset", "Added the drawing as “{label}”.").format(
                label=class_name(self.session.label)
            )

        ok = self._run(action)
        if ok:
            self.select(self.model.rowCount() - 1)
        return ok

    def delete_selected(self) -> bool:
        """Delete the selected image of the shown set."""
        row = self.selected_index()
        if row is None:
            return False

        def action() -> str:
            if self.showing_test:
                test = self._editable_test()
                test.remove(row)
                self.session.set_dataset(self.session.dataset, test)
            else:
                self.session.remove_sample(row)
            return translate("Dataset", "Deleted sample {n}.").format(n=row + 1)

        ok = self._run(action)
        if ok:
            self.select(min(row, self.model.rowCount() - 1))
        return ok

    def relabel_selected(self, label: str | None = None) -> bool:
        """Give the selected image ``label`` (default: the next class, the other of two)."""
        row = self.selected_index()
        data = self.shown_dataset
        if row is None or data is None:
            return False
        if label is None:
            classes = data.classes
            label = classes[(classes.index(data.labels[row]) + 1) % len(classes)]

        def action() -> str:
            if self.showing_test:
                test = self._editable_test()
                test.relabel(row, label)
                self.session.set_dataset(self.session.dataset, test)
            else:
                self.session.relabel_sample(row, label)
            return translate("Dataset", "Sample {n} is now labelled “{label}”.").format(
                n=row + 1, label=class_name(label)
            )

        ok = self._run(action)
        if ok:
            self.select(row, load=True)
        return ok

    def _editable_test(self) -> Dataset:
        test = self.session.test_set
        if test is None:
            net = self.session.network
            train = self.session.dataset
            kind = train.kind if train is not None and fits(train, net) else "images"
            return Dataset(None, [], classes=net.classes, shape=net.input_shape, kind=kind)
        return test.copy()

    # -- files -------------------------------------------------------------------------
    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet(_message_style(error))
        self.message_label.setText(("⚠ " if error else "") + text if text else "")
        self.message_label.setVisible(bool(text))

    def _on_error_occurred(self, message: str) -> None:
        if self._errors is not None:
            self._errors.append(message)

    # -- helpers -----------------------------------------------------------------------
    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())
        return button

    def _menu_button(self, text: str, actions: list[QAction]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        for action in actions:
            menu.addAction(action)
        button.setMenu(menu)
        return button

    def _update_buttons(self) -> None:
        has = self.selected_index() is not None
        self.buttons["relabel"].setEnabled(has)
        self.buttons["delete"].setEnabled(has)
        data = self.shown_dataset
        filled = data is not None and len(data) > 0
        self.buttons["save"].setEnabled(filled)
        self.buttons["export"].setEnabled(filled)

    def _update_tabs(self) -> None:
        for i, (name, data) in enumerate(
            (
                (translate("Dataset", "Training set"), self.session.dataset),
                (translate("Dataset", "Test set"), self.session.test_set),
            )
        ):
            self.tab_bar.setTabText(i, f"{name} ({len(data)})" if data is not None else name)

    def _update_summary(self) -> None:
        data = self.shown_dataset
        if data is None or not len(data):
            if self.showing_test:
                self.summary_label.setText(translate("Dataset", "The test set is empty."))
            else:
                self.summary_label.setText(translate("Dataset", "The training set is empty."))
            return
        counts = " · ".join(
            f"{class_name(name)} <b>{n}</b>" for name, n in data.class_counts().items()
        )
        if data.kind == "features":
            text = translate("Dataset", "<b>{n}</b> samples: {counts}")
        else:
            text = translate("Dataset", "<b>{n}</b> images: {counts}")
        text = text.format(n=len(data), counts=counts)
        if data.kind == "features":
            text += translate("Dataset", " ({n} features each)").format(n=data.shape[1])
        if data.has_soft_targets:
            text += translate("Dataset", " · {n} with soft targets").format(
                n=int(data.soft_rows().sum())
            )
        right = self.model.correct()
        if right is not None:
            gets = translate(
                "Dataset", "The network gets <b>{right}</b> of {n} right ({percent})"
            ).format(right=right, n=len(data), percent=percent(right / len(data), 1))
            text += (
                f"<br>{gets}"
                f" <span style='color:{RIGHT.name()}'>✔</span>"
                f" <span style='color:{WRONG.name()}'>✘ {len(data) - right}</span>"
            )
        else:
            net = self.session.network
            none = translate(
                "Dataset", "No predictions: the network reads {n} inputs of {classes}."
            ).format(n=net.n_inputs, classes=", ".join(map(class_name, net.classes)))
            text += f"<br><span style='color:#5F6B76'>{none}</span>"
        self.summary_label.setText(text)

    def _refresh_predictions(self) -> None:
        if not (self.isVisible() and self._active):
            # A hidden browser (another tab in front) costs nothing: predicting every
            # image and restyling every thumbnail waits until it is shown again.
            self._predictions_stale = True
            return
        self._predictions_stale = False
        data = self.model.dataset
        net = self._live if self._live is not None else self.session.shown_network
        outputs = None
        if data is not None and len(data) and fits(data, net):
            outputs = net.predict(data.inputs())
        self.model.set_outputs(outputs)
        self._update_summary()

    def retranslate(self) -> None:
        """Tabs, summary and the Relabel menu in the new language."""
        self._show_shown_set()

    def _show_shown_set(self) -> None:
        row = self.selected_index()
        same = self.model.dataset is self.shown_dataset
        self.model.set_dataset(self.shown_dataset)
        self._update_tabs()
        self._refresh_predictions()
        if same and row is not None:
            self.select(row)
        self._update_buttons()
        relabel_menu = self._relabel_menu
        relabel_menu.clear()
        data = self.shown_dataset
        classes = data.classes if data is not None else self.session.network.classes
        for name in classes:
            relabel_menu.addAction(
                translate("Dataset", "as {name}").format(name=class_name(name)),
                lambda _checked=False, n=name: self.relabel_selected(n),
            )

    def set_active(self, active: bool) -> None:
        """Whether the browser can be seen (False while its dock is a tab behind
        another); an inactive browser defers its prediction refreshes."""
        self._active = active
        if active and self._predictions_stale:
            self._refresh_predictions()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._predictions_stale:
            self._refresh_predictions()

    # -- slots -------------------------------------------------------------------------
    def _on_tab_changed(self, _index: int) -> None:
        self._show_shown_set()

    def _on_dataset_changed(self) -> None:
        self._show_shown_set()

    def _on_network_changed(self) -> None:
        self._live = None
        self._refresh_predictions()

    def _on_weights_changed(self) -> None:
        self._refresh_predictions()

    def _on_iteration_changed(self) -> None:
        self._refresh_predictions()

    def _on_progressed(self, progress: Progress) -> None:
        self._live = progress.network
        # a few updates a second are plenty; the final weights arrive with weights_changed
        now = time.monotonic()
        if now - self._live_refreshed >= LIVE_REFRESH_S:
            self._live_refreshed = now
            self._refresh_predictions()

    def _on_state_changed(self, state: str) -> None:
        if state == "running" and self.message_label.styleSheet() != _message_style(True):
            self._show_message("")  # "Loaded …" is old news once training runs
        if state == "idle" and self._live is not None:
            self._live = None
            self._refresh_predictions()

    def _on_clicked(self, index: QModelIndex) -> None:
        self._load(index.row())

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self._load(current.row())

    def _load(self, row: int) -> None:
        test = self.showing_test
        with self._collecting_errors() as errors:
            self.session.load_sample(row, test=test)
        if errors:
            self._show_message(errors[0], error=True)
        else:
            self._show_message("")
            self.sample_loaded.emit(row, test)
