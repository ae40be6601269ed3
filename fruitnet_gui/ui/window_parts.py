"""Parts of the main window built in one go: its menus and its docks' first arrangement.

Kept apart from :mod:`fruitnet_gui.ui.main_window`, which composes the views and wires
their signals, so that module stays readable (and under the project's 600 lines).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QMessageBox, QWidget

from fruitnet_gui.model.text import QT_TRANSLATE_NOOP, percent, translate
from fruitnet_gui.ui.focus import give_focus_back
from fruitnet_gui.ui.help_dialog import show_help
from fruitnet_gui.ui.help_texts import about, how_to_read, keyboard_help
from fruitnet_gui.ui.theme import DARK_KEY, HIGH_CONTRAST_KEY, theme_manager
from fruitnet_gui.ui.unsaved import RecentFiles

if TYPE_CHECKING:
    from fruitnet_gui.ui.main_window import MainWindow

__all__ = ["behind_a_tab", "build_menus", "default_arrangement", "dropped_file", "layout_misfit"]


def build_menus(window: MainWindow) -> None:
    """File, Edit, Network, Step, View and Help; the actions become attributes of ``window``
    (``open_action``, ``paper_action``, ``reset_layout_action`` …)."""
    from fruitnet_gui.ui.main_window import SCALES, saved_scale

    bar = window.menuBar()
    file_menu = bar.addMenu(translate("Menus", "&File"))
    window.open_action = file_menu.addAction(translate("Menus", "&Open model…"))
    window.open_action.setShortcut(QKeySequence.StandardKey.Open)
    window.open_action.triggered.connect(lambda: window.open_model())
    window.recent_menu = file_menu.addMenu(translate("Menus", "Open &Recent"))
    window.recent_menu.setObjectName("recent_menu")
    window.recent = RecentFiles(window, window._settings, window.recent_menu)
    window.save_action = file_menu.addAction(translate("Menus", "&Save model…"))
    window.save_action.setShortcut(QKeySequence.StandardKey.Save)
    window.save_action.setStatusTip(
        translate(
            "Menus", "Save the network as shown (old weights plus the updates revealed so far)"
        )
    )
    window.save_action.triggered.connect(lambda: window.save_model())
    file_menu.addSeparator()
    window.worksheet_action = file_menu.addAction(translate("Menus", "&Export worksheet…"))
    window.worksheet_action.setStatusTip(
        translate(
            "Menus",
            "A blank worksheet and its answer key (PDF, HTML, Markdown), or one per student",
        )
    )
    window.worksheet_action.triggered.connect(window.export_worksheet)
    window.variant_action = file_menu.addAction(translate("Menus", "Open &variant…"))
    window.variant_action.setStatusTip(
        translate("Menus", "The network and sample of a numbered worksheet")
    )
    window.variant_action.triggered.connect(window.open_variant)
    window.check_action = file_menu.addAction(translate("Menus", "&Check a hand calculation…"))
    window.check_action.setStatusTip(
        translate("Menus", "A CSV of name,value answers, checked against this network and sample")
    )
    window.check_action.triggered.connect(lambda: window.check_calculation())
    window.picture_action = file_menu.addAction(translate("Menus", "Export &picture…"))
    window.picture_action.setStatusTip(
        translate("Menus", "The network as drawn now, as PNG or SVG (for slides)")
    )
    window.picture_action.triggered.connect(lambda: window.export_picture())
    file_menu.addSeparator()
    lessons = window.lessons
    window.open_lesson_action = file_menu.addAction(translate("Menus", "Open &lesson…"))
    window.open_lesson_action.triggered.connect(lambda: lessons.open())
    window.save_lesson_action = file_menu.addAction(translate("Menus", "Save &as lesson…"))
    window.save_lesson_action.setStatusTip(
        translate(
            "Menus",
            "The window as it is now (network, sample, position, panels, notes) as a lesson",
        )
    )
    window.save_lesson_action.triggered.connect(lambda: lessons.save_as())
    window.restart_lesson_action = file_menu.addAction(translate("Menus", "Res&tart lesson"))
    window.restart_lesson_action.triggered.connect(lessons.restart)
    window.note_action = file_menu.addAction(translate("Menus", "&Note for this sub-step…"))
    window.note_action.setStatusTip(
        translate("Menus", "A teacher's note, shown when the class reaches it")
    )
    window.note_action.triggered.connect(lessons.edit_note)
    file_menu.addSeparator()
    window.quit_action = file_menu.addAction(translate("Menus", "&Quit"))
    window.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    window.quit_action.triggered.connect(window.close)

    build_edit_menu(window)

    net_menu = bar.addMenu(translate("Menus", "&Network"))
    window.preset_group = QActionGroup(window)
    window.preset_group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
    window.paper_action = window._preset_action(
        net_menu, translate("Menus", "&Paper example 2-2-2"), "paper"
    )
    window.fruit_action = window._preset_action(
        net_menu, translate("Menus", "&Fruit classifier 36-36-2"), "fruit"
    )
    net_menu.addSeparator()
    window.new_network_action = net_menu.addAction(translate("Menus", "&New network…"))
    window.new_network_action.setStatusTip(
        translate(
            "Menus", "Design a network: layers, activations, output and error, starting weights"
        )
    )
    window.new_network_action.triggered.connect(window.design_network)
    window.conventions_action = net_menu.addAction(translate("Menus", "&Conventions…"))
    window.conventions_action.setStatusTip(
        translate(
            "Menus",
            "The error, bias and batch conventions of your textbook (the paper's by default)",
        )
    )
    window.conventions_action.triggered.connect(window.edit_conventions)

    step_menu = bar.addMenu(translate("Menus", "&Step"))
    s = window.stepper
    for action in (
        s.step_action,
        s.back_action,
        s.phase_end_action,
        s.finish_action,
        s.reset_action,
    ):
        step_menu.addAction(action)
    step_menu.addSeparator()
    step_menu.addAction(s.play_action)
    step_menu.addAction(s.next_iteration_action)
    step_menu.addSeparator()
    step_menu.addAction(s.practice_action)
    s.practice_action.toggled.connect(window.formula.practice.set_active)
    # the answer field had the focus: the canvas gets it, not nothing nor the table
    s.practice_action.toggled.connect(lambda on: on or give_focus_back(window, left=window.formula))

    def keep_practising(on: bool) -> None:
        if not on and window.session.state.refused("practice"):
            s.practice_action.setChecked(True)  # a lesson that locks Your turn

    s.practice_action.toggled.connect(keep_practising)
    step_menu.addAction(s.hold_action)
    s.held.connect(window.formula.show_held)

    explore = bar.addMenu(translate("Menus", "E&xplore"))
    window.gradcheck_action = explore.addAction(translate("Menus", "&Gradient check"))
    window.gradcheck_action.setCheckable(True)
    window.gradcheck_action.setStatusTip(
        translate(
            "Menus",
            "Beside each gradient, the central finite difference (E(w + ε) − E(w − ε)) / 2ε",
        )
    )
    window.gradcheck_action.toggled.connect(window.formula.set_gradcheck)
    window.landscape_action = explore.addAction(translate("Menus", "Error &landscape"))
    window.landscape_action.triggered.connect(lambda: window.show_explore_view("landscape"))
    window.decision_action = explore.addAction(translate("Menus", "&Decision map (two inputs)"))
    window.decision_action.triggered.connect(lambda: window.show_explore_view("decision"))

    view_menu = bar.addMenu(translate("Menus", "&View"))
    for dock in window.docks():
        view_menu.addAction(dock.toggleViewAction())
    view_menu.addSeparator()
    window.reset_layout_action = view_menu.addAction(translate("Menus", "Reset &layout"))
    window.reset_layout_action.triggered.connect(window.reset_layout)
    view_menu.addSeparator()
    from fruitnet_gui.ui.classroom.presentation import add_presentation_action
    from fruitnet_gui.ui.zoom import add_zoom_actions

    add_presentation_action(window, view_menu)
    add_zoom_actions(window, view_menu)
    # For the back of a classroom: everything larger, text, drawings and plots alike
    # (Qt scales the whole window; it takes a new start, so it is kept for the next).
    size_menu = view_menu.addMenu(translate("Menus", "&Size of everything (next start)"))
    window.scale_group = QActionGroup(window)
    chosen = saved_scale(window._settings)
    for factor in SCALES:
        action = size_menu.addAction(percent(factor))
        action.setCheckable(True)
        action.setData(factor)
        action.setChecked(abs(factor - chosen) < 1e-9)
        window.scale_group.addAction(action)
    window.scale_group.triggered.connect(window._on_scale_chosen)
    size_menu.aboutToShow.connect(window._offer_fitting_scales)
    # Dark: the system's dark scheme is followed by itself (ui/theme.py); this is for a
    # desktop that has none to give (many Linux ones). High contrast: white on black with
    # bright accents, for low vision and pale projectors; it wins over dark.
    window.dark_action = _theme_action(
        window, view_menu, "dark_action", translate("MainWindow", "Dar&k colours"),
        translate("MainWindow", "Light text on a dark background, whatever the system's scheme"),
        DARK_KEY, theme_manager().set_dark,
    )  # fmt: skip
    window.high_contrast_action = _theme_action(
        window, view_menu, "high_contrast_action", translate("MainWindow", "&High contrast"),
        translate("MainWindow", "White on black with bright colours: canvas, formulas and plots"),
        HIGH_CONTRAST_KEY, theme_manager().set_high_contrast,
    )  # fmt: skip

    help_menu = bar.addMenu(translate("Menus", "&Help"))
    window.how_to_action = help_menu.addAction(translate("Menus", "&How to read this"))
    window.how_to_action.setShortcut(QKeySequence.StandardKey.HelpContents)
    # in a dialog that scrolls: a message box grows past a 768-pixel screen
    window.how_to_action.triggered.connect(
        lambda: show_help(window, translate("Menus", "How to read this"), how_to_read())
    )
    window.keyboard_action = help_menu.addAction(translate("MainWindow", "&Keyboard"))
    window.keyboard_action.setObjectName("keyboard_action")
    window.keyboard_action.setStatusTip(
        translate("MainWindow", "Every key FruitNet knows, and what it does")
    )
    window.keyboard_action.triggered.connect(
        lambda: show_help(window, translate("MainWindow", "Keyboard"), keyboard_help(window))
    )
    window.about_action = help_menu.addAction(translate("Menus", "&About FruitNet"))
    window.about_action.triggered.connect(
        lambda: window._show_message(
            translate("Menus", "About FruitNet"), about(), QMessageBox.Icon.NoIcon
        )
    )
    help_menu.addSeparator()
    from fruitnet_gui.ui.language import add_language_menu

    window.language_group = add_language_menu(help_menu, window._settings, window)


class _EditMenu(QMenu):
    """Edit, whose item texts name a run: written again in a new language."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(translate("Menus", "&Edit"), window)
        self.update_texts = lambda: None

    def retranslate(self) -> None:
        self.update_texts()


