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


#: How long a test waits for a window, a signal or a condition before it fails: the
#: event itself ends the wait; the ceiling only has to outlast a busy shared machine.
WAIT_CEILING_MS = 60_000


@pytest.fixture(autouse=True)
def _waits_have_a_generous_ceiling(monkeypatch):
    """pytest-qt's waits give up after 5 s unless told otherwise; on CI's shared machine
    a window can take longer to show. Every wait without its own ``timeout`` gets
    :data:`WAIT_CEILING_MS` (one place, rather than a ``timeout=`` at each call)."""
    from pytestqt.qtbot import QtBot

    for name in ("waitUntil", "waitSignal", "waitSignals", "waitExposed", "waitActive",
                 "waitCallback"):  # fmt: skip
        wait = getattr(QtBot, name)

        def patient(self, *args, _wait=wait, **kwargs):
            kwargs.setdefault("timeout", WAIT_CEILING_MS)
            return _wait(self, *args, **kwargs)

        monkeypatch.setattr(QtBot, name, patient)
