"""Test configuration shared by every test: headless Qt."""

from __future__ import annotations

import os

import pytest

# Must be set before any QApplication exists: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _english_again():
    """A test that switches the language (fruitnet_gui.i18n) leaves English and the
    decimal point behind it, so the next test sees the texts it expects."""
    yield
    import sys

    from fruitnet_gui.model import text

    i18n = sys.modules.get("fruitnet_gui.i18n")
    if i18n is not None and (i18n.current_language() != "en" or text.decimal_separator() != "."):
        i18n.use_language("en")
    text.set_translator(None)
    text.set_decimal_separator(".")
