"""Help → Keyboard, How to read this, About: a text that scrolls inside the screen.

A message box grows with its text and has no scroll bar: the keyboard list, in French,
was 905 pixels tall on a 768-pixel screen, its last rows and OK out of reach. Here the
text sits in a read-only browser that is at most the screen's available height (less a
margin for the window manager's frame) and scrolls beyond; the arrow keys, Page Up/Down
and Home/End scroll it, Esc and OK close it. It opens without a nested event loop, as
the message boxes did.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

__all__ = ["HelpDialog"]

#: Of the screen's available size, what the dialog may take (the rest: frame, taskbar).
_ROOM = 0.9


class HelpDialog(QDialog):
    """A title, a rich text that scrolls if it must, and OK."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_dialog")
        self.setWindowTitle(title)
        self._html = html
        self.browser = QTextBrowser()
        self.browser.setObjectName("help_text")
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(html)
        self.browser.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(self._fitting_size())
        self.browser.setFocus()  # the keys scroll the text; Esc and Enter close

    def text(self) -> str:
        """The rich text shown (as ``QMessageBox.text``)."""
        return self._html

    def _fitting_size(self) -> QSize:
        """As large as the text wants, at most the screen's room: beyond it, it scrolls."""
        screen = (self.parentWidget() or self).screen()
        room = screen.availableGeometry().size() * _ROOM if screen is not None else QSize(800, 600)
        doc = self.browser.document()
        doc.setTextWidth(min(doc.idealWidth(), room.width() - 60))
        frame = 2 * self.browser.frameWidth() + 40  # the browser's frame and scroll bar
        buttons = self.ok_button.sizeHint().height() + 40  # the button row and margins
        width = min(round(doc.idealWidth()) + frame, room.width())
        height = min(round(doc.size().height()) + frame + buttons, room.height())
        doc.setTextWidth(-1)  # the browser lays it out at its own width again
        return QSize(max(width, 320), max(height, 160))

    def keyPressEvent(self, event) -> None:
        # Enter closes as OK does, also while the text (a read-only browser) has the focus
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)


def show_help(window, title: str, html: str) -> HelpDialog:
    """Open ``html`` in a :class:`HelpDialog` over ``window`` (window-modal, without a
    nested event loop), in place of the message the window showed last."""
    old = getattr(window, "message_box", None)
    if old is not None:
        old.close()
        old.deleteLater()
    dialog = HelpDialog(title, html, window)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    window.message_box = dialog
    return dialog
