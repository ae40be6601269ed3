"""The dataset browser's file actions: the shipped images, JSON, CSV and image folders
in and out, with progress and Cancel for the slow ones. A mixin of
:class:`~fruitnet_gui.ui.data.dataset_browser.DatasetBrowser`, which owns the widgets."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QProgressDialog,
)

from fruitnet_gui.files import dataset_io
from fruitnet_gui.files.messages import file_message, shown_path
from fruitnet_gui.model.data.dataset import Dataset, mismatch, network_for
from fruitnet_gui.model.errors import FruitNetError
from fruitnet_gui.model.net.network import Network
from fruitnet_gui.model.text import QT_TRANSLATE_NOOP, class_name, translate
from fruitnet_gui.train_command import SHIPPED_DATASET

#: File dialogs: title, name filters (None: a folder), suffix added on save, method.
_DIALOGS: dict[str, tuple[str, str | None, str, str]] = {
    "open": (
        QT_TRANSLATE_NOOP("Dataset", "Open a dataset"),
        QT_TRANSLATE_NOOP("Dataset", "FruitNet dataset (*.json);;All files (*)"),
        "",
        "open_file",
    ),
    "save": (
        QT_TRANSLATE_NOOP("Dataset", "Save the dataset"),
        QT_TRANSLATE_NOOP("Dataset", "FruitNet dataset (*.json)"),
        ".json",
        "save_file",
    ),
    "import_csv": (
        QT_TRANSLATE_NOOP("Dataset", "Import a CSV file"),
        QT_TRANSLATE_NOOP("Dataset", "CSV files (*.csv);;All files (*)"),
        "",
        "import_csv",
    ),
    "export_csv": (
        QT_TRANSLATE_NOOP("Dataset", "Export as CSV"),
        QT_TRANSLATE_NOOP("Dataset", "CSV files (*.csv)"),
        ".csv",
        "export_csv",
    ),
    "import_folder": (
        QT_TRANSLATE_NOOP("Dataset", "Import a folder with one sub-folder per class"),
        None,
        "",
        "import_image_folder",
    ),
    "export_folder": (
        QT_TRANSLATE_NOOP("Dataset", "Export images into a new or empty folder"),
        None,
        "",
        "export_image_folder",
    ),
}
#: A slow import shows its progress dialog once it has taken this long (ms).
PROGRESS_AFTER_MS = 400
_PROGRESS_STEPS = 1000

__all__ = ["PROGRESS_AFTER_MS", "DatasetFileActions", "fits"]


def _counted(data: Dataset) -> str:
    """``"12 images"``, or for features ``"12 samples of 3 features"``."""
    if data.kind == "features":
        return translate("Dataset", "{n} samples of {m} features").format(
            n=len(data), m=data.shape[1]
        )
    return translate("Training", "{n} images").format(n=len(data))


def fits(data: Dataset, network: Network) -> bool:
    """Whether ``network`` can read ``data`` (same pixel count and classes)."""
    return not mismatch(data, network)


class DatasetFileActions:
    """Loading and saving for the browser (it provides the widgets and ``_run``)."""

    def load_fruit_dataset(self) -> bool:
        """The shipped red apples and tomatoes (training and test set)."""

        def action() -> str:
            train = dataset_io.load_dataset(SHIPPED_DATASET / "train.json")
            test = dataset_io.load_dataset(SHIPPED_DATASET / "test.json")
            note = ""
            if not fits(train, self.session.network):
                if not self.session.load_preset("fruit"):
                    raise FruitNetError(translate("Dataset", "Not loaded: the network was kept."))
                note = translate(
                    "Dataset", " Switched to the 36-36-2 fruit network, which reads 6×6 images."
                )
            self.session.set_dataset(train, test)
            loaded = translate("Dataset", "Loaded {n} training and {m} test images.")
            return loaded.format(n=len(train), m=len(test)) + note

        return self._run(action)

    def open_file(self, path: str | Path) -> bool:
        """Read a FruitNet JSON dataset into the shown set."""
        return self._run(lambda: self._replace_shown(dataset_io.load_dataset(path), path))

    def save_file(self, path: str | Path) -> bool:
        """Write the shown set as a FruitNet JSON dataset."""
        return self._run(lambda: self._write(dataset_io.save_dataset, path))

    def import_csv(self, path: str | Path) -> bool:
        """Read a CSV file (label, then the pixels row by row) into the shown set."""
        net = self.session.network

        def action() -> str:
            reading = translate("Dataset", "Reading {name}…").format(
                name=shown_path(Path(path).name)
            )
            with self._progress(reading) as progress:
                data = dataset_io.import_csv(
                    path, classes=net.classes, shape=net.input_shape, progress=progress
                )
            return self._replace_shown(data, path)

        return self._run(action)

    def export_csv(self, path: str | Path) -> bool:
        return self._run(lambda: self._write(dataset_io.export_csv, path))

    def import_image_folder(self, path: str | Path) -> bool:
        """Read a folder with one sub-folder of images per class into the shown set.

        Images of another size are scaled to the network's grid; the message says so.
        """
        shape = self.session.network.input_shape

        def action() -> str:
            notes: list[str] = []
            name = shown_path(Path(path).name)
            reading = translate("Dataset", "Reading the images in {name}…").format(name=name)
            with self._progress(reading) as progress:
                data = dataset_io.import_image_folder(
                    path, shape=shape, progress=progress, notes=notes
                )
            info = self._replace_shown(data, path)
            return " ".join([info, *(note[:1].upper() + note[1:] + "." for note in notes)])

        return self._run(action)

    def export_image_folder(self, path: str | Path) -> bool:
        return self._run(lambda: self._write(dataset_io.export_image_folder, path))

    def _replace_shown(self, data: Dataset, path: str | Path) -> str:
        note = ""
        other = self.session.dataset if self.showing_test else self.session.test_set
        keeps_other = other is not None and len(other) > 0 and fits(other, self.session.network)
        new_task = data.kind == "features" or len(data.classes) > 2
        if new_task and not fits(data, self.session.network) and not keeps_other:
            # no preset reads features or more than two classes: a network made for the
            # data, as fruitnet train does (for 3+ classes a softmax output per class)
            net = network_for(data)
            if not self.session.set_network(
                net, doing=QT_TRANSLATE_NOOP("Unsaved", "making a network for these features")
            ):
                raise FruitNetError(translate("Dataset", "Not loaded: the network was kept."))
            layers = "-".join(map(str, net.layers))
            reads = (
                translate("Dataset", "{n} features").format(n=data.shape[1])
                if data.kind == "features"
                else translate("Dataset", "these images")
            )
            out = (
                translate("Dataset", " with a softmax output per class")
                if net.loss == "cross_entropy"
                else ""
            )
            note = translate(
                "Dataset", " Switched to a new {layers} network{out}, which reads {reads}."
            ).format(layers=layers, out=out, reads=reads)
        if not fits(data, self.session.network):
            rows, cols = data.shape
            net = self.session.network
            if data.kind == "features":
                text = translate(
                    "Dataset",
                    "the samples are {cols} features of {classes}, but the network reads {n} "
                    "inputs of {net_classes}",
                )
            else:
                text = translate(
                    "Dataset",
                    "the images are {rows}×{cols} of {classes}, but the network reads {n} "
                    "inputs of {net_classes}",
                )
            raise FruitNetError(
                file_message(
                    path,
                    text.format(
                        rows=rows,
                        cols=cols,
                        classes=", ".join(map(class_name, data.classes)),
                        n=net.n_inputs,
                        net_classes=", ".join(map(class_name, net.classes)),
                    ),
                )
            )
        train, test = self.session.dataset, self.session.test_set
        if self.showing_test:
            test = data
        else:
            train = data
        # a set left from another network would make the pair refused: drop it
        net = self.session.network
        train = train if train is None or fits(train, net) else None
        test = test if test is None or fits(test, net) else None
        self.session.set_dataset(train, test)
        name = shown_path(Path(path).name)
        if self.showing_test:
            loaded = translate("Dataset", "Loaded {what} into the test set from {name}.")
        else:
            loaded = translate("Dataset", "Loaded {what} into the training set from {name}.")
        return loaded.format(what=_counted(data), name=name) + note

    def _write(self, writer: Callable[[Dataset, Path], None], path: str | Path) -> str:
        data = self.shown_dataset
        test = self.showing_test
        if data is None or not len(data):
            if test:
                raise FruitNetError(
                    translate("Dataset", "the test set is empty: there is nothing to save")
                )
            raise FruitNetError(
                translate("Dataset", "the training set is empty: there is nothing to save")
            )
        writer(data, Path(path))
        if not self.showing_test:
            self.session.state.mark_saved("dataset")
        name = shown_path(Path(path).name)
        if test:
            saved = translate("Dataset", "Saved the {what} of the test set to {name}.")
        else:
            saved = translate("Dataset", "Saved the {what} of the training set to {name}.")
        return saved.format(what=_counted(data), name=name)

    # dialogs: only these need a person; each calls one of the methods above
    def save_dialog(self) -> bool:
        """Ask where to save the training set and save it (True if it was saved)."""
        self.show_test_set(False)
        return self._ask("save")

    def _ask(self, kind: str) -> bool:
        """Ask for a file or folder (``kind`` is a key of :data:`_DIALOGS`) and use it;
        True if one was chosen and the action worked."""
        title, filters, suffix, method = _DIALOGS[kind]
        title = translate("Dataset", title)
        filters = None if filters is None else translate("Dataset", filters)
        if filters is None:
            path = QFileDialog.getExistingDirectory(self, title, self._last_dir)
            folder = path
        else:
            ask = QFileDialog.getSaveFileName if suffix else QFileDialog.getOpenFileName
            path, _ = ask(self, title, self._last_dir, filters)
            if path and suffix and not Path(path).suffix:
                path += suffix
            folder = str(Path(path).parent)
        if not path:
            return False
        self._last_dir = folder
        return bool(getattr(self, method)(path))

    # -- running an action -------------------------------------------------------------
    @contextmanager
    def _progress(self, text: str) -> Iterator[Callable[[float], bool]]:
        """A progress callback for a slow reader: a modal dialog, shown only if the
        reading takes longer than :data:`PROGRESS_AFTER_MS`; Cancel stops the reading."""
        dialog = QProgressDialog(text, translate("Dataset", "Cancel"), 0, _PROGRESS_STEPS, self)
        dialog.setObjectName("import_progress")
        dialog.setWindowTitle(translate("Dataset", "Importing"))
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(PROGRESS_AFTER_MS)
        self.progress_dialog = dialog

        def report(fraction: float) -> bool:
            # a modal dialog's setValue lets events through: the window stays drawn
            dialog.setValue(min(int(fraction * _PROGRESS_STEPS), _PROGRESS_STEPS - 1))
            return not dialog.wasCanceled()

        try:
            yield report
        finally:
            self.progress_dialog = None
            dialog.reset()  # stops its timer and hides it
            dialog.deleteLater()

    @contextmanager
    def _collecting_errors(self) -> Iterator[list[str]]:
        errors: list[str] = []
        self._errors = errors
        try:
            yield errors
        finally:
            self._errors = None

    def _run(self, action: Callable[[], str]) -> bool:
        """Do ``action``; show its result, or the first error (session's or raised)."""
        if self._busy:  # a click that came through while an import runs
            return False
        self._busy = True
        with self._collecting_errors() as errors:
            try:
                info = action()
            except (FruitNetError, OSError) as exc:
                self.session.error_occurred.emit(str(exc))
                if not errors:  # not connected? still show it here
                    errors.append(str(exc))
            finally:
                self._busy = False
        if errors:
            self._show_message(errors[0], error=True)
            return False
        self._show_message(info)
        return True
