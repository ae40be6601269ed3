"""Qt's own sentences that its shipped translations lack, for FruitNet's.

Qt's dialogs (the file dialog, message boxes, the colour dialog) are translated by
``qtbase_<lang>.qm``, which :mod:`fruitnet_gui.i18n` installs before FruitNet's own
``.qm``. Qt asks the translators in the reverse order of installation, so a sentence
listed here is answered by FruitNet's translation and every other one by Qt's. The
French ``qtbase_fr.qm`` of this Qt has no translation of the file dialog's two labels
with their mnemonics ("&Look in:", "Files of &type:"), which a French user saw in
English in File → Open. ``tests/ui/test_qt_dialogs.py`` walks those dialogs in French
and German.
"""

from __future__ import annotations

from fruitnet_gui.model.text import QT_TRANSLATE_NOOP

__all__ = ["QT"]

QT = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
