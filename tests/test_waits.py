"""Every pytest-qt wait without a ``timeout`` of its own has the suite's ceiling."""

from __future__ import annotations

from tests.conftest import WAIT_CEILING_MS


def test_a_wait_without_a_timeout_gets_the_generous_ceiling(qtbot):
    with qtbot.waitCallback() as callback:
        callback()
    assert callback.timeout == WAIT_CEILING_MS == 60_000
    with qtbot.waitCallback(timeout=1234) as own:
        own()
    assert own.timeout == 1234  # a test's own ceiling is kept