def build_edit_menu(window: MainWindow) -> None:
    """Edit: Undo, Redo (one history of what changed the weights: a weight typed, a
    run, a reset; each named in the menu, "Undo weight w5 edit"), Reset to initial
    weights. Ctrl+Z and Ctrl+Shift+Z (Ctrl+Y on Windows) are window-wide; a focused text
    field keeps its own (Qt gives it the key first), as the pixel editor does its strokes."""
    session = window.session
    edit = _EditMenu(window)
    edit.setObjectName("edit_menu")
    window.menuBar().addMenu(edit)
    window.undo_action = edit.addAction(translate("Menus", "&Undo"))
    window.undo_action.setObjectName("undo_action")
    window.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
    window.undo_action.setStatusTip(
        translate("Menus", "The weights as they were before the last edit, run or reset")
    )
    window.redo_action = edit.addAction(translate("Menus", "&Redo"))
    window.redo_action.setObjectName("redo_action")
    redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    shift_z = QKeySequence("Ctrl+Shift+Z")
    window.redo_action.setShortcuts(redo_keys if shift_z in redo_keys else [*redo_keys, shift_z])
    window.reset_weights_action = edit.addAction(translate("Menus", "Reset to &initial weights"))
    window.reset_weights_action.setStatusTip(
        translate("Menus", "The weights the last run started from")
    )

    def said(done: bool, text: str, what: str) -> None:
        if done:
            window.statusBar().showMessage(translate("Menus", text).format(what=what), 8000)

    def undo() -> None:
        change = session.state.changes.undoable()
        what = change.what() if change is not None else ""
        said(session.undo(), QT_TRANSLATE_NOOP("Menus", "Undone: {what}"), what)

    def redo() -> None:
        change = session.state.changes.redoable()
        what = change.what() if change is not None else ""
        said(session.redo(), QT_TRANSLATE_NOOP("Menus", "Redone: {what}"), what)

    def reset() -> None:
        run = session.run
        if run is not None and session.reset_to_initial(run):
            text = translate("Menus", "Reset: the weights run {number} started from")
            window.statusBar().showMessage(text.format(number=run.number), 8000)

    window.undo_action.triggered.connect(undo)
    window.redo_action.triggered.connect(redo)
    window.reset_weights_action.triggered.connect(reset)

    def update() -> None:
        changes, idle = session.state.changes, not session.trainer.is_active()
        undone, redone = changes.undoable(), changes.redoable()
        window.undo_action.setEnabled(idle and undone is not None)
        window.undo_action.setText(
            translate("Menus", "&Undo {what}").format(what=undone.what())
            if undone is not None
            else translate("Menus", "&Undo")
        )
        window.redo_action.setEnabled(idle and redone is not None)
        window.redo_action.setText(
            translate("Menus", "&Redo {what}").format(what=redone.what())
            if redone is not None
            else translate("Menus", "&Redo")
        )
        window.reset_weights_action.setEnabled(idle and session.run is not None)

    edit.update_texts = update
    session.runs_changed.connect(update)
    session.network_changed.connect(update)
    session.trainer.state_changed.connect(lambda _s: update())
    update()


