"""The variant search's shortcut (no iteration built for a network whose update cannot
change a weight's sign) picks exactly the variants the full check picks."""

from __future__ import annotations

import numpy as np
import pytest

from fruitnet_gui.model.teaching import worksheet


def _full_check(monkeypatch) -> None:
    # the check without the shortcut: every candidate's iteration is built and looked at
    monkeypatch.setattr(worksheet, "_may_change_sign", lambda *_args: True)


@pytest.mark.parametrize("pencil", [4, 2, None])
def test_the_shortcut_picks_the_same_variants(monkeypatch, pencil):
    fast = [worksheet.variant(seed, k, pencil=pencil) for seed in (0, 7) for k in range(1, 13)]
    with monkeypatch.context() as m:
        _full_check(m)
        full = [worksheet.variant(seed, k, pencil=pencil) for seed in (0, 7) for k in range(1, 13)]
    for (n1, x1, t1), (n2, x2, t2) in zip(fast, full):
        assert n1.flat_params().tolist() == n2.flat_params().tolist()
        assert x1.tolist() == x2.tolist() and t1.tolist() == t2.tolist()


def test_the_shortcut_never_rejects_a_network_the_full_check_keeps():
    # candidates drawn as variant() draws them, even-numbered (a sign change wanted)
    rng = np.random.default_rng(5)
    kept = 0
    for _ in range(300):
        ws = [np.round(rng.uniform(-0.9, 0.9, (2, 2)), 2) for _ in range(2)]
        bs = [np.round(rng.uniform(-0.9, 0.9, 2), 2) for _ in range(2)]
        x = np.round(rng.uniform(0.05, 0.95, 2), 2)
        t = np.eye(2)[rng.integers(2)]
        net = worksheet.Network((2, 2, 2), ws, bs, learning_rate=0.5)
        it = worksheet.Iteration(net, x, t, pencil=4)
        after = it.network_after()
        changes = np.any(np.sign(net.flat_params()) * np.sign(after.flat_params()) < 0)
        if changes:
            kept += 1
            assert worksheet._may_change_sign(net, net.gradients(x, t), 4)
    assert kept > 10


def test_a_variant_comes_with_the_iteration_it_was_checked_on():
    it = worksheet.variant_iteration(3, 2)
    net, x, t = worksheet.variant(3, 2)
    assert it.network.flat_params().tolist() == net.flat_params().tolist()
    assert it.x.tolist() == x.tolist() and it.target.tolist() == t.tolist()
    assert it.pencil == 4
