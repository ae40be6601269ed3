"""Help → Language and the decimal point, and translating a shown window again.

Every fixed text of the window (menus and their actions, labels, buttons, tooltips,
group boxes, tabs, dock titles, combo items, table headers, and what a screen reader
says: accessible names and descriptions) is set once, through
:func:`fruitnet_gui.model.text.translate`, which remembers each translation's source.
When the language changes, :func:`retranslate` walks the window and sets each text
that came from a source to that source's new translation, so no view needs a second
copy of its strings. Texts made from values (a formula, "epoch 12") are made again by
their views (``MainWindow`` asks them on ``QEvent.LanguageChange``).

:func:`shown_texts` is the same walk, read-only: the test that the French window shows
no English uses it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QSpinBox,
    QTabBar,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from fruitnet_gui.i18n import LANGUAGES, current_language, language_code, use_language
from fruitnet_gui.model.text import number, source_of, translate

__all__ = [
    "LANGUAGE_KEY",
    "POINT_KEY",
    "FollowsLanguage",
    "accessible_texts",
    "add_language_menu",
    "keep_point",
    "retranslate",
    "saved_language",
    "shown_texts",
]

LANGUAGE_KEY = "view/language"
POINT_KEY = "view/decimal_point"

Slot = tuple[object, Callable[[], str], Callable[[str], None]]


def saved_language(settings: QSettings) -> str:
    """The language chosen in Help → Language, else the system's."""
    try:
        return language_code(str(settings.value(LANGUAGE_KEY, "") or ""))
    except ValueError:
        return language_code(None)


def keep_point(settings: QSettings) -> bool:
    """Whether the decimal point is kept whatever the language (Help → Decimal point)."""
    value = settings.value(POINT_KEY, False)
    return value is True or str(value).lower() in ("true", "1")