def default_arrangement(version: int) -> QByteArray:
    """The docks' default arrangement, as saved state.

    It is built on a bare window with empty docks of the same names: tabifying docks
    directly in a window that already has a tab group leaves a stale, visible tab bar
    on screen (Qt 6.11), while restoring the same arrangement does not.
    """
    template = QMainWindow()
    template.setCentralWidget(QWidget())
    docks = {}
    for name, area in (
        ("input_dock", Qt.DockWidgetArea.LeftDockWidgetArea),
        ("error_dock", Qt.DockWidgetArea.LeftDockWidgetArea),
        ("formula_dock", Qt.DockWidgetArea.RightDockWidgetArea),
    ):
        dock = QDockWidget(template)
        dock.setObjectName(name)
        template.addDockWidget(area, dock)
        docks[name] = dock
    template.splitDockWidget(docks["input_dock"], docks["error_dock"], Qt.Orientation.Vertical)
    for first, names in (
        ("error_dock", ("curves_dock", "runs_dock")),
        ("formula_dock", ("dataset_dock", "training_dock", "hidden_dock", "confusion_dock")),
    ):
        for name in names:
            dock = QDockWidget(template)
            dock.setObjectName(name)
            template.tabifyDockWidget(docks[first], dock)
    state = template.saveState(version)
    template.deleteLater()
    return state


