"""File → Export worksheet… and File → Open variant…

The export writes what ``fruitnet worksheet`` writes: for the network and sample in the
window, or for N variants (one per student). Variants are written one per turn of the
event loop, with a progress dialog and Cancel, so the window never freezes.
Open variant loads variant K of seed S (the network and its sample) into the window, so
a student can practise or check their own sheet.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fruitnet_gui.model.errors import FruitNetError
from fruitnet_gui.model.teaching.iteration import Iteration, Level
from fruitnet_gui.model.teaching.worksheet import Sheet, variant
from fruitnet_gui.model.text import translate
from fruitnet_gui.ui.session import Session

__all__ = ["ExportWorksheetDialog", "OpenVariantDialog", "open_variant"]


def default_folder() -> Path:
    """Where the sheets go unless the teacher chooses: a folder with a name in the
    reader's language ("Fiches FruitNet") in their documents (else their home)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(documents) if documents else Path.home()
    return base / translate("Worksheets", "FruitNet worksheets")


class ExportWorksheetDialog(QDialog):
    """Paper, level, arithmetic, variants and the folder; OK writes the files, and the
    dialog then says how many and where, with a button that opens the folder (the
    window's status bar says it too: :attr:`exported`)."""

    #: (how many files, the folder) once every file is written
    exported = Signal(int, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_worksheet_dialog")
        self.setWindowTitle(translate("Worksheets", "Export worksheet"))
        self._session = session
        self.paper_combo = QComboBox()
        self.paper_combo.addItem("A4", "a4")
        self.paper_combo.addItem(translate("Worksheets", "Letter"), "letter")
        self.level_combo = QComboBox()
        self.level_combo.addItem(translate("Worksheets", "each quantity"), "quantity")
        self.level_combo.addItem(
            translate("Worksheets", "each factor of the chain rule"),
            "factor",
        )
        if session.level is Level.FACTOR:
            self.level_combo.setCurrentIndex(1)
        self.pencil_spin = QSpinBox()
        self.pencil_spin.setRange(0, 12)
        self.pencil_spin.setValue(session.pencil if session.pencil is not None else 4)
        self.pencil_spin.setSuffix(translate("Worksheets", " decimals (pencil mode)"))
        self.exact_check = QCheckBox(translate("Worksheets", "exact arithmetic instead"))
        self.exact_check.toggled.connect(lambda on: self.pencil_spin.setEnabled(not on))
        self.variants_check = QCheckBox(
            translate("Worksheets", "a different 2-2-2 network for each student")
        )
        self.variants_spin = QSpinBox()
        self.variants_spin.setRange(1, 200)
        self.variants_spin.setValue(30)
        self.variants_spin.setSuffix(translate("Worksheets", " students"))
        self.variants_spin.setAccessibleName(
            translate("ExportWorksheetDialog", "Number of students")
        )
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2_000_000_000)
        self.seed_spin.setPrefix(translate("Worksheets", "seed "))
        self.seed_spin.setAccessibleName(translate("ExportWorksheetDialog", "Seed of the variants"))
        for w in (self.variants_spin, self.seed_spin):
            w.setEnabled(False)
            self.variants_check.toggled.connect(w.setEnabled)
        self.folder_edit = QLineEdit(str(default_folder()))
        self.folder_edit.setAccessibleName(
            translate("ExportWorksheetDialog", "Folder for the worksheet")
        )
        browse = QPushButton(translate("Worksheets", "Choose…"))
        browse.clicked.connect(self._choose_folder)
        folder = QHBoxLayout()
        folder.addWidget(self.folder_edit, 1)
        folder.addWidget(browse)
        form = QFormLayout()
        form.addRow(translate("Worksheets", "Paper:"), self.paper_combo)
        form.addRow(translate("Worksheets", "One line per:"), self.level_combo)
        form.addRow(translate("Worksheets", "Rounding:"), self.pencil_spin)
        form.addRow("", self.exact_check)
        form.addRow(translate("Worksheets", "Variants:"), self.variants_check)
        form.addRow("", self.variants_spin)
        form.addRow("", self.seed_spin)
        form.addRow(translate("Worksheets", "Folder:"), folder)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setAccessibleName(translate("Worksheets", "What was written"))
        self.done_label.hide()
        self.open_folder_button = QPushButton(translate("Worksheets", "Open the folder"))
        self.open_folder_button.setAccessibleName(translate("Worksheets", "Open the folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.done_label)
        layout.addWidget(self.open_folder_button)
        layout.addWidget(buttons)
        self.written: list[Path] = []
        self.folder: Path | None = None
        self._steps = None
        self._progress: QProgressDialog | None = None

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, translate("Worksheets", "Folder for the worksheet"), ""
        )
        if path:
            self.folder_edit.setText(path)

    @property
    def pencil(self) -> int | None:
        return None if self.exact_check.isChecked() else self.pencil_spin.value()

    def accept(self) -> None:
        from fruitnet_gui.ui.classroom.worksheet_pdf import variant_steps, write_sheets

        folder = Path(self.folder_edit.text().strip() or ".")
        paper = self.paper_combo.currentData()
        factors = self.level_combo.currentData() == "factor"
        try:
            if folder.exists() and not folder.is_dir():
                raise FruitNetError(
                    translate("Worksheets", "{folder}: is a file, not a folder").format(
                        folder=folder
                    )
                )
            if not self.variants_check.isChecked():
                s = self._session
                it = Iteration(s.network, s.x, s.target, pencil=self.pencil)
                title = translate("Worksheets", "the network in the window")
                self.written = write_sheets(Sheet(it, title, factors), folder, paper)
                self._done(folder)
                return
        except (FruitNetError, OSError) as exc:
            self._session.error_occurred.emit(str(exc))
            return
        count = self.variants_spin.value()
        self.written = []
        self._steps = variant_steps(folder, count, self.seed_spin.value(), pencil=self.pencil,
                                    factors=factors, paper=paper)  # fmt: skip
        self._progress = QProgressDialog(
            translate("Worksheets", "Writing the variants…"),
            translate("Worksheets", "Cancel"),
            0,
            count + 1,
            self,
        )
        self._progress.setMinimumDuration(0)
        QTimer.singleShot(0, self._next_variant)

    def _next_variant(self) -> None:
        progress = self._progress
        if self._steps is None or progress is None:
            return
        if progress.wasCanceled():
            self._steps = None
            return
        try:
            files = next(self._steps)
        except StopIteration:
            self._steps = None
            progress.setValue(progress.maximum())
            self._done(Path(self.folder_edit.text().strip() or "."))
            return
        except (FruitNetError, OSError) as exc:
            self._steps = None
            progress.cancel()
            self._session.error_occurred.emit(str(exc))
            return
        self.written += files
        progress.setValue(progress.value() + 1)
        QTimer.singleShot(0, self._next_variant)

    def message(self) -> str:
        """What was written, and where (said in the dialog and the status bar)."""
        return translate("Worksheets", "{n} files written in {folder}").format(
            n=len(self.written), folder=self.folder
        )

    def _done(self, folder: Path) -> None:
        """Every file is written: say so, offer the folder, and let the dialog close."""
        self.folder = folder.resolve()
        self.done_label.setText(self.message())
        self.done_label.show()
        self.open_folder_button.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).hide()
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(translate("Worksheets", "Close"))
        close.setFocus()
        self.exported.emit(len(self.written), str(self.folder))

    def open_folder(self) -> bool:
        """The folder in the desktop's file manager."""
        if self.folder is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))


def open_variant(session: Session, number: int, seed: int) -> bool:
    """Variant ``number`` of ``seed`` in the window: its network and its sample."""
    try:
        net, x, t = variant(seed, number)
    except FruitNetError as exc:
        session.error_occurred.emit(str(exc))
        return False
    doing = translate("Unsaved", "opening variant {n}").format(n=number)
    if not session.set_network(net, f"variant {number} (seed {seed})", doing=doing):
        return False
    label = net.classes[int(t.argmax())]
    return session.set_sample(x, label)


class OpenVariantDialog(QDialog):
    """The variant number and the seed printed on a student's sheet."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("open_variant_dialog")
        self.setWindowTitle(translate("Worksheets", "Open variant"))
        self._session = session
        self.number_spin = QSpinBox()
        self.number_spin.setRange(1, 200)
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2_000_000_000)
        form = QFormLayout()
        form.addRow(translate("Worksheets", "Variant number:"), self.number_spin)
        form.addRow(translate("Worksheets", "Seed:"), self.seed_spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if open_variant(self._session, self.number_spin.value(), self.seed_spin.value()):
            super().accept()