def _slots(root: QWidget) -> Iterator[Slot]:
    """Every (object, read, write) of a text a person reads in ``root``."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if w.isWindow() or isinstance(w, QDockWidget):
            yield w, w.windowTitle, w.setWindowTitle
        yield w, w.toolTip, w.setToolTip
        yield w, w.statusTip, w.setStatusTip
        if isinstance(w, (QLabel, QAbstractButton)):
            yield w, w.text, w.setText
        elif isinstance(w, QGroupBox):
            yield w, w.title, w.setTitle
        elif isinstance(w, QProgressBar):
            yield w, w.format, w.setFormat
        elif isinstance(w, QLineEdit):
            yield w, w.placeholderText, w.setPlaceholderText
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield w, (lambda w=w, i=i: w.itemText(i)), (lambda s, w=w, i=i: w.setItemText(i, s))
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield w, (lambda w=w, i=i: w.tabText(i)), (lambda s, w=w, i=i: w.setTabText(i, s))
        elif isinstance(w, QTreeWidget):
            head = w.headerItem()
            for i in range(head.columnCount()):
                yield w, (lambda h=head, i=i: h.text(i)), (lambda s, h=head, i=i: h.setText(i, s))
        elif isinstance(w, QMenu):
            yield w, w.title, w.setTitle
        elif isinstance(w, (QSpinBox, QDoubleSpinBox)):  # " decimals", "seed "
            yield w, w.prefix, w.setPrefix
            yield w, w.suffix, w.setSuffix
    for a in root.findChildren(QAction):
        yield a, a.text, a.setText
        yield a, a.toolTip, a.setToolTip
        yield a, a.statusTip, a.setStatusTip


# The accessible names and descriptions Qt gives its own buttons (a dock's Float and
# Close, a tab bar's scroll arrows) when it makes them, by object name: Qt does not
# translate them again, so :func:`retranslate` does, from Qt's own translation.
_QT_OWN = {
    "qt_dockwidget_floatbutton": (
        ("QDockWidget", "Float"),
        ("QDockWidget", "Undocks and re-attaches the dock widget"),
    ),
    "qt_dockwidget_closebutton": (
        ("QDockWidget", "Close"),
        ("QDockWidget", "Closes the dock widget"),
    ),
    "ScrollLeftButton": (("QTabBar", "Scroll Left"), None),
    "ScrollRightButton": (("QTabBar", "Scroll Right"), None),
}


def _accessible_slots(root: QWidget) -> Iterator[Slot]:
    """Every (widget, read, write) of what a screen reader says: names, descriptions."""
    for w in [root, *root.findChildren(QWidget)]:
        yield w, w.accessibleName, w.setAccessibleName
        yield w, w.accessibleDescription, w.setAccessibleDescription


def _retranslate_qt_own(root: QWidget) -> None:
    for w in root.findChildren(QAbstractButton):
        own = _QT_OWN.get(w.objectName())
        if own is not None:
            name, description = own
            w.setAccessibleName(QCoreApplication.translate(*name))
            if description is not None:
                w.setAccessibleDescription(QCoreApplication.translate(*description))


def accessible_texts(root: QWidget) -> list[tuple[QWidget, str]]:
    """Each non-empty accessible name and description in ``root``, with its widget."""
    return [(w, text) for w, read, _write in _accessible_slots(root) if (text := read())]


def shown_texts(root: QWidget, visible_only: bool = True) -> list[tuple[object, str]]:
    """Each non-empty text of ``root`` a person can see, with the object showing it."""
    out = []
    for obj, read, _write in _slots(root):
        hidden = isinstance(obj, QWidget) and not obj.isVisible()
        if visible_only and hidden and not isinstance(obj, QMenu):  # a menu: when opened
            continue
        text = read()
        if text:
            out.append((obj, text))
    for bar in root.findChildren(QTabBar):
        if bar.isVisible() or not visible_only:
            out += [(bar, bar.tabText(i)) for i in range(bar.count()) if bar.tabText(i)]
    return out


def retranslate(root: QWidget) -> int:
    """Set every text of ``root`` that came from a translation to the current one;
    returns how many changed."""
    changed = 0
    for box in root.findChildren(QAbstractSpinBox):  # their numbers: the new separator
        box.setLocale(QLocale())
    for _obj, read, write in (*_slots(root), *_accessible_slots(root)):
        text = read()
        source = source_of(text) if text else None
        if source is None:
            continue
        new = translate(*source)
        if new != text:
            write(new)
            changed += 1
    _retranslate_qt_own(root)
    return changed


def add_language_menu(menu: QMenu, settings: QSettings, owner: QWidget) -> QActionGroup:
    """Help → Language (English, Français, Deutsch) and Help → Decimal point: each
    switches at once and is remembered."""
    languages = menu.addMenu(translate("Menus", "&Language"))
    languages.setObjectName("language_menu")
    group = QActionGroup(owner)
    current = current_language()
    for code, name in LANGUAGES.items():
        action = languages.addAction(f"&{name}")  # in its own language: not translated
        action.setObjectName(f"language_{code}")
        action.setCheckable(True)
        action.setData(code)
        action.setChecked(code == current)
        group.addAction(action)
    point = menu.addAction(translate("Menus", "Keep the decimal &point (0.857)"))
    point.setObjectName("decimal_point_action")
    point.setCheckable(True)
    point.setChecked(keep_point(settings))
    point.setStatusTip(
        translate("Menus", "Numbers with a point whatever the language, as on a calculator")
    )

    def chosen(action: QAction) -> None:
        code = str(action.data())
        settings.setValue(LANGUAGE_KEY, code)
        settings.sync()
        use_language(code, point.isChecked())

    def point_toggled(on: bool) -> None:
        settings.setValue(POINT_KEY, on)
        settings.sync()
        use_language(current_language(), on)

    group.triggered.connect(chosen)
    point.toggled.connect(point_toggled)
    return group


class FollowsLanguage:
    """Mixin of the main window: on ``QEvent.LanguageChange`` (Help → Language, the
    decimal point) its fixed texts are translated again (:func:`retranslate`, once for
    the burst of events a switch sends), and every view with a ``retranslate()``
    method writes again what it made from values (formulas, counts, numbers)."""

    _retranslating = False

    def _title(self, name: str) -> str:
        """The whole title of dock ``name``, in the user's language."""
        from fruitnet_gui.ui.window_titles import DOCK_TITLES

        return translate("MainWindow", DOCK_TITLES[name])

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and not self._retranslating:
            self._retranslating = True
            QTimer.singleShot(0, self, self._retranslate)

    def _retranslate(self) -> None:
        self._retranslating = False
        retranslate(self)
        for view in self.findChildren(QWidget):
            again = getattr(view, "retranslate", None)
            if callable(again):
                again()
        if "pyqtgraph" in sys.modules:  # the plots' menus and Export… dialog
            from fruitnet_gui.ui.plot_export import retranslate_plots

            retranslate_plots(self)
        self._unelide_tabs()
        self._update_title()


def localized_ticks(axis) -> None:
    """A pyqtgraph axis whose tick labels use the reader's decimal separator (its own
    ``tickStrings`` formats them, with the point)."""
    own = axis.tickStrings
    axis.tickStrings = lambda values, scale, spacing: [
        number(t) for t in own(values, scale, spacing)
    ]


def redraw_ticks(axis) -> None:
    """After a change of separator: the axis draws its labels again."""
    axis.picture = None
    axis.update()