def layout_misfit(window: MainWindow) -> str:
    """Why the window's layout does not fit its screen (``""`` if it does).

    Qt already moves a restored window and its floating panels onto the screen and
    shrinks them to it where it can; what it cannot shrink is a window whose panels,
    arranged on a wider screen, need more room than this one has (side by side on a
    1920-pixel screen, then opened on a 1024×768 projector: the window is cut off)."""
    screen = window.screen()
    if screen is None:
        return ""
    area = screen.availableGeometry()
    inside, frame = window.geometry(), window.frameGeometry()
    if inside.width() > area.width() or inside.height() > area.height():
        why = translate("MainWindow", "the window needed {needed}, the screen has {has}")
        return why.format(
            needed=f"{inside.width()}×{inside.height()}", has=f"{area.width()}×{area.height()}"
        )
    if not area.contains(frame.center()):
        return translate("MainWindow", "the window was off the screen")
    for dock in window.docks():
        if (
            dock.isFloating()
            and dock.isVisible()
            and not area.contains(dock.frameGeometry().center())
        ):
            return translate("MainWindow", "the {panel} panel was off the screen").format(
                panel=dock.windowTitle()
            )
    return ""


def behind_a_tab(widget: QWidget | None) -> bool:
    """Is ``widget`` in a dock that is a tab behind another (nothing of it on screen)?"""
    while widget is not None:
        if isinstance(widget, QDockWidget):
            return widget.visibleRegion().isEmpty()
        widget = widget.parentWidget()
    return False


def dropped_file(event) -> str | None:
    """The one local file a drag carries (a lesson or a model file), or None."""
    mime = event.mimeData()
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = urls[0].toLocalFile()
    return path if path.lower().endswith((".fnlesson", ".json")) else None


def _theme_action(window, menu, name: str, text: str, tip: str, key: str, use) -> QAction:
    """A checkable View item that sets a theme choice now and at every start (``key``)."""
    action = menu.addAction(text)
    action.setObjectName(name)
    action.setCheckable(True)
    action.setStatusTip(tip)
    saved = str(window._settings.value(key, "false")).lower() == "true"
    action.setChecked(saved)
    use(saved)

    def remember(on: bool) -> None:
        window._settings.setValue(key, on)
        window._settings.sync()
        use(on)

    action.toggled.connect(remember)
    return action
